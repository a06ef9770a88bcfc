#!/usr/bin/env bash
# The run command: sets up a fresh Debian 12 machine (as root) and opens the
# LeadVault demo. Without a display it runs the scripted tour offscreen and
# prints where the screenshots are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec scripts/with-services.sh .venv/bin/leadvault --demo
fi
out="$PWD/demo-screenshots"
rm -rf "$out"
QT_QPA_PLATFORM=offscreen scripts/with-services.sh .venv/bin/leadvault --demo --screenshots "$out"
echo "No display: the demo tour's screenshots are in $out"
