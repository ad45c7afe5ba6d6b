// libFuzzer target for the tagger: the first 4 bytes choose the article date (fuzz_support.hpp),
// the rest is the article. Only valid UTF-8 reaches chronicle::extract in the product
// (read_text_file rejects the rest), so other inputs stop at the UTF-8 check. Every result
// must keep extract()'s contract; a broken rule aborts, which libFuzzer reports as a crash.
#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem =
        chronicle::fuzz::check_extract_input(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_extract: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
