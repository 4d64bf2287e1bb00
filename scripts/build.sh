#!/usr/bin/env bash
# Configures and builds zkgrad with the "dev" preset (build/dev). Extra
# arguments go to "cmake --build", e.g. --target zkgrad.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ ! -f build/dev/build.ninja ]; then
    cmake --preset dev
fi
cmake --build --preset dev "$@"
