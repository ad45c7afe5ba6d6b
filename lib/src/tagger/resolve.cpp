// Resolution policy, one small function per kind of expression. Every relative value is
// computed from the article date or from the last mentioned time, never from the clock.
#include "tagger/resolve.hpp"

#include <date/date.h>
#include <date/iso_week.h>
#include <fmt/format.h>

#include <cstdlib>

namespace chronicle::tagger {

namespace {

using date::days;
using date::sys_days;
using Grain = Point::Grain;

sys_days make_days(int y, int m, int d) {
    return sys_days{date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)}};
}

// The nth `weekday` (ISO 1..7) of a month, or its last for nth -1; the last when the month
// has no fifth one.
sys_days nth_weekday_of(int year, int month, int weekday, int nth) {
    const date::weekday wd{static_cast<unsigned>(weekday % 7)};
    const auto ym = date::year{year} / date::month{static_cast<unsigned>(month)};
    const sys_days last{ym / wd[date::last]};
    if (nth < 0) return last;
    const date::year_month_weekday wanted{ym / wd[static_cast<unsigned>(nth)]};
    return wanted.ok() ? sys_days{wanted} : last;
}

Point day_point(sys_days d) {
    const date::year_month_day ymd{d};
    Point p;
    p.grain = Grain::Day;
    p.year = static_cast<int>(ymd.year());
    p.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    p.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    return p;
}

sys_days point_days(const Point& p) { return make_days(p.year, p.month, p.day); }

int iso_weekday(sys_days d) { return static_cast<int>(date::weekday{d}.iso_encoding()); }

int quarter_of(int month) { return (month - 1) / 3 + 1; }

// Season of a month: 1 spring, 2 summer, 3 fall, 4 winter (December to February).
int season_index(int month) {
    if (month >= 3 && month <= 5) return 1;
    if (month >= 6 && month <= 8) return 2;
    if (month >= 9 && month <= 11) return 3;
    return 4;
}

Season season_from_index(int index) {
    switch (index) {
        case 1: return Season::Spring;
        case 2: return Season::Summer;
        case 3: return Season::Fall;
        default: return Season::Winter;
    }
}

int season_to_index(Season s) {
    switch (s) {
        case Season::Spring: return 1;
        case Season::Summer: return 2;
        case Season::Fall: return 3;
        case Season::Winter: return 4;
        case Season::None: break;
    }
    return 0;
}

Point month_point(int year, int month) {
    Point p;
    p.grain = Grain::Month;
    p.year = year;
    p.month = month;
    return p;
}

Point year_point(int year) {
    Point p;
    p.grain = Grain::Year;
    p.year = year;
    return p;
}

Point quarter_point(int year, int quarter) {
    // Normalise quarters outside 1..4 into neighbouring years.
    int index = year * 4 + (quarter - 1);
    Point p;
    p.grain = Grain::Quarter;
    p.year = index >= 0 ? index / 4 : -((-index + 3) / 4);
    p.quarter = index - p.year * 4 + 1;
    return p;
}

Point add_months(int year, int month, int delta) {
    int index = year * 12 + (month - 1) + delta;
    return month_point(index / 12, index % 12 + 1);
}

bool is_past(const TenseCue& t) { return t.dir == TenseDir::Past; }
bool is_future(const TenseCue& t) { return t.dir == TenseDir::Future; }
// "The final is at 7:30 p.m. on Sunday", "the quarter-finals are played on Thursday": a
// present "is"/"are" (a copula or a passive) with a weekday is a fixture, so the coming one.
bool names_a_fixture(const TenseCue& t) {
    return t.dir == TenseDir::Present && (t.word == "is" || t.word == "are");
}

// The date of `weekday` that a clause of this tense means, seen from the article date:
// the most recent one (the article date itself included) unless the clause speaks of the
// future; "last"/"next" move strictly before/after.
sys_days weekday_date(sys_days dct, int weekday, Relative rel, const TenseCue& tense) {
    const int today = iso_weekday(dct);
    const int back = (today - weekday + 7) % 7;     // days back to the most recent one
    const int ahead = (weekday - today + 7) % 7;    // days ahead to the next one
    switch (rel) {
        case Relative::Last:
        case Relative::Previous:
        case Relative::Past: return dct - days{back == 0 ? 7 : back};
        case Relative::Next:
        case Relative::Coming:
        case Relative::Upcoming:
        case Relative::Following: return dct + days{ahead == 0 ? 7 : ahead};
        // "Wednesday's ruling" has happened, whatever the clause around it says ("will hear
        // appeals against Wednesday's ruling"), unless a present event verb just after
        // makes it a plan: "Thursday's programme includes".
        case Relative::Same: return tense.schedule ? dct + days{ahead} : dct - days{back};
        case Relative::This:
            if (is_past(tense)) return dct - days{back};
            if (is_future(tense)) return dct + days{ahead};
            return dct + days{weekday - today};
        default: break;
    }
    // A weekday something was moved to is reported ahead of it: "the vote was moved to Friday".
    if (is_future(tense) || names_a_fixture(tense) || tense.moved_to) return dct + days{ahead};
    return dct - days{back};
}

// The year of a month-day written without one: the article's year, moved back when a
// past-tense clause would otherwise put it well after the article date, forward when a
// future clause would put it well before; a weekday, when given, picks the year it fits.
int month_day_year(sys_days dct, int month, int day, int weekday, const TenseCue& tense) {
    const int y = static_cast<int>(date::year_month_day{dct}.year());
    if (weekday > 0) {
        for (int candidate : {y, y - 1, y + 1}) {
            const auto ymd = date::year{candidate} / date::month{static_cast<unsigned>(month)} /
                             date::day{static_cast<unsigned>(day)};
            if (ymd.ok() && iso_weekday(sys_days{ymd}) == weekday) return candidate;
        }
    }
    const auto ymd = date::year{y} / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)};
    if (!ymd.ok()) return y;  // Feb 29 of a common year: keep the year, the value says it
    const auto diff = (sys_days{ymd} - dct).count();
    // A cue is forgiven within two months when it may report the past ("could", "would":
    // "wondering how he could have emerged"); a plain future ("will open", "opens", "is
    // due") leaves a week: "the festival will open on Sept. 5", read in October, is next
    // year's.
    constexpr long slack = 60, slack_plain_future = 7;
    const std::string_view w = tense.word;
    const bool conditional = w == "would" || w == "could" || w == "should" || w == "might" || w == "may" || w == "must";
    if (is_past(tense) && diff > slack) return y - 1;
    if (is_future(tense) && diff < -(conditional ? slack : slack_plain_future)) return y + 1;
    if (tense.dir == TenseDir::None || tense.dir == TenseDir::Present) {
        if (diff > 183) return y - 1;
        if (diff < -183) return y + 1;
    }
    return y;
}

int month_alone_year(int dct_year, int dct_month, int month, Relative rel, const TenseCue& tense) {
    switch (rel) {
        // "last February" read in March is a year back; "last March" read in December is not.
        case Relative::Last:
        case Relative::Previous:
        case Relative::Past: return month < dct_month - 1 ? dct_year : dct_year - 1;
        case Relative::Next:
        case Relative::Coming:
        case Relative::Upcoming: return month > dct_month ? dct_year : dct_year + 1;
        case Relative::This: return dct_year;
        default: break;
    }
    if (is_past(tense) && month > dct_month) return dct_year - 1;
    if (is_future(tense) && month < dct_month) return dct_year + 1;
    // No tense: the occurrence nearest the article date.
    if (is_past(tense) || is_future(tense)) return dct_year;
    if (month > dct_month + 6) return dct_year - 1;
    if (month < dct_month - 6) return dct_year + 1;
    return dct_year;
}

int unit_shift(Relative rel) {
    switch (rel) {
        case Relative::Last:
        case Relative::Previous:
        case Relative::Past: return -1;
        case Relative::Next:
        case Relative::Coming:
        case Relative::Upcoming:
        case Relative::Following: return 1;
        default: return 0;
    }
}

bool finer_than_month(Grain g) {
    return g == Grain::Day || g == Grain::PartOfDay || g == Grain::Minute || g == Grain::Week || g == Grain::Weekend;
}
bool has_day(Grain g) { return g == Grain::Day || g == Grain::PartOfDay || g == Grain::Minute; }

// A clock time or a part of the day the text adds to a day: "Tuesday morning", "10 a.m. Friday".
void add_time(Point& p, const Spec& s) {
    if (p.grain != Grain::Day) return;
    if (s.hour >= 0) {
        p.grain = Grain::Minute;
        p.hour = s.hour;
        p.minute = s.minute < 0 ? 0 : s.minute;
    } else if (s.part != PartOfDay::None) {
        p.grain = Grain::PartOfDay;
        p.part = s.part;
    }
}


}  // namespace

// ---- tense ---------------------------------------------------------------------------------

