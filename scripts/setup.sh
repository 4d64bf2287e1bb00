#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that build, run and test zkgrad
# (scripts/debian-packages.txt). Only missing packages are installed, except
# on CI (CI=true), where the whole list is installed after an apt-get update.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/debian-packages.txt" | grep -v '^$')

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: apt-get not found. On Windows and macOS follow README.md (Qt online installer + vcpkg)." >&2
    exit 1
fi

missing=()
if [ "${CI:-}" = "true" ]; then
    missing=("${packages[@]}")
else
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
fi

if [ "${#missing[@]}" -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
