#!/bin/bash
# Document detection and legibility benchmark (issue 21), not part of ctest:
#
#   bash tests/bench/doc_bench.sh                 # 170 cards, 40 pages, 30 empty; OCR on 40 cards
#   CARDS=40 PAGES=10 EMPTY=30 OCR=20 bash tests/bench/doc_bench.sh   # a quicker run
#   DOC_SET=/tmp/set bash tests/bench/doc_bench.sh  # reuse (or keep) a generated set
#
# 1. docgen makes the synthetic set (fake ID cards and A4 pages at 12 MP with
#    tilt, rotation, textures, shadows, blur and JPEG noise; photos with no
#    document), deterministic seed 21.
# 2. Detection: `zkgrad-tool photo detect --json` on every photo: corner error
#    over the document's diagonal (the best of the four cyclic corner orders:
#    which way up a card is read is not decided), misses, false detections on
#    the no-document photos, and times (Release build). The detection time
#    inside `photo fit --document auto` (on its larger decode) is also shown.
# 3. Legibility: the card fronts of the set, each made into a <= 50,000-byte
#    JPEG three ways: today's pipeline (whole frame), the new one (detected,
#    straightened, levelled) and ImageMagick -resize 1200x1200>
#    -define jpeg:extent=50000b; Tesseract reads the ID number (eng, digits)
#    and the name and address (chi_sim). Every output is read at 0, 90, 180
#    and 270 degrees and the best reading counts, for all three, so a card
#    that lies upside down is not held against any of them.
# Needs: tesseract-ocr tesseract-ocr-chi-sim imagemagick fonts-noto-cjk python3.
# zkgrad-tool and docgen are built in Release in build/bench-doc unless
# ZKGRAD_TOOL / DOCGEN are set.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BENCH_BUILD:-$root/build/bench-doc}
tool=${ZKGRAD_TOOL:-$build/src/tool/zkgrad-tool}
docgen=${DOCGEN:-$build/tests/bench/docgen}
cards=${CARDS:-170} pages=${PAGES:-40} empty=${EMPTY:-30} ocr=${OCR:-40} jobs=${JOBS:-2}

missing=()
for pkg in tesseract-ocr tesseract-ocr-chi-sim imagemagick fonts-noto-cjk; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "doc_bench: missing packages: ${missing[*]}" >&2
    echo "  apt-get install ${missing[*]}" >&2
    exit 2
fi

