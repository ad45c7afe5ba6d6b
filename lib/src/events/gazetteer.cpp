// The tables behind gazetteer.hpp: sorted arrays of string_views searched with
// std::binary_search (an assert in debug builds catches an unsorted table).
#include "events/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace chronicle::gazetteer {

namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view word) {
    assert(std::is_sorted(table.begin(), table.end()));
    return std::binary_search(table.begin(), table.end(), word);
}

// Countries, capitals, major cities and regions (English names).
constexpr auto places = std::to_array<std::string_view>({
    "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Adelaide", "Afghanistan", "Africa", "Alabama", "Alaska",
    "Albania", "Alexandria", "Algeria", "Algiers", "Amsterdam", "Ankara", "Antarctica", "Antwerp", "Argentina",
    "Arizona", "Armenia", "Asia", "Athens", "Atlanta", "Auckland", "Australia", "Austria",
    "Azerbaijan", "Baghdad", "Bahrain", "Baku", "Baltimore", "Bangalore", "Bangkok", "Bangladesh", "Barcelona",
    "Beijing", "Beirut", "Belarus", "Belfast", "Belgium", "Belgrade", "Bergen", "Berlin", "Bern", "Bilbao",
    "Birmingham", "Bogota", "Bolivia", "Bologna", "Bordeaux", "Bosnia", "Boston", "Brasilia", "Bratislava",
    "Brazil", "Bremen", "Brisbane", "Bristol", "Britain", "Brussels", "Bucharest", "Budapest", "Buenos Aires",
    "Bulgaria", "Busan", "Cairo", "Calgary", "California", "Cambodia", "Cameroon", "Canada", "Canberra",
    "Cape Town", "Caracas", "Cardiff", "Casablanca", "Chengdu", "Chennai", "Chicago", "Chile", "China",
    "Chisinau", "Christchurch", "Cleveland", "Cologne", "Colombia", "Colorado", "Copenhagen", "Costa Rica",
    "Croatia", "Cuba", "Cyprus", "Czech Republic", "Dakar", "Dallas", "Damascus", "Delhi", "Denmark",
    "Denver", "Detroit", "Dhaka", "Doha", "Dresden", "Dubai", "Dublin", "Durban", "Ecuador", "Edinburgh",
    "Edmonton", "Egypt", "England", "Estonia", "Ethiopia", "Europe", "Finland", "Florence", "Florida", "France",
    "Frankfurt", "Gaborone", "Gdansk", "Geneva", "Genoa", "Georgia", "Germany", "Ghana", "Glasgow",
    "Gothenburg", "Greece", "Guangzhou", "Guatemala", "Haiti", "Hamburg", "Hanoi", "Hanover", "Harare",
    "Havana", "Helsinki", "Hobart", "Hong Kong", "Honolulu", "Houston", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Islamabad", "Israel", "Istanbul", "Italy", "Jakarta", "Jamaica",
    "Japan", "Jerusalem", "Johannesburg", "Jordan", "Kabul", "Kampala", "Karachi", "Kaunas", "Kazakhstan",
    "Kenya", "Khartoum", "Kinshasa", "Kolkata", "Krakow", "Kyiv", "Kyoto", "La Paz", "Lagos", "Lahore",
    "Las Vegas", "Latvia", "Lebanon", "Leeds", "Leipzig", "Libya", "Lille", "Lima", "Lisbon", "Lithuania",
    "Liverpool", "Ljubljana", "London", "Los Angeles", "Luanda", "Lusaka", "Luxembourg", "Lyon", "Madrid",
    "Malaysia", "Mali", "Malta", "Manchester", "Manila", "Maputo", "Maribor", "Marrakech", "Marseille",
    "Medellin", "Melbourne", "Mexico", "Mexico City", "Miami", "Milan", "Minneapolis", "Minsk", "Moldova",
    "Mombasa", "Mongolia", "Montenegro", "Montevideo", "Montreal", "Morocco", "Moscow", "Mozambique", "Mumbai",
    "Munich", "Myanmar", "Nagoya", "Nairobi", "Naples", "Nashville", "Nepal", "Netherlands", "New Delhi",
    "New Orleans", "New York", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "Norway",
    "Oceania", "Oman", "Osaka", "Oslo", "Ottawa", "Pakistan", "Palestine", "Panama", "Paraguay", "Paris",
    "Perth", "Peru", "Philadelphia", "Philippines", "Pittsburgh", "Podgorica", "Poland", "Porto",
    "Portugal", "Prague", "Pyongyang", "Qatar", "Quebec", "Quito", "Rabat", "Reykjavik", "Riga",
    "Rio de Janeiro", "Riyadh", "Romania", "Rome", "Rotterdam", "Russia", "Rwanda", "San Diego",
    "San Francisco", "Santiago", "Sao Paulo", "Sarajevo", "Saudi Arabia", "Scotland", "Seattle", "Senegal",
    "Seoul", "Serbia", "Seville", "Shanghai", "Sheffield", "Shenzhen", "Singapore", "Skopje", "Slovakia",
    "Slovenia", "Sofia", "Somalia", "South Africa", "South Korea", "Spain", "Sri Lanka", "Stockholm",
    "Strasbourg", "Stuttgart", "Sudan", "Sweden", "Switzerland", "Sydney", "Syria", "Taipei", "Taiwan",
    "Tallinn", "Tangier", "Tanzania", "Tbilisi", "Tehran", "Tel Aviv", "Texas", "Thailand", "The Hague",
    "Tirana", "Tokyo", "Toronto", "Toulouse", "Tripoli", "Tunis", "Tunisia", "Turin", "Turkey", "Uganda",
    "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Valencia",
    "Vancouver", "Venezuela", "Venice", "Vienna", "Vietnam", "Vilnius", "Wales", "Warsaw", "Washington",
    "Wellington", "Windhoek", "Wuhan", "Xinjiang", "Yemen", "Yerevan", "Zagreb", "Zambia", "Zimbabwe", "Zurich",
});

