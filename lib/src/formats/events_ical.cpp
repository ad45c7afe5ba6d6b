// iCalendar through libical. libical is lenient (it keeps "20211345" as a date and turns
// unparsable values into X-LIC-ERROR properties), so every value it hands back is checked
// here before it becomes an Event.
#include <chronicle/calendar.hpp>
#include <chronicle/error.hpp>
#include <chronicle/events_ical.hpp>
#include <chronicle/when.hpp>

#include <date/date.h>
#include <fmt/format.h>
#include <libical/ical.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <set>

namespace chronicle {

namespace {

constexpr const char* product_id = "-//Chronicle//Chronicle events//EN";
// Chronicle's own properties: the exact TIMEX3 values (a year or a month does not survive
// DTSTART/DTEND as such), and the fields iCalendar has no place for.
constexpr const char* x_when = "X-CHRONICLE-WHEN";
constexpr const char* x_end = "X-CHRONICLE-END";
constexpr const char* x_when_text = "X-CHRONICLE-WHEN-TEXT";
constexpr const char* x_who = "X-CHRONICLE-WHO";
constexpr const char* x_group = "X-CHRONICLE-GROUP";
constexpr const char* x_title = "X-WR-CALNAME";
constexpr const char* x_date = "X-CHRONICLE-DATE";

struct ComponentDeleter {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

std::size_t line_of_event(std::string_view text, std::size_t index) {
    std::size_t from = 0;
    for (std::size_t i = 0;; ++i) {
        const std::size_t at = text.find("BEGIN:VEVENT", from);
        if (at == std::string_view::npos) return 0;
        if (i == index) {
            std::size_t line = 1;
            for (std::size_t k = 0; k < at; ++k) line += text[k] == '\n' ? 1 : 0;
            return line;
        }
        from = at + 1;
    }
}

// libical drops spaces and tabs at the end of a content line when it reads one, so text
// read with them (a line ended by a bare LF) would change on the next round trip: they are
// dropped here too, and a text value never ends in blanks.
std::string without_trailing_blanks(const char* value) {
    if (value == nullptr) return {};
    std::string text(value);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    return text;
}

std::string text_property(icalcomponent* event, icalproperty_kind kind) {
    icalproperty* p = icalcomponent_get_first_property(event, kind);
    if (p == nullptr) return {};
    const char* value = icalvalue_as_ical_string(icalproperty_get_value(p));
    if (kind == ICAL_SUMMARY_PROPERTY) value = icalproperty_get_summary(p);
    if (kind == ICAL_LOCATION_PROPERTY) value = icalproperty_get_location(p);
    if (kind == ICAL_DESCRIPTION_PROPERTY) value = icalproperty_get_description(p);
    return without_trailing_blanks(value);
}

std::string x_property(icalcomponent* event, std::string_view x_name) {
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p != nullptr;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        const char* n = icalproperty_get_x_name(p);
        if (n != nullptr && x_name == n) {
            return without_trailing_blanks(icalproperty_get_x(p));
        }
    }
    return {};
}

void add_x_property(icalcomponent* component, const char* x_name, const std::string& value) {
    if (value.empty()) return;
    icalproperty* p = icalproperty_new_x(value.c_str());
    icalproperty_set_x_name(p, x_name);
    icalcomponent_add_property(component, p);
}

bool is_real_time(const icaltimetype& t) {
    const date::year_month_day day{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                   date::day{static_cast<unsigned>(t.day)}};
    if (t.year < 1 || t.month < 1 || !day.ok()) return false;
    return t.is_date || (t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60 && t.second >= 0 &&
                         t.second < 61);
}

// "2021-03-23" for a DATE, "2021-03-23T14:30" (or with seconds) for a DATE-TIME.
std::string timex_of(const icaltimetype& t) {
    std::string out = fmt::format("{:04}-{:02}-{:02}", t.year, t.month, t.day);
    if (t.is_date) return out;
    out += fmt::format("T{:02}:{:02}", t.hour, t.minute);
    if (t.second != 0) out += fmt::format(":{:02}", t.second);
    return out;
}

// `text` with its control characters (line breaks, a stray CR...) shown as spaces, so that
// an error message quoting it stays on one line.
std::string one_line(std::string text) {
    for (char& c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    }
    return text;
}

struct EventContext {
    std::string_view file;
    std::size_t index;  // 0-based among VEVENTs
    std::size_t line;
    std::string summary;

