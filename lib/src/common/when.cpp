// TIMEX3 values → intervals. The grammar of values is small and fixed, so this is a
// hand-written scanner rather than a regex: it rejects anything it does not fully consume.
#include <chronicle/when.hpp>

#include <date/date.h>
#include <date/iso_week.h>

namespace chronicle {

std::string_view to_string(Grain grain) {
    switch (grain) {
        case Grain::Millennium: return "millennium";
        case Grain::Century: return "century";
        case Grain::Decade: return "decade";
        case Grain::Year: return "year";
        case Grain::Half: return "half";
        case Grain::Quarter: return "quarter";
        case Grain::Season: return "season";
        case Grain::Month: return "month";
        case Grain::Week: return "week";
        case Grain::Day: return "day";
        case Grain::PartOfDay: return "part of day";
        case Grain::Hour: return "hour";
        case Grain::Minute: return "minute";
        case Grain::Second: return "second";
    }
    return "day";
}

namespace {

constexpr std::int64_t seconds_per_day = 86400;

struct Cursor {
    std::string_view text;
    std::size_t pos = 0;

    bool done() const { return pos == text.size(); }
    bool eat(char c) {
        if (pos < text.size() && text[pos] == c) { ++pos; return true; }
        return false;
    }
    bool eat(std::string_view word) {
        if (text.substr(pos, word.size()) == word) { pos += word.size(); return true; }
        return false;
    }
    // Exactly `count` digits, or -1 (cursor unchanged).
    int digits(std::size_t count) {
        if (pos + count > text.size()) return -1;
        int value = 0;
        for (std::size_t i = pos; i < pos + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        pos += count;
        return value;
    }
    std::size_t digit_run() const {
        std::size_t n = 0;
        while (pos + n < text.size() && text[pos + n] >= '0' && text[pos + n] <= '9') ++n;
        return n;
    }
};

std::int64_t day_start(date::year_month_day ymd) {
    return static_cast<std::int64_t>(date::sys_days{ymd}.time_since_epoch().count()) *
           seconds_per_day;
}

std::int64_t year_start(int year) {
    return day_start(date::year{year} / date::January / 1);
}

std::int64_t month_start(int year, int month) {
    // Months past December roll into the next year (used for ends of ranges).
    const int y = year + (month - 1) / 12;
    const int m = (month - 1) % 12 + 1;
    return day_start(date::year{y} / date::month{static_cast<unsigned>(m)} / 1);
}

When make(std::string_view value, Grain grain, std::int64_t begin, std::int64_t end) {
    return When{std::string(value), grain, begin, end};
}

// Parts of the day as TimeML names them; hours are this project's reading of them
// (documented in docs/events-format.md).
struct PartOfDay {
    std::string_view code;
    int from_hour;
    int to_hour;
};
constexpr PartOfDay parts_of_day[] = {
    {"MO", 6, 12}, {"MI", 11, 13}, {"AF", 12, 18}, {"EV", 18, 22}, {"NI", 21, 24}, {"DT", 8, 18},
};

struct Season {
    std::string_view code;
    int first_month;  // northern-hemisphere meteorological seasons
};
constexpr Season seasons[] = {{"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}};

std::optional<When> parse_time_of_day(std::string_view value, Cursor& c, std::int64_t day) {
    for (const auto& part : parts_of_day) {
        if (c.eat(part.code)) {
            if (!c.done()) return std::nullopt;
            return make(value, Grain::PartOfDay, day + part.from_hour * 3600,
                        day + part.to_hour * 3600);
        }
    }
    const int hour = c.digits(2);
    if (hour < 0 || hour > 24) return std::nullopt;
    if (c.done()) return make(value, Grain::Hour, day + hour * 3600, day + (hour + 1) * 3600);
    if (!c.eat(':')) return std::nullopt;
    const int minute = c.digits(2);
    if (minute < 0 || minute > 59) return std::nullopt;
    const std::int64_t at = day + hour * 3600 + minute * 60;
    if (c.done()) return make(value, Grain::Minute, at, at + 60);
    if (!c.eat(':')) return std::nullopt;
    const int second = c.digits(2);
    if (second < 0 || second > 60 || !c.done()) return std::nullopt;
    return make(value, Grain::Second, at + second, at + second + 1);
}

std::optional<When> parse_after_year(std::string_view value, Cursor& c, int year) {
    if (c.done()) return make(value, Grain::Year, year_start(year), year_start(year + 1));
    if (!c.eat('-')) return std::nullopt;
    if (c.eat('W')) {
        const int week = c.digits(2);
        if (week < 1 || !c.done()) return std::nullopt;
        const iso_week::year_weeknum_weekday first{iso_week::year{year},
                                                   iso_week::weeknum{static_cast<unsigned>(week)},
                                                   iso_week::mon};
        if (!first.ok()) return std::nullopt;
        const auto start = static_cast<std::int64_t>(
                               date::sys_days{first}.time_since_epoch().count()) *
                           seconds_per_day;
        return make(value, Grain::Week, start, start + 7 * seconds_per_day);
    }
    if (c.eat('Q')) {
        const int q = c.digits(1);
        if (q < 1 || q > 4 || !c.done()) return std::nullopt;
        return make(value, Grain::Quarter, month_start(year, 3 * q - 2),
                    month_start(year, 3 * q + 1));
    }
    if (c.eat('H')) {
        const int h = c.digits(1);
        if (h < 1 || h > 2 || !c.done()) return std::nullopt;
        return make(value, Grain::Half, month_start(year, 6 * h - 5), month_start(year, 6 * h + 1));
    }
    for (const auto& season : seasons) {
        if (c.eat(season.code)) {
            if (!c.done()) return std::nullopt;
            return make(value, Grain::Season, month_start(year, season.first_month),
                        month_start(year, season.first_month + 3));
        }
    }
    const int month = c.digits(2);
    if (month < 1 || month > 12) return std::nullopt;
    if (c.done()) return make(value, Grain::Month, month_start(year, month), month_start(year, month + 1));
    if (!c.eat('-')) return std::nullopt;
    const int day = c.digits(2);
    if (day < 1) return std::nullopt;
    const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                   date::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;
    const std::int64_t start = day_start(ymd);
    if (c.done()) return make(value, Grain::Day, start, start + seconds_per_day);
    if (!c.eat('T')) return std::nullopt;
    return parse_time_of_day(value, c, start);
}

}  // namespace

std::optional<When> parse_when(std::string_view value) {
    Cursor c{value};
    if (c.eat("BC")) {
        // BC0044 is 44 BC: astronomical year -43 (there is no year 0 in BC/AD counting).
        const int bc = c.digits(4);
        if (bc < 1) return std::nullopt;
        return parse_after_year(value, c, 1 - bc);
    }
    switch (c.digit_run()) {
        case 4: return parse_after_year(value, c, c.digits(4));
        case 3: {  // decade: "199" is 1990-1999
            const int decade = c.digits(3);
            if (!c.done()) return std::nullopt;
            return make(value, Grain::Decade, year_start(decade * 10), year_start(decade * 10 + 10));
        }
        case 2: {  // century: "19" is 1900-1999, the TimeML reading of "the 20th century"
            const int century = c.digits(2);
            if (!c.done()) return std::nullopt;
            return make(value, Grain::Century, year_start(century * 100),
                        year_start(century * 100 + 100));
        }
        case 1: {  // millennium: "2" is 2000-2999
            const int millennium = c.digits(1);
            if (!c.done()) return std::nullopt;
            return make(value, Grain::Millennium, year_start(millennium * 1000),
                        year_start(millennium * 1000 + 1000));
        }
        default: return std::nullopt;
    }
}

}  // namespace chronicle
