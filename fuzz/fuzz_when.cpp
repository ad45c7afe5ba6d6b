// libFuzzer target for parse_when, the TIMEX3 value reader behind the events formats and
// the renderer's time axis: arbitrary bytes as a value; an accepted value must name a
// non-empty stretch of time (fuzz_support.hpp). Leap days, week 53, BC years and the
// ends of the calendar are where the arithmetic can overflow.
#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem =
        chronicle::fuzz::check_when(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_when: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
