#!/usr/bin/env bash
# Debian packages Qt needs to run (offscreen too) and to put text in PDFs, plus the tools the tests check our
# output with (pdftotext from poppler-utils; khal, calcurse and libical through the system Python's python3-gi
# for iCalendar). Installs only what is missing; does nothing on other systems or without root rights (then it
# says what to install).
set -euo pipefail
command -v dpkg >/dev/null || exit 0
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils khal calcurse
          python3-gi gir1.2-ical-3.0)
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
