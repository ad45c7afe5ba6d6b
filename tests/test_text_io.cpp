// Reading and writing files, UTF-8 validation, ISO dates.
#include <chronicle/calendar.hpp>
#include <chronicle/error.hpp>
#include <chronicle/text.hpp>

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace chronicle;

namespace {
fs::path temp_dir() {
    fs::path dir = fs::temp_directory_path() / ("chronicle-test-text-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}
void write_raw(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}
}  // namespace

TEST_CASE("UTF-8 validation finds the first bad byte") {
    CHECK_FALSE(find_invalid_utf8("plain ASCII"));
    CHECK_FALSE(find_invalid_utf8("no\xC2\xA0" "break \xE2\x80\xAF narrow \xE2\x80\x9Cquotes\xE2\x80\x9D \xF0\x9F\x93\x85"));
    CHECK(find_invalid_utf8("ab\xFF") == 2u);
    CHECK(find_invalid_utf8("\xC0\xAF") == 0u);          // overlong '/'
    CHECK(find_invalid_utf8("x\xE0\x80\xAF") == 1u);      // overlong 3-byte
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);       // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);   // above U+10FFFF
    CHECK(find_invalid_utf8("abc\xE2\x80") == 3u);        // truncated
    CHECK(find_invalid_utf8("\x80") == 0u);               // lone continuation
}

TEST_CASE("read_text_file names the file and the problem") {
    const fs::path dir = temp_dir();
    const auto error_of = [](const fs::path& path) { return test::error_of([&] { (void)read_text_file(path); }); };
    CHECK(error_of(dir / "missing.txt") == (dir / "missing.txt").string() + ": no such file");
    CHECK(error_of(dir).find("is a directory") != std::string::npos);

    write_raw(dir / "binary.txt", std::string("PK\x03\x04\0\0data", 10));
    CHECK(error_of(dir / "binary.txt").find("binary file") != std::string::npos);

    write_raw(dir / "latin1.txt", "Caf\xE9 opened on March 3.");
    const std::string latin1 = error_of(dir / "latin1.txt");
    CHECK(latin1.find("latin1.txt") != std::string::npos);
    CHECK(latin1.find("invalid UTF-8 at byte 3") != std::string::npos);

    write_raw(dir / "bom.txt", "\xEF\xBB\xBFHello");
    CHECK(read_text_file(dir / "bom.txt") == "Hello");
    fs::remove_all(dir);
}

namespace {
// `ascii` in UTF-16 or UTF-32, little- or big-endian, with the byte order mark or without.
std::string wide(const std::string& ascii, int width, bool big_endian, bool bom) {
    std::string out;
    auto unit = [&](unsigned value) {
        for (int i = 0; i < width; ++i) {
            const int shift = 8 * (big_endian ? width - 1 - i : i);
            out += static_cast<char>((value >> shift) & 0xFF);
        }
    };
    if (bom) unit(0xFEFF);
    for (char c : ascii) unit(static_cast<unsigned char>(c));
    return out;
}
}  // namespace

TEST_CASE("UTF-16 and UTF-32 files are named as such, not called binary") {
    const fs::path dir = temp_dir();
    const auto error_of = [](const fs::path& path) { return test::error_of([&] { (void)read_text_file(path); }); };
    const std::string text = "The summit opened on March 23, 2021, in Brussels.\n";
    for (int width : {2, 4}) {
        for (bool big_endian : {false, true}) {
            for (bool bom : {false, true}) {
                CAPTURE(width);
                CAPTURE(big_endian);
                CAPTURE(bom);
                write_raw(dir / "wide.txt", wide(text, width, big_endian, bom));
                const std::string expected = width == 2 ? ": UTF-16 text: convert it to UTF-8" : ": UTF-32 text: convert it to UTF-8";
                CHECK(error_of(dir / "wide.txt").find((dir / "wide.txt").string() + expected) == 0);
            }
        }
    }
    // A NUL byte now and then is still binary, and UTF-8 is still read.
    write_raw(dir / "nul.txt", std::string("a\0bcdefgh\0ijklmnop", 19));
    CHECK(error_of(dir / "nul.txt").find("binary file") != std::string::npos);
    write_raw(dir / "plain.txt", text);
    CHECK(read_text_file(dir / "plain.txt") == text);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically leaves the whole file or nothing") {
    const fs::path dir = temp_dir();
    write_file_atomically(dir / "out.txt", "first");
    write_file_atomically(dir / "out.txt", "second");
    CHECK(read_text_file(dir / "out.txt") == "second");
    CHECK_THROWS_AS(write_file_atomically(dir / "no-such-dir" / "out.txt", "x"), Error);
    CHECK_FALSE(fs::exists(dir / "no-such-dir"));
    int files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
    CHECK(files == 1);  // no temporary left behind
    fs::remove_all(dir);
}

TEST_CASE("ISO dates must be real calendar days") {
    auto d = parse_iso_date("2024-02-29");
    REQUIRE(d);
    CHECK(format_iso_date(*d) == "2024-02-29");
    for (const char* bad : {"2023-02-29", "2021-13-01", "2021-00-10", "2021-3-23", "21-03-23",
                            "2021-03-23x", "March 23", "", "2021/03/23"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_iso_date(bad));
    }
}