namespace {
TenseDir cue_of(const Tokens& tokens, std::size_t k) {
    const Token& tok = tokens.tokens[k];
    if (tok.kind != TokenKind::Word) return TenseDir::None;
    if (tok.word) {
        // "next to the embassy", "next door": a place, not a time ahead
        if ((tok.word->cats & kRelative) && tokens.lower_of(tok) == "next" && k + 1 < tokens.tokens.size() &&
            (tokens.lower_of(tokens.tokens[k + 1]) == "to" || tokens.lower_of(tokens.tokens[k + 1]) == "door"))
            return TenseDir::None;
        if (tok.word->cats & kTenseFuture) return TenseDir::Future;
        if (tok.word->cats & kTensePast) return TenseDir::Past;
        if (tok.word->cats & kTensePresent) return TenseDir::Present;
        return TenseDir::None;
    }
    const std::string_view w = tokens.lower_of(tok);
    // Regular past forms end in "-ed"; "succeed", "need", "proceed" only look like them.
    if (w.size() >= 5 && w.substr(w.size() - 2) == "ed" && w.substr(w.size() - 3) != "eed" && !tok.capitalized)
        return TenseDir::Past;
    return TenseDir::None;
}

// "as soon as", "as early as", "is to resume": constructions that point ahead, read at the
// token where they end (the "as" or the "to").
TenseDir future_construction(const Tokens& tokens, std::size_t k) {
    if (k < 2) return TenseDir::None;
    const std::string_view w = tokens.lower_of(tokens.tokens[k]);
    const std::string_view p1 = tokens.lower_of(tokens.tokens[k - 1]);
    const std::string_view p2 = tokens.lower_of(tokens.tokens[k - 2]);
    if (w == "as" && (p1 == "soon" || p1 == "early") && p2 == "as") return TenseDir::Future;
    if (w == "to" && (p1 == "is" || p1 == "are")) return TenseDir::Future;
    // "guidelines to be published in November": a passive infinitive names what is to come
    // (not after a past verb: "was said to be injured Monday")
    if (w == "to" && k + 2 < tokens.tokens.size() && tokens.lower_of(tokens.tokens[k + 1]) == "be" &&
        !tokens.tokens[k + 2].word && cue_of(tokens, k - 1) != TenseDir::Past)
        return TenseDir::Future;
    return TenseDir::None;
}

// A participle after "be" ("will be published") takes its tense from the auxiliary; one
// after a determiner ("a still unspecified date", "the expanded plant") or a linking verb
// ("will stay closed") is an adjective.
bool after_be(const Tokens& tokens, std::size_t k) {
    if (k == 0) return false;
    const std::string_view prev = tokens.lower_of(tokens.tokens[k - 1]);
    if (prev == "be" || prev == "being") return true;
    // "will stay closed until Wednesday": the participle is an adjective, the verb before decides
    if (links_an_adjective(prev)) return true;
    if (tokens.tokens[k].word) return false;
    auto determiner = [](std::string_view p) {
        return p == "a" || p == "an" || p == "the" || p == "its" || p == "their" || p == "his" || p == "her";
    };
    if (determiner(prev)) return true;
    // an adverb in between: "a still unspecified date", "a newly expanded plant"
    const bool adverb = prev == "still" || (prev.size() > 3 && prev.substr(prev.size() - 2) == "ly" &&
                                            !ly_word_not_adverb(prev));
    return adverb && k >= 2 && determiner(tokens.lower_of(tokens.tokens[k - 2]));
}
// "is played", "are held": a present passive, whose tense the auxiliary just before gives.
bool after_present_be(const Tokens& tokens, std::size_t k) {
    if (k == 0) return false;
    const std::string_view prev = tokens.lower_of(tokens.tokens[k - 1]);
    return prev == "is" || prev == "are";
}
// A planning verb followed by "to" or "for" at k: "planned to leave", "agreed to meet",
// "set for Monday" (planning verbs only: "went to the polls" is a movement).
// (Read at every word left of every expression: inline, so that the common case, no planning
// verb, costs one test.)
inline bool intention_ahead(const Tokens& tokens, std::size_t k) {
    const auto& toks = tokens.tokens;
    if (!toks[k].word || !(toks[k].word->cats & kIntention)) [[likely]] return false;
    if (k + 1 >= toks.size()) return false;
    const std::string_view next = tokens.lower_of(toks[k + 1]);
    return next == "to" || next == "for";
}
// "The council meets Monday": a present-tense event verb announces a plan. After an
// auxiliary ("did not meet", "had to leave", "could open") or as a bare infinitive ("let
// the offensive begin") it is not one; the word read next gives the tense.
// The token before k is the subject a verb agrees with: a capitalized word the lexicon does
// not know, even opening the sentence ("Dobre visits", "Halep plays"), a personal pronoun,
// or for the plural form a plural noun ("lawmakers debate").
bool subject_before(const Tokens& tokens, std::size_t k, SubjectForm form) {
    if (k == 0) return false;
    const Token& prev = tokens.tokens[k - 1];
    if (prev.kind != TokenKind::Word) return false;
    const Sentence& s = tokens.sentences[prev.sentence];
    const std::string_view p = tokens.lower_of(prev);
    // "the council votes", "the Dresden plant produces": a noun the lexicon does not know
    // right after a determiner is a subject too
    const bool determined_noun = !prev.word && !prev.capitalized && k >= 2 && tokens.tokens[k - 2].word &&
                                 (tokens.tokens[k - 2].word->cats & kDeterminer);
    if (form == SubjectForm::Singular)
        return (prev.capitalized && !prev.word) || p == "he" || p == "she" || p == "it" || determined_noun;
    const bool common_noun = !prev.capitalized || k - 1 == s.first_token;  // "Senators debate"
    return p == "they" || p == "we" || (!prev.word && common_noun && p.size() > 3 && p.back() == 's');
}

bool is_form_of_be(std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being";
}
bool scheduled_present(const Tokens& tokens, std::size_t k) {
    const Token& tok = tokens.tokens[k];
    if (const SubjectForm form = verb_after_subject(tokens.lower_of(tok)); form != SubjectForm::None)
        return subject_before(tokens, k, form);
    if (!tok.word || !(tok.word->cats & kScheduled)) return false;
    // After a determiner the word is a noun: "at the close of business Thursday", "the end
    // of the talks", "its launch on Friday" date no plan.
    if (k > 0 && tokens.tokens[k - 1].word && (tokens.tokens[k - 1].word->cats & kDeterminer)) return false;
    // So it is after a possessive: "as of Friday's close", "the minister's launch".
    if (k > 0 && tokens.lower_of(tokens.tokens[k - 1]) == "'s") return false;
    // After a form of "be" it is an adjective: "the museum was open from March", "the
    // border is closed"; the tense is the auxiliary's. After a past verb it is that verb's
    // complement: "the ceasefire took hold on Sunday".
    if (k > 0 && is_form_of_be(tokens.lower_of(tokens.tokens[k - 1]))) return false;
    if (k > 0 && tokens.tokens[k - 1].word && (tokens.tokens[k - 1].word->cats & kTensePast)) return false;
    const std::string_view next = k + 1 < tokens.tokens.size() ? tokens.lower_of(tokens.tokens[k + 1]) : "";
    if (!scheduled_verb_complete(tokens.lower_of(tok), next)) return false;
    for (std::size_t back = 1; back <= 4 && back <= k; ++back) {
        const Word* w = tokens.tokens[k - back].word;
        if (w && (w->cats & kGovernor)) return false;
    }
    return true;
}
// "analysts had expected a rebound in July", "the ruling was expected in July", "they
// expected a rebound in July": "expected" as the past of its clause, an expectation held
// before the article (not "is expected in July", a headline's "expected in July", nor
// "expected to", a plan, which the caller reads first).
bool expectation_held_before(const Tokens& tokens, std::size_t k) {
    if (k == 0 || tokens.lower_of(tokens.tokens[k]) != "expected") return false;
    const std::string_view prev = tokens.lower_of(tokens.tokens[k - 1]);
    // (a capitalized word opening the sentence is a headline's noun as often as a name:
    // "Decision expected in July")
    const bool opens_sentence = k - 1 == tokens.sentences[tokens.tokens[k].sentence].first_token;
    return prev == "had" || prev == "was" || prev == "were" || subject_before(tokens, k, SubjectForm::Plural) ||
           (!opens_sentence && subject_before(tokens, k, SubjectForm::Singular));
}
// "more than expected", "as expected": a comparison, no tense of its own; the clause's verb
// gives it ("sales rose more than expected in September").
bool expected_in_comparison(const Tokens& tokens, std::size_t k) {
    if (k == 0 || tokens.lower_of(tokens.tokens[k]) != "expected") return false;
    const std::string_view prev = tokens.lower_of(tokens.tokens[k - 1]);
    return prev == "than" || prev == "as";
}
// "had been" just before token k ("had been due", "had been scheduled"): a state of
// planning that is over ("the board had scheduled the vote for Friday" may still stand)
bool had_been_before(const Tokens& tokens, std::size_t k) {
    return k >= 2 && tokens.lower_of(tokens.tokens[k - 1]) == "been" &&
           tokens.lower_of(tokens.tokens[k - 2]) == "had";
}
// A token where another clause begins (the list is in tables.cpp).
bool clause_boundary_at(const Tokens& tokens, std::size_t k) {
    return chronicle::tagger::opens_clause(tokens.lower_of(tokens.tokens[k]));
}

bool is_perfect_auxiliary(std::string_view w) { return w == "have" || w == "has" || w == "had"; }

// Whether the modal at k is negated: "could not", "could never", or "neither ... nor ...
// could" a few words before it in its sentence.
bool negated_modal(const Tokens& tokens, std::size_t k) {
    const auto& toks = tokens.tokens;
    if (k + 1 < toks.size() && toks[k + 1].sentence == toks[k].sentence &&
        (tokens.lower_of(toks[k + 1]) == "not" || tokens.lower_of(toks[k + 1]) == "never"))
        return true;
    for (std::size_t j = k, steps = 0; j-- > 0 && steps < 8 && toks[j].sentence == toks[k].sentence; ++steps) {
        const std::string_view w = tokens.lower_of(toks[j]);
        if (w == "nor" || w == "neither") return true;
    }
    return false;
}

// "plans" or "plan" at k used as a noun whose date is not the plan's: after a determiner,
// a possessive or a past verb, and not before "to" or "for".
bool plan_as_noun(const Tokens& tokens, std::size_t k) {
    const auto& toks = tokens.tokens;
    const std::string_view w = tokens.lower_of(toks[k]);
    if ((w != "plans" && w != "plan") || k == 0) return false;
    if (k + 1 < toks.size()) {
        const std::string_view next = tokens.lower_of(toks[k + 1]);
        if (next == "to" || next == "for") return false;
    }
    const Token& before = toks[k - 1];
    return (before.word && (before.word->cats & kDeterminer)) || tokens.lower_of(before) == "'s" ||
           cue_of(tokens, k - 1) == TenseDir::Past;
}

// A past form at k in an absolute phrase, "with headliners revealed by the end of the
// month", "with the results published on Friday": "with", a noun phrase of up to three
// words and the participle, which has no tense of its own (the clause's verb decides).
bool participle_after_with(const Tokens& tokens, std::size_t k) {
    const auto& toks = tokens.tokens;
    // "with" first (asked of every past form near an expression: most have none before them)
    std::size_t with = k;
    for (std::size_t j = k; j > 0 && k - j < 4;) {
        --j;
        if (tokens.lower_of(toks[j]) == "with") {
            with = j;
            break;
        }
    }
    if (with == k || with + 1 == k) return false;
    for (std::size_t j = with + 1; j < k; ++j) {
        const Token& t = toks[j];
        // a verb, or a word that opens a clause ("with rebels who attacked"): no noun phrase
        if (t.kind != TokenKind::Word || cue_of(tokens, j) != TenseDir::None || is_function_word(tokens.lower_of(t)))
            return false;
    }
    return true;
}

// The tense a word left of the expression (which starts at token `first`) gives it, with
// the constructions read around that word.
TenseCue cue_before(const Tokens& tokens, std::size_t k, std::size_t first) {
    const auto& toks = tokens.tokens;
    // "could not be reached Monday", "neither he nor his lawyer could be located Wednesday"
    // report a failed attempt, not a possibility ahead
    if (tokens.lower_of(toks[k]) == "could" && negated_modal(tokens, k)) return {TenseDir::Past, "could"};
    if (const TenseDir f = future_construction(tokens, k); f != TenseDir::None) return {f, tokens.lower_of(toks[k])};
    if (expected_in_comparison(tokens, k)) return {};
    TenseDir d = cue_of(tokens, k);
    // "changed plans in December", "its plans in March": "plans" as a noun (after a
    // determiner, a possessive or a past verb) is not the future of the verb "plans"; the
    // clause's verb decides. Before "to" or "for" it keeps it: "announced plans for a rally
    // on Saturday" dates the plan.
    if (d == TenseDir::Future && plan_as_noun(tokens, k)) return {};
    if (d == TenseDir::Past && participle_after_with(tokens, k)) return {};
    // "will be named", "would be held": a passive takes its tense from the auxiliary before
    // "be", read here so that a long object after it does not put the auxiliary out of reach
    if (d == TenseDir::Past && k >= 2 && tokens.lower_of(toks[k - 1]) == "be" &&
        cue_of(tokens, k - 2) == TenseDir::Future) {
        if (tokens.lower_of(toks[k - 2]) == "could" && negated_modal(tokens, k - 2)) return {TenseDir::Past, "could"};
        return {TenseDir::Future, tokens.lower_of(toks[k - 2])};
    }
    if (d == TenseDir::Past && (after_be(tokens, k) || after_present_be(tokens, k))) {
        // "the trial is set to begin in October", "talks are set for Monday": a present
        // passive of a planning verb before "to" or "for" is a plan, so what it dates lies ahead
        if (after_present_be(tokens, k) && intention_ahead(tokens, k)) return {TenseDir::Future, tokens.lower_of(toks[k])};
        return {};
    }
    // "is expected to hit Thursday", "will cut rates Friday": a past form that is also the
    // base form ("hit", "cut", "put"), after "to" or an auxiliary, is the bare verb; the tense
    // is what comes before it
    // (not after "have", "has", "had": "have been searching" is a perfect, past)
    if (d == TenseDir::Past && k > 0 && toks[k].word && toks[k - 1].word &&
        (toks[k - 1].word->cats & (kGovernor | kTenseFuture)) && !is_perfect_auxiliary(tokens.lower_of(toks[k - 1])))
        return {};
    // "planned to leave", "agreed to meet", "was planned for early March": an intention,
    // so what follows lies ahead
    if (intention_ahead(tokens, k)) d = TenseDir::Future;
    else if (d == TenseDir::Future && expectation_held_before(tokens, k)) d = TenseDir::Past;
    // "protesters planned a rally on Saturday", "scheduled a vote for Monday": the object is
    // the plan, so its date lies ahead
    if (plans_its_object(tokens.lower_of(toks[k])) && k + 1 < toks.size() && toks[k + 1].word &&
        (toks[k + 1].word->cats & kDeterminer))
        d = TenseDir::Future;
    // within the clause: "meets Friday", "hears arguments Thursday", "flies to Geneva on Monday",
    // "holds its first sitting on Tuesday", "receives her at the ministry in Rome on Wednesday"
    if (d == TenseDir::None && first - k <= 12 && scheduled_present(tokens, k)) d = TenseDir::Future;
    // "had been scheduled to expire Friday", "had been due to": a plan the past has overtaken
    if (d == TenseDir::Future && had_been_before(tokens, k)) d = TenseDir::Past;
    if (d == TenseDir::None) return {};
    return {d, tokens.lower_of(toks[k])};
}
}  // namespace

