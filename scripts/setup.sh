#!/usr/bin/env bash
# Idempotent set-up of a fresh Debian 12 machine (as root) for LeadVault:
# apt packages, the project's virtualenv in .venv, and the Python dependencies.
# Called by scripts/test.sh and scripts/demo.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3 python3-venv python3-dev gcc swig
  pcscd vsmartcard-vpcd libpcsclite-dev
  dbus dbus-x11 gnome-keyring
  gnupg scdaemon
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  fonts-wqy-microhei poppler-utils zbar-tools
  cups printer-driver-cups-pdf libcups2-dev
  xvfb xauth  # tests/ui/test_identity_primary_selection.py: a real X server
  faketime  # tests/e2e/test_grants_e2e.py: a viewer's clock past a grant's expiry
)
# cups + cups-pdf: the tests print through a real queue (scripts/_cupsd.sh);
# libcups2-dev: pycups, CUPS' Python binding, builds against it.

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing apt packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Debian's own interpreter, the one the apt packages above (python3-venv, python3-dev for
# pyscard's build) belong to, whatever else PATH offers (e.g. a pyenv build, which is
# also slower: no PGO/LTO). A .venv made from another interpreter is made again.
PY=${LEADVAULT_PYTHON:-/usr/bin/python3}
base=$(readlink -f "$(command -v "$PY")")
if [ -x .venv/bin/python ] && [ "$(readlink -f .venv/bin/python)" != "$base" ]; then
  echo "setup: .venv was made from $(readlink -f .venv/bin/python), not $base: making it again"
  rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi

# Re-install only when the dependency list changed.
stamp=.venv/.leadvault-deps
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python dependencies"
  .venv/bin/python -m pip install -q --upgrade pip wheel setuptools
  .venv/bin/python -m pip install -q --only-binary sqlcipher3 -e '.[test]'
  echo "$want" > "$stamp"
fi
# Compiled translations are built from the .ts sources, never edited by hand.
if [ -x scripts/build-translations.sh ]; then scripts/build-translations.sh; fi
