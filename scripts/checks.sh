#!/usr/bin/env bash
# Lint, type checks, import contracts and the whole pytest suite.
# Exits non-zero on any failure, and when no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PATH="$PWD/.venv/bin:$PATH"
status=0
step() { echo "== $*"; "$@" || status=1; }
step ruff check .
step mypy
step lint-imports
echo "== pytest"
python -m pytest -p no:cacheprovider "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "pytest ran no test: failing"; status=1
elif [ $rc -ne 0 ]; then status=1; fi
exit $status
