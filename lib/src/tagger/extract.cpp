// The tagger's pipeline: tokenize once, find candidates with the grammar, resolve them in
// text order (anaphora read earlier mentions), and report byte spans and explanations.
// Long texts go through in pieces cut at paragraph breaks, so memory and speed do not
// depend on the length of the text; the resolver carries the last mention across pieces.
#include <chronicle/extract.hpp>

#include "tagger/grammar.hpp"
#include "tagger/resolve.hpp"
#include "tagger/extract_tokens.hpp"
#include "tagger/tokenizer.hpp"

#include <optional>
#include <utility>

namespace chronicle {

namespace {

constexpr std::size_t piece_target = 64 * 1024;  // cut after this many bytes...
constexpr std::size_t piece_limit = 256 * 1024;  // ...and before this many, whatever it takes

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Where the piece starting at `from` ends: after a blank line past the target size, else
// after a sentence end ". " past it, else at a space; the whole rest when it is short.
std::size_t piece_end(std::string_view text, std::size_t from) {
    if (text.size() - from <= piece_limit) return text.size();
    const std::size_t lo = from + piece_target;
    const std::size_t hi = from + piece_limit;
    if (const std::size_t p = text.find("\n\n", lo); p != std::string_view::npos && p < hi) return p + 2;
    // A sentence end: a lowercase word of four letters or more, a period, a space and a
    // capital (so "Feb. 15" and "Mr. Smith" are never cut).
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    for (std::size_t p = lo; p + 2 < hi; ++p)
        if ((text[p] == '.' || text[p] == '!' || text[p] == '?') && text[p + 1] == ' ' && text[p + 2] >= 'A' &&
            text[p + 2] <= 'Z' && lower(text[p - 1]) && lower(text[p - 2]) && lower(text[p - 3]) && lower(text[p - 4]))
            return p + 2;
    for (std::size_t p = hi; p > lo; --p)
        if (is_space(text[p - 1])) return p;
    return hi;  // no space at all: any cut is as good as another
}

void tag_tokens(std::string_view text, std::size_t base, const tagger::Tokens& tokens, tagger::Resolver& resolver,
                std::vector<Timex>& out) {
    const std::vector<tagger::Candidate> candidates = tagger::find_candidates(tokens);
    resolver.set_tokens(tokens);
    for (const tagger::Candidate& c : candidates) {
        tagger::Resolved r = resolver.resolve(c);
        if (r.value.empty()) continue;
        const tagger::Token& first = tokens.tokens[c.first];
        const tagger::Token& last = tokens.tokens[c.last - 1];
        const tagger::Sentence& sentence = tokens.sentences[first.sentence];
        Timex t;
        t.begin = base + first.begin;
        t.end = base + last.end;
        t.text = std::string(text.substr(t.begin, t.end - t.begin));
        t.type = r.type;
        t.value = std::move(r.value);
        t.mod = std::move(r.mod);
        t.quant = std::move(r.quant);
        t.freq = std::move(r.freq);
        t.sentence_begin = base + sentence.begin;
        t.sentence_end = base + sentence.end;
        t.rule = std::string(c.rule);
        t.anchor = std::move(r.anchor);
        t.tense = std::move(r.tense);
        out.push_back(std::move(t));
    }
}

void tag_piece(std::string_view text, std::size_t base, tagger::Resolver& resolver, std::vector<Timex>& out) {
    const std::string_view piece = text.substr(base, piece_end(text, base) - base);
    tag_tokens(text, base, tagger::tokenize(piece), resolver, out);
}

}  // namespace

namespace tagger {

std::vector<Timex> extract_keeping_tokens(std::string_view text, Date article_date, std::optional<Tokens>& tokens) {
    if (piece_end(text, 0) != text.size()) {
        tokens.reset();
        return extract(text, article_date);
    }
    tokens = tokenize(text);
    Resolver resolver(*tokens, article_date);
    std::vector<Timex> out;
    tag_tokens(text, 0, *tokens, resolver, out);
    return out;
}

}  // namespace tagger

void extract_each(std::string_view text, Date article_date, const std::function<void(Timex&&)>& sink,
                  const ExtractOptions&) {
    const tagger::Tokens none;
    tagger::Resolver resolver(none, article_date);
    std::vector<Timex> piece;  // one piece's expressions, its room reused by the next
    std::size_t base = 0;
    while (base < text.size()) {
        const std::size_t end = piece_end(text, base);
        piece.clear();
        tag_piece(text, base, resolver, piece);
        for (Timex& t : piece) sink(std::move(t));
        base = end;
    }
}

std::vector<Timex> extract(std::string_view text, Date article_date, const ExtractOptions& options) {
    std::vector<Timex> out;
    extract_each(text, article_date, [&out](Timex&& t) { out.push_back(std::move(t)); }, options);
    return out;
}

}  // namespace chronicle
