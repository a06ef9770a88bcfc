#!/usr/bin/env bash
# Install LeadVault on the special computer from this bundle, with no network
# (built by scripts/build-bundle.sh). As root:
#
#   bash install.sh [--prefix /opt/leadvault] [--menu-dir /usr/share/applications]
#
# 1. checks every file against MANIFEST.sha256 (a changed, missing or extra file:
#    refused, nothing installed); 2. installs the Debian packages not yet installed
#    (dpkg -i); 3. makes the virtualenv and installs the wheels (pip --no-index);
# 4. writes the menu entry. It starts nothing.
set -euo pipefail
BUNDLE=$(cd "$(dirname "$0")" && pwd)
PREFIX=/opt/leadvault
MENU_DIR=/usr/share/applications
while (($#)); do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --menu-dir) MENU_DIR=$2; shift 2 ;;
    *) echo "install: unknown argument $1" >&2; exit 2 ;;
  esac
done

cd "$BUNDLE"
echo "install: checking the bundle against MANIFEST.sha256"
if ! sha256sum --check --strict --quiet MANIFEST.sha256; then
  echo "install: REFUSED: a file of the bundle does not match its manifest; nothing was installed" >&2
  exit 1
fi
listed=$(cut -c67- MANIFEST.sha256 | LC_ALL=C sort)
present=$(find . -type f ! -name MANIFEST.sha256 -printf '%P\n' | LC_ALL=C sort)
if [ "$listed" != "$present" ]; then
  echo "install: REFUSED: the bundle holds files its manifest does not list; nothing was installed" >&2
  exit 1
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
needed=0
while read -r p; do installed "$p" || needed=$((needed + 1)); done < debs/PACKAGES
if ((needed == 0)); then
  # The bundle also holds every alternative of each dependency (fonts, dbus-broker…):
  # with the workstation's own packages present, none of them is wanted.
  echo "install: the $(wc -l < debs/PACKAGES) workstation packages are already installed;" \
       "no Debian package installed"
else
  absent=()
  for deb in debs/*.deb; do
    installed "$(dpkg-deb --field "$deb" Package)" || absent+=("$deb")
  done
  echo "install: installing ${#absent[@]} Debian packages"
  dpkg -i "${absent[@]}"
fi
while read -r p; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || { echo "install: $p is still not installed" >&2; exit 1; }
done < debs/PACKAGES

echo "install: LeadVault into $PREFIX"
/usr/bin/python3 -m venv "$PREFIX"
"$PREFIX/bin/python" -m pip install -q --no-index --find-links "$BUNDLE/wheels" \
  --no-cache-dir --disable-pip-version-check leadvault

mkdir -p "$MENU_DIR"
cat > "$MENU_DIR/leadvault.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=LeadVault
Name[zh_CN]=举报线索保密工作站
Comment=Reporting centre confidential workstation
Exec=$PREFIX/bin/leadvault
Terminal=false
Categories=Office;
DESKTOP
echo "install: done; start LeadVault from the menu (nothing was started)"