    [[noreturn]] void fail(std::string_view problem) const {
        const std::string where = line > 0 ? fmt::format("line {}: ", line) : std::string();
        const std::string which = summary.empty() ? fmt::format("event {}", index + 1)
                                                  : fmt::format("event {} ('{}')", index + 1, one_line(summary));
        // The problem may quote a value read from the file: one_line keeps the message on one line.
        throw Error(fmt::format("{}: {}{}: {}", file, where, which, one_line(std::string(problem))));
    }
};

void reject_parse_errors(icalcomponent* event, const EventContext& context) {
    icalproperty* error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
    if (error == nullptr) return;
    const char* message = icalproperty_get_xlicerror(error);
    context.fail(message != nullptr ? message : "unreadable property");
}

std::string checked_timex(const std::string& value, std::string_view property, const EventContext& context) {
    if (!parse_when(value)) context.fail(fmt::format("{}: '{}' is not a TIMEX3 date", property, value));
    return value;
}

// The day before a DATE value: iCalendar's DTEND is exclusive, Chronicle's end inclusive.
std::string day_before(const icaltimetype& t) {
    const date::sys_days day = date::year_month_day{date::year{t.year}, date::month{static_cast<unsigned>(t.month)},
                                                    date::day{static_cast<unsigned>(t.day)}};
    return format_iso_date(date::year_month_day{day - date::days{1}});
}

icaltimetype ical_date(std::int64_t unix_seconds, bool is_date) {
    const date::sys_seconds t{std::chrono::seconds{unix_seconds}};
    const date::sys_days day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::seconds> time{t - day};
    icaltimetype out = icaltime_null_time();
    out.year = static_cast<int>(ymd.year());
    out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    out.is_date = is_date ? 1 : 0;
    if (!is_date) {
        out.hour = static_cast<int>(time.hours().count());
        out.minute = static_cast<int>(time.minutes().count());
        out.second = static_cast<int>(time.seconds().count());
    }
    return out;
}

bool is_clock_time(const When& w) {
    return w.grain == Grain::Hour || w.grain == Grain::Minute || w.grain == Grain::Second;
}

// What to_ics can write, shared by the writer (which refuses the rest with an Error) and
// the reader (which refuses to read what it could not write back): so a file the reader
// accepts always survives a write and a second read unchanged.

// libical writes DATE and DATE-TIME values only for the years 1 to 3000: a later year
// comes out as "00000000T000000", which libical's own parser then refuses, and a year
// before 1 is no calendar date for the reader. (Found by fuzz_events_ics.)
constexpr int first_writable_year = 1;
constexpr int last_writable_year = 3000;

bool writable_year(int year) { return year >= first_writable_year && year <= last_writable_year; }

struct IcsTimes {
    icaltimetype start;
    std::optional<icaltimetype> end;  // DTEND, when one is written
};

// The DTSTART and DTEND that to_ics writes for `e`; when it cannot, nullopt and `problem`
// says why (one line, no file name).
std::optional<IcsTimes> ics_times(const Event& e, std::string& problem) {
    const std::optional<When> when = parse_when(e.when);
    if (!when) {
        problem = fmt::format("'{}' is not a TIMEX3 date", e.when);
        return std::nullopt;
    }
    const std::optional<When> end = e.end.empty() ? std::nullopt : parse_when(e.end);
    if (!e.end.empty() && !end) {
        problem = fmt::format("end '{}' is not a TIMEX3 date", e.end);
        return std::nullopt;
    }
    const bool timed = is_clock_time(*when);
    IcsTimes times{ical_date(when->begin, !timed), std::nullopt};
    if (timed && end) {
        // "14:30" to "16:00" ends at 16:00, the start of the end's minute; an end that starts
        // before the start ("10:00" to the day "2024-02-27", as the events JSON format allows)
        // ends where the end does, so that DTEND is never before DTSTART.
        times.end = ical_date(end->begin >= when->begin ? end->begin : end->end, false);
    } else if (!timed) {
        const std::int64_t last = end ? end->end : when->end;  // exclusive, as iCalendar wants
        times.end = ical_date(last, true);
    }
    // Named by the TIMEX3 value the user wrote and the iCalendar value it would become (a
    // DATE DTEND is the day after the end).
    const auto unwritable = [&problem](std::string_view value, const char* property, const icaltimetype& t) {
        if (writable_year(t.year)) return false;
        problem = fmt::format("'{}' gives {} {}, outside the years {} to {} that libical can write", value, property,
                              timex_of(t), first_writable_year, last_writable_year);
        return true;
    };
    if (unwritable(e.when, "DTSTART", times.start) ||
        (times.end && unwritable(e.end.empty() ? e.when : e.end, "DTEND", *times.end))) {
        return std::nullopt;
    }
    // The reader refuses a DTEND before DTSTART, so the writer must not produce one.
    if (times.end && icaltime_compare(*times.end, times.start) < 0) {
        problem = fmt::format("the end '{}' is before the start '{}'", e.end, e.when);
        return std::nullopt;
    }
    return times;
}

// RFC 5545 (3.3.11) TEXT has no control characters but tab and line break (escaped as \n);
// libical drops a CR, a backspace or a form feed on writing, so a label holding one would
// read back different. Such text is refused rather than changed.
std::string text_problem(std::string_view field, std::string_view property, std::string_view text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n') || byte == 0x7F) {
            return fmt::format("the {} ({}) holds the control character U+{:04X}{}, which iCalendar text cannot carry",
                               field, property, static_cast<unsigned>(byte), c == '\r' ? " (carriage return)" : "");
        }
    }
    return {};
}