if [[ ! -x $tool || ! -x $docgen ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DZKGRAD_BUILD_TESTS=OFF \
        -DZKGRAD_BENCH=ON >/dev/null
    cmake --build "$build" --target zkgrad-tool docgen
fi
magick=$(command -v convert-im6.q16 || command -v convert)

set_dir=${DOC_SET:-}
if [[ -z $set_dir ]]; then
    set_dir=$(mktemp -d)
    trap 'rm -rf "$set_dir"' EXIT
fi
if [[ ! -f $set_dir/truth.tsv ]]; then
    echo "generating $cards cards, $pages pages, $empty photos without a document in $set_dir ..." >&2
    QT_QPA_PLATFORM=offscreen "$docgen" "$set_dir" --cards "$cards" --pages "$pages" \
        --empty "$empty" --seed 21 2>/dev/null
fi

export OMP_THREAD_LIMIT=1
/usr/bin/python3 - "$set_dir" "$tool" "$magick" "$ocr" "$jobs" <<'EOF'
import json, math, os, re, statistics, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

set_dir, tool, magick, ocr_count, jobs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
rows = []
with open(os.path.join(set_dir, 'truth.tsv'), encoding='utf-8') as f:
    header = f.readline().rstrip('\n').split('\t')
    for line in f:
        rows.append(dict(zip(header, line.rstrip('\n').split('\t'))))

def corners(text):
    v = list(map(float, text.split(',')))
    return [(v[i], v[i + 1]) for i in range(0, 8, 2)]

def corner_error(found, truth):
    diag = max(math.dist(truth[0], truth[2]), math.dist(truth[1], truth[3]))
    return min(max(math.dist(found[(i + k) % 4], truth[i]) for i in range(4)) for k in range(4)) / diag

def detect(row):
    purpose = 'document' if row['kind'] == 'page' else 'id-card'
    out = subprocess.run([tool, 'photo', 'detect', os.path.join(set_dir, row['file']),
                          '--purpose', purpose, '--json'], capture_output=True, text=True)
    return row, json.loads(out.stdout)

with ThreadPoolExecutor(jobs) as pool:
    results = list(pool.map(detect, rows))

errors, misses, false_hits, detect_ms, decode_ms, cpu_ms = [], [], [], [], [], []
by_fraction = {}
for row, out in results:
    detect_ms.append(out['detectMs'])
    decode_ms.append(out['decodeMs'])
    cpu_ms.append(out['detectCpuMs'])
    if row['kind'] == 'none':
        if out['found']:
            false_hits.append(row['file'])
        continue
    if not out['found']:
        misses.append(row['file'])
        errors.append(float('inf'))
        continue
    errors.append(corner_error([tuple(p) for p in out['corners']], corners(row['corners'])))

docs = [r for r in rows if r['kind'] != 'none']
ok = sum(1 for e in errors if e <= 0.02)
finite = [e for e in errors if e != float('inf')]
print(f"== detection: {len(docs)} documents ({sum(r['kind'] != 'page' for r in docs)} cards, "
      f"{sum(r['kind'] == 'page' for r in docs)} pages), {len(rows) - len(docs)} photos without a document")
print(f"corner error <= 2 % of the diagonal: {ok}/{len(docs)} = {100 * ok / len(docs):.1f} %")
if finite:
    print(f"corner error (found): median {100 * statistics.median(finite):.2f} %, "
          f"max {100 * max(finite):.2f} %")
print(f"missed: {len(misses)} {' '.join(misses[:10])}")
print(f"false detections: {len(false_hits)}/{len(rows) - len(docs)} {' '.join(false_hits)}")
print(f"photo detect (DCT-scaled decode to ~1000 px, then detection): decode median "
      f"{statistics.median(decode_ms):.0f} ms, detection median {statistics.median(detect_ms):.0f} ms, "
      f"max {max(detect_ms)} ms; detection CPU time (all threads) median {statistics.median(cpu_ms):.0f} ms, "
      f"max {max(cpu_ms)} ms")

# Detection inside the fit, on its larger decode (12 MP photos).
fit_detect, fit_total = [], []
with tempfile.TemporaryDirectory() as tmp:
    for row in [r for r in rows if r['kind'] != 'page'][:20]:
        out = json.loads(subprocess.run([tool, 'photo', 'fit', os.path.join(set_dir, row['file']),
                                         os.path.join(tmp, 'o.jpg'), '--purpose', 'id-card',
                                         '--document', 'auto', '--json'],
                                        capture_output=True, text=True).stdout)
        for step in out['steps']:
            m = re.match(r'detect document: .*\[(\d+) ms\]', step)
            if m:
                fit_detect.append(int(m.group(1)))
if fit_detect:
    print(f"fit --document auto, detection on the fit's decode: median {statistics.median(fit_detect):.0f} ms, "
          f"max {max(fit_detect)} ms ({len(fit_detect)} photos)")

# Legibility.
fronts = [r for r in rows if r['kind'] == 'card-front'][:ocr_count]
tmp = tempfile.mkdtemp()

def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]

def number_score(text, number):
    digits = re.sub(r'[^0-9X]', '', text.upper())
    if number in digits:
        return 1.0
    best = 0
    for i in range(max(1, len(digits) - 17)):
        window = digits[i:i + 18]
        best = max(best, sum(1 for a, b in zip(window, number) if a == b))
    return best / 18

def tesseract(path, lang, extra=()):
    r = subprocess.run(['tesseract', path, 'stdout', '-l', lang, '--psm', '6', *extra],
                       capture_output=True, text=True)
    return r.stdout

def read(path, row):
    best = None
    for angle in (0, 90, 180, 270):
        p = path
        if angle:
            p = f"{path}.r{angle}.png"
            subprocess.run([magick, path, '-rotate', str(angle), p], check=True)
        num = number_score(tesseract(p, 'eng', ['-c', 'tessedit_char_whitelist=0123456789X']), row['number'])
        if best is None or num > best[0]:
            best = (num, p)
    text = re.sub(r'\s', '', tesseract(best[1], 'chi_sim'))
    truth = row['name'] + row['address']
    return best[0], lcs(truth, text) / len(truth)

def make(row):
    src = os.path.join(set_dir, row['file'])
    base = os.path.join(tmp, row['file'][:-4])
    outs = {}
    subprocess.run([tool, 'photo', 'fit', src, base + '-current.jpg', '--purpose', 'id-card'],
                   check=True, capture_output=True)
    subprocess.run([tool, 'photo', 'fit', src, base + '-new.jpg', '--purpose', 'id-card',
                    '--document', 'auto'], check=True, capture_output=True)
    subprocess.run([magick, src, '-resize', '1200x1200>', '-define', 'jpeg:extent=50000b',
                    base + '-magick.jpg'], check=True)
    for name in ('current', 'new', 'magick'):
        path = f"{base}-{name}.jpg"
        outs[name] = (read(path, row), os.path.getsize(path))
    return row, outs

with ThreadPoolExecutor(jobs) as pool:
    ocr = list(pool.map(make, fronts))
if not ocr:
    sys.exit(0)

print(f"\n== legibility: {len(ocr)} card fronts, Tesseract {subprocess.run(['tesseract', '--version'], capture_output=True, text=True).stdout.split()[1]}")
print(f"{'pipeline':<34}{'ID number exact':>16}{'ID digits':>11}{'name+address':>14}{'max bytes':>11}")
labels = {'current': 'zkgrad today (whole frame)', 'new': 'zkgrad --document auto',
          'magick': 'ImageMagick 1200px extent=50000b'}
for name in ('current', 'new', 'magick'):
    exact = sum(1 for _, o in ocr if o[name][0][0] == 1.0)
    digits = statistics.mean(o[name][0][0] for _, o in ocr)
    text = statistics.mean(o[name][0][1] for _, o in ocr)
    print(f"{labels[name]:<34}{100 * exact / len(ocr):>15.1f}%{100 * digits:>10.1f}%{100 * text:>13.1f}%"
          f"{max(o[name][1] for _, o in ocr):>11}")
small = [(r, o) for r, o in ocr if float(r['fraction']) <= 0.40]
if small:
    print(f"cards filling <= 40 % of the frame width ({len(small)}):")
    for name in ('current', 'new', 'magick'):
        exact = sum(1 for _, o in small if o[name][0][0] == 1.0)
        print(f"  {labels[name]:<32} ID number exact {100 * exact / len(small):.1f} %")
EOF
