// Labels, places and people for the events builder (events_label.hpp). A label is built
// from token indices into the article: the phrase the date belongs to, with the date, its
// preposition, attributions and hedges left out; names are then shortened ("U.S. Secretary
// of State Antony Blinken" -> "Blinken", "the United States" -> "US") and the result cut at
// a phrase boundary below max_label_length.
#include "events/events_label.hpp"

#include "events/gazetteer.hpp"
#include "tagger/tables.hpp"

#include <algorithm>
#include <map>

namespace chronicle::events_label {

namespace {

using events_text::NameKind;
using events_text::Token;
using events_text::TokenKind;

bool is_word(const Token& t, std::string_view lower) { return t.kind == TokenKind::Word && t.lower == lower; }

bool is_content_word(const Token& t) {
    return t.kind == TokenKind::Word && !gazetteer::is_function_word(t.lower);
}

// Bare words that open a subordinate clause even without a comma before them.
bool is_bare_opener(std::string_view lower) {
    return lower == "as" || lower == "while" || lower == "because" || lower == "although" || lower == "whereas" ||
           lower == "but" || lower == "which" || lower == "who";
}

// Words between a reporting verb and the date that keep the date on the verb:
// "said in a statement Monday", "told reporters on Tuesday".
bool is_copula(std::string_view lower) { return lower == "is" || lower == "are" || lower == "was" || lower == "were"; }

bool is_reporting_filler(std::string_view lower) {
    return lower == "in" || lower == "a" || lower == "an" || lower == "the" || lower == "on" || lower == "to" ||
           lower == "statement" || lower == "interview" || lower == "reporters" || lower == "late" ||
           lower == "early";
}

struct Piece {
    std::string text;
    bool space_before = true;
    bool cut_before = false;  // a phrase starts here: the label may end before it
    bool function_word = false;
    bool comma = false;
    bool possessive = false;
};

std::size_t length_of(const std::vector<Piece>& pieces, std::size_t count) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < count; ++i) n += pieces[i].text.size() + ((i > 0 && pieces[i].space_before) ? 1 : 0);
    return n;
}

// Particles of phrasal verbs end a label well: "took over", "called off".
bool is_particle(std::string_view word) {
    return word == "over" || word == "off" || word == "up" || word == "out" || word == "down" || word == "back";
}

void trim_edges(std::vector<Piece>& pieces) {
    // A dangling possessive ("denounced Saddam's") ends nothing either.
    // So does an auxiliary or a conjunction waiting for its clause ("on whether", "could").
    auto weak = [](const Piece& p) {
        return (p.function_word && !is_particle(p.text)) || p.comma || p.possessive || gazetteer::is_dangling_word(p.text);
    };
    while (!pieces.empty() && weak(pieces.back())) pieces.pop_back();
    std::size_t lead = 0;
    while (lead < pieces.size() && (pieces[lead].comma || gazetteer::is_determiner(pieces[lead].text) ||
                                    pieces[lead].text == "The" || pieces[lead].text == "A" ||
                                    pieces[lead].text == "An" || pieces[lead].text == "This")) {
        ++lead;
    }
    pieces.erase(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(lead));
}

// Cuts at the last phrase boundary that keeps the label short enough; failing that, at the
// last whole word that fits. Never mid-word, never on a dangling "of" or "and".
void shorten(std::vector<Piece>& pieces) {
    if (length_of(pieces, pieces.size()) <= max_label_length) return;
    std::size_t cut = 0;
    for (std::size_t i = 2; i < pieces.size(); ++i) {
        if (length_of(pieces, i) > max_label_length) break;
        if (pieces[i].cut_before) cut = i;
    }
    if (cut == 0) {
        cut = 1;
        while (cut < pieces.size() && length_of(pieces, cut + 1) <= max_label_length) ++cut;
    }
    pieces.resize(cut);
    trim_edges(pieces);
}

std::string joined(const std::vector<Piece>& pieces) {
    std::string out;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0 && pieces[i].space_before) out += ' ';
        out += pieces[i].text;
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

}  // namespace

std::set<std::string> keywords_of(std::string_view label) {
    std::set<std::string> words;
    std::string word;
    auto flush = [&] {
        if (word.size() >= 3 && !gazetteer::is_function_word(word) && !gazetteer::is_hedge(word)) words.insert(word);
        word.clear();
    };
    for (char c : label) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
            word += c;
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else {
            flush();
        }
    }
    flush();
    return words;
}

// Content words of a label that name something: numbers and quantity words do not.
std::size_t naming_words(std::string_view label) {
    const std::set<std::string> words = keywords_of(label);
    return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [](const std::string& w) {
        return !gazetteer::is_quantity_word(w) && !(w[0] >= '0' && w[0] <= '9') && w[0] != '$';
    }));
}

LabelForm label_form(std::string_view label) {
    std::vector<std::string> words;
    bool comma = false;
    std::string word;
    for (const char c : std::string(label) + " ") {
        if (c == ',') comma = true;
        if (c == ' ' || c == ',') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
    }
    if (words.empty()) return LabelForm::Fragment;
    // "Turkey, Germany", "Loss, citing": a list or a cut-off aside, not a happening
    if (comma && words.size() <= 3) return LabelForm::Fragment;
    // "We were pushed out", "I know": first person (but "US authorities" is a country)
    const std::string_view first_as_written = label.substr(0, label.find_first_of(" ,"));
    const bool all_capitals = first_as_written.size() > 1 &&
                              std::all_of(first_as_written.begin(), first_as_written.end(),
                                          [](char c) { return c >= 'A' && c <= 'Z'; });
    if (gazetteer::is_first_person(words.front()) && !all_capitals) return LabelForm::Fragment;
    if (gazetteer::is_dangling_word(words.back())) return LabelForm::Fragment;
    if (gazetteer::is_pronoun_subject(words.front()) || words.front() == "this" || words.front() == "these" ||
        words.front() == "those")
        return LabelForm::Unresolved;
    return LabelForm::Headline;
}

Article::Article(std::string_view text, const std::vector<Timex>& timexes)
    : Article(text, timexes, events_text::read(text)) {}

Article::Article(std::string_view text, const std::vector<Timex>& timexes, const tagger::Tokens& tokens)
    : Article(text, timexes, events_text::read(text, tokens)) {}

Article::Article(std::string_view text, const std::vector<Timex>& timexes, events_text::View view)
    : text_(text), tokens_(std::move(view.tokens)), sentences_(std::move(view.sentences)) {
    name_of_token_.assign(tokens_.size(), -1);
    for (const auto& s : sentences_) {
        for (auto& n : events_text::find_names(tokens_, s.first_token, s.end_token)) {
            for (std::size_t k = n.first; k < n.end; ++k) name_of_token_[k] = static_cast<int>(names_.size());
            if (n.kind == NameKind::Person && !people_.count(n.short_name)) people_[n.short_name] = n.full;
            names_.push_back(std::move(n));
        }
    }
    sentence_of_token_.assign(tokens_.size(), 0);
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        for (std::size_t k = sentences_[si].first_token; k < sentences_[si].end_token; ++k) sentence_of_token_[k] = si;
    }
    dates_in_sentence_.resize(sentences_.size());
    sentence_has_timex_.assign(sentences_.size(), false);
    for (const Timex& t : timexes) {
        // Tokens are in text order: the first one ending after the expression's start.
        const auto first = std::partition_point(tokens_.begin(), tokens_.end(),
                                                [&](const Token& tok) { return tok.end <= t.begin; });
        Span span{static_cast<std::size_t>(first - tokens_.begin()), tokens_.size()};
        std::size_t end = span.first;
        while (end < tokens_.size() && tokens_[end].begin < t.end) ++end;
        if (end == span.first) span.first = tokens_.size();  // no token: nothing to describe
        span.end = end;
        // "about five hours", "at about 10:35 a.m.": the word the tagger leaves outside the
        // span (mod APPROX) goes with the expression, not into the label
        if (t.mod == "APPROX" && span.first < tokens_.size() && span.first > 0 &&
            tokens_[span.first - 1].kind == TokenKind::Word &&
            tagger::approximation_outside_span(tokens_[span.first - 1].lower))
            --span.first;
        const bool dates = t.type == TimexType::Date || t.type == TimexType::Time;
        if (span.first < tokens_.size()) {
            const std::size_t si = sentence_of_token_[span.first];
            sentence_has_timex_[si] = true;
            if (dates) dates_in_sentence_[si].push_back(span);
        }
        timex_spans_.push_back(span);
        timex_values_.push_back(t.value);
    }
    for (auto& spans : dates_in_sentence_) {
        std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.first < b.first; });
    }
    mark_dates_of_nothing();
    const std::size_t n = tokens_.size();
    stop_from_.assign(n + 1, npos);
    stop_before_.assign(n + 1, npos);
    comma_before_.assign(n + 1, npos);
    for (std::size_t k = n; k-- > 0;) {
        stop_from_[k] = (is_hard_boundary(k) || opens_clause_at(k)) ? k : stop_from_[k + 1];
    }
    for (std::size_t k = 0; k < n; ++k) {
        stop_before_[k + 1] = (is_hard_boundary(k) || opens_clause_at(k)) ? k : stop_before_[k];
        comma_before_[k + 1] = tokens_[k].kind == TokenKind::Comma ? k : comma_before_[k];
    }
    mark_quotations();
}

