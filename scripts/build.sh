#!/usr/bin/env bash
# Installs what is missing, configures and builds Chronicle into build/ (or $BUILD_DIR).
# Extra arguments go to cmake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
build=${BUILD_DIR:-$root/build}
werror=OFF
if [[ "${CI:-}" == "true" ]]; then werror=ON; fi
cmake -S "$root" -B "$build" -DCHRONICLE_WERROR=$werror "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
