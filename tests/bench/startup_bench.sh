#!/bin/bash
# Cold-start benchmark (issue 7), not part of ctest:
#
#   bash tests/bench/startup_bench.sh          # RUNS=10 by default
#
# Starts the app RUNS times on a fresh data folder under one Xvfb server
# (software rendering, 1366x768) and prints, per run and as median/max, the
# time from just before exec to the first frame of the main window (the
# sign-in page) and the app's peak RSS (VmHWM) at that moment. The demo
# sandbox runs as a separate process and is not counted. Targets: <= 0.5 s
# and <= 150 MB. Built in Release in build/bench-app unless ZKGRAD_APP is set.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BENCH_BUILD:-$root/build/bench-app}
app=${ZKGRAD_APP:-$build/src/app/zkgrad}
runs=${RUNS:-10}

if [[ ! -x $app ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DZKGRAD_BUILD_TESTS=OFF -DZKGRAD_BENCH=ON >/dev/null
    cmake --build "$build" --target zkgrad zkgrad-sandbox
fi

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
tmp=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 1

times=()
rss=()
for i in $(seq 1 "$runs"); do
    rm -rf "$tmp/data" "$tmp/config"
    start=$(date +%s%3N)
    out=$(DISPLAY=$display XDG_CONFIG_HOME=$tmp/config "$app" --data-dir "$tmp/data" --self-test 2>/dev/null)
    frame=$(sed -n 's/.*first frame at epoch-ms \([0-9]*\).*/\1/p' <<<"$out")
    peak=$(sed -n 's/.*peak RSS \([0-9]*\) kB.*/\1/p' <<<"$out")
    if [[ -z $frame ]]; then
        echo "run $i: no first-frame line; output:" >&2
        echo "$out" >&2
        exit 1
    fi
    ms=$((frame - start))
    times+=("$ms")
    rss+=("$((peak / 1024))")
    printf 'run %2d: first frame %4d ms, peak RSS %4d MB\n' "$i" "$ms" "$((peak / 1024))"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
max() { printf '%s\n' "$@" | sort -n | tail -1; }
echo "cold start to first frame: median $(median "${times[@]}") ms, max $(max "${times[@]}") ms (target <= 500 ms)"
echo "peak RSS at first frame:   median $(median "${rss[@]}") MB, max $(max "${rss[@]}") MB (target <= 150 MB)"
