#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (clang). Builds every fuzz target in
# build/fuzz with ASan+UBSan and runs each for SECONDS (default 60) on a copy
# of its seed corpus. Usage: bash scripts/fuzz.sh [SECONDS] [NAME-FILTER]
# FUZZ_RSS_MB (default 2048, libFuzzer's own) is the memory a run may take before
# it counts as an out-of-memory finding: the in-memory sandbox database grows over
# a long run, and a shared machine should not give one fuzzer all it has.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
filter=${2:-}
rss_mb=${FUZZ_RSS_MB:-2048}
cd "$root"
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang)" >&2; exit 2; }
if [ ! -f build/fuzz/build.ninja ]; then
    cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
        -DZKGRAD_FUZZ=ON -DZKGRAD_BUILD_TESTS=OFF
fi
list=build/fuzz/fuzzers.txt
[ -f "$list" ] || { echo "fuzz: no fuzz targets are registered" >&2; exit 2; }
mapfile -t targets < <(cut -f1 "$list" | grep -- "$filter" | sort -u)
cmake --build build/fuzz --target "${targets[@]}"
status=0
while IFS=$'\t' read -r name binary corpus; do
    case "$name" in *"$filter"*) ;; *) continue ;; esac
    work="build/fuzz/corpus/$name"
    mkdir -p "$work" "build/fuzz/artifacts/$name"
    [ -n "$corpus" ] && [ -d "$corpus" ] && cp -rn "$corpus"/. "$work"/ 2>/dev/null || true
    echo "== $name: ${seconds}s"
    if ! "$binary" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb="$rss_mb" \
            -artifact_prefix="build/fuzz/artifacts/$name/" "$work" 2>"build/fuzz/$name.log"; then
        echo "fuzz: $name found a problem; see build/fuzz/$name.log and build/fuzz/artifacts/$name/" >&2
        status=1
    fi
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "build/fuzz/$name.log" || true
done <"$list"
exit $status
