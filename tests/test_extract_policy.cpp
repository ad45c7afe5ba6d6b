// Resolution policy of chronicle::extract: bare weekdays, year-less dates and relative
// units under edge article dates (a Sunday, a Saturday, Jan 1, Dec 31, Feb 29), anaphora,
// false alarms. Every expected value was worked out by hand with a calendar:
//   2021-03-21 Sunday, 2021-03-20 Saturday, 2021-01-01 Friday (ISO week 2020-W53),
//   2020-12-31 Thursday, 2020-02-29 Saturday, 2021-03-23 Tuesday (2021-W12).
#include <chronicle/calendar.hpp>
#include <chronicle/extract.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

chronicle::Date day(const char* iso) { return *chronicle::parse_iso_date(iso); }

// "text=TYPE:value" of every expression, in order.
std::vector<std::string> tags(const std::string& text, const char* dct) {
    std::vector<std::string> out;
    for (const auto& t : chronicle::extract(text, day(dct)))
        out.push_back(t.text + "=" + std::string(chronicle::to_string(t.type)) + ":" + t.value);
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("weekday policy on a Sunday") {
    CHECK(tags("The minister said Monday that talks would go on.", "2021-03-21") == V{"Monday=DATE:2021-03-15"});
    CHECK(tags("The ministers will meet Friday in Rome.", "2021-03-21") == V{"Friday=DATE:2021-03-26"});
    CHECK(tags("Voters went to the polls Sunday.", "2021-03-21") == V{"Sunday=DATE:2021-03-21"});
    CHECK(tags("The ministers will meet Sunday in Rome.", "2021-03-21") == V{"Sunday=DATE:2021-03-21"});
}

TEST_CASE("weekday policy on a Saturday") {
    CHECK(tags("Police said Friday that two men were arrested.", "2021-03-20") == V{"Friday=DATE:2021-03-19"});
    CHECK(tags("The court will rule Monday.", "2021-03-20") == V{"Monday=DATE:2021-03-22"});
    CHECK(tags("Thousands marched Saturday in the capital.", "2021-03-20") == V{"Saturday=DATE:2021-03-20"});
    // "last Friday" is the latest Friday strictly before the article date.
    CHECK(tags("Officials said last Friday that the plant was safe.", "2021-03-20") ==
          V{"last Friday=DATE:2021-03-19"});
    CHECK(tags("Officials said last Saturday that the plant was safe.", "2021-03-20") ==
          V{"last Saturday=DATE:2021-03-13"});
    CHECK(tags("The summit opens next Monday.", "2021-03-20") == V{"next Monday=DATE:2021-03-22"});
}

TEST_CASE("weekday and relative units across New Year") {
    CHECK(tags("The mayor said Thursday that the curfew ended.", "2021-01-01") == V{"Thursday=DATE:2020-12-31"});
    CHECK(tags("Schools will reopen Monday.", "2021-01-01") == V{"Monday=DATE:2021-01-04"});
    CHECK(tags("Revelers gathered Friday.", "2021-01-01") == V{"Friday=DATE:2021-01-01"});
    CHECK(tags("Sales fell last year and last month.", "2021-01-01") ==
          V{"last year=DATE:2020", "last month=DATE:2020-12"});
    CHECK(tags("The vote takes place this week.", "2021-01-01") == V{"this week=DATE:2020-W53"});
    CHECK(tags("The fire started yesterday.", "2021-01-01") == V{"yesterday=DATE:2020-12-31"});
    CHECK(tags("The album was released Dec. 30.", "2021-01-01") == V{"Dec. 30=DATE:2020-12-30"});
}

TEST_CASE("weekday and relative units on Dec 31") {
    CHECK(tags("The bank will announce its decision Monday.", "2020-12-31") == V{"Monday=DATE:2021-01-04"});
    CHECK(tags("The law takes effect tomorrow.", "2020-12-31") == V{"tomorrow=DATE:2021-01-01"});
    CHECK(tags("Growth should return next year, next month or next week.", "2020-12-31") ==
          V{"next year=DATE:2021", "next month=DATE:2021-01", "next week=DATE:2021-W01"});
    CHECK(tags("The runoff will be held Jan. 5.", "2020-12-31") == V{"Jan. 5=DATE:2021-01-05"});
}

TEST_CASE("a leap day as the article date") {
    CHECK(tags("The fire started yesterday and will be out tomorrow.", "2020-02-29") ==
          V{"yesterday=DATE:2020-02-28", "tomorrow=DATE:2020-03-01"});
    CHECK(tags("Prices rose last month.", "2020-02-29") == V{"last month=DATE:2020-01"});
    CHECK(tags("The rally was held Friday.", "2020-02-29") == V{"Friday=DATE:2020-02-28"});
    CHECK(tags("The council will vote Monday.", "2020-02-29") == V{"Monday=DATE:2020-03-02"});
    CHECK(tags("The store opened two years ago.", "2020-02-29") == V{"two years ago=DATE:2018"});
}

TEST_CASE("constructions that point ahead make a weekday future") {
    // Article date 2021-03-23, a Tuesday.
    CHECK(tags("The envoy arrives as soon as Thursday.", "2021-03-23") == V{"Thursday=DATE:2021-03-25"});
    CHECK(tags("The minister planned to leave on Friday.", "2021-03-23") == V{"Friday=DATE:2021-03-26"});
    CHECK(tags("Trading is to resume Monday.", "2021-03-23") == V{"Monday=DATE:2021-03-29"});
    CHECK(tags("The vote was postponed until Thursday.", "2021-03-23") == V{"Thursday=DATE:2021-03-25"});
    CHECK(tags("Until Thursday, officials had said nothing.", "2021-03-23") == V{"Thursday=DATE:2021-03-18"});
    CHECK(tags("The company did not plan to close the plant on Friday.", "2021-03-23") ==
          V{"Friday=DATE:2021-03-26"});
    // A movement, not an intention: the past Saturday.
    CHECK(tags("Voters went to the polls Saturday.", "2021-03-23") == V{"Saturday=DATE:2021-03-20"});
}

TEST_CASE("dates without a year follow the tense of their clause") {
    CHECK(tags("The deadline is May 1.", "2021-03-23") == V{"May 1=DATE:2021-05-01"});
    CHECK(tags("Officials met on Dec. 14 to discuss it.", "2021-03-23") == V{"Dec. 14=DATE:2020-12-14"});
    CHECK(tags("The talks will resume Jan. 10.", "2021-03-23") == V{"Jan. 10=DATE:2022-01-10"});
    CHECK(tags("The results were announced in December.", "2021-03-23") == V{"December=DATE:2020-12"});
    // No tense: the nearest occurrence (August 2021 is 5 months ahead, August 2020 7 back).
    CHECK(tags("The summit is in August.", "2021-03-23") == V{"August=DATE:2021-08"});
    CHECK(tags("The summit is in October.", "2021-03-23") == V{"October=DATE:2020-10"});
    // A weekday next to the date picks the year in which they agree.
    CHECK(tags("Tuesday, March 23 was sunny.", "2022-01-10") == V{"Tuesday, March 23=DATE:2021-03-23"});
}

TEST_CASE("anaphora count from the last mentioned time") {
    CHECK(tags("The accord was signed on June 4, 2019. Two weeks later, the rebels withdrew.", "2021-03-23") ==
          V{"June 4, 2019=DATE:2019-06-04", "Two weeks later=DATE:2019-W25"});
    CHECK(tags("The strike began on Oct. 3, 2019. The following day, schools closed. That month, "
               "prices rose.",
               "2021-03-23") ==
          V{"Oct. 3, 2019=DATE:2019-10-03", "The following day=DATE:2019-10-04", "That month=DATE:2019-10"});
    // With nothing mentioned before, the article date is the anchor.
    CHECK(tags("The next day, the envoy left.", "2021-03-23") == V{"The next day=DATE:2021-03-24"});
}

TEST_CASE("explanations name the rule, the anchor and the tense cue") {
    const auto found = chronicle::extract("The minister said Monday that talks would go on.", day("2021-03-21"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "weekday");
    CHECK(found[0].anchor == "article date 2021-03-21");
    CHECK(found[0].tense == "past: said");
    CHECK(found[0].sentence_begin == 0);
    CHECK(found[0].sentence_end == 48);
}

TEST_CASE("a clock time takes its day from a weekday just after it, else from the last mention") {
    // Article date 1998-08-08, a Saturday: the Friday before is 1998-08-07.
    CHECK(tags("The blast occurred at 10:35 a.m. (0735 GMT) Friday, officials said.", "1998-08-08") ==
          V{"10:35 a.m.=TIME:1998-08-07T10:35", "Friday=DATE:1998-08-07"});
    CHECK(tags("The bomb went off on Aug. 7, 1998. Rescuers arrived at 2 p.m.", "1998-08-20") ==
          V{"Aug. 7, 1998=DATE:1998-08-07", "2 p.m.=TIME:1998-08-07T14:00"});
}

TEST_CASE("a range of amounts is one duration valued by its first amount") {
    CHECK(tags("The chips will ship in two to three weeks.", "2021-03-23") == V{"two to three weeks=DURATION:P2W"});
}

TEST_CASE("holidays and decades said in words") {
    // Nov. 1, 2020 is a Sunday: the first Monday is Nov. 2, so Election Day is Nov. 3.
    CHECK(tags("Polls open on Election Day.", "2020-06-01") == V{"Election Day=DATE:2020-11-03"});
    // Easter 2021 is April 4, so Good Friday is April 2.
    CHECK(tags("Markets close on Good Friday.", "2021-03-23") == V{"Good Friday=DATE:2021-04-02"});
    CHECK(tags("Crime fell through the nineties.", "2021-03-23") == V{"the nineties=DATE:199"});
}

TEST_CASE("a long text is tagged like its paragraphs, offsets and anaphora included") {
    // Well over the size at which the tagger cuts a text into pieces.
    const std::string paragraph = "The accord was signed on June 4, 2019. The following day, rebels withdrew.\n\n";
    std::string text;
    const std::size_t copies = 10000;
    for (std::size_t i = 0; i < copies; ++i) text += paragraph;
    const auto found = chronicle::extract(text, day("2021-03-23"));
    REQUIRE(found.size() == 2 * copies);
    for (std::size_t i = 0; i < found.size(); i += 2) {
        CHECK(found[i].value == "2019-06-04");
        CHECK(found[i + 1].value == "2019-06-05");
    }
    CHECK(found.back().begin == text.rfind("The following day"));
    CHECK(found.back().text == "The following day");
    CHECK(found.back().sentence_begin == text.rfind("The following day"));
}

TEST_CASE("a long text without paragraph breaks is cut between sentences, never inside a date") {
    const std::string sentence = "Talks resumed on Feb. 15, 2021 in Brussels. ";
    std::string text;
    const std::size_t copies = 20000;
    for (std::size_t i = 0; i < copies; ++i) text += sentence;
    const auto found = chronicle::extract(text, day("2021-03-23"));
    REQUIRE(found.size() == copies);
    for (const auto& t : found) CHECK(t.text == "Feb. 15, 2021");
}

TEST_CASE("false alarms give nothing") {
    CHECK(tags("The fund paid $2,018 in fees.", "2021-03-23").empty());
    CHECK(tags("The convoy drove 2000 kilometers.", "2021-03-23").empty());
    CHECK(tags("The airline bought a Boeing 747 and two Airbus A380 jets.", "2021-03-23").empty());
    CHECK(tags("You may call 555-1998 for details.", "2021-03-23").empty());
    CHECK(tags("Protesters march through the city and may return.", "2021-03-23").empty());
    CHECK(tags("The home team won 3-2 after a 44-year-old striker scored.", "2021-03-23").empty());
    CHECK(tags("The report is on page 1998 of the record.", "2021-03-23").empty());
}