namespace {
// Words that may stand between "until" and what it limits: "not until", "up until".
bool is_until_adverb(std::string_view w) { return w == "not" || w == "up" || w == "just" || w == "right"; }
}  // namespace

TenseCue clause_tense(const Tokens& tokens, std::size_t first, std::size_t last) {
    const auto& toks = tokens.tokens;
    if (first >= toks.size()) return {};
    const Sentence& s = tokens.sentences[toks[first].sentence];
    // "postponed until Tuesday": a limit set for what is still to come (but "Until Thursday,
    // they had not..." opens its sentence and looks back).
    // The end of a range ("lasted from Tuesday until Thursday") reads the clause as its start does.
    auto ends_a_range = [&] {
        for (std::size_t k = first - 1, steps = 0; k-- > s.first_token && steps < 4; ++steps)
            if (tokens.lower_of(toks[k]) == "from") return true;
        return false;
    };
    if (first > s.first_token && (tokens.lower_of(toks[first - 1]) == "until" ||
                                  tokens.lower_of(toks[first - 1]) == "till") && !ends_a_range()) {
        // The word that "until" limits, past "not", "up", "just": none when "Up until
        // Thursday, they had..." opens the sentence (it looks back); a past verb that
        // lasted up to the limit ("stayed until Friday", "it was not until Tuesday that")
        // puts it in the past too, so the clause is read as usual.
        std::size_t k = first - 1;
        while (k > s.first_token && is_until_adverb(tokens.lower_of(toks[k - 1]))) --k;
        const bool opens_sentence = k == s.first_token;
        const bool lasted_to_it = !opens_sentence && cue_of(tokens, k - 1) == TenseDir::Past &&
                                  !defers_to_a_limit(tokens.lower_of(toks[k - 1]));
        if (!opens_sentence && !lasted_to_it) return {TenseDir::Future, tokens.lower_of(toks[first - 1])};
    }
    // "the deadline was extended to the end of April", "the vote was pushed back to May 3",
    // "officials moved the vote to Friday": the date something was moved to may lie on
    // either side of the article date, so the past verb does not decide; a month or a day
    // is the occurrence nearest the article date, a weekday the coming one (see weekday_date).
    if (first > s.first_token + 1 && tokens.lower_of(toks[first - 1]) == "to") {
        // the verb, past "back"/"forward" and an object of up to five words ("the debate on
        // the budget"); another verb or a clause boundary on the way ends the search
        constexpr std::size_t object_words = 5;
        for (std::size_t k = first - 1, steps = 0; k-- > s.first_token && steps <= object_words + 1; ++steps) {
            const std::string_view w = tokens.lower_of(toks[k]);
            if (moves_a_date(w)) {
                TenseCue moved;
                moved.moved_to = true;
                return moved;
            }
            if (clause_boundary_at(tokens, k) || cue_of(tokens, k) != TenseDir::None) break;
        }
    }
    // "named president, effective Feb. 1": the date a change takes effect, announced ahead
    // (but "became effective March 1" looks back)
    if (first > s.first_token + 1 && tokens.lower_of(toks[first - 1]) == "effective" &&
        cue_of(tokens, first - 2) != TenseDir::Past)
        return {TenseDir::Future, "effective"};
    // "since year-end", "since March": the start of a span that reaches the present
    if (first > s.first_token && tokens.lower_of(toks[first - 1]) == "since")
        return {TenseDir::Past, "since"};
    // First the expression's own clause (up to a comma, a semicolon or a conjunction that
    // opens another clause), then the whole sentence: in "After the storm passed, on Friday
    // the ferry will resume service" the Friday is the ferry's, ahead, not the storm's.
    for (const bool clause_only : {true, false}) {
        constexpr std::size_t reach = 12, reach_ahead = 30;
        for (std::size_t k = first, steps = 0; k > s.first_token && steps < reach; ++steps) {
            --k;
            if (clause_only && clause_boundary_at(tokens, k)) break;
            if (const TenseCue cue = cue_before(tokens, k, first); cue.dir != TenseDir::None) return cue;
        }
        for (std::size_t k = last, steps = 0; k < s.last_token && steps < reach_ahead; ++k, ++steps) {
            if (clause_only && clause_boundary_at(tokens, k)) break;
            const TenseDir d = cue_of(tokens, k);
            if (d == TenseDir::Past && after_be(tokens, k)) continue;
            // "the schedule Wednesday includes a visit", "Thursday's programme includes":
            // a present event verb just after the date announces the plan
            if (d == TenseDir::None && k - last <= 4 && scheduled_present(tokens, k))
                return {TenseDir::Future, tokens.lower_of(toks[k]), true};
            if (d != TenseDir::None) return {d, tokens.lower_of(toks[k])};
        }
    }
    return {};
}