// Double quotes open and close quotations ("..." toggles, the typographic pair says which
// it is); a quotation ends with its paragraph at the latest, since news copy leaves the
// closing mark off a quote that goes on in the next paragraph. Single quotes are left
// alone: they are apostrophes as often ("the '90s").
void Article::mark_quotations() {
    in_quote_.assign(tokens_.size(), false);
    bool open = false;
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
        const Token& t = tokens_[k];
        if (t.paragraph_before) open = false;
        if (t.kind != TokenKind::Quote) {
            in_quote_[k] = open;
            continue;
        }
        if (t.text == "\xE2\x80\x9C") open = true;        // left double quotation mark
        else if (t.text == "\xE2\x80\x9D") open = false;  // right double quotation mark
        else if (t.text == "\"") open = !open;
    }
}

std::vector<std::size_t> Article::range(std::size_t first, std::size_t end) const {
    std::vector<std::size_t> out;
    for (std::size_t k = first; k < end; ++k) out.push_back(k);
    return out;
}

std::string Article::last_word(const events_text::Name& name) const { return std::string(tokens_[name.end - 1].text); }

// A person the article names with a title somewhere: by surname ("Josep Borrell" -> "Borrell").
std::string Article::person_short_name(const events_text::Name& name) const {
    if (name.kind == NameKind::Person) return name.short_name;
    return last_word(name);
}

const events_text::Name* Article::name_at(std::size_t token) const {
    if (token >= name_of_token_.size() || name_of_token_[token] < 0) return nullptr;
    return &names_[static_cast<std::size_t>(name_of_token_[token])];
}

std::size_t Article::sentence_of(std::size_t token) const {
    return token < sentence_of_token_.size() ? sentence_of_token_[token] : 0;
}

bool Article::followed_by_of(const Timex& timex) const {
    // Tokens are in text order: the first one starting at or after the expression's end.
    const auto t = std::partition_point(tokens_.begin(), tokens_.end(),
                                        [&](const Token& tok) { return tok.begin < timex.end; });
    return t != tokens_.end() && t->kind == TokenKind::Word && t->lower == "of";
}

// ---- clauses ------------------------------------------------------------------------

bool Article::is_hard_boundary(std::size_t k) const {
    const Token& t = tokens_[k];
    switch (t.kind) {
        case TokenKind::Other: case TokenKind::Quote: case TokenKind::Stop: return true;
        case TokenKind::Dash: return t.space_before;  // "FILE - NATO ..." but not "al-Qaida"
        default: return false;
    }
}

// "after Rocha was arrested", "before the vote was counted": "after"/"before"/"when"/"once"/
// "until" open a clause (not a phrase: "after the vote") when an auxiliary follows within a
// short subject.
bool Article::opens_subordinate_at(std::size_t k) const {
    const std::string& w = tokens_[k].lower;
    if (w != "after" && w != "before" && w != "when" && w != "once" && w != "until") return false;
    constexpr std::size_t subject_reach = 5;
    for (std::size_t j = k + 1; j < tokens_.size() && j <= k + subject_reach; ++j) {
        const Token& t = tokens_[j];
        if (t.kind != TokenKind::Word && t.kind != TokenKind::Possessive) return false;
        if (j > k + 1 && gazetteer::is_auxiliary(t.lower)) return true;
        if (gazetteer::is_time_preposition(t.lower) || gazetteer::is_clause_opener(t.lower)) return false;
    }
    return false;
}

bool Article::opens_clause_at(std::size_t k) const {
    const Token& t = tokens_[k];
    if (t.kind == TokenKind::Word) return is_bare_opener(t.lower) || opens_subordinate_at(k);
    return t.kind == TokenKind::Comma && k + 1 < tokens_.size() && tokens_[k + 1].kind == TokenKind::Word &&
           gazetteer::is_clause_opener(tokens_[k + 1].lower);
}

// Dates that give no event of their own when the sentence has another date, left out of
// the sentence's dates so that they do not cut its clauses:
// - a period a noun covers: "raised its production target for next year on Thursday" is
//   Thursday's happening;
// - a date its apposition restates more precisely: "once this month, on Dec. 14" (the
//   happening is dated Dec. 14).
void Article::mark_dates_of_nothing() {
    dates_nothing_.assign(timex_spans_.size(), false);
    for (std::size_t i = 0; i < timex_spans_.size(); ++i) {
        const Span t = timex_spans_[i];
        if (t.first >= tokens_.size() || t.first < 2) continue;
        const bool noun_period = is_word(tokens_[t.first - 1], "for") && gazetteer::is_period_noun(tokens_[t.first - 2].lower);
        bool restated = false;
        if (i + 1 < timex_spans_.size() && timex_spans_[i + 1].first < tokens_.size()) {
            const Span next = timex_spans_[i + 1];
            std::size_t k = t.end;
            if (k < next.first && tokens_[k].kind == TokenKind::Comma) ++k;
            if (k < next.first && gazetteer::is_time_preposition(tokens_[k].lower)) ++k;
            const std::string& coarse = timex_values_[i];
            const std::string& fine = timex_values_[i + 1];
            restated = k == next.first && t.end < next.first && tokens_[t.end].kind == TokenKind::Comma &&
                       fine.size() > coarse.size() && fine.compare(0, coarse.size(), coarse) == 0 &&
                       (fine[coarse.size()] == '-' || fine[coarse.size()] == 'T');
        }
        if (!noun_period && !restated) continue;
        auto& dates = dates_in_sentence_[sentence_of(t.first)];
        const bool others = std::any_of(dates.begin(), dates.end(), [&](const Span& d) { return d.first != t.first; });
        if (!others) continue;
        dates_nothing_[i] = true;
        dates.erase(std::remove_if(dates.begin(), dates.end(), [&](const Span& d) { return d.first == t.first; }), dates.end());
    }
}

