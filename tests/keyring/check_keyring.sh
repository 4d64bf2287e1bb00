#!/usr/bin/env bash
# check_keyring.sh PROBE
# 1. With a Secret Service (gnome-keyring in a private D-Bus session): save in one
#    process, read back in another (a restart), forget, read nothing. The password
#    must not appear in any file under HOME (the keyring file is encrypted).
# 2. With no D-Bus session at all: saving must report "unavailable" and write
#    nothing under HOME (no plain-text fallback).
set -euo pipefail
probe=$1
fail() { echo "keyring: FAIL: $*" >&2; exit 1; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/debian-packages.txt)"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
password="kr-$RANDOM-$RANDOM-secret"

cat >"$work/session.sh" <<SESSION
set -euo pipefail
# An unlocked login keyring, as a desktop session would have after login.
eval "\$(printf 'keyring-pw' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
"$probe" save 500101200001010011 "$password"
"$probe" load >"$work/load1"
"$probe" forget
"$probe" load >"$work/load2"
"$probe" probe >"$work/probe1"
SESSION
mkdir -p "$work/home"
HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/run" \
    timeout 90 dbus-run-session -- bash "$work/session.sh" 2>"$work/session.err" \
    || { cat "$work/session.err" >&2; fail "the Secret Service round trip did not complete"; }
echo "keyring: after a restart: $(sed "s/$password/<the password>/" "$work/load1")"
grep -qx "login=500101200001010011 password=$password" "$work/load1" || fail "not read back after a restart"
grep -qx "login= password=" "$work/load2" || fail "still there after forget: $(cat "$work/load2")"
if grep -rqa -- "$password" "$work/home"; then fail "the password is readable in a file under HOME"; fi
grep -qx "available=true" "$work/probe1" || fail "a working keychain (nothing stored) was probed as unavailable: $(cat "$work/probe1")"
echo "keyring: Secret Service: saved, read back after a restart, forgotten; never in plain text"

mkdir -p "$work/home2"
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home2" \
    XDG_RUNTIME_DIR="$work/run2" timeout 60 "$probe" save someone "$password" >"$work/nobus" 2>&1 || true
echo "keyring: without D-Bus: $(grep -m1 . "$work/nobus" | sed "s/$password/<the password>/")"
grep -q "^unavailable: " "$work/nobus" || fail "no D-Bus session, yet the store did not say remembering is unavailable"
# The library's raw English text goes to the log, never to the candidate.
if grep "^unavailable: " "$work/nobus" | grep -qiE "dbus|d-bus|Failed to execute|autolaunch"; then
    fail "the candidate is shown the keychain library's raw message: $(grep -m1 '^unavailable: ' "$work/nobus")"
fi
# Probed before the box is offered: with no keychain, "remember me" is not offered at all.
env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home2" \
    XDG_RUNTIME_DIR="$work/run2" timeout 60 "$probe" probe >"$work/probe" 2>/dev/null || true
echo "keyring: probe without D-Bus: $(cat "$work/probe")"
grep -qx "available=false" "$work/probe" || fail "the probe did not find that no keychain works: $(cat "$work/probe")"
if grep -rqa -- "$password" "$work/home2"; then fail "the password was written to a file (plain-text fallback)"; fi
echo "keyring: all checks passed"
