#pragma once
// Calendar helpers shared by the extractor, the events format and the renderer.
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace chronicle {

using Date = date::year_month_day;

// Parses a strict ISO date "YYYY-MM-DD" (a real calendar day); nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);

// "2021-03-23"
std::string format_iso_date(Date d);

}  // namespace chronicle
