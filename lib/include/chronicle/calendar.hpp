#pragma once
// Calendar helpers shared by the extractor, the events format and the renderer.
#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle {

using Date = date::year_month_day;

// Parses a strict ISO date "YYYY-MM-DD" (a real calendar day); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);

// "2021-03-23"
std::string format_iso_date(Date d);

// A moment, seconds since 1970-01-01T00:00 (proleptic Gregorian, as When counts), in civil
// fields. `year` is astronomical: 0 is 1 BC.
struct CivilTime {
    long long year = 1970;
    unsigned month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
};
CivilTime civil_time(std::int64_t seconds);

}  // namespace chronicle
