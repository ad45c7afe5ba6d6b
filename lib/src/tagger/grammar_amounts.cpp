// Rules for amounts of units: durations ("two days", "a ten-minute walk"), offsets ("two
// years ago"), sets ("every Tuesday", "twice a week"), rates that are not times ("$5 a year"),
// and race times written as a clock ("finished in 2:07:35").
#include "tagger/grammar_rules.hpp"

namespace chronicle::tagger::rules {

bool Grammar::accepts_point_mod(const Spec& s) {
    switch (s.shape) {
        case Shape::Calendar: return s.hour < 0;
        case Shape::RelativeUnit:
        case Shape::Deictic:
        case Shape::Anaphor: return true;
        default: return false;
    }
}

std::string_view Grammar::point_mod_code(PointMod pm) {
    switch (pm) {
        case PointMod::Early:
        case PointMod::Start: return "START";
        case PointMod::Mid:
        case PointMod::Middle: return "MID";
        case PointMod::Late:
        case PointMod::End: return "END";
        case PointMod::None: break;
    }
    return "";
}

// Index after an approximation phrase, with its TIMEX3 mod, or npos.
std::size_t Grammar::approx_prefix(std::size_t i, std::string_view& mod) const {
    if (is(i, "more") && is(i + 1, "than")) return mod = "MORE_THAN", i + 2;
    if ((is(i, "less") || is(i, "fewer")) && is(i + 1, "than")) return mod = "LESS_THAN", i + 2;
    if (is(i, "no") && is(i + 1, "more") && is(i + 2, "than")) return mod = "EQUAL_OR_LESS", i + 3;
    if (is(i, "at") && is(i + 1, "least")) return mod = "EQUAL_OR_MORE", i + 2;
    if (is(i, "at") && is(i + 1, "most")) return mod = "EQUAL_OR_LESS", i + 2;
    if (is(i, "up") && is(i + 1, "to")) return mod = "EQUAL_OR_LESS", i + 2;
    if (is(i, "just") && (is(i + 1, "over") || is(i + 1, "under"))) {
        mod = is(i + 1, "over") ? "MORE_THAN" : "LESS_THAN";
        return i + 2;
    }
    if (!has(i, kApprox)) return npos;
    switch (word(i)->approx) {
        case Approx::About: mod = "APPROX"; return i + 1;
        case Approx::Some: mod = "APPROX"; return i + 1;
        case Approx::Nearly:
            if (is(i, "just")) return npos;
            mod = "LESS_THAN";
            return i + 1;
        case Approx::Over: mod = "MORE_THAN"; return i + 1;
        case Approx::Under: mod = "LESS_THAN"; return i + 1;
        case Approx::AtMost: mod = "EQUAL_OR_LESS"; return is(i, "within") ? i + 1 : npos;
        default: return npos;
    }
}

// A word number at i ("seven", "twenty-four", "twenty four"); returns index after it.
std::size_t Grammar::number_word(std::size_t i, int& value) const {
    if (!has(i, kNumberWord)) return npos;
    value = word(i)->number;
    std::size_t j = i + 1;
    if (value >= 20 && value % 10 == 0 && value < 100) {
        std::size_t k = j;
        if (is(k, "-") && glued(k)) ++k;
        if (has(k, kNumberWord) && word(k)->number > 0 && word(k)->number < 10) {
            value += word(k)->number;
            j = k + 1;
        }
    }
    if (is(j, "hundred") && value < 100) {
        value *= 100;
        ++j;
    }
    if (is(j, "thousand") && value < 1000) {  // "two thousand years"
        value *= 1000;
        ++j;
    }
    return j;
}

// An amount before a unit: digits, words, "a", "a few", "several", "a couple of",
// "two and a half", "2 1/2". Returns the index after it, amount in halves (-1: unknown).
std::size_t Grammar::amount(std::size_t i, int& halves) const {
    int v = plain_number(i);
    // "1,000 years", "10,000 years": a grouped number only right before its unit
    if (v < 0 && is_number(i) && toks_[i].grouped && !toks_[i].ordinal && toks_[i].number < 100000 && has(i + 1, kUnit))
        v = toks_[i].number;
    std::size_t j = npos;
    if (v >= 0 && toks_[i].digits <= 5) {
        j = i + 1;
        halves = 2 * v;
        // "5 1/2"
        if (plain_number(j) == 1 && is(j + 1, "/") && plain_number(j + 2) == 2) {
            halves += 1;
            j += 3;
        }
    } else if (is(i, "a") || is(i, "an") || is(i, "one")) {
        if (is(i + 1, "few")) return halves = -1, i + 2;
        if (is(i + 1, "couple") && is(i + 2, "of")) return halves = 4, i + 3;
        if (is(i + 1, "dozen")) return halves = 24, i + 2;
        // "a hundred years", "a thousand years ago"
        if (is(i + 1, "hundred")) return halves = 200, i + 2;
        if (is(i + 1, "thousand")) return halves = 2000, i + 2;
        halves = 2;
        j = i + 1;
    } else if (is(i, "couple") && is(i + 1, "of")) {
        return halves = 4, i + 2;
    } else if (is(i, "half") && (is(i + 1, "a") || is(i + 1, "an"))) {
        return halves = 1, i + 2;
    } else if (has(i, kVagueAmount) && !is(i, "couple")) {
        halves = -1;
        j = i + 1;
        if (is(j, "more")) ++j;
    } else if ((is(i, "dozens") || is(i, "hundreds") || is(i, "thousands")) && is(i + 1, "of")) {
        return halves = -1, i + 2;
    } else {
        int value = 0;
        j = number_word(i, value);
        if (j == npos) return npos;
        halves = 2 * value;
    }
    // "two and a half"
    if (halves > 0 && is(j, "and") && is(j + 1, "a") && is(j + 2, "half")) {
        halves += 1;
        j += 3;
    }
    return j;
}

// A unit word at i (optionally "-"-joined adjective: "five-year"). Sets unit/plural.
bool Grammar::unit_at(std::size_t i, Unit& unit, bool& plural) const {
    if (!has(i, kUnit)) return false;
    if (toks_[i].capitalized && !is_sentence_start(i) && i > 0 && toks_[i - 1].kind == TokenKind::Number)
        return false;  // "60 Minutes", a title
    unit = word(i)->unit;
    plural = word(i)->plural;
    return true;
}

// Rules that start with an amount: durations, "ago"/"later" offsets, "N times a week".
Match Grammar::amount_rules(std::size_t i) const {
    Match m;
    if (const Match q = quarter_of_a_unit(i); q.end > i) return q;
    int halves = 0;
    std::size_t j = amount(i, halves);
    if (j == npos || j >= size()) return m;
    const bool article = is(i, "a") || is(i, "an");
    // "twice a week" is handled by every(); "three times a year"
    if (is(j, "times") && introduces_per_unit(j + 1) && halves > 0) {
        per_unit_set(m, j + 2, freq_code(halves / 2));
        return m;
    }
    if (is(j, "times") && has(j + 1, kSetAdverb) && halves > 0 && halves % 2 == 0)
        return set_with_frequency(j + 1, freq_code(halves / 2));
    std::size_t k = j;
    // "two to three weeks", "12 to 18 months": the span covers the range, the value its
    // first amount (as the corpus annotates it)
    if ((is(k, "to") || is(k, "or")) && halves > 0) {
        int upper = 0;
        const std::size_t after = amount(k + 1, upper);
        if (after != npos && upper > halves && has(after, kUnit)) k = after;
    }
    // "between six and nine months": each end is its own duration; the first takes the
    // unit of the second
    if (is(k, "and") && i > 0 && is(i - 1, "between") && halves > 0) {
        int upper = 0;
        const std::size_t after = amount(k + 1, upper);
        Unit u;
        bool pl;
        if (after != npos && upper > halves && unit_at(after, u, pl) && pl)
            return duration_match(m, j, u, halves, "amount_range_start");
    }
    bool hyphen = false;
    // "a five-year term"; "a several-year tenure", "a multi-year deal" (some years)
    if (is(k, "-") && glued(k) && (halves > 0 || has(i, kVagueAmount))) {
        hyphen = true;
        ++k;
    }
    // "two more weeks", "an additional year", "an extra day"; "eight trading days", "five
    // business days": words between the amount and its unit that belong to the length
    if (!hyphen && adds_to_an_amount(low(k))) ++k;
    if (!hyphen && halves > 0) k = past_kind_of_unit(k, halves);
    Unit unit;
    bool plural;
    if (!unit_at(k, unit, plural)) return m;
    if (unit == Unit::Weekend) return m;
    if (halves == 2 && plural && (article)) return m;  // "a days" is not English
    if (halves < 0 && !plural && !hyphen) return m;     // "several year" (but "a several-year tenure")
    if (unit == Unit::Second && !plural && halves != 2) return m;  // "the 1988 second quarter"
    if (article && unit == Unit::Second && !plural && !is(k + 1, "ago") && !is(k + 1, "later")) return m;
    if (hyphen && plural) return m;  // "three-quarters", "years-old"
    // "a year-earlier loss", "a year-end bonus", "a month-ago level": a time (unit_ago_earlier,
    // year_words), not a length of one unit
    if (!plural && !hyphen && time_suffix_at(k + 1)) return m;
    std::size_t end = k + 1;
    // "a quarter of the budget", "three quarters of the votes": a fraction, not a length (but
    // "two quarters of growth" is one)
    if (unit == Unit::Quarter && is(end, "of") && has(end + 1, kDeterminer)) return m;
    // "a quarter point", "a quarter-point cut", "three quarters of a percentage point": a
    // fraction of a point, not a length
    if (unit == Unit::Quarter && (is(end, "point") || is(end, "points") || is(end, "percentage") ||
                                  (is(end, "-") && (is(end + 1, "point") || is(end + 1, "percentage"))) ||
                                  (is(end, "of") && (is(end + 1, "a") || is(end + 1, "one")) &&
                                   (is(end + 2, "point") || is(end + 2, "percentage")))))
        return m;
    // Ages are not durations: "a 44-year-old", "52 years old".
    if (hyphen && is(end, "-") && glued(end) && is(end + 1, "old")) return m;
    if (!hyphen && is(end, "old")) return m;
    // "a 30-day-long fast": the adjective's "-long" belongs to the length. Without the first
    // hyphen ("a year-long inquiry") the article is not part of it: unit_led takes "year-long".
    if (long_suffix_at(end)) {
        if (!hyphen) return m;
        end += 2;
    }
    if (is(end, "or") && is(end + 1, "so")) end += 2;  // "a week or so ago"
    const bool rate = !hyphen && article && is_rate(i);
    m.end = end;
    m.spec.unit = unit;
    m.spec.amount_halves = halves;
    // Offsets: "two years ago", "a week later", "three days earlier", "two days before".
    if (!hyphen) {
        if (const Match o = offset_words_at(m, end); o.end > end) return o;
        if ((is(end, "before") || is(end, "after") || is(end, "afterward") || is(end, "afterwards")) &&
            !continues_phrase(end + 1))
            return offset(m, end + 1, is(end, "before") ? -1 : +1, true, "amount_unit_before_after");
    }
    // "$5 a year", "four flights a week": a rate, not a time
    if (rate) return {};
    m.end = end;  // with "or so" when it follows
    m.spec.shape = Shape::Duration;
    m.spec.type = TimexType::Duration;
    m.rule = hyphen ? "amount_hyphen_unit" : "amount_unit";
    // "a year or more", "two weeks or longer", "five years or less": the length and its bound
    if (!hyphen && is(end, "or")) {
        if (is(end + 1, "more") || is(end + 1, "longer")) m.spec.mod = "EQUAL_OR_MORE";
        else if (is(end + 1, "less") || is(end + 1, "fewer") || is(end + 1, "shorter")) m.spec.mod = "EQUAL_OR_LESS";
        if (!m.spec.mod.empty()) m.end = end + 2;
    }
    if (!hyphen) compound_clock_length(m, halves);
    return m;
}

// "7 hours and 15 minutes", "an hour and 20 minutes", "three minutes and 12 seconds", "2
// hours 15 minutes": one length, written as a clock length (PT7H15M) when the second unit is the smaller one.
void Grammar::compound_clock_length(Match& m, int halves) const {
    const auto seconds_in = [](Unit u) { return u == Unit::Hour ? 3600 : u == Unit::Minute ? 60 : u == Unit::Second ? 1 : 0; };
    const int first = seconds_in(m.spec.unit);
    if (first == 0 || halves <= 0 || halves % 2 != 0) return;
    // "2 hours and 15 minutes", or without the "and": "the film runs 2 hours 15 minutes"
    const std::size_t second_start = is(m.end, "and") ? m.end + 1 : m.end;
    if (second_start == m.end && !is_number(m.end)) return;
    int second_halves = 0;
    const std::size_t a = amount(second_start, second_halves);
    Unit u;
    bool plural;
    if (a == npos || second_halves <= 0 || second_halves % 2 != 0 || !unit_at(a, u, plural)) return;
    const int second = seconds_in(u);
    if (second == 0 || second >= first) return;
    m.spec.clock_seconds = halves / 2 * first + second_halves / 2 * second;
    m.spec.unit = Unit::None;
    m.end = a + 1;
    m.rule = "compound_clock_length";
}

// "a quarter of a century" (25 years), "three quarters of an hour" (45 minutes), "a quarter
// century": quarters of a unit, which halves cannot hold, counted in the next smaller unit;
// and "... ago", "... later" counted with them.
Match Grammar::quarter_of_a_unit(std::size_t i) const {
    Match m;
    if (!has(i + 1, kUnit) || word(i + 1)->unit != Unit::Quarter) return m;  // asked at every amount: cheap first
    int quarters = 0;
    if ((is(i, "a") || is(i, "one")) && is(i + 1, "quarter")) quarters = 1;
    if (is(i, "three") && is(i + 1, "quarters")) quarters = 3;
    if (quarters == 0) return m;
    const bool of_a = is(i + 2, "of") && (is(i + 3, "a") || is(i + 3, "an"));
    const std::size_t unit = of_a ? i + 4 : i + 2;
    if (is(unit, "century")) {
        m.spec.unit = Unit::Year;
        m.spec.amount_halves = 50 * quarters;
    } else if (is(unit, "hour") && of_a) {
        m.spec.unit = Unit::Minute;
        m.spec.amount_halves = 30 * quarters;
    } else {
        return m;
    }
    const std::size_t end = unit + 1;
    if (const Match o = offset_words_at(m, end); o.end > end) return o;
    return duration_match(m, end, m.spec.unit, m.spec.amount_halves, "quarter_unit");
}

// A duration of `halves` / 2 units ending at token `end`.
Match Grammar::duration_match(Match m, std::size_t end, Unit unit, int halves, std::string_view rule) {
    m.end = end;
    m.spec.shape = Shape::Duration;
    m.spec.type = TimexType::Duration;
    m.spec.unit = unit;
    m.spec.amount_halves = halves;
    m.rule = rule;
    return m;
}

Match Grammar::offset(Match m, std::size_t end, int direction, bool from_mention, std::string_view rule) const {
    m.end = end;
    m.spec.shape = Shape::Offset;
    m.spec.type = TimexType::Date;
    m.spec.direction = direction;
    m.spec.from_mention = from_mention;
    m.rule = rule;
    return m;
}

// The words after an amount of a unit (ending at `end`) that make it an offset: "ago" from
// the article date, "earlier"/"later" from the last mention, "from now"/"from today"; m
// unchanged (its end not past `end`) when none follows.
Match Grammar::offset_words_at(const Match& m, std::size_t end) const {
    if (is(end, "ago")) return at_the_grain_after(offset(m, end + 1, -1, false, "amount_unit_ago"));
    if (is(end, "earlier")) return offset(m, end + 1, -1, true, "amount_unit_earlier");
    if (is(end, "later")) return offset(m, end + 1, +1, true, "amount_unit_later");
    if (is(end, "from") && (is(end + 1, "now") || is(end + 1, "today")))
        return offset(m, end + 2, +1, false, "amount_unit_from_now");
    return m;
}

// "two years ago this month", "a year ago this week", "a year ago today", "a year ago
// yesterday": the anniversary, at the grain of the words after "ago".
Match Grammar::at_the_grain_after(Match m) const {
    const std::size_t k = m.end;
    if (is(k, "this") && (is(k + 1, "month") || is(k + 1, "week"))) {
        m.spec.keep_grain = is(k + 1, "month") ? Unit::Month : Unit::Week;
        m.end = k + 2;
    } else if (is(k, "today") || is(k, "yesterday")) {
        m.spec.keep_grain = Unit::Day;
        if (is(k, "yesterday")) m.spec.day_shift = -1;
        m.end = k + 1;
    } else {
        return m;
    }
    m.rule = "amount_unit_ago_anniversary";
    return m;
}

// After "before"/"after": does a noun phrase follow (an event anchor), rather than
// the end of the clause?
bool Grammar::continues_phrase(std::size_t i) const {
    if (i >= size()) return false;
    if (toks_[i].kind == TokenKind::Punct) return false;
    if (!same_sentence(i - 1, i)) return false;
    if (has(i, kTensePast | kTenseFuture | kTensePresent)) return false;
    return true;
}

// "$5 a year", "700 seats a week", "24 hours a day": a quantity just before the article.
bool Grammar::is_rate(std::size_t i) const {
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
        const std::size_t p = i - back;
        if (has(p, kCurrency) || is(p, "%") || toks_[p].kind == TokenKind::Number || has(p, kNumberWord))
            return true;
        // "24 hours a day", "seven days a week": a length per unit
        if (back == 1 && has(p, kUnit) && p > 0 && (is_number(p - 1) || has(p - 1, kNumberWord))) return true;
        if (toks_[p].kind == TokenKind::Punct || word(p)) return false;
    }
    return false;
}

