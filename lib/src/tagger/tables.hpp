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
// A kind of year or quarter counted as one: "five fiscal years", "two financial years",
// "three academic years", "two fiscal quarters".
bool qualifies_a_year(std::string_view lowercase_token);
// A linking verb, after which a past participle is an adjective with no tense of its own:
// "will stay closed until Wednesday", "remained shut", "became engaged".
bool links_an_adjective(std::string_view lowercase_token);
// A preposition that makes the year after it the time of its clause: "in 2019, ...",
// "founded in 1998 and", "since 2015" (narrower than kYearWord: not "from", "than", "and").
bool times_a_clause(std::string_view lowercase_token);
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

// The lexicon entry of a lowercase word, or nullptr. Cheap: a hashed index over the table.
const Word* lookup(std::string_view lowercase_word);

// The lexicon's hash index as a look-up reads it: built once in tables.cpp (which says how it
// is laid out and why), declared here so that the tokenizer's look-up of every token is
// inline: as a call it cost a seventh of the extractor's instructions in saving registers.
struct LexiconIndex {
    const std::uint32_t* slots = nullptr;  // 0: empty; else (entry + 1) | tag << 16
    const std::uint64_t* heads = nullptr;  // the first eight bytes of entry e - 1 at [e]
    const Word* table = nullptr;
    // The entry of each one-byte ASCII word ("%", "$", "-"), or nullptr: the tokenizer's
    // punctuation is looked up here, without hashing.
    const Word* const* single = nullptr;
    std::uint32_t mask = 0;  // slots - 1
    std::uint32_t salt = 0;  // odd: slot_of multiplies by it
    int shift = 0;           // 32 - log2(slots)

    static constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15u;
    static constexpr std::uint64_t kMultiplier = 0xFF51AFD7ED558CCDu;

    // The first n bytes at p (1 <= n; at most 8 are read) as a little-endian number, the
    // other bytes zero; p must have 8 readable bytes. No branch on n.
    static std::uint64_t load_partial(const char* p, std::size_t n) {
        std::uint64_t v;
        __builtin_memcpy(&v, p, 8);
        const std::size_t kept = n < 8 ? n : 8;
        return v & (~std::uint64_t{0} >> ((64 - 8 * kept) & 63));
    }
    // The last step of the hash: one multiply, then both halves folded into 32 bits.
    static std::uint32_t mix(std::uint64_t h) {
        h *= kMultiplier;
        return static_cast<std::uint32_t>(h >> 32) ^ static_cast<std::uint32_t>(h);
    }
    // The hash of a word with 8 readable bytes past its end, read eight bytes at a time.
    static std::uint32_t hash(const char* p, std::size_t n) {
        std::uint64_t h = (n + 1) * kSeed;
        std::size_t k = 0;
        for (; k + 8 < n; k += 8) {
            std::uint64_t chunk;
            __builtin_memcpy(&chunk, p + k, 8);
            h = (h ^ chunk) * kMultiplier;
        }
        return mix(h ^ load_partial(p + k, n - k));
    }
    // A slot's tag: the word's length and first byte.
    static std::uint32_t tag(std::string_view w) {
        return static_cast<std::uint32_t>(w.size() < 255 ? w.size() : 255) |
               static_cast<std::uint32_t>(static_cast<unsigned char>(w.data()[0])) << 8;
    }
    std::uint32_t slot_of(std::uint32_t h) const { return (h * salt) >> shift; }

    // The entry of a word (not empty) with at least 8 readable bytes after it, such as the
    // tokenizer's padded buffer of lowercase spellings, or nullptr. Every entry sits in its
    // first or second slot: for a word of up to eight bytes, which its tag and head settle,
    // both slots are compared and the entry and its pointer chosen with masks, no branch.
    const Word* find_padded(std::string_view w) const {
        const std::size_t n = w.size();
        if (n > 8) [[unlikely]] return find_long(w);
        const std::uint32_t want = tag(w);
        const std::uint64_t head = load_partial(w.data(), n);
        const std::uint32_t h = slot_of(mix((n + 1) * kSeed ^ head));
        const std::uint32_t first = slots[h];
        const std::uint32_t second = slots[(h + 1) & mask];
        const std::uint32_t a = first & 0xFFFFu;
        const std::uint32_t b = second & 0xFFFFu;
        const auto matches = [&](std::uint32_t slot, std::uint32_t entry) {
            return std::uint32_t{0} - static_cast<std::uint32_t>(static_cast<int>((slot >> 16) == want) &
                                                                 static_cast<int>(heads[entry] == head));
        };
        const std::uint32_t entry = (a & matches(first, a)) | (b & matches(second, b));
        const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(table) + (std::uintptr_t{entry} - 1) * sizeof(Word);
        return reinterpret_cast<const Word*>(at & (std::uintptr_t{0} - static_cast<std::uintptr_t>(entry != 0)));
    }
    // The same for a word of more than eight bytes (out of line: few words are that long).
    const Word* find_long(std::string_view w) const;
};
const LexiconIndex& lexicon_index();

// Number of entries (for tests that check the table is sorted and unique).
std::size_t lexicon_size();
const Word& lexicon_entry(std::size_t index);

// TIMEX3 letters of units and seasons: "D", "W", "M", "Y"... ("DE" decade, "CE" century).
std::string_view unit_letter(Unit unit);
std::string_view season_code(Season season);  // "SP", "SU", "FA", "WI"
std::string_view part_code(PartOfDay part);   // "MO", "AF", "EV", "NI", "DT"
bool unit_is_time_of_day(Unit unit);          // hours, minutes, seconds: "PT..."

}  // namespace chronicle::tagger