// Words that make a capitalized run a person's title ("Deputy Prime Minister").
constexpr auto title_words = std::to_array<std::string_view>({
    "Adm.", "Ambassador", "Archbishop", "Attorney", "CEO", "Capt.", "Captain", "Chairman", "Chairwoman",
    "Chancellor", "Chief", "Coach", "Col.", "Commander", "Commissioner", "Deputy", "Director", "Dr.", "Emperor",
    "Envoy", "Foreign", "Gen.", "General", "Gov.", "Governor", "Judge", "Justice", "King", "Lt.", "Maj.",
    "Manager", "Mayor", "Minister", "Mr.", "Mrs.", "Ms.", "Pope", "Premier", "President", "Prime", "Prince",
    "Princess", "Prof.", "Prosecutor", "Queen", "Rep.", "Representative", "Rev.", "Secretary", "Sen.",
    "Senator", "Sgt.", "Sheikh", "Speaker", "Sultan",
});

constexpr auto title_connectors = std::to_array<std::string_view>({"and", "for", "of", "the"});
constexpr auto name_particles = std::to_array<std::string_view>({"al", "bin", "da", "de", "del", "der", "di", "la", "le", "van", "von"});

constexpr auto reporting_verbs = std::to_array<std::string_view>({
    "added", "claimed", "explained", "insisted", "noted", "reported", "said", "say", "says", "stated", "stressed",
    "told", "tweeted", "wrote",
});

// Present-tense verbs of expecting: "analysts expect the shortage to ease by
// the autumn" is a view of what may come, and a timeline shows what happened or is set to.
// Forms that are also common nouns ("fears of", "the forecast", "a suspect") are left out.
// Verbs of belief ("police believe the IRA was behind the killings last week") are left out
// too: what they frame may well have happened.
constexpr auto opinion_verbs = std::to_array<std::string_view>({"expect", "expects", "predict", "predicts"});
// Superlatives that do not end in -est, and -est words that are not superlatives.
constexpr auto irregular_superlatives = std::to_array<std::string_view>({"best", "least", "most", "worst"});
constexpr auto est_nouns = std::to_array<std::string_view>({
    "arrest", "chest", "conquest", "contest", "forest", "guest", "harvest", "inquest", "interest", "protest",
    "quest", "request", "rest", "test", "west",
});

// Words that soften or frame a statement without changing what happened.
constexpr auto hedges = std::to_array<std::string_view>({
    "allegedly", "also", "apparently", "both", "mutually", "officially", "possibly", "probably", "reportedly",
    "still", "then",
});
// "is expected to", "is likely to", "is set to" ... : the head between "is" and "to".
constexpr auto hedge_heads = std::to_array<std::string_view>({"due", "expected", "likely", "poised", "scheduled", "set", "slated", "supposed"});

// Nouns that name a happening: a phrase built on one can stand alone as a label.
constexpr auto event_nouns = std::to_array<std::string_view>({
    "accident", "agreement", "announcement", "arrival", "attack", "auction", "ban", "battle", "briefing",
    "ceremony", "collapse", "conference", "coup", "crash", "deadline", "deal", "debate", "debut", "departure",
    "earthquake", "election", "eruption", "exhibition", "explosion", "fair", "festival", "final", "fire", "flood", "funeral", "game", "hearing",
    "inauguration", "launch", "march", "match", "meeting", "meetings", "merger", "opening", "parade", "premiere",
    "protest", "race", "rally", "referendum", "release", "reopening", "season", "sentencing", "session", "signing",
    "start", "storm", "strike", "summit", "talks", "tournament", "treaty", "trial", "verdict", "visit", "vote",
    "walkout", "wedding",
});

