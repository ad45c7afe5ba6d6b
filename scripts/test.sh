#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite through ctest.
#   scripts/test.sh             the release build in build/
#   scripts/test.sh --sanitize  the same suite under AddressSanitizer and UBSan in build-asan/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ "${1:-}" == "--sanitize" ]]; then
  export BUILD_DIR="$root/build-asan"
  "$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=Debug -DCHRONICLE_SANITIZE=address,undefined
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS=suppressions=$root/scripts/lsan.supp:print_suppressions=0
else
  export BUILD_DIR="$root/build"
  "$root/scripts/build.sh"
fi
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
