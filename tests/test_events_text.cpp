// The events builder's reading of text: tokens (abbreviations, possessives, numbers,
// typographic characters), sentences and names with titles.
#include "events/events_label.hpp"
#include "events/events_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace chronicle::events_text;

namespace {
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    for (const Token& t : read(text).tokens) out.emplace_back(t.text);
    return out;
}
}  // namespace

TEST_CASE("abbreviations keep their period; possessives and numbers are tokens of their own") {
    CHECK(words("U.S. troops left Feb. 15.") == std::vector<std::string>{"U.S.", "troops", "left", "Feb.", "15", "."});
    CHECK(words("Blinken\xE2\x80\x99s trip, Kenya's $300 and 3,000 people") ==
          std::vector<std::string>{"Blinken", "\xE2\x80\x99s", "trip", ",", "Kenya", "'s", "$", "300", "and", "3,000",
                                   "people"});
    // A no-break space separates words; curly quotes are quote tokens.
    const auto tokens = read("a\xC2\xA0" "b \xE2\x80\x9C" "c\xE2\x80\x9D").tokens;
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[1].text == "b");
    CHECK(tokens[1].space_before);
    CHECK(tokens[2].kind == TokenKind::Quote);
    CHECK(tokens[3].lower == "c");
}

TEST_CASE("sentences are the tagger's: they end at . ! ? and blank lines, not at abbreviations") {
    const std::string text = "Talks with U.S. officials began on Feb. 15 in Brussels. They ended!\n\nNew paragraph\nwrapped here";
    const auto [tokens, sentences] = read(text);
    REQUIRE(sentences.size() == 3);
    CHECK(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin) ==
          "Talks with U.S. officials began on Feb. 15 in Brussels.");
    CHECK(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin) == "They ended!");
    // A single line break inside a paragraph is a wrapped line, not a sentence end.
    CHECK(text.substr(sentences[2].begin, sentences[2].end - sentences[2].begin) == "New paragraph\nwrapped here");
    // A number with a decimal point still ends its sentence.
    const std::string index = "The index closed at 1678.5. Volume was thin.";
    CHECK(read(index).sentences.size() == 2);
    // Every token is in exactly one sentence, in order.
    std::size_t next = 0;
    for (const auto& s : sentences) {
        CHECK(s.first_token == next);
        next = s.end_token;
    }
    CHECK(next == tokens.size());
}

TEST_CASE("titled people, split at 'and' once a name is complete") {
    const std::string text =
        "European Commission President Ursula von der Leyen and EU High Representative for Foreign Affairs "
        "and Security Policy Josep Borrell met Belgian Deputy Prime Minister and Minister of Foreign Affairs "
        "Sophie Wilm\xC3\xA8" "s at NATO headquarters in Brussels";
    const auto tokens = read(text).tokens;
    const auto names = find_names(tokens, 0, tokens.size());
    std::vector<std::string> people;
    std::vector<std::string> places;
    for (const Name& n : names) {
        if (n.kind == NameKind::Person) people.push_back(n.short_name + " = " + n.full);
        if (n.kind == NameKind::Place) places.push_back(n.full);
    }
    CHECK(people == std::vector<std::string>{
                        "von der Leyen = European Commission President Ursula von der Leyen",
                        "Borrell = EU High Representative for Foreign Affairs and Security Policy Josep Borrell",
                        "Wilm\xC3\xA8" "s = Belgian Deputy Prime Minister and Minister of Foreign Affairs Sophie Wilm\xC3\xA8" "s"});
    CHECK(places == std::vector<std::string>{"NATO headquarters", "Brussels"});
}

TEST_CASE("a title word that begins a company name is not a title") {
    const auto tokens = read("General Motors hired General Mark Milley").tokens;
    const auto names = find_names(tokens, 0, tokens.size());
    REQUIRE(names.size() == 2);
    CHECK(names[0].kind == NameKind::Other);
    CHECK(names[1].kind == NameKind::Person);
    CHECK(names[1].short_name == "Milley");
}

TEST_CASE("a label reads as a headline, or is flagged, or is not shown") {
    using chronicle::events_label::label_form;
    using chronicle::events_label::LabelForm;
    CHECK(label_form("Council approved the budget") == LabelForm::Headline);
    CHECK(label_form("US authorities scheduled a news conference") == LabelForm::Headline);  // a country
    CHECK(label_form("News conference") == LabelForm::Headline);
    // quoted speech, lists and asides, dangling auxiliaries
    CHECK(label_form("We were pushed out of the talks") == LabelForm::Fragment);
    CHECK(label_form("I know about the stories") == LabelForm::Fragment);
    CHECK(label_form("Turkey, Germany") == LabelForm::Fragment);
    CHECK(label_form("Loss, citing") == LabelForm::Fragment);
    CHECK(label_form("Investigators wondered how the assailant could") == LabelForm::Fragment);
    CHECK(label_form("Ferry service would resume, officials said") == LabelForm::Headline);
    // a pronoun subject nobody was found for
    CHECK(label_form("They will appeal the decision") == LabelForm::Unresolved);
    CHECK(label_form("It would investigate the genocide") == LabelForm::Unresolved);
    CHECK(label_form("") == LabelForm::Fragment);
}
