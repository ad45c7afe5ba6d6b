// Tokens, sentences and names for the events builder. The article is UTF-8 news text with
// typographic quotes, no-break spaces and abbreviations ("Feb.", "U.S."): all handled here
// so that the rules in events_builder.cpp see clean words.
#include "events/events_text.hpp"

#include "tagger/tokenizer.hpp"

#include "events/gazetteer.hpp"

#include <algorithm>
#include <array>

namespace chronicle::events_text {

namespace {

// Multi-byte characters that are not letters for our purposes.
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

// Abbreviations whose period does not end a sentence.
constexpr auto abbreviations = std::to_array<std::string_view>({
    "apr", "aug", "corp", "dec", "dr", "feb", "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "ltd",
    "mr", "mrs", "ms", "no", "nov", "oct", "rep", "sen", "sep", "sept", "sr", "st", "vs",
});

const Special* special_at(std::string_view text, std::size_t i) {
    for (const auto& s : specials) {
        if (text.substr(i, s.bytes.size()) == s.bytes) return &s;
    }
    return nullptr;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_word_byte(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return is_alnum(text[i]);
    return special_at(text, i) == nullptr;  // other non-ASCII characters: letters (é, ß...)
}

std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
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

bool is_abbreviation(std::string_view lower_word) {
    // "u.s" of "U.S." and "a.m", but not a number such as "1678.5" ending a sentence.
    if (lower_word.find('.') != std::string_view::npos) return lower_word[0] >= 'a' && lower_word[0] <= 'z';
    if (lower_word.size() == 1 && lower_word[0] >= 'a' && lower_word[0] <= 'z') return true;  // initials
    return std::binary_search(abbreviations.begin(), abbreviations.end(), lower_word);
}

// Length of the apostrophe at i (1 for ', 3 for ’), or 0.
std::size_t apostrophe_at(std::string_view text, std::size_t i) {
    if (i < text.size() && text[i] == '\'') return 1;
    if (text.substr(i, 3) == "\xE2\x80\x99") return 3;
    return 0;
}

// Scans one word from `i`: letters and digits, inner '.', '-' and apostrophes. Stops
// before a possessive "'s" so that it becomes its own token.
std::size_t scan_word(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        if (is_word_byte(text, i)) { i += utf8_length(static_cast<unsigned char>(text[i])); continue; }
        const std::size_t apostrophe = apostrophe_at(text, i);
        const char c = text[i];
        // "3,000": a comma between digits is part of the number.
        const bool digit_comma = c == ',' && i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9' && i + 1 < text.size() &&
                                 text[i + 1] >= '0' && text[i + 1] <= '9';
        const bool inner_mark = c == '.' || c == '-' || apostrophe > 0 || digit_comma;
        const std::size_t next = i + (apostrophe > 0 ? apostrophe : 1);
        if (!inner_mark || next >= text.size() || !is_word_byte(text, next)) break;
        if (apostrophe > 0 && (text[next] == 's' || text[next] == 'S') &&
            (next + 1 >= text.size() || !is_word_byte(text, next + 1))) {
            break;  // possessive
        }
        i = next;
    }
    return i;
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

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    bool space = false;
    bool paragraph = false;
    std::size_t i = 0;
    auto push = [&](std::size_t begin, std::size_t end, TokenKind kind) {
        Token t;
        t.begin = begin;
        t.end = end;
        t.text = text.substr(begin, end - begin);
        t.lower = lower_of(t.text);
        t.kind = kind;
        t.space_before = space;
        t.paragraph_before = paragraph;
        tokens.push_back(std::move(t));
        space = paragraph = false;
    };
    while (i < text.size()) {
        if (is_ascii_space(text[i])) {
            space = true;
            paragraph = paragraph || text[i] == '\n';
            ++i;
            continue;
        }
        const std::size_t apostrophe = apostrophe_at(text, i);
        if (apostrophe > 0 && !tokens.empty() && tokens.back().kind == TokenKind::Word && !space &&
            i + apostrophe < text.size() && (text[i + apostrophe] == 's' || text[i + apostrophe] == 'S')) {
            // After a pronoun "'s" is "is" ("He's expected to ..."), not a possessive.
            const std::string& owner = tokens.back().lower;
            const bool contraction = owner == "he" || owner == "she" || owner == "it" || owner == "that" ||
                                     owner == "there" || owner == "what" || owner == "who" || owner == "here";
            push(i, i + apostrophe + 1, contraction ? TokenKind::Word : TokenKind::Possessive);
            if (contraction) tokens.back().lower = "is";
            i += apostrophe + 1;
            continue;
        }
        if (const Special* s = special_at(text, i)) {
            const std::size_t end = i + s->bytes.size();
            switch (s->role) {
                case Special::Space: space = true; break;
                case Special::Apostrophe: case Special::Quote: push(i, end, TokenKind::Quote); break;
                case Special::Dash: push(i, end, TokenKind::Dash); break;
                case Special::Stop: push(i, end, TokenKind::Stop); break;
            }
            i = end;
            continue;
        }
        if (is_word_byte(text, i)) {
            std::size_t end = scan_word(text, i);
            // The period of an abbreviation belongs to the word ("Feb.", "U.S.").
            if (end < text.size() && text[end] == '.' && is_abbreviation(lower_of(text.substr(i, end - i)))) ++end;
            push(i, end, TokenKind::Word);
            i = end;
            continue;
        }
        push(i, i + 1, ascii_punct_kind(text[i]));
        ++i;
    }
    return tokens;
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
    const tagger::Tokens cut = tagger::tokenize(text);
    std::vector<Sentence> sentences;
    std::size_t k = 0;
    for (std::size_t si = 0; si < cut.sentences.size() && k < tokens.size(); ++si) {
        // A token belongs to the sentence its first byte falls in (or the next one, when
        // it starts between two): the views cut words slightly differently.
        const std::size_t end_byte = si + 1 < cut.sentences.size() ? cut.sentences[si + 1].begin : text.size();
        const std::size_t first = k;
        while (k < tokens.size() && tokens[k].begin < end_byte) ++k;
        if (k > first) sentences.push_back({tokens[first].begin, tokens[k - 1].end, first, k});
    }
    if (k < tokens.size()) sentences.push_back({tokens[k].begin, tokens.back().end, k, tokens.size()});
    return sentences;
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
