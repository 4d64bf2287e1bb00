#!/usr/bin/env bash
# Second CI build: Debian 13 (trixie) with Qt 6.8, clang and AddressSanitizer +
# UBSan, in a debootstrap root under build/trixie-root (made once, then reused).
# Proves in one build that the code compiles with Qt 6.8 and clang with
# warnings as errors, that the unit, QML, API and smoke tests pass with the
# sanitizers, and that the Qt >= 6.5 deploy script yields a tree that runs
# from a moved folder. Needs root (debootstrap, chroot, mount).
#   bash scripts/check-newer-qt.sh            everything
#   STEPS="root deps" bash scripts/check-newer-qt.sh   only some steps
# Steps: root deps setup build test deploy.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rootfs=${ZKGRAD_TRIXIE_ROOT:-$repo/build/trixie-root}
# The root's /work: build tree, ccache and deployed trees, kept outside the root.
work=${ZKGRAD_TRIXIE_WORK:-$repo/build/trixie-work}
steps=${STEPS:-root deps setup build test deploy}
suite=trixie
src_in_root=/src

log() { printf '[check-newer-qt %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
want() { case " $steps " in *" $1 "*) return 0 ;; esac; return 1; }

if [ "$(id -u)" -ne 0 ]; then
    echo "check-newer-qt: needs root (debootstrap, chroot, mount); run it as root or with sudo" >&2
    exit 1
fi

# The Debian mirror apt already uses: the first non-security "deb" URI of the
# apt sources (deb822 .sources first, then one-line sources.list).
debian_mirror() {
    local f uri
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        uri=$(awk 'BEGIN{RS="";FS="\n"}
            /(^|\n)Types:[^\n]*deb([ \n]|$)/ && !/Suites:[^\n]*-security/ {
                for (i = 1; i <= NF; i++) if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, u, " "); print u[1]; exit } }' "$f")
        if [ -n "$uri" ]; then echo "$uri"; return; fi
    done
    if [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $0 !~ /-security/ { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; exit } }' /etc/apt/sources.list)
        if [ -n "$uri" ]; then echo "$uri"; return; fi
    fi
    echo "check-newer-qt: no Debian mirror found in /etc/apt/sources.list{,.d}" >&2
    return 1
}

mounted=()
mount_root() {
    local d
    for d in proc sys dev dev/pts; do
        if ! mountpoint -q "$rootfs/$d"; then
            case $d in
                proc) mount -t proc proc "$rootfs/proc" ;;
                sys) mount -t sysfs sys "$rootfs/sys" ;;
                dev) mount --bind /dev "$rootfs/dev" ;;
                dev/pts) mount --bind /dev/pts "$rootfs/dev/pts" ;;
            esac
            mounted=("$rootfs/$d" "${mounted[@]}")
        fi
    done
    mkdir -p "$rootfs$src_in_root"
    if ! mountpoint -q "$rootfs$src_in_root"; then
        # read-only: nothing the root does can change the checkout
        mount --bind "$repo" "$rootfs$src_in_root"
        mount -o remount,bind,ro "$rootfs$src_in_root"
        mounted=("$rootfs$src_in_root" "${mounted[@]}")
    fi
    # build/ is in the checkout; give the root its own writable build dir
    mkdir -p "$work"
    mkdir -p "$rootfs/work"
    if ! mountpoint -q "$rootfs/work"; then
        mount --bind "$work" "$rootfs/work"
        mounted=("$rootfs/work" "${mounted[@]}")
    fi
}
umount_root() {
    local m
    for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
}
trap umount_root EXIT

in_root() {
    chroot "$rootfs" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive CCACHE_DIR=/work/ccache \
        ${CCACHE_DISABLE:+CCACHE_DISABLE=$CCACHE_DISABLE} "$@"
}

t0=$(date +%s)
# CPU time next to wall time: on a busy machine the CPU seconds tell what a quiet one needs.
TIMEFORMAT="[check-newer-qt] %R s wall, %U s user + %S s system CPU"
stamp() { log "$1 took $(($(date +%s) - $2)) s"; }

if want root; then
    s=$(date +%s)
    if [ -x "$rootfs/usr/bin/apt-get" ] && [ -f "$rootfs/.zkgrad-bootstrapped" ]; then
        log "reusing $rootfs"
    else
        command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap
        mirror=$(debian_mirror)
        log "debootstrap $suite from $mirror into $rootfs"
        rm -rf "$rootfs"
        mkdir -p "$rootfs"
        time debootstrap --variant=minbase "$suite" "$rootfs" "$mirror"
        echo "deb $mirror $suite main" > "$rootfs/etc/apt/sources.list"
        touch "$rootfs/.zkgrad-bootstrapped"
        stamp "bootstrap" "$s"
    fi
fi

mount_root

