#!/usr/bin/env bash
# Compiles the translation sources (resources/translations/*.ts) into the .qm
# catalogues the app loads. Both are committed; run this after editing a .ts.
#
# leadvault_<lang>.ts holds every string under ui/ (shared by the shell and the
# feature screens). To pick up new strings from the code first (existing
# translations are kept; new ones arrive "unfinished" for a translator):
#   scripts/build-translations.sh --update
# A feature may also keep its own <area>_<lang>.ts: the app loads every
# catalogue of the language (ui/i18n.py), and tests/unit/test_translations.py
# checks that each string has a finished translation in one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=resources/translations

if [ "${1:-}" = "--update" ]; then
  for lang in zh_CN en; do
    # shellcheck disable=SC2046
    .venv/bin/pyside6-lupdate -silent -locations none \
      $(find ui -name '*.py' | sort) -target-language "$lang" -ts "$dir/leadvault_$lang.ts"
  done
fi
for ts in "$dir"/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
