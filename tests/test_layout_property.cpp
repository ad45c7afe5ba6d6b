// Property test of the layout: many random event sets (1 to 5,000 events, spans from an hour
// to a century, labels of 1 to 40 words), every style, orientation and theme, fixed seeds,
// the estimate measurer (no fonts needed). For each picture: no two texts overlap, no label
// covers a marker, the axis or the density strip, no leader crosses a label, everything is
// inside the canvas, the canvas stays within cairo's limits, and every event is labelled or
// counted.
#include "layout.hpp"

#include <chronicle/event.hpp>
#include <chronicle/events_json.hpp>
#include <chronicle/when.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <random>
#include <set>

using namespace chronicle;
using namespace chronicle::render;

namespace {

const char* const words[] = {
    "minister", "talks", "summit", "of", "the", "and", "agreement", "Brussels", "sanctions",
    "withdrawal", "troops", "a", "vote", "in", "parliament", "Überraschung", "élection", "東京",
    "会議", "مؤتمر", "שלום", "deadline", "coalition", "negotiations", "ceasefire", "x",
    "supercalifragilisticexpialidociousandthensomemorelettersthatneverend", "2021", "—", "&", "<b>",
    "\"quoted\"", "O'Neill", "storm", "harbour", "reopened", "after", "repairs",
};

std::string random_label(std::mt19937& rng) {
    std::uniform_int_distribution<int> count(1, 40);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(words) - 1);
    const int n = std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? count(rng) : count(rng) % 8 + 1;
    std::string label;
    for (int i = 0; i < n; ++i) {
        if (i > 0) label += ' ';
        label += words[pick(rng)];
    }
    return label;
}

// A TIMEX3 value for a moment t (seconds since 1970) at a random grain.
std::string timex_at(std::int64_t t, int grain) {
    const std::int64_t days = t / 86400 - (t % 86400 < 0 ? 1 : 0);
    // Civil from days (Howard Hinnant's algorithm, written out here for independence).
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) ++y;
    const std::int64_t secs = t - days * 86400;
    const std::string year = y > 0 ? fmt::format("{:04}", y) : fmt::format("BC{:04}", 1 - y);
    switch (grain) {
        case 0: return year;
        case 1: return fmt::format("{}-{:02}", year, m);
        case 2: return fmt::format("{}-Q{}", year, (m - 1) / 3 + 1);
        case 3: return fmt::format("{}-{:02}-{:02}T{:02}:{:02}", year, m, d, secs / 3600, secs % 3600 / 60);
        case 4: return fmt::format("{}-{:02}-{:02}TAF", year, m, d);
        default: return fmt::format("{}-{:02}-{:02}", year, m, d);
    }
}

// Spans from `shortest` to `longest` seconds (log-uniform).
EventSet random_set(std::mt19937& rng, std::size_t n, double shortest = 3600.0, double longest = 3600.0 * 24 * 365.25 * 100) {
    EventSet set;
    set.title = random_label(rng);
    set.source = "generated";
    std::uniform_real_distribution<double> unit(0, 1);
    // Spans from an hour to a century (by default), anywhere from 100 BC to AD 3000.
    const double span = shortest * std::pow(longest / shortest, unit(rng));
    const auto start = static_cast<std::int64_t>(-65000000000.0 + unit(rng) * 95000000000.0);
    set.date = unit(rng) < 0.7 ? timex_at(start + static_cast<std::int64_t>(span * unit(rng)), 5) : "";
    if (!set.date.empty() && set.date.rfind("BC", 0) == 0) set.date.clear();
    const int groups = std::uniform_int_distribution<int>(0, 5)(rng);
    for (std::size_t i = 0; i < n; ++i) {
        Event e;
        e.label = random_label(rng);
        // Clustered times: events bunch up as in real articles.
        const double where = unit(rng) < 0.5 ? unit(rng) : std::floor(unit(rng) * 4) / 4 + unit(rng) * 0.01;
        const auto t = start + static_cast<std::int64_t>(span * where);
        const int grain = span < 3 * 86400 ? (unit(rng) < 0.8 ? 3 : 5) : std::uniform_int_distribution<int>(0, 5)(rng);
        e.when = timex_at(t, grain);
        if (unit(rng) < 0.15) e.end = timex_at(t + static_cast<std::int64_t>(span * unit(rng) * 0.2) + 86400 * 400, grain == 3 || grain == 4 ? 5 : grain);
        if (unit(rng) < 0.1) e.when_text = "during the trip";
        if (unit(rng) < 0.3) e.where = random_label(rng);
        if (unit(rng) < 0.2) e.who = random_label(rng);
        if (groups > 0) e.group = fmt::format("group {}", std::uniform_int_distribution<int>(1, groups)(rng));
        e.source = random_label(rng);
        e.priority = unit(rng) < 0.3 ? std::floor(unit(rng) * 5) : 0;
        e.confidence = unit(rng);
        // Author colours and period bands now and then.
        if (unit(rng) < 0.1) e.color = unit(rng) < 0.5 ? "#cc3311" : "#0077bb";
        if (unit(rng) < 0.04) e.kind = "period";
        set.events.push_back(std::move(e));
    }
    return set;
}