// Nouns of planning a "for" date belongs to: "its production target for next year", "the
// budget for 2022" name the period planned for, not when anything happened. Measures of a
// period ("job figures for January extended a surge") are left out: what they tell
// happened in it.
constexpr auto period_nouns = std::to_array<std::string_view>({
    "budget", "budgets", "estimate", "estimates", "forecast", "forecasts", "goal", "goals", "guidance",
    "outlook", "plan", "plans", "projection", "projections", "target", "targets",
});

constexpr auto quantity_words = std::to_array<std::string_view>({
    "billion", "dozen", "dozens", "hundred", "hundreds", "million", "millions", "percent", "thousand", "thousands",
    "trillion",
});

// Nouns naming a part or moment of a happening: "the start of", "the anniversary of".
constexpr auto phase_nouns = std::to_array<std::string_view>({
    "aftermath", "anniversary", "beginning", "close", "end", "eve", "height", "opening", "part", "start", "wake",
});

// Lowercase nouns that end a place name ("NATO headquarters", "Wembley stadium").
constexpr auto place_nouns = std::to_array<std::string_view>({
    "airport", "arena", "castle", "cathedral", "center", "centre", "court", "dam", "hall", "harbor",
    "headquarters", "hospital", "palace", "park", "port", "reservoir", "square", "stadium", "station",
});

// First words (lowercased) that make a capitalised name a building or institution one can
// be at: "Ministry of Trade", "Palace of Westminster", "Embassy of Japan", "Museum of Art".
constexpr auto place_heads = std::to_array<std::string_view>({
    "campus", "castle", "cathedral", "embassy", "ministry", "museum", "palace", "stadium", "university",
});

// Last words that make a capitalised name a venue ("Western Cape High Court", "Parliament
// House" is not one: "House" ends too many other names). Nouns that are also common
// surnames (Hall, Park, Castle, Port) are left out; "Town Hall" and "City Hall" are checked
// as pairs by the caller.
constexpr auto venue_tails = std::to_array<std::string_view>({
    "airport", "arena", "cathedral", "center", "centre", "court", "dam", "harbor", "headquarters",
    "hospital", "palace", "reservoir", "square", "stadium", "station",
});

// Lowercase nouns for a settlement: "the town of Huonville", "the village of Bratesti".
constexpr auto settlement_nouns = std::to_array<std::string_view>({
    "city", "district", "municipality", "province", "region", "town", "village",
});

// Verbs of going whose "to" names a destination: "flies to Reykjavik".
constexpr auto motion_verbs = std::to_array<std::string_view>({
    "drive", "drives", "drove", "flew", "flies", "fly", "go", "goes", "head", "heading", "heads", "move",
    "moved", "moves", "moving", "return", "returned", "returning", "returns", "sailed", "sails", "travel", "traveled",
    "traveling", "travelled", "travelling", "travels", "went",
});

constexpr auto trip_cues = std::to_array<std::string_view>({
    "agenda", "arrival", "arrived", "arrives", "itinerary", "leg", "schedule", "stop", "tour", "travel",
    "traveled", "travelled", "travels", "trip", "visit", "visited", "visiting", "visits",
});
constexpr auto itinerary_nouns = std::to_array<std::string_view>({
    "agenda", "itinerary", "program", "programme", "schedule",
});

constexpr auto determiners = std::to_array<std::string_view>({
    "a", "an", "her", "his", "its", "our", "that", "the", "their", "these", "this", "those", "your",
});

constexpr auto function_words = std::to_array<std::string_view>({
    "a", "about", "after", "against", "ahead", "alongside", "amid", "an", "and", "are", "as", "at", "be",
    "been", "before", "between", "both", "but", "by", "during", "each", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "our", "over", "prior", "she",
    "since", "than", "that", "the", "their", "them", "these", "they", "this", "those", "through", "to",
    "under", "until", "was", "we", "were", "which", "while", "who", "whom", "whose", "will", "with", "would",
});

// A noun phrase read leftwards from a date stops at these: they open another phrase.
constexpr auto np_boundaries = std::to_array<std::string_view>({
    "about", "after", "ahead", "alongside", "amid", "and", "as", "at", "before", "but", "by", "despite",
    "during", "following", "from", "into", "is", "prior", "since", "that", "to", "under", "until", "was",
    "were", "which", "while", "who", "with",
});

