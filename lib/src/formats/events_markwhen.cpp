// Markwhen text (.mw): the core of its syntax, read line by line so that every error names
// the line a user sees in an editor. Dates are read by the tagger itself, so a timeline
// written by hand may say "March 23, 2021" or "Tuesday" (given a header date) as well as
// "2021-03-23". A line that starts with a digit and does not parse as a date is an error,
// never a silently dropped event.
#include <chronicle/error.hpp>
#include <chronicle/events_markwhen.hpp>
#include <chronicle/extract.hpp>
#include <chronicle/text.hpp>
#include <chronicle/calendar.hpp>
#include <chronicle/when.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace chronicle {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool starts_with_word(std::string_view line, std::string_view word) {
    if (line.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = line[i];
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != word[i]) return false;
    }
    return line.size() == word.size() || line[word.size()] == ' ' || line[word.size()] == '\t';
}

// Two article dates far apart: a date that resolves alike against both needs no article date.
const std::array<Date, 2> probe_dates{Date{date::year{2001}, date::month{6}, date::day{15}},
                                      Date{date::year{2011}, date::month{2}, date::day{10}}};

struct Reader {
    std::string_view name;
    std::optional<Date> article_date;
    std::size_t line = 0;

    [[noreturn]] void fail(const std::string& message) const {
        throw Error(fmt::format("{}: line {}: {}", name, line, message));
    }

    // TIMEX3 values of the temporal expressions in `text` that name definite stretches, when
    // they are all the text says: what is left around them may only join them ("2021-13-45"
    // holds the year 2021 but is not a date).
    std::vector<std::string> tagged_values(std::string_view text, Date dct) const {
        std::vector<std::string> values;
        std::string rest;
        std::size_t from = 0;
        for (const Timex& t : extract(text, dct)) {
            if (!(t.type == TimexType::Date || t.type == TimexType::Time) || !parse_when(t.value)) return {};
            values.push_back(t.value);
            rest += std::string(text.substr(from, t.begin - from)) + " ";
            from = t.end;
        }
        rest += std::string(text.substr(std::min(from, text.size())));
        std::size_t i = 0;
        while (i < rest.size()) {
            const char c = rest[i];
            if (c == ' ' || c == ',' || c == '.' || c == '-' || c == '/') {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < rest.size() && rest[end] != ' ' && rest[end] != ',') ++end;
            const std::string word = rest.substr(i, end - i);
            if (word != "to" && word != "and" && word != "from" && word != "until" && word != "through" &&
                word != "\u2013")
                return {};
            i = end;
        }
        return values;
    }

    // The TIMEX3 values a date part names: one, or two for a range the tagger reads as such
    // ("March 22-24, 2021"). Empty when it names no definite date.
    std::vector<std::string> values_of(std::string_view part) const {
        std::string text(trim(part));
        if (!text.empty() && text.back() == 'Z') text.pop_back();  // "2021-03-23T14:30:00Z"
        if (parse_when(text)) return {text};
        if (article_date) return tagged_values(text, *article_date);
        const auto first = tagged_values(text, probe_dates[0]);
        if (!first.empty() && first != tagged_values(text, probe_dates[1]))
            fail(fmt::format("\"{}\" depends on the article date: give one in the header (date: YYYY-MM-DD)", text));
        return first;
    }

    // "DATE / DATE", "DATE - DATE", "DATE to DATE" or one DATE.
    std::optional<std::pair<std::string, std::string>> range_of(std::string_view part) const {
        for (const std::string_view sep : {" / ", " - ", " \u2013 ", " to "}) {
            const std::size_t at = part.find(sep);
            if (at == std::string_view::npos) continue;
            const auto a = values_of(part.substr(0, at));
            const auto b = values_of(part.substr(at + sep.size()));
            if (a.size() == 1 && b.size() == 1) return std::make_pair(a[0], b[0]);
        }
        // "2021-03-22/2021-03-24": ISO 8601's interval
        if (const std::size_t slash = part.find('/'); slash != std::string_view::npos) {
            const std::string a(trim(part.substr(0, slash))), b(trim(part.substr(slash + 1)));
            if (parse_when(a) && parse_when(b)) return std::make_pair(a, b);
        }
        const auto values = values_of(part);
        if (values.size() == 1) return std::make_pair(values[0], std::string());
        if (values.size() == 2) return std::make_pair(values[0], values[1]);
        return std::nullopt;
    }
};

