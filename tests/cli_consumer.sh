#!/usr/bin/env bash
# The installed package works for a consumer: install into a staging prefix, then configure,
# build and run examples/report against it with find_package(chronicle), and check the
# pkg-config file.  Arguments: CLI SOURCE_DIR BINARY_DIR
set -euo pipefail
src=$2 bin=$3
stage=$(mktemp -d) work=$(mktemp -d)
trap 'rm -rf "$stage" "$work"' EXIT
cmake --install "$bin" --prefix "$stage" >/dev/null
test -f "$stage/include/chronicle/extract.hpp"
test -f "$stage/include/chronicle/render/render.hpp"
test -f "$stage/lib/cmake/chronicle/chronicleConfig.cmake" || test -f "$stage"/lib/*/cmake/chronicle/chronicleConfig.cmake
test -x "$stage/bin/chronicle"
# A sanitized build tree installs sanitized static libraries: the consumer needs the flags too.
sanitize=$(sed -n 's/^CHRONICLE_SANITIZE:STRING=//p' "$bin/CMakeCache.txt")
flags=()
if [[ -n "$sanitize" ]]; then
  flags=(-DCMAKE_CXX_FLAGS="-fsanitize=$sanitize" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=$sanitize")
fi
cmake -S "$src/examples/report" -B "$work/build" -DCMAKE_PREFIX_PATH="$stage" \
  -DCMAKE_BUILD_TYPE=Release "${flags[@]}" >/dev/null
cmake --build "$work/build" >/dev/null
"$work/build/report" "$work/milestones.svg"
grep -q "<svg" "$work/milestones.svg"
grep -q "Atlantic ministers meet" "$work/milestones.svg"
"$work/build/report" "$work/milestones.png"
head -c 8 "$work/milestones.png" | od -An -tx1 | grep -q "89 50 4e 47"
pc=$(find "$stage" -name chronicle.pc | head -n 1)
PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --cflags --libs chronicle | grep -q -- "-lchronicle_core"
echo "consumer build against the installed package: ok"
