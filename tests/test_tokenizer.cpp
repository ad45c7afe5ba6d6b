// The tagger's tokenizer (lib/src/tagger/tokenizer.hpp) and lexicon (lib/src/tagger/tables.hpp): byte
// offsets survive Unicode spaces and quotes, abbreviations do not end sentences, numbers
// keep their written form.
#include "tagger/tables.hpp"
#include "tagger/tokenizer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using chronicle::tagger::lookup;
using chronicle::tagger::TokenKind;
using chronicle::tagger::Tokens;
using chronicle::tagger::tokenize;

namespace {

std::vector<std::string> lowers(const Tokens& t) {
    std::vector<std::string> out;
    for (const auto& tok : t.tokens) out.emplace_back(t.lower_of(tok));
    return out;
}

std::string_view span(std::string_view text, const chronicle::tagger::Token& t) {
    return text.substr(t.begin, t.end - t.begin);
}

}  // namespace

TEST_CASE("tokens keep byte offsets across no-break spaces") {
    // "March" U+00A0 "23," U+202F "2021": the no-break spaces separate tokens.
    const std::string text = "on March\xC2\xA0" "23,\xE2\x80\xAF" "2021.";
    const Tokens t = tokenize(text);
    REQUIRE(t.tokens.size() == 6);
    CHECK(span(text, t.tokens[1]) == "March");
    CHECK(t.tokens[1].begin == 3);
    CHECK(t.tokens[2].begin == 10);  // after the two bytes of U+00A0
    CHECK(t.tokens[2].number == 23);
    CHECK(span(text, t.tokens[4]) == "2021");
    CHECK(t.tokens[4].begin == 16);  // after the three bytes of U+202F
    CHECK(t.tokens[4].space_before);
}

TEST_CASE("curly quotes and apostrophes read as ASCII") {
    const std::string text = "\xE2\x80\x9C" "first\xE2\x80\x9D and last month\xE2\x80\x99s coup";
    const Tokens t = tokenize(text);
    const std::vector<std::string> expected = {"\"", "first", "\"", "and", "last", "month", "'s", "coup"};
    CHECK(lowers(t) == expected);
    CHECK(span(text, t.tokens[6]) == "\xE2\x80\x99s");
}

TEST_CASE("abbreviations and initials do not end sentences") {
    const std::string text = "The U.S. envoy met Mr. Smith on Feb. 15 in Brussels. He left.";
    const Tokens t = tokenize(text);
    REQUIRE(t.sentences.size() == 2);
    CHECK(std::string_view(text).substr(t.sentences[0].begin, t.sentences[0].end - t.sentences[0].begin) ==
          "The U.S. envoy met Mr. Smith on Feb. 15 in Brussels.");
    CHECK(t.sentences[1].begin == text.find("He"));
}

TEST_CASE("a short form that is also a word ends a sentence unless capitalized") {
    // "sat", "ill", "sun" are abbreviations (Sat., Ill.) only with a capital
    const std::string words = "The protesters sat. Police came. He fell ill. Then the sun. Rain fell.";
    CHECK(tokenize(words).sentences.size() == 5);
    const std::string forms = "The Rockford, Ill., maker met Capt. Rod Beer on Sat. Nov. 4. He left.";
    CHECK(tokenize(forms).sentences.size() == 2);
}

TEST_CASE("a blank line ends a sentence even without a period") {
    const Tokens t = tokenize("NAIROBI, Kenya (AP)\n\nBombs exploded Friday.");
    CHECK(t.sentences.size() == 2);
}

TEST_CASE("numbers keep separators, ordinals and decades") {
    const Tokens t = tokenize("$2,018 and 3.5 on the 23rd in the 1990s and '90s");
    const auto& k = t.tokens;
    REQUIRE(k.size() == 12);
    CHECK(k[1].kind == TokenKind::Number);
    CHECK(k[1].grouped);
    CHECK(k[1].number == 2018);
    CHECK(k[3].grouped);  // 3.5
    CHECK(k[3].number == 3);
    CHECK(k[6].ordinal);
    CHECK(k[6].number == 23);
    CHECK(k[9].decade);
    CHECK(k[9].number == 1990);
    CHECK(k[11].short_year);
    CHECK(k[11].decade);
    CHECK(k[11].number == 90);
}

TEST_CASE("hyphens are their own tokens, glued to their neighbours") {
    const Tokens t = tokenize("a five-year plan in the mid-1990s");
    const std::vector<std::string> expected = {"a", "five", "-", "year", "plan", "in", "the", "mid", "-", "1990s"};
    CHECK(lowers(t) == expected);
    CHECK_FALSE(t.tokens[2].space_before);
    CHECK_FALSE(t.tokens[3].space_before);
}

TEST_CASE("letters after digits become their own word") {
    const Tokens t = tokenize("at 10pm sharp");
    const std::vector<std::string> expected = {"at", "10", "pm", "sharp"};
    CHECK(lowers(t) == expected);
    CHECK_FALSE(t.tokens[2].space_before);
}

TEST_CASE("words carry their lexicon entry") {
    const Tokens t = tokenize("Sept. twenty Tuesday");
    REQUIRE(t.tokens[0].word != nullptr);
    CHECK(t.tokens[0].word->month == 9);
    CHECK(t.tokens[2].word->number == 20);
    CHECK(t.tokens[3].word->weekday == 2);
}

TEST_CASE("the lexicon is sorted, merged and answers each role of a word") {
    for (std::size_t i = 1; i < chronicle::tagger::lexicon_size(); ++i)
        CHECK(chronicle::tagger::lexicon_entry(i - 1).text < chronicle::tagger::lexicon_entry(i).text);
    const auto* may = lookup("may");
    REQUIRE(may != nullptr);
    CHECK((may->cats & chronicle::tagger::kMonth) != 0);
    CHECK(may->month == 5);
    const auto* second = lookup("second");
    REQUIRE(second != nullptr);
    CHECK((second->cats & chronicle::tagger::kUnit) != 0);
    CHECK((second->cats & chronicle::tagger::kOrdinalWord) != 0);
    CHECK(second->number == 2);
    CHECK(lookup("brussels") == nullptr);
}

TEST_CASE("empty and space-only texts give no tokens") {
    CHECK(tokenize("").tokens.empty());
    CHECK(tokenize(" \n\xC2\xA0 ").tokens.empty());
    CHECK(tokenize(" \n\xC2\xA0 ").sentences.empty());
}

TEST_CASE("no game word is in the lexicon (the game scan skips lexicon words)") {
    for (const std::string_view w : chronicle::tagger::game_words()) CHECK_MESSAGE(lookup(w) == nullptr, w);
}
