#!/usr/bin/env bash
# Regenerates every icon from the two MVG drawings beside this script:
#   app-icon.png (1024×1024) is the ONE source image of every app icon; `tauri icon` turns it
#   into the sizes and formats each platform wants (PNGs for Linux, .ico for Windows, .icns
#   for macOS, Square*/StoreLogo for the Windows Store) in src-tauri/icons.
#   tray-icon.png becomes the monochrome tray glyph (src-tauri/icons/tray.png).
# ImageMagick 6 reads MVG natively, so no SVG delegate is needed. /usr/bin/convert by full path:
# on the project's machines /usr/local/bin/convert is a stand-in. `tauri icon` is the pinned
# npm CLI (`npm ci` at the repository root installs it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
out="$root/src-tauri/icons"
im=/usr/bin/convert
size=1024
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The drawings use 512-unit coordinates; scale them to the output size so edges stay sharp
# (drawn at full size, not upscaled).
scaled() {
  { echo "viewbox 0 0 $size $size"; echo "scale $((size / 512)),$((size / 512))"
    grep -v '^viewbox' "$1"; } >"$2"
}
scaled "$here/glyph.mvg" "$scratch/glyph.mvg"
scaled "$here/tray-glyph.mvg" "$scratch/tray-glyph.mvg"
corner=$((size * 108 / 512)) inset=$((size * 16 / 512)) far=$((size - 1 - size * 16 / 512))

# App icon: navy rounded square (a vertical gradient clipped by a rounded-rectangle mask) under
# the glyph.
"$im" -size "${size}x${size}" gradient:'#2a5d8f-#0c2238' \
  \( -size "${size}x${size}" xc:none -fill white \
     -draw "roundrectangle $inset,$inset $far,$far $corner,$corner" \) \
  -compose DstIn -composite \
  \( -size "${size}x${size}" -background none "mvg:$scratch/glyph.mvg" \) -compose Over -composite \
  -depth 8 "PNG32:$here/app-icon.png"

# Monochrome tray glyph, white on transparent: readable on the dark panels of most Linux
# desktops. The drawing is a white-on-black mask, so cut-outs (windscreen, lamps) stay
# see-through; it becomes the alpha channel of a plain white square.
"$im" -size "${size}x${size}" xc:white \
  \( -size "${size}x${size}" "mvg:$scratch/tray-glyph.mvg" -colorspace gray \) \
  -alpha off -compose CopyOpacity -composite -depth 8 "PNG32:$here/tray-icon.png"
"$im" "$here/tray-icon.png" -resize 64x64 -depth 8 "PNG32:$out/tray.png"

# Every platform's app icons from the one source. The app is desktop-only: the mobile sets
# `tauri icon` also writes are dropped.
(cd "$root" && npx --no-install tauri icon "$here/app-icon.png" --output "$out")
rm -rf "$out/android" "$out/ios"
