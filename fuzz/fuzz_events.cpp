// libFuzzer target for the events builder: the first 4 bytes choose the article date
// (fuzz_support.hpp), the rest is the article, tagged once and built into events. Every
// event must keep build_events()'s contract (events_contract_violation); a broken rule
// aborts, which libFuzzer reports as a crash. Seeds are news prose, where the label,
// clause and place rules do their work.
#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem =
        chronicle::fuzz::check_events_input(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_events: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