// "a", "an", "per", "each" before the unit of "once a week", "twice an hour".
bool Grammar::introduces_per_unit(std::size_t k) const {
    return is(k, "a") || is(k, "an") || is(k, "per") || is(k, "each");
}

// "once a week", "three times a year": `freq` times per unit, the unit at token k (after
// "a", "per" or "each"); false, and m untouched, when no singular unit is there.
bool Grammar::per_unit_set(Match& m, std::size_t k, std::string_view freq) const {
    Unit u;
    bool pl;
    if (!unit_at(k, u, pl) || pl) return false;
    m.end = k + 1;
    m.spec.shape = Shape::Set;
    m.spec.type = TimexType::Set;
    m.spec.unit = u;
    m.spec.amount_halves = 2;
    m.spec.freq = freq;
    m.rule = "times_per_unit";
    return true;
}

std::string_view Grammar::freq_code(int times) {
    static constexpr std::array<std::string_view, 11> codes = {
        "", "1X", "2X", "3X", "4X", "5X", "6X", "7X", "8X", "9X", "10X"};
    return times >= 0 && times <= 10 ? codes[static_cast<std::size_t>(times)] : "";
}

// "finished in 2:07:35", "ran the mile in 3:59", "a time of 59:47", "clocked 1:58", "a 3:59
// mile": a race or match time written as a clock is a duration (PT2H7M35S). Only in such a
// context: "won 2:1" is a score, "3:1" a ratio, "John 3:16" a verse, "at 10:15" a time.
Match Grammar::clock_duration(std::size_t i) const {
    Match m;
    if (!is_number(i) || toks_[i].digits > 3 || toks_[i].grouped) return m;
    if (!(is(i + 1, ":") && glued(i + 1) && glued(i + 2) && is_number(i + 2) && toks_[i + 2].digits == 2))
        return m;
    const int a = toks_[i].number, b = toks_[i + 2].number;
    int c = -1;
    std::size_t j = i + 3;
    if (is(j, ":") && glued(j) && glued(j + 1) && is_number(j + 1) && toks_[j + 1].digits == 2) {
        c = toks_[j + 1].number;
        j += 2;
    }
    if (b > 59 || c > 59) return m;
    if (is(j, ":") && glued(j)) return m;  // more groups: no time
    // tenths ("1:58.2") are not read: better no value than a rounded one
    if (toks_[i + 2].grouped || (c >= 0 && toks_[j - 1].grouped)) return m;
    bool pm = false;
    if (meridiem(j, pm) != npos || has(j, kTimeZone)) return m;
    if (!race_time_context(i, j)) return m;
    m.end = j;
    m.spec.shape = Shape::Duration;
    m.spec.type = TimexType::Duration;
    m.spec.clock_seconds = c >= 0 ? (a * 60 + b) * 60 + c : a * 60 + b;
    m.rule = "clock_duration";
    return m;
}

