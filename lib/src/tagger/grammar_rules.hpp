#pragma once
// The grammar's rule class, shared by the files of its rule families:
//   grammar.cpp           the driver: longest match at each start, prefixes, the starters
//   grammar_amounts.cpp   numbers of units: durations, offsets, sets, rates, clock-style lengths
//   grammar_calendar.cpp  calendar fields: month-days, years, decades, quarters, seasons, holidays
//   grammar_clock.cpp     times of day, weekdays, parts of the day
//   grammar_relative.cpp  "last year", "the following day", "today", "current"
// Small token predicates stay here, inline: the rules ask them millions of times per megabyte.
// Internal to the tagger (namespace rules); the rest of the library calls find_candidates.
#include "tagger/grammar.hpp"

#include <array>
#include <memory>

namespace chronicle::tagger::rules {

struct Match {
    std::size_t end = 0;  // one past the last token
    // The first token when it is not where the match was tried: "about five hours" is tried
    // at "about", which gives the mod but stays outside the span.
    std::size_t begin = static_cast<std::size_t>(-1);
    Spec spec;
    std::string_view rule;
};

constexpr std::size_t npos = static_cast<std::size_t>(-1);

class Grammar {
public:
    explicit Grammar(const Tokens& tokens) : t_(tokens), toks_(tokens.tokens) {}

    std::vector<Candidate> run() {
        std::vector<Candidate> out;
        // The tokens that may open a rule are listed first, without a branch per token:
        // whether a token opens one is data the branch predictor cannot learn, and testing it
        // token by token was a third of the grammar's mispredicted branches (cachegrind's
        // branch simulation).
        const std::size_t count = toks_.size();
        const auto openers = std::make_unique_for_overwrite<std::uint32_t[]>(count + 1);
        std::size_t n = 0;
        for (std::size_t k = 0; k < count; ++k) {
            openers[n] = static_cast<std::uint32_t>(k);
            n += may_open(toks_[k]) ? 1 : 0;
        }
        std::size_t i = 0;  // where matching goes on: tokens inside a match open nothing
        for (std::size_t o = 0; o < n; ++o) {
            const std::size_t at = openers[o];
            if (at < i) continue;
            // Rules see the tokens up to the end of this sentence only: an expression never
            // runs across a sentence or paragraph break ("ended on Dec.\n\n1 and ...").
            limit_ = t_.sentences[toks_[at].sentence].last_token;
            i = may_start(at) ? take_longest_at(at, out) : at + 1;
        }
        return out;
    }

private:
    const Tokens& t_;
    const std::vector<Token>& toks_;
    std::size_t limit_ = 0;  // one past the last token of the sentence being matched

    // ---- token access -------------------------------------------------------------------
    std::size_t size() const { return limit_; }
    std::string_view low(std::size_t i) const { return i < size() ? t_.lower_of(toks_[i]) : std::string_view{}; }
    // The rules ask this millions of times per megabyte (same_text: no call to memcmp).
    bool is(std::size_t i, std::string_view s) const {
        if (i >= size()) return false;
        return same_text(low(i), s);
    }
    const Word* word(std::size_t i) const { return i < size() ? toks_[i].word : nullptr; }
    bool has(std::size_t i, std::uint32_t cat) const {
        const Word* w = word(i);
        return w && (w->cats & cat);
    }
    // The word, or an empty one (no categories) for a token with none, chosen with a mask:
    // whether a token is a lexicon word is data the branch predictor cannot learn, and gcc
    // makes a branch of `w ? w : &none`. (Used where every token is asked; in has(), asked
    // of the few tokens near a rule, the masking cost more instructions than it saved.)
    static const Word* word_or_none(const Word* w) {
        static constexpr Word none{};
        const auto word = reinterpret_cast<std::uintptr_t>(w);
        const std::uintptr_t keep = std::uintptr_t{0} - static_cast<std::uintptr_t>(word != 0);
        return reinterpret_cast<const Word*>((word & keep) | (reinterpret_cast<std::uintptr_t>(&none) & ~keep));
    }
    bool glued(std::size_t i) const { return i < size() && !toks_[i].space_before; }
    // A lowercase noun at i that a day or month name before it can date: not a function word,
    // a tense cue or a determiner, and not read as a past verb.
    // "the May deadline", "a Monday meeting"; not "the March ended", "the March on Washington".
    bool dated_noun_at(std::size_t i) const {
        if (i >= size() || toks_[i].kind != TokenKind::Word || toks_[i].capitalized) return false;
        if (has(i, kTensePast | kTensePresent | kTenseFuture | kDeterminer | kGovernor | kQuantifier)) return false;
        const std::string_view w = low(i);
        return !is_function_word(w) && !(w.size() > 3 && w.ends_with("ed"));
    }
    // "-long" written onto the word before i: "year-long", "three-day-long".
    bool long_suffix_at(std::size_t i) const { return is(i, "-") && glued(i) && is(i + 1, "long") && glued(i + 1); }
    // "-ago", "-earlier" or "-end" glued to the unit before `i` ("year-ago", "month-earlier",
    // "year-end"): the unit names a time, not a length
    bool time_suffix_at(std::size_t i) const {
        return is(i, "-") && glued(i) && (is(i + 1, "ago") || is(i + 1, "earlier") || is(i + 1, "end"));
    }
    bool is_number(std::size_t i) const { return i < size() && toks_[i].kind == TokenKind::Number; }
    bool same_sentence(std::size_t a, std::size_t b) const {
        return a < size() && b < size() && toks_[a].sentence == toks_[b].sentence;
    }
    // A plain number: no separators, no suffix.
    int plain_number(std::size_t i) const {
        if (!is_number(i)) return -1;
        const Token& t = toks_[i];
        if (t.grouped || t.ordinal || t.decade || t.short_year) return -1;
        return t.number;
    }

