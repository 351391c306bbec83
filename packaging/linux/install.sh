#!/bin/sh
# Install the one-folder build for this user (no root): the app in ~/.local/opt/checkin,
# `checkin` on the PATH, a menu entry with its icon, and .checkin files opening with it.
#   packaging/linux/install.sh [dist/checkin]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../../dist/checkin"}
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
[ -x "$build/checkin" ] || { echo "no build in $build: run uv run pyinstaller packaging/checkin.spec" >&2; exit 2; }
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" "$data/mime/packages" \
  "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/scalable/apps"
rm -rf "$HOME/.local/opt/checkin"
cp -a "$build" "$HOME/.local/opt/checkin"
ln -sf "$HOME/.local/opt/checkin/checkin" "$HOME/.local/bin/checkin"
sed "s|^Exec=checkin|Exec=$HOME/.local/opt/checkin/checkin|" "$here/checkin.desktop" \
  > "$data/applications/checkin.desktop"
cp "$here/checkin-mime.xml" "$data/mime/packages/checkin.xml"
cp "$here/../checkin.png" "$data/icons/hicolor/256x256/apps/checkin.png"
cp "$here/../checkin.svg" "$data/icons/hicolor/scalable/apps/checkin.svg"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default checkin.desktop application/x-checkin-event || true
echo "checkin installed: $HOME/.local/opt/checkin (menu entry, .checkin files)"