bool is_text(const Item& item) { return item.shape == Shape::Text; }
bool is_label(const Item& item) {
    return item.kind == "label" || item.kind == "date" || item.kind == "count" || item.kind == "time";
}
bool is_mark(const Item& item) {
    return item.kind == "marker" || item.kind == "bar" || item.kind == "density" || item.kind == "axis";
}

// Pairs of boxes that overlap, found by a sweep over x.
template <class F>
void for_overlapping_pairs(const std::vector<const Item*>& items, F&& report) {
    std::vector<const Item*> sorted = items;
    std::sort(sorted.begin(), sorted.end(), [](const Item* a, const Item* b) { return a->box.x < b->box.x; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        for (std::size_t j = i + 1; j < sorted.size() && sorted[j]->box.x < sorted[i]->box.right(); ++j) {
            if (overlaps(sorted[i]->box, sorted[j]->box)) report(*sorted[i], *sorted[j]);
        }
    }
}

std::string describe(const Item& item) {
    std::string text;
    for (const auto& r : item.runs) text += r.text.substr(0, 30) + "|";
    return fmt::format("{} at ({:.1f},{:.1f} {:.1f}x{:.1f}) {}", item.kind, item.box.x, item.box.y, item.box.w, item.box.h, text);
}

void check_scene(const Scene& scene, const EventSet& set, const std::string& what) {
    INFO(what);
    REQUIRE(scene.width > 0);
    REQUIRE(scene.height > 0);
    CHECK(scene.width <= 16000);
    CHECK(scene.height <= max_height);
    const Box canvas{0, 0, scene.width, scene.height};
    std::vector<const Item*> texts, marks;
    std::set<int> labelled;
    long counted = 0;
    bool density = false;
    int outside = 0;
    for (const auto& item : scene.items) {
        const bool finite = std::isfinite(item.box.x) && std::isfinite(item.box.y) && std::isfinite(item.box.w) &&
                            std::isfinite(item.box.h);
        if (!finite) FAIL("a coordinate is not a number: " << describe(item));
        if (!contains(canvas, item.box) && outside++ < 3) FAIL_CHECK("outside the canvas: " << describe(item));
        if (is_text(item)) texts.push_back(&item);
        if (is_mark(item)) marks.push_back(&item);
        if (item.kind == "label") labelled.insert(item.event);
        if (item.kind == "count") counted += item.n;
        if (item.kind == "density") density = true;
    }
    int reported = 0;
    for_overlapping_pairs(texts, [&](const Item& a, const Item& b) {
        if (reported++ < 3) FAIL_CHECK("texts overlap: " << describe(a) << " / " << describe(b));
    });
    std::vector<const Item*> labels_and_marks;
    for (const auto* t : texts)
        if (is_label(*t)) labels_and_marks.push_back(t);
    labels_and_marks.insert(labels_and_marks.end(), marks.begin(), marks.end());
    for_overlapping_pairs(labels_and_marks, [&](const Item& a, const Item& b) {
        if (is_label(a) != is_label(b) && reported++ < 3)
            FAIL_CHECK("label covers a mark: " << describe(a) << " / " << describe(b));
    });
    // Leaders run between labels, never across one (straight ones are zero-width boxes).
    std::vector<const Item*> leaders_and_labels;
    for (const auto& item : scene.items)
        if (item.kind == "leader" || item.kind == "label" || item.kind == "date") leaders_and_labels.push_back(&item);
    for_overlapping_pairs(leaders_and_labels, [&](const Item& a, const Item& b) {
        if ((a.kind == "leader") != (b.kind == "leader") && reported++ < 3)
            FAIL_CHECK("a leader crosses a label: " << describe(a) << " / " << describe(b));
    });
    // Every event is labelled or counted, exactly once.
    CHECK(static_cast<long>(labelled.size()) + counted == static_cast<long>(set.events.size()));
    if (set.events.size() > dense_threshold && scene.items.size() > 0) {
        const bool timeline = std::any_of(scene.items.begin(), scene.items.end(), [](const Item& i) { return i.kind == "axis"; });
        if (timeline) CHECK(density);
    }
}

}  // namespace

