#!/usr/bin/env bash
# check_deb.sh BUILD_DIR VERSION BUILD_TYPE
# Builds the Debian package with CPack and checks it as a user would meet it:
# lintian (no error, no warning), its metadata and dependencies, its files and
# documentation, the desktop entry and AppStream data, and the installed
# binaries run from an unpacked root.
set -euo pipefail
build=$1
version=$2
build_type=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package: FAIL: $*" >&2; exit 1; }

cd "$build"
if ! cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack did not build the package"
fi
deb=$(ls "$work"/out/zkgrad_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no zkgrad_*.deb produced"
echo "package: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

[ "$(dpkg-deb -f "$deb" Package)" = zkgrad ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: Depends: $depends"
# shlibdeps must have found the Qt libraries, and the QML modules are listed by hand.
for dep in libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 \
           qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
           qml6-module-qtquick-window qml6-module-qtquick-templates \
           qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done

# lintian as Debian's archive would run it, every error and warning a failure. The one
# exception is a Debug build's hardening-no-fortify-functions: _FORTIFY_SOURCE needs an
# optimised build, so only Release-type builds (scripts/package.sh, which lints strictly
# too) are fortified; every other hardening check applies to this build as well.
if command -v lintian >/dev/null; then
    suppress=()
    if [ "$build_type" = Debug ] || [ -z "$build_type" ]; then
        suppress=(--suppress-tags hardening-no-fortify-functions)
    fi
    lintian --fail-on error,warning --display-info "${suppress[@]}" "$deb" >"$work/lintian" 2>&1 \
        && lintian_rc=0 || lintian_rc=$?
    sed 's/^/package: lintian: /' "$work/lintian"
    [ "$lintian_rc" -eq 0 ] || fail "lintian reports errors or warnings (above)"
    if grep -Eq '^[EW]: ' "$work/lintian"; then fail "lintian reports errors or warnings"; fi
    echo "package: lintian: no error or warning ($(grep -c '^[IP]: ' "$work/lintian" || true) notes)"
else
    fail "lintian is not installed (scripts/setup.sh installs it)"
fi

# One homepage: the package's is the metainfo's.
homepage=$(dpkg-deb -f "$deb" Homepage)
[ -n "$homepage" ] || fail "no Homepage field"
case "$homepage" in *example.invalid*) fail "Homepage is a placeholder: $homepage" ;; esac

dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for f in ./usr/bin/zkgrad ./usr/bin/zkgrad-tool \
         ./usr/share/applications/io.github.zkgrad.ZkGrad.desktop \
         ./usr/share/metainfo/io.github.zkgrad.ZkGrad.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.zkgrad.ZkGrad.svg \
         ./usr/share/icons/hicolor/48x48/apps/io.github.zkgrad.ZkGrad.png \
         ./usr/share/icons/hicolor/256x256/apps/io.github.zkgrad.ZkGrad.png \
         ./usr/share/zkgrad/kiosk/kiosk.conf.example \
         ./usr/share/zkgrad/kiosk/zkgrad-kiosk.service \
         ./usr/share/doc/zkgrad/copyright \
         ./usr/share/doc/zkgrad/changelog.gz \
         ./usr/share/doc/zkgrad/README.md \
         ./usr/share/doc/zkgrad/kiosk/README.md \
         ./usr/share/man/man1/zkgrad.1.gz \
         ./usr/share/man/man1/zkgrad-tool.1.gz \
         ./usr/share/man/man1/zkgrad-sandbox.1.gz; do
    grep -qx "$f" "$work/files" || fail "missing $f"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
metainfo="$root/usr/share/metainfo/io.github.zkgrad.ZkGrad.metainfo.xml"
grep -qF "<url type=\"homepage\">$homepage</url>" "$metainfo" \
    || fail "the package's Homepage $homepage is not the metainfo's"
# The changelog's newest entry is this version, as are the metainfo's release notes it is made from.
zcat "$root/usr/share/doc/zkgrad/changelog.gz" | head -n1 | grep -qF "zkgrad ($version) " \
    || fail "changelog.gz does not start with version $version"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release notes for $version"
# Each manual page is the program's own --help: every option it prints is in its page.
for program in zkgrad zkgrad-tool zkgrad-sandbox; do
    # The roff source with its escapes for '-' and fonts undone.
    page=$(zcat "$root/usr/share/man/man1/$program.1.gz" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g')
    grep -q "^\.SH NAME" <<<"$page" || fail "$program.1 has no NAME section"
    help_args=(--help)
    [ "$program" = zkgrad ] && help_args=(--language en --help)
    options=$(ZKGRAD_LANG=en QT_QPA_PLATFORM=offscreen "$root/usr/bin/$program" "${help_args[@]}" 2>&1 \
        | { grep -oE '^ +(-[a-z], )?--[a-z][a-z-]*' || true; } | grep -oE -- '--[a-z-]+' | sort -u || true)
    if [ "$program" = zkgrad-tool ]; then
        # Its --help lists commands, not options: each must be in the page.
        for command in "id check" "text count" "photo check" "photo fit" "photo detect" \
                       "kiosk pin-hash" "kiosk check-config"; do
            grep -qF -- "$command" <<<"$page" || fail "zkgrad-tool.1 lacks '$command'"
        done
        continue
    fi
    [ -n "$options" ] || fail "$program --help lists no option"
    for option in $options; do
        grep -qF -- "$option" <<<"$page" || fail "$program.1 lacks $option, which $program --help prints"
    done
done
desktop-file-validate "$root/usr/share/applications/io.github.zkgrad.ZkGrad.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net --explain \
    "$root/usr/share/metainfo/io.github.zkgrad.ZkGrad.metainfo.xml" || fail "appstreamcli validate"

# The kiosk unit must be a valid systemd unit. Without cage installed, verify
# checks everything but the compositor's path, so the check still runs in CI.
unit="$root/usr/share/zkgrad/kiosk/zkgrad-kiosk.service"
grep -q '^ExecStart=/usr/bin/cage .* /usr/bin/zkgrad --kiosk$' "$unit" || fail "kiosk unit does not start zkgrad --kiosk under cage"
grep -Eq "(^|, )cage( |,|$)" <<<"$(dpkg-deb -f "$deb" Suggests)" || fail "Suggests lacks cage"
# Chinese input: the unit starts the app through the packaged launcher (fcitx5 + Pinyin).
launcher=$(sed -n 's#^ExecStart=/usr/bin/cage .* -- \([^ ]*\) /usr/bin/zkgrad --kiosk$#\1#p' "$unit")
[ -n "$launcher" ] && [ -x "$root$launcher" ] || fail "the kiosk unit's launcher '$launcher' is not in the package"
sh -n "$root$launcher" || fail "the kiosk launcher is not valid sh"
grep -Eq "(^|, )fcitx5-pinyin( |,|$)" <<<"$(dpkg-deb -f "$deb" Suggests)" || fail "Suggests lacks fcitx5-pinyin"
if command -v systemd-analyze >/dev/null; then
    mkdir -p "$work/unit"
    if [ -x /usr/bin/cage ]; then
        cp "$unit" "$work/unit/"
    else
        sed 's#^ExecStart=/usr/bin/cage#ExecStart=/bin/true#' "$unit" >"$work/unit/zkgrad-kiosk.service"
        echo "package: cage is not installed here; verifying the unit with /bin/true in its place"
    fi
    systemd-analyze verify "$work/unit/zkgrad-kiosk.service" || fail "systemd-analyze verify (kiosk unit)"
fi

exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/io.github.zkgrad.ZkGrad.desktop")
[ -x "$root/usr/bin/$exec_cmd" ] || fail "the menu entry runs '$exec_cmd', which the package does not install"

"$root/usr/bin/zkgrad" --version | tee "$work/version"
grep -q "zkgrad $version" "$work/version" || fail "--version does not report $version"

QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_DATA_HOME="$work/home/data" \
    XDG_CONFIG_HOME="$work/home/config" \
    "$root/usr/bin/zkgrad" --self-test | tee "$work/selftest"
grep -q "self-test passed" "$work/selftest" || fail "the installed app did not show its window"

# Kiosk provisioning as a school would do it: the packaged example, a PIN hash from the
# installed tool, checked, then the installed app started from that configuration.
example="$root/usr/share/zkgrad/kiosk/kiosk.conf.example"
"$root/usr/bin/zkgrad-tool" kiosk check-config "$example" || fail "the packaged kiosk example does not pass check-config"
pin_hash=$(printf '2468\n' | "$root/usr/bin/zkgrad-tool" kiosk pin-hash) || fail "zkgrad-tool kiosk pin-hash"
sed -e 's/^enabled=false$/enabled=true/' -e "s|^staff_pin_hash=$|staff_pin_hash=$pin_hash|" \
    "$example" >"$work/kiosk.conf"
grep -q '^enabled=true$' "$work/kiosk.conf" || fail "the example has no enabled= line to turn on"
"$root/usr/bin/zkgrad-tool" kiosk check-config "$work/kiosk.conf" || fail "check-config refused the provisioned file"
QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_DATA_HOME="$work/home/data" \
    XDG_CONFIG_HOME="$work/home/config" \
    "$root/usr/bin/zkgrad" --kiosk-config "$work/kiosk.conf" --self-test | tee "$work/kiosktest"
grep -q "self-test passed.* in kiosk mode" "$work/kiosktest" || fail "the provisioned kiosk did not start in kiosk mode"
echo "package: all checks passed"
