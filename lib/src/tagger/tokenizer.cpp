// One pass over the bytes: classify, cut tokens, then cut sentences over the tokens.
#include "tagger/tokenizer.hpp"

#include <bit>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chronicle::tagger {

namespace {

bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

constexpr std::uint64_t kHighBits = 0x8080808080808080u;
constexpr std::uint64_t kByteOnes = 0x0101010101010101u;

// Bit 7 set in each byte of `chunk` that is an ASCII letter (A-Z, a-z), all other bits clear.
// Each byte is folded to lowercase and to 7 bits, so the two additions cannot carry into the
// next byte; bytes of 0x80 and above (UTF-8) are never letters here.
std::uint64_t ascii_letter_bytes(std::uint64_t chunk) {
    const std::uint64_t folded = (chunk | (0x20 * kByteOnes)) & ~kHighBits;
    const std::uint64_t at_least_a = folded + (0x80 - 'a') * kByteOnes;
    const std::uint64_t above_z = folded + (0x80 - 'z' - 1) * kByteOnes;
    return at_least_a & ~above_z & ~chunk & kHighBits;
}
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence starting with lead byte c (1 for invalid leads).
std::size_t utf8_length(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) return 2;
    if ((c & 0xF0) == 0xE0) return 3;
    if ((c & 0xF8) == 0xF0) return 4;
    return 1;
}

// Non-ASCII characters the tokenizer must understand; everything else non-ASCII is a
// letter (names like "Wilmès").
enum class Special { None, Space, SingleQuote, DoubleQuote, Dash, Ellipsis };

Special special_at(std::string_view text, std::size_t i) {
    const auto c0 = static_cast<unsigned char>(text[i]);
    if (c0 == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0)
        return Special::Space;  // U+00A0
    if (c0 != 0xE2 || i + 2 >= text.size()) return Special::None;
    const auto c1 = static_cast<unsigned char>(text[i + 1]);
    const auto c2 = static_cast<unsigned char>(text[i + 2]);
    if (c1 == 0x80) {
        if (c2 >= 0x80 && c2 <= 0x8B) return Special::Space;  // U+2000..U+200B
        if (c2 == 0xAF) return Special::Space;                // U+202F narrow no-break
        if (c2 >= 0x90 && c2 <= 0x95) return Special::Dash;   // U+2010..U+2015
        if (c2 >= 0x98 && c2 <= 0x9B) return Special::SingleQuote;
        if (c2 >= 0x9C && c2 <= 0x9F) return Special::DoubleQuote;
        if (c2 == 0xA6) return Special::Ellipsis;
    }
    if (c1 == 0x81 && c2 == 0x9F) return Special::Space;  // U+205F
    return Special::None;
}

bool is_space_at(std::string_view text, std::size_t i, std::size_t& length) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        length = 1;
        return true;
    }
    if (c >= 0x80 && special_at(text, i) == Special::Space) {
        length = utf8_length(c);
        return true;
    }
    return false;
}

bool is_apostrophe_at(std::string_view text, std::size_t i) {
    if (i >= text.size()) return false;
    if (text[i] == '\'') return true;
    return static_cast<unsigned char>(text[i]) >= 0x80 &&
           special_at(text, i) == Special::SingleQuote;
}

std::size_t apostrophe_length(std::string_view text, std::size_t i) {
    return text[i] == '\'' ? 1 : 3;
}

bool is_letter_at(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return is_ascii_letter(c);
    return special_at(text, i) == Special::None;
}

class Cutter {
public:
    explicit Cutter(std::string_view text) : text_(text) {
        out_.tokens.reserve(text.size() / 4 + 4);  // about one token per 4.5 bytes of news text
        // Every lowercase spelling is at most as long as its token (curly quotes and
        // apostrophes shrink to ASCII), so the spellings fit in a buffer the size of the text,
        // written through a cursor without capacity checks.
        out_.lower.allocate(text.size() + 16);
    }

