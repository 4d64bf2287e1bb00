#!/usr/bin/env bash
# Sets up, builds everything and runs the whole test suite headless: unit, QML,
# API, end-to-end, smoke, lint, translation and fuzz-smoke tests. Arguments go
# to ctest, e.g. -L unit or -R draft.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
ctest --preset dev --parallel "$jobs" "$@"
