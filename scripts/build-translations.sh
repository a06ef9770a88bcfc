#!/usr/bin/env bash
# Compiles the translation sources (resources/translations/*.ts) into the .qm
# catalogues the app loads. Both are committed; run this after editing a .ts.
# To pick up new strings from the code first: scripts/build-translations.sh --update
set -euo pipefail
cd "$(dirname "$0")/.."
dir=resources/translations
if [ "${1:-}" = "--update" ]; then
  for lang in zh_CN en; do
    .venv/bin/pyside6-lupdate -silent -no-obsolete -locations none \
      $(find ui -name '*.py' | sort) -ts "$dir/leadvault_$lang.ts"
  done
fi
for ts in "$dir"/leadvault_*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