    Tokens run() {
        std::size_t i = 0;
        const std::size_t n = text_.size();
        while (i < n) {
            // One plain space after a token is the common case: it is stepped over without a
            // branch. (Whether a space or a punctuation mark follows a word is data the branch
            // predictor cannot learn: the space test was a sixth of the tokenizer's
            // mispredicted branches, by cachegrind's branch simulation.)
            const bool plain_space = text_[i] == ' ';
            space_before_ = space_before_ || plain_space;
            i += static_cast<std::size_t>(plain_space);
            if (i >= n) break;
            std::size_t space_len = 0;
            if (is_space_at(text_, i, space_len)) {
                if (text_[i] == '\n') line_start_ = true;
                space_before_ = true;
                i += space_len;
                continue;
            }
            i = cut_token(i);  // pushes exactly one token
        }
        return std::move(out_);
    }

    // The tokens where a sentence may end or begin, in order: the ".", "!" and "?" marks
    // and the first token of each line. cut_sentences looks at these only, not at every token.
    const std::vector<std::uint32_t>& sentence_marks() const { return marks_; }

private:
    std::vector<std::uint32_t> marks_;
    std::string_view text_;
    const LexiconIndex& index_ = lexicon_index();
    Tokens out_;
    std::size_t cursor_ = 0;  // end of the lowercase spellings written so far in out_.lower
    // What lies between the last token and the next: whitespace (or the start of the text),
    // and a line break. push() writes them into the token it builds, where they were once
    // stored by the loop after the token was cut, at the cost of finding the token again.
    bool space_before_ = true;
    bool line_start_ = true;

    void put(char c) { out_.lower.data()[cursor_++] = c; }

    // Copies the ASCII letters from text position j on, lowercased; returns where they end.
    // Eight bytes at a time where eight remain: the end of a word is then found with one
    // count of trailing zeros instead of a loop exit per word, whose misprediction was the
    // tokenizer's largest single cost. Letters are lowered by setting bit 5 of letter bytes
    // only; the bytes stored past the word are overwritten by the next spelling.
    std::size_t copy_ascii_letters(std::size_t j) {
        const char* src = text_.data();
        const std::size_t n = text_.size();
        char* dst = out_.lower.data();
        std::size_t w = cursor_;
#if defined(__SSE2__)
        // Sixteen bytes at a time where the machine has SSE2 (every x86-64): nearly every word
        // then ends in the first round, where at eight bytes a word of nine letters or more
        // took a second round, and that loop branch was mispredicted for about one word in
        // eight. The writes stay inside the spelling buffer: it has 16 bytes past the text,
        // and a spelling never runs ahead of its text.
        while (j + 16 <= n) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + j));
            // A letter is a byte whose lowercase (| 0x20) is 'a'..'z': shifted by 128 - 'a',
            // those are the 26 smallest signed bytes, and no other byte lands among them.
            const __m128i folded = _mm_or_si128(chunk, _mm_set1_epi8(0x20));
            const __m128i shifted = _mm_add_epi8(folded, _mm_set1_epi8(static_cast<char>(128 - 'a')));
            const __m128i letters = _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + 26)));
            const __m128i lowered = _mm_or_si128(chunk, _mm_and_si128(letters, _mm_set1_epi8(0x20)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + w), lowered);
            const auto mask = static_cast<unsigned>(_mm_movemask_epi8(letters));
            if (mask == 0xFFFFu) {
                j += 16;
                w += 16;
                continue;
            }
            const auto count = static_cast<std::size_t>(std::countr_zero(~mask));
            cursor_ = w + count;
            return j + count;
        }
