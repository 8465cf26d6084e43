#!/usr/bin/env bash
# Builds the frozen app (PyInstaller, one folder) into dist/social-calendar/ and the Debian package into dist/.
# Usage: installer/build.sh [PYTHON]   (default: .venv/bin/python; it needs the `build` extra: pyinstaller)
# Needs no internet; the Debian package needs dpkg-deb (and checks its metainfo with appstreamcli if present).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-${PYTHON:-.venv/bin/python}}
BIN=$(dirname "$PYTHON")
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
DIST=${DIST:-dist}
WORK=${WORK:-build/installer}

# The translations, compiled into the package as the wheel's build does.
for ts in resources/translations/social_calendar_*.ts; do
  qm=desktop/resources/translations/$(basename "${ts%.ts}").qm
  mkdir -p "$(dirname "$qm")"
  [[ $qm -nt $ts ]] || "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
done

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" installer/social-calendar.spec
echo "frozen app: $DIST/social-calendar/ ($(du -sh "$DIST/social-calendar" | cut -f1), $(( $(date +%s) - start )) s)"

command -v dpkg-deb >/dev/null || { echo "no dpkg-deb: skipping the Debian package"; exit 0; }
installer/debian/build-deb.sh "$PYTHON" "$VERSION" "$DIST/social-calendar" "$WORK/deb" "$DIST"
