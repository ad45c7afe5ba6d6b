#pragma once
// English and world knowledge the events builder needs, as tables: places, personal titles,
// reporting verbs, hedges, event nouns, trip cues. Lookups are case-sensitive for names and
// take lowercase words otherwise.
#include <string_view>

namespace chronicle::gazetteer {

bool is_place(std::string_view name);           // "Brussels", "New York", "Afghanistan"
bool is_title_word(std::string_view word);      // "President", "Secretary", "Minister", "General"
bool is_title_connector(std::string_view word); // "of", "for", "and", "the" inside a title
bool is_name_particle(std::string_view word);   // "von", "der", "de", "van", "bin"
bool is_reporting_verb(std::string_view word);  // "said", "told", "announced"
bool is_opinion_verb(std::string_view word);    // "expects", "predicts", "fears": a view, not a happening
// "biggest", "most", "worst": a superlative, which after "was the" makes a record, a state
bool is_superlative(std::string_view word);
bool is_hedge(std::string_view word);           // "reportedly", "also", "allegedly"
bool is_hedge_verb_phrase_head(std::string_view word);  // "expected" in "is expected to"
bool is_quantity_word(std::string_view word);   // "million", "percent"
bool is_phase_noun(std::string_view word);      // "start" in "the start of a meeting"
bool is_event_noun(std::string_view word);      // "meeting", "deadline", "coup", "launch"
bool is_period_noun(std::string_view word);     // "target" in "the target for next year"
bool is_place_noun(std::string_view word);      // "headquarters", "stadium", "court"
// A capitalised name's first word that makes it a place one can be at ("Ministry of Trade").
bool is_place_head(std::string_view lowercase_word);
// The last two words (lowercased) of a capitalised name make it a venue: "... High Court",
// "Kaunas Town Hall".
bool is_venue_tail(std::string_view before_last, std::string_view last);
bool is_settlement_noun(std::string_view word);  // "town" in "the town of Huonville"
bool is_motion_verb(std::string_view word);      // "flies" in "flies to Reykjavik"
bool is_trip_cue(std::string_view word);        // "trip", "itinerary", "visit", "arrival"
bool is_itinerary_noun(std::string_view word);  // "schedule", "itinerary", "agenda"
bool is_function_word(std::string_view word);   // determiners, prepositions, conjunctions, pronouns
bool is_determiner(std::string_view word);      // "a", "the", "his", "its"
bool is_np_boundary(std::string_view word);     // words that start a new phrase: "during", "before", "ahead"
bool is_clause_opener(std::string_view word);   // "as", "while", "which", "but", "and"
bool is_time_preposition(std::string_view word);  // "on", "in", "at", "during" before a date
bool is_month_or_weekday(std::string_view word);  // capitalized words that are not names
bool is_pronoun_subject(std::string_view word);   // "he", "she", "they", "it"
bool is_auxiliary(std::string_view word);         // "was", "had", "will": a finite verb follows its subject
bool is_first_person(std::string_view word);      // "i", "we", "our": the speaker's own voice
bool is_dangling_word(std::string_view word);     // "could", "to", "that": no label ends with one
bool is_participle(std::string_view word);        // "signed", "made", "held" after a noun
bool is_simultaneity_verb(std::string_view word); // "came" in "X came as Y"
bool is_frame_verb(std::string_view word);        // "includes" in "the schedule includes"
bool is_media_noun(std::string_view word);        // "photo" in "this photo ... shows X"
bool is_display_verb(std::string_view word);      // "shows"
bool is_sequence_cue(std::string_view word);      // "then", "afterwards": right after the previous
bool is_other_time_word(std::string_view word);   // "earlier", "once", "not": not the narrative's time
                                                  // (the builder also reads "-n't" words as denials)
// The two lowercase words before a date make it a comparison's term ("since", "than (in)",
// "compared with", "versus"): it dates nothing.
bool is_comparison_cue(std::string_view before2, std::string_view before1);
bool is_linking_preposition(std::string_view word);  // "during", "ahead of", "at": a phrase the date can date

// "United States" -> "US"; empty when the name has no short form.
std::string_view short_form(std::string_view name);

// Minutes after midnight a day-part cue suggests ("morning" -> 9:00), or -1.
int cue_minutes(std::string_view lowercase_word);
// Position cues inside a trip: "final" -> end, "first" -> start; 0 when none.
int trip_position_cue(std::string_view lowercase_word);  // -1 start, +1 end

}  // namespace chronicle::gazetteer