if want deps; then
    s=$(date +%s)
    # scripts/debian-packages.txt (Debian 12 names) less what this build does
    # not use (packaging and lint tools; chromium, AT-SPI and xdotool, which only
    # the browser and a11y tests need, and those stay with the main build), plus
    # the clang toolchain.
    mapfile -t pkgs < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$repo/scripts/debian-packages.txt" | grep -v '^$' |
        grep -vxE 'clang-format|imagemagick|systemd|dpkg-dev|desktop-file-utils|appstream|git|debootstrap|chromium|at-spi2-core|python3-pyatspi|xdotool')
    # patchelf: Debian strips RPATHs, which the deploy script then cannot rewrite with CMake alone.
    pkgs+=(clang libclang-rt-dev lld llvm ccache file xvfb xauth dbus patchelf)
    if [ -f "$rootfs/.zkgrad-deps" ] && cmp -s "$rootfs/.zkgrad-deps" <(printf '%s\n' "${pkgs[@]}"); then
        log "build dependencies already installed"
    else
        in_root apt-get update -qq
        time in_root apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
        printf '%s\n' "${pkgs[@]}" > "$rootfs/.zkgrad-deps"
        stamp "installing build dependencies" "$s"
    fi
fi

if want setup; then
    s=$(date +%s)
    # The project's own setup, on the checkout (the root sees it read-only): the npm packages
    # the configure step embeds (web/phone/node_modules), which a fresh clone lacks. It installs
    # only what is missing, so on a set-up checkout it costs seconds.
    time bash "$repo/scripts/setup.sh"
    stamp "project setup (scripts/setup.sh)" "$s"
fi

build=/work/clang
if want build; then
    s=$(date +%s)
    # The "clang" preset (CMakePresets.json), built out of the read-only source.
    # ZKGRAD_DEPLOY_QT adds the Qt >= 6.5 deploy script to the install (step deploy).
    # Test folders whose labels this build does not run are left out; bench stays, since
    # tst_documentdetector makes its photos with bench's docgen (its benchmarks are not built).
    # a11y needs AT-SPI and xdotool, which the root does not install: the main build runs it.
    in_root bash -c "cd $src_in_root && cmake --preset clang -B $build \
        -DCMAKE_LINKER_TYPE=LLD -DZKGRAD_DEPLOY_QT=ON -DQT_DEPLOY_USE_PATCHELF=ON -DQT_QML_NO_CACHEGEN=ON \
        '-DZKGRAD_SKIP_TEST_DIRS=e2e;browser;a11y;lint;package;fuzz' \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null"
    in_root ccache --max-size=2G >/dev/null
    time in_root cmake --build $build -j "$(nproc)" ${BUILD_ARGS:-}
    stamp "clang + ASan/UBSan build" "$s"
fi

if want test; then
    s=$(date +%s)
    # Leaks in Qt's and the system's libraries only, each with its reason. The slow unwinder
    # sees through libraries built without frame pointers (glib), so suppressions can name them.
    time in_root env QT_QPA_PLATFORM=offscreen \
        ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:strict_string_checks=1:detect_stack_use_after_return=1 \
        LSAN_OPTIONS=suppressions=$src_in_root/tests/sanitizers/lsan.supp:print_suppressions=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        xvfb-run -a -s "-screen 0 1280x1024x24" \
        ctest --test-dir $build -L '^(unit|qml|api|smoke)$' --parallel "$(nproc)" --output-on-failure \
        --timeout 600 ${CTEST_ARGS:-}
    stamp "unit, QML, API and smoke tests under ASan/UBSan" "$s"
fi

if want deploy; then
    s=$(date +%s)
    # What the Windows and macOS packages do: install with Qt's deploy script
    # into a fresh prefix, move the tree, and start it with the root's QML
    # modules out of sight, so a module the deploy step misses fails here.
    # Debian's Qt carries no plugin deployment information, so Qt's generic
    # Linux deployer bundles no plugins from it (windeployqt and macdeployqt
    # do); the moved tree is given the root's plugins explicitly.
    in_root bash -euo pipefail -c "
        cmake $build >/dev/null
        rm -rf /work/deploy /work/deploy-moved
        if ! cmake --install $build --prefix /work/deploy >/work/deploy-install.log 2>&1; then
            grep -v 'No translations found' /work/deploy-install.log | tail -40; exit 1
        fi
        mv /work/deploy /work/deploy-moved
        cd /work/deploy-moved
        qt=/usr/lib/\$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)/qt6
        for exe in bin/zkgrad bin/zkgrad-tool bin/zkgrad-sandbox; do
            bad=\$(ldd \"\$exe\" | awk '/libQt6/ && \$3 !~ \"^/work/deploy-moved/\" { print }')
            if [ -n \"\$bad\" ]; then
                echo \"deploy: \$exe takes Qt from outside the deployed tree:\"; echo \"\$bad\"; exit 1
            fi
            echo \"deploy: \$exe: \$(ldd \"\$exe\" | grep -c libQt6) Qt libraries, all from the deployed tree\"
        done
        # The root's QML modules out of the way (put back whatever happens).
        mv \"\$qt/qml\" \"\$qt/qml.hidden\"
        trap 'mv \"\$qt/qml.hidden\" \"\$qt/qml\"' EXIT
        export QT_QPA_PLATFORM=offscreen QT_PLUGIN_PATH=\"\$qt/plugins\" ASAN_OPTIONS=detect_leaks=0
        ./bin/zkgrad-tool --version
        ./bin/zkgrad --self-test --data-dir /tmp/zkgrad-deploy-data
    "
    stamp "deploy, move and start" "$s"
fi

log "done in $(($(date +%s) - t0)) s"