#endif
        while (j + 8 <= n) {
            std::uint64_t chunk;
            std::memcpy(&chunk, src + j, 8);
            const std::uint64_t letters = ascii_letter_bytes(chunk);
            const std::uint64_t lowered = chunk | (letters >> 2);
            std::memcpy(dst + w, &lowered, 8);
            const std::uint64_t others = ~letters & kHighBits;
            if (others == 0) {
                j += 8;
                w += 8;
                continue;
            }
            const auto count = static_cast<std::size_t>(std::countr_zero(others)) / 8;
            cursor_ = w + count;
            return j + count;
        }
        while (j < n) {
            const auto lower = static_cast<unsigned char>(static_cast<unsigned char>(src[j]) | 0x20);
            if (lower < 'a' || lower > 'z') break;
            dst[w++] = static_cast<char>(lower);
            ++j;
        }
        cursor_ = w;
        return j;
    }
    void put(std::string_view s) {
        for (const char c : s) out_.lower.data()[cursor_++] = c;
    }

    // Built in place: a Token assembled on the stack and copied in cost a store-forwarding
    // stall per token, a fifth of the tokenizer's time.
    Token& push(std::size_t begin, std::size_t end, TokenKind kind) {
        Token& t = out_.tokens.emplace_back();
        t.begin = static_cast<std::uint32_t>(begin);
        t.end = static_cast<std::uint32_t>(end);
        t.kind = kind;
        t.space_before = space_before_;
        t.line_start = line_start_;
        space_before_ = false;
        line_start_ = false;
        t.lower = static_cast<std::uint32_t>(cursor_);
        if (t.line_start) [[unlikely]] marks_.push_back(static_cast<std::uint32_t>(out_.tokens.size() - 1));
        return t;
    }

    void finish_lower(Token& t) {
        t.lower_len = static_cast<std::uint32_t>(cursor_) - t.lower;
        // out_.lower has 16 bytes beyond the text's length, so 8 past any spelling are readable.
        // Every spelling is looked up: the look-up has no branch for a short word, where a
        // shape test first was a branch mispredicted for one word in three.
        t.word = index_.find_padded(std::string_view(out_.lower.data() + t.lower, t.lower_len));
    }

    std::size_t cut_token(std::size_t i) {
        const auto c = static_cast<unsigned char>(text_[i]);
        if (is_digit(c)) return cut_number(i);
        if (is_apostrophe_at(text_, i)) {
            const std::size_t next = i + apostrophe_length(text_, i);
            if (next < text_.size() && is_digit(static_cast<unsigned char>(text_[next])))
                return cut_short_year(i, next);
            if (next < text_.size() && (text_[next] | 0x20) == 's' &&
                (next + 1 >= text_.size() || !is_letter_at(text_, next + 1)))
                return cut_possessive(i, next + 1);
        }
        if (is_letter_at(text_, i)) return cut_word(i);
        return cut_punct(i);
    }

    std::size_t cut_word(std::size_t i) {
        Token& t = push(i, i, TokenKind::Word);
        t.capitalized = text_[i] >= 'A' && text_[i] <= 'Z';
        std::size_t j = i;
        while (j < text_.size()) {
            // A run of ASCII letters first (most of the text), lowered as it is copied, with
            // the pointers in locals so the loop stays in registers.
            if (const std::size_t run_end = copy_ascii_letters(j); run_end > j) {
                j = run_end;
                continue;
            }
            const auto a = static_cast<unsigned char>(text_[j]);
            if (a < 0x80 && a != '\'') break;
            if (is_letter_at(text_, j)) {
                const auto c = static_cast<unsigned char>(text_[j]);
                const std::size_t n = utf8_length(c);
                if (c < 0x80)
                    put(static_cast<char>(c | 0x20));
                else
                    put(text_.substr(j, n));
                j += n;
                continue;
            }
            // An apostrophe inside a word ("don't", "o'clock") but not a possessive "'s".
            if (is_apostrophe_at(text_, j)) {
                const std::size_t next = j + apostrophe_length(text_, j);
                const bool possessive =
                    next < text_.size() && (text_[next] | 0x20) == 's' &&
                    (next + 1 >= text_.size() || !is_letter_at(text_, next + 1));
                if (!possessive && next < text_.size() && is_letter_at(text_, next)) {
                    put('\'');
                    j = next;
                    continue;
                }
            }
            break;
        }
        t.end = static_cast<std::uint32_t>(j);
        finish_lower(t);
        return j;
    }

    std::size_t cut_possessive(std::size_t i, std::size_t end) {
        Token& t = push(i, end, TokenKind::Word);
        put("'s");
        finish_lower(t);
        return end;
    }

    // Digits with thousands groups or a decimal part, and the suffixes "st/nd/rd/th" and
    // "s" ("1990s"); other letters after digits ("10pm") become their own word token.
    std::size_t cut_number(std::size_t i) {
        Token& t = push(i, i, TokenKind::Number);
        std::int64_t value = 0;
        std::size_t j = i;
        std::size_t digits = 0;
        while (j < text_.size() && is_digit(static_cast<unsigned char>(text_[j]))) {
            if (value < std::numeric_limits<std::int32_t>::max() / 10) value = value * 10 + (text_[j] - '0');
            ++j;
            ++digits;
        }
        // "2,018" or "3.5": a separator between digits keeps one token.
        while (j + 1 < text_.size() && (text_[j] == ',' || text_[j] == '.') &&
               is_digit(static_cast<unsigned char>(text_[j + 1]))) {
            const bool thousands = text_[j] == ',';
            t.grouped = true;
            ++j;
            while (j < text_.size() && is_digit(static_cast<unsigned char>(text_[j]))) {
                if (thousands && value < std::numeric_limits<std::int32_t>::max() / 10)
                    value = value * 10 + (text_[j] - '0');
                ++j;
            }
        }
        t.number = static_cast<std::int32_t>(value);
        t.digits = static_cast<std::uint8_t>(digits > 255 ? 255 : digits);
        j = cut_number_suffix(t, j);
        put(text_.substr(t.begin, j - t.begin));
        t.end = static_cast<std::uint32_t>(j);
        t.lower_len = static_cast<std::uint32_t>(cursor_) - t.lower;
        return j;
    }

    std::size_t cut_number_suffix(Token& t, std::size_t j) {
        std::size_t k = j;
        while (k < text_.size() && is_ascii_letter(static_cast<unsigned char>(text_[k]))) ++k;
        if (k == j || t.grouped) return j;
        std::string suffix;
        for (std::size_t m = j; m < k; ++m) suffix.push_back(static_cast<char>(text_[m] | 0x20));
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
            t.ordinal = true;
            return k;
        }
        if (suffix == "s") {
            t.decade = true;
            return k;
        }
        return j;
    }

    std::size_t cut_short_year(std::size_t i, std::size_t digits_at) {
        std::size_t j = digits_at;
        int value = 0;
        while (j < text_.size() && is_digit(static_cast<unsigned char>(text_[j])) && j - digits_at < 3) {
            value = value * 10 + (text_[j] - '0');
            ++j;
        }
        const bool two_digits = j - digits_at == 2 &&
                                (j >= text_.size() || !is_digit(static_cast<unsigned char>(text_[j])));
        if (!two_digits) return cut_punct(i);
        Token& t = push(i, j, TokenKind::Number);
        t.number = value;
        t.digits = 2;
        t.short_year = true;
        if (j < text_.size() && (text_[j] | 0x20) == 's' &&
            (j + 1 >= text_.size() || !is_letter_at(text_, j + 1))) {
            t.decade = true;
            ++j;
            t.end = static_cast<std::uint32_t>(j);
        }
        put('\'');
        put(text_.substr(digits_at, j - digits_at));
        t.lower_len = static_cast<std::uint32_t>(cursor_) - t.lower;
        return j;
    }

    std::size_t cut_punct(std::size_t i) {
        const auto c = static_cast<unsigned char>(text_[i]);
        const std::size_t n = utf8_length(c);
        Token& t = push(i, i + n, TokenKind::Punct);
        if (c < 0x80) {
            put(static_cast<char>(c));
            const auto index = static_cast<std::uint32_t>(out_.tokens.size() - 1);
            if ((c == '.' || c == '!' || c == '?') && (marks_.empty() || marks_.back() != index)) marks_.push_back(index);
            t.lower_len = 1;
            t.word = index_.single[c];  // what finish_lower would find, without the hashing
            return i + 1;
        }
        switch (special_at(text_, i)) {
            case Special::SingleQuote: put('\''); break;
            case Special::DoubleQuote: put('"'); break;
            case Special::Dash: put('-'); break;
            case Special::Ellipsis: put("..."); break;
            default: put(text_.substr(i, n)); break;
        }
        finish_lower(t);
        return i + n;
    }
};

