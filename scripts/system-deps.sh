#!/usr/bin/env bash
# Debian packages Qt needs to run (offscreen too) and to put text in PDFs, plus the tools the tests check our
# output with (pdftotext from poppler-utils; khal, calcurse and libical through the system Python's python3-gi
# for iCalendar), and what the installer's tests build and check with (dpkg-deb is always there; binutils for
# PyInstaller, appstream, lintian, nsis). On a machine with a screen (DISPLAY or WAYLAND_DISPLAY set) also the
# libraries Qt's xcb platform plugin loads, without which the window refuses to start ("could not load the Qt
# platform plugin xcb"). Installs only what is missing; does nothing on other systems or without root rights
# (then it says what to install).
set -euo pipefail
command -v dpkg >/dev/null || exit 0
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils khal calcurse
          python3-gi gir1.2-ical-3.0 binutils appstream lintian nsis)
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  packages+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
             libxcb-image0 libxcb-randr0 libxcb-xkb1 libx11-xcb1)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "Please install: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
