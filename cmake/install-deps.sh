#!/usr/bin/env bash
# install-deps.sh — the one dependency step behind `make run`, `make test` and `make bench`.
#
# Idempotent: with everything present it only checks and returns in seconds.
# Installs, as root (or through sudo), on Debian 12:
#   1. Debian binary packages (toolchains, libraries, Chromium, fonts, tools);
#   2. Debian *source* packages for what must be compiled to wasm (imgui, qrencode, fribidi),
#      unpacked into the build tree ($ACCORD_DEPS_DIR);
#   3. npm packages for browser tooling, pinned by package-lock.json.
# No archive host is written here: the deb-src entry is derived from the machine's
# own apt sources.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps_dir=${ACCORD_DEPS_DIR:-$repo_root/build/deps}
imgui_version=1.90.1+ds-1      # trixie's imgui (bookworm has 1.86)
imgui_suite=trixie
bookworm_suite=bookworm

apt_packages=(
    build-essential cmake pkg-config git make ca-certificates openssl dpkg-dev
    emscripten binaryen
    libsdl2-dev libgl-dev libqrencode-dev libfribidi-dev rapidjson-dev nlohmann-json3-dev catch2 libclang-rt-14-dev clang
    chromium fonts-noto-core fonttools python3 brotli gzip
    xvfb xauth libgl1-mesa-dri imagemagick poppler-utils xdotool
)

log() { printf '\033[1m[deps]\033[0m %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# [SECTION] 1. Debian binary packages --------------------------------------------
missing=()
for pkg in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
# node and npm: any node >= 18 will do (a machine may already carry another build of
# it); where there is none, take Debian's.
if ! command -v node >/dev/null; then missing+=(nodejs); fi
if ! command -v npm >/dev/null; then missing+=(npm); fi
apt_updated=0
if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -q
    apt_updated=1
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# [SECTION] 2. Debian source packages (compiled to wasm by our CMake) -----------
# Derive a deb-src entry from the machine's own Debian archive entry: same URIs and
# keyring, source types only, for the suites whose sources we need.
ensure_deb_src() {
    local out=/etc/apt/sources.list.d/accord-deb-src.sources
    [[ -f $out ]] && return 0
    local uri keyring
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
        uri=$(awk '/^URIs:/ && !/security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
        keyring=$(awk '/^Signed-By:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    fi
    if [[ -z ${uri:-} ]]; then
        uri=$(grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
              | grep -v security | sed -E 's/^deb (\[[^]]*\] )?//' | awk '{print $1; exit}')
    fi
    [[ -n ${uri:-} ]] || { echo "install-deps: found no Debian archive in the apt sources to derive deb-src from" >&2; exit 1; }
    log "adding deb-src entry derived from the machine's apt sources"
    {
        echo "# Added by Accord's cmake/install-deps.sh: Debian source packages only."
        echo "Types: deb-src"
        echo "URIs: $uri"
        echo "Suites: $bookworm_suite $imgui_suite"
        echo "Components: main"
        [[ -n ${keyring:-} ]] && echo "Signed-By: $keyring"
    } | as_root tee "$out" >/dev/null
    as_root apt-get update -q
    apt_updated=1
}

fetch_source() {  # fetch_source NAME SPEC DIR [FALLBACK-SUITE]
    local name=$1 spec=$2 dir=$3
    [[ -f $dir/.accord-unpacked ]] && return 0
    ensure_deb_src
    log "fetching Debian source package $name ($spec)"
    local tmp; tmp=$(mktemp -d "$deps_dir/.src.XXXXXX")
    # Why the fallback: an exact version can leave a suite's index after a point
    # release; the suite's current one is the next best.
    (cd "$tmp" && { apt-get source -q --download-only "$spec" >/dev/null 2>&1 \
                    || apt-get source -q --download-only "$name/${4:-$imgui_suite}" >/dev/null; } \
        && dpkg-source -q --no-check -x ./*.dsc unpacked >/dev/null)  # apt checked the hashes against the signed index
    rm -rf "$dir"; mv "$tmp/unpacked" "$dir"; rm -rf "$tmp"
    touch "$dir/.accord-unpacked"
}
mkdir -p "$deps_dir"
fetch_source imgui "imgui=$imgui_version" "$deps_dir/imgui" "$imgui_suite"
# Why trixie: bookworm's qrencode source (4.1.1-1) is no longer in the pool; 4.1.1-2 is the same library.
fetch_source qrencode "qrencode/$imgui_suite" "$deps_dir/qrencode" "$imgui_suite"
fetch_source fribidi "fribidi/$bookworm_suite" "$deps_dir/fribidi" "$bookworm_suite"

# [SECTION] 3. npm packages for browser tooling (pinned by package-lock.json) ----
if [[ ! -f $repo_root/node_modules/.package-lock.json ]] \
   || [[ $repo_root/package-lock.json -nt $repo_root/node_modules/.package-lock.json ]]; then
    log "installing npm packages (package-lock.json)"
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "dependencies present"
