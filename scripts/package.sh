#!/usr/bin/env bash
# Builds the release .deb: build/release/zkgrad_<version>_<arch>.deb.
# Install it with: sudo apt install ./build/release/zkgrad_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
cd "$root"
if [ ! -f build/release/build.ninja ]; then
    cmake --preset release
fi
cmake --build --preset release
cd build/release
cpack -G DEB
ls -l zkgrad_*.deb
