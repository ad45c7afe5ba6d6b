#!/usr/bin/env bash
# Installs what is missing, configures and builds Chronicle into build/ (or $BUILD_DIR).
# Extra arguments go to cmake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build=${BUILD_DIR:-$root/build}
werror=OFF
if [[ "${CI:-}" == "true" ]]; then werror=ON; fi
# ccache, when the machine has it, makes rebuilds of unchanged sources (CI, several build
# folders of one checkout) cheap; the build is the same without it.
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -DCHRONICLE_WERROR=$werror "${launcher[@]}" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
