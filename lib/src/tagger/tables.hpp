#pragma once
// The tagger's English knowledge: one lexicon of lowercase words, each with the categories
// it can play in a temporal expression and the value it carries there. Code never spells
// an English word; it asks this table.
#include <cstdint>
#include <span>
#include <string_view>

namespace chronicle::tagger {

// Categories a word can belong to (a bit set: "may" is a month and a modal verb).
enum Cat : std::uint32_t {
    kMonth = 1u << 0,         // value: month 1..12
    kMonthAbbrev = 1u << 1,   // "feb", "sept": a month only with a period or a day number
    kWeekday = 1u << 2,       // value: ISO weekday 1 (Monday) .. 7 (Sunday)
    kNumberWord = 1u << 3,    // value: 0..99, "hundred"...
    kOrdinalWord = 1u << 4,   // value: 1..31 ("first", "twenty-third" is two tokens)
    kUnit = 1u << 5,          // unit: see Unit
    kSeason = 1u << 6,        // value: Season
    kPartOfDay = 1u << 7,     // value: PartOfDay
    kDeictic = 1u << 8,       // value: Deictic ("today", "now", "recently"...)
    kRelative = 1u << 9,      // value: Relative ("last", "next", "this"...)
    kPointMod = 1u << 10,     // value: PointMod ("early", "mid", "late", "end"...)
    kApprox = 1u << 11,       // value: Approx ("about", "nearly", "more"...)
    kTensePast = 1u << 12,    // a past-tense cue ("said", "was")
    kTenseFuture = 1u << 13,  // a future cue ("will", "next")
    kTensePresent = 1u << 14, // a present-tense cue ("is", "says")
    kHoliday = 1u << 15,      // value: Holiday
    kMeasureNoun = 1u << 16,  // a noun after which a number is not a year ("kilometers")
    kCurrency = 1u << 17,     // "$", "dollars", "yen": a number near it is money
    kVagueAmount = 1u << 18,  // "several", "few", "many", "some": an unknown count
    kSetAdverb = 1u << 19,    // "daily", "annually": a SET with unit
    kTimeSuffix = 1u << 20,   // "am", "pm" ("a.m." spelled as tokens), value 0 am / 12 pm
    kAbbreviation = 1u << 21, // a word whose period does not end a sentence ("mr", "u")
    kYearWord = 1u << 22,     // a context word that makes a following number a year ("in")
    kAnaphoric = 1u << 23,    // "later", "earlier", "before", "after": relative to a mention
    kTimeZone = 1u << 24,     // "est", "gmt"...
    kQuantifier = 1u << 25,   // "every", "each", "per"
    kStarter = 1u << 26,      // a word that can open a multi-word rule ("the", "once", "fiscal")
    kIntention = 1u << 27,    // "plan", "want", "agreed": before "to", what follows lies ahead
    kDeterminer = 1u << 28,   // "a", "the", "his", "their": opens a noun phrase
    kPresentAge = 1u << 29,   // "world", "youth": after "today's" the present age, not a day
    kScheduled = 1u << 30,    // "meets", "opens": a present-tense event verb, in news a plan
    kGovernor = 1u << 31,     // "did", "could", "to", "let": the verb after it is no plan of its own
};

// The categories a grammar rule or prefix can start on (core_at and may_prefix dispatch on
// them); a word with none of them only gives context to rules started elsewhere.
constexpr std::uint32_t kRuleStart = kMonth | kMonthAbbrev | kWeekday | kNumberWord | kOrdinalWord | kUnit |
                                     kSeason | kPartOfDay | kDeictic | kRelative | kPointMod | kApprox |
                                     kHoliday | kVagueAmount | kSetAdverb | kQuantifier | kStarter | kAnaphoric;

enum class Unit : std::uint8_t {
    None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Year, Decade, Century,
    Millennium, Fortnight
};
enum class Season : std::uint8_t { None, Spring, Summer, Fall, Winter };
enum class PartOfDay : std::uint8_t { None, Morning, Afternoon, Evening, Night, Day, Noon, Midnight };
enum class Deictic : std::uint8_t {
    None, Today, Tonight, Yesterday, Tomorrow, Now, Currently, Recently, Soon, Formerly,
    Future, Past, Present, Nowadays, Lately
};
enum class Relative : std::uint8_t {
    None, Last, Next, This, Coming, Past, Previous, Following, Current, Recent, Same, That,
    Latest, Upcoming, Earlier, Prior
};
enum class PointMod : std::uint8_t { None, Early, Mid, Late, Start, End, Middle };
enum class Approx : std::uint8_t { None, About, Nearly, MoreThan, LessThan, AtLeast, AtMost, Over, Under, Some };
enum class Holiday : std::uint8_t {
    None, Christmas, ChristmasEve, NewYearsDay, NewYearsEve, IndependenceDay, Easter,
    Thanksgiving, Halloween, ValentinesDay, LaborDay, MemorialDay, VeteransDay,
    MartinLutherKingDay, GoodFriday, ElectionDay, MothersDay, FathersDay, PresidentsDay
};

struct Word {
    std::string_view text;  // lowercase
    std::uint32_t cats = 0;
    std::uint8_t month = 0;
    std::uint8_t weekday = 0;
    std::int16_t number = -1;  // number word value, or ordinal value for kOrdinalWord
    std::int16_t decade = -1;  // "nineties": 199 (decades said in words are the 1900s')
    Unit unit = Unit::None;
    bool plural = false;       // "days", "years"
    Season season = Season::None;
    PartOfDay part = PartOfDay::None;
    Deictic deictic = Deictic::None;
    Relative relative = Relative::None;
    PointMod point_mod = PointMod::None;
    Approx approx = Approx::None;
    Holiday holiday = Holiday::None;
    // Set once for the whole lexicon (build_lexicon), for the grammar's test of every token:
    // can a rule start here ("at" and "no" open prefixes too), and is it an article that
    // starts one only before a rule word ("the", "a", "an")?
    bool starts_rule = false;
    bool opens_noun_rule = false;
};

// Equal texts, compared inline: the lexicon and the grammar compare short words on the hot
// path, where a call to memcmp costs more than the comparison.
inline bool same_text(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (a[k] != b[k]) return false;
    return true;
}

// Punctuation and conjunctions that begin another clause ("," ";" "but" "while"...): the
// tense reader looks for a cue inside the expression's own clause first.
bool opens_clause(std::string_view lowercase_token);
// A verb after which a bare plural unit is a length of time ("took days", "spent weeks").
bool takes_a_length(std::string_view lowercase_token);
// Race and match reports: a verb whose "in" phrase is the time taken ("finished in 2:07:35",
// "ran the mile in 3:59"), a verb whose object is a time ("clocked 1:58"), and a distance or
// leg a clock-style time is the length of ("a 3:59 mile", "a 2:58 pace").
bool finishes_in_a_time(std::string_view lowercase_token);
bool clocks_a_time(std::string_view lowercase_token);
bool is_race_distance(std::string_view lowercase_token);
// "current" that is not the present: the noun (a flow of water or electricity) after a word
// that describes one ("a strong current", "alternating current") or before a word that a noun
// is followed by ("the current swept", "a current of air"); and the accounting terms where
// "current" means "due within a year" ("current assets", "the current account deficit").
bool describes_a_flow(std::string_view lowercase_token);
bool follows_a_noun_current(std::string_view lowercase_token);
bool current_accounting_term(std::string_view lowercase_token);
// Nouns a weekday makes into a kind of thing rather than dating it: "a Sunday school", "a
// Sunday paper", "a Saturday job" (but "a Friday deadline", "a Monday meeting" are one day).
bool weekday_kind_noun(std::string_view lowercase_token);
// Words between an amount and its unit that belong to the length: "two more weeks", "an
// additional year", "an extra day", "a further month", "three straight quarters".
bool adds_to_an_amount(std::string_view lowercase_token);
// Kinds of day that are counted as days: "eight trading days", "five business days".
bool qualifies_a_day(std::string_view lowercase_token);
// Words between the two ends of a range: "Monday through Wednesday", "from May to June".
bool joins_a_range(std::string_view lowercase_token);
// Words a headline in title case leaves lowercase: articles, short prepositions and
// conjunctions ("Talks Resume in Brussels Today").
bool stays_lowercase_in_titles(std::string_view lowercase_token);
// Verbs whose object is the thing planned: "planned a rally on Saturday", "scheduled a vote".
bool plans_its_object(std::string_view lowercase_token);
// Prepositions, conjunctions, pronouns and the like: words that never head a noun a date
// name could modify ("the March on Washington", "the May of her youth").
bool is_function_word(std::string_view lowercase_token);
// Whether a present-tense event verb is complete with the word after it: a motion verb
// that is also a plural noun ("heads", "returns") is a plan only before a direction ("she
// heads to Brussels on Thursday", not "heads of state"); "take"/"run" only as "take place",
// "runs out", "runs through". Other scheduled verbs need nothing.
bool scheduled_verb_complete(std::string_view lowercase_verb, std::string_view lowercase_next);
// Present-tense event verbs that are as often plural nouns ("visits", "debate", "votes"):
// a plan only right after a subject (a name, a pronoun, a plural noun for the bare form),
// so "Dobre visits the area on Tuesday" is one and "after visits on Tuesday" is not.
enum class SubjectForm { None, Singular, Plural };
SubjectForm verb_after_subject(std::string_view lowercase_token);
// A word after a bare plural unit that makes it a distance from an event ("hours after").
bool relates_to_event(std::string_view lowercase_token);
// "about", "approximately", "roughly", "almost": a word that gives a length or a clock time
// its mod (APPROX, LESS_THAN) but stays outside its span, as the TempEval-3 corpora write it
// ("about <five hours>", "almost <five months>"); the events builder reads it as part of the
// expression.
bool approximation_outside_span(std::string_view lowercase_token);
// A noun ending in "-ly" ("family", "rally", "assembly"): not the adverb of "a
// newly expanded plant", so the "-ed" word after it is a verb ("the family gathered").
bool ly_word_not_adverb(std::string_view lowercase_token);
// A word of a game report ("scored", "halftime", "touchdown"): "the second half" or "the
// fourth quarter" in its sentence is a part of the game.
bool is_game_word(std::string_view lowercase_token);
std::span<const std::string_view> game_words();
// A word that makes "in five years" a span counted back from now: a superlative or a count
// of occasions ("the highest in five years", "the only loss", "twice in two years").
bool counts_since(std::string_view lowercase_token);
// A past verb that sets a limit still ahead when "until" follows it ("postponed until
// Friday", "given until Monday"), unlike one that lasted up to it ("stayed until Friday").
bool defers_to_a_limit(std::string_view lowercase_token);
// A verb that moves a date, read before "to" ("postponed to May", "extended to April",
// "pushed back to Friday"): the date it moves to is not dated by the verb's past tense.
bool moves_a_date(std::string_view lowercase_token);

// Whether a period right after this word belongs to it as an abbreviation ("Feb.", "Mr.",
// "Ill.") rather than ending a sentence: the lexicon's kAbbreviation words, the ones that
// are also everyday words ("sat", "sun", "ill", "mass") only when capitalized. The tagger's
// sentence ends and the events builder's words both ask this, so they agree.
bool takes_abbreviation_period(const Word* word, std::string_view lowercase_word, bool capitalized);

// The lexicon's first test, one bit per (length, first byte, last byte) of its words, each
// folded to five bits (the letters a-z stay apart). Most tokens of a text are not in the
// lexicon and fail it; it is inline so that the tokenizer turns them away without a call.
struct LexiconShapes {
    const std::uint64_t* bits = nullptr;  // 1 << 15 of them
    std::size_t longest = 0;              // the longest word's length

