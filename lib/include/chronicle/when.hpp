#pragma once
// TIMEX3 date/time values as intervals on a time line: "2018" covers the whole year,
// "2021-03-23T14:30" one minute, "2021-Q1" a quarter, "BC0044" the year 44 BC.
// Used to validate the events format and by the renderer to place events.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle {

enum class Grain {
    Millennium, Century, Decade, Year, Half, Quarter, Season, Month, Week, Day,
    PartOfDay, Hour, Minute, Second
};

std::string_view to_string(Grain grain);  // "year", "month", "day"...

struct When {
    std::string value;       // the TIMEX3 value as given
    Grain grain = Grain::Day;
    std::int64_t begin = 0;  // seconds since 1970-01-01T00:00, proleptic Gregorian, inclusive
    std::int64_t end = 0;    // exclusive; end > begin
};

// Parses a TIMEX3 DATE or TIME value that names a definite stretch of time:
// YYYY, YYY (decade), YY (century), YYYY-MM, YYYY-MM-DD, YYYY-Wnn, YYYY-Qn, YYYY-Hn,
// YYYY-SP|SU|FA|WI, YYYY-MM-DDThh[:mm[:ss]], YYYY-MM-DDTMO|AF|EV|NI|DT, and BCnnnn years.
// Returns nullopt for anything else (PAST_REF, XXXX-05-01, durations, malformed text).
std::optional<When> parse_when(std::string_view value);

}  // namespace chronicle