// ---- formatting ----------------------------------------------------------------------------

namespace {
// `value` zero-padded to `width` characters, the sign counted in the width, as fmt's
// "{:04}" writes it. Values are formatted for every expression, so this avoids fmt's
// general machinery on the hot path.
void put_number(std::string& out, long value, int width) {
    char digits[24];
    const bool negative = value < 0;
    unsigned long magnitude = negative ? 0ul - static_cast<unsigned long>(value) : static_cast<unsigned long>(value);
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (negative) out.push_back('-');
    for (int pad = width - n - (negative ? 1 : 0); pad > 0; --pad) out.push_back('0');
    while (n > 0) out.push_back(digits[--n]);
}

void put_date(std::string& out, int year, int month, int day) {
    put_number(out, year, 4);
    out.push_back('-');
    put_number(out, month, 2);
    out.push_back('-');
    put_number(out, day, 2);
}
}  // namespace

std::string format_point(const Point& p) {
    std::string v;
    switch (p.grain) {
        case Grain::None: break;
        case Grain::Century: put_number(v, p.century, 2); break;
        case Grain::Decade: put_number(v, p.decade, 3); break;
        case Grain::Year: put_number(v, p.year, 4); break;
        case Grain::Half:
            put_number(v, p.year, 4);
            v += "-H";
            put_number(v, p.half, 1);
            break;
        case Grain::Quarter:
            put_number(v, p.year, 4);
            v += "-Q";
            put_number(v, p.quarter, 1);
            break;
        case Grain::Season:
            put_number(v, p.year, 4);
            v += '-';
            v += season_code(p.season);
            break;
        case Grain::Month:
            put_number(v, p.year, 4);
            v += '-';
            put_number(v, p.month, 2);
            break;
        case Grain::Week:
        case Grain::Weekend: {
            const iso_week::year_weeknum_weekday w{point_days(p)};
            put_number(v, static_cast<int>(w.year()), 4);
            v += "-W";
            put_number(v, static_cast<unsigned>(w.weeknum()), 2);
            if (p.grain == Grain::Weekend) v += "-WE";
            break;
        }
        case Grain::Day: put_date(v, p.year, p.month, p.day); break;
        case Grain::PartOfDay:
            put_date(v, p.year, p.month, p.day);
            v += 'T';
            v += part_code(p.part);
            break;
        case Grain::Minute:
            put_date(v, p.year, p.month, p.day);
            v += 'T';
            put_number(v, p.hour, 2);
            v += ':';
            put_number(v, p.minute, 2);
            break;
    }
    return v;
}

Date holiday_date(Holiday h, int year) {
    using date::year_month_day;
    const date::year y{year};
    auto fixed = [&](unsigned m, unsigned d) { return year_month_day{y / date::month{m} / date::day{d}}; };
    auto nth_weekday = [&](unsigned m, date::weekday wd, unsigned n) {
        return year_month_day{sys_days{y / date::month{m} / wd[n]}};
    };
    switch (h) {
        case Holiday::Christmas: return fixed(12, 25);
        case Holiday::ChristmasEve: return fixed(12, 24);
        case Holiday::NewYearsDay: return fixed(1, 1);
        case Holiday::NewYearsEve: return fixed(12, 31);
        case Holiday::IndependenceDay: return fixed(7, 4);
        case Holiday::Halloween: return fixed(10, 31);
        case Holiday::ValentinesDay: return fixed(2, 14);
        case Holiday::VeteransDay: return fixed(11, 11);
        case Holiday::Thanksgiving: return nth_weekday(11, date::Thursday, 4);
        case Holiday::LaborDay: return nth_weekday(9, date::Monday, 1);
        case Holiday::MartinLutherKingDay: return nth_weekday(1, date::Monday, 3);
        case Holiday::PresidentsDay: return nth_weekday(2, date::Monday, 3);
        case Holiday::MothersDay: return nth_weekday(5, date::Sunday, 2);
        case Holiday::FathersDay: return nth_weekday(6, date::Sunday, 3);
        case Holiday::ElectionDay: {
            // US election day: the Tuesday after the first Monday of November
            const sys_days first_monday{y / date::November / date::Monday[1]};
            return year_month_day{first_monday + days{1}};
        }
        case Holiday::GoodFriday: {
            const sys_days easter{holiday_date(Holiday::Easter, year)};
            return year_month_day{easter - days{2}};
        }
        case Holiday::MemorialDay:
            return year_month_day{sys_days{y / date::May / date::Monday[date::last]}};
        case Holiday::Easter: {
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
            const int f = (b + 8) / 25, g = (b - f + 1) / 3, hh = (19 * a + b - d - g + 15) % 30;
            const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - hh - k) % 7;
            const int m = (a + 11 * hh + 22 * l) / 451;
            const int month = (hh + l - 7 * m + 114) / 31, day = (hh + l - 7 * m + 114) % 31 + 1;
            return fixed(static_cast<unsigned>(month), static_cast<unsigned>(day));
        }
        case Holiday::None: break;
    }
    return fixed(1, 1);
}

// ---- resolver ------------------------------------------------------------------------------

Resolver::Resolver(const Tokens& tokens, Date article_date)
    : tokens_(&tokens), dct_(article_date), dct_anchor_(fmt::format("article date {}", format_iso_date(article_date))) {}

Resolved Resolver::resolve(const Candidate& c) {
    // "three days before Christmas in 2018", "he arrived in March in 2019": a day, month or
    // holiday without a year, right before "in" and a year, is in that year (the year is an
    // expression of its own too). (A wrapper, so that resolve_candidate keeps one return
    // object: a second return path there cost a move of its seven strings per expression.)
    if (const int y = year_in_after(c); y >= 0) {
        Candidate dated = c;
        dated.spec.year = y;
        return resolve_candidate(dated);
    }
    return resolve_candidate(c);
}

Resolved Resolver::resolve_candidate(const Candidate& c) {
    const Spec& s = c.spec;
    Resolved out;
    out.type = s.type;
    out.mod = std::string(s.mod);
    out.quant = std::string(s.quant);
    out.freq = std::string(s.freq);
    const TenseCue tense = tense_of(c);
    if (tense.dir != TenseDir::None) {
        const char* names[] = {"none", "past", "present", "future"};
        out.tense = names[static_cast<int>(tense.dir)];
        out.tense += ": ";
        out.tense += tense.word;
    }
    out.anchor = dct_anchor_;
    Point p;
    switch (s.shape) {
        case Shape::Calendar: p = calendar_of(c, tense, out); break;
        case Shape::Deictic: p = deictic(s); break;
        case Shape::RelativeUnit: p = part_in_its_tense(c, tense, relative_unit(s)); break;
        case Shape::Offset: p = offset(s, out); break;
        case Shape::Anaphor: p = anaphor(s, tense, out); break;
        case Shape::Holiday: p = holiday(s, tense); break;
        case Shape::Duration:
            if (date_ahead_after_in(c, tense)) {
                Spec ahead = s;
                ahead.shape = Shape::Offset;
                ahead.direction = +1;
                ahead.from_mention = false;
                out.type = TimexType::Date;
                p = offset(ahead, out);
                break;
            }
            out.value = duration_value(s);
            out.anchor = "none";
            // "the first nine months ... a year earlier" compares periods, not quarters
            if (s.unit == Unit::Month || s.unit == Unit::Year) last_quarter_ = Point{};
            return out;
        case Shape::Set:
            out.value = set_value(s);
            out.anchor = "none";
            if (out.quant.empty() && out.freq.empty() && !s.quant.empty()) out.quant = std::string(s.quant);
            return out;
        case Shape::Ref:
            out.value = std::string(s.ref);
            out.anchor = "none";
            return out;
    }
    if (!out.value.empty()) return out;  // a Ref produced by offset()
    if (s.day_shift != 0 && has_day(p.grain)) {
        // "the day after Christmas": the named day is the anchor, the value a day off it
        p = day_point(point_days(p) + days{s.day_shift});
        add_time(p, s);
    }
    out.value = format_point(p);
    if (p.grain == Grain::Minute) out.type = TimexType::Time;
    // Comparisons with a year before ("a year earlier", "the year-ago quarter") are not
    // what later anaphora refer to; everything else becomes the last mention.
    const bool comparison = ((s.shape == Shape::Offset || s.shape == Shape::Anaphor) && s.unit == Unit::Year) ||
                            (s.shape == Shape::Anaphor && s.year >= 0);  // "the 1988 period"
    if (p.grain == Grain::Year && s.year >= 0 && s.month < 0 && dates_its_clause(c)) {
        written_year_ = p.year;
        written_year_first_ = c.first;
        written_year_end_ = c.last;
    }
    if ((p.grain == Grain::Century || p.grain == Grain::Decade) && !comparison) last_era_ = p;
    if (p.grain != Grain::None && p.grain != Grain::Century && p.grain != Grain::Decade && !comparison) {
        last_ = p;
        last_era_ = Point{};
        last_begin_ = c.first;
        last_end_ = c.last;
        // The quarter a report covers is the latest finished one it names: "after a flat
        // second quarter" in a third-quarter report compares, it does not move the report.
        if (p.grain == Grain::Quarter && reported_quarter(p) &&
            (last_quarter_.grain != Grain::Quarter ||
             p.year * 4 + p.quarter >= last_quarter_.year * 4 + last_quarter_.quarter))
            last_quarter_ = p;
    }
    return out;
}

