#pragma once
// The grammar: bounded patterns over token categories that find candidate expressions and
// describe what the text *says* (a typed Spec), leaving what it implies to the resolver.
#include "tagger/tables.hpp"
#include "tagger/tokenizer.hpp"

#include <chronicle/timex.hpp>

#include <string_view>
#include <vector>

namespace chronicle::tagger {

// How an expression is anchored, which decides how the resolver reads it.
enum class Shape : std::uint8_t {
    Calendar,      // fields of the calendar the text names: "March 23", "Friday", "1990s"
    Deictic,       // "today", "yesterday", "tonight", "now" (+ part of day)
    RelativeUnit,  // "last year", "this week", "next month": the unit around the article date
    Offset,        // "two years ago", "a week later": a distance from the article date or a mention
    Anaphor,       // "the following day", "that month", "the quarter": a previous mention
    Duration,      // "two days", "the past five years"
    Set,           // "every Tuesday", "annually", "twice a week"
    Ref,           // "recently" (PAST_REF), "soon" (FUTURE_REF), "currently" (PRESENT_REF)
    Holiday,       // "Christmas", "Thanksgiving Day" (+ year)
};

struct Spec {
    Shape shape = Shape::Calendar;
    TimexType type = TimexType::Date;

    // Calendar fields the text names; -1 when it does not.
    int year = -1;
    int month = -1;
    int day = -1;
    int weekday = -1;  // ISO 1..7
    int nth = 0;       // with weekday and month: "the first Sunday in May" 1..5, "the last" -1
    int quarter = -1;
    int half = -1;
    int decade = -1;   // 199 for the 1990s
    int century = -1;  // 19 for the 20th century
    int hour = -1;
    int minute = -1;
    Season season = Season::None;
    PartOfDay part = PartOfDay::None;
    bool weekend = false;
    bool week_of = false;   // "the week of March 8": the week holding the date
    bool dateline = false;  // a timestamp at the head of a line ("1998-08-08", "12/05/1998 09:42")

    Relative rel = Relative::None;  // "last"/"next"/"this" before a calendar field or unit
    bool year_rel = false;          // rel applies to the year: "June last year"
    Deictic deictic = Deictic::None;
    Holiday holiday = Holiday::None;

    // Offsets, anaphors, durations and sets: an amount of units. amount_halves is twice the
    // amount ("2 1/2 years" is 5), or -1 when the text says no number ("several weeks").
    Unit unit = Unit::None;
    int amount_halves = 2;
    int direction = 0;          // Offset/Anaphor: -1 before, +1 after, 0 the same
    bool from_mention = false;  // Offset: "later"/"earlier" count from the last mention
    int clock_seconds = -1;     // Duration written as a clock: "2:07:35" is 7655 (unit None)
    // "the day after Christmas" (+1), "the night before Election Day" (-1, part NI): days
    // from the day the rest names
    int day_shift = 0;
    // "two years ago this month" (Month), "a year ago today" (Day): an offset told at the
    // grain of the unit that follows it, not its own
    Unit keep_grain = Unit::None;

    std::string_view ref;    // Ref: "PAST_REF"...
    std::string_view mod;    // TIMEX3 mod: "EARLY", "MID", "LATE", "START", "END", "APPROX"...
    std::string_view quant;  // Set
    std::string_view freq;   // Set
};

struct Candidate {
    std::uint32_t first = 0;  // token range [first, last)
    std::uint32_t last = 0;
    Spec spec;
    std::string_view rule;  // grammar rule name, for --explain
};

// All expressions of the text, in order and non-overlapping (longest match wins at each
// start; false alarms already removed).
std::vector<Candidate> find_candidates(const Tokens& tokens);

}  // namespace chronicle::tagger
