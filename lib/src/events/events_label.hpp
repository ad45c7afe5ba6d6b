#pragma once
// What an expression dates, in words: labels, places and people for the events builder.
// Private to chronicle::core; the tests use it to check the label rules one by one.
#include <chronicle/event.hpp>
#include <chronicle/timex.hpp>

#include "events/events_text.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::events_label {

enum class Role {
    Happening,  // something happened then
    TripItem,   // an undated item of a trip's schedule
};

// How an undated clause tells its happening, read from its first finite verb: in the
// simple past ("Rescuers pulled 14 people out"), in the future ("It will vote on Friday"),
// or otherwise (a state, a present, a pluperfect's background, a modal, a denial).
enum class Telling { Any, Past, Future, Other };

struct Draft {
    Event event;
    Role role = Role::Happening;
    bool from_noun_phrase = false;  // the label is the noun phrase the date modifies
    bool stretch = false;           // a duration read from the article date on
    bool trip_cue = false;          // the clause talks about a trip or schedule
    bool in_trip = false;
    bool follows_previous = false;  // "then ...": right after the event before it
    bool unresolved_subject = false;  // the label opens with a pronoun nobody was found for
    bool baseline = false;  // dated by a comparison's baseline ("compared with a year-earlier loss")
    Telling telling = Telling::Any;   // for an undated clause, the tense its date must agree with
    int minutes = 12 * 60;          // rough time of day, only used to order a day's events
    std::size_t position = 0;       // byte offset in the article (text order)
    std::size_t sentence = 0;       // index of the sentence it comes from
    std::set<std::string> keywords; // lowercase content words of the label, for merging
};

// Whether a label reads as a headline: `Fragment` (quoted speech in the first person, a
// short list of names, a label ending on an auxiliary or "to") is not shown; `Unresolved`
// (a pronoun subject nobody was found for: "They will appeal the decision") is shown with
// low confidence.
enum class LabelForm { Headline, Unresolved, Fragment };
LabelForm label_form(std::string_view label);

// Longest label, in bytes; labels are cut at a phrase boundary below it.
inline constexpr std::size_t max_label_length = 60;

class Article {
public:
    Article(std::string_view text, const std::vector<Timex>& timexes);
    // Over the tagger's tokens of `text`, when the caller has them (the text is not read again).
    Article(std::string_view text, const std::vector<Timex>& timexes, const tagger::Tokens& tokens);

    // Events dated by timex `index` (usually one; "X came as Y" gives two). Empty when
    // the expression dates nothing a reader could name. `stretch`: a duration such as
    // "two days of meetings", labelled by the phrase itself.
    std::vector<Draft> describe(std::size_t index, bool stretch) const;

    bool followed_by_of(const Timex& timex) const;

    // The sentence whose narrative timex `index` dates, even when it gives no event of its
    // own ("On Sunday, police said ..." dates the sentences that go on telling that day);
    // nullopt for a date in a quotation, a comparison's term or a date of nothing.
    std::optional<std::size_t> narrative_sentence(std::size_t index) const;

    bool is_about_a_trip() const;
    std::string traveler() const;              // short name of the person who travels
    std::string full_name(const std::string& short_name) const;  // "Blinken" -> with title, or empty
    std::set<std::string> trip_places() const; // places named with trip words
    // Schedule items no expression dates: "Blinken's itinerary also includes a meeting with ...".
    std::vector<Draft> undated_trip_items() const;
    // Undated sentences that continue the one before: "He then held talks with ...". The
    // builder gives them the date of the previous sentence's event (Draft::sentence).
    std::vector<Draft> sequels() const;
    // Undated sentences that go on telling the one before in the same tense: "An earthquake
    // struck on Saturday. Rescuers pulled 14 people from the rubble." The builder gives
    // them the previous sentence's date when their Draft::telling agrees with it.
    std::vector<Draft> continuations() const;

private:
    // Built over the tagger's tokens and sentences (events_text::read), read once.
    Article(std::string_view text, const std::vector<Timex>& timexes, events_text::View view);
    struct Span {
        std::size_t first = 0;
        std::size_t end = 0;
    };
    struct Clause {
        Span span;
        std::size_t opener = npos;  // the token that opened it ("which", "as"), if any
        std::vector<Span> gaps;     // asides inside it left out of labels (", who is from Vermont,")
    };
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    std::size_t sentence_of(std::size_t token) const;
    Clause clause_around(Span timex, std::size_t sentence) const;
    std::string place_of_relative_where(const Clause& clause) const;
    bool is_view_or_record(const std::vector<std::size_t>& words) const;
    Telling telling_of(Span clause) const;
    bool is_comparison_term(Span timex) const;
    std::size_t paren_open_before(std::size_t k, std::size_t first) const;
    std::size_t clause_end_from(std::size_t from, std::size_t end, std::vector<Span>& gaps) const;
    Clause main_clause_of(std::size_t sentence) const;
    bool opens_subordinate_at(std::size_t k) const;
    bool opens_clause_at(std::size_t k) const;
    bool is_hard_boundary(std::size_t k) const;
    void trim_at_other_timexes(Clause& clause, Span timex, std::size_t sentence) const;

