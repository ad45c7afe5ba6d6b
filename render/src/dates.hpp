#pragma once
// Dates as people write them, in a few languages: civil dates from seconds, labels for each
// grain ("2018", "Mar 2021", "Tue 23 Mar"), gap lengths ("3 years").
#include <chronicle/when.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace chronicle::render {

struct LocaleNames {
    std::string_view code;
    std::array<std::string_view, 12> months;
    std::array<std::string_view, 12> months_short;
    std::array<std::string_view, 7> weekdays;  // Monday first
    std::array<std::string_view, 7> weekdays_short;
    // Patterns with {wd} {WD} (short/full weekday), {d}, {mon} {MON} (short/full month), {y}.
    std::string_view day_full;     // "Monday 22 March 2021"
    std::string_view day_medium;   // "Tue 23 Mar 2021"
    std::string_view day_short;    // "Tue 23 Mar"
    std::string_view month_full;   // "March 2021"
    std::string_view month_short;  // "Mar 2021"
    std::string_view day_range;    // "22–24 Mar 2021": {d1} {d2} within one month
    std::string_view bc;           // "{y} BC"
    std::string_view decade;       // "{y}s"
    std::array<std::string_view, 4> seasons;  // spring summer autumn winter
    std::array<std::string_view, 6> parts_of_day;  // MO MI AF EV NI DT
    // Units for gap lengths, singular and plural: year month week day hour minute.
    std::array<std::array<std::string_view, 2>, 6> units;
    std::string_view week;         // "week {n}, {y}"
    std::string_view article;      // marks the article date on the axis
    std::string_view events_word;  // "events" in counts' tooltips
    std::string_view no_events;    // shown instead of an empty axis
    // Years of the era below 1000, written so that they are not read as counts: "AD 800".
    std::string_view ad;
};

// The table entry for a locale code ("en", "fr-FR", "de_DE.UTF-8"), or nullptr when the table
// has no such language.
const LocaleNames* find_locale(std::string_view code);
// The same, English when unknown (the options check refuses unknown codes before layout).
const LocaleNames& locale_names(std::string_view code);
// The table's language codes, "en, fr, ..." (for error messages and help).
std::string locale_codes();

struct Civil {
    int year = 1970;  // astronomical: 0 is 1 BC
    unsigned month = 1, day = 1;
    unsigned weekday = 0;  // 0 Monday .. 6 Sunday
    int hour = 0, minute = 0, second = 0;
};

Civil civil_from_seconds(std::int64_t seconds);
std::int64_t seconds_from_civil(int year, unsigned month, unsigned day);

std::string format_year(int year, const LocaleNames& names);
std::string format_day(const Civil& c, std::string_view pattern, const LocaleNames& names);
std::string format_clock(const Civil& c);  // "14:30"
// Two days of one month: "22–24 Mar 2021".
std::string format_day_range(const Civil& a, const Civil& b, const LocaleNames& names);

// How a date of a given grain is written in labels: "2018", "March 2021", "Tue 23 Mar 2021",
// "Tue 23 Mar 2021, 14:30", "Q1 2021".
std::string format_when(const When& when, const LocaleNames& names);

// How long a gap is, rounded to its largest sensible unit: "3 years", "5 months".
std::string format_gap(std::int64_t seconds, const LocaleNames& names);

}  // namespace chronicle::render
