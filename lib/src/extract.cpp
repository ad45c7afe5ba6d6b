// The tagger's pipeline: tokenize once, find candidates with the grammar, resolve them in
// text order (anaphora read earlier mentions), and report byte spans and explanations.
#include <chronicle/extract.hpp>

#include "grammar.hpp"
#include "resolve.hpp"
#include "tokenizer.hpp"

namespace chronicle {

std::vector<Timex> extract(std::string_view text, Date article_date, const ExtractOptions&) {
    const tagger::Tokens tokens = tagger::tokenize(text);
    const std::vector<tagger::Candidate> candidates = tagger::find_candidates(tokens);
    tagger::Resolver resolver(tokens, article_date);
    std::vector<Timex> out;
    out.reserve(candidates.size());
    for (const tagger::Candidate& c : candidates) {
        tagger::Resolved r = resolver.resolve(c);
        if (r.value.empty()) continue;
        const tagger::Token& first = tokens.tokens[c.first];
        const tagger::Token& last = tokens.tokens[c.last - 1];
        const tagger::Sentence& sentence = tokens.sentences[first.sentence];
        Timex t;
        t.begin = first.begin;
        t.end = last.end;
        t.text = std::string(text.substr(t.begin, t.end - t.begin));
        t.type = r.type;
        t.value = std::move(r.value);
        t.mod = std::move(r.mod);
        t.quant = std::move(r.quant);
        t.freq = std::move(r.freq);
        t.sentence_begin = sentence.begin;
        t.sentence_end = sentence.end;
        t.rule = std::string(c.rule);
        t.anchor = std::move(r.anchor);
        t.tense = std::move(r.tense);
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace chronicle
