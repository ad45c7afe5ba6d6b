// chronicle::append_utf8 (chronicle/text.hpp), shared by the TimeML entity decoder and the
// renderer's text cleaning: every encoded length, the boundaries between lengths, and the
// values that are not characters.
#include <chronicle/text.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

using namespace chronicle;

namespace {
std::string encoded(std::uint32_t code_point) {
    std::string out = "[";
    append_utf8(out, code_point);
    return out;
}
}  // namespace

TEST_CASE("append_utf8 writes 1 to 4 bytes and appends to what is there") {
    CHECK(encoded(0x41) == "[A");
    CHECK(encoded(0x00) == std::string("[\0", 2));  // NUL is one byte, as any ASCII
    CHECK(encoded(0x7F) == "[\x7F");
    CHECK(encoded(0x80) == "[\xC2\x80");             // the first two-byte value
    CHECK(encoded(0xE9) == "[\xC3\xA9");             // é
    CHECK(encoded(0x7FF) == "[\xDF\xBF");            // the last two-byte value
    CHECK(encoded(0x800) == "[\xE0\xA0\x80");        // the first three-byte value
    CHECK(encoded(0x20AC) == "[\xE2\x82\xAC");       // €
    CHECK(encoded(0xFFFD) == "[\xEF\xBF\xBD");
    CHECK(encoded(0x10000) == "[\xF0\x90\x80\x80");  // the first four-byte value
    CHECK(encoded(0x1F600) == "[\xF0\x9F\x98\x80");  // 😀
    CHECK(encoded(0x10FFFF) == "[\xF4\x8F\xBF\xBF"); // the last code point
}

TEST_CASE("append_utf8 writes U+FFFD for surrogates and values past U+10FFFF") {
    for (const std::uint32_t bad : {0xD800u, 0xDBFFu, 0xDC00u, 0xDFFFu, 0x110000u, 0xFFFFFFFFu}) {
        INFO(bad);
        CHECK(encoded(bad) == "[\xEF\xBF\xBD");
    }
    // Just outside the surrogate block, real characters.
    CHECK(encoded(0xD7FF) == "[\xED\x9F\xBF");
    CHECK(encoded(0xE000) == "[\xEE\x80\x80");
}

TEST_CASE("whatever append_utf8 writes is valid UTF-8") {
    std::string all;
    for (std::uint32_t cp = 1; cp <= 0x110100; cp += 0x7F) append_utf8(all, cp);
    CHECK_FALSE(find_invalid_utf8(all).has_value());
}
