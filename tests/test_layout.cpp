// Layout details, with the estimate measurer: dates as people write them, the time scale and
// its breaks, markers for each kind of event, stacks, itinerary, locales, limits.
#include "dates.hpp"
#include "layout.hpp"
#include "text_fit.hpp"
#include "timescale.hpp"

#include <chronicle/event.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace chronicle;
using namespace chronicle::render;

namespace {

Event ev(std::string label, std::string when, std::string end = "") {
    Event e;
    e.label = std::move(label);
    e.when = std::move(when);
    e.end = std::move(end);
    return e;
}

std::vector<std::string> texts_of(const Scene& scene, const std::string& kind) {
    std::vector<std::string> out;
    for (const auto& item : scene.items) {
        if (item.kind != kind) continue;
        std::string t;
        for (const auto& r : item.runs) t += (t.empty() ? "" : "\n") + r.text;
        out.push_back(t);
    }
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

const Item* find_event(const Scene& scene, const std::string& kind, int event) {
    for (const auto& item : scene.items)
        if (item.kind == kind && item.event == event) return &item;
    return nullptr;
}

}  // namespace

TEST_CASE("dates are written for their grain") {
    const auto& en = locale_names("en");
    CHECK(format_when(*parse_when("2018"), en) == "2018");
    CHECK(format_when(*parse_when("2021-03"), en) == "March 2021");
    CHECK(format_when(*parse_when("2021-03-23"), en) == "Tue 23 Mar 2021");  // 23 March 2021 was a Tuesday
    CHECK(format_when(*parse_when("2021-03-23T14:30"), en) == "Tue 23 Mar 2021, 14:30");
    CHECK(format_when(*parse_when("2021-03-23TMO"), en) == "Tue 23 Mar 2021, morning");
    CHECK(format_when(*parse_when("2021-Q1"), en) == "Q1 2021");
    CHECK(format_when(*parse_when("199"), en) == "1990s");
    CHECK(format_when(*parse_when("BC0044"), en) == "44 BC");
    CHECK(format_when(*parse_when("BC0044-03-15"), en).find("44 BC") != std::string::npos);
    CHECK(format_when(*parse_when("9999-12-31"), en) == "Fri 31 Dec 9999");
}

TEST_CASE("month and weekday names follow the locale") {
    const auto& fr = locale_names("fr-FR");
    const auto& de = locale_names("de_DE.UTF-8");
    const auto& es = locale_names("es");
    const Civil monday = civil_from_seconds(parse_when("2021-03-22")->begin);
    CHECK(format_day(monday, fr.day_full, fr) == "lundi 22 mars 2021");
    CHECK(format_day(monday, de.day_full, de) == "Montag, 22. März 2021");
    CHECK(format_day(monday, es.day_full, es) == "lunes, 22 de marzo de 2021");
    CHECK(format_day(monday, locale_names("en").day_full, locale_names("en")) == "Monday 22 March 2021");
    CHECK(locale_names("xx").code == "en");
    CHECK(format_year(-43, de) == "44 v. Chr.");
    // Small years of the era are marked, so that "1" or "800" is not read as a number.
    CHECK(format_year(1, locale_names("en")) == "AD 1");
    CHECK(format_year(800, de) == "800 n. Chr.");
    CHECK(format_year(1000, locale_names("en")) == "1000");
}

TEST_CASE("gaps are said in their largest unit") {
    const auto& en = locale_names("en");
    CHECK(format_gap(3 * 365 * 86400 + 86400, en) == "3 years");
    CHECK(format_gap(365 * 86400, en) == "1 year");
    CHECK(format_gap(60 * 86400, en) == "2 months");
    CHECK(format_gap(15 * 86400, en) == "2 weeks");
    CHECK(format_gap(2 * 86400, en) == "2 days");
    CHECK(format_gap(5 * 3600, en) == "5 hours");
    CHECK(format_gap(3 * 365 * 86400, locale_names("fr")) == "3 ans");
}

TEST_CASE("a long empty stretch becomes a labelled break; Linear keeps a plain axis") {
    // Events in 2010, then three in March 2021: 2011-2020 is empty.
    std::vector<Span> spans;
    for (const char* v : {"2010-05-01", "2021-03-01", "2021-03-02", "2021-03-10"}) {
        const When w = *parse_when(v);
        spans.push_back({w.begin, w.end});
    }
    ScaleOptions options;
    options.length = 1000;
    const TimeScale scale(spans, options, locale_names("en"));
    REQUIRE(scale.breaks().size() == 1);
    CHECK(scale.breaks()[0].label == "11 years");  // 2010-05-02 to 2021-03-01: 10 years 10 months
    CHECK(scale.breaks()[0].stop - scale.breaks()[0].start == doctest::Approx(64));
    // Dense March 2021 gets most of the axis, though it is a tiny part of the time.
    const double march = scale.position(static_cast<double>(parse_when("2021-03-11")->begin)) -
                         scale.position(static_cast<double>(parse_when("2021-03-01")->begin));
    CHECK(march > 400);
    options.linear = true;
    const TimeScale linear(spans, options, locale_names("en"));
    CHECK(linear.breaks().empty());
    const double total = static_cast<double>(parse_when("2021-03-11")->begin - parse_when("2010-05-01")->begin);
    const double linear_march = linear.position(static_cast<double>(parse_when("2021-03-11")->begin)) -
                                linear.position(static_cast<double>(parse_when("2021-03-01")->begin));
    CHECK(linear_march == doctest::Approx(1000 * 10 * 86400.0 / total).epsilon(0.01));
}

TEST_CASE("ticks suit the span and are written for their unit") {
    EstimateMeasurer m;
    const auto extent = [&](const std::string& s) { return m.width(s, FontSpec{11}); };
    const auto& en = locale_names("en");
    const auto labels = [&](std::vector<const char*> values) {
        std::vector<Span> spans;
        for (const char* v : values) spans.push_back({parse_when(v)->begin, parse_when(v)->end});
        ScaleOptions o;
        o.length = 1000;
        o.linear = true;
        std::vector<std::string> out;
        for (const auto& t : make_ticks(TimeScale(spans, o, en), en, extent, 14)) out.push_back(t.label);
        return out;
    };
    const auto years = labels({"2000", "2019"});
    CHECK(has(years, "2010"));
    CHECK(std::none_of(years.begin(), years.end(), [](const std::string& s) { return s.find('-') != std::string::npos; }));
    const auto days = labels({"2021-03-22", "2021-03-26"});
    CHECK(has(days, "Tue 23 Mar"));
    CHECK(has(days, "Wed 24 Mar"));
    const auto months = labels({"2021-01", "2021-12"});
    CHECK(has(months, "Mar 2021"));
    const auto hours = labels({"2021-03-23T09:00", "2021-03-23T17:00"});
    CHECK(has(hours, "12:00"));
    const auto bc = labels({"BC0100", "BC0020"});
    // Round numbers before the era too: 50 BC is astronomical year -49.
    CHECK(has(bc, "50 BC"));
    CHECK(!has(bc, "51 BC"));
    const auto era = labels({"BC0030", "0030"});
    CHECK(has(era, "10 BC"));
    CHECK(has(era, "AD 10"));
}

TEST_CASE("wrapping keeps within the width and ellipsizes past the last line") {
    EstimateMeasurer m;
    const FontSpec f{10};
    const auto w = wrap_text("one two three four five six seven eight nine ten eleven twelve", 60, 2, f, m);
    REQUIRE(w.lines.size() == 2);
    CHECK(w.truncated);
    CHECK(w.lines[1].size() >= 3);
    CHECK(w.lines[1].substr(w.lines[1].size() - 3) == "\u2026");
    for (const auto& l : w.lines) CHECK(m.width(l, f) <= 60);
    const auto long_word = wrap_text("Donaudampfschifffahrtsgesellschaftskapitän", 50, 0, f, m);
    CHECK(long_word.lines.size() > 1);
    for (const auto& l : long_word.lines) CHECK(m.width(l, f) <= 50);
}

TEST_CASE("text is cleaned to valid UTF-8 without control characters") {
    CHECK(clean_text("a\tb\n\nc") == "a b c");
    CHECK(clean_text("bad \xff byte") == "bad \xef\xbf\xbd byte");
    CHECK(clean_text("cut \xe2\x82") == "cut \xef\xbf\xbd\xef\xbf\xbd");
    CHECK(clean_text("bell\x07") == "bell");
    CHECK(clean_text("  trim  ") == "trim");
}

TEST_CASE("points, intervals and coarse dates get different marks; the article date is marked") {
    EventSet set;
    set.date = "2021-03-23";
    set.events = {ev("a day", "2021-03-20"), ev("a stay", "2021-03-21", "2021-03-24"), ev("a month", "2021-02")};
    EstimateMeasurer m;
    const Scene scene = layout(set, {}, m);
    REQUIRE(find_event(scene, "marker", 0) != nullptr);
    CHECK(find_event(scene, "marker", 0)->shape == Shape::Circle);
    REQUIRE(find_event(scene, "bar", 1) != nullptr);
    REQUIRE(find_event(scene, "bar", 2) != nullptr);
    CHECK(find_event(scene, "bar", 1)->dashed == false);
    CHECK(find_event(scene, "bar", 2)->dashed == true);   // "some time in February": outlined
    CHECK(find_event(scene, "bar", 2)->fill.a < 0.5);
    // The stay covers three days and a bit of axis; the month covers February.
    CHECK(find_event(scene, "bar", 1)->box.w > find_event(scene, "marker", 0)->box.w);
    CHECK(has(texts_of(scene, "article-date"), "article"));
    CHECK(has(texts_of(scene, "date"), "February 2021"));
    CHECK(has(texts_of(scene, "date"), "21\u201324 Mar 2021"));
}

TEST_CASE("events of the same day are stacked under one date") {
    EventSet set;
    set.events = {ev("first", "2021-03-22"), ev("second", "2021-03-22"), ev("elsewhere", "2021-04-02")};
    EstimateMeasurer m;
    const Scene scene = layout(set, {}, m);
    const auto dates = texts_of(scene, "date");
    CHECK(std::count(dates.begin(), dates.end(), "Mon 22 Mar 2021") == 1);
    const Item* first = find_event(scene, "label", 0);
    const Item* second = find_event(scene, "label", 1);
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(second->box.y == doctest::Approx(first->box.bottom()));  // directly under it
    CHECK(first->runs.front().text == "\u2022 first");
}

TEST_CASE("the itinerary lists days with headers, timed events in time order") {
    EventSet set;
    set.events = {ev("dinner", "2021-03-22T19:00"), ev("arrival", "2021-03-22"), ev("breakfast", "2021-03-22T08:15"),
                  ev("talks", "2021-03-23TAF"), ev("the deal", "2018")};
    set.events[4].when_text = "years earlier";
    Options options;
    options.style = Style::Itinerary;
    options.orientation = Orientation::Vertical;
    EstimateMeasurer m;
    const Scene scene = layout(set, options, m);
    const auto days = texts_of(scene, "day");
    REQUIRE(days.size() == 3);
    CHECK(days[0] == "2018");
    CHECK(days[1] == "Monday 22 March 2021");
    CHECK(days[2] == "Tuesday 23 March 2021");
    // Within Monday: the untimed arrival first, then by time.
    const double arrival = find_event(scene, "label", 1)->box.y;
    const double breakfast = find_event(scene, "label", 2)->box.y;
    const double dinner = find_event(scene, "label", 0)->box.y;
    CHECK(arrival < breakfast);
    CHECK(breakfast < dinner);
    const auto times = texts_of(scene, "time");
    CHECK(has(times, "08:15"));
    CHECK(has(times, "19:00"));
    CHECK(has(times, "afternoon"));
    CHECK(has(times, "years earlier"));
}

TEST_CASE("more events than fit: the most important keep their labels, the rest are counted") {
    EventSet set;
    for (int i = 0; i < 200; ++i) {
        set.events.push_back(ev("an ordinary event with a label of some length", "2021-03-22"));
        set.events.back().when = i % 2 == 0 ? "2021-03-22" : "2021-03-23";
    }
    set.events[150].label = "the one that matters";
    set.events[150].priority = 5;
    set.events[150].when = "2021-03-25";
    EstimateMeasurer m;
    const Scene scene = layout(set, {}, m);
    CHECK(find_event(scene, "label", 150) != nullptr);
    long counted = 0, labelled = 0;
    for (const auto& item : scene.items) {
        if (item.kind == "count") counted += item.n;
        if (item.kind == "label") ++labelled;
    }
    CHECK(counted > 0);
    CHECK(counted + labelled == 200);
}

TEST_CASE("a huge vertical timeline stays within the size limit") {
    EventSet set;
    for (int i = 0; i < 1400; ++i) {
        set.events.push_back(ev("event number " + std::to_string(i) + " with words to wrap over a line or two", "2000-01-01"));
        set.events.back().when = std::to_string(1000 + i);
    }
    Options options;
    options.orientation = Orientation::Vertical;
    EstimateMeasurer m;
    const Scene scene = layout(set, options, m);
    CHECK(scene.height <= max_height);
    CHECK(scene.height > 4000);
}

TEST_CASE("the print theme uses greys only, the dark theme a dark background") {
    EventSet set;
    set.title = "Themes";
    set.date = "2021-03-23";
    set.events = {ev("one", "2021-03-20"), ev("two", "2021-03-21", "2021-03-24"), ev("three", "2021-02")};
    set.events[0].group = "a";
    set.events[1].group = "b";
    set.events[2].group = "c";
    EstimateMeasurer m;
    Options options;
    options.theme = Theme::Print;
    const Scene print = layout(set, options, m);
    const auto grey = [](const Color& c) { return c.r == c.g && c.g == c.b; };
    CHECK(grey(print.background));
    for (const auto& item : print.items) {
        if (item.filled) CHECK(grey(item.fill));
        if (item.stroked) CHECK(grey(item.stroke));
        for (const auto& run : item.runs) CHECK(grey(run.color));
    }
    options.theme = Theme::Dark;
    const Scene dark = layout(set, options, m);
    CHECK(dark.background.r + dark.background.g + dark.background.b < 100);
    // Groups get different colours.
    const Item* a = find_event(dark, "marker", 0);
    const Item* b = find_event(dark, "bar", 1);
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    CHECK((a->fill.r != b->fill.r || a->fill.g != b->fill.g || a->fill.b != b->fill.b));
}