// The words around a clock-style time [i, j) that make it the time a race took.
bool Grammar::race_time_context(std::size_t i, std::size_t j) const {
    if (i == 0) return false;
    const std::string_view before = low(i - 1);
    // "finished in", "ran the mile in", "won the 10,000 meters in", "won the Berlin Marathon
    // on Sunday in" (back to the verb, within the clause)
    if (before == "in") {
        for (std::size_t back = 2; back <= 8 && back <= i; ++back) {
            if (toks_[i - back].kind == TokenKind::Punct) return false;
            if (finishes_in_a_time(low(i - back))) return true;
        }
        return false;
    }
    // "a time of 2:24:55", "a first half of 1:07:11", "a split of 14:32"
    if (before == "of" && i >= 2 && (low(i - 2) == "time" || low(i - 2) == "half" || low(i - 2) == "split"))
        return true;
    if (clocks_a_time(before)) return true;                             // "clocked 1:58"
    // "a 3:59 mile", "her 2:21:04 marathon"
    const bool determiner = has(i - 1, kDeterminer) || before == "'s";
    const bool half_marathon = is(j, "half") && is(j + 1, "-") && is(j + 2, "marathon");
    return determiner && j < size() && (is_race_distance(low(j)) || half_marathon);
}

// "early summer", "late fall", "mid-winter": a season after early/mid/late
bool Grammar::after_point_mod(std::size_t i) const {
    std::size_t before = i;
    if (before > 1 && is(before - 1, "-") && glued(before - 1)) --before;
    if (before == 0 || !has(before - 1, kPointMod)) return false;
    const PointMod pm = word(before - 1)->point_mod;
    return pm == PointMod::Early || pm == PointMod::Mid || pm == PointMod::Late;
}

