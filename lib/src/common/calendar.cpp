#include <chronicle/calendar.hpp>

#include <fmt/format.h>

namespace chronicle {

namespace {
// Value of exactly `count` ASCII digits at text[pos...], or -1.
int digits_at(std::string_view text, std::size_t pos, std::size_t count) {
    if (pos + count > text.size()) return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}
}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const int y = digits_at(text, 0, 4);
    const int m = digits_at(text, 5, 2);
    const int d = digits_at(text, 8, 2);
    if (y < 0 || m < 0 || d < 0) return std::nullopt;
    const Date date{date::year{y}, date::month{static_cast<unsigned>(m)},
                    date::day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string format_iso_date(Date d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                       static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

CivilTime civil_time(std::int64_t seconds) {
    const auto day = date::floor<date::days>(date::sys_seconds{std::chrono::seconds{seconds}});
    const date::year_month_day ymd{day};
    const std::int64_t in_day =
        seconds - std::chrono::duration_cast<std::chrono::seconds>(day.time_since_epoch()).count();
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
            static_cast<int>(in_day / 3600), static_cast<int>(in_day % 3600 / 60), static_cast<int>(in_day % 60)};
}

}  // namespace chronicle