constexpr auto clause_openers = std::to_array<std::string_view>({
    "after", "although", "and", "as", "because", "before", "but", "though", "when", "where", "whereas",
    "which", "while", "who",
});

constexpr auto time_prepositions = std::to_array<std::string_view>({"at", "by", "during", "for", "in", "on", "since", "until"});

constexpr auto calendar_words = std::to_array<std::string_view>({
    "Apr.", "April", "Aug.", "August", "Dec.", "December", "Feb.", "February", "Friday", "Jan.", "January",
    "July", "June", "March", "May", "Monday", "Nov.", "November", "Oct.", "October", "Saturday", "Sept.",
    "September", "Sunday", "Thursday", "Tuesday", "Wednesday",
});

constexpr auto subject_pronouns = std::to_array<std::string_view>({"he", "it", "she", "they", "we"});
// Finite auxiliaries: after a short subject they show a clause ("after Rocha was arrested").
constexpr auto auxiliaries = std::to_array<std::string_view>({
    "are", "could", "did", "had", "has", "have", "is", "was", "were", "will", "would",
});
// Words of the speaker's own voice: a label opening with one is quoted speech.
constexpr auto first_person_words = std::to_array<std::string_view>({"i", "me", "my", "our", "us", "we"});
// Words after which a label would dangle: "the assailant could", "talks that will".
constexpr auto dangling_words = std::to_array<std::string_view>({
    "according", "am", "are", "be", "been", "can", "could", "had", "has", "have", "if", "is", "may", "might", "must",
    "shall", "should", "than", "that", "to", "was", "were", "whether", "will", "would",
});

// Irregular past participles; regular ones end in "-ed".
constexpr auto irregular_participles = std::to_array<std::string_view>({
    "begun", "born", "brought", "built", "chosen", "done", "drawn", "given", "held", "hit", "killed", "laid",
    "made", "met", "run", "seen", "sent", "set", "shown", "sold", "spent", "struck", "taken", "thrown", "won",
    "written",
});
constexpr auto simultaneity_verbs = std::to_array<std::string_view>({"came", "coincided", "coincides", "comes"});
constexpr auto frame_verbs = std::to_array<std::string_view>({"are", "features", "include", "includes", "is", "will"});

// Photo captions describe the picture: "This photo taken on ... shows X" dates X.
constexpr auto media_nouns = std::to_array<std::string_view>({"footage", "image", "photo", "picture", "video"});
constexpr auto display_verbs = std::to_array<std::string_view>({"show", "showing", "shows"});
constexpr auto sequence_cues = std::to_array<std::string_view>({"afterwards", "later", "next", "then"});
// Words that set a clause at another time than the narrative around it ("had earlier
// rejected", "was once a mill"), or deny it happened: such a clause does not go on telling
// the sentence before.
constexpr auto other_time_words = std::to_array<std::string_view>({
    "already", "earlier", "formerly", "never", "no", "not", "once", "previously",
});

// Words right before a date that make it the term of a comparison, not the time of a
// happening: "the worst since 2001", "higher than in 2019", "up 5% compared with 2019",
// "sales versus 2020". (Two-word forms are matched on their last word after "compared".)
constexpr auto comparison_cues = std::to_array<std::string_view>({"since", "than", "versus", "vs", "vs."});  // sorted
constexpr auto comparison_after_compared = std::to_array<std::string_view>({"to", "with"});  // sorted

// Prepositions before a noun phrase whose date is the phrase's own: "during a rally on
// March 22", "ahead of the start of a meeting later in the day". Not "by" (a passive's agent).
constexpr auto linking_prepositions = std::to_array<std::string_view>({
    "after", "ahead", "amid", "at", "before", "during", "following", "for", "in", "into", "of", "on", "prior",
    "since", "throughout", "to", "under", "until",
});

struct ShortForm {
    std::string_view name;
    std::string_view short_name;
};
constexpr auto short_forms = std::to_array<ShortForm>({
    {"European Union", "EU"}, {"U.K.", "UK"}, {"U.N.", "UN"}, {"U.S.", "US"},
    {"United Kingdom", "UK"}, {"United Nations", "UN"}, {"United States", "US"},
});

struct Cue {
    std::string_view word;
    int minutes;
};
// A rough hour for day-part words, only used to order a day's events.
constexpr auto day_part_cues = std::to_array<Cue>({
    {"afternoon", 15 * 60}, {"breakfast", 8 * 60},  {"dawn", 6 * 60},     {"dinner", 20 * 60},
    {"evening", 19 * 60},   {"later", 16 * 60},      {"lunch", 12 * 60 + 30}, {"midday", 12 * 60},
    {"morning", 9 * 60},    {"night", 22 * 60},      {"noon", 12 * 60},   {"overnight", 23 * 60},
    {"tonight", 21 * 60},
});

}  // namespace