// "will be redeemed in five years", "expects to break even in two years": in a future
// clause, "in" and a count of days or longer is the date that far after the article date
// (TimeML's reading of "in"), not a length. "The first profit in five years", "twice in
// two years", "in five years of war" and "in less than a year" stay lengths.
namespace {
bool joins_amounts(std::string_view w) { return w == "to" || w == "or" || w == "and" || w == "-"; }
}  // namespace

bool Resolver::date_ahead_after_in(const Candidate& c, const TenseCue& tense) const {
    const Spec& s = c.spec;
    const auto& toks = tokens_->tokens;
    if (!is_future(tense) || s.amount_halves <= 0 || s.amount_halves % 2 != 0 || s.clock_seconds >= 0) return false;
    if (s.unit != Unit::Day && s.unit != Unit::Week && s.unit != Unit::Month && s.unit != Unit::Year &&
        s.unit != Unit::Decade)
        return false;
    if (!s.mod.empty() && s.mod != "APPROX") return false;
    const Sentence& sentence = tokens_->sentences[toks[c.first].sentence];
    // "in about two weeks": "about" gives the mod, outside the span
    std::size_t before = c.first;
    if (!s.mod.empty() && before > sentence.first_token + 1 && tokens_->lower_of(toks[before - 1]) == "about") --before;
    if (before <= sentence.first_token || tokens_->lower_of(toks[before - 1]) != "in") return false;
    // "in the next two years" is the stretch ahead, a length
    if (toks[c.first].word && (toks[c.first].word->cats & (kDeterminer | kRelative))) return false;
    // so is a range of amounts: "will ship in two to three weeks"
    for (std::size_t k = c.first; k < c.last; ++k)
        if (joins_amounts(tokens_->lower_of(toks[k]))) return false;
    if (c.last < toks.size() && toks[c.last].sentence == toks[c.first].sentence &&
        (tokens_->lower_of(toks[c.last]) == "of" || tokens_->lower_of(toks[c.last]) == "'s"))
        return false;
    for (std::size_t k = c.first - 1, steps = 0; k > sentence.first_token && steps < 10; ++steps) {
        --k;
        if (clause_boundary_at(*tokens_, k)) break;
        if ((toks[k].word && (toks[k].word->cats & kOrdinalWord)) || counts_since(tokens_->lower_of(toks[k])))
            return false;
    }
    return true;
}

// "Sales rose at the end of the year", said in March: the end of the article's year is still
// ahead, so a past clause means the year before; "will rise at the start of the year", said
// in November, means the next. A part is a third of its period (START, MID, END). Only for
// "the year", "the end of the month": "this year" says which one it is.
Point Resolver::part_in_its_tense(const Candidate& c, const TenseCue& tense, Point p) const {
    const Spec& s = c.spec;
    if (s.rel != Relative::This || (s.mod != "START" && s.mod != "MID" && s.mod != "END")) return p;
    if (!is_past(tense) && !is_future(tense)) return p;
    for (std::size_t k = c.first; k < c.last; ++k) {
        const std::string_view w = tokens_->lower_of(tokens_->tokens[k]);
        if (w == "this" || w == "current") return p;
    }
    const int dy = static_cast<int>(dct_.year());
    const int dm = static_cast<int>(static_cast<unsigned>(dct_.month()));
    const int dd = static_cast<int>(static_cast<unsigned>(dct_.day()));
    // how far through its period the article date is, from 0 to 1
    double through = 0;
    switch (p.grain) {
        case Grain::Year: through = ((dm - 1) + (dd - 1) / 31.0) / 12.0; break;
        case Grain::Quarter: through = (((dm - 1) % 3) + (dd - 1) / 31.0) / 3.0; break;
        case Grain::Month: through = (dd - 1) / 31.0; break;
        case Grain::Decade: through = ((dy % 10) + (dm - 1) / 12.0) / 10.0; break;
        case Grain::Century: through = ((dy % 100) + (dm - 1) / 12.0) / 100.0; break;
        default: return p;
    }
    const int part = s.mod == "START" ? 0 : s.mod == "MID" ? 1 : 2;
    int shift = 0;
    if (is_past(tense) && through < part / 3.0) shift = -1;
    if (is_future(tense) && through >= (part + 1) / 3.0) shift = +1;
    if (shift == 0) return p;
    switch (p.grain) {
        case Grain::Year: return year_point(p.year + shift);
        case Grain::Quarter: return quarter_point(p.year, p.quarter + shift);
        case Grain::Month: return add_months(p.year, p.month, shift);
        case Grain::Decade: p.decade += shift; return p;
        case Grain::Century: p.century += shift; return p;
        default: return p;
    }
}

TenseCue Resolver::tense_of(const Candidate& c) {
    TenseCue tense = clause_tense(*tokens_, c.first, c.last);
    const auto& toks = tokens_->tokens;
    // A cue carries over only within one sentence and a clause's length.
    constexpr std::size_t carry_reach = 20;
    if (tense.dir == TenseDir::None && has_last_cue_ && last_cue_end_ <= c.first && c.first < toks.size() &&
        last_cue_end_ > 0 && toks[last_cue_end_ - 1].sentence == toks[c.first].sentence &&
        c.first - last_cue_end_ <= carry_reach)
        tense = last_cue_;
    if (tense.dir != TenseDir::None) {
        last_cue_ = tense;
        last_cue_end_ = c.last;
        has_last_cue_ = true;
    }
    return tense;
}

// A calendar expression, read with the range it opens or closes, if any.
Point Resolver::calendar_of(const Candidate& c, const TenseCue& tense, Resolved& out) const {
    const Spec& s = c.spec;
    if (s.hour >= 0 && s.weekday < 0 && s.month < 0 && s.year < 0) {
        // "at 10:35 a.m. (0735 GMT) Friday": a weekday just after the clock time dates it
        Spec dated = s;
        dated.weekday = weekday_after(c.last);
        Point p = calendar(dated, tense, out);
        // "the curfew runs from 10 p.m. to 5 a.m.": an end earlier in the day than the start
        // of its range is on the next day
        if (dated.weekday < 0 && p.grain == Grain::Minute && last_.grain == Grain::Minute &&
            point_days(p) == point_days(last_) && p.hour * 60 + p.minute <= last_.hour * 60 + last_.minute &&
            last_end_ < tokens_->tokens.size() && c.first == last_end_ + 1 && joins_range_at(last_end_, last_begin_)) {
            const Point start = p;
            p = day_point(point_days(start) + days{1});
            p.grain = Grain::Minute;
            p.hour = start.hour;
            p.minute = start.minute;
        }
        return p;
    }
    if (ends_weekday_range(c) || second_of_weekday_pair(c)) {
        // "Monday through Wednesday", "from Thursday to Saturday", "next Tuesday and
        // Wednesday": the first such weekday after the first end, whatever the clause's
        // tense says
        const int from = iso_weekday(point_days(last_));
        const int ahead = (s.weekday - from + 7) % 7;
        Point p = day_point(point_days(last_) + days{ahead == 0 ? 7 : ahead});
        add_time(p, s);
        return p;
    }
    // "from November to February": the first such month after the first end
    if (ends_month_range(c)) return month_point(last_.year + (s.month <= last_.month ? 1 : 0), s.month);
    Point p = calendar(s, tense, out);
    // "In 2019, sales fell in March and rose in June", "founded in 1998 and moved to Ohio in
    // March": a month, or a month and day, with no year of its own after a year written
    // earlier in the same sentence is in that year
    if (s.year < 0 && s.rel == Relative::None && !s.year_rel && s.month > 0 &&
        (p.grain == Grain::Month || p.grain == Grain::Day) && in_written_years_reach(c)) {
        p.year = written_year_;
        out.anchor = "year of the sentence " + std::to_string(written_year_);
    }
    // "ran from Monday to Friday" on a Tuesday: the whole range lies before the article date,
    // so its start is the Monday of the week before
    if (const int end_weekday = range_end_weekday(c); end_weekday > 0 && is_past(tense)) {
        const int gap = (end_weekday - s.weekday + 7) % 7;
        while (point_days(p) + days{gap == 0 ? 7 : gap} > sys_days{dct_}) p = day_point(point_days(p) - days{7});
        add_time(p, s);
    }
    // The start of a range of months or days without a year: "from January to June 2020" and
    // "from March 3 to May 5, 2020" take the year the second end names; "ran from November
    // to February" in January is the winter before
    const RangeEnd end = range_end_date(c);
    if (end.month > 0 && s.year < 0 && s.rel == Relative::None && s.weekday <= 0 &&
        (p.grain == Grain::Month || (p.grain == Grain::Day && s.day > 0))) {
        const int first = p.month * 32 + (p.grain == Grain::Day ? p.day : 0);
        const int second = end.month * 32 + (end.day > 0 ? end.day : 0);
        if (end.year > 0) {
            p.year = end.year - (first > second ? 1 : 0);
        } else if (is_past(tense) && p.grain == Grain::Month) {
            const int dct_months = static_cast<int>(dct_.year()) * 12 + static_cast<int>(static_cast<unsigned>(dct_.month()));
            while ((p.year + (end.month <= p.month ? 1 : 0)) * 12 + end.month > dct_months) p.year -= 1;
        }
    }
    return p;
}

// Whether a written year is the time of its clause, as in "In 2019, ...", "founded in 1998
// and ...", "since 2015.": after a preposition of time or at the start of the sentence, and
// before a punctuation mark, a function word or the end. Not a year that modifies a noun
// ("the 2019 law", "from 2019 levels"), which dates only that noun.
bool Resolver::dates_its_clause(const Candidate& c) const {
    const auto& toks = tokens_->tokens;
    const std::size_t sentence = toks[c.first].sentence;
    const bool opens = c.first == 0 || toks[c.first - 1].sentence != sentence;
    if (!opens && !times_a_clause(tokens_->lower_of(toks[c.first - 1]))) return false;
    if (c.last >= toks.size() || toks[c.last].sentence != sentence) return true;
    const Token& next = toks[c.last];
    return next.kind == TokenKind::Punct || is_function_word(tokens_->lower_of(next));
}

