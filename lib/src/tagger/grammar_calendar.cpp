// Rules for calendar fields the text names: month-days ("March 23", "Sept. 3, 2019"),
// numeric dates, years and year ranges ("2011-12"), decades, centuries, quarters, seasons and
// holidays, with the guards that keep numbers that are not years out ("1966 Elm Street").
#include "tagger/grammar_rules.hpp"

namespace chronicle::tagger::rules {

// ---- numbers and amounts --------------------------------------------------------------
bool Grammar::is_year(std::size_t i) const {
    const int v = plain_number(i);
    return v >= 1000 && v <= 2099 && toks_[i].digits == 4;
}

int Grammar::day_number(std::size_t i) const {
    if (!is_number(i)) return -1;
    const Token& t = toks_[i];
    if (t.grouped || t.decade || t.short_year || t.digits > 2) return -1;
    return t.number >= 1 && t.number <= 31 ? t.number : -1;
}

// ---- calendar dates -------------------------------------------------------------------
// A month name at i; returns the index after it (and its period), or npos. An
// abbreviation must carry its period or be followed by a day number.
std::size_t Grammar::month_token(std::size_t i, int& month, bool need_day_after) const {
    const Word* w = word(i);
    if (!w || !(w->cats & (kMonth | kMonthAbbrev))) return npos;
    month = w->month;
    if (w->cats & kMonth) return i + 1;
    if (is(i + 1, ".") && glued(i + 1)) return i + 2;
    if (need_day_after || day_number(i + 1) > 0) return i + 1;
    return npos;
}

// Month [.] Day[st] [,] [Year], optionally after "Weekday,".
Match Grammar::month_day(std::size_t i) const {
    Match m;
    int month = 0;
    std::size_t j = month_token(i, month, false);
    if (j == npos) return m;
    int day = day_number(j);
    if (day < 0 && has(j, kOrdinalWord) && (word(i)->cats & kMonth) && toks_[j].capitalized)
        day = word(j)->number;  // "July Fourth"
    if (day < 0) return m;
    // "March 5 1/2"? "May 3-2" scores: a day must not be glued to more digits
    if ((is(j + 1, ":") && glued(j + 1) && is_number(j + 2)) || (is(j + 1, "/") && glued(j + 1))) return m;
    // A day range goes forward ("June 3-7": the 3rd here, the 7th by conjoined_day); a
    // second number not after the first is a score ("May 3-2")
    if (is(j + 1, "-") && glued(j + 1) && is_number(j + 2)) {
        const int second = day_number(j + 2);
        if (!(glued(j + 2) && second > day && second <= 31 && toks_[i].capitalized)) return m;
    }
    // "May 12" needs "May" to be the month: a capital letter.
    if (low(i) == "may" && !toks_[i].capitalized) return m;
    if (low(i) == "may" && has(j + 1, kUnit)) return m;  // "may 2 years"
    if (has(j + 1, kUnit) || has(j + 1, kMeasureNoun)) return m;  // "March 3 days"
    m.end = j + 1;
    m.spec.month = month;
    m.spec.day = day;
    std::size_t k = j + 1;
    if (is(k, ",")) ++k;
    if (!read_comma_year(m) && is_number(k) && toks_[k].short_year) {
        m.spec.year = short_year_value(toks_[k].number);
        m.end = k + 1;
    }
    m.rule = m.spec.year >= 0 ? "month_day_year" : "month_day";
    return m;
}

// The second day of "April 24 and 25", "March 3 or 4", "May 5 through 7": a bare day
// number that shares the month of the date just before the conjunction.
Match Grammar::conjoined_day(std::size_t i) const {
    Match m;
    const int day = day_number(i);
    if (day < 1 || day > 31 || i < 3) return m;
    const bool dash = is(i - 1, "-") && glued(i - 1) && glued(i);  // "June 3-7"
    if (!(is(i - 1, "and") || is(i - 1, "or") || is(i - 1, "through") || is(i - 1, "to") || dash)) return m;
    if (has(i + 1, kUnit) || has(i + 1, kMeasureNoun) || (is(i + 1, "-") && glued(i + 1))) return m;
    if (i + 1 < size() && toks_[i + 1].kind == TokenKind::Word && !is(i + 1, "and") && !is(i + 1, "in"))
        return m;  // "April 24 and 25 others": a count
    // The month is three tokens back ("April 24 and 25"), or four after an abbreviation
    // ("Sept . 3 and 4").
    for (const std::size_t back : {3u, 4u}) {
        if (back > i) break;
        const std::size_t k = i - back;
        if (!has(k, kMonth | kMonthAbbrev)) continue;
        const Match first = month_day(k);
        if (first.end != i - 1 || first.spec.year >= 0) continue;
        if (dash && day <= first.spec.day) continue;
        m.end = i + 1;
        m.spec.month = first.spec.month;
        m.spec.day = day;
        read_comma_year(m);
        m.rule = "conjoined_day";
        return m;
    }
    return m;
}

// ", 2021" or " 2021" right after a date: its year.
bool Grammar::read_comma_year(Match& m) const {
    std::size_t y = m.end;
    if (is(y, ",")) ++y;
    if (!is_year(y)) return false;
    m.spec.year = plain_number(y);
    m.end = y + 1;
    return true;
}

// Day [of] Month [,] [Year]: "23 March 2021", "the 23rd of March".
Match Grammar::day_month(std::size_t i) const {
    Match m;
    std::size_t j = i;
    if (is(j, "the")) ++j;
    int day = day_number(j);
    if (day < 0 && has(j, kOrdinalWord)) day = word(j)->number;
    if (day < 0) return m;
    const bool written_ordinal = !is_number(j) || toks_[j].ordinal;
    if (j > i && !written_ordinal) return m;
    std::size_t k = j + 1;
    if (is(k, "of")) ++k;
    else if (!is_number(j)) return m;
    int month = 0;
    const std::size_t after = month_token(k, month, true);
    if (after == npos) return m;
    if (low(k) == "may" && !toks_[k].capitalized) return m;
    m.end = after;
    m.spec.month = month;
    m.spec.day = day;
    read_comma_year(m);
    m.rule = "day_month";
    return m;
}

// Month [of|,] Year: "March 2021", "March of 2021".
Match Grammar::month_year(std::size_t i) const {
    Match m;
    int month = 0;
    std::size_t j = month_token(i, month, true);
    if (j == npos) return m;
    if (is(j, "of") || is(j, ",")) ++j;
    std::size_t spoken_end = 0;
    const int spoken = spoken_year_at(j, spoken_end);
    if (is_year(j)) {
        m.spec.year = plain_number(j);
    } else if (spoken > 0) {
        m.spec.year = spoken;
        if (low(i) == "may" && !toks_[i].capitalized) return m;
        m.spec.month = month;
        m.end = spoken_end;
        m.rule = "month_spoken_year";
        return m;
    } else if (is_number(j) && toks_[j].short_year && !toks_[j].decade) {
        m.spec.year = short_year_value(toks_[j].number);
    } else {
        return m;
    }
    if (low(i) == "may" && !toks_[i].capitalized) return m;
    m.spec.month = month;
    m.end = j + 1;
    m.rule = "month_year";
    return m;
}

// A month alone: "in March". "May" and "March" also are a verb and a noun, so they need
// a temporal context word before them.
Match Grammar::month_alone(std::size_t i) const {
    Match m;
    const Word* w = word(i);
    if (!(w->cats & kMonth) || !toks_[i].capitalized) return m;
    const bool ambiguous = low(i) == "may" || low(i) == "march";
    // "May was the wettest month": a month as the subject of a verb
    const bool subject = is_sentence_start(i) && has(i + 1, kTensePast | kTensePresent) && !is(i + 1, "have");
    // "the May deadline", "the March accession": after "the", before a noun, the month
    const bool the_month_of_noun = ambiguous && i > 0 && is(i - 1, "the") && !is_sentence_start(i) && dated_noun_at(i + 1);
    // "April-May", "March-May": either month of a span written with a hyphen
    const bool after_month_hyphen = i >= 2 && has(i - 2, kMonth) && toks_[i - 2].capitalized && is(i - 1, "-") &&
                                    glued(i - 1) && glued(i);
    const bool before_month_hyphen = has(i + 2, kMonth) && toks_[i + 2].capitalized && is(i + 1, "-") &&
                                     glued(i + 1) && glued(i + 2);
    if ((ambiguous || is_sentence_start(i)) && !subject && !the_month_of_noun && !after_month_hyphen &&
        !before_month_hyphen) {
        if (i == 0 || !(has(i - 1, kYearWord) || has(i - 1, kRelative) || has(i - 1, kPointMod)))
            return m;
        // (but "from March to May", "between April and May": the second end of a range of months)
        const bool second_month = i >= 2 && has(i - 2, kMonth) && toks_[i - 2].capitalized &&
                                  (is(i - 1, "and") || is(i - 1, "or") || is(i - 1, "to"));
        // (and "postponed to May", "pushed back to March": no modal or verb follows "to"
        // there, it is the month the date moves to)
        auto moved_to_month = [&] {
            if (i < 2 || !is(i - 1, "to")) return false;
            std::size_t k = i - 2;
            if ((is(k, "back") || is(k, "forward")) && k > 0) --k;
            return moves_a_date(low(k));
        };
        if (ambiguous && !second_month && !moved_to_month() && (is(i - 1, "and") || is(i - 1, "or") || is(i - 1, "to") || is(i - 1, "as") ||
                                           is(i - 1, "at") || is(i - 1, "for")))
            return m;
    }
    if (is(i + 1, "'s") || (i + 1 < size() && toks_[i + 1].capitalized && !is(i + 1, "The")) ) {
        // "March Madness", "August Wilson": a name
        if (!(i > 0 && (has(i - 1, kYearWord) || has(i - 1, kRelative)))) return m;
    }
    m.end = i + 1;
    m.spec.month = w->month;
    m.rule = "month";
    // "January this year", "June last year"
    if (has(i + 1, kRelative) && is(i + 2, "year")) {
        const Relative r = word(i + 1)->relative;
        if (r == Relative::This || r == Relative::Last || r == Relative::Next) {
            m.spec.rel = r;
            m.spec.year_rel = true;
            m.end = i + 3;
            m.rule = "month_relative_year";
        }
    }
    return m;
}

// YYYY-MM-DD [time], M/D/YYYY [time] (D/M/YYYY when D is past 12).
Match Grammar::numeric_date(std::size_t i) const {
    Match m;
    int y = -1, mo = -1, d = -1;
    std::size_t j = npos;
    if (is_year(i) && is(i + 1, "-") && glued(i + 1) && glued(i + 2) && is(i + 3, "-") && glued(i + 3) &&
        glued(i + 4) && is_number(i + 2) && is_number(i + 4) && toks_[i + 2].digits == 2 &&
        toks_[i + 4].digits == 2) {
        y = plain_number(i);
        mo = plain_number(i + 2);
        d = plain_number(i + 4);
        j = i + 5;
        m.rule = "iso_date";
    } else if (day_number(i) > 0 && is(i + 1, "/") && glued(i + 1) &&
               glued(i + 2) && day_number(i + 2) > 0 && is(i + 3, "/") && glued(i + 3) && glued(i + 4) &&
               is_number(i + 4) && (toks_[i + 4].digits == 4 || toks_[i + 4].digits == 2) &&
               !toks_[i + 4].grouped) {
        // Month first, as American news writes it, unless the first number cannot be a month:
        // "31/12/2021" is day first (and "12/31/2021" month first either way)
        const bool day_first = toks_[i].number > 12;
        mo = day_first ? toks_[i + 2].number : toks_[i].number;
        d = day_first ? toks_[i].number : toks_[i + 2].number;
        y = toks_[i + 4].digits == 4 ? toks_[i + 4].number : short_year_value(toks_[i + 4].number);
        j = i + 5;
        m.rule = day_first ? "slash_date_day_first" : "slash_date";
        if (is(j, "/") && glued(j)) return {};  // a longer code, not a date
    } else {
        return m;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return {};
    m.spec.year = y;
    m.spec.month = mo;
    m.spec.day = d;
    m.spec.dateline = toks_[i].line_start;
    m.end = j;
    // A clock time after the date: "1999-01-22 13:06:18", "12/05/1998 09:42:00"
    std::size_t k = j;
    if (is(k, "t") && glued(k)) ++k;
    int hour = -1, minute = -1;
    const std::size_t after = clock(k, hour, minute);
    if (after != npos) {
        m.spec.hour = hour;
        m.spec.minute = minute;
        m.end = after;
    }
    if (m.spec.dateline || m.spec.hour >= 0) m.spec.type = TimexType::Time;
    return m;
}

// A four-digit year alone: "in 2018", "since 1998". Not money ("$2,018" never gets
// here: grouped), not a quantity ("2000 kilometers"), not a code ("Boeing 747").
// The second year of "2011-2012", "the winter of 1983-84", "the 1990-91 recession": its
// own expression, a two-digit year read in the first one's century (the next one when it
// would go back: "1999-00").
Match Grammar::year_range_end(std::size_t i) const {
    Match m;
    if (i < 2 || !is(i - 1, "-") || !glued(i - 1) || !glued(i) || !is_year(i - 2) || !is_number(i)) return m;
    if (toks_[i].grouped || (i + 1 < size() && glued(i + 1) && !is(i + 1, ",") && !is(i + 1, ".")) ||
        (i >= 3 && is(i - 3, "-") && glued(i - 2)))  // "2011-12-05", "05-1998-99": dates and codes
        return m;
    const int first = plain_number(i - 2);
    int second = -1;
    if (toks_[i].digits == 4) second = plain_number(i);
    if (toks_[i].digits == 2) {
        second = first / 100 * 100 + toks_[i].number;
        if (second <= first) second += 100;
    }
    if (second <= first || second - first > 10) return m;
    m.end = i + 1;
    m.spec.year = second;
    m.rule = "year_range_end";
    return m;
}

Match Grammar::bare_year(std::size_t i) const {
    Match m;
    if (!is_year(i)) {
        if (is_number(i) && toks_[i].short_year && !toks_[i].decade && i > 0 && has(i - 1, kYearWord) &&
            !has(i - 1, kMonth)) {
            m.end = i + 1;
            m.spec.year = short_year_value(toks_[i].number);
            m.rule = "short_year";
        }
        return m;
    }
    const int v = plain_number(i);
    if (!year_context_ok(i)) return m;
    const bool context = i > 0 && (has(i - 1, kYearWord) || has(i - 1, kMonth) || has(i - 1, kSeason));
    if ((v < 1900 || v > 2050) && !context) return m;
    m.end = i + 1;
    m.spec.year = v;
    m.rule = "year";
    return m;
}

bool Grammar::year_context_ok(std::size_t i) const {
    if (i > 0) {
        const std::size_t p = i - 1;
        if (is(p, "$") || has(p, kCurrency) || is(p, "#")) return false;
        if (toks_[p].kind == TokenKind::Number) return false;
        if ((is(p, "-") || is(p, "/") || is(p, ":") || is(p, ".") || is(p, "+")) && glued(i) && p > 0 &&
            toks_[p - 1].kind == TokenKind::Number && glued(p))
            return false;
        if (toks_[p].kind == TokenKind::Word && glued(i)) return false;  // "A380", "F1998"
    }
    const std::size_t n = i + 1;
    if (n < size()) {
        if (has(n, kMeasureNoun) || is(n, "%")) return false;
        if ((is(n, "-") || is(n, "/") || is(n, ":")) && glued(n) && is_number(n + 1) && glued(n + 1) &&
            toks_[n + 1].digits != 2 && toks_[n + 1].digits != 4)
            return false;
        if (toks_[n].kind == TokenKind::Number && !toks_[n].space_before) return false;
        // "1600 Pennsylvania Avenue", "1919 M Street": an address
        if (toks_[n].capitalized && !has(n, kMonth | kWeekday) && n + 1 < size() && is_street(n + 1)) return false;
        if (toks_[n].capitalized && !has(n, kMonth | kWeekday) && is_street(n)) return false;
        if (toks_[n].kind == TokenKind::Word && glued(n) && !is(n, "'s")) return false;
    }
    return true;
}

// A year said in words, as broadcast transcripts write it: "nineteen ninety-six".
// Returns the year (or -1) and the index after it.
int Grammar::spoken_year_at(std::size_t i, std::size_t& end) const {
    if (!has(i, kNumberWord)) return -1;
    const int century = word(i)->number;
    if (century < 11 || century > 20) return -1;
    int rest = 0;
    const std::size_t j = number_word(i + 1, rest);
    if (j == npos || rest < 10 || rest > 99) return -1;
    end = j;
    return century * 100 + rest;
}

Match Grammar::spoken_year(std::size_t i) const {
    Match m;
    std::size_t end = 0;
    const int y = spoken_year_at(i, end);
    if (y < 0) return m;
    if (has(end, kUnit) || has(end, kMeasureNoun)) return m;
    m.end = end;
    m.spec.year = y;
    m.rule = "spoken_year";
    return m;
}

bool Grammar::is_street(std::size_t i) const {
    return is(i, "avenue") || is(i, "street") || is(i, "st") || is(i, "road") || is(i, "boulevard") ||
           is(i, "blvd") || is(i, "ave") || is(i, "lane") || is(i, "drive") || is(i, "place");
}

// "the 1990s", "the '90s", "mid-1990s" (the prefix adds MID), "the 1900s" (a century).
Match Grammar::decade(std::size_t i) const {
    Match m;
    if (!is_number(i) || !toks_[i].decade) return m;
    const Token& t = toks_[i];
    if (t.short_year) {
        if (t.number % 10 != 0) return m;
        m.spec.decade = (t.number < 30 ? 200 : 190) + t.number / 10;
    } else if (t.digits == 4 && t.number % 10 == 0 && t.number >= 1000 && t.number <= 2090) {
        if (t.number % 100 == 0 && t.number != 2000) m.spec.century = t.number / 100;
        else m.spec.decade = t.number / 10;
    } else {
        return m;
    }
    m.end = i + 1;
    m.rule = "decade";
    return m;
}

// "the 20th century", "the nineteenth century".
Match Grammar::century(std::size_t i) const {
    Match m;
    std::size_t j = i;
    if (is(j, "the")) ++j;
    int ordinal = -1;
    if (is_number(j) && toks_[j].ordinal) ordinal = toks_[j].number;
    else if (has(j, kOrdinalWord)) ordinal = word(j)->number;
    else if (is(j, "twenty") && is(j + 1, "-") && is(j + 2, "first")) ordinal = 21, j += 2;
    if (ordinal < 1 || ordinal > 30) return m;
    std::size_t k = j + 1;
    if (is(k, "-") && glued(k)) ++k;
    if (!is(k, "century")) return m;
    if (toks_[k].capitalized && k + 1 < size() && toks_[k + 1].capitalized) return m;  // "21st Century Fox"
    m.end = k + 1;
    m.spec.century = ordinal - 1;
    m.rule = "century";
    return m;
}

// "the third quarter [of 2020]", "third-quarter", "the first half of 2020",
// "the first nine months" (a duration).
// "the April-June quarter", "the July-September period", "the January-June period": two
// months joined by a hyphen that cover a calendar quarter or half are that quarter or half.
Match Grammar::months_as_quarter(std::size_t j) const {
    Match m;
    if (!has(j, kMonth) || !toks_[j].capitalized || !is(j + 1, "-") || !glued(j + 1) || !glued(j + 2) ||
        !has(j + 2, kMonth) || !(is(j + 3, "quarter") || is(j + 3, "period")))
        return m;
    const int first = word(j)->month, last = word(j + 2)->month;
    if (last == first + 2 && (first - 1) % 3 == 0) m.spec.quarter = (first - 1) / 3 + 1;
    else if (last == first + 5 && (first == 1 || first == 7)) m.spec.half = first == 1 ? 1 : 2;
    else return m;
    m.end = j + 4;
    m.rule = m.spec.quarter > 0 ? "quarter_of_months" : "half_of_months";
    return m;
}

Match Grammar::quarter(std::size_t i) const {
    Match m;
    std::size_t j = i;
    const bool the = is(j, "the");
    if (the) ++j;
    // "this year's third quarter", "next year's first quarter"
    int year_rel = 0;
    bool year_given = false;
    if (has(j, kRelative) && is(j + 1, "year") && is(j + 2, "'s")) {
        const Relative r = word(j)->relative;
        year_rel = r == Relative::Last ? -1 : r == Relative::Next ? 1 : 0;
        year_given = true;
        j += 3;
    }
    // "the year-ago third quarter", "the year-earlier third quarter"
    if (the && is(j, "year") && is(j + 1, "-") && (is(j + 2, "ago") || is(j + 2, "earlier"))) {
        year_rel = -1;
        year_given = true;
        j += 3;
    }
    if (is(j, "fiscal")) ++j;
    // "the June quarter", "the September quarter": the calendar quarter that ends that month,
    // as companies with other fiscal years name their quarters
    // (not "the March quarter-finals", a compound noun)
    if (the && has(j, kMonth) && toks_[j].capitalized && is(j + 1, "quarter") && word(j)->month % 3 == 0 &&
        !(is(j + 2, "-") && glued(j + 2))) {
        m.end = j + 2;
        m.spec.quarter = word(j)->month / 3;
        m.rule = "quarter_by_its_last_month";
        if (year_given) m.spec.rel = year_rel < 0 ? Relative::Last : year_rel > 0 ? Relative::Next : Relative::This;
        read_year_after(m);
        return m;
    }
    if (const Match span = has(j, kMonth) ? months_as_quarter(j) : Match{}; span.end > 0) {
        m = span;
        if (year_given) m.spec.rel = year_rel < 0 ? Relative::Last : year_rel > 0 ? Relative::Next : Relative::This;
        read_year_after(m);
        return m;
    }
    int year_before = -1;
    if (the && is_year(j) && (has(j + 1, kOrdinalWord) || (is_number(j + 1) && toks_[j + 1].ordinal))) {
        year_before = plain_number(j);
        ++j;
    }
    int ordinal = -1;
    if (is_number(j) && toks_[j].ordinal) ordinal = toks_[j].number;
    else if (has(j, kOrdinalWord)) ordinal = word(j)->number;
    else if (the && (is(j, "final") || is(j, "last")) && (is(j + 1, "quarter") || is(j + 1, "half")))
        ordinal = is(j + 1, "quarter") ? 4 : 2;
    if (ordinal < 1) return m;
    std::size_t k = j + 1;
    const bool adjective = is(k, "-") && glued(k);  // "third-quarter results"
    if (adjective) ++k;
    if (is(k, "fiscal")) ++k;
    if (adjective && the && !year_given && year_before < 0) return m;  // "the" belongs to the noun
    const bool is_quarter = is(k, "quarter");
    const bool is_half = is(k, "half");
    if ((is_quarter && ordinal <= 4) || (is_half && ordinal <= 2)) {
        m.end = k + 1;
        if (is_quarter) m.spec.quarter = ordinal;
        else m.spec.half = ordinal;
        m.rule = is_quarter ? "quarter" : "half";
        if (year_given) {
            m.spec.rel = year_rel < 0 ? Relative::Last : year_rel > 0 ? Relative::Next : Relative::This;
        }
        if (is_half && !year_given && year_before < 0) {
            if (const Match whole = half_of_decade_or_century(m.end, ordinal == 1); whole.end > m.end) return whole;
        }
        // "the first half of the season", "the third quarter of the film": a part of a thing
        // the lexicon does not know as a time, not of a year
        if (!year_given && year_before < 0 && is(m.end, "of") && has(m.end + 1, kDeterminer) && !word(m.end + 2) &&
            !is_number(m.end + 2))
            return {};
        // "a fast first half of 1:07:11": a half (or quarter) of a race, timed by a clock
        if (is(m.end, "of") && is_number(m.end + 1) && is(m.end + 2, ":") && glued(m.end + 2)) return {};
        read_year_after(m);
        if (year_before >= 0 && m.spec.year < 0) m.spec.year = year_before;
        // "scored twice in the second half", "trailed in the fourth quarter": the half or
        // quarter of a game, not of a year, when nothing names the year
        if (!year_given && m.spec.year < 0 && m.spec.rel == Relative::None && sentence_is_about_a_game(i)) return {};
        return m;
    }
    if (year_before >= 0) return m;
    // "the first nine months", "the first six months of 1990"
    if (the && ordinal == 1) {
        int halves = 0;
        const std::size_t a = amount(k, halves);
        Unit u;
        bool pl;
        if (a != npos && halves > 2 && unit_at(a, u, pl) && pl) m = duration_match(m, a + 1, u, halves, "first_n_units");
    }
    return m;
}

// "the first half of the 1980s", "the last half of the '80s", "the second half of the
// century", "the first half of the decade" (the one under discussion): TIMEX3 has no half of a
// decade or century, so it is the decade or century itself, START for the first half and END
// for the second, as "the early 1990s" and "the late 1980s" are. `of` is the token after
// "half".
Match Grammar::half_of_decade_or_century(std::size_t of, bool first) const {
    Match m;
    if (!is(of, "of") || !is(of + 1, "the")) return m;
    if (is(of + 2, "decade") || is(of + 2, "century")) {
        m.end = of + 3;
        m.spec.shape = Shape::Anaphor;
        m.spec.unit = is(of + 2, "decade") ? Unit::Decade : Unit::Century;
        m.spec.direction = 0;
        m.rule = "half_of_the_decade";
    } else {
        m = core_at(of + 1);
        if (m.end <= of + 2 || (m.spec.decade < 0 && m.spec.century < 0) || !m.spec.mod.empty()) return {};
        m.rule = "half_of_a_decade";
    }
    m.spec.mod = first ? "START" : "END";
    return m;
}

// The codes of business copy, a capital letter written onto a number: "Q3" (a quarter),
// "H1" (a half), "Q3 2023", "FY2024" and "FY24" (a fiscal year, named by the year it ends
// in, as "fiscal 2024" is). Not a model or a strain: "H1N1" goes on with a letter, and
// after a name ("the Audi Q3") the code is part of it.
Match Grammar::period_code(std::size_t i) const {
    Match m;
    if (!toks_[i].capitalized || !is_number(i + 1) || !glued(i + 1)) return m;
    if (i + 2 < size() && glued(i + 2) && toks_[i + 2].kind == TokenKind::Word) return m;  // "H1N1", "Q3s"
    if (i > 0 && !is_sentence_start(i) && toks_[i - 1].kind == TokenKind::Word && toks_[i - 1].capitalized &&
        !word(i - 1))
        return m;
    const Token& n = toks_[i + 1];
    if (is(i, "fy")) {
        const int year = n.digits == 4 ? plain_number(i + 1)
                         : n.digits == 2 && !n.grouped && !n.ordinal ? short_year_value(n.number)
                                                                     : -1;
        if (year < 0) return m;
        m.end = i + 2;
        m.spec.year = year;
        m.rule = "fiscal_year_code";
        return m;
    }
    const int number = n.digits == 1 ? plain_number(i + 1) : -1;
    if (is(i, "q") && number >= 1 && number <= 4) m.spec.quarter = number;
    else if (is(i, "h") && number >= 1 && number <= 2) m.spec.half = number;
    else return m;
    m.end = i + 2;
    m.rule = "period_code";
    read_year_after(m);
    // "H1" is also a visa, a heading, a chess square: a half only with its year or after a
    // word that introduces a year ("in H1", "for H2", the kYearWord table)
    if (m.spec.half > 0 && m.spec.year < 0 && !(i > 0 && has(i - 1, kYearWord))) return {};
    return m;
}

// Whether the sentence around token i tells of a game ("goal", "scored", "halftime"): a game
// word within 12 tokens of it. Only words the lexicon does not know are looked at (no game
// word is in it), which keeps the scan off most tokens.
bool Grammar::sentence_is_about_a_game(std::size_t i) const {
    const Sentence& s = t_.sentences[toks_[i].sentence];
    const std::size_t from = i > s.first_token + 12 ? i - 12 : s.first_token;
    const std::size_t to = std::min<std::size_t>(s.last_token, i + 12);
    for (std::size_t k = from; k < to; ++k)
        if (toks_[k].kind == TokenKind::Word && !toks_[k].word && is_game_word(low(k))) return true;
    return false;
}

// "of 2020", ", 2020", "2020", "of last year", "of fiscal 1990" after a quarter/half/season.
void Grammar::read_year_after(Match& m) const {
    std::size_t k = m.end;
    if (is(k, "of") || is(k, ",")) ++k;
    if (is(k, "fiscal")) ++k;
    std::size_t spoken_end = npos;
    if (is_year(k)) {
        m.spec.year = plain_number(k);
        m.end = k + 1;
    } else if (const int spoken = is(m.end, "of") ? spoken_year_at(k, spoken_end) : -1; spoken > 0) {
        // "the winter of nineteen ninety-four", as broadcast transcripts spell years
        m.spec.year = spoken;
        m.end = spoken_end;
    } else if (is(m.end, "of") && is(k, "the") && is(k + 1, "year")) {
        m.spec.rel = Relative::This;
        m.end = k + 2;
    } else if (is(m.end, "of") && has(k, kRelative) && is(k + 1, "year")) {
        const Relative r = word(k)->relative;
        m.spec.rel = r == Relative::Last || r == Relative::Previous ? Relative::Last
                     : r == Relative::Next                          ? Relative::Next
                                                                    : Relative::This;
        m.end = k + 2;
    }
}

// "summer", "the summer of 2020", "summer 2020".
Match Grammar::season(std::size_t i) const {
    Match m;
    const bool context = i > 0 && (is(i - 1, "the") || is(i - 1, "in") || is(i - 1, "this") ||
                                   is(i - 1, "last") || is(i - 1, "next") || is(i - 1, "since") ||
                                   is(i - 1, "during") || is(i - 1, "by") || is(i - 1, "until") ||
                                   after_point_mod(i));
    if (low(i) == "fall" && !(i > 0 && (is(i - 1, "the") || is(i - 1, "this") || is(i - 1, "in") ||
                                        is(i - 1, "last") || is(i - 1, "next") || after_point_mod(i))))
        return m;
    m.end = i + 1;
    m.spec.season = word(i)->season;
    m.rule = "season";
    read_year_after(m);
    if (m.spec.year < 0 && !context) return {};
    if (m.spec.year < 0 && low(i) == "fall" && i + 1 < size() && toks_[i + 1].kind == TokenKind::Word &&
        !has(i + 1, kTensePast | kTensePresent | kTenseFuture) && !is(i + 1, "and"))
        return {};  // "the fall in prices"
    if (is(i + 1, "of") && m.spec.year < 0) return {};
    return m;
}

// "the year", "the full year", "the fiscal year ended June 30", "the year 2000": in
// company reports the year under discussion is the article's; "ended ..." makes it a
// twelve-month period.
Match Grammar::the_year(std::size_t i) const {
    Match m;
    std::size_t j = i + 1;
    if (is(j, "full")) ++j;
    if (is(j, "fiscal")) ++j;
    if (!is(j, "year")) return m;
    if (is(j + 1, "-") || is(j + 1, "'s") || is(j + 1, "before") || is(j + 1, "after") || is(j + 1, "of"))
        return m;
    std::size_t spoken_end = 0;
    const int spoken = is(j + 1, "two") && is(j + 2, "thousand") ? 2000 : spoken_year_at(j + 1, spoken_end);
    if (is_year(j + 1) || spoken > 0) {
        m.end = is_year(j + 1) ? j + 2 : (spoken == 2000 && is(j + 2, "thousand") ? j + 3 : spoken_end);
        m.spec.year = is_year(j + 1) ? plain_number(j + 1) : spoken;
        m.rule = "the_year_number";
        return m;
    }
    m.end = j + 1;
    m.spec.unit = Unit::Year;
    if (is(j + 1, "ended") || is(j + 1, "ending")) {
        m.spec.shape = Shape::Duration;
        m.spec.type = TimexType::Duration;
        m.spec.amount_halves = 2;
        m.rule = "the_year_ended";
        return m;
    }
    m.spec.shape = Shape::RelativeUnit;
    m.spec.rel = Relative::This;
    m.rule = "the_year";
    return m;
}

Match Grammar::holiday(std::size_t i) const {
    const Holiday h = word(i)->holiday;
    std::size_t j = i + 1;
    Holiday which = h;
    if (h == Holiday::Christmas && is(j, "eve")) ++j, which = Holiday::ChristmasEve;
    else if ((h == Holiday::Christmas || h == Holiday::Thanksgiving) && is(j, "day")) ++j;
    else if (h == Holiday::Easter && is(j, "sunday")) ++j;
    if (!toks_[i].capitalized) return {};
    return holiday_spec(i, j, which);
}

Match Grammar::holiday_spec(std::size_t /*first*/, std::size_t end, Holiday h) const {
    Match m;
    m.end = end;
    m.spec.shape = Shape::Holiday;
    m.spec.holiday = h;
    m.rule = "holiday";
    if (is_year(end)) {  // "Christmas 2018"
        m.spec.year = plain_number(end);
        m.end = end + 1;
    } else if (is(end, "of") && is_year(end + 1)) {  // "Christmas of 2018", as "the summer of 2020"
        m.spec.year = plain_number(end + 1);
        m.end = end + 2;
    }
    // "Easter week", "Thanksgiving week": the week that holds the holiday; "the Easter
    // weekend", "Thanksgiving weekend": that week's weekend
    if (is(m.end, "week")) {
        m.spec.week_of = true;
        m.end += 1;
    } else if (is(m.end, "weekend")) {
        m.spec.weekend = true;
        m.end += 1;
    }
    return m;
}

// "year-end", "year end", "year's end", "fiscal 1990". ("year-ago" and "year-earlier" are
// unit_ago_earlier's, as "month-ago" is.)
Match Grammar::year_words(std::size_t i) const {
    Match m;
    if (is(i, "year") && time_suffix_at(i + 1) && is(i + 2, "end")) {
        // The corpus reads "year-end" as the last day of the year.
        m.end = i + 3;
        m.spec.month = 12;
        m.spec.day = 31;
        m.rule = "year_end";
        return m;
    }
    if (is(i, "year") && is(i + 1, "end") && !is(i + 2, "-")) {
        // "by year end", written as two words
        m.end = i + 2;
        m.spec.month = 12;
        m.spec.day = 31;
        m.rule = "year_end";
        return m;
    }
    if (is(i, "year") && is(i + 1, "'s") && is(i + 2, "end")) {
        m.end = i + 3;
        m.spec.shape = Shape::RelativeUnit;
        m.spec.rel = Relative::This;
        m.spec.unit = Unit::Year;
        m.spec.mod = "END";
        m.rule = "year_end";
        return m;
    }
    // "fiscal 1989", "fiscal year 2022"
    const std::size_t year_at = is(i + 1, "year") ? i + 2 : i + 1;
    if (is(i, "fiscal") && is_year(year_at)) {
        m.end = year_at + 1;
        m.spec.year = plain_number(year_at);
        m.rule = "fiscal_year";
        return m;
    }
    return m;
}

// Holidays named by two or three words: "New Year's Day", "Independence Day", "Mother's
// Day", "Presidents' Day", "Good Friday", "Martin Luther King Jr. Day", "Labor Day"...
Match Grammar::named_holiday(std::size_t i) const {
    Match m;
    if (is(i, "new") && is(i + 1, "year") && is(i + 2, "'s")) {
        std::size_t j = i + 3;
        Holiday h = Holiday::NewYearsDay;
        if (is(j, "day")) ++j;
        else if (is(j, "eve")) ++j, h = Holiday::NewYearsEve;
        else return m;
        return holiday_spec(i, j, h);
    }
    if (is(i, "independence") && is(i + 1, "day")) return holiday_spec(i, i + 2, Holiday::IndependenceDay);
    // "Mother's Day", "Father's Day", "Presidents' Day"
    if ((is(i, "mother") || is(i, "father")) && is(i + 1, "'s") && is(i + 2, "day") && toks_[i].capitalized)
        return holiday_spec(i, i + 3, is(i, "mother") ? Holiday::MothersDay : Holiday::FathersDay);
    if ((is(i, "presidents") || is(i, "president")) && toks_[i].capitalized) {
        std::size_t j = i + 1;
        if (is(j, "'s") || (is(j, "'") && glued(j))) ++j;
        if (is(j, "day") && toks_[j].capitalized) return holiday_spec(i, j + 1, Holiday::PresidentsDay);
    }
    if (is(i, "election") && is(i + 1, "day") && toks_[i].capitalized && toks_[i + 1].capitalized)
        return holiday_spec(i, i + 2, Holiday::ElectionDay);
    if (is(i, "good") && is(i + 1, "friday") && toks_[i].capitalized)
        return holiday_spec(i, i + 2, Holiday::GoodFriday);
    if (is(i, "martin") && is(i + 1, "luther") && is(i + 2, "king")) {
        std::size_t j = i + 3;
        if (is(j, "jr")) ++j;
        if (is(j, ".")) ++j;
        if (is(j, "day")) return holiday_spec(i, j + 1, Holiday::MartinLutherKingDay);
    }
    if (is(i, "valentine") && is(i + 1, "'s") && is(i + 2, "day")) return holiday_spec(i, i + 3, Holiday::ValentinesDay);
    if (is(i, "labor") && is(i + 1, "day")) return holiday_spec(i, i + 2, Holiday::LaborDay);
    if (is(i, "memorial") && is(i + 1, "day")) return holiday_spec(i, i + 2, Holiday::MemorialDay);
    if (is(i, "veterans") && is(i + 1, "day")) return holiday_spec(i, i + 2, Holiday::VeteransDay);
    return m;
}
}  // namespace chronicle::tagger::rules
