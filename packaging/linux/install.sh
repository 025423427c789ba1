#!/usr/bin/env sh
# Install the unpacked bundle for this user: a launcher in ~/.local/bin, the menu entry, the icon
# and the file types (.samverkan, .samverkan-delning). Run from the unpacked samverkan-desktop/ folder.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin"
ln -sf "$here/samverkan-desktop" "$HOME/.local/bin/samverkan-desktop"
for f in applications/samverkan-desktop.desktop mime/packages/samverkan-desktop.xml \
         metainfo/se.samverkan.SamverkanDesktop.metainfo.xml icons/hicolor/scalable/apps/samverkan-desktop.svg; do
  mkdir -p "$data/$(dirname "$f")"
  cp "$here/share/$f" "$data/$f"
done
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Samverkan Desktop är installerat: starta det från programmenyn eller med samverkan-desktop."