bool Grammar::sub_month_rhythm(Unit u) {
    return u == Unit::Day || u == Unit::Week || u == Unit::Hour || u == Unit::Fortnight;
}

// "daily", "annually", "weekly".
Match Grammar::set_adverb(std::size_t i) const {
    Match m;
    if (toks_[i].capitalized && !is_sentence_start(i)) return m;  // "The Daily Telegraph"
    // "quarterly dividend", "daily volume": an adjective before a noun names no time,
    // except a day-or-shorter rhythm after a determiner: "his daily life", "a daily
    // rally", "on a weekly basis" say how often something happens.
    if (i + 1 < size() && toks_[i + 1].kind == TokenKind::Word && !word(i + 1) && !toks_[i + 1].capitalized &&
        !(i > 0 && has(i - 1, kDeterminer) && sub_month_rhythm(word(i)->unit)))
        return m;
    if (is(i, "quarterly") && has(i + 1, kUnit)) return m;
    // "the Communist Party daily Granma", "the weekly Der Spiegel": the noun, a newspaper
    // (but not before a day or month: "met daily Monday through Friday")
    if (i + 1 < size() && toks_[i + 1].capitalized && toks_[i + 1].kind == TokenKind::Word &&
        !has(i + 1, kWeekday | kMonth) && !is_sentence_start(i + 1))
        return m;
    m.end = i + 1;
    m.spec.shape = Shape::Set;
    m.spec.type = TimexType::Set;
    m.spec.unit = word(i)->unit;
    m.spec.amount_halves = word(i)->unit == Unit::Fortnight ? 4 : 2;
    if (word(i)->unit == Unit::Fortnight) m.spec.unit = Unit::Week;
    m.rule = "set_adverb";
    return m;
}

