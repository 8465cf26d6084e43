#!/usr/bin/env bash
# The Debian package around a frozen bundle: build-deb.sh PYTHON VERSION BUNDLE_DIR WORK_DIR OUT_DIR
# Puts the bundle under /opt/social-calendar, a launcher in /usr/bin, the desktop entry, the hicolor icons (SVG
# and PNG sizes drawn from it), the AppStream metainfo and the copyright; Depends: the system libraries the
# bundle links to (found with ldd and dpkg -S, when the build machine has them) plus the ones Qt's xcb platform
# plugin loads at run time and the fonts PDFs need, always.
set -euo pipefail
PYTHON=$1 VERSION=$2 BUNDLE=$3 WORK=$4 OUT=$5
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ARCH=$(dpkg --print-architecture)
PKG="$WORK/social-calendar_${VERSION}_${ARCH}"
rm -rf "$PKG" && mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$OUT"

cp -a "$BUNDLE" "$PKG/opt/social-calendar"
install -m 0755 "$HERE/social-calendar.sh" "$PKG/usr/bin/social-calendar"
APP_ID=org.example.SocialCalendar  # = desktop/ui/icons.py's APP_ID (the window names its .desktop entry)
install -D -m 0644 "$HERE/$APP_ID.desktop" "$PKG/usr/share/applications/$APP_ID.desktop"
install -D -m 0644 "$HERE/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
sed -i "s/@VERSION@/$VERSION/; s/@DATE@/$(date -u +%F)/" "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
install -D -m 0644 "$ROOT/desktop/resources/icons/social-calendar.svg" \
  "$PKG/usr/share/icons/hicolor/scalable/apps/social-calendar.svg"
"$PYTHON" "$ROOT/installer/render_icons.py" "$WORK/icons" >/dev/null
for png in "$WORK"/icons/social-calendar-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 0644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/social-calendar.png"
done
install -D -m 0644 "$HERE/copyright" "$PKG/usr/share/doc/social-calendar/copyright"
install -D -m 0644 "$HERE/lintian-overrides" "$PKG/usr/share/lintian/overrides/social-calendar"
find "$PKG/opt" -type f -name '*.so*' -exec chmod 0644 {} +  # libraries are loaded, not run
printf 'social-calendar (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Social Calendar <office@example.org>  %s\n' \
  "$VERSION" "$VERSION" "$(date -u -R)" | gzip -9n > "$PKG/usr/share/doc/social-calendar/changelog.gz"
chmod 0644 "$PKG/usr/share/doc/social-calendar/changelog.gz"

# Libraries outside the bundle that its programs and Qt plugins link to, as Debian packages.
always=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
        libxcb-image0 libxcb-randr0 libxcb-xkb1 libx11-xcb1 libxkbcommon0 libegl1 libgl1 libfontconfig1
        libfreetype6 libdbus-1-3 fonts-dejavu-core sensible-utils)
found=$(find "$PKG/opt" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
        | xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$PKG" | sort -u \
        | xargs -r dpkg -S 2>/dev/null | cut -d: -f1 | tr ',' '\n' | tr -d ' ' | sort -u || true)
depends=$(printf '%s\n' "${always[@]}" $found | sort -u | paste -sd, | sed 's/,/, /g')

cat > "$PKG/DEBIAN/control" <<CONTROL
Package: social-calendar
Version: $VERSION
Architecture: $ARCH
Maintainer: Social Calendar <office@example.org>
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: $depends
Section: misc
Priority: optional
Description: colleagues' birthdays, jubilea and celebrations
 Social Calendar keeps an organisation's birthdays, work anniversaries and
 other occasions in one local file, suggests who organises each celebration,
 prints monthly overviews and exports iCalendar files. Dutch and English.
 .
 Your data stays in your own folder (~/.local/share/social-calendar); installing
 or removing the package never touches it.
CONTROL
find "$PKG" -type d -exec chmod 0755 {} +
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$PKG" "$OUT/social-calendar_${VERSION}_${ARCH}.deb" >/dev/null
echo "Debian package: $OUT/social-calendar_${VERSION}_${ARCH}.deb ($(du -h "$OUT/social-calendar_${VERSION}_${ARCH}.deb" | cut -f1))"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
fi
