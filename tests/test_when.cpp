// TIMEX3 values as intervals (chronicle/when.hpp). Expected seconds are computed by hand
// from days since 1970-01-01: 2021-03-23 is day 18709 (18628 for 2021-01-01 + 81 days).
#include <chronicle/when.hpp>

#include <doctest/doctest.h>

using chronicle::Grain;
using chronicle::parse_when;

namespace {
constexpr std::int64_t day = 86400;
constexpr std::int64_t d2021_01_01 = 18628 * day;
constexpr std::int64_t d2021_03_23 = 18709 * day;
}  // namespace

TEST_CASE("a day covers 24 hours") {
    auto w = parse_when("2021-03-23");
    REQUIRE(w);
    CHECK(w->grain == Grain::Day);
    CHECK(w->begin == d2021_03_23);
    CHECK(w->end == d2021_03_23 + day);
}

TEST_CASE("coarse values cover their whole stretch") {
    auto year = parse_when("2021");
    REQUIRE(year);
    CHECK(year->grain == Grain::Year);
    CHECK(year->begin == d2021_01_01);
    CHECK(year->end == d2021_01_01 + 365 * day);

    auto month = parse_when("2021-02");
    REQUIRE(month);
    CHECK(month->grain == Grain::Month);
    CHECK(month->begin == d2021_01_01 + 31 * day);
    CHECK(month->end == d2021_01_01 + 59 * day);  // 2021 is not a leap year

    auto leap_feb = parse_when("2020-02");
    REQUIRE(leap_feb);
    CHECK(leap_feb->end - leap_feb->begin == 29 * day);

    auto decade = parse_when("199");
    REQUIRE(decade);
    CHECK(decade->grain == Grain::Decade);
    CHECK(decade->begin == 7305 * day);  // 1990-01-01
    auto century = parse_when("19");
    REQUIRE(century);
    CHECK(century->grain == Grain::Century);
    CHECK(century->end == 10957 * day);  // 2000-01-01
}

TEST_CASE("quarters, halves, seasons and ISO weeks") {
    auto q1 = parse_when("2021-Q1");
    REQUIRE(q1);
    CHECK(q1->grain == Grain::Quarter);
    CHECK(q1->begin == d2021_01_01);
    CHECK(q1->end == d2021_01_01 + 90 * day);  // Jan 31 + Feb 28 + Mar 31
    auto h2 = parse_when("2021-H2");
    REQUIRE(h2);
    CHECK(h2->begin == d2021_01_01 + 181 * day);  // July 1
    auto summer = parse_when("2021-SU");
    REQUIRE(summer);
    CHECK(summer->grain == Grain::Season);
    CHECK(summer->begin == d2021_01_01 + 151 * day);  // June 1
    // ISO week 12 of 2021 runs Monday 22 March to Sunday 28 March.
    auto week = parse_when("2021-W12");
    REQUIRE(week);
    CHECK(week->grain == Grain::Week);
    CHECK(week->begin == d2021_03_23 - day);
    CHECK(week->end == d2021_03_23 + 6 * day);
}

TEST_CASE("times and parts of the day") {
    auto t = parse_when("2021-03-23T14:30");
    REQUIRE(t);
    CHECK(t->grain == Grain::Minute);
    CHECK(t->begin == d2021_03_23 + 14 * 3600 + 30 * 60);
    auto morning = parse_when("2021-03-23TMO");
    REQUIRE(morning);
    CHECK(morning->grain == Grain::PartOfDay);
    CHECK(morning->begin < morning->end);
    CHECK(morning->begin >= d2021_03_23);
    CHECK(morning->end <= d2021_03_23 + day);
}

TEST_CASE("years before the common era and far futures") {
    auto caesar = parse_when("BC0044");
    REQUIRE(caesar);
    CHECK(caesar->grain == Grain::Year);
    auto ad1 = parse_when("0001");
    REQUIRE(ad1);
    CHECK(caesar->end < ad1->begin);
    CHECK(caesar->end - caesar->begin == 365 * day);  // astronomical year -43: not divisible by 4
    auto far = parse_when("9999-12-31");
    REQUIRE(far);
    CHECK(far->begin > ad1->begin);
}

TEST_CASE("values that name no definite stretch are refused") {
    for (const char* bad : {"", "PAST_REF", "PRESENT_REF", "XXXX-05-01", "P2D", "2021-13",
                            "2021-02-30", "2021-3-23", "2021-03-23T25:00", "2021-Q5", "2021-W54",
                            "BC", "20211", "2021-03-23T14:30Z", "21-03-23", "2021/03/23"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_when(bad));
    }
}