TEST_CASE("random event sets lay out without overlaps, inside the canvas, nothing lost") {
    // A fixed seed; CHRONICLE_PROPERTY_SEED explores others by hand (failures print the case).
    const char* seed_text = std::getenv("CHRONICLE_PROPERTY_SEED");
    std::mt19937 rng(seed_text != nullptr ? static_cast<unsigned>(std::strtoul(seed_text, nullptr, 10)) : 20210323U);
    EstimateMeasurer measurer;
    const int cases = 120;  // about 12 s in a Debug+ASan build, under 1 s optimised
    for (int c = 0; c < cases; ++c) {
        std::uniform_real_distribution<double> unit(0, 1);
        // Mostly small sets, some large: sizes spread evenly on a log scale up to 5,000.
        const auto n = static_cast<std::size_t>(std::exp(unit(rng) * std::log(5000.0)));
        const EventSet set = random_set(rng, std::max<std::size_t>(1, n));
        Options options;
        options.orientation = unit(rng) < 0.5 ? Orientation::Horizontal : Orientation::Vertical;
        options.style = unit(rng) < 0.25 ? Style::Itinerary : Style::Timeline;
        options.theme = static_cast<Theme>(c % 4);
        options.axis = unit(rng) < 0.2 ? Axis::Linear : Axis::Auto;
        options.width = std::uniform_int_distribution<int>(200, 2400)(rng);
        // Mostly usual sizes, sometimes huge type on a narrow picture.
        options.font_size = unit(rng) < 0.85 ? std::uniform_real_distribution<double>(8, 22)(rng)
                                             : std::uniform_real_distribution<double>(6, 72)(rng);
        static const char* const locales[] = {"en", "fr", "de", "es"};
        options.locale = locales[c % 4];
        if (unit(rng) < 0.2) options.lanes = static_cast<Swimlanes>(std::uniform_int_distribution<int>(1, 3)(rng));
        const Scene scene = layout(set, options, measurer);
        check_scene(scene, set,
                    fmt::format("case {}: {} events, {} {} width {} font {:.1f}", c, set.events.size(),
                                options.style == Style::Itinerary ? "itinerary" : "timeline",
                                options.orientation == Orientation::Vertical ? "vertical" : "horizontal",
                                options.width, options.font_size));
    }
}

// ---- The axis never lies ---------------------------------------------------------------
//
// Checked on the laid-out scene: the axis pieces it records, and every item placed by time
// (markers, bars, ticks, tick labels, the article date). Within 0.5 px each such item sits
// where its piece's affine map puts its time; all unmarked pieces share one scale; every
// other scale is a magnified piece, shaded and labelled with its factor; every break is
// drawn; no two bars overlap.