std::string text_problem(const Event& e) {
    const std::pair<const char*, const char*> fields[] = {
        {"label", "SUMMARY"}, {"where", "LOCATION"}, {"source", "DESCRIPTION"},
        {"when_text", x_when_text}, {"who", x_who}, {"group", x_group}};
    const std::string* values[] = {&e.label, &e.where, &e.source, &e.when_text, &e.who, &e.group};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        if (std::string problem = text_problem(fields[i].first, fields[i].second, *values[i]); !problem.empty()) {
            return problem;
        }
    }
    return {};
}

// Why the calendar-level fields cannot be written, or "".
std::string calendar_problem(const EventSet& events) {
    if (std::string problem = text_problem("title", x_title, events.title); !problem.empty()) return problem;
    // DTSTAMP is the article date: it must be a year libical writes too.
    if (const std::optional<Date> d = parse_iso_date(events.date); d && !writable_year(static_cast<int>(d->year()))) {
        return fmt::format("the article date ({}) '{}' gives DTSTAMP, outside the years {} to {} that libical can "
                           "write",
                           x_date, events.date, first_writable_year, last_writable_year);
    }
    return {};
}

Event read_event(icalcomponent* component, const EventContext& context) {
    reject_parse_errors(component, context);
    Event event;
    event.label = context.summary;
    if (event.label.empty()) context.fail("no SUMMARY (the event's label)");
    const icaltimetype start = icalcomponent_get_dtstart(component);
    if (icaltime_is_null_time(start)) context.fail("no DTSTART (the event's date)");
    if (!is_real_time(start)) {
        context.fail(fmt::format("DTSTART: {:04}-{:02}-{:02} is not a real calendar date", start.year, start.month,
                                 start.day));
    }
    event.when = timex_of(start);
    // The end is a DTEND, or DTSTART plus a DURATION.
    icalproperty* end_property = icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY);
    const bool has_duration = icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY) != nullptr;
    if (end_property != nullptr || has_duration) {
        const icaltimetype end =
            end_property != nullptr ? icalproperty_get_dtend(end_property) : icalcomponent_get_dtend(component);
        if (!is_real_time(end)) {
            context.fail(fmt::format("DTEND: {:04}-{:02}-{:02} is not a real calendar date", end.year, end.month,
                                     end.day));
        }
        if (icaltime_compare(end, start) < 0) context.fail("DTEND is before DTSTART");
        if (end.is_date) {
            const std::string last_day = day_before(end);
            if (last_day > event.when) event.end = last_day;
        } else if (icaltime_compare(end, start) > 0) {
            event.end = timex_of(end);
        }
    }
    // Chronicle's exact values win over the DTSTART/DTEND approximation of a year or month.
    if (std::string w = x_property(component, x_when); !w.empty()) {
        event.when = checked_timex(w, x_when, context);
        const std::string e = x_property(component, x_end);
        event.end = e.empty() ? std::string() : checked_timex(e, x_end, context);
    }
    event.where = text_property(component, ICAL_LOCATION_PROPERTY);
    event.source = text_property(component, ICAL_DESCRIPTION_PROPERTY);
    event.when_text = x_property(component, x_when_text);
    event.who = x_property(component, x_who);
    event.group = x_property(component, x_group);
    // Read only what to_ics can write back: a year after 3000, an end before the start
    // (from X-CHRONICLE-WHEN/-END), a CR in a label are refused here, not on the next write.
    std::string problem;
    if (!ics_times(event, problem)) context.fail(problem);
    if (problem = text_problem(event); !problem.empty()) context.fail(problem);
    return event;
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 14695981039346656037ull) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