Article::Clause Article::clause_around(Span timex, std::size_t sentence) const {
    const auto& s = sentences_[sentence];
    Clause clause{{s.first_token, s.end_token}, npos, {}};
    std::size_t last_comma = npos;  // the comma nearest to the date on its left
    // Walks left from stop to stop (stop_before_), noting the first comma passed on the way.
    for (std::size_t from = timex.first;;) {
        const std::size_t k = stop_before_[from];
        const bool stop = k != npos && k >= s.first_token;
        if (last_comma == npos) {
            const std::size_t comma = comma_before_[from];
            if (comma != npos && comma >= s.first_token && (!stop || comma > k)) last_comma = comma;
        }
        if (!stop) break;  // the sentence starts the clause
        // "Police found 600 kilograms (1,300 pounds) of explosives Sunday": an aside in
        // parentheses is left out, and the clause goes on to its left.
        if (const std::size_t open = paren_open_before(k, s.first_token); open != npos) {
            clause.gaps.push_back({open, k + 1});
            from = open;
            continue;
        }
        if (is_hard_boundary(k)) { clause.span.first = k + 1; break; }
        {  // otherwise k opens a clause
            const std::size_t opener = tokens_[k].kind == TokenKind::Comma ? k + 1 : k;
            const bool relative = is_word(tokens_[opener], "who") || is_word(tokens_[opener], "which");
            const std::size_t comma = tokens_[k].kind == TokenKind::Comma ? k : (k > s.first_token && tokens_[k - 1].kind == TokenKind::Comma ? k - 1 : npos);
            // "Kopp, who is from Vermont, was indicted last year": the closed relative
            // clause is left out and the main clause goes on to its left.
            if (relative && comma != npos && last_comma != npos && last_comma > opener) {
                clause.gaps.push_back({comma, last_comma + 1});
                last_comma = npos;
                from = comma;
                continue;
            }
            clause.opener = opener;
            clause.span.first = clause.opener + 1;
            break;
        }
    }
    clause.span.end = clause_end_from(timex.end, s.end_token, clause.gaps);
    trim_at_other_timexes(clause, timex, sentence);
    return clause;
}

// For a ")" at token k, the "(" that opens it within the sentence (from `first` on), or npos.
std::size_t Article::paren_open_before(std::size_t k, std::size_t first) const {
    if (tokens_[k].text != ")") return npos;
    for (std::size_t j = k; j-- > first;) {
        if (tokens_[j].text == "(") return j;
        if (tokens_[j].text == ")" || tokens_[j].kind == TokenKind::Stop) return npos;
    }
    return npos;
}

// Where a clause read from token `from` ends (at `end` at most): the next stop, past any
// aside in parentheses, which is added to `gaps`.
std::size_t Article::clause_end_from(std::size_t from, std::size_t end, std::vector<Span>& gaps) const {
    std::size_t k = from < end ? stop_from_[from] : end;
    while (k < end && tokens_[k].text == "(") {
        std::size_t close = k + 1;
        while (close < end && tokens_[close].text != ")" && tokens_[close].text != "(" && tokens_[close].kind != TokenKind::Stop) ++close;
        if (close + 1 >= end || tokens_[close].text != ")") break;
        gaps.push_back({k, close + 1});
        k = stop_from_[close + 1];
    }
    return std::min(k, end);
}

// Two dates in one clause each take their own phrase: the clause is cut at the phrase
// boundary ("under", "before", "with"...) nearest to the other date.
// Durations inside a phrase ("a three-day visit") date nothing and stay in it. Only the
// nearest date on each side matters.
void Article::trim_at_other_timexes(Clause& clause, Span timex, std::size_t sentence) const {
    const std::vector<Span>& dates = dates_in_sentence_[sentence];
    const auto after = std::partition_point(dates.begin(), dates.end(), [&](const Span& d) { return d.first < timex.end; });
    std::vector<Span> nearest;
    if (after != dates.end()) nearest.push_back(*after);
    const auto before = std::partition_point(dates.begin(), dates.end(), [&](const Span& d) { return d.end <= timex.first; });
    if (before != dates.begin()) nearest.push_back(*(before - 1));
    for (const Span& other : nearest) {
        if (other.first >= timex.end && other.first < clause.span.end) {
            std::size_t cut = other.first;
            for (std::size_t k = other.first; k-- > timex.end;) {
                if (tokens_[k].kind == TokenKind::Word && gazetteer::is_np_boundary(tokens_[k].lower)) { cut = k; break; }
            }
            clause.span.end = cut;
        } else if (other.end <= timex.first && other.end > clause.span.first) {
            std::size_t cut = other.end;
            // "said on Sunday that the declaration would be opened ... in March": what was
            // said is the clause, whole.
            const bool said_that = other.end < timex.first && is_word(tokens_[other.end], "that");
            for (std::size_t k = timex.first; !said_that && k-- > other.end;) {
                // A relative pronoun keeps its noun: "ending a trial | that began on Oct. 16".
                const bool relative = is_word(tokens_[k], "that") || is_word(tokens_[k], "which") || is_word(tokens_[k], "who");
                if (relative) continue;
                if (tokens_[k].kind == TokenKind::Comma ||
                    (tokens_[k].kind == TokenKind::Word && gazetteer::is_np_boundary(tokens_[k].lower))) {
                    cut = k + 1;
                    break;
                }
            }
            clause.span.first = said_that ? other.end + 1 : cut;
            clause.opener = said_that ? other.end : npos;
        }
    }
}

// ---- the label rules ----------------------------------------------------------------

// "the agreement signed in 2015 that ...", "a rally for X in New York on March 22",
// "Blinken's arrival in Europe on Monday": the date modifies a noun phrase built on an
// event noun, and that phrase (with what completes it after the date) is the label.
std::optional<Draft> Article::noun_phrase_label(Span timex, const Clause& clause) const {
    const std::size_t start = clause.span.first;
    std::size_t k = timex.first;
    if (k > start && tokens_[k - 1].kind == TokenKind::Word && gazetteer::is_time_preposition(tokens_[k - 1].lower)) --k;
    const std::size_t phrase_end = k;
    // Place phrases between the noun and the date: "in New York", "at NATO headquarters in Brussels".
    while (k > start + 1) {
        const events_text::Name* n = name_at(k - 1);
        if (n == nullptr || n->kind == NameKind::Person || n->first <= start) break;
        const std::string& prep = tokens_[n->first - 1].lower;
        if (prep != "in" && prep != "at") break;
        k = n->first - 1;
    }
    // "the agreement signed in 2015", "a trial that began on Oct. 16": the date is the
    // phrase's own through a participle or a short relative clause.
    bool linked = false;
    std::size_t relative_pronoun = npos;
    if (k > start && gazetteer::is_participle(tokens_[k - 1].lower)) {
        --k;
        linked = true;
    } else if (k > start + 1 && (is_word(tokens_[k - 2], "that") || is_word(tokens_[k - 2], "which")) &&
               is_content_word(tokens_[k - 1])) {
        relative_pronoun = k - 2;
        k -= 2;
        linked = true;
    }
    std::size_t j = k;
    bool after_determiner = false;
    bool has_event_noun = false;
    while (j > start) {
        const Token& t = tokens_[j - 1];
        if (t.kind == TokenKind::Possessive) { --j; continue; }
        if (t.kind != TokenKind::Word) break;
        if (after_determiner) {
            // "the start of a meeting": "of" after an event or phase noun continues the
            // phrase; "in connection of the bombing" does not.
            if (t.lower == "of" && j - 1 > start && (gazetteer::is_event_noun(tokens_[j - 2].lower) ||
                                                    gazetteer::is_phase_noun(tokens_[j - 2].lower))) {
                after_determiner = false;
                --j;
                continue;
            }
            break;
        }
        // Inside the phrase before its noun only "of" and "for" link words ("a rally for
        // press freedom"); another preposition starts a new phrase.
        if (gazetteer::is_function_word(t.lower) && !gazetteer::is_determiner(t.lower) && t.lower != "of" && t.lower != "for") break;
        if (gazetteer::is_np_boundary(t.lower) || gazetteer::is_reporting_verb(t.lower) ||
            gazetteer::is_frame_verb(t.lower)) {
            break;
        }
        if (gazetteer::is_determiner(t.lower)) after_determiner = true;
        if (gazetteer::is_event_noun(t.lower)) has_event_noun = true;
        --j;
    }
    // The phrase must be a subject or the object of a preposition such as "during", not a
    // verb's object ("the court held a hearing on May 4" is told by its clause) nor a
    // passive's agent ("villages cut off by the flood on Tuesday").
    const bool own_phrase = j == start || tokens_[j - 1].kind == TokenKind::Comma ||
                            (tokens_[j - 1].kind == TokenKind::Word && gazetteer::is_linking_preposition(tokens_[j - 1].lower));
    // A bare noun ("went on strike Monday") is an idiom of its clause, not a phrase of its own.
    const bool determined = j == start || gazetteer::is_determiner(tokens_[j].lower) || events_text::is_capitalized(tokens_[j]) ||
                            std::any_of(tokens_.begin() + static_cast<std::ptrdiff_t>(j), tokens_.begin() + static_cast<std::ptrdiff_t>(k),
                                        [](const Token& t) { return t.kind == TokenKind::Possessive; });
    if (!has_event_noun || j >= k || !(own_phrase || linked) || !determined) return std::nullopt;
    std::vector<std::size_t> pieces;
    for (std::size_t m = j; m < phrase_end; ++m) {
        if (m != relative_pronoun) pieces.push_back(m);
    }
    const std::size_t after = timex.end;
    if (after < clause.span.end && tokens_[after].kind == TokenKind::Word &&
        (gazetteer::is_function_word(tokens_[after].lower))) {
        for (std::size_t m = after; m < clause.span.end; ++m) pieces.push_back(m);
    }
    std::string label = render(without_hedges(pieces));
    if (naming_words(label) < 2) return std::nullopt;
    Draft d = finish(label, clause, sentence_of(timex.first), {j, phrase_end});
    d.from_noun_phrase = true;
    return d;
}

