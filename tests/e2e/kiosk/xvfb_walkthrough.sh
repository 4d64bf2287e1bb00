#!/usr/bin/env bash
# Kiosk mode as school staff would try it (issue #10, "done when"): the real zkgrad binary under
# Xvfb, driven with xdotool. Candidate A signs in and ticks conditions; staff clear the kiosk with
# the PIN; candidate B signs in and sees a fresh notice; B presses "finish and clear" via the
# staff menu; staff exit with the PIN. A wrong PIN must not exit. Afterwards no file under the
# kiosk's HOME, XDG_* and TMPDIR may contain either ID number or name. Screenshots go to $OUT.
# Not part of ctest (needs Xvfb, xdotool and ImageMagick's import):
#   bash tests/e2e/kiosk/xvfb_walkthrough.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
BUILD=${1:-build/dev}
OUT=${2:-$(mktemp -d /tmp/zkgrad-walk-kiosk-XXXXXX)}
mkdir -p "$OUT"
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
APP=$BUILD/src/app/zkgrad
TOOL=$BUILD/src/tool/zkgrad-tool
SANDBOX=$BUILD/src/sandbox/zkgrad-sandbox
WORK=$(mktemp -d /tmp/zkgrad-walk-run-XXXXXX)
SCAN=$WORK/scan
mkdir -p -m 700 "$SCAN"/{home,config,data,cache,state,runtime,tmp} "$WORK/outside"
PORT=$((20000 + RANDOM % 20000))
DISPLAY_NO=$((60 + RANDOM % 30))
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# The server keeps its database outside the scanned folders: it is not the kiosk.
"$SANDBOX" --port "$PORT" --bind 127.0.0.1 --db "$WORK/outside/db.sqlite" --seed demo \
    >"$WORK/outside/sandbox.log" 2>&1 &
pids+=($!)
Xvfb ":$DISPLAY_NO" -screen 0 1366x768x24 >"$WORK/outside/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$DISPLAY_NO"
HASH=$(echo 2468 | "$TOOL" kiosk pin-hash --iterations 20000 2>/dev/null)
sleep 2

(
    export HOME=$SCAN/home XDG_CONFIG_HOME=$SCAN/config XDG_DATA_HOME=$SCAN/data \
        XDG_CACHE_HOME=$SCAN/cache XDG_STATE_HOME=$SCAN/state XDG_RUNTIME_DIR=$SCAN/runtime \
        TMPDIR=$SCAN/tmp
    "$APP" --kiosk --kiosk-pin-hash "$HASH" --server "http://127.0.0.1:$PORT/api/v1" \
        >"$WORK/outside/app.log" 2>&1
    echo $? >"$WORK/outside/app.rc"
) &
sleep 4
shot() { import -window root "$OUT/$1.png"; echo "screenshot $OUT/$1.png"; }
alive() { [ ! -e "$WORK/outside/app.rc" ]; }
signin() { # ID
    xdotool mousemove 800 170 click 1; sleep 0.3
    xdotool type --delay 20 "$1"; xdotool key Tab; sleep 0.2
    xdotool type --delay 20 Demo2026; xdotool key Return; sleep 3
}
staff() { # PIN
    xdotool key ctrl+alt+shift+q; sleep 0.7
    xdotool type --delay 30 "$1"; xdotool key Return; sleep 1.5
}

shot 1-welcome
signin 500101199001010018              # candidate A, 王专科
xdotool mousemove 268 238 click 1 mousemove 268 280 click 1; sleep 0.5
shot 2-candidate-a
staff 1111                             # a wrong PIN: the dialog says so, nothing exits
shot 3-wrong-pin
alive || { echo "FAIL: a wrong PIN exited the kiosk" >&2; exit 1; }
xdotool key Escape; sleep 0.5
staff 2468; shot 4-staff-menu
xdotool key Tab; sleep 0.2; xdotool key Return; sleep 2   # "clear now"
shot 5-cleared
signin 500101199001010026              # candidate B, 李本通
shot 6-candidate-b
staff 2468; xdotool key Tab; sleep 0.2; xdotool key Return; sleep 2
staff 2468; xdotool key Return; sleep 3                   # "exit the app"
alive && { echo "FAIL: the right PIN did not exit" >&2; exit 1; }
[ "$(cat "$WORK/outside/app.rc")" = 0 ] || { echo "FAIL: exit code $(cat "$WORK/outside/app.rc")" >&2; exit 1; }

leaks=$(grep -rlaE "500101199001010018|500101199001010026|王专科|李本通" "$SCAN" || true)
if [ -n "$leaks" ]; then
    echo "FAIL: candidate data left on disk:" >&2
    echo "$leaks" >&2
    exit 1
fi
if find "$SCAN/tmp" -mindepth 1 -name 'zkgrad-kiosk-*' | grep -q .; then
    echo "FAIL: the kiosk's private folder is still there" >&2
    exit 1
fi
echo "PASS: two candidates in turn; wrong PIN stayed, right PIN exited; nothing left on disk"
echo "screenshots: $OUT"
