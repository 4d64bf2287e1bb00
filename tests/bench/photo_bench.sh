#!/bin/bash
# Photo fit benchmark (issue 4), not part of ctest:
#
#   bash tests/bench/photo_bench.sh            # RUNS=5 by default
#
# Compares ImageMagick (convert -resize 1200x1200> -define jpeg:extent=50000),
# Pillow (thumbnail + binary search on quality), one vipsthumbnail --size 1200
# pass (libvips, no byte budget) and `zkgrad-tool photo fit`
# at the same 1200 px long side and 50,000 B budget, and prints median ms,
# peak RSS, bytes and SSIM against one reference for each input.
#
# Inputs (extracted, never committed): large wallpapers from Debian's
# plasma-workspace-wallpapers (5120x2880 = 14.7 MP JPEG, one baseline, one
# natively progressive) and ukui-wallpapers (3840x2400), a progressive copy
# made with jpegtran, and a synthetic 12 MP document page.
# Needs: imagemagick python3-pil python3-numpy libjpeg-turbo-progs libvips-tools
#        plasma-workspace-wallpapers ukui-wallpapers (apt-get install ...).
# zkgrad-tool is built in Release in build/bench-imaging unless ZKGRAD_TOOL is set.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BENCH_BUILD:-$root/build/bench-imaging}
tool=${ZKGRAD_TOOL:-$build/src/tool/zkgrad-tool}

missing=()
for pkg in imagemagick python3-pil python3-numpy libjpeg-turbo-progs libvips-tools \
    plasma-workspace-wallpapers; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "photo_bench: missing packages: ${missing[*]}" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 2
fi

if [[ ! -x $tool ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DZKGRAD_BUILD_TESTS=OFF >/dev/null
    cmake --build "$build" --target zkgrad-tool
fi

# The real ImageMagick binary, not a wrapper script that may sit in /usr/local/bin.
magick=$(command -v convert-im6.q16 || command -v convert)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
walls=/usr/share/wallpapers
cp "$walls/SafeLanding/contents/images/5120x2880.jpg" "$work/safelanding-baseline.jpg"
jpegtran -progressive -copy all -outfile "$work/safelanding-progressive.jpg" "$work/safelanding-baseline.jpg"
cp "$walls/Volna/contents/images/5120x2880.jpg" "$work/volna-progressive.jpg"
inputs=("$work/safelanding-baseline.jpg" "$work/safelanding-progressive.jpg" "$work/volna-progressive.jpg")
if [[ -f /usr/share/backgrounds/2004default.jpg ]]; then
    cp /usr/share/backgrounds/2004default.jpg "$work/ukui-2004default.jpg"
    inputs+=("$work/ukui-2004default.jpg")
fi

# A document page: paper, lines of "words", a stamp; photographed-like noise.
/usr/bin/python3 - "$work/document-12mp.jpg" <<'EOF'
import sys, random
import numpy as np
from PIL import Image, ImageDraw, ImageFilter
random.seed(4)
w, h = 4000, 3000
im = Image.new("RGB", (w, h), (236, 232, 224))
d = ImageDraw.Draw(im)
for y in range(260, h - 260, 70):
    x = 300
    while x < w - 400:
        word = random.randint(40, 260)
        d.rectangle([x, y, x + word, y + 26], fill=(35, 35, 45))
        x += word + random.randint(25, 45)
d.ellipse([w - 1100, h - 1000, w - 500, h - 400], outline=(200, 30, 30), width=18)
im = im.filter(ImageFilter.GaussianBlur(1.2))
a = np.asarray(im).astype(np.int16) + np.random.default_rng(1).integers(-6, 7, (h, w, 3))
Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(sys.argv[1], quality=92)
EOF
inputs+=("$work/document-12mp.jpg")

/usr/bin/python3 "$root/tests/bench/photo_bench.py" "$tool" "$magick" "$work" "${inputs[@]}"