// "last month's military coup", "a May 1 deadline approaches ...": the date sits inside
// the noun phrase; the label is what follows it.
std::optional<Draft> Article::premodifier_label(Span timex, const Clause& clause) const {
    const std::size_t after = timex.end;
    if (after >= clause.span.end) return std::nullopt;
    std::size_t from = 0;
    if (tokens_[after].kind == TokenKind::Possessive) {
        from = after + 1;
    } else if (tokens_[after].kind == TokenKind::Comma && after + 1 < clause.span.end && timex.first > clause.span.first &&
               is_word(tokens_[timex.first - 1], "the") && is_content_word(tokens_[after + 1]) &&
               !events_text::is_capitalized(tokens_[after + 1])) {
        from = after + 1;  // "the Dec. 21, 1988, bombing of ..."
    } else {
        const bool determiner_before = timex.first > clause.span.first &&
                                       (is_word(tokens_[timex.first - 1], "a") || is_word(tokens_[timex.first - 1], "an") ||
                                        is_word(tokens_[timex.first - 1], "the"));
        if (!determiner_before || !is_content_word(tokens_[after]) || events_text::is_capitalized(tokens_[after])) {
            return std::nullopt;
        }
        from = after;
    }
    std::string label = render(without_hedges(range(from, clause.span.end)));
    if (naming_words(label) < 2) return std::nullopt;
    Draft d = finish(label, clause, sentence_of(timex.first), {from, clause.span.end});
    d.from_noun_phrase = true;
    return d;
}

// "two days of meetings in Brussels": the stretch names itself.
std::optional<Draft> Article::stretch_label(Span timex, const Clause& clause) const {
    std::size_t k = timex.end + 1;  // past "of"
    while (k < clause.span.end && tokens_[k].kind == TokenKind::Word &&
           !gazetteer::is_np_boundary(tokens_[k].lower) && !gazetteer::is_frame_verb(tokens_[k].lower) &&
           !gazetteer::is_participle(tokens_[k].lower) && !gazetteer::is_reporting_verb(tokens_[k].lower)) {
        // A place ends the phrase: "two days of talks in Geneva | open the conference".
        const events_text::Name* n = name_at(k);
        if (n != nullptr && n->first == k && k > timex.end && (is_word(tokens_[k - 1], "in") || is_word(tokens_[k - 1], "at"))) {
            k = n->end;
            break;
        }
        ++k;
    }
    std::string label = render(range(timex.first, k));
    if (naming_words(label) < 2) return std::nullopt;
    Draft d = finish(label, clause, sentence_of(timex.first), {timex.first, k});
    d.from_noun_phrase = true;
    return d;
}

std::optional<std::size_t> Article::reporting_verb(const std::vector<std::size_t>& kept) const {
    for (std::size_t k : kept) {
        if (tokens_[k].kind == TokenKind::Word && gazetteer::is_reporting_verb(tokens_[k].lower)) return k;
    }
    return std::nullopt;
}

// The date belongs to the verb of saying when only fillers stand between them:
// "said Tuesday", "said in a statement Monday", "on Tuesday told reporters".
bool Article::reports_the_date(std::size_t verb, Span timex) const {
    constexpr std::size_t max_gap = 4;
    const std::size_t from = verb < timex.first ? verb + 1 : timex.end;
    const std::size_t to = verb < timex.first ? timex.first : verb;
    if (to - from > max_gap) return false;
    for (std::size_t k = from; k < to; ++k) {
        if (tokens_[k].kind != TokenKind::Word || !is_reporting_filler(tokens_[k].lower)) return false;
    }
    return true;
}

// "Blinken said (that) X" -> X; "X, Blinken said" -> X.
std::vector<std::size_t> Article::without_attribution(std::vector<std::size_t> kept, std::size_t verb) const {
    constexpr std::size_t max_speaker_tokens = 10;
    const auto at = std::find(kept.begin(), kept.end(), verb);
    const auto before = static_cast<std::size_t>(at - kept.begin());
    // "Y, the spokesman said (in a statement)": the attribution trails the statement. When
    // the statement follows the verb ("South Africa, spokesman Capt. Rod Beer said the FBI
    // arrested him"), a comma before the speaker is not where the statement ends.
    const bool statement_follows = std::any_of(at + (at == kept.end() ? 0 : 1), kept.end(), [&](std::size_t k) {
        return tokens_[k].kind == TokenKind::Word && !is_reporting_filler(tokens_[k].lower);
    });
    for (std::size_t i = before; !statement_follows && i-- > 0;) {
        if (tokens_[kept[i]].kind == TokenKind::Comma && before - i <= max_speaker_tokens) {
            kept.resize(i);  // the attribution trails the statement
            return kept;
        }
    }
    if (before <= max_speaker_tokens) {
        std::size_t cut = before + 1;
        if (cut < kept.size() && is_word(tokens_[kept[cut]], "that")) ++cut;
        kept.erase(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(cut));
    }
    return kept;
}

// Drops hedges ("reportedly", "also"), the "is expected" of "is expected to consult", and
// short asides between commas that start in lowercase (", off the Tanzanian coast,",
// ", called the Fold One,"); a list of names (", France,") stays.
std::vector<std::size_t> Article::without_hedges(const std::vector<std::size_t>& kept) const {
    constexpr std::size_t max_aside_tokens = 8;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (tokens_[kept[i]].kind == TokenKind::Comma && i > 0 && i + 1 < kept.size() &&
            tokens_[kept[i + 1]].kind == TokenKind::Word && !events_text::is_capitalized(tokens_[kept[i + 1]])) {
            std::size_t close = i + 1;
            while (close < kept.size() && close <= i + max_aside_tokens && tokens_[kept[close]].kind != TokenKind::Comma) ++close;
            // "..., an obstetrician in Buffalo, New York": a capital after the second comma
            // continues a name, so that comma does not close an aside.
            const bool closed = close < kept.size() && tokens_[kept[close]].kind == TokenKind::Comma && close + 1 < kept.size() &&
                                !events_text::is_capitalized(tokens_[kept[close + 1]]);
            if (closed && kept[close] - kept[i] == close - i) {  // contiguous in the text
                i = close;
                continue;
            }
        }
        const Token& t = tokens_[kept[i]];
        if (t.kind == TokenKind::Word && gazetteer::is_hedge(t.lower)) continue;
        const bool copula = is_copula(t.lower);
        if (copula && i + 2 < kept.size() && gazetteer::is_hedge_verb_phrase_head(tokens_[kept[i + 1]].lower) &&
            is_word(tokens_[kept[i + 2]], "to")) {
            ++i;  // keep "to consult"
            continue;
        }
        if (t.kind == TokenKind::Quote) continue;
        out.push_back(kept[i]);
    }
    return out;
}