// "twice daily", "three times weekly": the set adverb at `adverb` with the frequency before
// it, one expression from the frequency on (the match is tried there).
Match Grammar::set_with_frequency(std::size_t adverb, std::string_view freq) const {
    Match m = set_adverb(adverb);
    if (m.end <= adverb) return {};
    m.spec.freq = freq;
    m.rule = "set_with_frequency";
    return m;
}

// "every Tuesday", "each year", "every two weeks", "per day", "once a week", "twice a year".
Match Grammar::every(std::size_t i) const {
    Match m;
    m.spec.shape = Shape::Set;
    m.spec.type = TimexType::Set;
    m.spec.quant = is(i, "every") ? "EVERY" : is(i, "each") ? "EACH" : "";
    std::size_t j = i + 1;
    if (is(j, "other")) {
        m.spec.amount_halves = 4;
        ++j;
    } else if (has(j, kOrdinalWord) && word(j)->number >= 2 && word(j)->number <= 10 &&
               (has(j + 1, kWeekday) || (has(j + 1, kUnit) && !word(j + 1)->plural))) {
        // "every second Tuesday", "every third week": one in N ("second" is also a unit)
        m.spec.amount_halves = 2 * word(j)->number;
        ++j;
    } else {
        int halves = 0;
        const std::size_t a = amount(j, halves);
        // "every two weeks"; "every few years", "every several months": some number of them
        if (a != npos && (halves > 2 || (halves < 0 && !is(j, "some")))) {
            m.spec.amount_halves = halves;
            j = a;
        }
    }
    Unit u;
    bool pl;
    if (unit_at(j, u, pl)) {
        const bool counted = m.spec.amount_halves > 2 || m.spec.amount_halves < 0;
        // "every other day", "every third week" take the singular
        const bool one_in_n = j > i + 1 && (has(j - 1, kOrdinalWord) || is(j - 1, "other"));
        if (pl != (counted && !one_in_n)) return {};
        m.spec.unit = u;
        m.end = j + 1;
        m.rule = "every_unit";
        if (u == Unit::Weekend) {
            m.spec.unit = Unit::None;
            m.spec.weekend = true;
        }
        return m;
    }
    if (is(i, "per")) return {};
    if (has(j, kWeekday)) {
        m.spec.weekday = word(j)->weekday;
        m.end = j + 1;
        if (has(j + 1, kPartOfDay)) {
            m.spec.part = word(j + 1)->part;
            m.end = j + 2;
        }
        m.rule = "every_weekday";
        return m;
    }
    if (has(j, kMonth)) {
        m.spec.month = word(j)->month;
        m.end = j + 1;
        m.rule = "every_month";
        return m;
    }
    if (has(j, kSeason)) {
        m.spec.season = word(j)->season;
        m.end = j + 1;
        m.rule = "every_season";
        return m;
    }
    if (has(j, kPartOfDay)) {
        m.spec.part = word(j)->part;
        m.end = j + 1;
        m.rule = "every_part_of_day";
        return m;
    }
    return {};
}