// Whether `c` lies where the last written year dates it: in its sentence, and in its clause
// (no comma, semicolon or colon between), unless the year opens the sentence ("In 2019, ...")
// or the comma opens a clause about that year (", when ...").
bool Resolver::in_written_years_reach(const Candidate& c) const {
    const auto& toks = tokens_->tokens;
    if (written_year_ < 0 || c.first >= toks.size() || c.first < written_year_end_) return false;
    const std::uint32_t sentence = toks[written_year_first_].sentence;
    if (toks[c.first].sentence != sentence) return false;
    const std::size_t opening = tokens_->sentences[sentence].first_token;
    if (written_year_first_ <= opening + 2) return true;  // "In 2019,", "In early 2019,"
    for (std::size_t k = written_year_end_; k < c.first; ++k) {
        const std::string_view w = tokens_->lower_of(toks[k]);
        if ((w == "," || w == ";" || w == ":") && !(k + 1 < c.first && tokens_->lower_of(toks[k + 1]) == "when"))
            return false;
    }
    return true;
}

// Whether the word at k joins the two ends of a range, the first starting at `first`:
// "through", "to", "until", "-", or "and" after "between".
bool Resolver::joins_range_at(std::size_t k, std::size_t first) const {
    const std::string_view w = tokens_->lower_of(tokens_->tokens[k]);
    return joins_a_range(w) || (w == "and" && first > 0 && tokens_->lower_of(tokens_->tokens[first - 1]) == "between");
}

// The month (and day and year, when written) that ends a range begun by `c`: "to June 2020",
// "to May 5, 2020", "and May"; month -1 when no month ends it.
Resolver::RangeEnd Resolver::range_end_date(const Candidate& c) const {
    const auto& toks = tokens_->tokens;
    RangeEnd end;
    std::size_t k = c.last + 1;
    if (k >= toks.size() || toks[k].sentence != toks[c.first].sentence || !joins_range_at(c.last, c.first)) return end;
    const Word* w = toks[k].word;
    if (!w || !(w->cats & (kMonth | kMonthAbbrev)) || !toks[k].capitalized) return end;
    end.month = w->month;
    if (k + 1 < toks.size() && tokens_->lower_of(toks[k + 1]) == ".") ++k;
    if (k + 1 < toks.size() && toks[k + 1].kind == TokenKind::Number && toks[k + 1].digits <= 2 && !toks[k + 1].grouped &&
        toks[k + 1].number >= 1 && toks[k + 1].number <= 31) {
        end.day = toks[k + 1].number;
        ++k;
    }
    end.year = year_after(k);
    return end;
}

// Whether `c` follows the mention that set last_, a word of category `cat` ending it, and a
// word that joins a range: "Monday through Wednesday", "from March to May".
bool Resolver::second_end_of_range(const Candidate& c, std::uint32_t cat) const {
    const auto& toks = tokens_->tokens;
    if (last_end_ == 0 || last_end_ >= toks.size() || c.first != last_end_ + 1) return false;
    const Word* first_end = toks[last_end_ - 1].word;
    return first_end && (first_end->cats & cat) && joins_range_at(last_end_, last_begin_);
}

// The word that ends a range begun by `c` when it is of category `cat` ("Monday through
// Friday": "friday"), or nullptr.
const Word* Resolver::range_end_word(const Candidate& c, std::uint32_t cat) const {
    const auto& toks = tokens_->tokens;
    if (c.last + 1 >= toks.size() || toks[c.last + 1].sentence != toks[c.first].sentence) return nullptr;
    if (!joins_range_at(c.last, c.first)) return nullptr;
    const Word* w = toks[c.last + 1].word;
    return w && (w->cats & cat) && !w->plural && toks[c.last + 1].capitalized ? w : nullptr;
}

namespace {
// A weekday or a month with nothing else named: what a range of them is made of.
bool bare_weekday(const Spec& s) {
    return s.weekday > 0 && s.month <= 0 && s.day <= 0 && s.year < 0 && s.rel == Relative::None;
}
bool bare_month(const Spec& s) {
    return s.month > 0 && s.weekday <= 0 && s.day <= 0 && s.year < 0 && s.rel == Relative::None && !s.year_rel &&
           s.hour < 0 && s.nth == 0;
}
}  // namespace

// "Monday through Wednesday", "Thursday-Saturday": a weekday after a dated weekday (not
// after a dated day: "from Sept. 14 to Thursday" is the latest Thursday).
bool Resolver::ends_weekday_range(const Candidate& c) const {
    return bare_weekday(c.spec) && has_day(last_.grain) && second_end_of_range(c, kWeekday);
}

// "next Tuesday and Wednesday", "last Friday or Saturday": a bare weekday right after "and" or
// "or" and a weekday that "next", "last" or "this" placed. (A pair of bare weekdays is two
// days each read by the clause's tense: "they met Monday and Wednesday".)
bool Resolver::second_of_weekday_pair(const Candidate& c) const {
    const auto& toks = tokens_->tokens;
    if (!bare_weekday(c.spec) || !has_day(last_.grain) || last_end_ == 0 || last_end_ >= toks.size() ||
        c.first != last_end_ + 1)
        return false;
    const std::string_view joint = tokens_->lower_of(toks[last_end_]);
    const Word* first_end = toks[last_end_ - 1].word;
    const Word* placed_by = toks[last_begin_].word;
    return (joint == "and" || joint == "or") && first_end && (first_end->cats & kWeekday) && placed_by &&
           (placed_by->cats & kRelative) && last_begin_ + 2 == last_end_;
}

// "from March to May", "November to February": a month after a dated month.
bool Resolver::ends_month_range(const Candidate& c) const {
    return bare_month(c.spec) && last_.grain == Grain::Month && second_end_of_range(c, kMonth);
}

// The weekday that ends a range begun by the bare weekday `c` ("Monday through Friday": 5),
// or -1.
int Resolver::range_end_weekday(const Candidate& c) const {
    if (!bare_weekday(c.spec)) return -1;
    const Word* w = range_end_word(c, kWeekday);
    return w ? w->weekday : -1;
}

// The year written right after token k ("June 2020", "June, 2020"), or -1.
int Resolver::year_after(std::size_t k) const {
    const auto& toks = tokens_->tokens;
    std::size_t y = k + 1;
    if (y < toks.size() && tokens_->lower_of(toks[y]) == ",") ++y;
    if (y >= toks.size() || toks[y].kind != TokenKind::Number || toks[y].digits != 4 || toks[y].grouped ||
        toks[y].ordinal || toks[y].decade || toks[y].sentence != toks[k].sentence)
        return -1;
    return toks[y].number >= 1000 && toks[y].number <= 2999 ? toks[y].number : -1;
}

// The year of "in 2018" right after `c` when `c` names a month, a day of a month or a
// holiday and no year or relative word of its own; else -1.
int Resolver::year_in_after(const Candidate& c) const {
    const Spec& s = c.spec;
    if (s.year >= 0 || s.rel != Relative::None || s.year_rel) return -1;
    const bool dates_in_a_year = (s.shape == Shape::Calendar && s.month > 0 && s.hour < 0) || s.shape == Shape::Holiday;
    const auto& toks = tokens_->tokens;
    if (!dates_in_a_year || c.last + 1 >= toks.size() || tokens_->lower_of(toks[c.last]) != "in") return -1;
    return year_after(c.last);
}

// The weekday named within a few tokens after `from` in the same sentence, or -1.
int Resolver::weekday_after(std::size_t from) const {
    const auto& toks = tokens_->tokens;
    if (from == 0 || from >= toks.size()) return -1;
    const std::uint32_t sentence = toks[from - 1].sentence;
    // Far enough for "6:30 a.m. local time (1330 GMT) on Tuesday"; a verb ("at 8 a.m. and
    // the ferry sailed on Sunday"), a semicolon or "but", "while", "because" starts another
    // clause, whose weekday is not this time's.
    constexpr std::size_t reach = 9;
    for (std::size_t k = from; k < toks.size() && k < from + reach && toks[k].sentence == sentence; ++k) {
        const Word* w = toks[k].word;
        if (w && (w->cats & kWeekday) && !w->plural) return w->weekday;
        const std::string_view low = tokens_->lower_of(toks[k]);
        if (low != "," && low != "(" && low != ")" && low != ":" && clause_boundary_at(*tokens_, k)) break;
        if (cue_of(*tokens_, k) != TenseDir::None) break;
    }
    return -1;
}

// A quarter already over at the article date: the kind later "the quarter" refers to.
bool Resolver::reported_quarter(const Point& p) const {
    const int dy = static_cast<int>(dct_.year());
    const int dq = quarter_of(static_cast<int>(static_cast<unsigned>(dct_.month())));
    return p.year * 4 + p.quarter < dy * 4 + dq;
}