// "Blinken's schedule also includes X" and "This photo ... shows X": the label is X.
std::optional<std::vector<std::size_t>> Article::frame_object(const std::vector<std::size_t>& kept,
                                                              bool& trip_frame) const {
    // "The final part of her trip is X": a trip word frames X when a position cue ("final",
    // "first") comes before it, which says X is a part of the trip. Kept as a running flag:
    // rescanning the words before each word made a long clause quadratic.
    bool position_cue = false;
    for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
        const std::string& w = tokens_[kept[i]].lower;
        if (i > 0 && !position_cue) position_cue = gazetteer::trip_position_cue(tokens_[kept[i - 1]].lower) != 0;
        const bool itinerary = gazetteer::is_itinerary_noun(w) || (position_cue && gazetteer::is_trip_cue(w));
        const bool media = gazetteer::is_media_noun(w);
        if (!itinerary && !media) continue;
        for (std::size_t v = i + 1; v < kept.size() && v <= i + 12; ++v) {
            const std::string& verb = tokens_[kept[v]].lower;
            // "itinerary in Brussels includes": only a place may stand between.
            if (itinerary && (verb == "in" || verb == "at") && v + 1 < kept.size()) {
                if (const events_text::Name* n = name_at(kept[v + 1]); n != nullptr && n->first == kept[v + 1]) {
                    v += n->end - n->first;
                    continue;
                }
            }
            if (itinerary && !gazetteer::is_frame_verb(verb)) break;
            const bool opens = itinerary ? gazetteer::is_frame_verb(verb) : gazetteer::is_display_verb(verb);
            if (!opens) continue;
            std::size_t o = v + 1;
            while (o < kept.size() && gazetteer::is_frame_verb(tokens_[kept[o]].lower)) ++o;  // "will include"
            if (o >= kept.size()) return std::nullopt;
            trip_frame = itinerary;
            return std::vector<std::size_t>(kept.begin() + static_cast<std::ptrdiff_t>(o), kept.end());
        }
    }
    return std::nullopt;
}

// The noun phrase a ", which ..." clause is about: "Both the United States, which left".
std::vector<std::size_t> Article::antecedent(const Clause& clause) const {
    if (clause.opener == npos || clause.opener == 0) return {};
    const std::string& w = tokens_[clause.opener].lower;
    if (w != "which" && w != "who") return {};
    const bool after_comma = tokens_[clause.opener - 1].kind == TokenKind::Comma;
    const std::size_t end = after_comma ? clause.opener - 1 : clause.opener;
    if (end == 0) return {};
    // A name right before it is the antecedent: "the arrest of Kopp, who ...".
    if (const events_text::Name* n = name_at(end - 1); n != nullptr && n->end == end) return range(n->first, end);
    std::size_t first = end;
    const std::size_t sentence_start = sentences_[sentence_of(end - 1)].first_token;
    while (first > sentence_start && tokens_[first - 1].kind == TokenKind::Word &&
           !gazetteer::is_np_boundary(tokens_[first - 1].lower) && !gazetteer::is_reporting_verb(tokens_[first - 1].lower) &&
           tokens_[first - 1].lower != "of" && tokens_[first - 1].lower != "and") {
        --first;
        if (gazetteer::is_determiner(tokens_[first].lower)) break;  // "a Libyan who"
    }
    return range(first, end);
}

std::string Article::pronoun_referent(std::size_t before) const {
    for (std::size_t k = before; k-- > 0;) {
        const events_text::Name* n = name_at(k);
        if (n != nullptr && (n->kind == NameKind::Person || people_.count(last_word(*n)) != 0)) {
            return person_short_name(*n);
        }
    }
    return {};
}

// A clause that states a view ("Ebner expects the shortage to ease by the autumn") or a
// record ("crowds this week were the biggest since 2019") tells no happening. A verb after
// "is"/"was" ("is feared to have", "was expected") is a passive and may still report one.
bool Article::is_view_or_record(const std::vector<std::size_t>& words) const {
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Token& t = tokens_[words[i]];
        if (t.kind != TokenKind::Word) continue;
        // after an auxiliary or a modal ("was expected", "they should expect little help") the
        // verb is a passive or an advice, and the clause may still tell a happening
        const bool after_aux = i > 0 && (gazetteer::is_auxiliary(tokens_[words[i - 1]].lower) ||
                                         gazetteer::is_dangling_word(tokens_[words[i - 1]].lower));
        // "expects to report a loss for the quarter" is the company's own plan, not a view
        const bool plan = i + 1 < words.size() && is_word(tokens_[words[i + 1]], "to");
        if (gazetteer::is_opinion_verb(t.lower) && !after_aux && !plan) return true;
        const bool copula = is_copula(t.lower);
        if (copula && i + 2 < words.size() && is_word(tokens_[words[i + 1]], "the") &&
            gazetteer::is_superlative(tokens_[words[i + 2]].lower))
            return true;
    }
    return false;
}

// The clause around the date, told as "subject predicate".
std::optional<Draft> Article::clause_label(std::optional<Span> timex, const Clause& clause) const {
    std::vector<std::size_t> kept;
    for (std::size_t k = clause.span.first; k < clause.span.end; ++k) {
        if (timex && k >= timex->first && k < timex->end) continue;
        if (std::any_of(clause.gaps.begin(), clause.gaps.end(), [&](const Span& g) { return k >= g.first && k < g.end; })) continue;
        if (timex && k + 1 == timex->first && tokens_[k].kind == TokenKind::Word &&
            gazetteer::is_time_preposition(tokens_[k].lower)) {
            continue;
        }
        kept.push_back(k);
    }
    while (!kept.empty() && (tokens_[kept.front()].kind == TokenKind::Comma ||
                             (tokens_[kept.front()].kind == TokenKind::Word && gazetteer::is_clause_opener(tokens_[kept.front()].lower)))) {
        kept.erase(kept.begin());
    }
    // "In Saudi Arabia, troops ...", "For the year, Ralston earned ...": a leading phrase
    // before a comma sets the scene; the label starts after it.
    constexpr std::size_t max_scene_tokens = 8;
    if (!kept.empty() && tokens_[kept.front()].kind == TokenKind::Word &&
        gazetteer::is_linking_preposition(tokens_[kept.front()].lower)) {
        for (std::size_t i = 1; i < kept.size() && i <= max_scene_tokens; ++i) {
            if (tokens_[kept[i]].kind == TokenKind::Comma) {
                kept.erase(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(i + 1));
                break;
            }
        }
    }
    if (is_view_or_record(kept)) return std::nullopt;
    bool reporting = false;
    if (const auto verb = reporting_verb(kept)) {
        reporting = timex && reports_the_date(*verb, *timex);
        if (!reporting) kept = without_attribution(kept, *verb);
    }
    kept = without_hedges(kept);
    bool trip_frame = false;
    if (auto object = frame_object(kept, trip_frame)) kept = *object;
    std::string label;
    // "X said on Monday that Y": the date is the statement's, and a statement is not a
    // happening a timeline shows (the Y it reports gets its own event when it is dated).
    if (reporting) return std::nullopt;
    std::vector<std::size_t> subject = antecedent(clause);
    if (!subject.empty()) kept.insert(kept.begin(), subject.begin(), subject.end());
    kept = without_hedges(kept);
    label = render(kept);
    // "he"/"she" stand for the person named last; "it" never does ("it expects to post sales").
    if (!kept.empty() && gazetteer::is_pronoun_subject(tokens_[kept.front()].lower) && tokens_[kept.front()].lower != "they" &&
        tokens_[kept.front()].lower != "we" && tokens_[kept.front()].lower != "it") {
        const std::string referent = pronoun_referent(kept.front());
        if (!referent.empty()) {
            kept.erase(kept.begin());
            label = render(kept);
            if (!label.empty()) {
                label[0] = static_cast<char>(label[0] >= 'A' && label[0] <= 'Z' ? label[0] - 'A' + 'a' : label[0]);
                label = referent + " " + label;
            }
        }
    }
    if (naming_words(label) < 2) return std::nullopt;  // nothing a reader could name ("450 million")
    Draft d = finish(label, clause, sentence_of(clause.span.first), clause.span);
    if (const auto subject = antecedent(clause); !subject.empty()) {
        const std::string subject_people = who_in({subject.front(), subject.back() + 1});
        if (!subject_people.empty() && d.event.who.find(subject_people) == std::string::npos) {
            d.event.who = d.event.who.empty() ? subject_people : subject_people + "; " + d.event.who;
        }
    }
    d.role = Role::Happening;
    d.trip_cue = d.trip_cue || trip_frame;
    return d;
}

