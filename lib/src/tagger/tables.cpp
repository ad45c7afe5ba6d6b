// The lexicon. Each list below holds one kind of English knowledge; build_lexicon() merges
// them into one sorted table so a word is looked up once per token, whatever its roles.
#include "tagger/tables.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>
#include <initializer_list>
#include <utility>
#include <vector>

namespace chronicle::tagger {

namespace {

// Adjectives between an amount and its unit that add to it: "an additional year", "an extra
// day", "a further month" (with "more": "two more weeks").
constexpr std::string_view amount_adjectives[] = {"additional", "extra", "further"};

struct Builder {
    std::vector<Word> words;

    Word& add(std::string_view text, std::uint32_t cat) {
        words.push_back(Word{});
        words.back().text = text;
        words.back().cats = cat;
        return words.back();
    }
};

void add_months(Builder& b) {
    static constexpr std::string_view names[] = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};
    for (std::size_t i = 0; i < 12; ++i) b.add(names[i], kMonth).month = static_cast<std::uint8_t>(i + 1);
    // Abbreviations are months only when written with a period or followed by a day.
    static constexpr std::pair<std::string_view, int> abbrevs[] = {
        {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
        {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
    for (const auto& [name, month] : abbrevs)
        b.add(name, kMonthAbbrev | kAbbreviation).month = static_cast<std::uint8_t>(month);
}

void add_weekdays(Builder& b) {
    static constexpr std::string_view names[] = {"monday", "tuesday", "wednesday", "thursday",
                                                 "friday", "saturday", "sunday"};
    for (std::size_t i = 0; i < 7; ++i) b.add(names[i], kWeekday).weekday = static_cast<std::uint8_t>(i + 1);
    // "on Mondays": every Monday
    static constexpr std::string_view plurals[] = {"mondays", "tuesdays", "wednesdays", "thursdays",
                                                   "fridays", "saturdays", "sundays"};
    for (std::size_t i = 0; i < 7; ++i) {
        Word& w = b.add(plurals[i], kWeekday);
        w.weekday = static_cast<std::uint8_t>(i + 1);
        w.plural = true;
    }
    static constexpr std::pair<std::string_view, int> abbrevs[] = {
        {"mon", 1}, {"tue", 2}, {"tues", 2}, {"wed", 3}, {"thu", 4}, {"thur", 4}, {"thurs", 4},
        {"fri", 5}, {"sat", 6}, {"sun", 7}};
    // (starters, not weekdays: "Tues." is one only with its period, see weekday_abbreviation)
    for (const auto& [name, wd] : abbrevs) b.add(name, kAbbreviation | kStarter).weekday = static_cast<std::uint8_t>(wd);
}

void add_numbers(Builder& b) {
    static constexpr std::string_view units[] = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    for (std::size_t i = 0; i < 20; ++i) b.add(units[i], kNumberWord).number = static_cast<std::int16_t>(i);
    static constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty",
                                                "sixty",  "seventy", "eighty", "ninety"};
    for (std::size_t i = 0; i < 8; ++i) b.add(tens[i], kNumberWord).number = static_cast<std::int16_t>(20 + 10 * i);
    b.add("hundred", kNumberWord).number = 100;
    b.add("thousand", kNumberWord).number = 1000;
    b.add("dozen", kNumberWord).number = 12;

    static constexpr std::string_view ordinals[] = {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (std::size_t i = 0; i < 20; ++i) b.add(ordinals[i], kOrdinalWord).number = static_cast<std::int16_t>(i + 1);
    b.add("thirtieth", kOrdinalWord).number = 30;
    static constexpr std::string_view decades[] = {"twenties", "thirties", "forties", "fifties",
                                                   "sixties", "seventies", "eighties", "nineties"};
    for (std::size_t i = 0; i < 8; ++i) b.add(decades[i], kStarter).decade = static_cast<std::int16_t>(192 + i);
}

void add_units(Builder& b) {
    static constexpr std::pair<std::string_view, Unit> singular[] = {
        {"second", Unit::Second}, {"minute", Unit::Minute}, {"hour", Unit::Hour},
        {"day", Unit::Day},       {"week", Unit::Week},     {"weekend", Unit::Weekend},
        {"month", Unit::Month},   {"quarter", Unit::Quarter}, {"year", Unit::Year},
        {"decade", Unit::Decade}, {"century", Unit::Century}, {"millennium", Unit::Millennium},
        {"fortnight", Unit::Fortnight}, {"yr", Unit::Year}, {"hr", Unit::Hour},
        {"min", Unit::Minute}, {"sec", Unit::Second}};
    for (const auto& [name, unit] : singular) b.add(name, kUnit).unit = unit;
    static constexpr std::pair<std::string_view, Unit> plural[] = {
        {"seconds", Unit::Second}, {"minutes", Unit::Minute}, {"hours", Unit::Hour},
        {"days", Unit::Day},       {"weeks", Unit::Week},     {"weekends", Unit::Weekend},
        {"months", Unit::Month},   {"quarters", Unit::Quarter}, {"years", Unit::Year},
        {"decades", Unit::Decade}, {"centuries", Unit::Century},
        {"millennia", Unit::Millennium}, {"fortnights", Unit::Fortnight}, {"yrs", Unit::Year},
        {"hrs", Unit::Hour}, {"mins", Unit::Minute}};
    for (const auto& [name, unit] : plural) {
        Word& w = b.add(name, kUnit);
        w.unit = unit;
        w.plural = true;
    }
}

void add_seasons_and_parts(Builder& b) {
    static constexpr std::pair<std::string_view, Season> seasons[] = {
        {"spring", Season::Spring}, {"summer", Season::Summer}, {"fall", Season::Fall},
        {"autumn", Season::Fall},   {"winter", Season::Winter}};
    for (const auto& [name, s] : seasons) b.add(name, kSeason).season = s;
    static constexpr std::pair<std::string_view, PartOfDay> parts[] = {
        {"morning", PartOfDay::Morning},   {"afternoon", PartOfDay::Afternoon},
        {"evening", PartOfDay::Evening},   {"night", PartOfDay::Night},
        {"overnight", PartOfDay::Night},   {"noon", PartOfDay::Noon},
        {"midday", PartOfDay::Noon},       {"midnight", PartOfDay::Midnight},
        {"daytime", PartOfDay::Day},       {"mornings", PartOfDay::Morning},
        {"evenings", PartOfDay::Evening},  {"nights", PartOfDay::Night},
        {"afternoons", PartOfDay::Afternoon}};
    for (const auto& [name, p] : parts) b.add(name, kPartOfDay).part = p;
}

void add_deictics(Builder& b) {
    static constexpr std::pair<std::string_view, Deictic> words[] = {
        {"today", Deictic::Today},         {"tonight", Deictic::Tonight},
        {"yesterday", Deictic::Yesterday}, {"tomorrow", Deictic::Tomorrow},
        {"now", Deictic::Now},             {"currently", Deictic::Currently},
        {"recently", Deictic::Recently},   {"soon", Deictic::Soon},
        {"formerly", Deictic::Formerly},   {"future", Deictic::Future},
        {"past", Deictic::Past},           {"present", Deictic::Present},
        {"nowadays", Deictic::Nowadays},   {"lately", Deictic::Lately},
        {"previously", Deictic::Formerly}};
    for (const auto& [name, d] : words) b.add(name, kDeictic).deictic = d;
}

void add_relatives(Builder& b) {
    static constexpr std::pair<std::string_view, Relative> words[] = {
        {"last", Relative::Last},           {"next", Relative::Next},
        {"this", Relative::This},           {"coming", Relative::Coming},
        {"past", Relative::Past},           {"previous", Relative::Previous},
        {"following", Relative::Following}, {"current", Relative::Current},
        {"recent", Relative::Recent},       {"same", Relative::Same},
        {"that", Relative::That},           {"latest", Relative::Latest},
        {"upcoming", Relative::Upcoming},   {"earlier", Relative::Earlier},
        {"prior", Relative::Prior},         {"preceding", Relative::Previous},
        {"these", Relative::This}};
    for (const auto& [name, r] : words) b.add(name, kRelative).relative = r;
}

void add_modifiers(Builder& b) {
    static constexpr std::pair<std::string_view, PointMod> points[] = {
        {"early", PointMod::Early}, {"mid", PointMod::Mid},      {"late", PointMod::Late},
        {"end", PointMod::End},     {"start", PointMod::Start},  {"beginning", PointMod::Start},
        {"middle", PointMod::Middle}, {"dawn", PointMod::Start}, {"close", PointMod::End}};
    for (const auto& [name, p] : points) b.add(name, kPointMod).point_mod = p;
    static constexpr std::pair<std::string_view, Approx> approx[] = {
        {"about", Approx::About},     {"around", Approx::About},   {"approximately", Approx::About},
        {"roughly", Approx::About},   {"some", Approx::Some},      {"nearly", Approx::Nearly},
        {"almost", Approx::Nearly},   {"more", Approx::MoreThan},  {"less", Approx::LessThan},
        {"fewer", Approx::LessThan},  {"over", Approx::Over},      {"under", Approx::Under},
        {"least", Approx::AtLeast},   {"most", Approx::AtMost},    {"within", Approx::AtMost},
        {"up", Approx::AtMost},       {"just", Approx::Nearly},    {"barely", Approx::Nearly}};
    for (const auto& [name, a] : approx) b.add(name, kApprox).approx = a;
    for (std::string_view w : {"several", "few", "many", "some", "couple", "numerous"})
        b.add(w, kVagueAmount);
}

void add_tense_cues(Builder& b) {
    // Cues read around an expression to tell whether its clause speaks of the past or the
    // future; regular "-ed" verbs are recognised by their ending in the tagger.
    for (std::string_view w : {"said", "was", "were", "had", "did", "told", "ago", "began",
                               "came", "went", "took", "made", "met", "held", "left", "fell",
                               "rose", "won", "lost", "got", "gave", "saw", "became", "sold",
                               "bought", "paid", "spent", "struck", "broke", "spoke",
                               "wrote", "ran", "led", "found", "shot", "killed", "died", "fled",
                               "reported", "announced", "thought", "brought", "sent", "meant",
                               "knew", "grew", "chose", "flew", "arrived", "wasn't", "weren't",
                               "didn't", "hadn't", "couldn't", "been", "earlier", "helped", "watched",
                               // Same form in present and past; after a singular subject
                               // the present would take "-s", so news reads them as past.
                               "cut", "hit", "put", "shut", "quit", "spread",
                               // "set aside", "set up": past; "set to", "set for" are plans
                               // (kIntention below), read where the word before "to" is.
                               "set"})
        b.add(w, kTensePast);
    // More irregular past forms, which no "-ed" ending gives away ("the rally drew thousands
    // in July", "fireworks lit the sky on July 4"). Left out: forms that are as often a noun
    // or the present ("bit", "fed", "lent", "bent", "wound", "ground", "lay", "read", "let").
    for (std::string_view w : {"drew", "withdrew", "lit", "stood", "sat", "threw", "overthrew",
                               "wore", "hung", "caught", "taught", "fought", "sought", "built",
                               "rebuilt", "kept", "slept", "swept", "felt", "dealt", "heard",
                               "understood", "stole", "froze", "rode", "drove", "forgot",
                               "forgave", "overtook", "undertook", "sang", "rang", "swam",
                               "drank", "sank", "shrank", "hid", "slid", "laid", "bled", "sped",
                               "dug", "stuck", "swung", "clung", "flung", "spun", "awoke",
                               "tore", "swore", "shook", "mistook", "arose", "knelt", "leapt",
                               "crept", "overcame", "forbade", "foresaw", "oversaw", "underwent",
                               "withheld", "upheld", "sprang", "stung", "blew", "slew", "retook"})
        b.add(w, kTensePast);
    for (std::string_view w : {"will", "shall", "won't", "'ll", "ll", "going", "plans",
                               "scheduled", "expected", "expects", "expect", "due",
                               "intends", "upcoming", "tomorrow", "would", "next",
                               "hopes", "aims", "should", "could", "must", "supposed",
                               "planning", "intend", "intended"})
        b.add(w, kTenseFuture);
    for (std::string_view w : {"is", "are", "says", "am", "isn't", "aren't", "has", "have"})
        b.add(w, kTensePresent);
    for (std::string_view w : {"plan", "plans", "planned", "planning", "want", "wants", "wanted",
                               "agree", "agreed", "agrees", "decide", "decided", "decides", "vow",
                               "vowed", "vows", "promise", "promised", "promises", "threaten",
                               "threatened", "threatens", "hope", "hoped", "intend", "intended",
                               "intends", "prepare", "prepared", "prepares", "expect", "expected",
                               "expects", "scheduled", "set", "due", "going", "likely", "ready"})
        b.add(w, kIntention);
    // Present-tense event verbs: "the council meets Monday", "leaders meet Friday",
    // "preorders open on Friday" announce what is scheduled. Forms that are also common
    // plural nouns ("talks", "visits", "returns", "faces") are left out.
    for (std::string_view w : {"meet", "meets", "begin", "begins", "open", "opens", "arrive",
                               "arrives", "leave", "leaves", "travel", "travels", "resume",
                               "resumes", "convene", "convenes", "depart", "departs", "fly",
                               "flies", "testify", "testifies", "hear", "hears", "kick", "kicks",
                               "reconvene", "reconvenes", "reopen", "reopens", "premiere",
                               "premieres", "debut", "debuts", "expire", "expires", "close",
                               "closes", "end", "ends", "start", "starts", "conclude", "concludes",
                               "wrap", "wraps", "host", "hosts", "hold", "holds", "launch",
                               "unveil", "unveils", "go", "goes",
                               // "Her schedule Thursday includes a visit": a plan's content
                               "includes", "include",
                               // itinerary verbs of wire copy: "lands in Addis Ababa on
                               // Monday", "the minister receives her on Wednesday", "talks
                               // follow on Tuesday", "she addresses a forum on Monday"
                               "lands", "land", "receives", "receive", "follow", "follows",
                               "addresses", "face", "tours", "chairs", "attends", "welcomes",
                               "heads", "returns", "moves", "sails",
                               // "funerals take place on Monday", "the accord runs out in
                               // June", "specialists gather in Brussels on Wednesday"
                               "take", "takes", "run", "runs", "gather", "gathers"})
        b.add(w, kScheduled);
    // Auxiliaries, "to", and verbs that take a bare infinitive: after them an event verb
    // ("did not meet", "had to leave", "let the offensive begin") announces nothing.
    for (std::string_view w : {"to", "did", "didn't", "does", "doesn't", "do", "don't", "had",
                               "has", "have", "would", "could", "should", "might", "may", "must",
                               "can", "let", "lets", "make", "made", "help", "helped", "watch",
                               "watched", "saw", "see"})
        b.add(w, kGovernor);
}

void add_holidays(Builder& b) {
    static constexpr std::pair<std::string_view, Holiday> words[] = {
        {"christmas", Holiday::Christmas},     {"xmas", Holiday::Christmas},
        {"easter", Holiday::Easter},           {"thanksgiving", Holiday::Thanksgiving},
        {"halloween", Holiday::Halloween}};
    for (const auto& [name, h] : words) b.add(name, kHoliday).holiday = h;
}

void add_negative_contexts(Builder& b) {
    // Nouns after which a number counts things rather than naming a year or a time.
    for (std::string_view w :
         {"kilometers", "kilometres", "km", "miles", "mile", "meters", "metres", "feet", "foot",
          "yards", "inches", "pounds", "lbs", "kilograms", "kg", "tons", "tonnes", "acres",
          "hectares", "people", "persons", "troops", "soldiers", "men", "women", "children",
          "jobs", "workers", "employees", "members", "shares", "barrels", "units", "cars",
          "homes", "houses", "votes", "points", "percent", "cents", "degrees", "students",
          "passengers", "copies", "vehicles", "planes", "aircraft", "weapons", "missiles",
          "rooms", "pages", "calories", "watts", "volts", "seats", "delegates", "refugees",
          "deaths", "cases", "users", "customers", "stores", "companies", "firms", "banks",
          "items", "square", "cubic", "kilowatt", "megawatts", "gallons", "liters", "litres",
          "bushels", "ounces", "contracts", "signatures", "names", "others", "more", "fewer",
          "times", "%", "x", "million", "billion", "trillion", "thousand", "rupees", "dollars",
          "yen", "euros"})
        b.add(w, kMeasureNoun);
    for (std::string_view w : {"$", "dollars", "dollar", "yen", "euros", "euro", "pounds",
                               "marks", "francs", "pesos", "rupees", "yuan", "us$", "c$", "a$",
                               "£", "€", "¥", "cents", "million", "billion", "trillion",
                               "thousand", "no", "no.", "number", "page", "room", "flight",
                               "route", "boeing", "airbus", "model", "version", "chapter",
                               "section", "article", "rule", "resolution", "highway",
                               "interstate", "apartment", "suite", "dow", "index", "par",
                               "tel", "phone", "fax", "box", "channel", "gate", "pier",
                               "platform", "exit", "grade", "level", "size", "#", "windows"})
        b.add(w, kCurrency);
}

void add_set_adverbs(Builder& b) {
    static constexpr std::pair<std::string_view, Unit> words[] = {
        {"hourly", Unit::Hour},       {"daily", Unit::Day},       {"nightly", Unit::Day},
        {"weekly", Unit::Week},       {"biweekly", Unit::Fortnight}, {"monthly", Unit::Month},
        {"quarterly", Unit::Quarter}, {"annually", Unit::Year},   {"yearly", Unit::Year}};
    for (const auto& [name, unit] : words) b.add(name, kSetAdverb).unit = unit;
}

void add_small_words(Builder& b) {
    b.add("am", kTimeSuffix).number = 0;
    b.add("pm", kTimeSuffix).number = 12;
    for (std::string_view w : {"est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "mst",
                               "mdt", "bst", "cet", "et", "pt", "ct"})
        b.add(w, kTimeZone);
    for (std::string_view w : {"every", "each", "per"}) b.add(w, kQuantifier);
    for (std::string_view w : {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
        b.add(w, kDeterminer);
    // "today's youth", "today's fast-moving world": the present age rather than the article's day
    for (std::string_view w : {"world", "youth", "society", "generation", "children", "kids", "young",
                               "teenagers", "students", "culture", "economy", "technology", "modern",
                               "standards", "consumers", "families", "parents", "workers", "women",
                               "men", "americans", "politics", "media", "personal", "global", "fast"})
        b.add(w, kPresentAge);
    for (std::string_view w : {"the", "a", "an", "once", "twice", "year", "fiscal", "new",
                               "independence", "valentine", "labor", "memorial", "veterans",
                               "half", "couple", "dozens", "hundreds", "thousands", "good",
                               "martin", "near", "short", "final", "full", "election",
                               "mother", "father", "presidents", "president", "right",
                               // the codes of business copy: "Q3", "H1 2024", "FY2024"
                               "q", "h", "fy",
                               // "the comparable year-ago quarter", "the corresponding period
                               // last year": after "the", they let the rule start
                               "comparable", "corresponding", "period",
                               // "through midweek", "mid-week"
                               "midweek", "mid"})
        b.add(w, kStarter);
    // "an additional year": after "a"/"an" they must let a rule start (see opens_noun_rule)
    for (std::string_view w : amount_adjectives) b.add(w, kStarter);
    for (std::string_view w : {"in", "since", "by", "till", "until", "from", "during", "before",
                               "after", "of", "through", "throughout", "between", "and", "to",
                               "fiscal", "year", "early", "mid", "late", "circa", "summer",
                               "spring", "winter", "autumn", "fall", "or", "than", "around",
                               "mid-", "end", "beginning", "start", "since", "as", "at", "for"})
        b.add(w, kYearWord);
    for (std::string_view w : {"later", "earlier", "before", "after", "afterward",
                               "afterwards", "ago", "hence", "previously", "prior"})
        b.add(w, kAnaphoric);
    // Titles and common abbreviations whose period does not end a sentence.
    for (std::string_view w : {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen",
                               "col", "lt", "sgt", "capt", "maj", "adm", "prof", "rev", "jr",
                               "sr", "vs", "etc", "no", "fig", "mt", "ft", "corp", "inc",
                               "co", "ltd", "dept", "est", "approx", "u", "s", "a", "p", "m",
                               "e", "g", "i", "n", "d", "c", "v", "pres", "sens", "reps",
                               "calif", "mass", "conn", "fla", "ill", "wash", "ariz", "colo",
                               "mich", "minn", "tenn", "okla", "pa", "va", "ga", "la", "md",
                               "wis", "ky", "ala", "ore", "neb", "nev", "kan", "ind", "del"})
        b.add(w, kAbbreviation);
}

// Merges entries of the same word: categories are or-ed, values kept from whichever entry
// set them.
void merge_into(Word& into, const Word& from) {
    into.cats |= from.cats;
    if (from.month) into.month = from.month;
    if (from.weekday) into.weekday = from.weekday;
    if (from.number >= 0) into.number = from.number;
    if (from.decade >= 0) into.decade = from.decade;
    if (from.unit != Unit::None) {
        into.unit = from.unit;
        into.plural = from.plural;
    }
    if (from.season != Season::None) into.season = from.season;
    if (from.part != PartOfDay::None) into.part = from.part;
    if (from.deictic != Deictic::None) into.deictic = from.deictic;
    if (from.relative != Relative::None) into.relative = from.relative;
    if (from.point_mod != PointMod::None) into.point_mod = from.point_mod;
    if (from.approx != Approx::None) into.approx = from.approx;
    if (from.holiday != Holiday::None) into.holiday = from.holiday;
}

std::vector<Word> build_lexicon() {
    Builder b;
    add_months(b);
    add_weekdays(b);
    add_numbers(b);
    add_units(b);
    add_seasons_and_parts(b);
    add_deictics(b);
    add_relatives(b);
    add_modifiers(b);
    add_tense_cues(b);
    add_holidays(b);
    add_negative_contexts(b);
    add_set_adverbs(b);
    add_small_words(b);
    std::stable_sort(b.words.begin(), b.words.end(),
                     [](const Word& x, const Word& y) { return x.text < y.text; });
    std::vector<Word> merged;
    for (const Word& w : b.words) {
        if (!merged.empty() && merged.back().text == w.text)
            merge_into(merged.back(), w);
        else
            merged.push_back(w);
    }
    for (Word& w : merged) {
        w.opens_noun_rule = (w.cats & kStarter) && (w.text == "the" || w.text == "a" || w.text == "an");
        w.starts_rule = (w.cats & kRuleStart) || w.text == "at" || w.text == "no";
    }
    return merged;
}

const std::vector<Word>& lexicon() {
    static const std::vector<Word> table = build_lexicon();
    return table;
}

// The hash of a word that may not have 8 readable bytes after it: copied into a padded buffer
// first (words longer than the lexicon's longest are never hashed).
std::uint32_t padded_hash_of(std::string_view w) {
    char buffer[256 + 8] = {};
    const std::size_t n = std::min<std::size_t>(w.size(), 256);
    std::memcpy(buffer, w.data(), n);
    return LexiconIndex::hash(buffer, n);
}

// Every word of every article is looked up once, so the sorted table gets an open-addressing
// hash index (LexiconIndex in tables.hpp, read inline by the tokenizer). The index is at most
// an eighth full (for the lexicon's words 8192 slots, 32 KB, inside the L1 cache), and its
// salt is chosen when it is built so that every word sits in its first or its second slot:
// a lookup of a word of up to eight bytes then compares both slots and picks the match
// without a branch. Whether a token is a lexicon word is data the branch predictor cannot
// learn; as a shape test and a probe loop, the look-up cost two mispredicted branches for
// every three words or so (cachegrind's branch simulation). A slot packs the entry's index
// with its tag (length and first byte), so a slot that holds another word rejects it
// without touching the table.
//
// The shape test (LexiconShapes) stays for lookup(), asked by the rest of the tagger of
// words that may be in no padded buffer: most fail it before any copy.
struct LexiconShapes {
    const std::uint64_t* bits = nullptr;  // 1 << 15 of them: one per (length, first, last byte)
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

struct Index {
    std::vector<std::uint32_t> slots;
    std::vector<std::uint64_t> heads;  // heads[0], for an empty slot, never matches: its tag is 0
    std::vector<std::uint64_t> shape_bits = std::vector<std::uint64_t>((1u << 15) / 64, 0);
    std::array<const Word*, 128> single{};
    LexiconShapes shapes;  // points into shape_bits,
    LexiconIndex view;     // and the view into slots, heads and single, so an Index is never copied
    Index(const Index&) = delete;
    Index& operator=(const Index&) = delete;

    explicit Index(const std::vector<Word>& table) {
        if (table.size() >= 0xFFFFu) throw std::logic_error("lexicon too large for its 16-bit index");
        int bits = 4;  // at most an eighth full
        while ((std::size_t{1} << bits) < table.size() * 8) ++bits;
        view.table = table.data();
        heads.assign(table.size() + 1, 0);
        shapes.bits = shape_bits.data();
        for (std::size_t i = 0; i < table.size(); ++i) {
            std::memcpy(&heads[i + 1], table[i].text.data(), std::min<std::size_t>(table[i].text.size(), 8));
            shapes.longest = std::max(shapes.longest, table[i].text.size());
            const std::uint32_t bit = LexiconShapes::bit_of(table[i].text);
            shape_bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
        }
        // The first salt (odd multipliers tried in a fixed order, so the index is the same on
        // every run) that leaves no word more than one slot past its own; a lexicon that
        // found none in 4096 tries doubles its slots (the lexicon needs 23).
        for (;; ++bits) {
            view.mask = (std::uint32_t{1} << bits) - 1;
            view.shift = 32 - bits;
            view.salt = 0x9E3779B1u;
            bool placed = false;
            for (int tries = 0; tries < 4096 && !(placed = place_all(table)); ++tries) view.salt += 2;
            if (placed) break;
        }
        view.slots = slots.data();
        view.heads = heads.data();
        for (std::size_t c = 1; c < single.size(); ++c) {
            const char padded[16] = {static_cast<char>(c)};
            single[c] = view.find_padded(std::string_view(padded, 1));
        }
        view.single = single.data();
    }

    bool place_all(const std::vector<Word>& table) {
        slots.assign(view.mask + 1, 0);
        for (std::size_t i = 0; i < table.size(); ++i) {
            const std::uint32_t home = view.slot_of(padded_hash_of(table[i].text));
            std::uint32_t h = home;
            while (slots[h] != 0) h = (h + 1) & view.mask;
            if (((h - home) & view.mask) > 1) return false;
            slots[h] = static_cast<std::uint32_t>(i + 1) | LexiconIndex::tag(table[i].text) << 16;
        }
        return true;
    }
};

const Index& index() {
    static const Index built(lexicon());
    return built;
}

}  // namespace

bool takes_abbreviation_period(const Word* word, std::string_view w, bool capitalized) {
    if (word == nullptr || !(word->cats & kAbbreviation)) return false;
    if (capitalized) return true;
    // Abbreviations that are also everyday words, so that "the protesters sat." and "he
    // fell ill." end their sentences: weekdays, months and states in their short forms.
    static constexpr std::string_view also_words[] = {"co", "del", "est", "fig", "ill", "ind", "la", "mar",
                                                      "mass", "ore", "pa", "sat", "sun", "wash", "wed"};
    for (std::string_view a : also_words)
        if (w == a) return false;
    return true;
}

bool opens_clause(std::string_view w) {
    static constexpr std::string_view openers[] = {",", ";", ":", "(", ")", "--", "but", "while", "because",
                                                   "although", "whereas"};
    for (std::string_view o : openers)
        if (w == o) return true;
    return false;
}

namespace {
// Whether `w` is one of a short word list (the small tables below).
template <std::size_t N>
bool listed(const std::string_view (&words)[N], std::string_view w) {
    for (std::string_view v : words)
        if (w == v) return true;
    return false;
}
}  // namespace

bool takes_a_length(std::string_view w) {
    // "it took days", "could take weeks", "spent months", "waited hours", "needs years"
    static constexpr std::string_view verbs[] = {
        "take", "takes", "taking", "took", "spend", "spends", "spending", "spent", "wait", "waits",
        "waiting", "waited", "lasted", "lasts", "lasting", "need", "needs", "needed", "require",
        "requires", "required"};
    return listed(verbs, w);
}

bool finishes_in_a_time(std::string_view w) {
    static constexpr std::string_view verbs[] = {
        "finish", "finished", "finishes", "won", "win", "wins", "ran", "run", "runs", "completed", "completes",
        "covered", "covers", "crossed", "crosses", "swam", "swims", "cycled", "rode", "walked", "clocked"};
    return listed(verbs, w);
}

bool clocks_a_time(std::string_view w) {
    // not "won", "beat" or "led": their object is a score ("won 2:1")
    static constexpr std::string_view verbs[] = {"clocked", "clocks", "timed", "ran", "runs", "posted", "posts"};
    return listed(verbs, w);
}

bool is_race_distance(std::string_view w) {
    static constexpr std::string_view nouns[] = {
        "mile", "marathon", "lap", "kilometre", "kilometer", "km", "leg", "stage", "split",
        "pace", "finish", "run", "swim", "ride"};
    return listed(nouns, w);
}

bool describes_a_flow(std::string_view w) {
    static constexpr std::string_view words[] = {
        "strong", "stronger", "powerful", "weak", "swift", "fast", "electric", "electrical", "alternating",
        "direct", "ocean", "sea", "river", "tidal", "rip", "jet", "warm", "cold", "gulf", "underwater",
        "surface", "deep", "prevailing", "air"};
    return listed(words, w);
}

bool follows_a_noun_current(std::string_view w) {
    static constexpr std::string_view words[] = {
        // not "and"/"or": "current and former officials" is the adjective
        "of", "off", "in", "into", "through", "from", "along", "near", "that", "which",
        "was", "is", "were", "are", "ran", "runs", "flows", "flowed", "swept", "sweeps", "carried",
        "carries", "pulled", "pulls", "dragged", "pushed"};
    return listed(words, w);
}

bool current_accounting_term(std::string_view w) {
    static constexpr std::string_view words[] = {"account", "accounts", "assets", "liabilities", "ratio"};
    return listed(words, w);
}

bool weekday_kind_noun(std::string_view w) {
    static constexpr std::string_view nouns[] = {
        "school", "schools", "paper", "papers", "newspaper", "newspapers", "edition", "editions",
        "supplement", "magazine", "driver", "drivers", "roast",
        "market", "markets", "job", "jobs", "shift", "shifts", "league", "best", "clothes", "class", "classes"};
    return listed(nouns, w);
}

bool adds_to_an_amount(std::string_view w) {
    // and counts in a row: "three straight quarters", "five consecutive days"
    static constexpr std::string_view in_a_row[] = {"straight", "consecutive", "successive"};
    return w == "more" || listed(amount_adjectives, w) || listed(in_a_row, w);
}

bool qualifies_a_day(std::string_view w) {
    static constexpr std::string_view words[] = {"trading", "business", "working", "calendar", "school", "session"};
    return listed(words, w);
}

bool qualifies_a_year(std::string_view w) {
    static constexpr std::string_view words[] = {"fiscal", "financial", "calendar", "academic", "school", "tax"};
    return listed(words, w);
}

bool links_an_adjective(std::string_view w) {
    // Asked of the word before every past form near an expression: the first letter turns
    // nearly all words away before any compare.
    if (w.size() < 3 || w.size() > 8) return false;
    switch (w[0]) {
        case 's': {
            static constexpr std::string_view verbs[] = {"stay", "stays", "stayed", "seem", "seems", "seemed"};
            return listed(verbs, w);
        }
        case 'r': return w == "remain" || w == "remains" || w == "remained";
        case 'b': return w == "become" || w == "becomes" || w == "became";
        case 'g': return w == "get" || w == "gets" || w == "got";
        case 'k': return w == "keep" || w == "keeps" || w == "kept";
        default: return false;
    }
}

bool times_a_clause(std::string_view w) {
    static constexpr std::string_view words[] = {"in", "since", "during", "until", "through", "by", "of"};
    return listed(words, w);
}

bool joins_a_range(std::string_view w) {
    static constexpr std::string_view words[] = {"through", "thru", "to", "until", "till", "-"};
    return listed(words, w);
}

bool stays_lowercase_in_titles(std::string_view w) {
    static constexpr std::string_view words[] = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
                                                 "at", "to", "for", "by", "as", "with", "from", "into", "vs", "'s"};
    return listed(words, w);
}

bool plans_its_object(std::string_view w) {
    static constexpr std::string_view verbs[] = {"plan", "plans", "planned", "planning", "schedule", "schedules",
                                                 "scheduled", "scheduling"};
    return listed(verbs, w);
}

bool is_function_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "of", "on", "to", "for", "in", "at", "by", "with", "from", "into", "onto", "through", "across",
        "against", "over", "under", "toward", "towards", "past", "along", "around", "about", "after",
        "before", "since", "until", "till", "during", "between", "among", "and", "or", "but", "nor",
        "so", "yet", "that", "which", "who", "whom", "whose", "when", "where", "as", "than", "if",
        "it", "he", "she", "they", "we", "i", "you", "there", "not", "also", "then", "itself"};
    return listed(words, w);
}

bool scheduled_verb_complete(std::string_view verb, std::string_view next) {
    if (verb == "heads" || verb == "returns" || verb == "moves" || verb == "sails")
        return next == "to" || next == "for" || next == "home" || next == "back" || next == "north" ||
               next == "south" || next == "east" || next == "west" || next == "abroad" || next == "into" ||
               next == "on";
    if (verb == "take" || verb == "takes") return next == "place" || next == "effect" || next == "office";
    // "the accord runs out in June", "the festival runs through Sunday", "runs until May"
    if (verb == "run" || verb == "runs")
        return next == "out" || next == "through" || next == "until" || next == "till";
    return true;
}

SubjectForm verb_after_subject(std::string_view w) {
    // Also nouns ("the visits", "a play", "the race"), so a plan only after a subject:
    // "Dobre visits", "Rovers play Hallam United on Sunday", "the Dresden plant produces".
    static constexpr std::string_view singular[] = {"visits", "debates", "votes", "signs", "plays",
                                                    "produces", "competes", "races"};
    static constexpr std::string_view plural[] = {"visit", "debate", "vote", "sign", "tour", "play",
                                                  "produce", "compete", "race"};
    if (listed(singular, w)) return SubjectForm::Singular;
    if (listed(plural, w)) return SubjectForm::Plural;
    return SubjectForm::None;
}

bool approximation_outside_span(std::string_view w) {
    return w == "about" || w == "approximately" || w == "roughly" || w == "almost";
}

bool ly_word_not_adverb(std::string_view w) {
    static constexpr std::string_view words[] = {
        "family", "rally", "ally", "supply", "assembly", "anomaly", "monopoly", "reply", "italy",
        "july", "tally", "bully", "belly", "jelly", "lily", "folly", "homily", "fly", "butterfly",
        "elderly", "gully"};
    return listed(words, w);
}

std::span<const std::string_view> game_words() {
    // None is in the lexicon (a test checks it): the scan for them skips lexicon words.
    static constexpr std::string_view words[] = {
        "game", "games", "match", "matches", "goal", "goals", "scored", "scoring", "scores",
        "halftime", "kickoff", "touchdown", "touchdowns", "quarterback", "rebounds",
        "assists", "inning", "innings", "penalty", "penalties", "playoff", "playoffs", "referee",
        "striker", "goalkeeper", "coach", "fans", "stadium", "header", "equaliser", "equalizer"};
    return words;
}

bool is_game_word(std::string_view w) {
    if (w.size() < 4 || w.size() > 11) return false;  // the lengths of the game words
    for (const std::string_view g : game_words())
        if (g == w) return true;
    return false;
}

bool counts_since(std::string_view w) {
    static constexpr std::string_view words[] = {
        "last", "only", "best", "worst", "highest", "lowest", "biggest", "largest", "smallest",
        "longest", "shortest", "fastest", "slowest", "strongest", "weakest", "deepest", "sharpest",
        "steepest", "most", "least", "time", "times", "once", "twice", "thrice"};
    return listed(words, w);
}

// The verbs that put a date off, read both before "until" and before "to".
constexpr std::string_view kPuttingOff[] = {"postponed", "delayed", "deferred", "adjourned", "extended"};

bool defers_to_a_limit(std::string_view w) {
    static constexpr std::string_view more[] = {"suspended", "recessed", "given", "gave", "granted", "had"};
    return listed(kPuttingOff, w) || listed(more, w);
}

bool moves_a_date(std::string_view w) {
    static constexpr std::string_view more[] = {"rescheduled", "moved", "pushed", "brought"};
    return listed(kPuttingOff, w) || listed(more, w);
}

bool relates_to_event(std::string_view w) {
    // "minutes before takeoff", "hours after the attack", "days after the vote"
    return w == "before" || w == "after";
}

const Word* LexiconIndex::find_long(std::string_view w) const {
    const std::size_t n = w.size();
    const std::uint32_t want = tag(w);
    const std::uint64_t head = load_partial(w.data(), n);
    const std::uint32_t h = slot_of(hash(w.data(), n));
    // Two entries may share a length and their first eight bytes: the rest decides.
    for (const std::uint32_t slot : {slots[h], slots[(h + 1) & mask]}) {
        const std::uint32_t entry = slot & 0xFFFFu;
        if ((slot >> 16) == want && heads[entry] == head &&
            std::memcmp(table[entry - 1].text.data() + 8, w.data() + 8, n - 8) == 0)
            return &table[entry - 1];
    }
    return nullptr;
}

const LexiconIndex& lexicon_index() { return index().view; }

const Word* lookup(std::string_view lowercase_word) {
    char buffer[64 + 8] = {};
    if (lowercase_word.size() > 64) return nullptr;  // longer than any lexicon word
    const Index& idx = index();
    if (!idx.shapes.may_hold(lowercase_word)) return nullptr;
    std::memcpy(buffer, lowercase_word.data(), lowercase_word.size());
    return idx.view.find_padded(std::string_view(buffer, lowercase_word.size()));
}

std::size_t lexicon_size() { return lexicon().size(); }
const Word& lexicon_entry(std::size_t index) { return lexicon()[index]; }

std::string_view unit_letter(Unit unit) {
    switch (unit) {
        case Unit::Second: return "S";
        case Unit::Minute: return "M";
        case Unit::Hour: return "H";
        case Unit::Day: return "D";
        case Unit::Week: return "W";
        case Unit::Weekend: return "WE";
        case Unit::Month: return "M";
        case Unit::Quarter: return "Q";
        case Unit::Year: return "Y";
        case Unit::Decade: return "DE";
        case Unit::Century: return "CE";
        case Unit::Millennium: return "ML";
        case Unit::Fortnight: return "W";
        case Unit::None: break;
    }
    return "";
}

std::string_view season_code(Season season) {
    switch (season) {
        case Season::Spring: return "SP";
        case Season::Summer: return "SU";
        case Season::Fall: return "FA";
        case Season::Winter: return "WI";
        case Season::None: break;
    }
    return "";
}

std::string_view part_code(PartOfDay part) {
    switch (part) {
        case PartOfDay::Morning: return "MO";
        case PartOfDay::Afternoon: return "AF";
        case PartOfDay::Evening: return "EV";
        case PartOfDay::Night: return "NI";
        case PartOfDay::Day: return "DT";
        case PartOfDay::Noon: return "12:00";
        case PartOfDay::Midnight: return "24:00";
        case PartOfDay::None: break;
    }
    return "";
}

bool unit_is_time_of_day(Unit unit) {
    return unit == Unit::Second || unit == Unit::Minute || unit == Unit::Hour;
}

}  // namespace chronicle::tagger
