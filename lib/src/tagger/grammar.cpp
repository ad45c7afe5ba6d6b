// Candidate expressions. Each rule is a bounded pattern over token categories starting at
// one token; the driver keeps the longest match at each start and walks left to right.
// Rules that reject false alarms ("$2,018", "2000 kilometers", "May" as a verb) live beside
// the patterns they guard, as named predicates.
#include "tagger/grammar.hpp"

#include <array>

namespace chronicle::tagger {

namespace {

struct Match {
    std::size_t end = 0;  // one past the last token
    Spec spec;
    std::string_view rule;
};

constexpr std::size_t npos = static_cast<std::size_t>(-1);

class Grammar {
public:
    explicit Grammar(const Tokens& tokens) : t_(tokens), toks_(tokens.tokens) {}

    std::vector<Candidate> run() {
        std::vector<Candidate> out;
        std::size_t i = 0;
        while (i < toks_.size()) {
            // Rules see the tokens up to the end of this sentence only: an expression never
            // runs across a sentence or paragraph break ("ended on Dec.\n\n1 and ...").
            limit_ = t_.sentences[toks_[i].sentence].last_token;
            Match best;
            if (may_start(i)) best = longest_at(i);
            if (best.end > i) {
                Candidate c;
                c.first = static_cast<std::uint32_t>(i);
                c.last = static_cast<std::uint32_t>(best.end);
                c.spec = best.spec;
                c.rule = best.rule;
                out.push_back(c);
                i = best.end;
            } else {
                ++i;
            }
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
    bool glued(std::size_t i) const { return i < size() && !toks_[i].space_before; }
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

    // Every rule starts on a number or a lexicon word; an article ("the", "a") only starts one
    // when a number or a word that can start a rule follows it. This keeps the grammar off
    // most tokens.
    // Words that only give context (tense cues, determiners, measure nouns...) start nothing.
    bool may_start(std::size_t i) const {
        if (toks_[i].kind == TokenKind::Number) return true;
        const Word* w = toks_[i].word;
        if (!w) return false;
        if (w->opens_noun_rule)
            return i + 1 < size() && (toks_[i + 1].kind == TokenKind::Number || has(i + 1, kRuleStart));
        return w->starts_rule;
    }

    // Words that can open a prefix: "early", "about", "the end of", "more than", "earlier".
    bool may_prefix(std::size_t i) const {
        if (has(i, kPointMod | kApprox)) return true;
        if (is(i, "the")) return has(i + 1, kPointMod);
        return is(i, "earlier") || is(i, "later") || is(i, "less") || is(i, "fewer") || is(i, "no") ||
               is(i, "at") || is(i, "up");
    }

    Match longest_at(std::size_t i) const {
        Match best;
        auto consider = [&best](const Match& m) {
            if (m.end > best.end) best = m;
        };
        consider(core_at(i));
        if (may_prefix(i)) consider(with_prefix_at(i));
        return best;
    }

    // ---- prefixes: approximations and points inside a period -----------------------------
    Match with_prefix_at(std::size_t i) const {
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
                best = core;
            }
        }
        return best;
    }

    // News annotation puts "nearly", "more than", "at least", "up to" inside the expression
    // but leaves "about", "over", "within", "almost", "around" outside it.
    // "about"/"around"/"over" belong to it when an amount follows directly ("about two
    // years"), not before a phrase ("over the past 20 years").
    bool approx_in_span(std::size_t i) const {
        if (is(i, "within") || is(i, "almost") || is(i, "just")) return false;
        // "negotiated over seven years" is during them; "for over three years" is more than that
        if (is(i, "over") && !(i > 0 && (is(i - 1, "for") || is(i - 1, "in") || is(i - 1, "after"))))
            return false;
        if (is(i, "about") || is(i, "over") || is(i, "around") || is(i, "approximately") || is(i, "roughly"))
            return !is(i + 1, "the");
        return true;
    }