Point Resolver::calendar(const Spec& s, const TenseCue& tense, Resolved& out) const {
    const sys_days dct{dct_};
    const int dy = static_cast<int>(dct_.year());
    const int dm = static_cast<int>(static_cast<unsigned>(dct_.month()));
    const bool explicit_year = s.year >= 0;
    if (explicit_year) out.anchor = "none";
    Point p;
    if (s.century >= 0) {
        p.grain = Grain::Century;
        p.century = s.century;
        out.anchor = "none";
        return p;
    }
    if (s.decade >= 0) {
        p.grain = Grain::Decade;
        p.decade = s.decade;
        out.anchor = "none";
        return p;
    }
    if (s.quarter > 0 || s.half > 0) {
        int y = s.year;
        if (!explicit_year) {
            y = dy + unit_shift(s.rel);
            if (s.rel == Relative::None) {
                const bool ahead = s.quarter > 0 ? s.quarter > quarter_of(dm) : s.half > (dm - 1) / 6 + 1;
                if (ahead && !is_future(tense)) y = dy - 1;
                // Under a future, a quarter of this year two or three behind the article's is
                // next year's ("will report first-quarter results in April", said in November);
                // the one just finished stays this year's, since results come out after the
                // quarter ("will report third-quarter results next week").
                if (s.quarter > 0 && is_future(tense) && !ahead && quarter_of(dm) - s.quarter >= 2) y = dy + 1;
            }
        }
        p.grain = s.quarter > 0 ? Grain::Quarter : Grain::Half;
        p.year = y;
        p.quarter = s.quarter;
        p.half = s.half;
        return p;
    }
    if (s.season != Season::None) {
        const int wanted = season_to_index(s.season);
        // In January and February the winter began the year before, and every other season
        // of the year is still ahead: they compare as coming before spring.
        const int current = dm <= 2 && wanted != 4 ? 0 : season_index(dm);
        // January and February belong to the winter that began the year before.
        const int cy = (dm <= 2 && wanted == 4) ? dy - 1 : dy;
        int y = s.year;
        if (!explicit_year) {
            switch (s.rel) {
                case Relative::Last:
                case Relative::Previous: y = cy - 1; break;
                case Relative::Past: y = wanted < current ? cy : cy - 1; break;  // "this past spring"
                case Relative::Next:
                case Relative::Coming:
                case Relative::Upcoming: y = wanted > current ? cy : cy + 1; break;
                case Relative::This: y = cy; break;
                case Relative::That:
                case Relative::Same: y = last_.grain != Grain::None ? last_.year : cy; break;  // "that spring"
                default:
                    y = cy;
                    if (is_past(tense) && wanted > current) y = cy - 1;
                    if (is_future(tense) && wanted < current) y = cy + 1;
                    // The season the article is in: in its last month, a plan "in the fall"
                    // is for next year's (little of this one is left); in its first month,
                    // a report of what happened "in the spring" is of last year's.
                    if (wanted == current && is_future(tense) && season_index(dm % 12 + 1) != wanted) y = cy + 1;
                    if (wanted == current && is_past(tense) && season_index((dm + 10) % 12 + 1) != wanted) y = cy - 1;
            }
        }
        p.grain = Grain::Season;
        p.year = y;
        p.season = season_from_index(wanted);
        return p;
    }
    if (s.month > 0) {
        if (s.day > 0) {
            const int y = explicit_year ? s.year : month_day_year(dct, s.month, s.day, s.weekday, tense);
            p.grain = Grain::Day;
            p.year = y;
            p.month = s.month;
            p.day = s.day;
            if (s.week_of) p.grain = Grain::Week;
        } else {
            int y = explicit_year ? s.year : month_alone_year(dy, dm, s.month, s.rel, tense);
            if (s.year_rel) y = dy + unit_shift(s.rel);
            p = month_point(y, s.month);
            if (s.nth != 0 && s.weekday > 0) p = day_point(nth_weekday_of(y, s.month, s.weekday, s.nth));
        }
        add_time(p, s);
        return p;
    }
    if (s.weekday > 0) {
        p = day_point(weekday_date(dct, s.weekday, s.rel, tense));
        add_time(p, s);
        if (s.week_of) p.grain = Grain::Week;  // "midweek": the week of that Wednesday
        return p;
    }
    if (s.day > 0 && !explicit_year) return day_of_the_month(s, tense, out);
    if (s.weekend) {
        // The weekend around the article date: the last one unless the clause is future.
        const int today = iso_weekday(dct);
        sys_days saturday = dct + days{6 - today};
        if (today < 6 && !is_future(tense)) saturday -= days{7};
        p = day_point(saturday);
        p.grain = Grain::Weekend;
        return p;
    }
    if (explicit_year && s.month < 0) return year_point(s.year);
    if (s.hour >= 0) {
        // A clock time alone happens on the day under discussion, else the article date.
        if (has_day(last_.grain)) {
            p = day_point(point_days(last_));
            out.anchor = "previous mention " + format_point(last_);
        } else if (s.hour == 24 && is_past(tense)) {
            // "the attack happened shortly after midnight": the midnight that ends the
            // article's day is still ahead, so a past one is the midnight that began it
            p = day_point(dct - days{1});
        } else {
            p = day_point(dct);
        }
        add_time(p, s);
        return p;
    }
    return p;
}

// "ended on the 10th", "will announce the results on the 15th": a day of the month under
// discussion (the last mentioned month), else of the article's month, moved a month back
// when a past clause would put it after the article date, or on when a future one would put
// it before. A day the month does not have is not resolved.
Point Resolver::day_of_the_month(const Spec& s, const TenseCue& tense, Resolved& out) const {
    int y = static_cast<int>(dct_.year());
    int m = static_cast<int>(static_cast<unsigned>(dct_.month()));
    const int today = static_cast<int>(static_cast<unsigned>(dct_.day()));
    if (last_.grain == Grain::Day || last_.grain == Grain::Month || last_.grain == Grain::PartOfDay ||
        last_.grain == Grain::Minute) {
        y = last_.year;
        m = last_.month;
        out.anchor = "previous mention " + format_point(last_);
    } else if (is_past(tense) && s.day > today) {
        const Point before = add_months(y, m, -1);
        y = before.year;
        m = before.month;
    } else if (is_future(tense) && s.day < today) {
        const Point after = add_months(y, m, +1);
        y = after.year;
        m = after.month;
    }
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(s.day)}};
    if (!ymd.ok()) return {};
    Point p = day_point(sys_days{ymd});
    add_time(p, s);
    return p;
}

Point Resolver::deictic(const Spec& s) const {
    const sys_days dct{dct_};
    Point p;
    switch (s.deictic) {
        case Deictic::Yesterday: p = day_point(dct - days{1}); break;
        case Deictic::Tomorrow: p = day_point(dct + days{1}); break;
        default: p = day_point(dct); break;
    }
    add_time(p, s);
    return p;
}

Point Resolver::relative_unit(const Spec& s) const {
    const sys_days dct{dct_};
    const int dy = static_cast<int>(dct_.year());
    const int dm = static_cast<int>(static_cast<unsigned>(dct_.month()));
    const int shift = unit_shift(s.rel);
    Point p;
    switch (s.unit) {
        case Unit::Year: return year_point(dy + shift);
        case Unit::Month: return add_months(dy, dm, shift);
        case Unit::Quarter: return quarter_point(dy, quarter_of(dm) + shift);
        case Unit::Week:
        case Unit::Fortnight:
            p = day_point(dct + days{7 * shift});
            p.grain = Grain::Week;
            return p;
        case Unit::Weekend:
            p = day_point(dct + days{7 * shift});
            p.grain = Grain::Weekend;
            return p;
        case Unit::Day: return day_point(dct + days{shift});
        case Unit::Decade:
            p.grain = Grain::Decade;
            p.decade = dy / 10 + shift;
            return p;
        case Unit::Century:
            p.grain = Grain::Century;
            p.century = dy / 100 + shift;
            return p;
        default: break;
    }
    return year_point(dy + shift);
}

Point Resolver::offset(const Spec& s, Resolved& out) const {
    if (s.amount_halves < 0) {
        out.value = s.direction < 0 ? "PAST_REF" : "FUTURE_REF";
        out.anchor = "none";
        return {};
    }
    Point base = day_point(sys_days{dct_});
    if (s.from_mention && last_.grain != Grain::None && last_.grain != Grain::Decade &&
        last_.grain != Grain::Century) {
        base = last_;
        out.anchor = "previous mention " + format_point(last_);
    }
    const int n = s.amount_halves / 2;
    const int dir = s.direction;
    const bool half = s.amount_halves % 2 == 1;
    if (s.keep_grain != Unit::None && !half) return anniversary(s, base, dir * n);
    switch (s.unit) {
        case Unit::Day:
        case Unit::Hour:
        case Unit::Minute:
        case Unit::Second: {
            const int step = s.unit == Unit::Day ? n : 0;
            if (!has_day(base.grain)) base = day_point(sys_days{dct_});
            return day_point(point_days(base) + days{dir * step});
        }
        case Unit::Week:
        case Unit::Fortnight: {
            if (!finer_than_month(base.grain)) base = day_point(sys_days{dct_});
            const int weeks = s.unit == Unit::Fortnight ? 2 * n : n;
            Point p = day_point(point_days(base) + days{dir * (7 * weeks + (half ? 3 : 0))});
            p.grain = Grain::Week;
            return p;
        }
        case Unit::Month: {
            if (base.grain == Grain::Year || base.grain == Grain::Quarter || base.grain == Grain::Half ||
                base.grain == Grain::Season)
                base = day_point(sys_days{dct_});
            return add_months(base.year, base.month, dir * n);
        }
        case Unit::Quarter: {
            const int q = base.grain == Grain::Quarter ? base.quarter : quarter_of(base.month);
            return quarter_point(base.year, q + dir * n);
        }
        case Unit::Year:
            if (base.grain == Grain::Quarter) return quarter_point(base.year + dir * n, base.quarter);
            // "a year ago" in a quarterly report compares with the same quarter
            if (n == 1 && !half && last_quarter_.grain == Grain::Quarter)
                return quarter_point(last_quarter_.year + dir, last_quarter_.quarter);
            if (half) return add_months(base.year, base.month, dir * (12 * n + 6));
            return year_point(base.year + dir * n);
        case Unit::Decade: return year_point(base.year + dir * 10 * n + (half ? dir * 5 : 0));
        case Unit::Century: return year_point(base.year + dir * (100 * n + (half ? 50 : 0)));  // "half a century ago"
        case Unit::Millennium: return year_point(base.year + dir * (1000 * n + (half ? 500 : 0)));
        default: break;
    }
    return year_point(base.year);
}

