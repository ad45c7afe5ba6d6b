#pragma once
// The events builder's view of an article: tokens with byte spans, sentences, and the
// capitalized names in them (people with titles, places). Private to chronicle::core.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::tagger {
struct Tokens;
}

namespace chronicle::events_text {

enum class TokenKind {
    Word,        // letters/digits, with inner dots (U.S.), hyphens and apostrophes
    Possessive,  // "'s" / "’s" split from the word before it
    Comma,
    Stop,        // . ! ? …
    Quote,       // " “ ” ‘
    Dash,        // - – —
    Other,       // ; : ( ) and the rest
};

struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view text;  // view into the article
    std::string lower;      // lowercase ASCII form, typographic apostrophe as '
    TokenKind kind = TokenKind::Word;
    bool space_before = false;  // whitespace separates it from the previous token
    bool paragraph_before = false;  // a line break separates it from the previous token
};

struct Sentence {
    std::size_t begin = 0;        // byte span in the article
    std::size_t end = 0;
    std::size_t first_token = 0;  // token range [first_token, end_token)
    std::size_t end_token = 0;
};

struct View {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;  // the tagger's sentences, over these tokens
};
// The article through the tagger's tokenizer (tagger/tokenizer.cpp), its tokens regrouped
// into words with inner marks and abbreviation periods, its sentences the tagger's own.
View read(std::string_view text);
// The same, from the tagger's tokens of `text` (tagger::tokenize(text)), made once for both.
View read(std::string_view text, const tagger::Tokens& tokens);

bool is_capitalized(const Token& token);

enum class NameKind { Person, Place, Other };

struct Name {
    std::size_t first = 0;  // token range [first, end)
    std::size_t end = 0;
    NameKind kind = NameKind::Other;
    std::string full;        // "U.S. Secretary of State Antony Blinken"
    std::string short_name;  // "Blinken"; for places the name itself
};

// Names in the token range [first, end) of one sentence. A run of capitalized words is
// split at "and" once a person's name is complete; a run with a title word ending in a
// name is a person; runs in the place table (or ending in "headquarters"...) are places.
std::vector<Name> find_names(const std::vector<Token>& tokens, std::size_t first, std::size_t end);

// Joins tokens [first, end) as the article spells them, with single spaces.
std::string join(const std::vector<Token>& tokens, std::size_t first, std::size_t end);

}  // namespace chronicle::events_text