    static bool accepts_point_mod(const Spec& s) {
        switch (s.shape) {
            case Shape::Calendar: return s.hour < 0;
            case Shape::RelativeUnit:
            case Shape::Deictic:
            case Shape::Anaphor: return true;
            default: return false;
        }
    }

    static std::string_view point_mod_code(PointMod pm) {
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
    std::size_t approx_prefix(std::size_t i, std::string_view& mod) const {
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

    // ---- core rules -----------------------------------------------------------------------
    Match core_at(std::size_t i) const {
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

    // ---- numbers and amounts --------------------------------------------------------------
    bool is_year(std::size_t i) const {
        const int v = plain_number(i);
        return v >= 1000 && v <= 2099 && toks_[i].digits == 4;
    }
    int day_number(std::size_t i) const {
        if (!is_number(i)) return -1;
        const Token& t = toks_[i];
        if (t.grouped || t.decade || t.short_year || t.digits > 2) return -1;
        return t.number >= 1 && t.number <= 31 ? t.number : -1;
    }
    // A word number at i ("seven", "twenty-four", "twenty four"); returns index after it.
    std::size_t number_word(std::size_t i, int& value) const {
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
        return j;
    }

    // An amount before a unit: digits, words, "a", "a few", "several", "a couple of",
    // "two and a half", "2 1/2". Returns the index after it, amount in halves (-1: unknown).
    std::size_t amount(std::size_t i, int& halves) const {
        int v = plain_number(i);
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
    bool unit_at(std::size_t i, Unit& unit, bool& plural) const {
        if (!has(i, kUnit)) return false;
        if (toks_[i].capitalized && !is_sentence_start(i) && i > 0 && toks_[i - 1].kind == TokenKind::Number)
            return false;  // "60 Minutes", a title
        unit = word(i)->unit;
        plural = word(i)->plural;
        return true;
    }

    // Rules that start with an amount: durations, "ago"/"later" offsets, "N times a week".
    Match amount_rules(std::size_t i) const {
        Match m;
        int halves = 0;
        std::size_t j = amount(i, halves);
        if (j == npos || j >= size()) return m;
        const bool article = is(i, "a") || is(i, "an");
        // "twice a week" is handled by every(); "three times a year"
        if (is(j, "times") && (is(j + 1, "a") || is(j + 1, "per") || is(j + 1, "each")) && halves > 0) {
            Unit u;
            bool pl;
            if (unit_at(j + 2, u, pl) && !pl) {
                m.end = j + 3;
                m.spec.shape = Shape::Set;
                m.spec.type = TimexType::Set;
                m.spec.unit = u;
                m.spec.amount_halves = 2;
                m.spec.freq = freq_code(halves / 2);
                m.rule = "times_per_unit";
            }
            return m;
        }
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
        if (is(k, "-") && glued(k) && halves > 0) {
            hyphen = true;
            ++k;
        }
        // "more" in "two more weeks"
        if (is(k, "more") && !hyphen) ++k;
        Unit unit;
        bool plural;
        if (!unit_at(k, unit, plural)) return m;
        if (unit == Unit::Weekend) return m;
        if (halves == 2 && plural && (article)) return m;  // "a days" is not English
        if (halves < 0 && !plural) return m;                // "several year"
        if (unit == Unit::Second && !plural && halves != 2) return m;  // "the 1988 second quarter"
        if (article && unit == Unit::Second && !plural && !is(k + 1, "ago") && !is(k + 1, "later")) return m;
        if (hyphen && plural) return m;  // "three-quarters", "years-old"
        std::size_t end = k + 1;
        // Ages are not durations: "a 44-year-old", "52 years old".
        if (hyphen && is(end, "-") && glued(end) && is(end + 1, "old")) return m;
        if (!hyphen && is(end, "old")) return m;
        if (is(end, "or") && is(end + 1, "so")) end += 2;  // "a week or so ago"
        const bool rate = !hyphen && article && is_rate(i);
        m.end = end;
        m.spec.unit = unit;
        m.spec.amount_halves = halves;
        // Offsets: "two years ago", "a week later", "three days earlier", "two days before".
        if (!hyphen) {
            if (is(end, "ago")) return offset(m, end + 1, -1, false, "amount_unit_ago");
            if (is(end, "earlier")) return offset(m, end + 1, -1, true, "amount_unit_earlier");
            if (is(end, "later")) return offset(m, end + 1, +1, true, "amount_unit_later");
            if (is(end, "from") && (is(end + 1, "now") || is(end + 1, "today")))
                return offset(m, end + 2, +1, false, "amount_unit_from_now");
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
        return m;
    }

    // A duration of `halves` / 2 units ending at token `end`.
    static Match duration_match(Match m, std::size_t end, Unit unit, int halves, std::string_view rule) {
        m.end = end;
        m.spec.shape = Shape::Duration;
        m.spec.type = TimexType::Duration;
        m.spec.unit = unit;
        m.spec.amount_halves = halves;
        m.rule = rule;
        return m;
    }

    Match offset(Match m, std::size_t end, int direction, bool from_mention, std::string_view rule) const {
        m.end = end;
        m.spec.shape = Shape::Offset;
        m.spec.type = TimexType::Date;
        m.spec.direction = direction;
        m.spec.from_mention = from_mention;
        m.rule = rule;
        return m;
    }

    // After "before"/"after": does a noun phrase follow (an event anchor), rather than
    // the end of the clause?
    bool continues_phrase(std::size_t i) const {
        if (i >= size()) return false;
        if (toks_[i].kind == TokenKind::Punct) return false;
        if (!same_sentence(i - 1, i)) return false;
        if (has(i, kTensePast | kTenseFuture | kTensePresent)) return false;
        return true;
    }

    // "$5 a year", "700 seats a week", "24 hours a day": a quantity just before the article.
    bool is_rate(std::size_t i) const {
        for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
            const std::size_t p = i - back;
            if (has(p, kCurrency) || is(p, "%") || toks_[p].kind == TokenKind::Number || has(p, kNumberWord))
                return true;
            if (toks_[p].kind == TokenKind::Punct || word(p)) return false;
        }
        return false;
    }

    static std::string_view freq_code(int times) {
        static constexpr std::array<std::string_view, 11> codes = {
            "", "1X", "2X", "3X", "4X", "5X", "6X", "7X", "8X", "9X", "10X"};
        return times >= 0 && times <= 10 ? codes[static_cast<std::size_t>(times)] : "";
    }

    // ---- calendar dates -------------------------------------------------------------------
    // A month name at i; returns the index after it (and its period), or npos. An
    // abbreviation must carry its period or be followed by a day number.
    std::size_t month_token(std::size_t i, int& month, bool need_day_after) const {
        const Word* w = word(i);
        if (!w || !(w->cats & (kMonth | kMonthAbbrev))) return npos;
        month = w->month;
        if (w->cats & kMonth) return i + 1;
        if (is(i + 1, ".") && glued(i + 1)) return i + 2;
        if (need_day_after || day_number(i + 1) > 0) return i + 1;
        return npos;
    }

    // Month [.] Day[st] [,] [Year], optionally after "Weekday,".
    Match month_day(std::size_t i) const {
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
    Match conjoined_day(std::size_t i) const {
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
    bool read_comma_year(Match& m) const {
        std::size_t y = m.end;
        if (is(y, ",")) ++y;
        if (!is_year(y)) return false;
        m.spec.year = plain_number(y);
        m.end = y + 1;
        return true;
    }

    static int short_year_value(int two_digits) { return two_digits < 30 ? 2000 + two_digits : 1900 + two_digits; }

    // Day [of] Month [,] [Year]: "23 March 2021", "the 23rd of March".
    Match day_month(std::size_t i) const {
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
    Match month_year(std::size_t i) const {
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
    Match month_alone(std::size_t i) const {
        Match m;
        const Word* w = word(i);
        if (!(w->cats & kMonth) || !toks_[i].capitalized) return m;
        const bool ambiguous = low(i) == "may" || low(i) == "march";
        // "May was the wettest month": a month as the subject of a verb
        const bool subject = is_sentence_start(i) && has(i + 1, kTensePast | kTensePresent) && !is(i + 1, "have");
        if ((ambiguous || is_sentence_start(i)) && !subject) {
            if (i == 0 || !(has(i - 1, kYearWord) || has(i - 1, kRelative) || has(i - 1, kPointMod)))
                return m;
            // (but "from March to May", "between April and May": the second end of a range of months)
            const bool second_month = i >= 2 && has(i - 2, kMonth) && toks_[i - 2].capitalized &&
                                      (is(i - 1, "and") || is(i - 1, "or") || is(i - 1, "to"));
            if (ambiguous && !second_month && (is(i - 1, "and") || is(i - 1, "or") || is(i - 1, "to") || is(i - 1, "as") ||
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

    bool is_sentence_start(std::size_t i) const { return i == 0 || toks_[i - 1].sentence != toks_[i].sentence; }

    // YYYY-MM-DD [time], M/D/YYYY [time].
    Match numeric_date(std::size_t i) const {
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
        } else if (day_number(i) > 0 && toks_[i].number <= 12 && is(i + 1, "/") && glued(i + 1) &&
                   glued(i + 2) && day_number(i + 2) > 0 && is(i + 3, "/") && glued(i + 3) && glued(i + 4) &&
                   is_number(i + 4) && (toks_[i + 4].digits == 4 || toks_[i + 4].digits == 2) &&
                   !toks_[i + 4].grouped) {
            mo = toks_[i].number;
            d = toks_[i + 2].number;
            y = toks_[i + 4].digits == 4 ? toks_[i + 4].number : short_year_value(toks_[i + 4].number);
            j = i + 5;
            m.rule = "slash_date";
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

    // HH:MM[:SS]; returns the index after it.
    std::size_t clock(std::size_t i, int& hour, int& minute) const {
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

    // "finished in 2:07:35", "ran the mile in 3:59", "a time of 59:47", "clocked 1:58", "a 3:59
    // mile": a race or match time written as a clock is a duration (PT2H7M35S). Only in such a
    // context: "won 2:1" is a score, "3:1" a ratio, "John 3:16" a verse, "at 10:15" a time.
    Match clock_duration(std::size_t i) const {
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
    bool race_time_context(std::size_t i, std::size_t j) const {
        if (i == 0) return false;
        const std::string_view before = low(i - 1);
        // "finished in", "ran the mile in", "won the 10,000 meters in"
        if (before == "in") {
            for (std::size_t back = 2; back <= 5 && back <= i; ++back)
                if (finishes_in_a_time(low(i - back))) return true;
            return false;
        }
        if (before == "of" && i >= 2 && low(i - 2) == "time") return true;  // "a time of 2:24:55"
        if (clocks_a_time(before)) return true;                             // "clocked 1:58"
        // "a 3:59 mile", "her 2:21:04 marathon"
        const bool determiner = has(i - 1, kDeterminer) || before == "'s";
        const bool half_marathon = is(j, "half") && is(j + 1, "-") && is(j + 2, "marathon");
        return determiner && j < size() && (is_race_distance(low(j)) || half_marathon);
    }

    // "a.m.", "p.m.", "am", "pm", "A.M."; returns the index after it; pm tells which.
    std::size_t meridiem(std::size_t i, bool& pm) const {
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
    bool ends_sentence_after(std::size_t i) const { return i + 1 < size() && toks_[i + 1].sentence != toks_[i].sentence; }

    // "2:30 p.m.", "10 a.m.", "14:00 GMT", "ten o'clock".
    Match time_of_day(std::size_t i) const {
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
    std::size_t spoken_meridiem(std::size_t k, bool& pm) const {
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
    bool names_a_day(std::size_t k) const {
        if (!has(k, kDeictic)) return false;
        const Deictic d = word(k)->deictic;
        return d == Deictic::Today || d == Deictic::Yesterday || d == Deictic::Tomorrow;
    }

    // "10 a.m. Tuesday", "noon Friday": the day is part of the expression.
    void attach_day_after_time(Match& m) const {
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

    // A four-digit year alone: "in 2018", "since 1998". Not money ("$2,018" never gets
    // here: grouped), not a quantity ("2000 kilometers"), not a code ("Boeing 747").
    // The second year of "2011-2012", "the winter of 1983-84", "the 1990-91 recession": its
    // own expression, a two-digit year read in the first one's century (the next one when it
    // would go back: "1999-00").
    Match year_range_end(std::size_t i) const {
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

    Match bare_year(std::size_t i) const {
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

    bool year_context_ok(std::size_t i) const {
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
    int spoken_year_at(std::size_t i, std::size_t& end) const {
        if (!has(i, kNumberWord)) return -1;
        const int century = word(i)->number;
        if (century < 11 || century > 20) return -1;
        int rest = 0;
        const std::size_t j = number_word(i + 1, rest);
        if (j == npos || rest < 10 || rest > 99) return -1;
        end = j;
        return century * 100 + rest;
    }

    Match spoken_year(std::size_t i) const {
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

    bool is_street(std::size_t i) const {
        return is(i, "avenue") || is(i, "street") || is(i, "st") || is(i, "road") || is(i, "boulevard") ||
               is(i, "blvd") || is(i, "ave") || is(i, "lane") || is(i, "drive") || is(i, "place");
    }

    // "the 1990s", "the '90s", "mid-1990s" (the prefix adds MID), "the 1900s" (a century).
    Match decade(std::size_t i) const {
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
    Match century(std::size_t i) const {
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
    Match quarter(std::size_t i) const {
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
            read_year_after(m);
            if (year_before >= 0 && m.spec.year < 0) m.spec.year = year_before;
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

    // "of 2020", ", 2020", "2020", "of last year", "of fiscal 1990" after a quarter/half/season.
    void read_year_after(Match& m) const {
        std::size_t k = m.end;
        if (is(k, "of") || is(k, ",")) ++k;
        if (is(k, "fiscal")) ++k;
        if (is_year(k)) {
            m.spec.year = plain_number(k);
            m.end = k + 1;
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

    // "Tuesday", "Tuesday morning", "Tuesday, March 23", "Monday night".
    Match weekday(std::size_t i) const {
        Match m;
        // "The Sunday Times": a weekday inside a name
        if (i > 0 && toks_[i - 1].capitalized && is(i - 1, "the") && !is_sentence_start(i - 1) && i + 1 < size() &&
            toks_[i + 1].capitalized)
            return m;
        if (i > 0 && is(i - 1, "the") && i + 1 < size() && toks_[i + 1].capitalized && toks_[i + 1].kind == TokenKind::Word &&
            !has(i + 1, kMonth))
            return m;
        if (i > 0 && (is(i - 1, "a") || is(i - 1, "an"))) return m;  // "a Sunday school"
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

    bool plural_part_of_day(std::size_t k) const {
        return has(k, kPartOfDay) && low(k).back() == 's' && word(k)->part != PartOfDay::Noon &&
               word(k)->part != PartOfDay::Midnight;
    }

    void add_part(Match& m, std::size_t k) const {
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

    // "last year", "this week", "next month", "last Friday", "last March", "this summer",
    // "the past year", "the following day" (anaphoric), "the past five years" (a duration).
    Match relative(std::size_t i) const {
        Match m;
        Relative r = word(i)->relative;
        const bool determiner = i > 0 && is(i - 1, "the");
        std::size_t j = i + 1;
        // "this coming Friday", "this past spring"
        if (r == Relative::This && (is(j, "coming") || is(j, "past"))) {
            r = is(j, "coming") ? Relative::Coming : Relative::Past;
            ++j;
        }
        // "will last two days", "to last": "last" is a verb
        if (r == Relative::Last && i > 0 && !has(j, kUnit | kWeekday | kMonth | kSeason) &&
            (has(i - 1, kTenseFuture) || is(i - 1, "to") || is(i - 1, "did") || is(i - 1, "does") ||
             is(i - 1, "may") || is(i - 1, "might") || is(i - 1, "can")))
            return m;
        // "the past/last/next/coming/first N units", "the next few days", "recent weeks"
        {
            int halves = 0;
            const std::size_t a = amount(j, halves);
            Unit u;
            bool pl;
            if (a != npos && !is(j, "a") && !is(j, "an") && unit_at(a, u, pl) && (pl || halves == 2) &&
                (r == Relative::Past || r == Relative::Last || r == Relative::Next || r == Relative::Coming ||
                 r == Relative::Previous || r == Relative::Following || r == Relative::Recent)) {
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
        const bool calendar_rel = r == Relative::Last || r == Relative::Next || r == Relative::This ||
                                  r == Relative::Coming || r == Relative::That || r == Relative::Previous ||
                                  r == Relative::Upcoming;
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
        if (has(j, kMonth) && calendar_rel && r != Relative::That) {
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

    Match relative_unit(std::size_t i, std::size_t j, Relative r, Unit u, bool determiner) const {
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
                if (r == Relative::Last && determiner && u != Unit::Quarter) {
                    // "the last year" reads as a stretch of time up to now
                    m.spec.shape = Shape::Duration;
                    m.spec.type = TimexType::Duration;
                    m.spec.amount_halves = 2;
                }
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

    // "today", "tonight", "yesterday morning", "now", "recently", "soon".
    Match deictic(std::size_t i) const {
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
    Match adjective_ref(std::size_t i) const {
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

    Match ref(Match m, std::string_view value) const {
        m.spec.shape = Shape::Ref;
        m.spec.ref = value;
        return m;
    }

    // "summer", "the summer of 2020", "summer 2020".
    Match season(std::size_t i) const {
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

    // "early summer", "late fall", "mid-winter": a season after early/mid/late
    bool after_point_mod(std::size_t i) const {
        std::size_t before = i;
        if (before > 1 && is(before - 1, "-") && glued(before - 1)) --before;
        if (before == 0 || !has(before - 1, kPointMod)) return false;
        const PointMod pm = word(before - 1)->point_mod;
        return pm == PointMod::Early || pm == PointMod::Mid || pm == PointMod::Late;
    }

    static bool sub_month_rhythm(Unit u) {
        return u == Unit::Day || u == Unit::Week || u == Unit::Hour || u == Unit::Fortnight;
    }

    // "daily", "annually", "weekly".
    Match set_adverb(std::size_t i) const {
        Match m;
        if (toks_[i].capitalized && !is_sentence_start(i)) return m;  // "The Daily Telegraph"
        // "quarterly dividend", "daily volume": an adjective before a noun names no time,
        // except a day-or-shorter rhythm after a determiner: "his daily life", "a daily
        // rally", "on a weekly basis" say how often something happens.
        if (i + 1 < size() && toks_[i + 1].kind == TokenKind::Word && !word(i + 1) && !toks_[i + 1].capitalized &&
            !(i > 0 && has(i - 1, kDeterminer) && sub_month_rhythm(word(i)->unit)))
            return m;
        if (is(i, "quarterly") && has(i + 1, kUnit)) return m;
        m.end = i + 1;
        m.spec.shape = Shape::Set;
        m.spec.type = TimexType::Set;
        m.spec.unit = word(i)->unit;
        m.spec.amount_halves = word(i)->unit == Unit::Fortnight ? 4 : 2;
        if (word(i)->unit == Unit::Fortnight) m.spec.unit = Unit::Week;
        m.rule = "set_adverb";
        return m;
    }

    // "every Tuesday", "each year", "every two weeks", "per day", "once a week", "twice a year".
    Match every(std::size_t i) const {
        Match m;
        m.spec.shape = Shape::Set;
        m.spec.type = TimexType::Set;
        m.spec.quant = is(i, "every") ? "EVERY" : is(i, "each") ? "EACH" : "";
        std::size_t j = i + 1;
        if (is(j, "other")) {
            m.spec.amount_halves = 4;
            ++j;
        } else {
            int halves = 0;
            const std::size_t a = amount(j, halves);
            if (a != npos && halves > 2) {
                m.spec.amount_halves = halves;
                j = a;
            }
        }
        Unit u;
        bool pl;
        if (unit_at(j, u, pl)) {
            if (pl != (m.spec.amount_halves > 2)) return {};
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

    // "the year", "the full year", "the fiscal year ended June 30", "the year 2000": in
    // company reports the year under discussion is the article's; "ended ..." makes it a
    // twelve-month period.
    Match the_year(std::size_t i) const {
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

    // "once a week", "twice a year", "per year"
    Match starter_rules(std::size_t i) const {
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
        if ((is(i, "once") || is(i, "twice")) && (is(i + 1, "a") || is(i + 1, "per") || is(i + 1, "each"))) {
            Unit u;
            bool pl;
            if (unit_at(i + 2, u, pl) && !pl) {
                m.end = i + 3;
                m.spec.shape = Shape::Set;
                m.spec.type = TimexType::Set;
                m.spec.unit = u;
                m.spec.freq = is(i, "once") ? "1X" : "2X";
                m.rule = "times_per_unit";
                return m;
            }
        }
        if (is(i, "the")) {
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
            // "the weekend", "the quarter", "the latest quarter", "the year-earlier quarter",
            // "the future", "the past"
            if (is(i + 1, "weekend")) {
                m.end = i + 2;
                m.spec.weekend = true;
                m.spec.rel = Relative::Same;
                m.rule = "the_weekend";
                return m;
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
            if ((is(i + 1, "year") && (is(i + 2, "-") && (is(i + 3, "earlier") || is(i + 3, "ago")))) &&
                (is(i + 4, "quarter") || is(i + 4, "period"))) {
                m.end = i + 5;
                m.spec.shape = Shape::Anaphor;
                m.spec.unit = Unit::Year;
                m.spec.direction = -1;
                m.rule = "the_year_earlier_quarter";
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
        }
        if ((is(i, "year") || is(i, "fiscal")) && is(i + 1, "-") && glued(i + 1) && (is(i + 2, "end") || is(i + 2, "earlier") || is(i + 2, "ago"))) {
            if (is(i, "fiscal")) return m;
            m.end = i + 3;
            if (is(i + 2, "end")) {
                // The corpus reads "year-end" as the last day of the year.
                m.spec.month = 12;
                m.spec.day = 31;
                m.rule = "year_end";
            } else if (is(i + 2, "ago")) {
                // "year-ago" is "a year ago": counted from the article date, not a mention
                m.spec.unit = Unit::Year;
                m.spec.amount_halves = 2;
                return offset(m, i + 3, -1, false, "year_ago");
            } else {
                m.spec.shape = Shape::Anaphor;
                m.spec.unit = Unit::Year;
                m.spec.direction = -1;
                m.rule = "year_earlier";
            }
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
        if (is(i, "fiscal") && is_year(i + 1)) {
            m.end = i + 2;
            m.spec.year = plain_number(i + 1);
            m.rule = "fiscal_year";
            return m;
        }
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
        if ((is(i, "near") || is(i, "short")) && (is(i + 1, "future") || is(i + 1, "term")) && i > 0 &&
            is(i - 1, "the")) {
            m.end = i + 2;
            m.rule = "near_future";
            return ref(m, "FUTURE_REF");
        }
        if (is(i, "valentine") && is(i + 1, "'s") && is(i + 2, "day")) return holiday_spec(i, i + 3, Holiday::ValentinesDay);
        if (is(i, "labor") && is(i + 1, "day")) return holiday_spec(i, i + 2, Holiday::LaborDay);
        if (is(i, "memorial") && is(i + 1, "day")) return holiday_spec(i, i + 2, Holiday::MemorialDay);
        if (is(i, "veterans") && is(i + 1, "day")) return holiday_spec(i, i + 2, Holiday::VeteransDay);
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

    Match holiday(std::size_t i) const {
        const Holiday h = word(i)->holiday;
        std::size_t j = i + 1;
        Holiday which = h;
        if (h == Holiday::Christmas && is(j, "eve")) ++j, which = Holiday::ChristmasEve;
        else if ((h == Holiday::Christmas || h == Holiday::Thanksgiving) && is(j, "day")) ++j;
        else if (h == Holiday::Easter && is(j, "sunday")) ++j;
        if (!toks_[i].capitalized) return {};
        return holiday_spec(i, j, which);
    }

    Match holiday_spec(std::size_t /*first*/, std::size_t end, Holiday h) const {
        Match m;
        m.end = end;
        m.spec.shape = Shape::Holiday;
        m.spec.holiday = h;
        m.rule = "holiday";
        if (is_year(end)) {
            m.spec.year = plain_number(end);
            m.end = end + 1;
        }
        // "Easter week", "Thanksgiving week": the week that holds the holiday
        if (is(m.end, "week")) {
            m.spec.week_of = true;
            m.end += 1;
        }
        return m;
    }

    // "noon", "midnight" alone (TIME on the article date), "morning" alone is not tagged.
    Match part_of_day_alone(std::size_t i) const {
        Match m;
        const PartOfDay p = word(i)->part;
        if (p != PartOfDay::Noon && p != PartOfDay::Midnight) return part_with_point_mod(i);
        if (i > 0 && is(i - 1, "high")) return m;  // "high noon", an idiom
        m.end = i + 1;
        m.spec.shape = Shape::Deictic;
        m.spec.deictic = Deictic::Today;
        m.spec.type = TimexType::Time;
        m.spec.hour = p == PartOfDay::Noon ? 12 : 24;
        m.spec.minute = 0;
        m.rule = "noon_midnight";
        attach_day_after_time(m);
        if (m.spec.shape == Shape::Deictic && m.spec.weekday > 0) m.spec.shape = Shape::Calendar;
        return m;
    }

    // "late afternoon", "mid-afternoon yesterday", "early morning": a part of the day that
    // a point modifier makes a time of its own (on the article date unless a day word
    // follows); the prefix rule around it adds the modifier. "The morning" alone is not.
    Match part_with_point_mod(std::size_t i) const {
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

    // A bare plural unit: "for years", "in weeks" (a vague duration); "years-old" etc.
    Match unit_led(std::size_t i) const {
        Match m;
        const Word* w = word(i);
        if (!w->plural) return m;
        if (i > 0 && (toks_[i - 1].kind == TokenKind::Number || has(i - 1, kNumberWord | kVagueAmount | kRelative)))
            return m;
        const bool after_verb = i > 0 && toks_[i - 1].kind == TokenKind::Word &&
                                (has(i - 1, kTensePast) || (!word(i - 1) && low(i - 1).size() > 4 &&
                                                            low(i - 1).substr(low(i - 1).size() - 2) == "ed"));
        const bool length_verb = i > 0 && toks_[i - 1].kind == TokenKind::Word && takes_a_length(low(i - 1));
        // "Minutes before takeoff", "arrested hours after the attack": the unit opens the phrase
        // (after a sentence start, a punctuation mark or a verb); "in the weeks before the
        // vote", "the first days after", "eight trading days after" are other phrases.
        const bool opens_phrase = i == 0 || toks_[i - 1].kind != TokenKind::Word || after_verb;
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
};

}  // namespace

std::vector<Candidate> find_candidates(const Tokens& tokens) { return Grammar(tokens).run(); }

}  // namespace chronicle::tagger