// "two years ago this month" is 2019-03 in March 2021, "a year ago today" 2020-03-23: the
// day `shift` units from `base`, told at the grain the text names after it (the last day
// of a shorter month for a day it lacks).
Point Resolver::anniversary(const Spec& s, const Point& base, int shift) const {
    const sys_days from = point_days(base);
    sys_days day = from;
    if (s.unit == Unit::Day) day = from + days{shift};
    else if (s.unit == Unit::Week) day = from + days{7 * shift};
    else if (s.unit == Unit::Month || s.unit == Unit::Year) {
        const date::year_month_day ymd{from};
        const Point month = add_months(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                                       s.unit == Unit::Year ? 12 * shift : shift);
        const auto last = date::year_month_day_last{date::year{month.year}, date::month_day_last{date::month{static_cast<unsigned>(month.month)}}};
        const unsigned d = std::min(static_cast<unsigned>(ymd.day()), static_cast<unsigned>(last.day()));
        day = sys_days{date::year{month.year} / date::month{static_cast<unsigned>(month.month)} / date::day{d}};
    } else {
        return year_point(base.year);
    }
    Point p = day_point(day);
    if (s.keep_grain == Unit::Month) return month_point(p.year, p.month);
    if (s.keep_grain == Unit::Week) p.grain = Grain::Week;
    return p;  // Day; "yesterday" moves it by day_shift in resolve()
}

Point Resolver::anaphor(const Spec& s, const TenseCue& tense, Resolved& out) const {
    const bool mentioned = last_.grain != Grain::None;
    Point base = mentioned ? last_ : day_point(sys_days{dct_});
    if (mentioned) out.anchor = "previous mention " + format_point(last_);
    const int dir = s.direction;
    const int dm = static_cast<int>(static_cast<unsigned>(dct_.month()));
    if (s.weekday > 0) {
        // "the following Monday": the first such weekday after (or before) the mention
        if (!has_day(base.grain)) base = day_point(sys_days{dct_});
        const sys_days from{point_days(base)};
        const int today = iso_weekday(from);
        const int ahead = (s.weekday - today + 7) % 7;
        const int back = (today - s.weekday + 7) % 7;
        return day_point(dir >= 0 ? from + days{ahead == 0 ? 7 : ahead} : from - days{back == 0 ? 7 : back});
    }
    switch (s.unit) {
        case Unit::Day: {
            if (!has_day(base.grain)) base = day_point(sys_days{dct_});
            Point p = day_point(point_days(base) + days{dir});
            add_time(p, s);
            return p;
        }
        case Unit::Week:
        case Unit::Weekend: {
            if (!finer_than_month(base.grain)) base = day_point(sys_days{dct_});
            Point p = day_point(point_days(base) + days{7 * dir});
            p.grain = s.unit == Unit::Week ? Grain::Week : Grain::Weekend;
            return p;
        }
        case Unit::Month:
            if (base.grain == Grain::Year || base.grain == Grain::Quarter || base.grain == Grain::Half ||
                base.grain == Grain::Season)
                base = day_point(sys_days{dct_});
            return add_months(base.year, base.month, dir);
        case Unit::Quarter:
            if (s.year >= 0) {
                // "the 1988 quarter": the quarter under discussion, in that year
                const int q = last_quarter_.grain == Grain::Quarter ? last_quarter_.quarter
                                                                    : quarter_of(dm) - 1 + (dm <= 3 ? 4 : 0);
                return quarter_point(s.year, q);
            }
            // "the quarter", "the latest quarter": the last quarter a report covered
            if (last_quarter_.grain == Grain::Quarter) {
                out.anchor = "previous mention " + format_point(last_quarter_);
                return quarter_point(last_quarter_.year, last_quarter_.quarter + dir);
            }
            if (base.grain == Grain::Quarter) return quarter_point(base.year, base.quarter + dir);
            // No quarter mentioned: the latest quarter reported is the one before the article's;
            // in a clause about what is ahead ("is due at the end of the quarter", "will close
            // in the quarter") it is the article's own.
            out.anchor = dct_anchor_;
            return quarter_point(static_cast<int>(dct_.year()), quarter_of(dm) - (is_future(tense) ? 0 : 1) + dir);
        case Unit::Year:
            if (dir == 0) return year_point(base.year);  // "earlier in the year"
            if (base.grain == Grain::Quarter) return quarter_point(base.year + dir, base.quarter);
            if (last_quarter_.grain == Grain::Quarter)
                return quarter_point(last_quarter_.year + dir, last_quarter_.quarter);
            return year_point(base.year + dir);
        case Unit::Decade: {
            Point p;
            p.grain = Grain::Decade;
            p.decade = (last_era_.grain == Grain::Decade ? last_era_.decade : base.year / 10) + dir;
            return p;
        }
        case Unit::Century: {
            Point p;
            p.grain = Grain::Century;
            p.century = last_era_.grain == Grain::Century  ? last_era_.century
                        : last_era_.grain == Grain::Decade ? last_era_.decade / 10
                                                           : base.year / 100;
            p.century += dir;
            return p;
        }
        default: break;
    }
    return year_point(base.year + dir);
}

Point Resolver::holiday(const Spec& s, const TenseCue& tense) const {
    int y = s.year >= 0 ? s.year : static_cast<int>(dct_.year());
    if (s.year < 0 && s.rel != Relative::None) {
        // "last Easter": the latest one before the article date; "next Christmas" the first after
        const auto diff = (sys_days{holiday_date(s.holiday, y)} - sys_days{dct_}).count();
        if (unit_shift(s.rel) < 0 && diff >= 0) --y;
        if (unit_shift(s.rel) > 0 && diff <= 0) ++y;
    } else if (s.year < 0) {
        // Within a week of the article date the holiday is this year's whatever the tense:
        // "shoppers crowded the stores before Christmas", "as Easter week began".
        const auto diff = (sys_days{holiday_date(s.holiday, y)} - sys_days{dct_}).count();
        constexpr long season = 7;
        if (is_past(tense) && diff > season) --y;
        if (is_future(tense) && diff < -season) ++y;
    }
    Point p = day_point(sys_days{holiday_date(s.holiday, y)});
    if (s.week_of) p.grain = Grain::Week;
    if (s.weekend) p.grain = Grain::Weekend;  // the weekend of the holiday's ISO week
    return p;
}

std::string Resolver::duration_value(const Spec& s) const {
    if (s.clock_seconds >= 0) {  // "2:07:35" -> PT2H7M35S; zero parts are left out
        std::string v = "PT";
        const int h = s.clock_seconds / 3600, m = s.clock_seconds / 60 % 60, sec = s.clock_seconds % 60;
        if (h > 0) put_number(v, h, 1), v += 'H';
        if (m > 0) put_number(v, m, 1), v += 'M';
        if (sec > 0 || s.clock_seconds == 0) put_number(v, sec, 1), v += 'S';
        return v;
    }
    const bool time = unit_is_time_of_day(s.unit);
    const std::string_view p = time ? "PT" : "P";
    if (s.amount_halves < 0) {
        switch (s.unit) {
            case Unit::Decade: return "PXDE";
            case Unit::Century: return "PXCE";
            case Unit::Fortnight: return "PXW";
            case Unit::Weekend: return "PXWE";
            default: return fmt::format("{}X{}", p, unit_letter(s.unit));
        }
    }
    const int n = s.amount_halves / 2;
    const bool half = s.amount_halves % 2 == 1;
    std::string v = std::string(p);
    auto part = [&v](int amount, std::string_view letter) {
        if (amount > 0) {
            put_number(v, amount, 1);
            v += letter;
        }
    };
    switch (s.unit) {
        case Unit::Decade: part(10 * n + (half ? 5 : 0), "Y"); break;
        case Unit::Century: part(100 * n + (half ? 50 : 0), "Y"); break;
        case Unit::Millennium: part(1000 * n + (half ? 500 : 0), "Y"); break;
        case Unit::Fortnight: part(2 * n + (half ? 1 : 0), "W"); break;
        case Unit::Weekend: part(2 * n, "D"); break;
        case Unit::Year: part(n, "Y"); if (half) part(6, "M"); break;
        case Unit::Month: part(n, "M"); if (half) part(15, "D"); break;
        case Unit::Quarter: if (half) part(3 * n + 1, "M"), v += "15D"; else part(n, "Q"); break;
        case Unit::Week: if (half) part(7 * n + 3, "D"), v += "T12H"; else part(n, "W"); break;
        case Unit::Day: part(n, "D"); if (half) v += "T12H"; break;
        case Unit::Hour: part(n, "H"); if (half) part(30, "M"); break;
        case Unit::Minute: part(n, "M"); if (half) part(30, "S"); break;
        case Unit::Second: part(n, "S"); break;
        case Unit::None: break;
    }
    if (v == p) v += fmt::format("0{}", unit_letter(s.unit));
    return v;
}

std::string Resolver::set_value(const Spec& s) const {
    if (s.weekday > 0) {
        std::string v = fmt::format("XXXX-WXX-{}", s.weekday);
        if (s.part != PartOfDay::None) v += fmt::format("T{}", part_code(s.part));
        return v;
    }
    if (s.weekend) return "XXXX-WXX-WE";
    if (s.month > 0) return fmt::format("XXXX-{:02}", s.month);
    if (s.season != Season::None) return fmt::format("XXXX-{}", season_code(s.season));
    if (s.part != PartOfDay::None) return fmt::format("XXXX-XX-XXT{}", part_code(s.part));
    return duration_value(s);  // "every two weeks" P2W, "every few years" PXY
}

}  // namespace chronicle::tagger
