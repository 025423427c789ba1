#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/samverkan-desktop/ and dist/samverkan-desktop-<version>-linux-<arch>.tar.gz
# Usage: packaging/build.sh [--no-archive]   (PYTHON=... to use another interpreter; default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
DIST="${DIST:-dist}"
WORK="${WORK:-build/pyinstaller}"

"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q 'pyinstaller>=6.10'
version="$("$PY" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_data; print(bundle_data.version())')"

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/samverkan-desktop.spec

# Desktop integration files travel with the bundle (share/ is laid out as under /usr or ~/.local).
bundle="$DIST/samverkan-desktop"
install -D -m 644 packaging/linux/samverkan-desktop.desktop "$bundle/share/applications/samverkan-desktop.desktop"
install -D -m 644 packaging/linux/samverkan-desktop-mime.xml "$bundle/share/mime/packages/samverkan-desktop.xml"
install -D -m 644 packaging/linux/se.samverkan.SamverkanDesktop.metainfo.xml \
  "$bundle/share/metainfo/se.samverkan.SamverkanDesktop.metainfo.xml"
install -D -m 644 resources/icons/app.svg "$bundle/share/icons/hicolor/scalable/apps/samverkan-desktop.svg"
install -D -m 755 packaging/linux/install.sh "$bundle/install.sh"

echo "Byggt på $(( $(date +%s) - start )) s: $bundle ($(du -sh "$bundle" | cut -f1))"
if [ "${1:-}" != "--no-archive" ]; then
  archive="$DIST/samverkan-desktop-$version-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$archive" samverkan-desktop
  echo "Arkiv: $archive ($(du -sh "$archive" | cut -f1))"
fi
