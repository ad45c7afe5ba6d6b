// libFuzzer target for the ics events reader: bad input must end in chronicle::Error
// and nothing else; an accepted file must survive a round trip through its writer
// (fuzz_support.hpp).
#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem =
        chronicle::fuzz::check_events_ics(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_events_ics: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