// "Blinken in Brussels #Trip #NATO": the label without its tags, and the tags.
std::pair<std::string, std::vector<std::string>> split_tags(std::string_view text) {
    std::string label;
    std::vector<std::string> tags;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool tag_start = text[i] == '#' && (i == 0 || text[i - 1] == ' ') && i + 1 < text.size() &&
                               text[i + 1] != ' ' && text[i + 1] != '#';
        if (!tag_start) {
            label += text[i++];
            continue;
        }
        std::size_t end = i + 1;
        while (end < text.size() && text[end] != ' ') ++end;
        tags.emplace_back(text.substr(i + 1, end - i - 1));
        i = end;
    }
    std::string clean(trim(label));
    // Tags taken out of the middle leave double spaces.
    std::string out;
    for (const char c : clean) {
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return {out, tags};
}

}  // namespace

EventSet parse_markwhen(std::string_view text, std::string_view name) {
    if (const auto bad = find_invalid_utf8(text))
        throw Error(fmt::format("{}: invalid UTF-8 at byte {}", name, *bad));
    EventSet set;
    Reader reader{name, std::nullopt, 0};
    std::vector<std::string> groups;
    Event* current = nullptr;
    bool in_header = false;
    bool header_done = false;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        const std::string_view raw = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++reader.line;
        const std::string_view line = trim(raw);
        if (line == "---" && !header_done && (in_header || set.events.empty())) {
            if (in_header) header_done = true;
            in_header = !in_header;
            continue;
        }
        if (in_header) {
            const std::size_t colon = line.find(':');
            if (colon == std::string_view::npos) continue;
            const std::string_view key = trim(line.substr(0, colon));
            const std::string_view value = trim(line.substr(colon + 1));
            if (key == "title") set.title = std::string(value);
            if (key == "date") {
                reader.article_date = parse_iso_date(value);
                if (!reader.article_date) reader.fail(fmt::format("header date \"{}\" is not YYYY-MM-DD", value));
                set.date = std::string(value);
            }
            continue;
        }
        if (line.empty()) continue;
        if (line.substr(0, 2) == "//") continue;
        if (starts_with_word(line, "group") || starts_with_word(line, "section")) {
            groups.emplace_back(trim(line.substr(line.find_first_of(" \t") == std::string_view::npos
                                                     ? line.size()
                                                     : line.find_first_of(" \t"))));
            current = nullptr;
            continue;
        }
        if (starts_with_word(line, "endgroup") || starts_with_word(line, "endsection")) {
            if (groups.empty()) reader.fail(fmt::format("\"{}\" without a group to end", line));
            groups.pop_back();
            current = nullptr;
            continue;
        }
        // "DATE: text": the first colon that a space or the line's end follows (times such
        // as 14:30 have none).
        std::size_t colon = std::string_view::npos;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) {
                colon = i;
                break;
            }
        }
        const bool looks_dated = line[0] >= '0' && line[0] <= '9';
        std::optional<std::pair<std::string, std::string>> range;
        if (colon != std::string_view::npos) range = reader.range_of(line.substr(0, colon));
        if (!range) {
            if (looks_dated || !current) {
                const std::string_view part = colon == std::string_view::npos ? line : line.substr(0, colon);
                reader.fail(fmt::format("\"{}\" is not a date (write 2021-03-23, March 23, 2021, 2021-03 or 2021, then a colon and the label)",
                                        trim(part)));
            }
            // A description line of the event above: where/who, else more of its text.
            if (starts_with_word(line, "where:")) {
                current->where = std::string(trim(line.substr(6)));
            } else if (starts_with_word(line, "who:")) {
                current->who = std::string(trim(line.substr(4)));
            } else {
                current->source += (current->source.empty() ? "" : " ") + std::string(line);
            }
            continue;
        }
        auto [label, tags] = split_tags(trim(line.substr(colon + 1)));
        if (label.empty()) reader.fail("the event has no label after the date");
        Event e;
        e.label = label;
        e.when = range->first;
        e.end = range->second;
        if (!e.end.empty()) {
            const auto a = parse_when(e.when);
            const auto b = parse_when(e.end);
            if (b->end <= a->begin) reader.fail(fmt::format("the range ends ({}) before it starts ({})", e.end, e.when));
        }
        e.group = !groups.empty() ? groups.back() : !tags.empty() ? tags.front() : "";
        set.events.push_back(std::move(e));
        current = &set.events.back();
    }
    if (in_header) throw Error(fmt::format("{}: the header opened with --- is not closed", name));
    return set;
}

