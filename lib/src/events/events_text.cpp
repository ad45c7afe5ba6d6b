// Tokens, sentences and names for the events builder, read from the tagger's tokens: the
// text is cut once, by one tokenizer with one sentence-boundary policy. This view only
// regroups the tagger's finer tokens into the words the label rules read ("U.S.", "Feb.",
// "ex-president", "10pm") and names their kinds (possessive, quote, dash, stop).
#include "events/events_text.hpp"

#include "tagger/tables.hpp"
#include "tagger/tokenizer.hpp"

#include "events/gazetteer.hpp"

#include <algorithm>
#include <array>

namespace chronicle::events_text {

namespace {

// Typographic marks and their kinds in this view (the tagger cuts them as tokens of their own).
struct Special {
    std::string_view bytes;
    enum { Space, Apostrophe, Quote, Dash, Stop } role;
};
constexpr std::array specials{
    Special{"\xC2\xA0", Special::Space},       Special{"\xE2\x80\xAF", Special::Space},
    Special{"\xE2\x80\x89", Special::Space},   Special{"\xE2\x80\x8A", Special::Space},
    Special{"\xE2\x80\x99", Special::Apostrophe}, Special{"\xE2\x80\x98", Special::Quote},
    Special{"\xE2\x80\x9C", Special::Quote},   Special{"\xE2\x80\x9D", Special::Quote},
    Special{"\xE2\x80\x93", Special::Dash},    Special{"\xE2\x80\x94", Special::Dash},
    Special{"\xE2\x80\xA6", Special::Stop},
};

const Special* special_at(std::string_view text, std::size_t i) {
    for (const auto& s : specials) {
        if (text.substr(i, s.bytes.size()) == s.bytes) return &s;
    }
    return nullptr;
}

std::string lower_of(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.substr(i, 3) == "\xE2\x80\x99") { out += '\''; i += 2; continue; }
        const char c = word[i];
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

// Whether the period after a word belongs to it. The abbreviations are the tagger's
// (tagger::takes_abbreviation_period), so the words agree with its sentence ends.
bool is_abbreviation(std::string_view lower_word, bool capitalized) {
    // "u.s" of "U.S." and "a.m", but not a number such as "1678.5" ending a sentence.
    if (lower_word.find('.') != std::string_view::npos) return lower_word[0] >= 'a' && lower_word[0] <= 'z';
    if (lower_word.size() == 1 && lower_word[0] >= 'a' && lower_word[0] <= 'z') return true;  // initials
    return tagger::takes_abbreviation_period(tagger::lookup(lower_word), lower_word, capitalized);
}

// Length of the apostrophe at i (1 for ', 3 for ’), or 0.
std::size_t apostrophe_at(std::string_view text, std::size_t i) {
    if (i < text.size() && text[i] == '\'') return 1;
    if (text.substr(i, 3) == "\xE2\x80\x99") return 3;
    return 0;
}

TokenKind ascii_punct_kind(char c) {
    switch (c) {
        case ',': return TokenKind::Comma;
        case '.': case '!': case '?': return TokenKind::Stop;
        case '"': case '\'': case '`': return TokenKind::Quote;
        // Symbols inside a phrase ("$300", "5%", "R&D") do not end it.
        case '$': case '%': case '&': case '/': case '+': case '#': case '@': case '*': case '=': return TokenKind::Word;
        case '-': return TokenKind::Dash;
        default: return TokenKind::Other;
    }
}

}  // namespace

namespace {

bool starts_word(const tagger::Token& t, std::string_view text) {
    if (t.kind == tagger::TokenKind::Punct) return false;
    return apostrophe_at(text, t.begin) == 0;  // "'s" and "'90s" begin with an apostrophe
}

// An inner mark of a word as the events view reads words: "U.S", "ex-president", "3,000".
bool is_inner_mark(std::string_view text, const tagger::Token& t) {
    const char c = text[t.begin];
    return (t.end - t.begin == 1 && (c == '.' || c == '-' || c == '\'' || c == ',')) ||
           text.substr(t.begin, t.end - t.begin) == "\xE2\x80\x99";
}

TokenKind punct_kind(std::string_view text, const tagger::Token& t) {
    const std::string_view s = text.substr(t.begin, t.end - t.begin);
    if (s.size() == 1) return ascii_punct_kind(s[0]);
    if (const Special* special = special_at(text, t.begin); special != nullptr && special->bytes.size() == s.size()) {
        switch (special->role) {
            case Special::Apostrophe: case Special::Quote: return TokenKind::Quote;
            case Special::Dash: return TokenKind::Dash;
            case Special::Stop: return TokenKind::Stop;
            case Special::Space: break;
        }
    }
    return TokenKind::Other;
}

// "the shareholders' meeting", "the workers' strike": an apostrophe right after a word in
// -s, before another word, is that word's possessive, unless a single quotation opened
// earlier in the sentence ("'We thank our fans' ...") that it may close.
bool plural_possessive_at(const View& view, std::string_view text, const tagger::Token& t, const tagger::Token* next) {
    if (apostrophe_at(text, t.begin) != t.end - t.begin || view.tokens.empty() || next == nullptr) return false;
    const Token& owner = view.tokens.back();
    if (owner.kind != TokenKind::Word || owner.end != t.begin || owner.lower.empty() || owner.lower.back() != 's') return false;
    if (next->begin == t.end || next->kind == tagger::TokenKind::Punct) return false;
    // (A quotation opened further back than this is no longer the one this closes, and the
    // bound keeps a text without full stops linear.)
    constexpr std::size_t quote_reach = 80;
    const std::size_t stop_at = view.tokens.size() > quote_reach ? view.tokens.size() - quote_reach : 0;
    for (auto k = view.tokens.size(); k-- > stop_at;) {
        const Token& before = view.tokens[k];
        if (before.kind == TokenKind::Stop || before.paragraph_before) break;
        if (before.kind == TokenKind::Quote && (before.text == "'" || before.text == "\xE2\x80\x98")) return false;
    }
    return true;
}

}  // namespace

View read(std::string_view text) { return read(text, tagger::tokenize(text)); }

View read(std::string_view text, const tagger::Tokens& cut) {
    const auto& in = cut.tokens;
    View view;
    view.tokens.reserve(in.size());
    std::vector<std::uint32_t> sentence_of;  // the tagger's sentence of each view token
    sentence_of.reserve(in.size());
    std::size_t previous_end = 0;
    auto push = [&](std::size_t begin, std::size_t end, TokenKind kind, std::uint32_t sentence) {
        Token t;
        t.begin = begin;
        t.end = end;
        t.text = text.substr(begin, end - begin);
        t.lower = lower_of(t.text);
        t.kind = kind;
        t.space_before = begin > previous_end;
        t.paragraph_before = text.substr(previous_end, begin - previous_end).find('\n') != std::string_view::npos;
        view.tokens.push_back(std::move(t));
        sentence_of.push_back(sentence);
        previous_end = end;
    };
    auto contiguous = [&](std::size_t k) { return k < in.size() && in[k].begin == in[k - 1].end; };
    std::size_t i = 0;
    while (i < in.size()) {
        const tagger::Token& t = in[i];
        const std::size_t apostrophe = apostrophe_at(text, t.begin);
        if (t.kind != tagger::TokenKind::Punct && apostrophe > 0) {
            // "'s" after a word is its possessive (or "is" after a pronoun); "'90s" and a
            // stray "'s" are a quote mark and a word.
            const bool owned = !view.tokens.empty() && view.tokens.back().kind == TokenKind::Word &&
                               view.tokens.back().end == t.begin && cut.lower_of(t) == "'s";
            if (owned) {
                const std::string& owner = view.tokens.back().lower;
                const bool contraction = owner == "he" || owner == "she" || owner == "it" || owner == "that" ||
                                         owner == "there" || owner == "what" || owner == "who" || owner == "here";
                push(t.begin, t.end, contraction ? TokenKind::Word : TokenKind::Possessive, t.sentence);
                if (contraction) view.tokens.back().lower = "is";
            } else {
                push(t.begin, t.begin + apostrophe, TokenKind::Quote, t.sentence);
                push(t.begin + apostrophe, t.end, TokenKind::Word, t.sentence);
            }
            ++i;
            continue;
        }
        if (!starts_word(t, text)) {
            if (plural_possessive_at(view, text, t, i + 1 < in.size() ? &in[i + 1] : nullptr)) {
                push(t.begin, t.end, TokenKind::Possessive, t.sentence);
                ++i;
                continue;
            }
            push(t.begin, t.end, punct_kind(text, t), t.sentence);
            ++i;
            continue;
        }
        // A word: the tagger's words and numbers glued without a space ("10pm", "A5"), or
        // joined by an inner mark before another of them ("U.S", "ex-president", "3,000").
        std::size_t e = i + 1;
        while (contiguous(e)) {
            if (starts_word(in[e], text)) { ++e; continue; }
            if (is_inner_mark(text, in[e]) && contiguous(e + 1) && starts_word(in[e + 1], text)) {
                const char mark = text[in[e].begin];
                const bool digits_around = text[in[e].begin - 1] >= '0' && text[in[e].begin - 1] <= '9' &&
                                           text[in[e + 1].begin] >= '0' && text[in[e + 1].begin] <= '9';
                if (mark == ',' && !digits_around) break;
                e += 2;
                continue;
            }
            break;
        }
        std::size_t end = in[e - 1].end;
        // The period of an abbreviation belongs to the word ("Feb.", "U.S.").
        if (contiguous(e) && text[in[e].begin] == '.' && in[e].end - in[e].begin == 1 &&
            is_abbreviation(lower_of(text.substr(t.begin, end - t.begin)), text[t.begin] >= 'A' && text[t.begin] <= 'Z')) {
            end = in[e].end;
            ++e;
        }
        push(t.begin, end, TokenKind::Word, t.sentence);
        i = e;
    }
    for (std::size_t k = 0; k < view.tokens.size(); ++k) {
        if (k == 0 || sentence_of[k] != sentence_of[k - 1])
            view.sentences.push_back({view.tokens[k].begin, view.tokens[k].end, k, k + 1});
        view.sentences.back().end = view.tokens[k].end;
        view.sentences.back().end_token = k + 1;
    }
    return view;
}

bool is_capitalized(const Token& token) {
    if (token.kind != TokenKind::Word || token.text.empty()) return false;
    const char c = token.text.front();
    if (c >= 'A' && c <= 'Z') return true;
    // Non-ASCII capitals of Latin-1 Supplement/Extended-A written as two bytes (É, Ö...).
    const auto lead = static_cast<unsigned char>(c);
    return lead == 0xC3 && token.text.size() > 1 && static_cast<unsigned char>(token.text[1]) < 0x9F;
}

std::string join(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    std::string out;
    for (std::size_t i = first; i < end; ++i) {
        if (i > first && tokens[i].space_before) out += ' ';
        out += tokens[i].text;
    }
    return out;
}

namespace {

bool is_name_word(const Token& t) {
    return is_capitalized(t) && !gazetteer::is_month_or_weekday(t.text);
}

// A capitalized run from `i`: capitalized words, with lowercase connectors ("of", "von")
// when a capitalized word follows them.
std::size_t run_end(const std::vector<Token>& tokens, std::size_t i, std::size_t end) {
    std::size_t last = i + 1;
    for (std::size_t k = i + 1; k < end; ++k) {
        if (tokens[k].space_before == false && tokens[k].kind == TokenKind::Word) break;
        if (is_name_word(tokens[k])) { last = k + 1; continue; }
        // Connectors and particles join the run when a capitalized word follows them
        // ("Secretary of State", "Ursula von der Leyen").
        std::size_t after = k;
        while (after < end && tokens[after].kind == TokenKind::Word &&
               (gazetteer::is_title_connector(tokens[after].lower) || gazetteer::is_name_particle(tokens[after].lower))) {
            ++after;
        }
        if (after > k && after < end && is_name_word(tokens[after])) { k = after - 1; continue; }
        break;
    }
    return last;
}

bool has_title(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    for (std::size_t k = first; k < end; ++k) {
        if (gazetteer::is_title_word(tokens[k].text)) return true;
    }
    return false;
}

// The personal name at the end of a titled run: the words after the last title word.
std::size_t name_start(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    std::size_t start = first;
    for (std::size_t k = first; k < end; ++k) {
        if (gazetteer::is_title_word(tokens[k].text)) start = k + 1;
    }
    // A "of State" or "for Foreign Affairs" tail still belongs to the title: the name is
    // the last stretch without connectors, particles excepted.
    for (std::size_t k = end; k > start; --k) {
        if (gazetteer::is_title_connector(tokens[k - 1].lower)) { start = k; break; }
    }
    return start;
}

std::string short_person_name(const std::vector<Token>& tokens, std::size_t name_first, std::size_t end) {
    // The surname with its particles: "von der Leyen", "Blinken".
    std::size_t k = end - 1;
    while (k > name_first && gazetteer::is_name_particle(tokens[k - 1].lower)) --k;
    return join(tokens, k, end);
}

Name classify(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    Name name;
    name.first = first;
    name.end = end;
    name.full = join(tokens, first, end);
    name.short_name = name.full;
    // "Ministry of Foreign Affairs", "Western Cape High Court": an institution or building,
    // though a title word ("Foreign", "High") sits inside it.
    // "Lisbon Court of Appeal", "Palace of Justice": a venue noun before "of" heads it too.
    bool venue_of = false;
    for (std::size_t k = first + 1; k + 1 < end && !venue_of; ++k)
        venue_of = tokens[k + 1].lower == "of" && gazetteer::is_venue_tail(tokens[k - 1].lower, tokens[k].lower);
    const bool venue = end - first >= 2 && (gazetteer::is_place_head(tokens[first].lower) || venue_of ||
                                            gazetteer::is_venue_tail(tokens[end - 2].lower, tokens[end - 1].lower));
    if (venue) {
        name.kind = NameKind::Place;
        return name;
    }
    if (has_title(tokens, first, end) && !gazetteer::is_title_word(tokens[end - 1].text)) {
        const std::size_t start = name_start(tokens, first, end);
        // "General Motors" is a company: "General" alone titles only a full name
        // ("General Mark Milley"); after another title it is part of it ("Secretary General").
        const bool lone_general = start == first + 1 && tokens[first].text == "General" && end - start < 2;
        if (start < end && !lone_general) {
            name.kind = NameKind::Person;
            name.short_name = short_person_name(tokens, start, end);
            return name;
        }
    }
    if (gazetteer::is_place(name.full)) name.kind = NameKind::Place;
    return name;
}

}  // namespace

std::vector<Name> find_names(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    std::vector<Name> names;
    std::size_t i = first;
    while (i < end) {
        if (!is_name_word(tokens[i]) || (i == first && gazetteer::is_function_word(tokens[i].lower))) { ++i; continue; }
        std::size_t stop = run_end(tokens, i, end);
        // Split "President Ursula von der Leyen and EU High Representative ... Josep Borrell"
        // at "and" once a titled name is complete; "Prime Minister and Minister" stays whole.
        std::size_t from = i;
        for (std::size_t k = i + 1; k < stop; ++k) {
            if (tokens[k].lower != "and") continue;
            // A complete name has at least two words after its title ("President Ursula von
            // der Leyen"); "Representative for Foreign Affairs and Security Policy" is one title.
            if (has_title(tokens, from, k) && !gazetteer::is_title_word(tokens[k - 1].text) &&
                k - name_start(tokens, from, k) >= 2) {
                names.push_back(classify(tokens, from, k));
                from = k + 1;
            }
        }
        if (from < stop) names.push_back(classify(tokens, from, stop));
        // A lowercase place noun makes the run a place: "NATO headquarters".
        if (stop < end && gazetteer::is_place_noun(tokens[stop].lower) && names.back().kind == NameKind::Other) {
            names.back().end = stop + 1;
            names.back().full = join(tokens, names.back().first, stop + 1);
            names.back().short_name = names.back().full;
            names.back().kind = NameKind::Place;
            ++stop;
        }
        i = stop;
    }
    return names;
}

}  // namespace chronicle::events_text