// A bare plural unit: "for years", "in weeks" (a vague duration); "years-old" etc.
// "year-ago", "year-earlier", "the month-ago level", "the week-earlier figure": a time one
// unit back, as an adjective. "-ago" counts from the article date, as "a year ago" does;
// "-earlier" from the time under discussion ("the third quarter ... the year-earlier
// quarter"), as "a year earlier" does. (Not a day or an hour: "a day-earlier" is no idiom.)
Match Grammar::unit_ago_earlier(std::size_t i) const {
    Match m;
    const Unit unit = word(i)->unit;
    if (unit != Unit::Year && unit != Unit::Month && unit != Unit::Week) return m;
    if (!time_suffix_at(i + 1) || is(i + 2, "end")) return m;
    m.end = i + 3;
    m.spec.unit = unit;
    if (is(i + 2, "ago")) {
        m.spec.amount_halves = 2;
        return offset(m, i + 3, -1, false, unit == Unit::Year ? "year_ago" : "unit_ago_adjective");
    }
    m.spec.shape = Shape::Anaphor;
    m.spec.direction = -1;
    m.rule = unit == Unit::Year ? "year_earlier" : "unit_earlier_adjective";
    return m;
}

// The unit after a word at k that names its kind and is counted with it: "eight trading
// days", "five business days", "the past five fiscal years", "two fiscal quarters". Returns
// the unit's position, or k when there is no such word. One year of a kind is a kind of
// year, not a length ("changed from a fiscal year to a calendar year"), so a kind of year
// needs an amount of two or more (`halves`: twice the amount).
std::size_t Grammar::past_kind_of_unit(std::size_t k, int halves) const {
    if (!has(k + 1, kUnit)) return k;
    const Unit u = word(k + 1)->unit;
    if (u == Unit::Day && qualifies_a_day(low(k))) return k + 1;
    if ((u == Unit::Year || u == Unit::Quarter) && halves > 2 && qualifies_a_year(low(k))) return k + 1;
    return k;
}