// ---------------------------------------------------------------- writing

namespace {


std::string day_text(const CivilTime& c) { return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day); }
std::string minute_text(const CivilTime& c) { return day_text(c) + fmt::format("T{:02}:{:02}", c.hour, c.minute); }

// How Markwhen writes the start and the last moment of a value: one value where Markwhen
// has the same grain, else the days (or hours) it covers.
std::pair<std::string, std::string> markwhen_span(const When& w) {
    const CivilTime a = civil_time(w.begin);
    if (a.year < 1) throw Error(fmt::format("\"{}\": Markwhen cannot write years before AD 1", w.value));
    switch (w.grain) {
        case Grain::Year: return {fmt::format("{:04}", a.year), ""};
        case Grain::Month: return {fmt::format("{:04}-{:02}", a.year, a.month), ""};
        case Grain::Day: return {day_text(a), ""};
        case Grain::Hour:
        case Grain::Minute:
        case Grain::Second: return {minute_text(a), ""};
        case Grain::PartOfDay: return {minute_text(a), minute_text(civil_time(w.end))};
        default: return {day_text(a), day_text(civil_time(w.end - 86400))};
    }
}

std::string one_line(std::string_view s) {
    std::string out;
    for (const char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
    return std::string(trim(out));
}

void write_event(std::string& out, const Event& e) {
    const auto when = parse_when(e.when);
    if (!when) throw Error(fmt::format("\"{}\" is not a TIMEX3 date Markwhen can write", e.when));
    auto [from, to] = markwhen_span(*when);
    if (!e.end.empty()) {
        const auto end = parse_when(e.end);
        if (!end) throw Error(fmt::format("\"{}\" is not a TIMEX3 date Markwhen can write", e.end));
        auto [end_from, end_to] = markwhen_span(*end);
        to = end_to.empty() ? end_from : end_to;
    }
    out += from + (to.empty() ? "" : " / " + to) + ": " + one_line(e.label) + "\n";
    if (!e.where.empty()) out += "  where: " + one_line(e.where) + "\n";
    if (!e.who.empty()) out += "  who: " + one_line(e.who) + "\n";
}

}  // namespace

std::string to_markwhen(const EventSet& events) {
    std::string out = "---\n";
    if (!events.title.empty()) out += "title: " + one_line(events.title) + "\n";
    if (!events.date.empty()) out += "date: " + events.date + "\n";
    out += "---\n";
    if (!events.source.empty()) out += "// from " + one_line(events.source) + "\n";
    std::vector<std::string> groups;
    for (const Event& e : events.events) {
        if (e.group.empty()) {
            write_event(out, e);
        } else if (std::find(groups.begin(), groups.end(), e.group) == groups.end()) {
            groups.push_back(e.group);
        }
    }
    for (const std::string& g : groups) {
        out += "\ngroup " + one_line(g) + "\n";
        for (const Event& e : events.events)
            if (e.group == g) write_event(out, e);
        out += "endGroup\n";
    }
    return out;
}

}  // namespace chronicle