    static std::uint32_t bit_of(std::string_view w) {
        return (static_cast<std::uint32_t>(w.size() & 31u) << 10) |
               ((static_cast<unsigned char>(w.front()) & 31u) << 5) | (static_cast<unsigned char>(w.back()) & 31u);
    }
    // False when `w` is certainly not a lexicon word (and for the empty word).
    bool may_hold(std::string_view w) const {
        if (w.empty() || w.size() > longest) return false;
        const std::uint32_t bit = bit_of(w);
        return (bits[bit / 64] >> (bit % 64) & 1u) != 0;
    }
};
const LexiconShapes& lexicon_shapes();

// The lexicon entry of a lowercase word, or nullptr. Cheap: a hashed index over the table.
const Word* lookup(std::string_view lowercase_word);
// The same for a word with at least 8 readable bytes after it (the tokenizer's padded buffer
// of lowercase spellings), read without a copy, and that passed lexicon_shapes().may_hold:
// the tokenizer tests the shape inline and would otherwise pay for the test twice.
const Word* lookup_padded(std::string_view lowercase_word);

// Number of entries (for tests that check the table is sorted and unique).
std::size_t lexicon_size();
const Word& lexicon_entry(std::size_t index);

// TIMEX3 letters of units and seasons: "D", "W", "M", "Y"... ("DE" decade, "CE" century).
std::string_view unit_letter(Unit unit);
std::string_view season_code(Season season);  // "SP", "SU", "FA", "WI"
std::string_view part_code(PartOfDay part);   // "MO", "AF", "EV", "NI", "DT"
bool unit_is_time_of_day(Unit unit);          // hours, minutes, seconds: "PT..."

}  // namespace chronicle::tagger
