// The events JSON format: round trip, and errors that name the file, line and field.
#include <chronicle/error.hpp>
#include <chronicle/events_json.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace chronicle;

namespace {
// The error reading `json` as the file trip.json gives, or "(no error)".
std::string error_of(const std::string& json) {
    return test::error_of([&] { (void)parse_events_json(json, "trip.json"); });
}
}  // namespace

TEST_CASE("a full events document round-trips") {
    EventSet set;
    set.title = "Foreign minister in Lisbon";
    set.date = "2024-06-11";
    set.source = "harbor-summit.txt";
    Event a;
    a.label = "Arrives in Lisbon";
    a.when = "2024-06-10";
    a.where = "Lisbon";
    a.who = "Prime Minister Elena Marchetti";
    a.group = "trip";
    a.source = "She arrived in Lisbon on Monday \"for talks\".";
    a.source_begin = 10;
    a.source_end = 52;
    a.confidence = 0.75;
    a.priority = 2;
    Event b;
    b.label = "Three days of meetings";
    b.when = "2024-06-10";
    b.end = "2024-06-12";
    Event c;
    c.label = "Talks shelved";
    c.when = "2016";
    c.when_text = "in 2016";
    set.events = {a, b, c};

    const std::string json = to_events_json(set);
    CHECK(json.back() == '\n');
    const EventSet back = parse_events_json(json, "x.json");
    CHECK(back.version == 1);
    CHECK(back.title == set.title);
    CHECK(back.date == set.date);
    CHECK(back.source == set.source);
    REQUIRE(back.events.size() == 3);
    CHECK(back.events[0].label == a.label);
    CHECK(back.events[0].where == a.where);
    CHECK(back.events[0].who == a.who);
    CHECK(back.events[0].group == a.group);
    CHECK(back.events[0].source == a.source);
    CHECK(back.events[0].source_begin == 10);
    CHECK(back.events[0].source_end == 52);
    CHECK(back.events[0].confidence == 0.75);
    CHECK(back.events[0].priority == 2.0);
    CHECK(back.events[1].end == "2024-06-12");
    CHECK(back.events[2].when_text == "in 2016");
    CHECK(to_events_json(back) == json);  // deterministic
}

TEST_CASE("a minimal hand-written file is accepted") {
    const auto set = parse_events_json(R"({"events": [{"label": "Deadline", "when": "2021-05-01"}]})", "a.json");
    REQUIRE(set.events.size() == 1);
    CHECK(set.events[0].confidence == 1.0);
    CHECK(set.title.empty());
}

TEST_CASE("errors name the file, the line and the field") {
    const std::string missing_when =
        "{\n"
        "  \"events\": [\n"
        "    {\"label\": \"Arrival\", \"when\": \"2021-03-22\"},\n"
        "    {\n"
        "      \"label\": \"Talks\"\n"
        "    }\n"
        "  ]\n"
        "}\n";
    CHECK(error_of(missing_when) ==
          "trip.json: line 4: events[1].when: missing (a TIMEX3 date such as 2021-03-23 is required)");

    const std::string bad_when =
        "{\"events\": [\n"
        "  {\"label\": \"Talks\",\n"
        "   \"when\": \"23/03/2021\"}\n"
        "]}";
    CHECK(error_of(bad_when).rfind("trip.json: line 3: events[0].when: \"23/03/2021\" is not a TIMEX3", 0) == 0);

    const std::string typed_label = "{\"events\": [\n{\"label\": 42, \"when\": \"2021\"}]}";
    CHECK(error_of(typed_label) == "trip.json: line 2: events[0].label: expected a string, not a number");

    CHECK(error_of("{\"events\": [{\"when\": \"2021\"}]}") ==
          "trip.json: line 1: events[0].label: missing (a non-empty label is required)");
    CHECK(error_of("{\"title\": \"x\"}") == "trip.json: line 1: events: missing (an array of events is required)");
    CHECK(error_of("{\"events\": {}}") == "trip.json: line 1: events: expected an array, not an object");
    CHECK(error_of("[1, 2]") == "trip.json: line 1: expected a JSON object with an \"events\" array");
    CHECK(error_of("{\"events\": [3]}") == "trip.json: line 1: events[0]: expected an object, not a number");
    CHECK(error_of("{\"version\": 2, \"events\": []}").find("unsupported version 2") != std::string::npos);
    CHECK(error_of("{\"date\": \"2021-02-30\", \"events\": []}") ==
          "trip.json: line 1: date: \"2021-02-30\" is not a date of the form YYYY-MM-DD");
    CHECK(error_of("{\"events\": [{\"label\": \"a\", \"when\": \"2021\", \"lable\": \"b\"}]}") ==
          "trip.json: line 1: events[0].lable: unknown field");
    CHECK(error_of("{\"events\": [{\"label\": \"a\", \"when\": \"2021-05\", \"end\": \"2021-04\"}]}")
              .find("ends before") != std::string::npos);
    CHECK(error_of("{\"events\": [{\"label\": \"a\", \"when\": \"2021\", \"confidence\": 3}]}")
              .find("confidence: expected a number from 0 to 1") != std::string::npos);
    // Extension fields are for other tools and are ignored.
    CHECK(error_of("{\"x-tool\": 1, \"events\": [{\"label\": \"a\", \"when\": \"2021\", \"x-id\": 7}]}") == "(no error)");
}