    static int short_year_value(int two_digits) { return two_digits < 30 ? 2000 + two_digits : 1900 + two_digits; }
    bool is_sentence_start(std::size_t i) const { return i == 0 || toks_[i - 1].sentence != toks_[i].sentence; }
    bool ends_sentence_after(std::size_t i) const { return i + 1 < size() && toks_[i + 1].sentence != toks_[i].sentence; }

    // ---- the driver and the starters (grammar.cpp) ---------------------------------------------
    // Every rule starts on a number or a lexicon word; an article ("the", "a") only starts one
    // when a number or a word that can start a rule follows it. This keeps the grammar off
    // most tokens.
    // Words that only give context (tense cues, determiners, measure nouns...) start nothing.
    // Both asked at every token, so defined here, where the driver can inline them.
    // may_open is the part that needs no neighbour: most tokens fail it, and skip the look-up
    // of their sentence's end; may_start is asked only of tokens that passed it.
    // Written to compile without branches, then the tests are or-ed bitwise.
    static bool may_open(const Token& t) {
        const Word* w = word_or_none(t.word);
        return static_cast<bool>(static_cast<int>(t.kind == TokenKind::Number) | static_cast<int>(w->starts_rule) |
                                 static_cast<int>(w->opens_noun_rule));
    }
    bool may_start(std::size_t i) const {
        if (toks_[i].kind == TokenKind::Number) return true;
        const Word* w = toks_[i].word;  // not null: may_open passed
        if (w->opens_noun_rule)
            return i + 1 < size() && (toks_[i + 1].kind == TokenKind::Number || has(i + 1, kRuleStart));
        return w->starts_rule;
    }
    // The longest match at i, if any, added to `out`; returns where matching goes on. Apart
    // from run() so that the large Match is built only at the few tokens that may start one:
    // built for every token, its default fields were 6% of the grammar's instructions.
    std::size_t take_longest_at(std::size_t i, std::vector<Candidate>& out) const {
        const Match best = longest_at(i);
        if (best.end <= i) return i + 1;
        Candidate c;
        c.first = static_cast<std::uint32_t>(best.begin < best.end ? best.begin : i);
        c.last = static_cast<std::uint32_t>(best.end);
        c.spec = best.spec;
        c.rule = best.rule;
        out.push_back(c);
        return best.end;
    }
    bool may_prefix(std::size_t i) const;
    Match longest_at(std::size_t i) const;
    Match with_prefix_at(std::size_t i) const;
    bool approx_in_span(std::size_t i) const;
    bool approx_stays_outside(std::size_t i) const;
    static bool names_a_day(const Spec& s);
    Match day_of_the_month(std::size_t i) const;
    Match at_the_grain_after(Match m) const;
    Match offset_words_at(const Match& m, std::size_t end) const;
    Match core_at(std::size_t i) const;
    Match starter_rules(std::size_t i) const;
    Match the_led(std::size_t i) const;
    Match nth_weekday_of_month(std::size_t i) const;

