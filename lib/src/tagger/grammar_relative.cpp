// Rules for expressions relative to the article date or a mention: "last year", "this
// week", "the following day", "today", "recently", "current" before a noun.
#include "tagger/grammar_rules.hpp"

namespace chronicle::tagger::rules {

// "last year", "this week", "next month", "last Friday", "last March", "this summer",
// "the past year", "the following day" (anaphoric), "the past five years" (a duration).
Match Grammar::relative(std::size_t i) const {
    Match m;
    Relative r = word(i)->relative;
    bool determiner = i > 0 && is(i - 1, "the");
    std::size_t j = i + 1;
    // "this coming Friday", "this past spring"; "this past week" is "the past week"
    const bool this_past = r == Relative::This && is(j, "past");
    if (r == Relative::This && (is(j, "coming") || this_past)) {
        r = is(j, "coming") ? Relative::Coming : Relative::Past;
        determiner = determiner || this_past;
        ++j;
    }
    // "will last two days", "to last": "last" is a verb
    if (r == Relative::Last && i > 0 && !has(j, kUnit | kWeekday | kMonth | kSeason) &&
        (has(i - 1, kTenseFuture) || is(i - 1, "to") || is(i - 1, "did") || is(i - 1, "does") ||
         is(i - 1, "may") || is(i - 1, "might") || is(i - 1, "can")))
        return m;
    // "the past/last/next/coming/first N units", "the latest nine months", "the next few days",
    // "recent weeks"
    {
        int halves = 0;
        std::size_t a = amount(j, halves);
        if (a != npos && halves > 0) a = past_kind_of_unit(a, halves);  // "the past five fiscal years"
        Unit u;
        bool pl;
        if (a != npos && !is(j, "a") && !is(j, "an") && unit_at(a, u, pl) && (pl || halves == 2) &&
            (r == Relative::Past || r == Relative::Last || r == Relative::Next || r == Relative::Coming ||
             r == Relative::Previous || r == Relative::Following || r == Relative::Recent ||
             r == Relative::Latest)) {
            m.end = a + 1;
            if (is(a + 1, "or") && is(a + 2, "so")) m.end = a + 3;  // "the next two years or so"
            m.spec.shape = Shape::Duration;
            m.spec.type = TimexType::Duration;
            m.spec.unit = u;
            m.spec.amount_halves = halves;
            m.rule = "relative_amount_unit";
            return m;
        }
    }
    // "these days": the present
    if (is(i, "these") && is(j, "days")) {
        m.end = j + 1;
        m.rule = "these_days";
        return ref(m, "PRESENT_REF");
    }
    // "recent weeks", "coming months", "the past few years": plural units, unknown amount
    Unit u;
    bool plural;
    if (unit_at(j, u, plural) && plural &&
        (r == Relative::Recent || r == Relative::Coming || r == Relative::Past || r == Relative::Next ||
         r == Relative::Last)) {
        m.end = j + 1;
        m.rule = "relative_units";
        // "the coming weeks", "recent years": vague references, not lengths
        if (r == Relative::Coming || r == Relative::Next) return ref(m, "FUTURE_REF");
        // The corpus reads "recent weeks/months" as vague lengths, "recent years" as the past.
        if (r == Relative::Recent && u == Unit::Year) return ref(m, "PAST_REF");
        m.spec.shape = Shape::Duration;
        m.spec.type = TimexType::Duration;
        m.spec.unit = u;
        m.spec.amount_halves = -1;
        return m;
    }
    if (is(j, "fiscal") && is(j + 1, "year")) ++j;  // "the current fiscal year"
    if (unit_at(j, u, plural) && !plural) return relative_unit(i, j, r, u, determiner);
    // ("this past Sunday", "this past March": the last one)
    const bool calendar_rel = r == Relative::Last || r == Relative::Next || r == Relative::This ||
                              r == Relative::Coming || r == Relative::That || r == Relative::Previous ||
                              r == Relative::Upcoming || this_past;
    if (has(j, kWeekday) && determiner && (r == Relative::Following || r == Relative::Previous)) {
        // "the following Monday": counted from the time under discussion
        m.end = j + 1;
        m.spec.shape = Shape::Anaphor;
        m.spec.weekday = word(j)->weekday;
        m.spec.direction = r == Relative::Following ? 1 : -1;
        m.rule = "anaphoric_weekday";
        return m;
    }
    if (has(j, kWeekday) && calendar_rel) {
        m.end = j + 1;

        m.spec.weekday = word(j)->weekday;
        m.spec.rel = r;
        m.rule = "relative_weekday";
        if (has(j + 1, kPartOfDay)) add_part(m, j + 1);
        return m;
    }
    // ("this march", "last may": the noun and the verb; only the capitalized words are months)
    const bool ambiguous_month = is(j, "may") || is(j, "march");
    if (has(j, kMonth) && calendar_rel && r != Relative::That && (!ambiguous_month || toks_[j].capitalized)) {
        m.end = j + 1;
        m.spec.month = word(j)->month;
        m.spec.rel = r;
        m.rule = "relative_month";
        return m;
    }
    if (has(j, kHoliday) && calendar_rel && r != Relative::That) {
        Match h = holiday(j);
        if (h.end > j) {
            h.spec.rel = r;
            return h;
        }
    }
    if (has(j, kSeason) && (calendar_rel || r == Relative::Past)) {
        m.end = j + 1;
        m.spec.season = word(j)->season;
        m.spec.rel = r;
        m.rule = "relative_season";
        return m;
    }
    if (has(j, kPartOfDay) && (r == Relative::That || (r == Relative::Next && determiner) ||
                               (r == Relative::Following && determiner))) {
        // "that night", "the next morning": a part of the day under discussion
        m.end = j + 1;
        m.spec.shape = Shape::Anaphor;
        m.spec.type = TimexType::Time;
        m.spec.unit = Unit::Day;
        m.spec.direction = r == Relative::That ? 0 : 1;
        m.spec.part = word(j)->part;
        m.rule = "anaphoric_part_of_day";
        return m;
    }
    if (has(j, kPartOfDay) && (r == Relative::This || r == Relative::Last)) {
        // "this morning", "last night"
        m.end = j + 1;
        m.spec.shape = Shape::Deictic;
        m.spec.type = TimexType::Time;
        m.spec.deictic = r == Relative::This ? Deictic::Today : Deictic::Yesterday;
        if (r == Relative::Last && word(j)->part != PartOfDay::Night && word(j)->part != PartOfDay::Evening)
            return {};
        m.spec.part = word(j)->part;
        m.rule = "relative_part_of_day";
        return m;
    }
    return m;
}

Match Grammar::relative_unit(std::size_t i, std::size_t j, Relative r, Unit u, bool determiner) const {
    Match m;
    // "This Week" mid-sentence in capitals is a programme title
    if (toks_[i].capitalized && toks_[j].capitalized && !is_sentence_start(i)) return m;
    m.end = j + 1;
    m.spec.unit = u;
    m.spec.rel = r;
    m.rule = "relative_unit";
    switch (r) {
        case Relative::Next:
            if (determiner) {
                // "the next day": counted from the time under discussion
                m.spec.shape = Shape::Anaphor;
                m.spec.direction = +1;
                break;
            }
            m.spec.shape = Shape::RelativeUnit;
            break;
        case Relative::Last:
        case Relative::This:
        case Relative::Coming:
        case Relative::Current:
        case Relative::Upcoming:
            m.spec.shape = Shape::RelativeUnit;
            break;
        case Relative::Past:
            // "the past year": the corpus reads it as the previous calendar unit
            m.spec.shape = Shape::RelativeUnit;
            m.spec.rel = Relative::Last;
            if (!determiner) return {};
            break;
        case Relative::Previous:
        case Relative::Prior:
        case Relative::Earlier:
            m.spec.shape = Shape::Anaphor;
            m.spec.direction = -1;
            break;
        case Relative::Following:
            m.spec.shape = Shape::Anaphor;
            m.spec.direction = +1;
            break;
        case Relative::Same:
        case Relative::That:
            m.spec.shape = Shape::Anaphor;
            m.spec.direction = 0;
            break;
        case Relative::Latest:
            m.spec.shape = Shape::Anaphor;
            m.spec.direction = 0;
            if (u != Unit::Quarter) return {};
            break;
        default: return {};
    }
    if (r == Relative::That && (u == Unit::Quarter || u == Unit::Weekend)) return {};
    if (u == Unit::Second || u == Unit::Minute || u == Unit::Hour) return {};
    if (r == Relative::Following && i > 0 && !is(i - 1, "the")) return {};
    return m;
}

// A capitalized "Today" inside a name: "USA Today", "VOA Today", "the Today show". Not in a
// headline written in title case ("Talks Resume Today"), where every word is capitalized.
bool Grammar::today_in_a_name(std::size_t i) const {
    if (!toks_[i].capitalized || is_sentence_start(i)) return false;
    if (is(i - 1, "the")) return true;  // never "the today"
    if (toks_[i - 1].kind != TokenKind::Word || !toks_[i - 1].capitalized) return false;
    const Sentence& s = t_.sentences[toks_[i].sentence];
    for (std::size_t k = s.first_token; k < s.last_token; ++k) {
        const Token& t = toks_[k];
        if (t.kind == TokenKind::Word && !t.capitalized && !stays_lowercase_in_titles(low(k))) return true;
    }
    return false;  // a title-case line
}

// "today", "tonight", "yesterday morning", "now", "recently", "soon".
Match Grammar::deictic(std::size_t i) const {
    Match m;
    const Deictic d = word(i)->deictic;
    m.end = i + 1;
    m.rule = "deictic";
    switch (d) {
        case Deictic::Today:
        case Deictic::Yesterday:
        case Deictic::Tomorrow:
            // "today's youth", "the people of tomorrow": the present age, not a day; but
            // "today's editions", "today's vote" are the article's day
            if (is(i + 1, "'s") && d == Deictic::Today && has(i + 2, kPresentAge)) return {};
            if (d == Deictic::Tomorrow && i > 0 && is(i - 1, "of")) return {};
            if (d == Deictic::Today && today_in_a_name(i)) return {};
            m.spec.shape = Shape::Deictic;
            m.spec.deictic = d;
            if (has(i + 1, kPartOfDay) && (word(i + 1)->part == PartOfDay::Morning ||
                                          word(i + 1)->part == PartOfDay::Afternoon ||
                                          word(i + 1)->part == PartOfDay::Evening ||
                                          word(i + 1)->part == PartOfDay::Night)) {
                m.spec.part = word(i + 1)->part;
                m.spec.type = TimexType::Time;
                m.end = i + 2;
            }
            return m;
        case Deictic::Tonight:
            if (toks_[i].capitalized && i > 0 && is(i - 1, "the")) return {};  // "The Tonight Show"
            m.spec.shape = Shape::Deictic;
            m.spec.deictic = d;
            m.spec.part = PartOfDay::Night;
            m.spec.type = TimexType::Time;
            return m;
        case Deictic::Now:
        case Deictic::Currently:
        case Deictic::Nowadays:
            return ref(m, "PRESENT_REF");
        case Deictic::Recently:
        case Deictic::Lately:
            return ref(m, "PAST_REF");
        case Deictic::Soon:
            if (is(i + 1, "after") || is(i + 1, "as")) return {};  // "soon after the vote"
            return ref(m, "FUTURE_REF");
        case Deictic::Future:
            if (!(i > 0 && is(i - 1, "the"))) return {};
            if (is(i + 1, "of")) return {};
            return ref(m, "FUTURE_REF");
        case Deictic::Past:
            if (!(i > 0 && is(i - 1, "the")) || is(i + 1, "of")) return {};
            if (has(i + 1, kUnit | kNumberWord) || is_number(i + 1)) return {};
            return ref(m, "PAST_REF");
        case Deictic::Present:
            if (!(i > 0 && (is(i - 1, "the") || is(i - 1, "at")))) return {};
            // "the present government" is an adjective; "at present, ..." a time
            if (i + 1 < size() && toks_[i + 1].kind == TokenKind::Word &&
                !has(i + 1, kTensePast | kTensePresent | kTenseFuture))
                return {};
            return ref(m, "PRESENT_REF");
        case Deictic::Formerly:
            // "previously" is a past reference; "formerly" names a former title, not a time
            // Tagged where it dates the clause ("Previously, ...", "was previously owned"),
            // not in "as previously reported".
            if (!is(i, "previously")) return {};
            if (!is_sentence_start(i) &&
                !(is(i - 1, "was") || is(i - 1, "were") || is(i - 1, "had") || is(i - 1, "has") ||
                  is(i - 1, "have") || is(i - 1, "a") || is(i - 1, "an") || is(i - 1, "been")))
                return {};
            return ref(m, "PAST_REF");
        case Deictic::None: break;
    }
    return {};
}

// "current", "recent" before a noun: the present or the recent past.
Match Grammar::adjective_ref(std::size_t i) const {
    Match m;
    if (!(is(i, "current") || is(i, "recent"))) return m;
    // An adjective: a noun follows.
    if (i + 1 >= size() || has(i + 1, kUnit) || toks_[i + 1].kind != TokenKind::Word) return m;
    if (i > 0 && (is(i - 1, "most") || is(i - 1, "more") || is(i - 1, "then"))) return m;
    if (is(i, "current") && i + 1 < size()) {
        const std::string_view next = low(i + 1);
        if (follows_a_noun_current(next) || current_accounting_term(next)) return m;
        if (i > 0 && describes_a_flow(low(i - 1))) return m;
    }
    m.end = i + 1;
    m.rule = "adjective_ref";
    return ref(m, is(i, "current") ? "PRESENT_REF" : "PAST_REF");
}

Match Grammar::ref(Match m, std::string_view value) const {
    m.spec.shape = Shape::Ref;
    m.spec.ref = value;
    return m;
}

}  // namespace chronicle::tagger::rules
