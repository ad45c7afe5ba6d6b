#pragma once
// Splits a text once into small tokens that keep their UTF-8 byte offsets, with the
// lexicon entry of each word looked up in advance, and into sentences.
#include "tagger/tables.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::tagger {

enum class TokenKind : std::uint8_t { Word, Number, Punct };

struct Token {
    std::uint32_t begin = 0;   // byte offsets into the text
    std::uint32_t end = 0;
    std::uint32_t lower = 0;   // offset of the lowercase spelling in Tokens::lower
    std::uint32_t lower_len = 0;
    std::uint32_t sentence = 0;  // index into Tokens::sentences
    std::int32_t number = -1;  // Number: value of the integer part (capped), else -1
    const Word* word = nullptr;  // lexicon entry of a word (or "$", "%"), else nullptr
    TokenKind kind = TokenKind::Punct;
    std::uint8_t digits = 0;     // Number: count of digits of the integer part
    bool space_before = true;    // whitespace (or start of text) before this token
    bool capitalized = false;    // Word starting with an uppercase ASCII letter
    bool line_start = false;     // first token of a line
    // How a Number was written, one bit each: set by the tokenizer on numbers only, so packed
    // into one byte to keep a token at 40 bytes (five tokens in three cache lines, not 48 each).
    bool grouped : 1 = false;     // with "," or "." ("2,018", "3.5")
    bool ordinal : 1 = false;     // "23rd", "1st"
    bool decade : 1 = false;      // "1990s" or "'90s"
    bool short_year : 1 = false;  // with a leading apostrophe: "'90s", "'98"
};

struct Sentence {
    std::uint32_t begin = 0;  // byte span in the text
    std::uint32_t end = 0;
    std::uint32_t first_token = 0;  // token range
    std::uint32_t last_token = 0;   // one past
};

// The room for the lowercase spellings, which the tokenizer sizes to the text and writes
// through a cursor. Allocated without being zero-filled: std::string::resize wrote every byte
// of a buffer the size of the text before the tokenizer wrote it again.
class SpellingBuffer {
public:
    void allocate(std::size_t size) { bytes_ = std::make_unique_for_overwrite<char[]>(size); }
    char* data() { return bytes_.get(); }
    const char* data() const { return bytes_.get(); }

private:
    std::unique_ptr<char[]> bytes_;
};

struct Tokens {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    SpellingBuffer lower;  // lowercase spellings of all tokens, back to back

    // No bounds check: the tokenizer sets lower/lower_len inside `lower` (a hot path).
    std::string_view lower_of(const Token& t) const { return std::string_view(lower.data() + t.lower, t.lower_len); }
};

// Tokenizes `text` (valid UTF-8). No-break spaces and other Unicode spaces separate tokens;
// curly quotes and apostrophes are read as their ASCII forms in the lowercase spelling.
Tokens tokenize(std::string_view text);

}  // namespace chronicle::tagger
