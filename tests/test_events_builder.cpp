// The events builder's rules, one by one, on sentences written for these tests. The
// expressions are given by hand (as a correct tagger would find them), so these tests do not
// depend on extract(). Expected labels are worked out from the rules in docs/events-builder.md.
#include <chronicle/events_builder.hpp>
#include <chronicle/when.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace chronicle;

namespace {

struct Tag {
    std::string text;
    std::string value;
    TimexType type = TimexType::Date;
};

// Timexes for `tags`, found in order in `text`.
std::vector<Timex> tag(const std::string& text, const std::vector<Tag>& tags) {
    std::vector<Timex> out;
    std::size_t from = 0;
    for (const Tag& t : tags) {
        const std::size_t at = text.find(t.text, from);
        REQUIRE_MESSAGE(at != std::string::npos, t.text);
        Timex x;
        x.begin = at;
        x.end = at + t.text.size();
        x.text = t.text;
        x.value = t.value;
        x.type = t.type;
        out.push_back(x);
        from = x.end;
    }
    return out;
}

Date day(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }

EventSet build(const std::string& text, Date dct, const std::vector<Tag>& tags) {
    return build_events(text, dct, tag(text, tags));
}

}  // namespace

TEST_CASE("the label is the clause without its date and without the attribution") {
    const std::string text = "The ministers agreed on Friday to extend the ceasefire, a spokesman said.";
    const EventSet set = build(text, day(2022, 5, 10), {{"Friday", "2022-05-06"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Ministers agreed to extend the ceasefire");
    CHECK(set.events[0].when == "2022-05-06");
    CHECK(set.date == "2022-05-10");
}

TEST_CASE("\"about\" before a clock time (mod APPROX, outside the span) leaves the label with the time") {
    const std::string text = "The blast occurred at about 10:35 a.m. Friday, toppling a building.";
    std::vector<Timex> timexes = tag(text, {{"10:35 a.m. Friday", "2021-03-19T10:35", TimexType::Time}});
    timexes[0].mod = "APPROX";
    const EventSet set = build_events(text, day(2021, 3, 23), timexes);
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Blast occurred, toppling a building");
}

TEST_CASE("hedges go, the future stays") {
    const std::string text = "The minister is expected to sign the decree on Monday.";
    const EventSet set = build(text, day(2022, 5, 10), {{"Monday", "2022-05-16"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Minister to sign the decree");
}

TEST_CASE("people are named by surname in the label and in full in who") {
    const std::string text = "French President Anne Marchal met German Chancellor Paul Weber in Paris on Monday.";
    const EventSet set = build(text, day(2023, 3, 7), {{"Monday", "2023-03-06"}});
    REQUIRE(set.events.size() == 1);
    const Event& e = set.events[0];
    CHECK(e.label == "Marchal met Weber in Paris");
    CHECK(e.where == "Paris");
    CHECK(e.who.find("French President Anne Marchal") != std::string::npos);
    CHECK(e.who.find("German Chancellor Paul Weber") != std::string::npos);
}

TEST_CASE("a place after at/in, with its place noun, and the city after it") {
    const std::string text = "The alliance held an emergency session at NATO headquarters in Brussels on Friday.";
    const EventSet set = build(text, day(2022, 3, 1), {{"Friday", "2022-02-25"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].where == "NATO headquarters, Brussels");
    // 68 characters in full: cut at the last phrase boundary that fits, before "in Brussels".
    CHECK(set.events[0].label == "Alliance held an emergency session at NATO headquarters");
}

TEST_CASE("an institution named after \"the\" is the place, with the city the clause names") {
    auto where = [](const std::string& text) {
        const EventSet set = build(text, day(2021, 3, 24), {{"Monday", "2021-03-22"}});
        return set.events.empty() ? std::string("(none)") : set.events[0].where;
    };
    CHECK(where("Officials met at the Ministry of Trade in Nairobi on Monday.") == "Ministry of Trade, Nairobi");
    CHECK(where("The envoy spoke at the Embassy of Japan in Paris on Monday.") == "Embassy of Japan, Paris");
    CHECK(where("Students marched to the University of Ghana on Monday.") == "University of Ghana");
    // A capitalised name after "the" that is not known as a place is not taken for one.
    CHECK(where("The ministers met at the Hilton in Nairobi on Monday.") == "Nairobi");
    CHECK(where("Shares fell at the Bank of Japan on Monday.").empty());
}

TEST_CASE("venues with a title word or a venue noun, settlements, destinations") {
    auto where = [](const std::string& text) {
        const EventSet set = build(text, day(2021, 3, 24), {{"Monday", "2021-03-22"}});
        return set.events.empty() ? std::string("(none)") : set.events[0].where;
    };
    // "Foreign" and "High" are title words, but the names are institutions, not people.
    CHECK(where("The minister received her at the Ministry of Foreign Affairs in Accra on Monday.") ==
          "Ministry of Foreign Affairs, Accra");
    CHECK(where("The judge read the verdict at the Eastern Region High Court in Koforidua on Monday.") ==
          "Eastern Region High Court, Koforidua");
    // A venue beats the country that owns it.
    CHECK(where("Ghana's Accra Court of Appeal heard the case on Monday.") == "Accra Court of Appeal");
    CHECK(where("Flames reached the edge of the village of Dunmore on Monday.").empty());  // no "in"/"at"/"near"
    CHECK(where("The fire started near the village of Dunmore on Monday.") == "Dunmore");
    // "to" after a verb of going names a destination; after "spoke" it names a listener.
    CHECK(where("The envoy flies to Tamale on Monday.") == "Tamale");
    CHECK(where("The envoy spoke to Tamale Radio on Monday.").empty());
    // A surname that is also a venue noun stays a person.
    CHECK(where("Senator Jane Hall spoke in Accra on Monday.") == "Accra");
}

TEST_CASE("long labels are cut at a phrase boundary, never mid-word") {
    const std::string text =
        "Engineers from the regional water authority finished repairing the broken northern aqueduct "
        "near the old mill on Thursday.";
    const EventSet set = build(text, day(2022, 8, 12), {{"Thursday", "2022-08-11"}});
    REQUIRE(set.events.size() == 1);
    const std::string& label = set.events[0].label;
    CHECK(label.size() <= 60);
    CHECK(label == "Engineers from the regional water authority finished");
    // Every word of the label is a whole word of the sentence.
    CHECK(text.find(label.substr(1)) != std::string::npos);
}

TEST_CASE("a date on an event noun labels the noun phrase") {
    const std::string text = "Thousands of protesters marched for hours during a rally for press freedom in Lisbon on May 3.";
    const EventSet set = build(text, day(2023, 5, 4), {{"May 3", "2023-05-03"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Rally for press freedom in Lisbon");
    CHECK(set.events[0].where == "Lisbon");
}

TEST_CASE("a verb's object stays with its clause") {
    const std::string text = "The court held a hearing on May 4.";
    const EventSet set = build(text, day(2023, 5, 10), {{"May 4", "2023-05-04"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Court held a hearing");
}

TEST_CASE("a relative clause takes its antecedent as subject") {
    const std::string text = "Both Canada, which joined the pact in 2019, and Mexico will host the next summit.";
    const EventSet set = build(text, day(2023, 5, 10), {{"2019", "2019"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Canada joined the pact");
}

TEST_CASE("the act of saying is never an event; what happened that day is") {
    const std::string alone = "Senator Ruth Alvarez said Thursday the farm bill would pass.";
    CHECK(build(alone, day(2023, 6, 9), {{"Thursday", "2023-06-08"}}).events.empty());

    const std::string both = alone + " The Senate approved the farm bill on Thursday by a wide margin.";
    const EventSet set = build(both, day(2023, 6, 9), {{"Thursday", "2023-06-08"}, {"Thursday", "2023-06-08"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Senate approved the farm bill by a wide margin");
}

TEST_CASE("two mentions of the same happening on the same date merge") {
    const std::string text =
        "Rescuers found the missing hikers on Saturday. The missing hikers were found alive on Saturday near the summit.";
    const EventSet set = build(text, day(2023, 1, 9), {{"Saturday", "2023-01-07"}, {"Saturday", "2023-01-07"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Rescuers found the missing hikers");
}

TEST_CASE("different happenings on the same date stay apart") {
    const std::string text = "The central bank raised interest rates on Monday. Dock workers went on strike on Monday.";
    const EventSet set = build(text, day(2023, 1, 10), {{"Monday", "2023-01-09"}, {"Monday", "2023-01-09"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "Central bank raised interest rates");
    CHECK(set.events[1].label == "Dock workers went on strike");
}

TEST_CASE("expressions that date nothing useful make no event") {
    const std::string text =
        "The talks lasted three hours. \"We are ready now,\" the envoy said. Ferries leave every day. "
        "Prices had risen before.";
    const EventSet set = build(text, day(2023, 1, 10),
                               {{"three hours", "PT3H", TimexType::Duration},
                                {"now", "PRESENT_REF"},
                                {"every day", "P1D", TimexType::Set},
                                {"before", "PAST_REF"}});
    CHECK(set.events.empty());
}

TEST_CASE("a stretch of days from the article date on") {
    const std::string text = "Two days of talks in Geneva open the conference.";
    const EventSet set = build(text, day(2021, 3, 23), {{"Two days", "P2D", TimexType::Duration}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].when == "2021-03-23");
    CHECK(set.events[0].end == "2021-03-24");
    CHECK(set.events[0].label == "Two days of talks in Geneva");
    CHECK(set.events[0].where == "Geneva");
}

TEST_CASE("a date in a \"since\" comparison dates its \"when\" clause, not the comparison") {
    const std::string text = "The storm was the strongest since 1999, when a dam burst near the coast.";
    const EventSet set = build(text, day(2023, 1, 10), {{"1999", "1999"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Dam burst near the coast");
}

TEST_CASE("a date that is a comparison's term dates nothing") {
    // "compared with", "than (in)", "versus": the year is what the happening is measured against.
    CHECK(build("Sales rose 5% compared with 2019.", day(2021, 3, 24), {{"2019", "2019"}}).events.empty());
    CHECK(build("Exports fell 3% compared to 2020.", day(2021, 3, 24), {{"2020", "2020"}}).events.empty());
    CHECK(build("Turnout was higher than in 2016.", day(2021, 3, 24), {{"2016", "2016"}}).events.empty());
    CHECK(build("Imports were flat versus 2020.", day(2021, 3, 24), {{"2020", "2020"}}).events.empty());
    // The same years as the time of a happening still give one event each.
    CHECK(build("Sales rose 5% in 2019.", day(2021, 3, 24), {{"2019", "2019"}}).events.size() == 1);
    CHECK(build("The plant was compared with a rival in 2016.", day(2021, 3, 24), {{"2016", "2016"}}).events.size() == 1);
}

TEST_CASE("events come in time order with their sentence and its offsets") {
    const std::string text =
        "The museum reopened on Friday. Its roof had collapsed in 2019. The new wing will open in June.";
    const EventSet set = build(text, day(2023, 3, 6), {{"Friday", "2023-03-03"}, {"2019", "2019"}, {"June", "2023-06"}});
    REQUIRE(set.events.size() == 3);
    CHECK(set.events[0].when == "2019");
    CHECK(set.events[1].when == "2023-03-03");
    CHECK(set.events[2].when == "2023-06");
    for (const Event& e : set.events) {
        CHECK(e.source == text.substr(e.source_begin, e.source_end - e.source_begin));
        CHECK(e.confidence > 0.0);
        CHECK(e.confidence <= 1.0);
    }
    CHECK(set.events[1].source == "The museum reopened on Friday.");
}

TEST_CASE("itinerary: days in order, cues order the day, undated items belong to the trip") {
    const std::string text =
        "Foreign Minister Lena Holm arrived in Oslo on Sunday for a three-day visit. "
        "On Monday evening, Holm attended a state dinner at the Royal Palace in Oslo. "
        "Holm met fishermen in Bergen on Monday morning. She then toured the harbor. "
        "Holm's schedule Tuesday includes talks with Norwegian energy officials in Stavanger. "
        "The final part of her trip is a visit to a research station in Tromso.";
    const EventSet set = build(text, day(2024, 4, 8),
                               {{"Sunday", "2024-04-07"},
                                {"three-day", "P3D", TimexType::Duration},
                                {"Monday evening", "2024-04-08TEV", TimexType::Time},
                                {"Monday morning", "2024-04-08TMO", TimexType::Time},
                                {"Tuesday", "2024-04-09"}});
    REQUIRE(set.events.size() == 6);
    CHECK(set.events[0].label == "Holm arrived in Oslo for a three-day visit");
    // The undated item spans the trip and sorts with its first day, after that day's events.
    CHECK(set.events[1].when == "2024-04-07");
    CHECK(set.events[1].when_text == "end of the trip");
    CHECK(set.events[1].end == "2024-04-09");
    CHECK(set.events[1].where == "Tromso");
    CHECK(set.events[1].label == "Visit to a research station in Tromso");
    // Monday: morning, then the sequel ("then toured"), then the evening.
    CHECK(set.events[2].label == "Holm met fishermen in Bergen");
    CHECK(set.events[3].label == "Holm toured the harbor");
    CHECK(set.events[3].when == "2024-04-08TMO");
    CHECK(set.events[4].label == "Holm attended a state dinner at the Royal Palace in Oslo");
    CHECK(set.events[5].label == "Talks with Norwegian energy officials in Stavanger");
    for (const Event& e : set.events) {
        CHECK(e.group == "trip");
        CHECK_MESSAGE(e.who.find("Foreign Minister Lena Holm") != std::string::npos, e.label);  // the traveler is there
    }
}

TEST_CASE("a closed relative clause and a short aside stay out of the label") {
    const std::string text = "The senator, who is from Ohio, was elected in 2018. "
                             "On Sept. 2, police in the port city, near the border, raided two homes.";
    const EventSet set = build(text, day(2019, 9, 10), {{"2018", "2018"}, {"Sept. 2", "2019-09-02"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "Senator was elected");
    CHECK(set.events[1].label == "Police in the port city raided two homes");
}

TEST_CASE("a statement with the speaker after it dates the statement, not what it reports") {
    const std::string text = "Ferry traffic resumed, an official said Saturday.";
    CHECK(build(text, day(2019, 9, 10), {{"Saturday", "2019-09-07"}}).events.empty());
    // What the statement dates on its own is an event of its own date.
    const std::string dated = "Ferry traffic resumed on Friday, an official said Saturday.";
    const EventSet set = build(dated, day(2019, 9, 10), {{"Friday", "2019-09-06"}, {"Saturday", "2019-09-07"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].when == "2019-09-06");
    CHECK(set.events[0].label == "Ferry traffic resumed");
}

TEST_CASE("\"X said on Sunday that Y would happen in March\" gives the Y event only, without X's place") {
    const std::string text = "Chile's transport minister said on Sunday that the new tunnel would be opened "
                             "by the president in March.";
    const EventSet set = build(text, day(2025, 12, 31), {{"Sunday", "2025-12-28"}, {"March", "2026-03"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].when == "2026-03");
    CHECK(set.events[0].label == "New tunnel would be opened by the president");
    CHECK(set.events[0].where.empty());  // Chile is the minister's, not the tunnel's
}

TEST_CASE("a date inside a direct quotation gives no event; the quote ends with its paragraph") {
    const std::string text = "\"We have waited since May for this day,\" said the mayor. "
                             "The council approved the plan on Monday.\n\n"
                             "\u201cThe bridge reopens on Friday,\u201d an engineer said.\n\n"
                             "\"Nobody came on Tuesday.\n\nThe ferry sank on Wednesday.";
    const EventSet set = build(text, day(2024, 6, 12),
                               {{"May", "2024-05"}, {"Monday", "2024-06-10"}, {"Friday", "2024-06-14"},
                                {"Tuesday", "2024-06-11"}, {"Wednesday", "2024-06-05"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].when == "2024-06-05");  // an unclosed quote stops at its paragraph
    CHECK(set.events[0].label == "Ferry sank");
    CHECK(set.events[1].when == "2024-06-10");
    CHECK(set.events[1].label == "Council approved the plan");
}

TEST_CASE("a fragment is not shown; a pronoun nobody was found for lowers confidence and priority") {
    const std::string text = "They will appeal the ruling on Friday. \n\nThe mayor said the city \"will rebuild it by June.\"";
    const EventSet set = build(text, day(2024, 6, 12), {{"Friday", "2024-06-14"}, {"June", "2025-06"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "They will appeal the ruling");
    CHECK(set.events[0].confidence == doctest::Approx(0.3));
    CHECK(set.events[0].priority == doctest::Approx(0.0));
}

TEST_CASE("a date in an after/before/when clause dates that clause, not the main one") {
    const std::string text = "The lease was cancelled after Moreno was detained in March 2022. "
                             "Prices fell after talks in Oslo on Monday.";
    const EventSet set = build(text, day(2024, 1, 10), {{"March 2022", "2022-03"}, {"Monday", "2024-01-08"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "Moreno was detained");
    // "after talks": a phrase, no clause of its own
    CHECK(set.events[1].label == "Prices fell after talks in Oslo");
}

TEST_CASE("amounts alone name nothing; \"since then\" does not continue a day") {
    const std::string text = "Revenues fell to $300 million last year, down from $450 million the year before. "
                             "The list began in 1950. Since then, 400 fugitives have been caught.";
    const EventSet set = build(text, day(2023, 5, 2),
                               {{"last year", "2022"}, {"the year before", "2021"}, {"1950", "1950"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].when == "1950");
    CHECK(set.events[0].label == "List began");
    CHECK(set.events[1].when == "2022");
    CHECK(set.events[1].label.rfind("Revenues fell to $300 million", 0) == 0);
}

TEST_CASE("a day told by a part of it keeps the words and sorts by them") {
    const std::string text = "The council voted to close the bridge later in the day. "
                             "In the morning, engineers inspected the cracked pillar.";
    const EventSet set = build(text, day(2023, 2, 6), {{"later in the day", "2023-02-06"}, {"morning", "2023-02-06TMO"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "Engineers inspected the cracked pillar");
    CHECK(set.events[1].label == "Council voted to close the bridge");
    CHECK(set.events[1].when == "2023-02-06");
    CHECK(set.events[1].when_text == "later in the day");
}

TEST_CASE("a leading scene phrase before a comma is not the label") {
    const std::string text = "In the capital, thousands of workers joined the strike on Tuesday.";
    const EventSet set = build(text, day(2023, 2, 8), {{"Tuesday", "2023-02-07"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Thousands of workers joined the strike");
}

TEST_CASE("trip words alone do not make an itinerary: a traveler must be named with them twice") {
    const std::string text = "Tourists can visit the museum on Monday. "
                             "Mayor Ana Ruiz opened the new wing on Tuesday, and a school visit follows on Wednesday.";
    const EventSet set = build(text, day(2023, 2, 8),
                               {{"Monday", "2023-02-06"}, {"Tuesday", "2023-02-07"}, {"Wednesday", "2023-02-08"}});
    REQUIRE(!set.events.empty());
    for (const Event& e : set.events) CHECK(e.group.empty());
}

TEST_CASE("\"X came as Y\": Y happened then too, with no place borrowed from X") {
    const std::string text = "The president's arrival in Madrid on Friday came as protesters filled the main square.";
    const EventSet set = build(text, day(2023, 2, 13), {{"Friday", "2023-02-10"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "President's arrival in Madrid");
    CHECK(set.events[0].where == "Madrid");
    CHECK(set.events[1].label == "Protesters filled the main square");
    CHECK(set.events[1].where.empty());
    CHECK(set.events[1].when == "2023-02-10");
}

TEST_CASE("a date written inside its noun phrase labels what follows it") {
    const std::string text = "Relatives gathered to mark the Dec. 21, 1988, bombing of the airliner. "
                             "The panel studied last month's floods in the valley.";
    const EventSet set = build(text, day(2023, 2, 13), {{"Dec. 21, 1988", "1988-12-21"}, {"last month", "2023-01"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "Bombing of the airliner");
    CHECK(set.events[1].label == "Floods in the valley");
}

TEST_CASE("\"he's expected to\" is a hedge too, and \"he\" is the person named before") {
    const std::string text = "Special Envoy Kofi Mensah landed in Accra. He's expected to meet the rebel leaders on Friday.";
    const EventSet set = build(text, day(2023, 2, 13), {{"Friday", "2023-02-17"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "Mensah to meet the rebel leaders");
}

TEST_CASE("a short first line that is not a sentence is the title") {
    const std::string text = "Museum Reopens After Storm\n\nThe museum reopened on Friday.";
    CHECK(build(text, day(2023, 3, 6), {{"Friday", "2023-03-03"}}).title == "Museum Reopens After Storm");
    const std::string body = "The museum reopened on Friday.\nIts roof had collapsed.";
    CHECK(build(body, day(2023, 3, 6), {{"Friday", "2023-03-03"}}).title.empty());
}

TEST_CASE("same words, different names: two happenings") {
    const std::string text = "Blinken met Lavrov in Geneva on Monday. Blinken met Wang in Geneva on Monday.";
    const EventSet set = build(text, day(2023, 3, 7), {{"Monday", "2023-03-06"}, {"Monday", "2023-03-06"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "Blinken met Lavrov in Geneva");
    CHECK(set.events[1].label == "Blinken met Wang in Geneva");
}

TEST_CASE("sequels: the last event of the sentence before, and a sequel can date the next one") {
    // "She then toured": the previous sentence's last event in the text (Tuesday), not its first.
    const std::string two = "Holm met fishermen in Bergen on Monday, and on Tuesday Holm visited a school in Oslo. "
                            "She then toured the harbor.";
    const EventSet a = build(two, day(2024, 4, 9), {{"Monday", "2024-04-08"}, {"Tuesday", "2024-04-09"}});
    REQUIRE(a.events.size() == 3);
    CHECK(a.events[0].label == "Holm met fishermen in Bergen");
    CHECK(a.events[1].label == "Holm visited a school in Oslo");
    CHECK(a.events[2].label == "She toured the harbor");
    CHECK(a.events[2].when == "2024-04-09");
    CHECK(a.events[2].confidence == doctest::Approx(0.6));

    // Two sequels in a row: the second takes its date from the first, and each comes a
    // little after the one before it on the same day.
    const std::string chain = "The ministers met in Oslo on Monday. They then signed a pact. "
                              "Then the ministers toured the harbor.";
    const EventSet b = build(chain, day(2024, 4, 9), {{"Monday", "2024-04-08"}});
    REQUIRE(b.events.size() == 3);
    CHECK(b.events[0].label == "Ministers met in Oslo");
    CHECK(b.events[1].label == "They signed a pact");
    CHECK(b.events[2].label == "Ministers toured the harbor");
    for (const Event& e : b.events) CHECK(e.when == "2024-04-08");
}

TEST_CASE("continuations: the baseline of a comparison is not the date the report goes on with") {
    // "compared with a year-earlier loss", "from $3.1 million a year earlier": the sentence
    // after it goes on about the report's own quarter
    for (const std::string clause : {"compared with a year-earlier loss of $3 million",
                                     "down from $3.1 million a year earlier"}) {
        const std::string text = "Acme Corp. lost $2 million in the third quarter, " + clause + ". "
                                 "Sales rose to $40 million.";
        const std::string baseline = clause.find("year-earlier") != std::string::npos ? "year-earlier" : "a year earlier";
        const EventSet set =
            build(text, day(2021, 10, 28), {{"the third quarter", "2021-Q3"}, {baseline, "2020-Q3"}});
        bool found = false;
        for (const Event& e : set.events) {
            if (e.label.find("Sales rose") == std::string::npos) continue;
            found = true;
            CHECK_MESSAGE(e.when == "2021-Q3", clause);
        }
        CHECK_MESSAGE(found, clause);
    }
    // Not a comparison: a year earlier as the time of its own story, which goes on
    const std::string story = "A year earlier, the company closed its plant in Ohio. It laid off 300 workers.";
    const EventSet set = build(story, day(2021, 10, 28), {{"A year earlier", "2020"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[1].when == "2020");
}

TEST_CASE("continuations: an undated sentence in the same tense goes on telling the one before") {
    // Simple past after a past day: the same narrative, the same day, with lower confidence.
    const std::string past = "An earthquake struck the port city of Durres on Saturday. "
                             "Rescuers pulled 14 people from the rubble of a hotel.";
    const EventSet a = build(past, day(2024, 4, 9), {{"Saturday", "2024-04-06"}});
    REQUIRE(a.events.size() == 2);
    CHECK(a.events[1].label == "Rescuers pulled 14 people from the rubble of a hotel");
    CHECK(a.events[1].when == "2024-04-06");
    CHECK(a.events[1].confidence == doctest::Approx(0.5));

    // A future day goes on in the future tense, and a passive counts as a happening.
    const std::string future = "The delegation flies to Nairobi on Thursday. "
                               "The delegation will be received by the foreign minister.";
    const EventSet b = build(future, day(2024, 4, 9), {{"Thursday", "2024-04-11"}});
    REQUIRE(b.events.size() == 2);
    CHECK(b.events[1].when == "2024-04-11");

    // Tenses that disagree with the day, or that tell no happening of that day, take nothing:
    // a past clause after a future day, a pluperfect, a present perfect, a state, a denial,
    // a modal, a cue of another time, a quotation, a statement of an opinion.
    for (const std::string second : {
             "Rescuers pulled 14 people from the rubble.",      // the day is ahead
         }) {
        const EventSet c = build("The minister visits the port on Friday. " + second, day(2024, 4, 9),
                                 {{"Friday", "2024-04-12"}});
        CHECK_MESSAGE(c.events.size() == 1, second);
    }
    for (const std::string second : {
             "The hotel had been inspected by engineers.", "Prosecutors have opened an investigation into the collapse.",
             "The hotel was the tallest building in the city.", "The owners did not answer calls from reporters.",
             "The owners didn't answer calls from reporters.",
             "Engineers would inspect the other hotels.", "Engineers earlier inspected the other hotels.",
             "\"We pulled them out with our hands,\" a firefighter said.",
             "Residents said the building had never been inspected.",
         }) {
        const EventSet d = build("An earthquake struck the port city of Durres on Saturday. " + second, day(2024, 4, 9),
                                 {{"Saturday", "2024-04-06"}});
        CHECK_MESSAGE(d.events.size() == 1, second);
    }
}

TEST_CASE("continuations: a date that gives no event still dates the sentence after") {
    // "On Sunday, police said ..." is a statement, not an event; the refusal is Sunday's.
    const std::string text = "On Sunday, police in Tromso said they had arrested two men. "
                             "The officers refused to give the names of the suspects.";
    const EventSet set = build(text, day(2024, 4, 9), {{"Sunday", "2024-04-07"}});
    const auto refused = std::find_if(set.events.begin(), set.events.end(),
                                      [](const Event& e) { return e.label.find("refused") != std::string::npos; });
    REQUIRE(refused != set.events.end());
    CHECK(refused->when == "2024-04-07");
    // Of two dates, the last whose tense agrees: the ruling (past), not its deadline (ahead).
    const std::string two = "The agency ruled on Wednesday that the boy must return to Cuba by Jan. 14. "
                            "The decision touched off protests in Miami.";
    const EventSet b = build(two, day(2000, 1, 7), {{"Wednesday", "2000-01-05"}, {"Jan. 14", "2000-01-14"}});
    const auto protests = std::find_if(b.events.begin(), b.events.end(),
                                       [](const Event& e) { return e.label.find("protests") != std::string::npos; });
    REQUIRE(protests != b.events.end());
    CHECK(protests->when == "2000-01-05");
}

TEST_CASE("a date that ends a state gives only the happening its when clause tells") {
    const std::string text = "Novak served as finance minister until March 2024, when she resigned to lead the party.";
    const EventSet set = build(text, day(2026, 1, 2), {{"March 2024", "2024-03"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label.find("resigned") != std::string::npos);
    CHECK(set.events[0].when == "2024-03");
    // Without "until" the main clause is a happening of its own.
    const std::string both = "Novak won the party vote in March 2024, when the old leader resigned.";
    CHECK(build(both, day(2026, 1, 2), {{"March 2024", "2024-03"}}).events.size() == 2);
}

TEST_CASE("an aside in parentheses and a plural possessive do not cut the clause") {
    const std::string paren = "Police found 600 kilograms (1,300 pounds) of explosives on Sunday in a shed near Dundalk.";
    const EventSet a = build(paren, day(2024, 4, 9), {{"Sunday", "2024-04-07"}});
    REQUIRE(a.events.size() == 1);
    CHECK(a.events[0].label.rfind("Police found 600 kilograms", 0) == 0);
    CHECK(a.events[0].label.find("1,300") == std::string::npos);

    const std::string possessive = "The merger was approved at a shareholders' meeting yesterday.";
    const EventSet b = build(possessive, day(2024, 4, 9), {{"yesterday", "2024-04-08"}});
    REQUIRE(b.events.size() == 1);
    // (Before, the apostrophe read as a quotation mark and the sentence gave no event.)
    CHECK(b.events[0].label == "Shareholders' meeting");
}

TEST_CASE("a mention merges with the earlier one of its date, past events of other dates") {
    const std::string text = "Rescuers found the missing hikers on Saturday. Dock workers went on strike on Monday. "
                             "The missing hikers were found alive on Saturday near the summit.";
    const EventSet set = build(text, day(2024, 4, 9),
                               {{"Saturday", "2024-04-06"}, {"Monday", "2024-04-08"}, {"Saturday", "2024-04-06"}});
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].label == "Rescuers found the missing hikers");
    CHECK(set.events[0].when == "2024-04-06");
    CHECK(set.events[0].confidence == doctest::Approx(0.8));  // 0.7 for a clause, +0.1 for the second mention
    CHECK(set.events[1].label == "Dock workers went on strike");
}

TEST_CASE("the headline is the title, and its dates give no event") {
    const std::string text = "Retailer cuts forecast after weak Christmas\n\nThe retailer cut its forecast on Thursday.";
    const EventSet set = build(text, day(2025, 1, 2), {{"Christmas", "2024-12-25"}, {"Thursday", "2025-01-02"}});
    CHECK(set.title == "Retailer cuts forecast after weak Christmas");
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].when == "2025-01-02");
}

TEST_CASE("a 'where' clause happens at the place it hangs on; a venue in it takes that city") {
    const std::string city = "The players then go on to Auckland, where the Harbour Classic begins on Jan. 6.";
    const EventSet a = build(city, day(2024, 12, 31), {{"Jan. 6", "2025-01-06"}});
    REQUIRE(a.events.size() == 1);
    CHECK(a.events[0].where == "Auckland");
    const std::string venue = "She flies on to Nairobi, where the minister receives her at the Ministry of Trade on Wednesday.";
    const EventSet b = build(venue, day(2023, 1, 1), {{"Wednesday", "2023-01-04"}});
    REQUIRE(b.events.size() == 1);
    CHECK(b.events[0].where == "Ministry of Trade, Nairobi");
}

TEST_CASE("views and records are not happenings; a plan after 'expects to' is") {
    const std::string view = "Analyst Jonas Ebner expects the shortage to ease by the autumn.";
    CHECK(build(view, day(2021, 12, 30), {{"the autumn", "2022-FA"}}).events.empty());
    const std::string record = "Crowds in Perth this week were the biggest for the event since 2019.";
    CHECK(build(record, day(2024, 12, 31), {{"this week", "2025-W01"}, {"2019", "2019"}}).events.empty());
    const std::string plan = "The company expects to report a loss for the third quarter.";
    const EventSet set = build(plan, day(1989, 10, 2), {{"the third quarter", "1989-Q3"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].when == "1989-Q3");
}

TEST_CASE("a target's period and a restated date date nothing of their own") {
    const std::string target = "Lumetra raised its production target for next year on Thursday.";
    const EventSet a = build(target, day(2021, 12, 30), {{"next year", "2022"}, {"Thursday", "2021-12-30"}});
    REQUIRE(a.events.size() == 1);
    CHECK(a.events[0].when == "2021-12-30");
    CHECK(a.events[0].label.find("raised its production target") != std::string::npos);
    const std::string restated = "The company had already raised its target once this month, on Dec. 14.";
    const EventSet b = build(restated, day(2021, 12, 30), {{"this month", "2021-12"}, {"Dec. 14", "2021-12-14"}});
    REQUIRE(b.events.size() == 1);
    CHECK(b.events[0].when == "2021-12-14");
    CHECK(b.events[0].label.find("raised its target") != std::string::npos);
    // alone in its sentence, the period still dates the clause
    const std::string alone = "The board approved its budget for 2022.";
    CHECK(build(alone, day(2021, 12, 30), {{"2022", "2022"}}).events.size() == 1);
}

TEST_CASE("a statement after the verb is the label, and 'it' is never a person") {
    const std::string text =
        "In Cape Town, South Africa, police spokesman Capt. Rod Beer said the FBI arrested Mohamed at the airport on Thursday.";
    const EventSet set = build(text, day(1999, 10, 8), {{"Thursday", "1999-10-07"}});
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].label == "FBI arrested Mohamed at the airport");
    CHECK(set.events[0].who.find("Capt. Rod Beer") != std::string::npos);
    const std::string company = "Spokesman Rod Beer spoke. It expects to post higher sales in 1990.";
    const EventSet b = build(company, day(1989, 10, 8), {{"1990", "1990"}});
    REQUIRE(b.events.size() == 1);
    CHECK(b.events[0].label.find("Beer") == std::string::npos);
}
