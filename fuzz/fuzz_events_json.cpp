// libFuzzer target for the events JSON reader: bad input must end in chronicle::Error and
// nothing else (any other exception escapes and libFuzzer reports it); an accepted document
// must survive a round trip through to_events_json (fuzz_support.hpp).
#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem =
        chronicle::fuzz::check_events_json(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_events_json: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