bool is_sentence_final(std::string_view s) { return s == "." || s == "!" || s == "?"; }
bool is_closing(std::string_view s) { return s == "\"" || s == "'" || s == ")" || s == "]"; }

// A period after an abbreviation ("Feb.", "U.S.", "Mr.") or an initial does not end a
// sentence; neither does one followed by a lowercase word or a digit.
bool period_ends_sentence(const Tokens& out, std::size_t dot, std::string_view text) {
    const auto& toks = out.tokens;
    if (out.lower_of(toks[dot]) != ".") return true;
    if (dot > 0 && !toks[dot].space_before) {
        const Token& prev = toks[dot - 1];
        if (prev.kind == TokenKind::Word && prev.word && !(prev.word->cats & kMonth) &&
            takes_abbreviation_period(prev.word, out.lower_of(prev), prev.capitalized))
            return false;
        if (prev.kind == TokenKind::Word && prev.end - prev.begin == 1) return false;
    }
    std::size_t next = dot + 1;
    while (next < toks.size() && is_closing(out.lower_of(toks[next])) && !toks[next].space_before) ++next;
    if (next >= toks.size()) return true;
    const Token& n = toks[next];
    if (n.kind == TokenKind::Word && !n.capitalized) {
        const auto c = static_cast<unsigned char>(text[n.begin]);
        if (c < 0x80) return false;
    }
    return true;
}

