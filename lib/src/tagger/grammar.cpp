// Candidate expressions. Each rule is a bounded pattern over token categories starting at
// one token; the driver keeps the longest match at each start and walks left to right.
// Rules that reject false alarms ("$2,018", "2000 kilometers", "May" as a verb) live beside
// the patterns they guard, as named predicates.
#include "tagger/grammar_rules.hpp"

namespace chronicle::tagger::rules {


// Words that can open a prefix: "early", "about", "the end of", "more than", "earlier",
// "the day after".
bool Grammar::may_prefix(std::size_t i) const {
    if (has(i, kPointMod | kApprox)) return true;
    if (is(i, "the")) return has(i + 1, kPointMod) || is(i + 1, "day") || has(i + 1, kPartOfDay);
    return is(i, "earlier") || is(i, "later") || is(i, "less") || is(i, "fewer") || is(i, "no") ||
           is(i, "at") || is(i, "up");
}

Match Grammar::longest_at(std::size_t i) const {
    Match best;
    auto consider = [&best](const Match& m) {
        if (m.end > best.end) best = m;
    };
    consider(core_at(i));
    if (may_prefix(i)) consider(with_prefix_at(i));
    return best;
}

// ---- prefixes: approximations and points inside a period -----------------------------
Match Grammar::with_prefix_at(std::size_t i) const {
    Match best;
    // "the end of", "the beginning of", "the middle of"
    std::size_t j = i;
    if (is(j, "the")) ++j;
    if (has(j, kPointMod) && is(j + 1, "of") && word(j)->point_mod != PointMod::Early &&
        word(j)->point_mod != PointMod::Late && word(j)->point_mod != PointMod::Mid) {
        Match core = core_at(j + 2);
        if (core.end > j + 2 && accepts_point_mod(core.spec)) {
            core.spec.mod = point_mod_code(word(j)->point_mod);
            best = core;
        } else if (is(j + 2, "the") && has(j + 3, kUnit) && !word(j + 3)->plural) {
            // "the end of the year": the period around the article date
            Match period;
            period.end = j + 4;
            period.spec.shape = Shape::RelativeUnit;
            period.spec.rel = Relative::This;
            period.spec.unit = word(j + 3)->unit;
            period.spec.mod = point_mod_code(word(j)->point_mod);
            period.rule = "point_of_the_unit";
            if (!unit_is_time_of_day(period.spec.unit)) best = period;
        }
    }
    // "the day after Christmas", "the night before Election Day", "the day before last
    // Tuesday's hearing": a day, or a part of one, next to a day the text names
    if (is(i, "the") && (is(i + 1, "day") || (has(i + 1, kPartOfDay) && !plural_part_of_day(i + 1))) &&
        (is(i + 2, "before") || is(i + 2, "after"))) {
        Match core = core_at(i + 3);
        if (core.end > i + 3 && names_a_day(core.spec) && core.end > best.end) {
            core.spec.day_shift = is(i + 2, "before") ? -1 : +1;
            if (!is(i + 1, "day")) {
                core.spec.part = word(i + 1)->part;
                core.spec.type = TimexType::Time;
            }
            core.rule = "the_day_before_after_a_day";
            best = core;
        }
    }
    // "early", "mid-", "late", "the early": inside a period
    j = i;
    if (is(j, "the") && has(j + 1, kPointMod) && !is(j + 2, "of")) ++j;  // "the early 1990s"
    if (has(j, kPointMod) && !is(j + 1, "of")) {
        const PointMod pm = word(j)->point_mod;
        std::size_t k = j + 1;
        if (is(k, "-") && glued(k)) ++k;
        if (pm == PointMod::Early || pm == PointMod::Mid || pm == PointMod::Late) {
            Match core = core_at(k);
            const bool era = core.spec.decade >= 0 || core.spec.century >= 0 || core.spec.season != Season::None;
            if (j > i && !era) core.end = 0;  // "the" stays outside "the late November trip"
            if (core.end > k && accepts_point_mod(core.spec) && core.end > best.end) {
                core.spec.mod = point_mod_code(pm);
                best = core;
            }
        }
    }
    // "earlier this month", "later this year": no mod, the period itself
    if (is(i, "earlier") || is(i, "later")) {
        Match core = core_at(i + 1);
        const bool deictic_day = core.spec.shape == Shape::Deictic && core.spec.hour < 0;  // "later yesterday"
        if (core.end > i + 1 &&
            (core.spec.shape == Shape::RelativeUnit || core.spec.shape == Shape::Anaphor || deictic_day) &&
            core.end > best.end) {
            if (core.spec.shape == Shape::RelativeUnit && core.spec.rel == Relative::This)
                core.spec.mod = is(i, "earlier") ? "START" : "END";
            best = core;
        }
    }
    // "later in the day", "earlier in the week": the day (week...) under discussion
    if ((is(i, "later") || is(i, "earlier")) && is(i + 1, "in") && is(i + 2, "the") && has(i + 3, kUnit) &&
        !word(i + 3)->plural && !unit_is_time_of_day(word(i + 3)->unit) && i + 4 > best.end) {
        best = Match{};
        best.end = i + 4;
        best.spec.shape = Shape::Anaphor;
        best.spec.unit = word(i + 3)->unit;
        best.spec.direction = 0;
        best.rule = "later_in_the_unit";
    }
    // "about", "nearly", "more than", "at least": amounts
    std::string_view approx;
    const std::size_t k = approx_prefix(i, approx);
    if (k != npos && approx_in_span(i)) {
        Match core = core_at(k);
        const bool amount_like = core.spec.shape == Shape::Duration || core.spec.shape == Shape::Offset ||
                                 core.spec.hour >= 0 || (core.rule == "year" && approx == "APPROX");
        if (core.end > k && amount_like && core.end > best.end) {
            core.spec.mod = approx;
            // "about five hours", "about 10:35 a.m.": the word stays outside a length or a
            // clock time, as the TempEval-3 corpora write it (5 of 6), while its mod stays;
            // inside an offset ("about two years ago") it is part of the point named.
            if (approx_stays_outside(i) && core.spec.shape != Shape::Offset) core.begin = k;
            best = core;
        }
    }
    return best;
}

// A spec that names one day: a weekday, a month and day, or a holiday, with no clock time.
bool Grammar::names_a_day(const Spec& s) {
    if (s.hour >= 0 || s.part != PartOfDay::None) return false;
    if (s.shape == Shape::Holiday) return true;
    return s.shape == Shape::Calendar && (s.weekday > 0 || (s.month > 0 && s.day > 0));
}

bool Grammar::approx_stays_outside(std::size_t i) const { return approximation_outside_span(low(i)); }

// "nearly", "more than", "at least", "up to" are inside the expression and give its mod;
// "within", "just", "barely" stay outside it. "around"/"over" belong to it when an amount
// follows directly ("around 7:15 p.m."), not before a phrase ("over the past 20 years");
// "about" and "almost" give their mod but stay outside a length or a clock time, and inside
// "about two years ago", "almost four years ago" (`approx_stays_outside`).
bool Grammar::approx_in_span(std::size_t i) const {
    if (is(i, "within") || is(i, "just") || is(i, "barely")) return false;
    // "negotiated over seven years" is during them; "for over three years", "took over a
    // week", "likely to last over a week" are more than that
    // ("for just over a year", "took well over a decade", "lasted a little over three hours":
    // the degree word before "over" stays outside, the word before it decides)
    if (is(i, "over")) {
        std::size_t p = i;
        if (p > 0 && (is(p - 1, "just") || is(p - 1, "well") || is(p - 1, "slightly"))) --p;
        else if (p > 1 && is(p - 2, "a") && is(p - 1, "little")) p -= 2;
        if (!(p > 0 && (is(p - 1, "for") || is(p - 1, "in") || is(p - 1, "after") || takes_a_length(low(p - 1)) ||
                        is(p - 1, "last"))))
            return false;
    }
    if (is(i, "about") || is(i, "over") || is(i, "around") || is(i, "approximately") || is(i, "roughly"))
        return !is(i + 1, "the");
    return true;
}

// ---- core rules -----------------------------------------------------------------------
Match Grammar::core_at(std::size_t i) const {
    if (i >= size()) return {};
    Match best;
    auto consider = [&best](const Match& m) {
        if (m.end > best.end) best = m;
    };
    if (is_number(i)) {
        consider(numeric_date(i));
        consider(day_month(i));
        consider(bare_year(i));
        consider(year_range_end(i));
        consider(decade(i));
        consider(time_of_day(i));
        consider(clock_duration(i));
        consider(conjoined_day(i));
        consider(amount_rules(i));
        consider(century(i));
        consider(quarter(i));
        return best;
    }
    const Word* w = word(i);
    if (!w) return best;
    if (w->cats & (kMonth | kMonthAbbrev)) {
        consider(month_day(i));
        consider(month_year(i));
        consider(month_alone(i));
    }
    if (w->cats & kWeekday) consider(weekday(i));
    if (w->cats & kRelative) {
        consider(relative(i));
        consider(quarter(i));
        consider(adjective_ref(i));
    }
    if (w->cats & kDeictic) consider(deictic(i));
    if (w->cats & kSeason) consider(season(i));
    if (w->cats & kSetAdverb) consider(set_adverb(i));
    if (w->cats & kQuantifier) consider(every(i));
    if (w->cats & kHoliday) consider(holiday(i));
    if (w->cats & kPartOfDay) consider(part_of_day_alone(i));
    if (w->cats & (kNumberWord | kVagueAmount | kStarter)) consider(amount_rules(i));
    if (w->cats & kNumberWord) consider(spoken_year(i));
    if (w->cats & (kOrdinalWord | kStarter)) {
        consider(quarter(i));
        consider(century(i));
        consider(day_month(i));
    }
    if (w->cats & kStarter) consider(starter_rules(i));
    if (w->cats & kUnit) consider(unit_led(i));
    return best;
}

// "ended on the 10th", "by the 15th", "from the 3rd to the 10th": a day of the month under
// discussion, after a preposition and before no noun ("on the 15th floor", "the 3rd
// Infantry", "on the 10th anniversary" are not days). "The 15th of March" is day_month's.
Match Grammar::day_of_the_month(std::size_t i) const {
    Match m;
    if (i == 0 || !is_number(i + 1) || !toks_[i + 1].ordinal || toks_[i + 1].number < 1 || toks_[i + 1].number > 31)
        return m;
    if (!(is(i - 1, "on") || is(i - 1, "by") || is(i - 1, "until") || is(i - 1, "till") || is(i - 1, "since") ||
          is(i - 1, "from") || is(i - 1, "to") || is(i - 1, "before") || is(i - 1, "after")))
        return m;
    const std::size_t next = i + 2;
    if (is(next, "of")) return m;
    if (next < size() && toks_[next].kind == TokenKind::Word && !is_function_word(low(next))) return m;
    m.end = i + 2;
    m.spec.day = toks_[i + 1].number;
    m.rule = "day_of_the_month";
    return m;
}

// "the first Sunday in May", "the last Friday of June 2022": that weekday of the month.
Match Grammar::nth_weekday_of_month(std::size_t i) const {
    const bool ordinal = has(i + 1, kOrdinalWord) && word(i + 1)->number >= 1 && word(i + 1)->number <= 5;
    if (!(ordinal || is(i + 1, "last"))) return {};
    if (!has(i + 2, kWeekday) || word(i + 2)->plural || !(is(i + 3, "in") || is(i + 3, "of")) || !has(i + 4, kMonth) ||
        !toks_[i + 4].capitalized)
        return {};
    Match m = month_year(i + 4);
    if (m.end <= i + 4) {
        m = Match{};
        m.end = i + 5;
        m.spec.month = word(i + 4)->month;
    }
    m.spec.weekday = word(i + 2)->weekday;
    m.spec.nth = ordinal ? word(i + 1)->number : -1;
    m.rule = "nth_weekday_of_month";
    return m;
}

// "a year ago", "a year earlier", "last year", "of last year", "the year before", "the
// previous year" at `j`, after a period it dates ("the quarter a year ago"): one past its
// end, or npos.
std::size_t Grammar::year_back_at(std::size_t j) const {
    if ((is(j, "a") || is(j, "one")) && is(j + 1, "year") &&
        (is(j + 2, "ago") || is(j + 2, "earlier") || is(j + 2, "before")))
        return j + 3;
    if (is(j, "of") && is(j + 1, "last") && is(j + 2, "year")) return j + 3;
    if (is(j, "last") && is(j + 1, "year") && !is(j + 2, "'s")) return j + 2;
    if ((is(j, "of") || is(j, "in")) && is(j + 1, "the") && (is(j + 2, "previous") || is(j + 2, "prior")) &&
        is(j + 3, "year"))
        return j + 4;
    if (is(j, "the") && is(j + 1, "year") && is(j + 2, "before")) return j + 3;
    return npos;
}

// "the" and what follows it: "the 1990s", "the past five years", "the following day",
// "the future", "the weekend", "the quarter", "the day before".
Match Grammar::the_led(std::size_t i) const {
    Match m;
    if (const Match nth = nth_weekday_of_month(i); nth.end > i) return nth;
    if (const Match d = day_of_the_month(i); d.end > i) return d;
    // "the 1990s", "the past five years", "the following day", "the future": the
    // article belongs to the expression.
    Match inner = decade(i + 1);
    if (word(i + 1) && word(i + 1)->decade > 0) {
        // "the nineties"
        inner.end = i + 2;
        inner.spec.decade = word(i + 1)->decade;
        inner.rule = "decade_word";
    }
    if (i + 1 < size() && has(i + 1, kRelative)) {
        const Match r = relative(i + 1);
        if (r.end > inner.end) inner = r;
    }
    if (i + 1 < size() && has(i + 1, kDeictic)) {
        const Deictic d = word(i + 1)->deictic;
        if (d == Deictic::Future || d == Deictic::Past || d == Deictic::Present) {
            const Match r = deictic(i + 1);
            if (r.end > inner.end) inner = r;
        }
    }
    {
        const Match y = the_year(i);
        if (y.end > i) return y;
    }
    if (is(i + 1, "week") && is(i + 2, "of")) {
        Match md = month_day(i + 3);
        if (md.end > i + 3) {
            md.spec.week_of = true;
            md.rule = "week_of_date";
            return md;
        }
    }
    if ((is(i + 1, "near") || is(i + 1, "short")) && (is(i + 2, "future") || is(i + 2, "term"))) {
        Match r;
        r.end = i + 3;
        r.rule = "near_future";
        return ref(r, "FUTURE_REF");
    }
    if (has(i + 1, kSeason)) {
        const Match sea = season(i + 1);
        if (sea.end > inner.end) inner = sea;
    }
    if (inner.end > i + 1) return inner;
    if (is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after")) &&
        (is(i + 3, "yesterday") || is(i + 3, "tomorrow"))) {
        Match d;
        d.end = i + 4;
        d.spec.shape = Shape::Offset;
        d.spec.unit = Unit::Day;
        d.spec.amount_halves = 4;
        d.spec.direction = is(i + 3, "yesterday") ? -1 : 1;
        d.rule = "day_before_yesterday";
        return d;
    }
    // "the 1988 quarter", "the 1989 period": the quarter under discussion, that year
    if (is_year(i + 1) && (is(i + 2, "quarter") || is(i + 2, "period"))) {
        Match q;
        q.end = i + 3;
        q.spec.shape = Shape::Anaphor;
        q.spec.unit = Unit::Quarter;
        q.spec.year = plain_number(i + 1);
        q.rule = "the_year_quarter";
        return q;
    }
    // "the six months ended Oct. 1", "the four days": a duration with its article
    {
        int halves = 0;
        const std::size_t a = amount(i + 1, halves);
        Unit u;
        bool pl;
        if (a != npos && halves > 2 && !is(i + 1, "a") && unit_at(a, u, pl) && pl &&
            !(is(a + 1, "-") && glued(a + 1))) {
            Match d;
            d.end = a + 1;
            d.spec.shape = Shape::Duration;
            d.spec.type = TimexType::Duration;
            d.spec.unit = u;
            d.spec.amount_halves = halves;
            d.rule = "the_amount_units";
            if (!is(a + 1, "ago") && !is(a + 1, "later") && !is(a + 1, "earlier") && !is(a + 1, "old")) return d;
        }
    }
    // "it is the second day of the offensive", "today is the eighth day of the strike": a
    // day counted in something still going on at the article date, so the article's day
    if (i > 0 && (is(i - 1, "is") || is(i - 1, "'s")) &&
        (has(i + 1, kOrdinalWord) || (is_number(i + 1) && toks_[i + 1].ordinal)) && is(i + 2, "day") &&
        is(i + 3, "of")) {
        m.end = i + 3;
        m.spec.shape = Shape::Deictic;
        m.spec.deictic = Deictic::Today;
        m.rule = "nth_day_of_now";
        return m;
    }
    // "the weeks ahead", "the months ahead": some of them, from now on (a vague length, as
    // "the next few days" is)
    {
        Unit u;
        bool pl;
        if (unit_at(i + 1, u, pl) && pl && is(i + 2, "ahead") && u != Unit::Second && u != Unit::Weekend)
            return duration_match(m, i + 3, u, -1, "the_units_ahead");
    }
    // "the weekend", "the quarter", "the latest quarter", "the year-earlier quarter",
    // "the future", "the past"
    if (is(i + 1, "weekend")) {
        m.end = i + 2;
        m.spec.weekend = true;
        m.spec.rel = Relative::Same;
        m.rule = "the_weekend";
        return m;
    }
    // "the year-earlier quarter", "the quarter a year ago", "the same period a year
    // earlier", "the corresponding period last year", "the comparable year-ago quarter": the
    // period under discussion a year back, one expression
    {
        std::size_t j = i + 1;
        if (is(j, "same") || is(j, "comparable") || is(j, "corresponding")) ++j;
        const bool year_back_adjective = is(j, "year") && time_suffix_at(j + 1) && !is(j + 2, "end");
        if (year_back_adjective) j += 3;
        if (is(j, "quarter") || is(j, "period")) {
            const std::size_t back = year_back_at(j + 1);
            if (year_back_adjective || back != npos) {
                m.end = back != npos ? back : j + 1;
                m.spec.shape = Shape::Anaphor;
                m.spec.unit = Unit::Year;
                m.spec.direction = -1;
                m.rule = "the_period_a_year_back";
                return m;
            }
        }
    }
    if (is(i + 1, "quarter") || is(i + 1, "period") ||
        ((is(i + 1, "latest") || is(i + 1, "current") || is(i + 1, "recent")) &&
         (is(i + 2, "quarter") || is(i + 2, "period")))) {
        const std::size_t end = is(i + 1, "quarter") || is(i + 1, "period") ? i + 2 : i + 3;
        if (is(i + 1, "period") && !(is(end, "ended") || is(end, "ending"))) return m;
        // "the quarter-finals", "the quarter-mile": a compound noun, not a quarter
        if (is(end, "-") && glued(end) && glued(end + 1)) return m;
        m.end = end;
        m.spec.shape = Shape::Anaphor;
        m.spec.unit = Unit::Quarter;
        m.spec.direction = 0;
        m.rule = "the_quarter";
        return m;
    }
    // "the night before", "the morning after": that part of the day before or after the
    // last mentioned one
    if (has(i + 1, kPartOfDay) && (is(i + 2, "before") || is(i + 2, "after")) && !continues_phrase(i + 3)) {
        m.end = i + 3;
        m.spec.shape = Shape::Anaphor;
        m.spec.type = TimexType::Time;
        m.spec.unit = Unit::Day;
        m.spec.part = word(i + 1)->part;
        m.spec.direction = is(i + 2, "before") ? -1 : +1;
        m.rule = "the_part_of_day_before_after";
        return m;
    }
    if (has(i + 1, kUnit) && !word(i + 1)->plural && (is(i + 2, "before") || is(i + 2, "after")) &&
        !continues_phrase(i + 3)) {
        m.end = i + 3;
        m.spec.shape = Shape::Anaphor;
        m.spec.unit = word(i + 1)->unit;
        m.spec.direction = is(i + 2, "before") ? -1 : +1;
        m.rule = "the_unit_before_after";
        return m;
    }
    if (is(i + 1, "next") && has(i + 2, kUnit) && !word(i + 2)->plural) {
        m.end = i + 3;
        m.spec.shape = Shape::Anaphor;
        m.spec.unit = word(i + 2)->unit;
        m.spec.direction = +1;
        m.rule = "the_next_unit";
        if (m.spec.unit == Unit::Hour || m.spec.unit == Unit::Minute || m.spec.unit == Unit::Second) return {};
        return m;
    }
    return m;
}

// Rules that start on a word with no category of its own: "right now", "at a later date",
// "once a week", "the ...", "year-end", named holidays, "the near future", "a year and a half".
Match Grammar::starter_rules(std::size_t i) const {
    Match m;
    if (is(i, "right") && is(i + 1, "now")) {
        m.end = i + 2;
        m.rule = "right_now";
        return ref(m, "PRESENT_REF");
    }
    // "at a later date", "at some future date", "an earlier date": a vague time either side
    if ((is(i, "a") || is(i, "an")) && is(i + 2, "date") &&
        (is(i + 1, "later") || is(i + 1, "future") || is(i + 1, "earlier"))) {
        m.end = i + 3;
        m.rule = "vague_date";
        return ref(m, is(i + 1, "earlier") ? "PAST_REF" : "FUTURE_REF");
    }
    if ((is(i, "once") || is(i, "twice")) && introduces_per_unit(i + 1) &&
        per_unit_set(m, i + 2, is(i, "once") ? "1X" : "2X"))
        return m;
    if ((is(i, "once") || is(i, "twice")) && has(i + 1, kSetAdverb)) return set_with_frequency(i + 1, is(i, "once") ? "1X" : "2X");
    if (is(i, "the")) return the_led(i);
    // "through midweek", "at mid-week": the middle of the week the tense points to, read as
    // the Wednesday a bare weekday would be, at the grain of its week, mod MID
    if (is(i, "midweek") || (is(i, "mid") && is(i + 1, "-") && glued(i + 1) && is(i + 2, "week") && glued(i + 2))) {
        m.end = is(i, "midweek") ? i + 1 : i + 3;
        m.spec.weekday = 3;
        m.spec.week_of = true;
        m.spec.mod = "MID";
        m.rule = "midweek";
        return m;
    }
    if (const Match y = year_words(i); y.end > i) return y;
    if (const Match q = period_code(i); q.end > i) return q;
    if (const Match d = weekday_abbreviation(i); d.end > i) return d;
    if (const Match h = named_holiday(i); h.end > i) return h;
    if ((is(i, "near") || is(i, "short")) && (is(i + 1, "future") || is(i + 1, "term")) && i > 0 &&
        is(i - 1, "the")) {
        m.end = i + 2;
        m.rule = "near_future";
        return ref(m, "FUTURE_REF");
    }
    if (is(i, "a") && has(i + 1, kUnit) && !word(i + 1)->plural && is(i + 2, "and") && is(i + 3, "a") &&
        is(i + 4, "half")) {
        m.end = i + 5;
        m.spec.shape = Shape::Duration;
        m.spec.type = TimexType::Duration;
        m.spec.unit = word(i + 1)->unit;
        m.spec.amount_halves = 3;
        m.rule = "unit_and_a_half";
        return m;
    }
    return m;
}

}  // namespace chronicle::tagger::rules

namespace chronicle::tagger {

std::vector<Candidate> find_candidates(const Tokens& tokens) { return rules::Grammar(tokens).run(); }

}  // namespace chronicle::tagger
