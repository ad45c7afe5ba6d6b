// Rules for times of day ("2:30 p.m.", "noon"), weekdays ("Tuesday", "late Monday") and
// parts of the day ("Tuesday morning", "tonight").
#include "tagger/grammar_rules.hpp"

namespace chronicle::tagger::rules {

// HH:MM[:SS]; returns the index after it.
std::size_t Grammar::clock(std::size_t i, int& hour, int& minute) const {
    if (!is_number(i) || toks_[i].digits > 2 || toks_[i].grouped) return npos;
    if (!(is(i + 1, ":") && glued(i + 1) && glued(i + 2) && is_number(i + 2) && toks_[i + 2].digits == 2))
        return npos;
    hour = toks_[i].number;
    minute = toks_[i + 2].number;
    if (hour > 24 || minute > 59) return npos;
    std::size_t j = i + 3;
    if (is(j, ":") && glued(j) && glued(j + 1) && is_number(j + 1) && toks_[j + 1].digits == 2) j += 2;
    return j;
}

// "a.m.", "p.m.", "am", "pm", "A.M."; returns the index after it; pm tells which.
std::size_t Grammar::meridiem(std::size_t i, bool& pm) const {
    if (has(i, kTimeSuffix)) {
        pm = word(i)->number == 12;
        std::size_t j = i + 1;
        if (is(j, ".") && glued(j) && !ends_sentence_after(j)) ++j;
        return j;
    }
    if ((is(i, "a") || is(i, "p")) && is(i + 1, ".") && glued(i + 1) && is(i + 2, "m") && glued(i + 2)) {
        pm = is(i, "p");
        std::size_t j = i + 3;
        if (is(j, ".") && glued(j)) ++j;
        return j;
    }
    return npos;
}

// "2:30 p.m.", "10 a.m.", "14:00 GMT", "0735 GMT", "ten o'clock".
Match Grammar::time_of_day(std::size_t i) const {
    Match m;
    int hour = -1, minute = 0;
    std::size_t j = clock(i, hour, minute);
    bool pm = false;
    std::size_t after = npos;
    if (j != npos) {
        if (i > 0 && (is(i - 1, "$") || has(i - 1, kCurrency))) return m;
        after = meridiem(j, pm);
        if (after == npos && !has(j, kTimeZone) && !(i > 0 && (is(i - 1, "at") || is(i - 1, "by") || is(i - 1, "until"))))
            return m;  // a bare "3:2" is a score or a ratio
    } else if (is_number(i) && toks_[i].digits == 4 && !toks_[i].grouped && has(i + 1, kTimeZone) &&
               toks_[i].number % 100 < 60 && toks_[i].number / 100 <= 24 && i > 0 &&
               (is(i - 1, "at") || is(i - 1, "by") || is(i - 1, "until") || is(i - 1, "from"))) {
        // "at 0600 GMT", "until 2300 GMT": a wire-service clock, four digits and a time zone
        // (not "Flight 1400 EST", "the 2021 EST budget"; and not "10:35 a.m. (0735 GMT)", the
        // same moment restated, which the corpus leaves untagged and a timeline would repeat)
        hour = toks_[i].number / 100;
        minute = toks_[i].number % 100;
        j = i + 1;
    } else {
        const int h = day_number(i);
        if (h < 1 || h > 12) return m;
        hour = h;
        minute = 0;
        after = meridiem(i + 1, pm);
        if (after == npos) {
            if (is(i + 1, "o'clock")) {
                after = i + 2;
            } else if (const std::size_t spoken = spoken_meridiem(i + 1, pm); spoken != npos) {
                after = spoken;  // "4 in the morning", "8 in the evening", "11 at night"
            } else {
                return m;
            }
        }
        j = i + 1;
    }
    if (after != npos) {
        if (pm && hour < 12) hour += 12;
        if (!pm && hour == 12) hour = 0;
        j = after;
    }
    if (has(j, kTimeZone)) ++j;
    m.end = j;
    m.spec.type = TimexType::Time;
    m.spec.hour = hour;
    m.spec.minute = minute;
    m.rule = "clock_time";
    attach_day_after_time(m);
    return m;
}

// "in the morning" (a.m.), "in the afternoon"/"in the evening"/"at night" (p.m.) after an
// hour; returns the token after the phrase, or npos.
std::size_t Grammar::spoken_meridiem(std::size_t k, bool& pm) const {
    std::size_t part = npos;
    if (is(k, "in") && is(k + 1, "the") && has(k + 2, kPartOfDay)) part = k + 2;
    if (is(k, "at") && is(k + 1, "night")) part = k + 1;
    if (part == npos) return npos;
    const PartOfDay p = word(part)->part;
    if (p == PartOfDay::Morning) {
        pm = false;
    } else if (p == PartOfDay::Afternoon || p == PartOfDay::Evening || p == PartOfDay::Night) {
        pm = true;
    } else {
        return npos;
    }
    return part + 1;
}

// "today", "yesterday" or "tomorrow" at k: a day a time of day can belong to
bool Grammar::names_a_day(std::size_t k) const {
    if (!has(k, kDeictic)) return false;
    const Deictic d = word(k)->deictic;
    return d == Deictic::Today || d == Deictic::Yesterday || d == Deictic::Tomorrow;
}

// "10 a.m. Tuesday", "noon Friday": the day is part of the expression.
void Grammar::attach_day_after_time(Match& m) const {
    std::size_t k = m.end;
    if (is(k, "on") || is(k, ",")) ++k;
    const Match md = month_day(k);
    if (md.end > k) {
        m.spec.month = md.spec.month;
        m.spec.day = md.spec.day;
        m.spec.year = md.spec.year;
        m.end = md.end;
        return;
    }
    if (has(k, kWeekday) && (word(k)->cats & kWeekday)) {
        m.spec.weekday = word(k)->weekday;
        m.end = k + 1;
    } else if (names_a_day(k)) {
        m.spec.deictic = word(k)->deictic;
        m.spec.shape = Shape::Deictic;
        m.end = k + 1;
    }
}

// "Tues.", "Wed.", "Thurs., Oct. 5": a weekday's short form, capitalized and with its
// period, as listings and schedules write it ("sat.", "wed." are verbs; "The Sun." is a
// newspaper).
Match Grammar::weekday_abbreviation(std::size_t i) const {
    Match m;
    const Word* w = word(i);
    if (w->weekday == 0 || (w->cats & kWeekday) || !toks_[i].capitalized) return m;
    if (!is(i + 1, ".") || !glued(i + 1)) return m;
    if (i > 0 && is(i - 1, "the")) return m;
    std::size_t j = i + 2;
    if (is(j, ",")) ++j;
    if (Match md = month_day(j); md.end > j) {
        md.spec.weekday = w->weekday;
        md.rule = "weekday_abbreviation_month_day";
        return md;
    }
    m.end = i + 2;
    m.spec.weekday = w->weekday;
    m.rule = "weekday_abbreviation";
    return m;
}

// "Tuesday", "Tuesday morning", "Tuesday, March 23", "Monday night".
Match Grammar::weekday(std::size_t i) const {
    Match m;
    // "The Sunday Times": a weekday inside a name
    if (i > 0 && toks_[i - 1].capitalized && is(i - 1, "the") && !is_sentence_start(i - 1) && i + 1 < size() &&
        toks_[i + 1].capitalized)
        return m;
    if (i > 0 && is(i - 1, "the") && i + 1 < size() && toks_[i + 1].capitalized && toks_[i + 1].kind == TokenKind::Word &&
        !has(i + 1, kMonth))
        return m;
    // "on a Sunday" is any Sunday and "a Sunday school" a kind of school, but "a Friday
    // deadline" and "a Sunday night memorial service" fall on one day.
    if (i > 0 && (is(i - 1, "a") || is(i - 1, "an"))) {
        const std::size_t noun = has(i + 1, kPartOfDay) ? i + 2 : i + 1;
        if (!dated_noun_at(noun) || weekday_kind_noun(low(noun))) return m;
    }
    // "at Sunday school", "the Sunday papers", "the Saturday market": a kind, whatever the article
    if (i + 1 < size() && !toks_[i + 1].capitalized && weekday_kind_noun(low(i + 1))) return m;
    if (word(i)->plural) {
        // "on Mondays": every Monday
        m.end = i + 1;
        m.spec.shape = Shape::Set;
        m.spec.type = TimexType::Set;
        m.spec.weekday = word(i)->weekday;
        m.rule = "plural_weekday";
        return m;
    }
    std::size_t j = i + 1;
    if (is(j, ",")) ++j;
    Match md = month_day(j);
    if (md.end > j) {
        md.spec.weekday = word(i)->weekday;
        md.rule = md.spec.year >= 0 ? "weekday_month_day_year" : "weekday_month_day";
        return md;
    }
    m.end = i + 1;
    m.spec.weekday = word(i)->weekday;
    m.rule = "weekday";
    // "Wednesday's ruling": something that has happened
    if (is(i + 1, "'s")) m.spec.rel = Relative::Same;
    if (has(i + 1, kPartOfDay) && low(i + 1).back() != 's') {
        add_part(m, i + 1);
    } else {
        // "Tuesday nights", "Sunday mornings": a habit, every such part of that weekday;
        // in "Monday and Tuesday nights" the first weekday shares the plural part.
        const bool shared = (is(i + 1, "and") || is(i + 1, "or")) && has(i + 2, kWeekday);
        const std::size_t part = shared ? i + 3 : i + 1;
        if (plural_part_of_day(part)) {
            if (!shared) m.end = i + 2;
            m.spec.shape = Shape::Set;
            m.spec.type = TimexType::Set;
            m.spec.part = word(part)->part;
            m.rule = "weekday_plural_part";
        }
    }
    return m;
}

bool Grammar::plural_part_of_day(std::size_t k) const {
    return has(k, kPartOfDay) && low(k).back() == 's' && word(k)->part != PartOfDay::Noon &&
           word(k)->part != PartOfDay::Midnight;
}

void Grammar::add_part(Match& m, std::size_t k) const {
    const PartOfDay p = word(k)->part;
    if (p == PartOfDay::Noon || p == PartOfDay::Midnight) {
        m.spec.hour = p == PartOfDay::Noon ? 12 : 24;
        m.spec.minute = 0;
    } else {
        m.spec.part = p;
    }
    m.spec.type = TimexType::Time;
    m.end = k + 1;
    m.rule = "weekday_part_of_day";
}

// "noon", "midnight" alone (TIME on the article date), "morning" alone is not tagged.
Match Grammar::part_of_day_alone(std::size_t i) const {
    Match m;
    const PartOfDay p = word(i)->part;
    if (p != PartOfDay::Noon && p != PartOfDay::Midnight) return part_with_point_mod(i);
    if (i > 0 && is(i - 1, "high")) return m;  // "high noon", an idiom
    m.end = i + 1;
    // A clock time, like "3 p.m.": on the day named after it ("noon Friday", "midnight on
    // Dec. 31", "noon today"), else on the day under discussion ("on Jan. 20, at noon"), else
    // on the article's
    m.spec.shape = Shape::Calendar;
    m.spec.type = TimexType::Time;
    m.spec.hour = p == PartOfDay::Noon ? 12 : 24;
    m.spec.minute = 0;
    m.rule = "noon_midnight";
    attach_day_after_time(m);
    return m;
}

// "late afternoon", "mid-afternoon yesterday", "early morning": a part of the day that
// a point modifier makes a time of its own (on the article date unless a day word
// follows); the prefix rule around it adds the modifier. "The morning" alone is not.
Match Grammar::part_with_point_mod(std::size_t i) const {
    Match m;
    if (low(i).back() == 's') return m;  // "late nights", a habit
    if (!after_point_mod(i)) return m;
    m.end = i + 1;
    m.spec.shape = Shape::Deictic;
    m.spec.deictic = Deictic::Today;
    m.spec.type = TimexType::Time;
    m.spec.part = word(i)->part;
    m.rule = "part_of_day_with_mod";
    if (names_a_day(i + 1)) {
        m.spec.deictic = word(i + 1)->deictic;
        m.end = i + 2;
    }
    return m;
}

}  // namespace chronicle::tagger::rules