TEST_CASE("malformed JSON reports where it broke") {
    const std::string broken = "{\n  \"events\": [\n    {\"label\": \"a\", \"when\": \"2021\"\n  ]\n}\n";
    const std::string message = error_of(broken);
    CHECK(message.rfind("trip.json: line 4: malformed JSON: ", 0) == 0);
    CHECK(error_of("").rfind("trip.json: line 1: malformed JSON", 0) == 0);
    // Numbers beyond a double's range are malformed input too, not an internal error.
    CHECK(error_of("{\"events\": [],\n \"version\": 9E499}") ==
          "trip.json: line 2: malformed JSON: number overflow parsing '9E499'");
}

// 100 000 events read back whole (speed is measured by bench/bench_events.cpp, not here).
// Two fields per event, as to_events_json writes them, so every event is four lines:
// "{", "label", "when", "}," after the three lines "{", "version", "events": [.
TEST_CASE("a 100 000-event file parses, and an error in its last event names the right line") {
    constexpr std::size_t count = 100000;
    EventSet set;
    for (std::size_t i = 0; i < count; ++i) {
        Event e;
        e.label = "Event " + std::to_string(i);
        e.when = i % 2 == 0 ? "2021-03-23" : "2018";
        set.events.push_back(std::move(e));
    }
    const std::string json = to_events_json(set);
    const EventSet back = parse_events_json(json, "big.json");
    REQUIRE(back.events.size() == count);
    CHECK(back.events[0].label == "Event 0");
    CHECK(back.events[0].when == "2021-03-23");
    CHECK(back.events[count - 1].label == "Event 99999");
    CHECK(back.events[count - 1].when == "2018");
    CHECK(back.events[count - 1].where.empty());
    CHECK(back.events[count - 1].confidence == 1.0);

    // Event i starts on line 4 + 4i and its "when" is two lines further: 4 + 399996 + 2.
    set.events.back().when = "someday";
    CHECK(error_of(to_events_json(set)).rfind(
              "trip.json: line 400002: events[99999].when: \"someday\" is not a TIMEX3 date", 0) == 0);
}

TEST_CASE("colour and period kind are read, checked and written back") {
    const EventSet set = parse_events_json(
        "{\"events\": [{\"label\": \"Cold War\", \"when\": \"1947\", \"end\": \"1991\", \"kind\": \"period\", \"color\": \"#1f77b4\"},\n"
        "{\"label\": \"Wall falls\", \"when\": \"1989-11-09\", \"color\": \"#c33\"}]}",
        "eras.json");
    REQUIRE(set.events.size() == 2);
    CHECK(set.events[0].kind == "period");
    CHECK(set.events[0].color == "#1f77b4");
    CHECK(set.events[1].kind.empty());
    CHECK(set.events[1].color == "#c33");
    const std::string out = to_events_json(set);
    CHECK(out.find("\"kind\": \"period\"") != std::string::npos);
    CHECK(parse_events_json(out, "again.json").events[1].color == "#c33");
    CHECK(error_of("{\"events\": [{\"label\": \"a\", \"when\": \"2021\", \"color\": \"red\"}]}") ==
          "trip.json: line 1: events[0].color: \"red\" is not a colour such as #1f77b4");
    CHECK(error_of("{\"events\": [{\"label\": \"a\", \"when\": \"2021\", \"kind\": \"era\"}]}")
              .find("events[0].kind: \"era\" is not a kind") != std::string::npos);
}
