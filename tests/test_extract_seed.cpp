// A news article written for this test in the manner of the project's seed article (a
// diplomatic visit, photo captions, no-break spaces and curly quotes): exactly these 16
// expressions, with these types and values, and nothing else. Article date 2021-03-23, a
// Tuesday. Values worked out by hand.
#include <chronicle/calendar.hpp>
#include <chronicle/extract.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

// U+00A0 and U+202F (no-break spaces), U+201C/U+201D (quotes), U+2019 (apostrophe).
const std::string nbsp = "\xC2\xA0";
const std::string narrow_nbsp = "\xE2\x80\xAF";
const std::string lquo = "\xE2\x80\x9C";
const std::string rquo = "\xE2\x80\x9D";
const std::string apos = "\xE2\x80\x99";

std::string article() {
    return "Foreign ministers gather for talks at the alliance headquarters in Brussels, March" + nbsp +
           "23, 2021.\n\n"
           "The secretary said Tuesday that Washington wants to " + lquo +
           "renew its friendships, first and foremost in Europe," + rquo + " and promised a " + lquo +
           "steadfast" + rquo + " approach.\n\n"
           "He met reporters before the ministerial session that opens later in the day.\n\n"
           "FILE - The secretary general speaks in Brussels, Feb. 15," + narrow_nbsp + "2021.\n\n"
           "The war in Afghanistan dominates two days of meetings, as a May 1 deadline nears for the "
           "withdrawal agreed last year.\n\n"
           "The envoy arrived in Europe on March 22, 2021.\n\n"
           "FILE - Activists rally outside the consulate, March 22, 2021.\n\n"
           "The ministers will hold a second session Tuesday, the spokesman said.\n\n"
           "The sanctions were announced Monday. They target the generals behind last month" + apos +
           "s coup.\n\n"
           "The envoy said again Monday that the time is right to act once again.\n\n"
           "FILE - The two leaders talk to the press in Brussels, Jan. 8, 2020.\n\n"
           "The nuclear accord was signed in 2015 and abandoned by Washington in 2018.\n";
}

struct Expected {
    const char* text;
    const char* type;
    const char* value;
};

}  // namespace

TEST_CASE("the seed-like article gives exactly its 16 expressions") {
    const std::string text = article();
    const auto found = chronicle::extract(text, *chronicle::parse_iso_date("2021-03-23"));
    const std::vector<Expected> expected = {
        {"March\xC2\xA0" "23, 2021", "DATE", "2021-03-23"},
        {"Tuesday", "DATE", "2021-03-23"},
        {"later in the day", "DATE", "2021-03-23"},
        {"Feb. 15,\xE2\x80\xAF" "2021", "DATE", "2021-02-15"},
        {"two days", "DURATION", "P2D"},
        {"May 1", "DATE", "2021-05-01"},
        {"last year", "DATE", "2020"},
        {"March 22, 2021", "DATE", "2021-03-22"},
        {"March 22, 2021", "DATE", "2021-03-22"},
        {"Tuesday", "DATE", "2021-03-23"},
        {"Monday", "DATE", "2021-03-22"},
        {"last month", "DATE", "2021-02"},
        {"Monday", "DATE", "2021-03-22"},
        {"Jan. 8, 2020", "DATE", "2020-01-08"},
        {"2015", "DATE", "2015"},
        {"2018", "DATE", "2018"},
    };
    REQUIRE(found.size() == expected.size());
    std::size_t search_from = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(found[i].text == expected[i].text);
        CHECK(chronicle::to_string(found[i].type) == expected[i].type);
        CHECK(found[i].value == expected[i].value);
        // Byte offsets point at the expression in the input.
        const std::size_t at = text.find(expected[i].text, search_from);
        CHECK(found[i].begin == at);
        CHECK(found[i].end == at + std::string(expected[i].text).size());
        search_from = at + 1;
    }
}

TEST_CASE("the same article is tagged the same way twice") {
    const std::string text = article();
    const auto date = *chronicle::parse_iso_date("2021-03-23");
    const auto first = chronicle::extract(text, date);
    const auto second = chronicle::extract(text, date);
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].begin == second[i].begin);
        CHECK(first[i].value == second[i].value);
    }
}
