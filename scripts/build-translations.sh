#!/usr/bin/env bash
# Compiles the translation sources (resources/translations/*.ts) into the .qm
# catalogues the app loads. Both are committed; run this after editing a .ts.
#
# leadvault_<lang>.ts holds every string under ui/ (shared by the shell and the
# feature screens). To pick up new strings from the code first (existing
# translations are kept; new ones arrive "unfinished" for a translator):
#   scripts/build-translations.sh --update
# A string with a count must be written self.tr(text, "", n) in a QObject: that is the
# only plural call pyside6-lupdate reads (ui/messages.py; tests/unit/test_translations.py
# checks that --update would leave the catalogues as they are).
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
  # Back to the committed layout (two-space ElementTree indent), so an update
  # shows only the strings that changed.
  .venv/bin/python - "$dir"/leadvault_*.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

for path in sys.argv[1:]:
    tree = ET.parse(path)
    ET.indent(tree)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
PY
fi
for ts in "$dir"/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
