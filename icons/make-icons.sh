#!/usr/bin/env bash
# Regenerates every icon from the two MVG drawings beside this script. ImageMagick 6 reads MVG
# natively, so no SVG delegate is needed. /usr/bin/convert by full path: on the project's
# machines /usr/local/bin/convert is a stand-in.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src-tauri/icons"
im=/usr/bin/convert
mkdir -p "$out"

# App icon: navy rounded square (a vertical gradient clipped by a rounded-rectangle mask) under
# the glyph.
"$im" -size 512x512 gradient:'#2a5d8f-#0c2238' \
  \( -size 512x512 xc:none -fill white -draw 'roundrectangle 16,16 495,495 108,108' \) \
  -compose DstIn -composite \
  \( -size 512x512 -background none "mvg:$here/glyph.mvg" \) -compose Over -composite \
  -depth 8 "PNG32:$here/app-icon.png"

# Monochrome tray glyph, white on transparent: readable on the dark panels of most Linux
# desktops. The drawing is a white-on-black mask, so cut-outs (windscreen, lamps) stay
# see-through; it becomes the alpha channel of a plain white square.
"$im" -size 512x512 xc:white \( -size 512x512 "mvg:$here/tray-glyph.mvg" -colorspace gray \) \
  -alpha off -compose CopyOpacity -composite -depth 8 "PNG32:$here/tray-icon.png"

for size in 32 128 256; do
  "$im" "$here/app-icon.png" -resize "${size}x${size}" -depth 8 "PNG32:$out/${size}x${size}.png"
done
"$im" "$here/app-icon.png" -resize 512x512 -depth 8 "PNG32:$out/icon.png"
"$im" "$here/tray-icon.png" -resize 64x64 -depth 8 "PNG32:$out/tray.png"
