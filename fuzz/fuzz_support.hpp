#pragma once
// Shared by the libFuzzer targets and tests/test_fuzz_regressions.cpp, so a regression
// input is checked exactly as the fuzzer checked it: how the first bytes of an input choose
// the article date, the contract every result of chronicle::extract must keep, and the
// checks of each entry point. A check returns an empty string when all is well, else what
// went wrong; an exception other than chronicle::Error escapes (a bug in itself).
#include <chronicle/article_date.hpp>
#include <chronicle/calendar.hpp>
#include <chronicle/error.hpp>
#include <chronicle/events_builder.hpp>
#include <chronicle/events_csv.hpp>
#include <chronicle/events_ical.hpp>
#include <chronicle/events_json.hpp>
#include <chronicle/extract.hpp>
#include <chronicle/text.hpp>
#include <chronicle/timeml.hpp>
#include <chronicle/timex.hpp>
#include <chronicle/when.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::fuzz {

// Article dates where calendar arithmetic breaks first: the ends of the four-digit years,
// leap days (and the century years that are and are not leap), year and ISO-week turns.
inline constexpr std::array<Date, 14> edge_dates{
    date::year{1} / date::January / 1,      date::year{1} / date::December / 31,
    date::year{9999} / date::January / 1,   date::year{9999} / date::December / 31,
    date::year{2000} / date::February / 29, date::year{2024} / date::February / 29,
    date::year{1900} / date::February / 28, date::year{2100} / date::March / 1,
    date::year{1999} / date::December / 31, date::year{2020} / date::December / 31,
    date::year{2021} / date::January / 3,   date::year{1970} / date::January / 1,
    date::year{2021} / date::March / 23,    date::year{10} / date::February / 28,
};

// How many bytes of a fuzz input choose the date; the rest is the text.
inline constexpr std::size_t date_key_bytes = 4;

// The first four bytes, little-endian, choose the article date: one key in eight picks an
// edge date, the others a day anywhere from 0001-01-01 to 9999-12-31.
inline Date article_date_from_key(const std::uint8_t* key) {
    const std::uint32_t k = static_cast<std::uint32_t>(key[0]) | static_cast<std::uint32_t>(key[1]) << 8 |
                            static_cast<std::uint32_t>(key[2]) << 16 | static_cast<std::uint32_t>(key[3]) << 24;
    if (k % 8 == 0) return edge_dates[(k / 8) % edge_dates.size()];
    const date::sys_days first{date::year{1} / date::January / 1};
    const date::sys_days last{date::year{9999} / date::December / 31};
    const auto span = static_cast<std::uint32_t>((last - first).count() + 1);
    return Date{first + date::days{static_cast<int>(k % span)}};
}

inline bool is_utf8_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

// A byte offset where a code point starts (or the end of the text).
inline bool is_utf8_boundary(std::string_view text, std::size_t offset) {
    return offset == text.size() || (offset < text.size() && !is_utf8_continuation(text[offset]));
}

// TIMEX3 values are ASCII tokens such as 2021-03-23, P2D, XXXX-WXX-2, PAST_REF, 2021-03-23T14:30.
inline bool is_timex_value_token(std::string_view value) {
    if (value.empty()) return false;
    for (const char c : value) {
        const bool alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!alphanumeric && c != '-' && c != ':' && c != '.' && c != '_' && c != '+') return false;
    }
    return true;
}

// Empty when `timexes` keep the contract of extract() on `text` (chronicle/extract.hpp,
// chronicle/timex.hpp); otherwise a description of the first broken rule.
inline std::string contract_violation(std::string_view text, const std::vector<Timex>& timexes) {
    std::size_t previous_end = 0;
    for (std::size_t i = 0; i < timexes.size(); ++i) {
        const Timex& t = timexes[i];
        const std::string which = "expression " + std::to_string(i) + " [" + std::to_string(t.begin) + "," +
                                  std::to_string(t.end) + ") value \"" + t.value + "\": ";
        if (!(t.begin < t.end)) return which + "begin is not before end";
        if (t.end > text.size()) return which + "ends after the text (" + std::to_string(text.size()) + " bytes)";
        if (!is_utf8_boundary(text, t.begin) || !is_utf8_boundary(text, t.end)) {
            return which + "splits a UTF-8 sequence";
        }
        if (t.begin < previous_end) return which + "overlaps or precedes the previous expression";
        if (t.text != text.substr(t.begin, t.end - t.begin)) return which + "text is not the text at its offsets";
        if (!is_timex_value_token(t.value)) return which + "value is empty or not a TIMEX3 token";
        if (t.sentence_begin > t.begin || t.sentence_end < t.end || t.sentence_end > text.size()) {
            return which + "sentence span [" + std::to_string(t.sentence_begin) + "," +
                   std::to_string(t.sentence_end) + ") does not hold it";
        }
        previous_end = t.end;
    }
    return {};
}

