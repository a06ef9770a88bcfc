#!/usr/bin/env bash
# Inside a private D-Bus session: start gnome-keyring's Secret Service,
# unlocked with a throw-away password, run the command, stop the daemon.
set -uo pipefail
cd "$(dirname "$0")/.."
export LEADVAULT_TEST_SERVICES=1
keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
echo -n "leadvault-test" | gnome-keyring-daemon --foreground --unlock --components=secrets \
  > .run/gnome-keyring.log 2>&1 &
keyring_pid=$!
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; then
    break
  fi
  sleep 0.1
done
"$@"
rc=$?
kill "$keyring_pid" 2>/dev/null
wait "$keyring_pid" 2>/dev/null
rm -rf "$keyring_home"
exit $rc
