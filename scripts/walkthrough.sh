#!/usr/bin/env bash
# Pictures of an application going through the authority's process, as a new user sees it:
# a demo candidate's finished draft is submitted, rejected by the school twice (a material,
# then the prior degree), fixed and resubmitted each time, approved, paid and approved by the
# city (certificate date); a second candidate's application fails the city review (refund).
#
#   bash scripts/walkthrough.sh OUTDIR [BUILD_DIR] [zkgrad options]
#   SCREEN=1024x768 bash scripts/walkthrough.sh OUTDIR build/dev --language en --large-text
#
# How: tests/e2e/rounds (tst_e2e_rounds) starts its own zkgrad-sandbox on a database of its
# own, fills and submits through the app's controllers, and takes the reviewers' actions
# through the sandbox's admin interface (/api/v1/admin). At each stage it starts the real
# zkgrad binary under Xvfb at 1366x768, in Chinese, with a copy of the candidate's draft
# (--data-dir), signed in as the same demo candidate (--demo-account; its demo server runs on
# the same database through $ZKGRAD_SANDBOX), opened on the step that matters (--step), and
# saves the window (--screenshot). The test's own checks run as usual: a picture is only
# taken of a state the test has verified.
#
# Needs: a build with tests (default build/dev; `bash scripts/build.sh`), xvfb-run, and the
# CJK fonts (scripts/debian-packages.txt).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: walkthrough.sh OUTDIR [BUILD_DIR]}"
build="${2:-$here/build/dev}"
shift $(($# < 2 ? $# : 2))

test_exe="$build/tests/e2e/rounds/tst_e2e_rounds"
app_exe="$build/src/app/zkgrad"
if [[ ! -x "$test_exe" || ! -x "$app_exe" ]]; then
    echo "walkthrough: building tst_e2e_rounds and zkgrad in $build" >&2
    cmake --build "$build" --target tst_e2e_rounds zkgrad zkgrad-sandbox
fi
command -v xvfb-run >/dev/null || { echo "walkthrough: xvfb-run is missing (apt install xvfb)" >&2; exit 1; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -f "$out"/[0-9][0-9]-*.png

# The app's window on a 1366x768 screen (the smallest common laptop) unless SCREEN says
# otherwise; the options after BUILD_DIR go to every start of the app.
ZKGRAD_WALKTHROUGH_DIR="$out" ZKGRAD_APP_EXE="$app_exe" ZKGRAD_WALKTHROUGH_ARGS="$*" \
    LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 ${SCREEN:-1366x768}x24" "$test_exe" -silent

echo "walkthrough: pictures in $out:"
ls -1 "$out"/*.png