std::string uid_of(const Event& e, std::set<std::string>& used) {
    std::uint64_t h = fnv1a(e.when);
    for (const std::string* field : {&e.end, &e.label, &e.where, &e.who, &e.group}) {
        h = fnv1a("\x1f", h);
        h = fnv1a(*field, h);
    }
    std::string uid = fmt::format("{:016x}@chronicle", h);
    for (int n = 2; used.count(uid) != 0; ++n) uid = fmt::format("{:016x}-{}@chronicle", h, n);
    used.insert(uid);
    return uid;
}

icalcomponent* write_event(const Event& e, const icaltimetype& stamp, std::set<std::string>& used) {
    std::string problem;
    const std::optional<IcsTimes> times = ics_times(e, problem);
    if (times) problem = text_problem(e);
    if (!problem.empty()) throw Error(one_line(fmt::format("cannot write '{}' to iCalendar: {}", e.label, problem)));
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(uid_of(e, used).c_str()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event, icalproperty_new_dtstart(times->start));
    if (times->end) icalcomponent_add_property(event, icalproperty_new_dtend(*times->end));
    icalcomponent_add_property(event, icalproperty_new_summary(e.label.c_str()));
    if (!e.where.empty()) icalcomponent_add_property(event, icalproperty_new_location(e.where.c_str()));
    if (!e.source.empty()) icalcomponent_add_property(event, icalproperty_new_description(e.source.c_str()));
    add_x_property(event, x_when, e.when);
    add_x_property(event, x_end, e.end);
    add_x_property(event, x_when_text, e.when_text);
    add_x_property(event, x_who, e.who);
    add_x_property(event, x_group, e.group);
    return event;
}

icaltimetype stamp_of(const EventSet& events) {
    icaltimetype stamp = icaltime_null_time();
    stamp.year = 1970;
    stamp.month = 1;
    stamp.day = 1;
    if (const std::optional<Date> d = parse_iso_date(events.date)) {
        stamp.year = static_cast<int>(d->year());
        stamp.month = static_cast<int>(static_cast<unsigned>(d->month()));
        stamp.day = static_cast<int>(static_cast<unsigned>(d->day()));
    }
    stamp.zone = icaltimezone_get_utc_timezone();
    return stamp;
}

}  // namespace

EventSet parse_events_ics(std::string_view text, std::string_view name) {
    const std::string owned(text);
    ComponentPtr root{icalparser_parse_string(owned.c_str())};
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        throw Error(fmt::format("{}: not an iCalendar file: no BEGIN:VCALENDAR ... END:VCALENDAR", name));
    }
    EventSet set;
    set.source = std::string(name);
    set.title = x_property(root.get(), x_title);
    set.date = x_property(root.get(), x_date);
    if (!set.date.empty() && !parse_iso_date(set.date)) {
        throw Error(one_line(fmt::format("{}: {}: '{}' is not a date such as 2021-03-23", name, x_date, set.date)));
    }
    if (const std::string problem = calendar_problem(set); !problem.empty()) {
        throw Error(one_line(fmt::format("{}: {}", name, problem)));
    }
    std::size_t index = 0;
    for (icalcomponent* c = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); c != nullptr;
         c = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT), ++index) {
        EventContext context{name, index, line_of_event(text, index), text_property(c, ICAL_SUMMARY_PROPERTY)};
        set.events.push_back(read_event(c, context));
    }
    return set;
}

std::string to_ics(const EventSet& events) {
    if (const std::string problem = calendar_problem(events); !problem.empty()) {
        throw Error(one_line(fmt::format("cannot write the calendar to iCalendar: {}", problem)));
    }
    ComponentPtr calendar{icalcomponent_new(ICAL_VCALENDAR_COMPONENT)};
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(product_id));
    add_x_property(calendar.get(), x_title, events.title);
    add_x_property(calendar.get(), x_date, events.date);
    const icaltimetype stamp = stamp_of(events);
    std::set<std::string> used;
    for (const Event& e : events.events) icalcomponent_add_component(calendar.get(), write_event(e, stamp, used));
    char* raw = icalcomponent_as_ical_string_r(calendar.get());
    std::string out = raw != nullptr ? raw : "";
    std::free(raw);
    return out;
}

}  // namespace chronicle
