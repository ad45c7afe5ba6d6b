// libFuzzer target for the TimeML reader and writer, as `chronicle timeml` uses them on one
// document: read, tag, write, read again (fuzz_support.hpp). Bad input must end in
// chronicle::Error; the written document must give back the same plain text.
#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem =
        chronicle::fuzz::check_timeml(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_timeml: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