// Clauses the same date also dates: "Blinken's arrival on Monday came as the United
// States issued sanctions" (the "as" clause) and "in 2001, when a bridge collapsed" (the
// "when" clause right after the date).
std::optional<Draft> Article::simultaneous_event(const Clause& clause, Span timex, std::size_t sentence) const {
    const std::size_t e = clause.span.end;
    const auto& s = sentences_[sentence];
    if (e >= s.end_token || e == 0) return std::nullopt;
    const std::size_t as = tokens_[e].kind == TokenKind::Comma ? e + 1 : e;
    if (as >= s.end_token) return std::nullopt;
    const bool came_as = is_word(tokens_[as], "as") && gazetteer::is_simultaneity_verb(tokens_[e - 1].lower);
    const bool date_when = is_word(tokens_[as], "when") && tokens_[e].kind == TokenKind::Comma && timex.end == e;
    if (!came_as && !date_when) return std::nullopt;
    Clause next{{as + 1, s.end_token}, as, {}};
    if (const std::size_t k = stop_from_[as + 1]; k < s.end_token) next.span.end = k;
    return clause_label(std::nullopt, next);
}

// "the worst since 2001", "up 5% compared with 2019": a comparison's term, not a happening then.
bool Article::is_comparison_term(Span timex) const {
    const std::string_view before1 = timex.first > 0 ? std::string_view(tokens_[timex.first - 1].lower) : "";
    const std::string_view before2 = timex.first > 1 ? std::string_view(tokens_[timex.first - 2].lower) : "";
    return gazetteer::is_comparison_cue(before2, before1);
}

std::optional<std::size_t> Article::narrative_sentence(std::size_t index) const {
    const Span timex = timex_spans_[index];
    if (timex.first >= tokens_.size() || in_quote_[timex.first] || dates_nothing_[index] || is_comparison_term(timex))
        return std::nullopt;
    return sentence_of(timex.first);
}

std::vector<Draft> Article::describe(std::size_t index, bool stretch) const {
    const Span timex = timex_spans_[index];
    if (timex.first >= tokens_.size()) return {};
    const std::size_t sentence = sentence_of(timex.first);
    if (in_quote_[timex.first]) return {};  // "'We waited years for this day,' she said"
    if (dates_nothing_[index]) return {};
    const Clause clause = clause_around(timex, sentence);
    // (A comparison's "when" clause still dates its own happening: "since 1999, when a dam burst".)
    std::optional<Draft> main;
    if (is_comparison_term(timex)) {
        main = std::nullopt;
    } else if (stretch) {
        main = stretch_label(timex, clause);
    } else {
        main = noun_phrase_label(timex, clause);
        if (!main) main = premodifier_label(timex, clause);
        if (!main) main = clause_label(timex, clause);
    }
    std::vector<Draft> out;
    const int minutes = minutes_for(clause, timex, timex_values_[index]);
    const std::size_t position = tokens_[timex.first].begin;
    if (main) {
        // "later in the day" says more than its value "2021-03-23": keep the words.
        const bool day_value = timex_values_[index].size() == 10;
        const bool day_part_words = std::any_of(tokens_.begin() + static_cast<std::ptrdiff_t>(timex.first),
                                                tokens_.begin() + static_cast<std::ptrdiff_t>(timex.end),
                                                [](const Token& t) { return gazetteer::cue_minutes(t.lower) >= 0; });
        if (day_value && day_part_words) main->event.when_text = events_text::join(tokens_, timex.first, timex.end);
        main->minutes = minutes;
        main->position = position;
        for (std::size_t k = clause.span.first; k < std::min(clause.span.first + 2, clause.span.end); ++k) {
            main->follows_previous = main->follows_previous || gazetteer::is_sequence_cue(tokens_[k].lower);
        }
        out.push_back(std::move(*main));
    }
    auto also = simultaneous_event(clause, timex, sentence);
    // "served as finance minister until March 2024, when she resigned": the date ends a
    // state, and the "when" clause tells what happened then; the state is no event.
    const bool ends_a_state = timex.first > 0 && (is_word(tokens_[timex.first - 1], "until") || is_word(tokens_[timex.first - 1], "till"));
    if (also && ends_a_state && !out.empty()) out.pop_back();
    if (also) {
        also->minutes = minutes;
        also->position = position + 1;
        out.push_back(std::move(*also));
    }
    return out;
}

// ---- rendering ----------------------------------------------------------------------

std::string Article::render(const std::vector<std::size_t>& pieces_in) const {
    std::vector<Piece> pieces;
    std::size_t previous = npos;
    for (std::size_t i = 0; i < pieces_in.size(); ++i) {
        const std::size_t k = pieces_in[i];
        const Token& t = tokens_[k];
        if (t.kind == TokenKind::Quote || t.kind == TokenKind::Stop) continue;
        // Headlines drop possessive pronouns: "talks with counterparts".
        if (t.lower == "his" || t.lower == "her" || t.lower == "their") continue;
        Piece p;
        p.text = std::string(t.text);
        p.comma = t.kind == TokenKind::Comma;
        p.possessive = t.kind == TokenKind::Possessive;
        p.function_word = t.kind == TokenKind::Word && gazetteer::is_function_word(t.lower);
        // A comma inside a list of names ("Britain, France and Germany") is no place to cut.
        const bool between_names = k > 0 && k + 1 < tokens_.size() && events_text::is_capitalized(tokens_[k + 1]) &&
                                   (p.comma || (t.lower == "and" && events_text::is_capitalized(tokens_[k - 1])));
        p.cut_before = !between_names && (p.comma || (t.kind == TokenKind::Word && (gazetteer::is_np_boundary(t.lower) ||
                                                                 gazetteer::is_time_preposition(t.lower) ||
                                                                 t.lower == "of" || t.lower == "for" ||
                                                                 t.lower == "between" || t.lower == "on")));
        const bool attached = t.kind == TokenKind::Comma || t.kind == TokenKind::Possessive;
        p.space_before = previous + 1 == k ? t.space_before : !attached;
        std::size_t last = k;
        // A name the label can say shorter: a titled person by surname, "United States" as "US".
        if (const events_text::Name* n = name_at(k); n != nullptr && n->first == k) {
            const bool whole = i + (n->end - n->first) <= pieces_in.size() && pieces_in[i + (n->end - n->first) - 1] == n->end - 1;
            const std::string_view short_name = gazetteer::short_form(n->full);
            const bool known_person = n->kind == NameKind::Person || people_.count(last_word(*n)) != 0;
            if (whole && (known_person || !short_name.empty())) {
                p.text = known_person ? person_short_name(*n) : std::string(short_name);
                p.function_word = false;
                // "former Mayor Robert Hale" says "Hale", not "former Hale".
                if (known_person && !pieces.empty() && (pieces.back().text == "former" || pieces.back().text == "Former")) {
                    p.space_before = pieces.back().space_before;
                    pieces.pop_back();
                }
                if (!short_name.empty() && !pieces.empty() && (pieces.back().text == "the" || pieces.back().text == "The")) {
                    p.space_before = pieces.back().space_before;
                    pieces.pop_back();
                }
                last = n->end - 1;
                i += n->end - n->first - 1;
            }
        }
        previous = last;
        pieces.push_back(std::move(p));
    }
    trim_edges(pieces);
    shorten(pieces);
    return joined(pieces);
}