inline bool same_expressions(const std::vector<Timex>& a, const std::vector<Timex>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].type != b[i].type || a[i].value != b[i].value ||
            a[i].mod != b[i].mod || a[i].quant != b[i].quant || a[i].freq != b[i].freq) {
            return false;
        }
    }
    return true;
}

// Empty when the events built from `text` keep build_events()'s contract: a label on every
// event, `when` (and `end`) values that parse_when reads, a source span inside the text on
// UTF-8 boundaries whose text is `source`, valid UTF-8 in every field, a confidence in 0..1,
// and the same events on a second call (no state left behind by the first).
inline std::string events_contract_violation(std::string_view text, Date article_date,
                                             const std::vector<Timex>& timexes) {
    const EventSet built = build_events(text, article_date, timexes);
    const std::string against = " (article date " + format_iso_date(article_date) + ")";
    for (std::size_t i = 0; i < built.events.size(); ++i) {
        const Event& e = built.events[i];
        const std::string which = "event " + std::to_string(i) + " \"" + e.label + "\"" + against + ": ";
        if (e.label.empty()) return which + "has no label";
        if (!parse_when(e.when)) return which + "when \"" + e.when + "\" does not parse";
        if (!e.end.empty() && !parse_when(e.end)) return which + "end \"" + e.end + "\" does not parse";
        for (const std::string* field : {&e.label, &e.where, &e.who, &e.when_text, &e.source}) {
            if (find_invalid_utf8(*field)) return which + "a field is not valid UTF-8";
        }
        if (e.source_begin > e.source_end || e.source_end > text.size()) return which + "source span outside the text";
        if (!is_utf8_boundary(text, e.source_begin) || !is_utf8_boundary(text, e.source_end)) {
            return which + "source span splits a UTF-8 sequence";
        }
        if (e.source_end > e.source_begin && e.source != text.substr(e.source_begin, e.source_end - e.source_begin)) {
            return which + "source is not the text at its offsets";
        }
        if (!(e.confidence >= 0.0 && e.confidence <= 1.0)) return which + "confidence outside 0..1";
    }
    if (to_events_json(build_events(text, article_date, timexes)) != to_events_json(built)) {
        return "build_events() gave different events on a second call" + against;
    }
    return {};
}

// The tagger on one article (which must be valid UTF-8), as `chronicle extract` runs it,
// detect_article_date, which runs it on articles given without a date, and build_events on
// its output. The tagger runs twice: output must be deterministic, and state left behind
// by one call (a cache, a static "previous mention") must not change the next.
inline std::string check_extract(std::string_view text, Date article_date) {
    const std::vector<Timex> first = extract(text, article_date);
    const std::string problem = contract_violation(text, first);
    if (!problem.empty()) return "extract() against " + format_iso_date(article_date) + ": " + problem;
    if (!same_expressions(first, extract(text, article_date))) {
        return "extract() against " + format_iso_date(article_date) + " gave different results on a second call";
    }
    // `chronicle extract --events` and `chronicle draw`: the events built from the article
    // must be a document the events reader (and so `chronicle render`) accepts.
    const std::string events_json = to_events_json(build_events(text, article_date, first));
    try {
        parse_events_json(events_json, "built.json");
    } catch (const Error& error) {
        return "the events built from the article against " + format_iso_date(article_date) +
               " are refused by parse_events_json: " + error.what();
    }
    if (std::string broken = events_contract_violation(text, article_date, first); !broken.empty()) return broken;
    if (const auto detected = detect_article_date(text); detected && !detected->date.ok()) {
        return "detect_article_date() returned an invalid date";
    }
    return {};
}

