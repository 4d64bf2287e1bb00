#!/usr/bin/env bash
# Sets up, builds and starts zkgrad. Arguments go to the app, e.g.
#   bash scripts/run.sh --language en
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" --target zkgrad zkgrad-tool
exec "$root/build/dev/src/app/zkgrad" "$@"
