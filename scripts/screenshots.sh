#!/usr/bin/env bash
# Saves a picture of every step that applies, in Chinese at 1366x768, under
# Xvfb: bash scripts/screenshots.sh [OUTDIR] [extra zkgrad options]
# (default OUTDIR build/screenshots; e.g. add --language en; SCREEN=1024x768 for
# a small laptop's screen; --large-text for large text).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/build/screenshots}
shift || true
bash "$root/scripts/build.sh" --target zkgrad
app="$root/build/dev/src/app/zkgrad"
mkdir -p "$out"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
n=0
for step in sign-in notice profile prior-degree resume id-photos self-assessment signature \
            materials check-submit progress payment certificate; do
    n=$((n + 1))
    file=$(printf '%s/%02d-%s.png' "$out" "$n" "$step")
    if xvfb-run -a -s "-screen 0 ${SCREEN:-1366x768}x24" "$app" --data-dir "$data" --step "$step" \
            --screenshot "$file" "$@" >/dev/null 2>&1; then
        echo "saved $file"
    else
        echo "skipped $step (does not apply to a new draft)"
    fi
done