// A fuzz input of the events target: the date key, then the text (as for extract). The
// tagger runs once; the builder is what is checked.
inline std::string check_events_input(std::string_view input) {
    if (input.size() < date_key_bytes) return {};
    const Date article_date = article_date_from_key(reinterpret_cast<const std::uint8_t*>(input.data()));
    const std::string_view text = input.substr(date_key_bytes);
    if (find_invalid_utf8(text)) return {};
    return events_contract_violation(text, article_date, extract(text, article_date));
}

// A fuzz input of the extract target: the date key, then the text. Inputs too short for a
// key, or not UTF-8 (which never reach extract() in the product), are skipped.
inline std::string check_extract_input(std::string_view input) {
    if (input.size() < date_key_bytes) return {};
    const Date article_date = article_date_from_key(reinterpret_cast<const std::uint8_t*>(input.data()));
    const std::string_view text = input.substr(date_key_bytes);
    if (find_invalid_utf8(text)) return {};
    return check_extract(text, article_date);
}

// Bad events JSON must end in chronicle::Error; an accepted document must survive a round
// trip: what to_events_json writes parses again and writes the same bytes.
inline std::string check_events_json(std::string_view json) {
    EventSet events;
    try {
        events = parse_events_json(json, "fuzz.json");
    } catch (const Error&) {
        return {};
    }
    const std::string written = to_events_json(events);
    try {
        if (to_events_json(parse_events_json(written, "rewritten.json")) != written) {
            return "the events JSON round trip changed the document:\n" + written;
        }
    } catch (const Error& error) {
        return std::string("an accepted events document, written back, is rejected: ") + error.what() + "\n" + written;
    }
    return {};
}

// The events readers other than JSON share one check: bad input ends in chronicle::Error;
// an accepted file written back by the matching writer reads again, and writing that gives
// the same bytes.
template <typename Parse, typename Write>
std::string check_events_round_trip(std::string_view input, std::string_view format, Parse parse, Write write) {
    EventSet events;
    try {
        events = parse(input, "fuzz");
    } catch (const Error&) {
        return {};
    }
    const std::string written = write(events);
    try {
        if (write(parse(written, "rewritten")) != written) {
            return std::string(format) + " round trip changed the document:\n" + written;
        }
    } catch (const Error& error) {
        return "an accepted " + std::string(format) + " document, written back, is rejected: " + error.what() +
               "\n" + written;
    }
    return {};
}

inline std::string check_events_csv(std::string_view csv) {
    return check_events_round_trip(csv, "events CSV", parse_events_csv, to_events_csv);
}

inline std::string check_events_ics(std::string_view ics) {
    return check_events_round_trip(ics, "iCalendar", parse_events_ics, to_ics);
}

// What `chronicle timeml` does with one document: read, tag (when the text is valid UTF-8,
// as read_text_file guarantees in the product), write with the tags. Bad input must end in
// chronicle::Error; the written document must read back with the same plain text.
inline std::string check_timeml(std::string_view xml) {
    TimemlDocument document;
    try {
        document = parse_timeml(xml, "fuzz.tml");
    } catch (const Error&) {
        return {};
    }
    std::vector<Timex> timexes;
    if (!find_invalid_utf8(document.text)) {
        timexes = extract(document.text, document.dct);
        if (std::string problem = contract_violation(document.text, timexes); !problem.empty()) {
            return "extract() on the TimeML text: " + problem;
        }
    }
    const std::string written = write_timeml(document, timexes);
    try {
        if (parse_timeml(written, "written.tml").text != document.text) {
            return "the written TimeML document reads back a different text";
        }
    } catch (const Error& error) {
        return std::string("the written TimeML document is rejected: ") + error.what();
    }
    return {};
}

// A TIMEX3 value as the events formats and the renderer read it: when accepted, it must
// name a non-empty stretch of time and keep the value as given.
inline std::string check_when(std::string_view value) {
    const std::optional<When> when = parse_when(value);
    if (!when) return {};
    if (when->value != value) return "parse_when changed the value to \"" + when->value + "\"";
    if (!(when->begin < when->end)) {
        return "parse_when(\"" + std::string(value) + "\") gave an empty or reversed stretch [" +
               std::to_string(when->begin) + ", " + std::to_string(when->end) + ")";
    }
    return {};
}

}  // namespace chronicle::fuzz