// `marks`: the tokens where a sentence may end or begin (Cutter::sentence_marks); the others
// are never looked at.
void cut_sentences(Tokens& out, std::string_view text, const std::vector<std::uint32_t>& marks) {
    auto& toks = out.tokens;
    std::uint32_t first = 0;
    auto close = [&](std::size_t last_exclusive) {
        if (last_exclusive <= first) return;
        Sentence s;
        s.first_token = first;
        s.last_token = static_cast<std::uint32_t>(last_exclusive);
        s.begin = toks[first].begin;
        s.end = toks[last_exclusive - 1].end;
        for (std::size_t k = first; k < last_exclusive; ++k)
            toks[k].sentence = static_cast<std::uint32_t>(out.sentences.size());
        out.sentences.push_back(s);
        first = static_cast<std::uint32_t>(last_exclusive);
    };
    std::size_t resume = 0;  // marks before it are inside the closing run of the last sentence end
    for (const std::size_t i : marks) {
        if (i < resume) continue;
        // A blank line (paragraph break, headline) ends a sentence.
        if (i > first && toks[i].line_start) {
            bool blank = false;
            std::size_t newlines = 0;
            for (std::size_t p = toks[i - 1].end; p < toks[i].begin; ++p)
                if (text[p] == '\n') ++newlines;
            blank = newlines >= 2;
            if (blank) close(i);
        }
        const std::string_view s = out.lower_of(toks[i]);
        if (!is_sentence_final(s)) continue;
        std::size_t end = i + 1;
        while (end < toks.size() && is_closing(out.lower_of(toks[end])) && !toks[end].space_before) ++end;
        if (end < toks.size() && !toks[end].space_before) continue;  // "3.5", "U.S."
        if (period_ends_sentence(out, i, text)) {
            close(end);
            resume = end;
        }
    }
    close(toks.size());
}

}  // namespace

Tokens tokenize(std::string_view text) {
    Cutter cutter(text);
    Tokens out = cutter.run();
    cut_sentences(out, text, cutter.sentence_marks());
    return out;
}

}  // namespace chronicle::tagger