namespace {

double along_centre(const Scene& scene, const Box& b) {
    return scene.axis_vertical ? b.y + b.h / 2 : b.x + b.w / 2;
}
double along_start(const Scene& scene, const Box& b) { return scene.axis_vertical ? b.y : b.x; }
double along_end(const Scene& scene, const Box& b) { return scene.axis_vertical ? b.bottom() : b.right(); }

// Where the drawn axis puts time t; NaN when t is inside a break or off the axis.
double expected_at(const Scene& scene, double t) {
    for (const auto& p : scene.axis) {
        if (t < static_cast<double>(p.from) || t > static_cast<double>(p.to)) continue;
        const bool edge = t == static_cast<double>(p.from) || t == static_cast<double>(p.to);
        if (p.kind == "break" && !edge) return std::nan("");
        if (p.kind == "break") continue;
        return p.start + (p.stop - p.start) * (t - static_cast<double>(p.from)) / static_cast<double>(p.to - p.from);
    }
    // A break's edge: the neighbouring piece's end or start.
    for (const auto& p : scene.axis) {
        if (t == static_cast<double>(p.from)) return p.start;
        if (t == static_cast<double>(p.to)) return p.stop;
    }
    return std::nan("");
}

double piece_scale(const AxisPieceData& p) { return (p.stop - p.start) / static_cast<double>(p.to - p.from); }

void check_axis(const Scene& scene, const std::string& what) {
    INFO(what);
    if (scene.axis.empty()) return;
    int failures = 0;
    const auto fail = [&](const std::string& message) {
        if (failures++ < 4) FAIL_CHECK(message);
    };
    // Pieces follow each other in time and along the axis.
    for (std::size_t k = 0; k < scene.axis.size(); ++k) {
        const auto& p = scene.axis[k];
        CHECK(p.to > p.from);
        CHECK(p.stop > p.start);
        if (k > 0) {
            CHECK(p.from == scene.axis[k - 1].to);
            CHECK(p.start == doctest::Approx(scene.axis[k - 1].stop));
        }
    }
    // One scale outside the devices.
    double base = 0;
    for (const auto& p : scene.axis)
        if (p.kind == "linear" && base == 0) base = piece_scale(p);
    for (const auto& p : scene.axis)
        if (p.kind == "linear" && std::abs(piece_scale(p) / base - 1) > 1e-6) fail(fmt::format("a linear piece at {:.1f} has another scale", p.start));
    // Adjacent drawn pieces at different scales: one of them is a magnified piece.
    for (std::size_t k = 1; k < scene.axis.size(); ++k) {
        const auto& a = scene.axis[k - 1];
        const auto& b = scene.axis[k];
        if (a.kind == "break" || b.kind == "break") continue;
        if (std::abs(piece_scale(a) / piece_scale(b) - 1) > 1e-6 && a.kind != "magnified" && b.kind != "magnified")
            fail(fmt::format("unmarked change of scale at {:.1f}", b.start));
    }
    for (const auto& p : scene.axis) {
        if (p.kind == "magnified") {
            const double factor = base > 0 ? piece_scale(p) / base : 0;
            if (base > 0 && std::abs(factor - p.factor) > 1e-6 * p.factor)
                fail(fmt::format("magnified piece says x{} but is x{:.3f}", p.factor, factor));
            CHECK(p.factor >= 2);
            CHECK(p.label == fmt::format("\u00d7{}", static_cast<long long>(p.factor)));
            // Shaded over its whole stretch, and its factor written on the picture.
            const bool shaded = std::any_of(scene.items.begin(), scene.items.end(), [&](const Item& i) {
                return i.kind == "magnified" && std::abs(along_start(scene, i.box) - p.start) < 0.01 &&
                       std::abs(along_end(scene, i.box) - p.stop) < 0.01;
            });
            const bool labelled = std::any_of(scene.items.begin(), scene.items.end(), [&](const Item& i) {
                return i.kind == "magnify-label" && !i.runs.empty() && i.runs.front().text == p.label &&
                       along_centre(scene, i.box) > p.start - 1 && along_centre(scene, i.box) < p.stop + 1;
            });
            if (!shaded) fail(fmt::format("magnified piece at {:.1f} is not shaded", p.start));
            if (!labelled) fail(fmt::format("magnified piece at {:.1f} has no label {}", p.start, p.label));
        } else if (p.kind == "break") {
            const auto slashes = std::count_if(scene.items.begin(), scene.items.end(), [&](const Item& i) {
                return i.kind == "break" && along_centre(scene, i.box) > p.start && along_centre(scene, i.box) < p.stop;
            });
            if (slashes != 2) fail(fmt::format("break at {:.1f} drawn with {} slashes", p.start, slashes));
            CHECK(!p.label.empty());
        }
    }
    // Everything placed by time sits where the axis says, within half a pixel.
    std::vector<const Item*> bars;
    for (const auto& item : scene.items) {
        if (!item.timed) continue;
        const auto check_at = [&](double t, double got, const char* which) {
            const double want = expected_at(scene, t);
            if (!(std::abs(want - got) <= 0.5))
                fail(fmt::format("{} {} of {} is at {:.2f}, the axis puts its time at {:.2f}", item.kind, which,
                                 describe(item), got, want));
        };
        if (item.kind == "bar" || item.kind == "period") {
            if (item.kind == "bar") bars.push_back(&item);
            const double length = along_end(scene, item.box) - along_start(scene, item.box);
            const double drawn = expected_at(scene, static_cast<double>(item.t1)) - expected_at(scene, static_cast<double>(item.t0));
            // A bar shorter than a marker is drawn a marker long, centred on its stretch.
            if (length > drawn + 1e-6) {
                check_at((static_cast<double>(item.t0) + static_cast<double>(item.t1)) / 2, along_centre(scene, item.box), "centre");
            } else {
                check_at(static_cast<double>(item.t0), along_start(scene, item.box), "start");
                check_at(static_cast<double>(item.t1), along_end(scene, item.box), "end");
            }
        } else {
            check_at((static_cast<double>(item.t0) + static_cast<double>(item.t1)) / 2, along_centre(scene, item.box), "centre");
        }
    }
    // Bars in lanes: none covers another.
    std::sort(bars.begin(), bars.end(), [](const Item* a, const Item* b) { return a->box.x < b->box.x; });
    for (std::size_t i = 0; i < bars.size(); ++i)
        for (std::size_t j = i + 1; j < bars.size() && bars[j]->box.x < bars[i]->box.right(); ++j)
            if (overlaps(bars[i]->box, bars[j]->box)) fail("bars overlap: " + describe(*bars[i]) + " / " + describe(*bars[j]));
    // The year can be read: some tick label names one (a four-digit year, or BC/AD).
    bool year = false;
    for (const auto& item : scene.items) {
        if (item.kind != "tick-label") continue;
        for (const auto& r : item.runs) {
            int digits = 0;
            for (const char c : r.text) digits = std::isdigit(static_cast<unsigned char>(c)) ? digits + 1 : 0;
            if (r.text.find("BC") != std::string::npos || r.text.find("AD") != std::string::npos) year = true;
            int run = 0;
            for (const char c : r.text) {
                run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
                if (run >= 4) year = true;
            }
            (void)digits;
        }
    }
    if (!year) for (const auto& item : scene.items) if (item.kind == "tick-label" || item.kind == "break-label" || item.kind == "article-date") MESSAGE(describe(item));
    CHECK_MESSAGE(year, "no tick label names a year");
}

}  // namespace