    // ---- amounts of units: durations, offsets, sets, rates, clock-style lengths (grammar_amounts.cpp) ---
    static bool accepts_point_mod(const Spec& s);
    static std::string_view point_mod_code(PointMod pm);
    std::size_t approx_prefix(std::size_t i, std::string_view& mod) const;
    std::size_t number_word(std::size_t i, int& value) const;
    std::size_t amount(std::size_t i, int& halves) const;
    bool unit_at(std::size_t i, Unit& unit, bool& plural) const;
    Match amount_rules(std::size_t i) const;
    Match quarter_of_a_unit(std::size_t i) const;
    void compound_clock_length(Match& m, int halves) const;
    static Match duration_match(Match m, std::size_t end, Unit unit, int halves, std::string_view rule);
    Match offset(Match m, std::size_t end, int direction, bool from_mention, std::string_view rule) const;
    bool continues_phrase(std::size_t i) const;
    bool is_rate(std::size_t i) const;
    static std::string_view freq_code(int times);
    bool per_unit_set(Match& m, std::size_t k, std::string_view freq) const;
    bool introduces_per_unit(std::size_t k) const;
    Match clock_duration(std::size_t i) const;
    bool race_time_context(std::size_t i, std::size_t j) const;
    bool after_point_mod(std::size_t i) const;
    static bool sub_month_rhythm(Unit u);
    Match set_adverb(std::size_t i) const;
    Match set_with_frequency(std::size_t adverb, std::string_view freq) const;
    Match every(std::size_t i) const;
    Match unit_led(std::size_t i) const;
    Match unit_ago_earlier(std::size_t i) const;
    std::size_t past_kind_of_unit(std::size_t k, int halves) const;
    std::size_t year_back_at(std::size_t j) const;
    Match half_of_decade_or_century(std::size_t of, bool first) const;

    // ---- calendar fields (grammar_calendar.cpp) ------------------------------------------------
    bool is_year(std::size_t i) const;
    int day_number(std::size_t i) const;
    std::size_t month_token(std::size_t i, int& month, bool need_day_after) const;
    Match month_day(std::size_t i) const;
    Match conjoined_day(std::size_t i) const;
    bool read_comma_year(Match& m) const;
    Match day_month(std::size_t i) const;
    Match month_year(std::size_t i) const;
    Match month_alone(std::size_t i) const;
    Match numeric_date(std::size_t i) const;
    Match year_range_end(std::size_t i) const;
    Match bare_year(std::size_t i) const;
    bool year_context_ok(std::size_t i) const;
    int spoken_year_at(std::size_t i, std::size_t& end) const;
    Match spoken_year(std::size_t i) const;
    bool is_street(std::size_t i) const;
    Match decade(std::size_t i) const;
    Match century(std::size_t i) const;
    Match quarter(std::size_t i) const;
    Match period_code(std::size_t i) const;
    Match weekday_abbreviation(std::size_t i) const;
    Match months_as_quarter(std::size_t j) const;
    bool sentence_is_about_a_game(std::size_t i) const;
    void read_year_after(Match& m) const;
    Match season(std::size_t i) const;
    Match the_year(std::size_t i) const;
    Match holiday(std::size_t i) const;
    Match year_words(std::size_t i) const;
    Match named_holiday(std::size_t i) const;
    Match holiday_spec(std::size_t /*first*/, std::size_t end, Holiday h) const;

    // ---- times of day, weekdays, parts of the day (grammar_clock.cpp) --------------------------
    std::size_t clock(std::size_t i, int& hour, int& minute) const;
    std::size_t meridiem(std::size_t i, bool& pm) const;
    Match time_of_day(std::size_t i) const;
    std::size_t spoken_meridiem(std::size_t k, bool& pm) const;
    bool names_a_day(std::size_t k) const;
    void attach_day_after_time(Match& m) const;
    Match weekday(std::size_t i) const;
    bool plural_part_of_day(std::size_t k) const;
    void add_part(Match& m, std::size_t k) const;
    Match part_of_day_alone(std::size_t i) const;
    Match part_with_point_mod(std::size_t i) const;

    // ---- relative to the article date or a mention (grammar_relative.cpp) ----------------------
    Match relative(std::size_t i) const;
    Match relative_unit(std::size_t i, std::size_t j, Relative r, Unit u, bool determiner) const;
    Match deictic(std::size_t i) const;
    bool today_in_a_name(std::size_t i) const;
    Match adjective_ref(std::size_t i) const;
    Match ref(Match m, std::string_view value) const;
};

}  // namespace chronicle::tagger::rules
