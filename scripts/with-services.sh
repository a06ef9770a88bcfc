#!/usr/bin/env bash
# Runs a command with the services the tests and the demo need:
#   - pcscd with the vpcd reader ("Virtual PCD 00 00" on TCP 35963),
#   - a private D-Bus session with gnome-keyring's Secret Service, unlocked,
#   - a private cupsd (in a fresh /tmp/leadvault-cups.*: its own config, spool
#     and socket; the system's print set-up is left alone) with the cups-pdf
#     queue LeadVault-Test, whose spool keeps no job files or history;
#     CUPS_SERVER and CUPS_SERVERROOT point the command at it
#     (tests/e2e/test_cups_*.py and bench/printing.py print through it).
# Whatever this script starts it stops again, by PID. A pcscd that is already
# running (a developer's) is reused and left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .run
started_pcscd=""

pcscd_alive() {
  local pid
  pid=$(tr -dc '0-9' < /run/pcscd/pcscd.pid 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

if ! pcscd_alive; then
  rm -f /run/pcscd/pcscd.pid /run/pcscd/pcscd.comm
  mkdir -p /run/pcscd
  : > .run/pcscd.log
  pcscd -f -i > .run/pcscd.log 2>&1 &
  started_pcscd=$!
  for _ in $(seq 1 100); do
    grep -q "daemon ready" .run/pcscd.log && break
    sleep 0.1
  done
  grep -q "daemon ready" .run/pcscd.log || { echo "pcscd did not start:"; cat .run/pcscd.log; exit 1; }
fi

started_cupsd=""
cups_dir=""
stop_services() {
  if [ -n "$started_pcscd" ]; then
    kill "$started_pcscd" 2>/dev/null || true
    wait "$started_pcscd" 2>/dev/null || true
  fi
  if [ -n "$started_cupsd" ]; then
    kill "$started_cupsd" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$started_cupsd" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ -n "$cups_dir" ]; then
    rm -rf "$cups_dir"
    rm -f "/etc/cups/cups-pdf-$(basename "$cups_dir").conf"
  fi
}
trap stop_services EXIT

cups_dir=$(mktemp -d /tmp/leadvault-cups.XXXXXX)
started_cupsd=$(scripts/_cupsd.sh "$cups_dir" LeadVault-Test No)
export CUPS_SERVER="$cups_dir/cups.sock" CUPS_SERVERROOT="$cups_dir/etc"
export LEADVAULT_TEST_QUEUE=LeadVault-Test

set +e
dbus-run-session -- scripts/_in-dbus-session.sh "$@"
rc=$?
set -e
exit $rc