// The first place named with "in"/"at" (or "to" for a known place) in the span; "at NATO
// headquarters in Brussels" gives "NATO headquarters, Brussels", "at the Ministry of Trade in
// Nairobi" gives "Ministry of Trade, Nairobi".
std::string Article::place_in(Span span) const {
    std::string where;
    std::size_t next = npos;  // where a continuation of the place may start
    for (std::size_t k = span.first; k + 1 < span.end; ++k) {
        if (!where.empty() && k != next) break;
        const Token& t = tokens_[k];
        const bool comma_continuation = !where.empty() && t.kind == TokenKind::Comma;
        const bool prep = t.kind == TokenKind::Word &&
                          (t.lower == "in" || t.lower == "at" || t.lower == "to" || t.lower == "near");
        if (!prep && !comma_continuation) continue;
        // "at the Ministry of Trade": after "the" only a name known to be a place will do;
        // "near the town of Huonville": a settlement noun and "of" name one.
        const bool the = k + 2 < span.end && is_word(tokens_[k + 1], "the");
        const bool settlement = the && k + 4 < span.end && gazetteer::is_settlement_noun(tokens_[k + 2].lower) &&
                                is_word(tokens_[k + 3], "of");
        const std::size_t start = settlement ? k + 4 : the ? k + 2 : k + 1;
        const events_text::Name* n = name_at(start);
        if (n == nullptr || n->first != start || n->kind == NameKind::Person || n->end > span.end ||
            (the && !settlement && n->kind != NameKind::Place)) {
            if (!where.empty()) break;
            continue;
        }
        // "to" names a place only when the name is a known one or a verb of going comes
        // before it ("flies to Reykjavik"; not "spoke to Reuters")
        const bool destination = t.lower == "to" && k > 0 && gazetteer::is_motion_verb(tokens_[k - 1].lower);
        const bool acceptable = n->kind == NameKind::Place || settlement || destination ||
                                (t.lower != "to" && !comma_continuation);
        if (!acceptable) {
            if (!where.empty()) break;
            continue;
        }
        where += where.empty() ? n->full : ", " + n->full;
        next = n->end;
        k = n->end - 1;
    }
    return where;
}

// "go on to Auckland, where the Harbour Classic begins on Jan. 6": a clause opened by
// "where" happens at the place named just before it.
std::string Article::place_of_relative_where(const Clause& clause) const {
    const std::size_t k = clause.opener;
    if (k == npos || k < 2 || !is_word(tokens_[k], "where")) return {};
    std::size_t before = k - 1;
    if (tokens_[before].kind == TokenKind::Comma) --before;
    for (std::size_t first = before + 1; first-- > 0 && before - first < 6;) {
        const events_text::Name* n = name_at(first);
        if (n != nullptr && n->first == first && n->end == before + 1) {
            return n->kind == NameKind::Place ? n->full : std::string();
        }
    }
    return {};
}

std::string Article::where_for(const Clause& clause, std::size_t sentence, Span preferred, bool look_before) const {
    // A venue of a "where" clause is in the place the clause hangs on: "flies on to Nairobi,
    // where the minister receives her at the Ministry of Foreign Affairs".
    const std::string antecedent = place_of_relative_where(clause);
    auto in_antecedent = [&](std::string venue) {
        if (antecedent.empty() || gazetteer::is_place(venue) || venue.find(antecedent) != std::string::npos) return venue;
        return venue + ", " + antecedent;
    };
    if (std::string w = place_in(preferred); !w.empty()) return in_antecedent(std::move(w));
    if (std::string w = place_in(clause.span); !w.empty()) return in_antecedent(std::move(w));
    if (!antecedent.empty()) return antecedent;
    // A known place anywhere in the clause ("Afghanistan's Taliban"); countries with a
    // short form (US, EU) are mostly actors in news and not where things happen.
    // "counterparts from Britain" names where people come from, not where things happen.
    // A venue beats a country or city named as its owner: "Portugal's Lisbon Court of
    // Appeal will hear" is at the court.
    std::string known;
    for (std::size_t k = clause.span.first; k < clause.span.end; ++k) {
        const events_text::Name* n = name_at(k);
        const bool origin = k > 0 && is_word(tokens_[k - 1], "from");
        if (n == nullptr || n->first != k || n->kind != NameKind::Place || origin ||
            !gazetteer::short_form(n->full).empty())
            continue;
        if (!gazetteer::is_place(n->full)) return n->full;
        if (known.empty()) known = n->full;
        k = n->end - 1;
    }
    if (!known.empty()) return known;
    if (!look_before) return {};
    // The nearest place named earlier in the sentence.
    constexpr std::size_t look_back_tokens = 40;
    const auto& s = sentences_[sentence];
    const std::size_t from = std::max(s.first_token, clause.span.first > look_back_tokens ? clause.span.first - look_back_tokens : 0);
    std::string nearest;
    for (std::size_t k = from; k < clause.span.first; ++k) {
        if (std::string w = place_in({k, clause.span.first}); !w.empty()) {
            nearest = w;
            const events_text::Name* n = name_at(k + 1);
            if (n != nullptr) k = n->end - 1;
        }
    }
    if (!nearest.empty()) return nearest;
    for (std::size_t k = clause.span.first; k-- > from;) {
        const events_text::Name* n = name_at(k);
        if (n != nullptr && n->kind == NameKind::Place && gazetteer::short_form(n->full).empty()) return n->full;
    }
    return {};
}

std::string Article::who_in(Span span) const {
    std::vector<std::string> people;
    auto add = [&](const std::string& full) {
        if (std::find(people.begin(), people.end(), full) == people.end()) people.push_back(full);
    };
    for (std::size_t k = span.first; k < span.end; ++k) {
        const events_text::Name* n = name_at(k);
        if (n == nullptr) continue;
        if (n->kind == NameKind::Person) {
            add(n->full);
        } else if (auto p = people_.find(last_word(*n)); p != people_.end()) {
            add(p->second);  // "Blinken" or "Josep Borrell": the titled form named elsewhere
        }
        k = n->end - 1;
    }
    std::string out;
    for (const auto& p : people) out += (out.empty() ? "" : "; ") + p;
    return out;
}

int Article::minutes_for(const Clause& clause, Span timex, std::string_view value) const {
    const std::size_t t = value.find('T');
    if (t != std::string_view::npos && value.size() >= t + 3 && value[t + 1] >= '0' && value[t + 1] <= '9') {
        int minutes = ((value[t + 1] - '0') * 10 + (value[t + 2] - '0')) * 60;
        if (value.size() >= t + 6 && value[t + 3] == ':') minutes += (value[t + 4] - '0') * 10 + (value[t + 5] - '0');
        return minutes;
    }
    for (std::size_t k = std::min(clause.span.first, timex.first); k < std::max(clause.span.end, timex.end); ++k) {
        if (const int m = gazetteer::cue_minutes(tokens_[k].lower); m >= 0) return m;
    }
    return 12 * 60;
}

Draft Article::finish(std::string label, const Clause& clause, std::size_t sentence, Span focus) const {
    Draft d;
    d.event.label = std::move(label);
    // A clause opened by "as" after "came" is another happening, and what was said after
    // "said on Sunday that" is not where the speaker was: the places before it are not its own.
    const bool came_as = clause.opener != npos && is_word(tokens_[clause.opener], "as") && clause.opener > 0 &&
                         gazetteer::is_simultaneity_verb(tokens_[clause.opener - 1].lower);
    const bool said_that = clause.opener != npos && is_word(tokens_[clause.opener], "that");
    const bool own_clause_only = came_as || said_that;
    d.event.where = where_for(clause, sentence, focus, !own_clause_only);
    d.event.who = who_in(clause.span);
    const auto& s = sentences_[sentence];
    d.event.source = std::string(text_.substr(s.begin, s.end - s.begin));
    d.event.source_begin = s.begin;
    d.sentence = sentence;
    d.event.source_end = s.end;
    d.keywords = keywords_of(d.event.label);
    for (std::size_t k = clause.span.first; k < clause.span.end; ++k) {
        d.trip_cue = d.trip_cue || gazetteer::is_trip_cue(tokens_[k].lower);
    }
    return d;
}

// ---- trips --------------------------------------------------------------------------

bool Article::is_about_a_trip() const { return !traveler().empty(); }