    std::optional<Draft> noun_phrase_label(Span timex, const Clause& clause) const;
    std::optional<Draft> premodifier_label(Span timex, const Clause& clause) const;
    std::optional<Draft> stretch_label(Span timex, const Clause& clause) const;
    std::optional<Draft> clause_label(std::optional<Span> timex, const Clause& clause) const;
    std::optional<Draft> simultaneous_event(const Clause& clause, Span timex, std::size_t sentence) const;

    std::optional<std::size_t> reporting_verb(const std::vector<std::size_t>& kept) const;
    bool reports_the_date(std::size_t verb, Span timex) const;
    std::vector<std::size_t> without_attribution(std::vector<std::size_t> kept, std::size_t verb) const;
    std::vector<std::size_t> without_hedges(const std::vector<std::size_t>& kept) const;
    std::optional<std::vector<std::size_t>> frame_object(const std::vector<std::size_t>& kept, bool& trip_frame) const;
    std::vector<std::size_t> antecedent(const Clause& clause) const;
    std::string pronoun_referent(std::size_t before) const;

    std::string render(const std::vector<std::size_t>& pieces) const;
    std::string place_in(Span span) const;
    std::string where_for(const Clause& clause, std::size_t sentence, Span preferred, bool look_before) const;
    std::string who_in(Span span) const;
    int minutes_for(const Clause& clause, Span timex, std::string_view value) const;
    Draft finish(std::string label, const Clause& clause, std::size_t sentence, Span focus) const;

    std::vector<std::size_t> range(std::size_t first, std::size_t end) const;
    const events_text::Name* name_at(std::size_t token) const;
    std::string last_word(const events_text::Name& name) const;
    std::string person_short_name(const events_text::Name& name) const;

    std::string_view text_;
    std::vector<events_text::Token> tokens_;
    std::vector<events_text::Sentence> sentences_;
    std::vector<events_text::Name> names_;
    std::vector<int> name_of_token_;               // index into names_ or -1
    std::map<std::string, std::string> people_;    // short name -> full titled form
    std::vector<Span> timex_spans_;                // token spans of the expressions
    std::vector<std::string> timex_values_;
    std::vector<std::size_t> sentence_of_token_;
    std::vector<std::vector<Span>> dates_in_sentence_;  // DATE/TIME spans of each sentence, in order
    std::vector<bool> sentence_has_timex_;
    // Where clause scans stop, found once so that a sentence of N dates (a list with no full
    // stop) costs N, not N * N: for token k, the first token at or after k that is a hard
    // boundary or opens a clause, the last such token before k, and the last comma before k
    // (npos when there is none).
    std::vector<std::size_t> stop_from_;
    std::vector<std::size_t> stop_before_;
    std::vector<std::size_t> comma_before_;
    // Whether token k stands inside a direct quotation: a quote is never an event.
    std::vector<bool> in_quote_;
    void mark_quotations();
    void mark_dates_of_nothing();
    std::vector<bool> dates_nothing_;  // per expression: a noun's period or a restated date
};

// Lowercase content words of a label (used to merge mentions of one happening).
std::set<std::string> keywords_of(std::string_view label);

}  // namespace chronicle::events_label
