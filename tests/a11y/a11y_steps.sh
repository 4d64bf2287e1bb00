#!/usr/bin/env bash
# Runs zkgrad with accessibility on, under Xvfb and a private D-Bus session with AT-SPI, and
# checks what a screen reader sees on every step (tests/a11y/a11y_check.py).
# usage: a11y_steps.sh PATH/TO/zkgrad OUTDIR      (run inside dbus-run-session; ctest does)
set -uo pipefail
app=${1:?usage: a11y_steps.sh PATH/TO/zkgrad OUTDIR}
out=${2:?usage: a11y_steps.sh PATH/TO/zkgrad OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out"

exec 3>"$out/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$out/display")"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/atspi.log" 2>&1 &
bus=$!
sleep 1
trap 'kill $bus $xvfb 2>/dev/null' EXIT

failed=0
# Starts the app (arguments in $2, unquoted on purpose), runs a checker (the rest) while it
# runs, and reports. $1 names the scenario and its files under $out.
run() {
    local name=$1 args=$2
    shift 2
    XDG_CONFIG_HOME="$out/config-$name" "$app" --data-dir "$out/data-$name" $args \
        >"$out/$name.log" 2>&1 &
    local pid=$! rc
    /usr/bin/python3 "$@" >"$out/$name.result" 2>&1
    rc=$?
    import -window root "$out/$name.png" 2>/dev/null || true
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    if [ $rc -ne 0 ]; then
        failed=1
        echo "FAIL $name:"; sed 's/^/    /' "$out/$name.result"
    else
        echo "ok   $name: $(tail -1 "$out/$name.result")"
    fi
}

# scenario | heading the page shows | app arguments | checker arguments
# (Steps after submission need a candidate at that stage: the e2e tests cover their content.)
while IFS='|' read -r name heading args check; do
    [ -z "$name" ] && continue
    # shellcheck disable=SC2086 # the checker's arguments are words
    run "$name" "$args" "$here/a11y_check.py" "$heading" --timeout 60 --dump "$out/$name.tree" $check
done <<'SCENARIOS'
sign-in|登录||--expect-focus 身份证号或准考证号
signed-in|毕业申请须知|--demo-account 1|
notice|毕业申请须知|--step notice|
profile|考生信息|--step profile|
resume|本人简历|--step resume|
id-photos|身份证照片|--step id-photos|
self-assessment|自我鉴定|--step self-assessment|
signature|签名|--step signature|
materials|情况说明与其它材料|--step materials|
check-submit|提交初审|--step check-submit|--expect-links
sign-in-english|Sign in|--language en|--english
profile-switched|Profile|--step profile|--switch-to-english 考生信息
notice-switched|Graduation application notice|--demo-account 1|--switch-to-english 毕业申请须知
check-submit-switched|Check and submit|--step check-submit|--switch-to-english 提交初审
resume-switched|Resume|--step resume|--switch-to-english 本人简历
SCENARIOS

# Tab order after signing in (issue 17, defect 9): header, step list, then the page from the
# top down, never a hidden or nameless stop. tab.png shows the last stop's focus ring.
run tab "--demo-account 1" "$here/tab_order.py" 毕业申请须知 --count 14
exit $failed
