#!/usr/bin/env bash
# The test command. On a fresh Debian 12 machine, as root: installs everything,
# starts pcscd + vpcd and a Secret Service, runs lint, types, import contracts
# and the whole suite, stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec scripts/with-services.sh scripts/checks.sh "$@"
