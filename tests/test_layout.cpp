// Layout details, with the estimate measurer: dates as people write them, the time scale and
// its breaks, markers for each kind of event, stacks, itinerary, locales, limits.
#include "dates.hpp"
#include "layout.hpp"
#include "text_fit.hpp"
#include "timescale.hpp"

#include <chronicle/event.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <set>

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
    // Bidi overrides, isolates and marks go: the label reads in the order it was typed.
    CHECK(clean_text("Vote \u202Edias\u202C today") == "Vote dias today");
    CHECK(clean_text("\u2067Cairo\u2069 talks\u200F") == "Cairo talks");
    // Zero-width space, word joiner, soft hyphen and a byte order mark inside a label go too.
    CHECK(clean_text("sum\u200Bmit re\u00ADopens\u2060 \uFEFFnow") == "summit reopens now");
    // ZWJ and ZWNJ shape scripts and emoji: they stay.
    CHECK(clean_text("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645") ==
          "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    CHECK(clean_text("\U0001F469\u200D\U0001F4BB team") == "\U0001F469\u200D\U0001F4BB team");
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

namespace {
double centre_x(const Item& i) { return i.box.x + i.box.w / 2; }
const Item* find_text(const Scene& scene, const std::string& kind, const std::string& text) {
    for (const auto& item : scene.items)
        if (item.kind == kind && !item.runs.empty() && item.runs.front().text == text) return &item;
    return nullptr;
}
}  // namespace

TEST_CASE("a day's marker and its tick label are both centred on the day") {
    EventSet set;
    set.events = {ev("arrival", "2021-03-22"), ev("talks", "2021-03-23"), ev("departure", "2021-03-25")};
    EstimateMeasurer m;
    Options o;
    o.axis = Axis::Linear;
    const Scene scene = layout(set, o, m);
    const Item* marker = find_event(scene, "marker", 1);
    const Item* label = find_text(scene, "tick-label", "Tue 23 Mar");
    REQUIRE(marker != nullptr);
    REQUIRE(label != nullptr);
    CHECK(centre_x(*label) == doctest::Approx(centre_x(*marker)).epsilon(0.0005));
    // The tick mark itself is at midnight: half a day before the label's centre.
    const double day = scene.axis.front().stop - scene.axis.front().start;  // one linear piece
    REQUIRE(scene.axis.size() == 1);
    const double px_per_day = day / static_cast<double>(scene.axis.front().to - scene.axis.front().from) * 86400;
    bool midnight_tick = false;
    for (const auto& item : scene.items)
        if (item.kind == "tick" && std::abs(item.box.x - (centre_x(*label) - px_per_day / 2)) < 0.5) midnight_tick = true;
    CHECK(midnight_tick);
}

TEST_CASE("a year-long axis has every month tick; the year is always on the axis") {
    EventSet set;
    set.events = {ev("start", "2021-01-01"), ev("end", "2021-12-31")};
    EstimateMeasurer m;
    Options o;
    o.width = 1600;
    const Scene scene = layout(set, o, m);
    for (const char* month : {"Jan 2021", "Feb 2021", "Mar 2021", "Apr 2021", "May 2021", "Jun 2021", "Jul 2021",
                              "Aug 2021", "Sep 2021", "Oct 2021", "Nov 2021", "Dec 2021"})
        CHECK_MESSAGE(find_text(scene, "tick-label", month) != nullptr, std::string(month));
    // Six hours of one day: clock ticks, and the day with its year at the start.
    EventSet hours;
    hours.events = {ev("a", "2021-03-23T06:00"), ev("b", "2021-03-23T12:00")};
    const Scene h = layout(hours, {}, m);
    CHECK(has(texts_of(h, "tick-label"), "Tue 23 Mar 2021"));
    CHECK(has(texts_of(h, "tick-label"), "09:00"));
}

TEST_CASE("a crowded stretch is magnified with its factor shown, never stretched unmarked") {
    EventSet set;
    set.date = "2021-03-23";
    // Events every year or so (no gap to cut out), then a busy three days.
    set.events = {ev("deal", "2015-07-14"), ev("exit", "2018-05-08"), ev("arrival", "2021-03-22"),
                  ev("talks", "2021-03-23"), ev("more talks", "2021-03-23T15:00"), ev("departure", "2021-03-24"),
                  ev("deadline", "2021-05-01"), ev("a", "2016-06-01"), ev("b", "2017-05-01"), ev("c", "2019-06-01"),
                  ev("d", "2020-05-01")};
    EstimateMeasurer m;
    const Scene scene = layout(set, {}, m);
    const AxisPieceData* mag = nullptr;
    double base = 0;
    for (const auto& p : scene.axis) {
        if (p.kind == "magnified") mag = &p;
        if (p.kind == "linear" && base == 0) base = (p.stop - p.start) / static_cast<double>(p.to - p.from);
    }
    REQUIRE(mag != nullptr);
    const double scale = (mag->stop - mag->start) / static_cast<double>(mag->to - mag->from);
    CHECK(scale / base == doctest::Approx(mag->factor));
    CHECK(mag->factor >= 3);
    CHECK(mag->from <= parse_when("2021-03-22")->begin);
    CHECK(mag->to >= parse_when("2021-03-24")->end);
    CHECK(has(texts_of(scene, "magnify-label"), mag->label));
    // Outside the magnified stretch one scale: 2015 to 2018 takes its length in time.
    const double a = centre_x(*find_event(scene, "marker", 0)), b = centre_x(*find_event(scene, "marker", 1));
    const double seconds = static_cast<double>(parse_when("2018-05-08")->begin - parse_when("2015-07-14")->begin);
    bool broken = false;
    for (const auto& p : scene.axis) broken = broken || (p.kind == "break" && p.from > parse_when("2015-07-14")->begin && p.to < parse_when("2018-05-08")->begin);
    if (!broken) CHECK(b - a == doctest::Approx(seconds * base).epsilon(0.001));
}

TEST_CASE("overlapping intervals go to separate lanes, each start and end visible") {
    EventSet set;
    set.events = {ev("summit", "2021-03-22", "2021-03-26"), ev("talks", "2021-03-23", "2021-03-24"),
                  ev("visit", "2021-03-24", "2021-03-28"), ev("later", "2021-03-29")};
    EstimateMeasurer m;
    for (const auto orientation : {Orientation::Horizontal, Orientation::Vertical}) {
        Options o;
        o.orientation = orientation;
        const Scene scene = layout(set, o, m);
        std::vector<const Item*> bars;
        for (int e = 0; e < 3; ++e) {
            REQUIRE(find_event(scene, "bar", e) != nullptr);
            bars.push_back(find_event(scene, "bar", e));
        }
        for (std::size_t i = 0; i < bars.size(); ++i)
            for (std::size_t j = i + 1; j < bars.size(); ++j) CHECK_FALSE(overlaps(bars[i]->box, bars[j]->box));
        // Summit and talks overlap in time: different lanes, so one is off the axis line.
        const auto across = [&](const Item* b) { return orientation == Orientation::Vertical ? b->box.x : b->box.y; };
        CHECK(across(bars[0]) != doctest::Approx(across(bars[1])));
    }
}

TEST_CASE("author colours, the legend only when it tells something, period bands") {
    EstimateMeasurer m;
    EventSet one;
    one.events = {ev("a", "2021-03-22"), ev("b", "2021-03-23")};
    one.events[0].group = one.events[1].group = "Trip";
    CHECK(texts_of(layout(one, {}, m), "legend").empty());  // one group: nothing to tell apart
    EventSet two = one;
    two.events[1].group = "Background";
    two.events[1].color = "#ff0000";
    const Scene s2 = layout(two, {}, m);
    CHECK(std::count_if(s2.items.begin(), s2.items.end(), [](const Item& i) { return i.kind == "legend" && i.shape == Shape::Text; }) == 2);
    const Item* red = find_event(s2, "marker", 1);
    REQUIRE(red != nullptr);
    CHECK((red->fill.r == 255 && red->fill.g == 0 && red->fill.b == 0));
    EventSet bad = one;
    bad.events[0].color = "crimson";
    CHECK_THROWS_WITH(layout(bad, {}, m), "event 1: color \"crimson\" is not a colour written #rrggbb");

    EventSet eras;
    eras.events = {ev("Cold War", "1947", "1991"), ev("Wall falls", "1989-11-09"), ev("Sputnik", "1957-10-04")};
    eras.events[0].kind = "period";
    const Scene s3 = layout(eras, {}, m);
    const Item* band = find_event(s3, "period", 0);
    REQUIRE(band != nullptr);
    CHECK(find_event(s3, "bar", 0) == nullptr);  // a band, not a bar among the events
    CHECK(find_event(s3, "label", 0) != nullptr);
    // Behind the events: drawn before their markers.
    std::size_t band_at = 0, marker_at = 0;
    for (std::size_t i = 0; i < s3.items.size(); ++i) {
        if (&s3.items[i] == band) band_at = i;
        if (s3.items[i].kind == "marker" && s3.items[i].event == 1) marker_at = i;
    }
    CHECK(band_at < marker_at);
    CHECK(band->box.x < centre_x(*find_event(s3, "marker", 1)));
    CHECK(band->box.right() > centre_x(*find_event(s3, "marker", 1)));
}

TEST_CASE("the itinerary marks the article's day, also when no event falls on it") {
    EstimateMeasurer m;
    Options o;
    o.style = Style::Itinerary;
    EventSet set;
    set.date = "2021-03-23";
    set.events = {ev("arrival", "2021-03-22"), ev("talks", "2021-03-24")};
    const Scene scene = layout(set, o, m);
    CHECK(has(texts_of(scene, "article-date"), "article"));
    CHECK(has(texts_of(scene, "day"), "Tuesday 23 March 2021"));
    const auto days = texts_of(scene, "day");
    CHECK(days == std::vector<std::string>{"Monday 22 March 2021", "Tuesday 23 March 2021", "Wednesday 24 March 2021"});
}

namespace {
// Four events of two people (and one of nobody) on three days, for the swimlane tests.
EventSet swimlane_events() {
    EventSet set;
    set.date = "2021-03-23";
    set.events = {ev("arrival", "2021-03-22"), ev("talks", "2021-03-23"), ev("rally", "2021-03-22"), ev("deadline", "2021-05-01")};
    set.events[0].who = set.events[1].who = "Blinken";
    set.events[2].who = "Protesters";
    return set;
}
}  // namespace

TEST_CASE("swimlanes: one row per group, person or place, on one time axis") {
    EstimateMeasurer m;
    EventSet set = swimlane_events();
    set.events[0].group = set.events[1].group = "Trip";
    set.events[2].group = set.events[3].group = "Other";
    Options o;
    o.lanes = Swimlanes::Who;
    const Scene scene = layout(set, o, m);
    // Blinken, Protesters, and a lane for the event with nobody.
    CHECK(texts_of(scene, "lane-label") == std::vector<std::string>{"Blinken", "Protesters", "\u2014"});
    // Events of a lane sit on its line: arrival and talks share one height, the rally another.
    const double y0 = find_event(scene, "marker", 0)->box.y, y1 = find_event(scene, "marker", 1)->box.y;
    const double y2 = find_event(scene, "marker", 2)->box.y, y3 = find_event(scene, "marker", 3)->box.y;
    CHECK(y0 == doctest::Approx(y1));
    CHECK(y2 > y0);
    CHECK(y3 > y2);
    // Same day, other lane: same x.
    CHECK(centre_x(*find_event(scene, "marker", 0)) == doctest::Approx(centre_x(*find_event(scene, "marker", 2))));
    // By group the lane names replace the legend.
    o.lanes = Swimlanes::Group;
    const Scene by_group = layout(set, o, m);
    CHECK(texts_of(by_group, "lane-label") == std::vector<std::string>{"Trip", "Other"});
    CHECK(texts_of(by_group, "legend").empty());
}

TEST_CASE("vertical swimlanes: one column per person, each with its line, on one time axis") {
    EstimateMeasurer m;
    const EventSet set = swimlane_events();
    Options o;
    o.orientation = Orientation::Vertical;
    o.width = 1200;
    o.lanes = Swimlanes::Who;
    const Scene scene = layout(set, o, m);
    CHECK(texts_of(scene, "lane-label") == std::vector<std::string>{"Blinken", "Protesters", "\u2014"});
    // A column's events share its line (x); the same day in another column, the same height.
    const Item* arrival = find_event(scene, "marker", 0);
    const Item* talks = find_event(scene, "marker", 1);
    const Item* rally = find_event(scene, "marker", 2);
    const Item* deadline = find_event(scene, "marker", 3);
    REQUIRE((arrival && talks && rally && deadline));
    CHECK(centre_x(*arrival) == doctest::Approx(centre_x(*talks)));
    CHECK(centre_x(*rally) > centre_x(*arrival) + 100);
    CHECK(centre_x(*deadline) > centre_x(*rally) + 100);
    CHECK(arrival->box.y + arrival->box.h / 2 == doctest::Approx(rally->box.y + rally->box.h / 2));
    CHECK(talks->box.y > arrival->box.y);
    // Each label sits right of its own line and left of the next column's.
    for (const Item& label : scene.items) {
        if (label.kind != "label" || label.event < 0) continue;
        const double line = centre_x(*find_event(scene, "marker", label.event));
        CHECK(label.box.x > line);
        if (label.event < 2) CHECK(label.box.x + label.box.w < centre_x(*rally));
    }
    // Where two columns cannot fit, the timeline has none.
    o.width = 300;
    CHECK(texts_of(layout(set, o, m), "lane-label").empty());
}

TEST_CASE("where/who lines wrap and lose whole names only") {
    EstimateMeasurer m;
    const FontSpec f{11};
    const std::string meta = "NATO headquarters, Brussels \u00b7 Antony Blinken, Jens Stoltenberg, Ursula von der Leyen";
    const double w = m.width("NATO headquarters, Brussels", f) + 2;
    const auto wrapped = wrap_words(meta, w, 2, f, m);
    REQUIRE(wrapped.lines.size() == 2);
    CHECK(wrapped.truncated);
    for (const auto& line : wrapped.lines) CHECK(m.width(line, f) <= w);
    const std::string& last = wrapped.lines.back();
    REQUIRE(last.size() > 3);
    CHECK(last.substr(last.size() - 3) == "\u2026");
    // The text before the ellipsis ends where a word of the original ends.
    const std::string kept = last.substr(0, last.size() - 3);
    const auto at = meta.find(kept);
    REQUIRE(at != std::string::npos);
    const char next = meta[at + kept.size()];
    CHECK((next == ' ' || next == ','));
    // Fitting text is left alone.
    CHECK(wrap_words("Brussels", 200, 2, f, m).lines == std::vector<std::string>{"Brussels"});
}

TEST_CASE("a stack of events of different groups shows each event's colour on its bullet") {
    EstimateMeasurer m;
    EventSet set;
    set.events = {ev("arrival", "2021-03-22"), ev("rally", "2021-03-22"), ev("later", "2021-04-01")};
    set.events[0].group = "Trip";
    set.events[1].group = "Photos";
    const Scene scene = layout(set, {}, m);
    const Item* a = find_event(scene, "label", 0);
    const Item* b = find_event(scene, "label", 1);
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    REQUIRE(a->runs.size() >= 2);
    REQUIRE(b->runs.size() >= 2);
    CHECK(a->runs[0].text == "\u2022");
    CHECK(a->runs[1].text == "arrival");
    const auto same = [](const Color& x, const Color& y) { return x.r == y.r && x.g == y.g && x.b == y.b; };
    CHECK_FALSE(same(a->runs[0].color, b->runs[0].color));
    CHECK(same(a->runs[0].color, find_event(scene, "marker", 0)->fill));
}

TEST_CASE("the itinerary puts a vague time after the event it follows in the text") {
    EventSet set;
    set.events = {ev("dinner", "2021-03-22T19:00"), ev("breakfast", "2021-03-22T08:15"), ev("press talk", "2021-03-22"),
                  ev("arrival", "2021-03-22"), ev("to Oslo", "2021-03-22", "2021-03-24")};
    set.events[2].when_text = "later in the day";  // follows breakfast in the text
    Options options;
    options.style = Style::Itinerary;
    options.orientation = Orientation::Vertical;
    EstimateMeasurer m;
    const Scene scene = layout(set, options, m);
    const auto y = [&](int e) { return find_event(scene, "label", e)->box.y; };
    CHECK(y(3) < y(1));  // arrival: no time at all, first
    CHECK(y(1) < y(2));  // breakfast, then "later in the day"
    CHECK(y(2) < y(0));  // before the evening's dinner
    CHECK(has(texts_of(scene, "time"), "\u2192 Wed 24 Mar"));  // a multi-day item keeps its end date
}

TEST_CASE("an itinerary of 2,000 events uses its columns, keeps the important ones, counts the rest per day") {
    EventSet set;
    for (int i = 0; i < 2000; ++i) {
        char when[32];
        std::snprintf(when, sizeof when, "2021-03-%02dT%02d:%02d", 1 + i % 28, (i * 7) % 24, (i * 13) % 60);
        Event e = ev("meeting number " + std::to_string(i) + " about the harbour", when);
        e.priority = i % 20 == 0 ? 4 : 0;  // 100 important ones
        set.events.push_back(std::move(e));
    }
    EstimateMeasurer m;
    Options o;
    o.style = Style::Itinerary;
    const auto run = [&](int width, std::set<int>& shown, long& counted, std::set<double>& columns) {
        o.width = width;
        const Scene scene = layout(set, o, m);
        for (const auto& item : scene.items) {
            if (item.kind == "label") shown.insert(item.event);
            if (item.kind == "count") counted += item.n;
            if (item.kind == "day") columns.insert(item.box.x);
        }
        CHECK(static_cast<long>(shown.size()) + counted == 2000);
        return scene;
    };
    {
        // Wide: four columns hold them all.
        std::set<int> shown;
        long counted = 0;
        std::set<double> columns;
        run(1600, shown, counted, columns);
        CHECK(columns.size() >= 4);
        CHECK(counted == 0);
    }
    std::set<int> shown;
    long counted = 0;
    std::set<double> columns;
    const Scene scene = run(900, shown, counted, columns);
    CHECK(columns.size() == 2);
    CHECK(counted > 0);
    long day_counts = 0;
    for (const auto& item : scene.items) day_counts += item.kind == "count" ? 1 : 0;
    CHECK(day_counts >= 10);  // counted per day, not in one heap
    for (int i = 0; i < 2000; i += 20) CHECK_MESSAGE(shown.count(i) == 1, i);  // every important one
    // Within a day, the shown ones are in time order.
    double last_y = -1, last_x = -1;
    int last_day = -1;
    for (const auto& item : scene.items) {
        if (item.kind != "label") continue;
        const int day = item.event % 28;
        if (day == last_day && item.box.x == last_x) CHECK(item.box.y > last_y);
        last_day = day;
        last_x = item.box.x;
        last_y = item.box.y;
    }
}

TEST_CASE("a long name met again later is shortened to its last word") {
    EventSet set;
    set.events = {ev("talks", "2021-03-23"), ev("arrival", "2021-03-22"), ev("press", "2021-03-24")};
    set.events[0].who = "Antony Blinken, Jens Stoltenberg";
    set.events[1].who = "Antony Blinken";
    set.events[2].who = "Jens Stoltenberg, Sophie Wilmès";
    Options o;
    o.style = Style::Itinerary;
    EstimateMeasurer m;
    const Scene scene = layout(set, o, m);
    const auto text_of = [&](int e) {
        std::string t;
        for (const auto& item : scene.items)
            if (item.kind == "label" && item.event == e)
                for (const auto& r : item.runs) t += r.text + "|";
        return t;
    };
    // In time order: arrival (22nd) names Blinken first; the talks (23rd) then say "Blinken".
    CHECK(text_of(1).find("Antony Blinken") != std::string::npos);
    CHECK(text_of(0).find("Blinken, Jens Stoltenberg") != std::string::npos);
    CHECK(text_of(0).find("Antony") == std::string::npos);
    CHECK(text_of(2).find("Stoltenberg, Sophie Wilmès") != std::string::npos);
}