bool is_place(std::string_view name) { return contains(places, name); }
bool is_title_word(std::string_view word) { return contains(title_words, word); }
bool is_title_connector(std::string_view word) { return contains(title_connectors, word); }
bool is_name_particle(std::string_view word) { return contains(name_particles, word); }
bool is_reporting_verb(std::string_view word) { return contains(reporting_verbs, word); }
bool is_opinion_verb(std::string_view word) { return contains(opinion_verbs, word); }
bool is_superlative(std::string_view word) {
    if (contains(irregular_superlatives, word)) return true;
    return word.size() > 4 && word.substr(word.size() - 3) == "est" && !contains(est_nouns, word);
}
bool is_hedge(std::string_view word) { return contains(hedges, word); }
bool is_hedge_verb_phrase_head(std::string_view word) { return contains(hedge_heads, word); }
bool is_event_noun(std::string_view word) { return contains(event_nouns, word); }
bool is_period_noun(std::string_view word) { return contains(period_nouns, word); }
bool is_quantity_word(std::string_view word) { return contains(quantity_words, word); }
bool is_phase_noun(std::string_view word) { return contains(phase_nouns, word); }
bool is_place_noun(std::string_view word) { return contains(place_nouns, word); }
bool is_place_head(std::string_view word) { return contains(place_heads, word); }
bool is_venue_tail(std::string_view before, std::string_view last) {
    if (last == "hall") return before == "town" || before == "city";
    return contains(venue_tails, last);
}
bool is_settlement_noun(std::string_view word) { return contains(settlement_nouns, word); }
bool is_motion_verb(std::string_view word) { return contains(motion_verbs, word); }
bool is_trip_cue(std::string_view word) { return contains(trip_cues, word); }
bool is_itinerary_noun(std::string_view word) { return contains(itinerary_nouns, word); }
bool is_function_word(std::string_view word) { return contains(function_words, word); }
bool is_determiner(std::string_view word) { return contains(determiners, word); }
bool is_np_boundary(std::string_view word) { return contains(np_boundaries, word); }
bool is_clause_opener(std::string_view word) { return contains(clause_openers, word); }
bool is_time_preposition(std::string_view word) { return contains(time_prepositions, word); }
bool is_month_or_weekday(std::string_view word) { return contains(calendar_words, word); }
bool is_pronoun_subject(std::string_view word) { return contains(subject_pronouns, word); }
bool is_auxiliary(std::string_view word) { return contains(auxiliaries, word); }
bool is_first_person(std::string_view word) { return contains(first_person_words, word); }
bool is_dangling_word(std::string_view word) { return contains(dangling_words, word); }

bool is_participle(std::string_view word) {
    const bool regular = word.size() > 4 && word.substr(word.size() - 2) == "ed";
    return regular || contains(irregular_participles, word);
}
bool is_simultaneity_verb(std::string_view word) { return contains(simultaneity_verbs, word); }
bool is_frame_verb(std::string_view word) { return contains(frame_verbs, word); }

bool is_linking_preposition(std::string_view word) { return contains(linking_prepositions, word); }
bool is_media_noun(std::string_view word) { return contains(media_nouns, word); }
bool is_display_verb(std::string_view word) { return contains(display_verbs, word); }
bool is_sequence_cue(std::string_view word) { return contains(sequence_cues, word); }
bool is_other_time_word(std::string_view word) { return contains(other_time_words, word); }

bool is_comparison_cue(std::string_view before2, std::string_view before1) {
    if (contains(comparison_cues, before1)) return true;
    // "than in 2019", "compared with last year's"
    if (contains(comparison_cues, before2) && before1 == "in") return true;
    return before2 == "compared" && contains(comparison_after_compared, before1);
}

std::string_view short_form(std::string_view name) {
    for (const auto& f : short_forms) {
        if (f.name == name) return f.short_name;
    }
    return {};
}

int cue_minutes(std::string_view lowercase_word) {
    for (const auto& c : day_part_cues) {
        if (c.word == lowercase_word) return c.minutes;
    }
    return -1;
}

int trip_position_cue(std::string_view lowercase_word) {
    if (lowercase_word == "final" || lowercase_word == "last" || lowercase_word == "closing") return 1;
    if (lowercase_word == "first" || lowercase_word == "opening") return -1;
    return 0;
}

}  // namespace chronicle::gazetteer
