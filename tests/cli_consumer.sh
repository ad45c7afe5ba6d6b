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

# pkg-config: the file names the prefix it was installed into, and its flags build and link a
# program that tags, writes iCalendar (libical) and draws, linked against the system's shared
# libraries (the usual link) and with --static's flags.
pc=$(find "$stage" -name chronicle.pc | head -n 1)
grep -qx "prefix=$stage" "$pc" || { echo "chronicle.pc does not name the install prefix $stage:"; cat "$pc"; exit 1; }
cat >"$work/consumer.cpp" <<'CPP'
#include <chronicle/chronicle.hpp>
#include <chronicle/events_ical.hpp>
#include <chronicle/render/render.hpp>
#include <cstdio>
int main() {
    const std::string text = "The ministers met in Brussels on March 23, 2021. They meet again on June 14, 2021.";
    const chronicle::Date date = *chronicle::parse_iso_date("2021-03-24");
    const auto timexes = chronicle::extract(text, date);
    const chronicle::EventSet events = chronicle::build_events(text, date, timexes);
    const std::string ics = chronicle::to_ics(events);
    const std::string svg = chronicle::render::render(events, {}, chronicle::render::Format::Svg, nullptr);
    std::printf("%zu %zu %s %d %d\n", timexes.size(), events.events.size(), timexes.at(0).value.c_str(),
                ics.find("BEGIN:VCALENDAR") == 0, svg.find("<svg") != std::string::npos);
}
CPP
export PKG_CONFIG_PATH=$(dirname "$pc")
for mode in shared static; do
  static=()
  [[ $mode == static ]] && static=(--static)
  # shellcheck disable=SC2046
  c++ -std=c++20 $(pkg-config "${static[@]}" --cflags chronicle) "${flags[@]/#-DCMAKE_*FLAGS=/}" \
    "$work/consumer.cpp" -o "$work/consumer-$mode" $(pkg-config "${static[@]}" --libs chronicle)
  out=$("$work/consumer-$mode")
  [[ $out == "2 2 2021-03-23 1 1" ]] || { echo "pkg-config consumer ($mode): printed '$out'"; exit 1; }
done
echo "consumer build against the installed package: ok"