Match Grammar::unit_led(std::size_t i) const {
    Match m;
    const Word* w = word(i);
    // A length as an adjective: "a year-long inquiry" (one year), "decades-long" (some).
    if (long_suffix_at(i + 1)) return duration_match(m, i + 3, w->unit, w->plural ? -1 : 2, "unit_long");
    if (!w->plural) return unit_ago_earlier(i);
    // "in the weeks before the shooting", "the days after the vote": some weeks next to an
    // event, a vague length anchored to it (the corpus makes them DATEs of the event's month,
    // which the text alone does not give)
    // (not "the weeks before Christmas", "the days after March 3": a stretch next to a date)
    const bool before_a_date = is_number(i + 2) || has(i + 2, kHoliday | kMonth | kWeekday | kDeictic) ||
                               (is(i + 2, "the") && (is_number(i + 3) || has(i + 3, kHoliday | kMonth | kWeekday)));
    if (i > 0 && is(i - 1, "the") && relates_to_event(low(i + 1)) && continues_phrase(i + 2) && !before_a_date &&
        (w->unit == Unit::Day || w->unit == Unit::Week || w->unit == Unit::Month)) {
        return duration_match(m, i + 1, w->unit, -1, "units_next_to_event");
    }
    // "in the years that followed", "the weeks which preceded the war", "in the days since the
    // attack": some of them after (or before) an event, the same vague length; years too,
    // since a narrative's aftermath runs to years as often as to days (not "the years since
    // 1990", a stretch from a date)
    const bool told_event = ((is(i + 1, "that") || is(i + 1, "which")) && (is(i + 2, "followed") || is(i + 2, "preceded"))) ||
                            (is(i + 1, "since") && !before_a_date);
    if (i > 0 && is(i - 1, "the") && told_event && w->unit != Unit::Weekend && w->unit != Unit::Second)
        return duration_match(m, i + 1, w->unit, -1, "units_next_to_event");
    if (i > 0 && (toks_[i - 1].kind == TokenKind::Number || has(i - 1, kNumberWord | kVagueAmount | kRelative)))
        return m;
    const bool after_verb = i > 0 && toks_[i - 1].kind == TokenKind::Word &&
                            (has(i - 1, kTensePast) || (!word(i - 1) && low(i - 1).size() > 4 &&
                                                        low(i - 1).substr(low(i - 1).size() - 2) == "ed"));
    const bool length_verb = i > 0 && toks_[i - 1].kind == TokenKind::Word && takes_a_length(low(i - 1));
    // "Minutes before takeoff", "arrested hours after the attack": the unit opens the phrase
    // (after a sentence start, a punctuation mark or a verb); "in the weeks before the
    // vote", "the first days after", "eight trading days after" are other phrases.
    // So does a unit after a place named by a noun phrase: "died at a hospital hours after
    // the shooting", "arrived in Geneva days before the summit" (an indefinite noun or a
    // name, so that "eight trading days after" and "the final days before" stay out).
    const bool after_place = i >= 2 && toks_[i - 1].kind == TokenKind::Word && !word(i - 1) &&
                             (toks_[i - 1].capitalized ? !is_sentence_start(i - 1) : (is(i - 2, "a") || is(i - 2, "an")));
    const bool opens_phrase = i == 0 || toks_[i - 1].kind != TokenKind::Word || after_verb || after_place;
    const bool from_event = opens_phrase && i + 1 < size() && toks_[i + 1].kind == TokenKind::Word &&
                            relates_to_event(low(i + 1));
    if (!(from_event || length_verb ||
          (i > 0 && (is(i - 1, "for") || is(i - 1, "in") || is(i - 1, "within") || is(i - 1, "over") ||
                     after_verb))))
        return m;
    if (after_verb && !length_verb && !from_event && i + 1 < size() && toks_[i + 1].kind == TokenKind::Word &&
        !word(i + 1))
        return m;
    if (is(i + 1, "of") || is(i + 1, "'s") || is(i + 1, "ago")) return m;
    if (w->unit == Unit::Second || w->unit == Unit::Weekend) return m;
    m.end = i + 1;
    m.spec.shape = Shape::Duration;
    m.spec.type = TimexType::Duration;
    m.spec.unit = w->unit;
    m.spec.amount_halves = -1;
    m.rule = "bare_units";
    return m;
}

}  // namespace chronicle::tagger::rules