std::string Article::full_name(const std::string& short_name) const {
    const auto p = people_.find(short_name);
    return p == people_.end() ? std::string() : p->second;
}

// The person named in the most sentences that talk about travel; an article is about a
// trip only when someone is named in two such sentences ("Blinken's arrival in Europe",
// "Blinken's itinerary in Brussels"), not merely because "visit" appears twice.
std::string Article::traveler() const {
    std::map<std::string, int> sentences_with;
    for (const auto& s : sentences_) {
        bool cue = false;
        for (std::size_t k = s.first_token; k < s.end_token; ++k) cue = cue || gazetteer::is_trip_cue(tokens_[k].lower);
        if (!cue) continue;
        std::set<std::string> named;
        for (std::size_t k = s.first_token; k < s.end_token; ++k) {
            if (people_.count(std::string(tokens_[k].text)) != 0) named.insert(std::string(tokens_[k].text));
        }
        for (const auto& n : named) ++sentences_with[n];
    }
    constexpr int min_sentences = 2;
    std::string best;
    int most = min_sentences - 1;
    for (const auto& [name, n] : sentences_with) {
        if (n > most) { most = n; best = name; }
    }
    return best;
}

std::set<std::string> Article::trip_places() const {
    std::set<std::string> places;
    for (const auto& s : sentences_) {
        for (std::size_t k = s.first_token; k < s.end_token; ++k) {
            if (!gazetteer::is_trip_cue(tokens_[k].lower)) continue;
            if (std::string w = place_in({k + 1, std::min(k + 6, s.end_token)}); !w.empty()) places.insert(w);
        }
    }
    return places;
}

std::vector<Draft> Article::undated_trip_items() const {
    std::vector<Draft> items;
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        const auto& s = sentences_[si];
        const bool dated = sentence_has_timex_[si];
        if (dated) continue;
        Clause clause{{s.first_token, s.end_token}, npos, {}};
        for (std::size_t k = s.first_token; k < s.end_token; ++k) {
            if (is_hard_boundary(k) && k > s.first_token) { clause.span.end = k; break; }
        }
        bool trip_frame = false;
        const auto object = frame_object(without_hedges(range(clause.span.first, clause.span.end)), trip_frame);
        if (!object || !trip_frame || object->empty()) continue;
        std::string label = render(*object);
        if (naming_words(label) < 2) continue;
        int position_cue = 0;
        for (std::size_t k = clause.span.first; k < object->front(); ++k) {
            if (const int c = gazetteer::trip_position_cue(tokens_[k].lower); c != 0) position_cue = c;
        }
        Draft d = finish(label, clause, si, {clause.span.first, object->front()});
        d.role = Role::TripItem;
        d.trip_cue = true;
        d.event.when_text = position_cue > 0 ? "end of the trip" : position_cue < 0 ? "start of the trip" : "during the trip";
        d.minutes = position_cue > 0 ? 24 * 60 + 2 : position_cue < 0 ? -1 : 24 * 60 + 1;
        d.position = s.begin;
        items.push_back(std::move(d));
    }
    return items;
}

// The sentence's first clause: up to a quotation, a full stop or the next clause ("He then
// held talks, which ..."). Empty when the sentence opens with a quotation.
Article::Clause Article::main_clause_of(std::size_t sentence) const {
    const auto& s = sentences_[sentence];
    Clause clause{{s.first_token, s.end_token}, npos, {}};
    if (s.first_token >= s.end_token || is_hard_boundary(s.first_token)) {
        clause.span.end = s.first_token;
        return clause;
    }
    clause.span.end = clause_end_from(s.first_token + 1, s.end_token, clause.gaps);
    return clause;
}

std::vector<Draft> Article::sequels() const {
    constexpr std::size_t cue_window = 3;  // "He then ...", "Then, ...", "Afterwards the two ..."
    std::vector<Draft> out;
    for (std::size_t si = 1; si < sentences_.size(); ++si) {
        const auto& s = sentences_[si];
        const bool dated = sentence_has_timex_[si];
        bool cue = false;
        for (std::size_t k = s.first_token; k < std::min(s.first_token + cue_window, s.end_token); ++k) {
            // "Since then" and "until then" look back; they do not sequence.
            const bool after_preposition = k > s.first_token && gazetteer::is_time_preposition(tokens_[k - 1].lower);
            cue = cue || (tokens_[k].kind == TokenKind::Word && gazetteer::is_sequence_cue(tokens_[k].lower) && !after_preposition);
        }
        if (dated || !cue) continue;
        if (auto d = clause_label(std::nullopt, main_clause_of(si))) {
            d->follows_previous = true;
            d->position = s.begin;
            out.push_back(std::move(*d));
        }
    }
    return out;
}

// The tense of a clause's first finite verb, with the lexicon's tense cues (the tagger's
// own, so that an expression and an undated clause are read alike). A copula tells a
// happening only as a passive ("were evacuated"); "had" and "has" set the clause before or
// up to now; a modal, a denial or a cue of another time ("earlier", "once") tells nothing
// the narrative's date can date.
Telling Article::telling_of(Span clause) const {
    for (std::size_t k = clause.first; k < clause.end; ++k) {
        const Token& t = tokens_[k];
        if (t.kind != TokenKind::Word) continue;
        // "didn't", "wasn't": one word in this view, a denial
        if (in_quote_[k] || gazetteer::is_other_time_word(t.lower) || t.lower.ends_with("n't")) return Telling::Other;
        const tagger::Word* w = tagger::lookup(t.lower);
        const std::uint32_t cats = w ? w->cats : 0;
        if (cats & tagger::kTenseFuture) {
            if (t.lower != "will" && t.lower != "shall") return Telling::Other;
            // "will be the first gathering of its kind": a state; "will be sworn in": a happening
            const bool be = k + 1 < clause.end && is_word(tokens_[k + 1], "be");
            const bool passive = be && k + 2 < clause.end && gazetteer::is_participle(tokens_[k + 2].lower);
            return be && !passive ? Telling::Other : Telling::Future;
        }
        if (cats & tagger::kTensePresent) return Telling::Other;
        // "-ed" words after a determiner are adjectives ("the injured"); names are not verbs.
        const bool after_determiner = k > clause.first && gazetteer::is_determiner(tokens_[k - 1].lower);
        const bool regular_past = !w && !events_text::is_capitalized(t) && !after_determiner && t.lower.size() >= 5 &&
                                  t.lower.ends_with("ed") && !t.lower.ends_with("eed");
        if (!(cats & tagger::kTensePast) && !regular_past) continue;
        if (t.lower == "had" || t.lower == "did" || t.lower == "been" || t.lower == "ago") return Telling::Other;
        // "Residents said many properties had not been inspected", "Stoltenberg said he
        // welcomed the approach": a statement, and what it reports is the speaker's account
        // or view, not a happening the narrative dates.
        if (gazetteer::is_reporting_verb(t.lower)) return Telling::Other;
        if (is_copula(t.lower)) {
            const bool passive = k + 1 < clause.end && gazetteer::is_participle(tokens_[k + 1].lower);
            return passive ? Telling::Past : Telling::Other;
        }
        return Telling::Past;
    }
    return Telling::Other;
}

std::vector<Draft> Article::continuations() const {
    std::vector<Draft> out;
    for (std::size_t si = 1; si < sentences_.size(); ++si) {
        if (!dates_in_sentence_[si].empty()) continue;
        const Clause clause = main_clause_of(si);
        if (clause.span.first >= clause.span.end || in_quote_[clause.span.first]) continue;
        const Telling telling = telling_of(clause.span);
        if (telling == Telling::Other) continue;
        auto d = clause_label(std::nullopt, clause);
        if (!d) continue;
        const LabelForm form = label_form(d->event.label);
        if (form == LabelForm::Fragment) continue;
        d->unresolved_subject = form == LabelForm::Unresolved;
        d->telling = telling;
        d->position = sentences_[si].begin;
        out.push_back(std::move(*d));
    }
    return out;
}

}  // namespace chronicle::events_label