TEST_CASE("the axis never lies: the seed article's events") {
    std::ifstream in(std::string(CHRONICLE_SOURCE_DIR) + "/examples/events/blinken-trip.json", std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const EventSet set = parse_events_json(text.str(), "blinken-trip.json");
    EstimateMeasurer measurer;
    for (const auto orientation : {Orientation::Horizontal, Orientation::Vertical}) {
        for (const int width : {600, 900, 1200, 2000}) {
            Options options;
            options.orientation = orientation;
            options.width = width;
            if (width == 2000) options.lanes = Swimlanes::Group;
            const Scene scene = layout(set, options, measurer);
            const std::string what = fmt::format("seed, {} width {}", orientation == Orientation::Vertical ? "vertical" : "horizontal", width);
            check_axis(scene, what);
            check_scene(scene, set, what);
            // The seed needs a break (2016-2017 is empty) and a magnified trip (three days
            // holding ten events in a six-year story).
            const auto kinds = [&](const char* k) {
                return std::count_if(scene.axis.begin(), scene.axis.end(), [&](const AxisPieceData& p) { return p.kind == k; });
            };
            CHECK(kinds("break") >= 1);
            CHECK(kinds("magnified") >= 1);
            // The article date is marked and labelled.
            CHECK(std::count_if(scene.items.begin(), scene.items.end(), [](const Item& i) { return i.kind == "article-date" && i.shape == Shape::Text; }) == 1);
        }
    }
}

TEST_CASE("the axis never lies: random event sets from minutes to 500 years") {
    const char* seed_text = std::getenv("CHRONICLE_PROPERTY_SEED");
    std::mt19937 rng(seed_text != nullptr ? static_cast<unsigned>(std::strtoul(seed_text, nullptr, 10)) : 20260101U);
    EstimateMeasurer measurer;
    std::uniform_real_distribution<double> unit(0, 1);
    for (int c = 0; c < 100; ++c) {
        const auto n = static_cast<std::size_t>(std::exp(unit(rng) * std::log(5000.0)));
        const EventSet set = random_set(rng, std::max<std::size_t>(1, n), 600.0, 500 * 365.25 * 86400);
        Options options;
        options.orientation = unit(rng) < 0.5 ? Orientation::Horizontal : Orientation::Vertical;
        options.axis = unit(rng) < 0.15 ? Axis::Linear : Axis::Auto;
        options.width = std::uniform_int_distribution<int>(300, 2400)(rng);
        options.font_size = std::uniform_real_distribution<double>(8, 20)(rng);
        if (unit(rng) < 0.3) options.lanes = static_cast<Swimlanes>(std::uniform_int_distribution<int>(1, 3)(rng));
        const Scene scene = layout(set, options, measurer);
        const std::string what = fmt::format("axis case {}: {} events, {} width {}", c, set.events.size(),
                                             options.orientation == Orientation::Vertical ? "vertical" : "horizontal", options.width);
        REQUIRE(!scene.axis.empty());
        check_axis(scene, what);
        check_scene(scene, set, what);
    }
}
