#!/bin/bash
# GUI responsiveness benchmark (issue 7), not part of ctest:
#
#   bash tests/bench/frame_bench.sh            # RUNS=3 by default
#
# Builds frame_bench in Release (build/bench-app) and runs it under Xvfb at
# 1366x768: the main window renders continuously while a 13 MP progressive
# JPEG is fitted and uploaded through the ID-photos step against a live
# sandbox; prints the frame intervals (target: no gap over 50 ms).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BENCH_BUILD:-$root/build/bench-app}
runs=${RUNS:-3}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DZKGRAD_BUILD_TESTS=OFF -DZKGRAD_BENCH=ON >/dev/null
cmake --build "$build" --target frame_bench zkgrad-sandbox
for i in $(seq 1 "$runs"); do
    echo "== run $i"
    xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/bench/frame_bench" 2>/dev/null
done
