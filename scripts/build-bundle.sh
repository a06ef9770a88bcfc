#!/usr/bin/env bash
# Build the offline installation bundle of LeadVault (DESIGN §10), on a connected
# Debian 12 machine, as root, from a clone of this repository:
#
#   scripts/build-bundle.sh [OUT]        (default: ./leadvault-bundle)
#
# OUT holds: wheels/ (every Python wheel: LeadVault's own and its dependencies,
# pyscard and pycups built here), debs/ (the Debian packages the workstation needs,
# with their dependencies, resolved here), install.sh (uses no network), and
# MANIFEST.sha256 over all of it. The production bundle has no virtual card driver
# (vsmartcard-vpcd) and no development tools (compilers, headers, test tools).
# Downloads are kept in $LEADVAULT_BUNDLE_CACHE (default /var/cache/leadvault-bundle)
# and reused by the next build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$(realpath -m "${1:-leadvault-bundle}")
CACHE=${LEADVAULT_BUNDLE_CACHE:-/var/cache/leadvault-bundle}
PY=${LEADVAULT_PYTHON:-/usr/bin/python3}

# What the special computer runs: Python, the card service, the Secret Service, the
# print system, Qt's X11 libraries and the font. Not: vsmartcard-vpcd, gcc, swig,
# python3-dev, lib*-dev, xvfb, zbar-tools, cups-pdf (tests only).
RUNTIME_PACKAGES=(
  python3 python3-venv
  pcscd libpcsclite1 libccid
  dbus dbus-x11 gnome-keyring
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  fonts-wqy-microhei
  cups libcups2
)
NEVER=(vsmartcard-vpcd gcc cpp swig python3-dev libpcsclite-dev libcups2-dev xvfb
       zbar-tools printer-driver-cups-pdf)  # poppler-utils: a cups filter needs it

rm -rf "$OUT"
mkdir -p "$OUT/wheels" "$OUT/debs" "$CACHE/wheels" "$CACHE/debs"

echo "bundle: Python wheels"
# Built and downloaded into the cache, which later builds find first.
build_venv="$CACHE/build-venv"
[ -x "$build_venv/bin/pip" ] || "$PY" -m venv "$build_venv"
"$build_venv/bin/pip" wheel -q --wheel-dir "$CACHE/wheels" --find-links "$CACHE/wheels" \
  --only-binary sqlcipher3 "$ROOT"
# Exactly the set LeadVault needs (the wheel just built), resolved from the cache alone.
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -1)
"$build_venv/bin/pip" download -q --no-index --find-links "$CACHE/wheels" \
  --dest "$OUT/wheels" "leadvault==$version"

echo "bundle: Debian packages"
resolved=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances "${RUNTIME_PACKAGES[@]}" \
  | grep -E '^[a-z0-9]' | sort -u)
for n in "${NEVER[@]}"; do
  if grep -qx "$n" <<< "$resolved"; then echo "bundle: refusing $n" >&2; exit 1; fi
done
# name=candidate version, in one call; virtual packages (no candidate) drop out:
# the real ones providing them are in the set.
# shellcheck disable=SC2086
apt-cache policy $resolved | awk '/^[^ ].*:$/ {p=substr($0,1,length($0)-1)}
  /Candidate:/ && $2 != "(none)" {print p "=" $2}' > "$OUT/debs.wanted"
(
  cd "$CACHE/debs"
  missing=()
  while IFS== read -r p v; do
    ls "${p}_${v//:/%3a}"_*.deb > /dev/null 2>&1 || missing+=("$p=$v")
  done < "$OUT/debs.wanted"
  if ((${#missing[@]})); then apt-get download -q "${missing[@]}"; fi
  while IFS== read -r p v; do
    cp "${p}_${v//:/%3a}"_*.deb "$OUT/debs/"
  done < "$OUT/debs.wanted"
)
rm "$OUT/debs.wanted"
printf '%s\n' "${RUNTIME_PACKAGES[@]}" > "$OUT/debs/PACKAGES"  # what install.sh checks

cp "$ROOT/scripts/bundle-install.sh" "$OUT/install.sh"
chmod +x "$OUT/install.sh"
(cd "$OUT" && find . -type f ! -name MANIFEST.sha256 -printf '%P\n' | LC_ALL=C sort \
  | xargs -d '\n' sha256sum > MANIFEST.sha256)
echo "bundle: $OUT ($(ls "$OUT/wheels" | wc -l) wheels, $(ls "$OUT/debs"/*.deb | wc -l)" \
     "Debian packages, $(du -sh "$OUT" | cut -f1))"
