// The expressions' JSON (chronicle/timex_json.hpp) and the streaming atomic writer
// (OutputFile): the bytes `chronicle extract` prints, written out by hand here.
#include <chronicle/error.hpp>
#include <chronicle/text.hpp>
#include <chronicle/timex_json.hpp>

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace chronicle;

namespace {

std::string json_string(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

// "Talks resume on Monday." with "Monday" at bytes 16..22, dated 2021-03-22.
const std::string kText = "Talks resume on Monday.";

Timex monday() {
    Timex t;
    t.begin = 16;
    t.end = 22;
    t.text = "Monday";
    t.type = TimexType::Date;
    t.value = "2021-03-22";
    t.sentence_begin = 0;
    t.sentence_end = 23;
    t.rule = "weekday";
    t.anchor = "article date 2021-03-23";
    t.tense = "";
    return t;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("JSON strings escape quotes, backslashes and control characters only") {
    CHECK(json_string("plain") == "\"plain\"");
    CHECK(json_string("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(json_string("a\\b") == "\"a\\\\b\"");
    CHECK(json_string("t\tn\nr\rb\bf\f") == "\"t\\tn\\nr\\rb\\bf\\f\"");
    CHECK(json_string("\x01\x1f") == "\"\\u0001\\u001f\"");
    // Non-ASCII text and DEL go through as they are (the output is UTF-8, like the input).
    CHECK(json_string("Wilm\xC3\xA8s \x7f") == "\"Wilm\xC3\xA8s \x7f\"");
    CHECK(json_string("") == "\"\"");
}

TEST_CASE("one expression on one line, as extract --format jsonl prints it") {
    const std::string line = timexes_jsonl({monday()}, kText, false);
    CHECK(line ==
          "{\"begin\":16,\"end\":22,\"text\":\"Monday\",\"type\":\"DATE\",\"value\":\"2021-03-22\","
          "\"sentence\":{\"begin\":0,\"end\":23,\"text\":\"Talks resume on Monday.\"}}\n");
    Timex set = monday();
    set.type = TimexType::Set;
    set.value = "XXXX-WXX-1";
    set.quant = "EVERY";
    const std::string with_explain = timexes_jsonl({set}, kText, true);
    CHECK(with_explain ==
          "{\"begin\":16,\"end\":22,\"text\":\"Monday\",\"type\":\"SET\",\"value\":\"XXXX-WXX-1\",\"quant\":\"EVERY\","
          "\"sentence\":{\"begin\":0,\"end\":23,\"text\":\"Talks resume on Monday.\"},"
          "\"explain\":{\"rule\":\"weekday\",\"anchor\":\"article date 2021-03-23\",\"tense\":\"\"}}\n");
    CHECK(timexes_jsonl({}, kText, false).empty());
}

TEST_CASE("the extract document, pretty-printed two spaces a level") {
    CHECK(timexes_json("a.txt", "2021-03-23", {}, kText, false) ==
          "{\n  \"file\": \"a.txt\",\n  \"date\": \"2021-03-23\",\n  \"expressions\": []\n}\n");
    const std::string expected =
        "{\n"
        "  \"file\": \"a.txt\",\n"
        "  \"date\": \"2021-03-23\",\n"
        "  \"expressions\": [\n"
        "    {\n"
        "      \"begin\": 16,\n"
        "      \"end\": 22,\n"
        "      \"text\": \"Monday\",\n"
        "      \"type\": \"DATE\",\n"
        "      \"value\": \"2021-03-22\",\n"
        "      \"sentence\": {\n"
        "        \"begin\": 0,\n"
        "        \"end\": 23,\n"
        "        \"text\": \"Talks resume on Monday.\"\n"
        "      }\n"
        "    },\n"
        "    {\n"
        "      \"begin\": 16,\n"
        "      \"end\": 22,\n"
        "      \"text\": \"Monday\",\n"
        "      \"type\": \"DATE\",\n"
        "      \"value\": \"2021-03-22\",\n"
        "      \"sentence\": {\n"
        "        \"begin\": 0,\n"
        "        \"end\": 23,\n"
        "        \"text\": \"Talks resume on Monday.\"\n"
        "      }\n"
        "    }\n"
        "  ]\n"
        "}\n";
    CHECK(timexes_json("a.txt", "2021-03-23", {monday(), monday()}, kText, false) == expected);
}

TEST_CASE("the streaming writer gives the same bytes however the output is cut") {
    TimexJsonWriter writer(TimexJsonLayout::Document, kText, true);
    std::string out;
    std::string piece;
    writer.begin(piece, "a.txt", "2021-03-23");
    out += piece;
    for (int i = 0; i < 3; ++i) {
        piece.clear();
        writer.add(piece, monday());
        out += piece;
    }
    piece.clear();
    writer.finish(piece);
    out += piece;
    CHECK(out == timexes_json("a.txt", "2021-03-23", {monday(), monday(), monday()}, kText, true));
}

TEST_CASE("OutputFile shows the file only once it is complete") {
    const fs::path dir = fs::temp_directory_path() / ("chronicle-test-outfile-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path target = dir / "out.json";
    {
        OutputFile file(target);
        file.write("part one, ");
        CHECK_FALSE(fs::exists(target));  // still the temporary beside it
        file.write("part two");
        file.commit();
    }
    CHECK(slurp(target) == "part one, part two");
    {
        OutputFile file(dir / "abandoned.json");
        file.write("half");
    }  // destroyed without commit: an error on the way
    CHECK_FALSE(fs::exists(dir / "abandoned.json"));
    std::size_t leftovers = 0;
    for (const auto& entry : fs::directory_iterator(dir)) leftovers += entry.path().filename() != "out.json";
    CHECK(leftovers == 0);
    CHECK(test::error_of([&] { OutputFile file(dir / "missing" / "x.json"); }).rfind(
              (dir / "missing" / "x.json").string() + ": cannot write file:", 0) == 0);
    fs::remove_all(dir);
}

TEST_CASE("OutputFile keeps every byte of an output that spans many write-back steps") {
    // Pieces of uneven sizes, 20 MB in all, so that write-back starts several times, at
    // offsets that fall inside pieces; the file must hold exactly what was written, in order.
    const fs::path dir = fs::temp_directory_path() / ("chronicle-test-outbig-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path target = dir / "big.jsonl";
    std::string expected;
    {
        OutputFile file(target);
        std::size_t n = 0;
        while (expected.size() < (20u << 20)) {
            std::string piece(1000 + (n * 7919) % 300000, static_cast<char>('a' + n % 26));
            piece += '\n';
            file.write(piece);
            expected += piece;
            ++n;
        }
        CHECK_FALSE(fs::exists(target));
        file.commit();
    }
    CHECK(fs::file_size(target) == expected.size());
    CHECK(slurp(target) == expected);
    fs::remove_all(dir);
}

TEST_CASE("a large article is read whole (the one-read path for files of known size)") {
    const fs::path dir = fs::temp_directory_path() / ("chronicle-test-bigread-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string text;
    while (text.size() < (3u << 20)) text += "Talks resume on Monday, March 22, 2021, in Brussels. ";
    {
        std::ofstream(dir / "big.txt", std::ios::binary) << text;
    }
    CHECK(read_text_file(dir / "big.txt") == text);
    {
        std::ofstream(dir / "bom.txt", std::ios::binary) << "\xEF\xBB\xBF" << text;
    }
    CHECK(read_text_file(dir / "bom.txt") == text);
    fs::remove_all(dir);
}
