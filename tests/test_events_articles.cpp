// Whole articles written for these tests (tests/data/articles: a state visit, a court case, a
// product launch, a sports season, a disaster response). Beside each NAME.txt:
//   NAME.expected  "dct: YYYY-MM-DD", "trip: yes|no", then one expected event a line:
//                  when (or a trip phrase such as "end of the trip") | a word of the label | where
//   NAME.timex     the expressions a correct tagger finds (text | TYPE | value), in text order.
// The first test builds events from NAME.timex and so checks the builder alone. The second
// runs the real tagger, extract(), and is marked may_fail: it passes once the tagger finds
// the expressions of NAME.timex (a documented dependency on the tagger, not a builder gap).
#include <chronicle/events_builder.hpp>
#include <chronicle/extract.hpp>
#include <chronicle/text.hpp>
#include <chronicle/when.hpp>

#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace chronicle;

namespace {

const std::filesystem::path articles_dir = std::filesystem::path(CHRONICLE_TEST_DATA) / "articles";

struct Expected {
    std::string when;
    std::string keyword;
    std::string where;
};

struct Article {
    std::string name;
    std::string text;
    Date dct;
    bool trip = false;
    std::vector<Expected> events;
    std::vector<Timex> tags;
};

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    return s;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string part;
    while (std::getline(in, part, '|')) out.push_back(trimmed(part));
    if (!line.empty() && line.back() == '|') out.emplace_back();
    return out;
}

std::vector<std::string> lines_of(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!trimmed(line).empty() && line[0] != '#') lines.push_back(line);
    }
    return lines;
}

TimexType type_of(const std::string& name) {
    if (name == "TIME") return TimexType::Time;
    if (name == "DURATION") return TimexType::Duration;
    if (name == "SET") return TimexType::Set;
    return TimexType::Date;
}

Article load(const std::string& name) {
    Article a;
    a.name = name;
    a.text = read_text_file(articles_dir / (name + ".txt"));
    for (const std::string& line : lines_of(articles_dir / (name + ".expected"))) {
        if (line.rfind("dct:", 0) == 0) {
            a.dct = *parse_iso_date(trimmed(line.substr(4)));
        } else if (line.rfind("trip:", 0) == 0) {
            a.trip = trimmed(line.substr(5)) == "yes";
        } else {
            const auto f = fields(line);
            REQUIRE_MESSAGE(f.size() == 3, line);
            a.events.push_back({f[0], f[1], f[2]});
        }
    }
    std::size_t from = 0;
    for (const std::string& line : lines_of(articles_dir / (name + ".timex"))) {
        const auto f = fields(line);
        REQUIRE_MESSAGE(f.size() == 3, line);
        Timex t;
        t.text = f[0];
        t.type = type_of(f[1]);
        t.value = f[2];
        t.begin = a.text.find(t.text, from);
        REQUIRE_MESSAGE(t.begin != std::string::npos, name << ": " << t.text);
        t.end = t.begin + t.text.size();
        from = t.end;
        a.tags.push_back(t);
    }
    return a;
}

std::vector<std::string> article_names() { return test::article_stems(articles_dir); }

std::string lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

bool matches(const Event& e, const Expected& x) {
    const bool when_ok = e.when == x.when || (!e.when_text.empty() && e.when_text == x.when);
    return when_ok && lower(e.label).find(lower(x.keyword)) != std::string::npos &&
           e.where.find(x.where) != std::string::npos;
}

std::string listing(const EventSet& set) {
    std::string out;
    for (const Event& e : set.events) {
        out += "\n  " + e.when + (e.when_text.empty() ? "" : " (" + e.when_text + ")") + " | " + e.label + " | " +
               e.where + " | " + e.group;
    }
    return out;
}

// Every expected event is there, in time order, with at most three extra events.
void check_article(const Article& a, const EventSet& set) {
    INFO(a.name, listing(set));
    constexpr std::size_t max_extra = 3;
    std::vector<bool> used(set.events.size(), false);
    for (const Expected& x : a.events) {
        bool found = false;
        for (std::size_t i = 0; i < set.events.size() && !found; ++i) {
            if (!used[i] && matches(set.events[i], x)) used[i] = found = true;
        }
        CHECK_MESSAGE(found, "missing: " << x.when << " | " << x.keyword << " | " << x.where);
    }
    CHECK(std::count(used.begin(), used.end(), false) <= static_cast<std::ptrdiff_t>(max_extra));
    for (std::size_t i = 1; i < set.events.size(); ++i) {
        CHECK(parse_when(set.events[i - 1].when)->begin / 86400 <= parse_when(set.events[i].when)->begin / 86400);
    }
    for (const Event& e : set.events) {
        CHECK(e.label.size() <= 60);
        CHECK(!e.label.empty());
        if (!a.trip) CHECK(e.group != "trip");
        if (e.when_text.find("trip") != std::string::npos) CHECK(e.group == "trip");
    }
}

}  // namespace

TEST_CASE("the test articles give their expected events (hand-made tags)") {
    const auto names = article_names();
    CHECK(names.size() >= 5);
    for (const std::string& name : names) {
        const Article a = load(name);
        check_article(a, build_events(a.text, a.dct, a.tags));
    }
}

TEST_CASE("the state visit is an itinerary ordered within each day") {
    const Article a = load("state-visit");
    const EventSet set = build_events(a.text, a.dct, a.tags);
    std::vector<std::string> tuesday;
    for (const Event& e : set.events) {
        if (e.when.rfind("2024-06-11", 0) == 0) tuesday.push_back(lower(e.label));
        if (e.when.rfind("2024-06-1", 0) == 0) CHECK_MESSAGE(e.group == "trip", e.label);
    }
    REQUIRE(tuesday.size() == 3);
    CHECK(tuesday[0].find("wreath") != std::string::npos);     // "On Tuesday morning"
    CHECK(tuesday[1].find("talks") != std::string::npos);      // "He then held talks"
    CHECK(tuesday[2].find("agreement") != std::string::npos);  // "later in the day"
    const auto item = std::find_if(set.events.begin(), set.events.end(),
                                   [](const Event& e) { return e.when_text == "end of the trip"; });
    REQUIRE(item != set.events.end());
    CHECK(item->when == "2024-06-10");
    CHECK(item->end == "2024-06-12");
}

TEST_CASE("the test articles give their expected events (tagger)" * doctest::may_fail()) {
    for (const std::string& name : article_names()) {
        const Article a = load(name);
        check_article(a, build_events(a.text, a.dct, extract(a.text, a.dct)));
    }
}
