// The public renderer: formats, determinism, well-formed SVG, PNG/PDF signatures, layout JSON.
#include <chronicle/error.hpp>
#include <chronicle/render/render.hpp>

#include "backends.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using chronicle::Error;
using chronicle::EventSet;
using chronicle::render::Format;
using chronicle::render::Options;
using chronicle::render::Style;
using chronicle::render::format_for_path;
using chronicle::render::render;

// Fontconfig keeps its configuration and caches for the life of the process by design;
// LeakSanitizer (in sanitizer builds) is told not to report them.
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig\n"; }

namespace {

EventSet small_set() {
    EventSet set;
    set.title = "Storm season <draft> & notes";
    set.date = "2021-03-23";
    set.source = "A test article";
    set.events.push_back({"Harbour closed after the \"big\" storm", "2021-03-20", "", "", "Port", "", "Weather",
                          "The harbour closed on Saturday after the storm.", 0, 0, 1.0, 1.0, "", ""});
    set.events.push_back({"Ferries resume", "2021-03-23T14:30", "", "", "", "", "Transport",
                          "Ferries resumed at 2:30 pm.", 0, 0, 1.0, 0.0, "", ""});
    set.events.push_back({"Repairs", "2021-03-21", "2021-03-25", "", "", "", "", "", 0, 0, 1.0, 0.0, "", ""});
    set.events.push_back({"Last storm of this size", "2018", "", "", "", "", "Weather", "", 0, 0, 1.0, 0.0, "", ""});
    return set;
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("output formats follow the file extension, in any case") {
    CHECK(format_for_path("a/b.svg") == Format::Svg);
    CHECK(format_for_path("B.PNG") == Format::Png);
    CHECK(format_for_path("report.Pdf") == Format::Pdf);
    CHECK(format_for_path("page.html") == Format::Html);
    CHECK(format_for_path("PAGE.HTM") == Format::Html);
    CHECK_FALSE(format_for_path("x.jpeg").has_value());
    CHECK_FALSE(format_for_path("svg").has_value());
}

TEST_CASE("SVG keeps text as text, escapes it, and is byte-identical on a second run") {
    const auto set = small_set();
    const std::string a = render(set, {}, Format::Svg);
    const std::string b = render(set, {}, Format::Svg);
    CHECK(a == b);
    CHECK(starts_with(a, "<?xml"));
    CHECK(a.find("role=\"img\"") != std::string::npos);
    CHECK(a.find("<text") != std::string::npos);
    CHECK(a.find("Storm season &lt;draft&gt; &amp; notes") != std::string::npos);
    CHECK(a.find("&quot;big&quot;") != std::string::npos);
    CHECK(a.find("<draft>") == std::string::npos);
    // Every event has its source sentence as a tooltip.
    CHECK(a.find("The harbour closed on Saturday after the storm.</title>") != std::string::npos);
    CHECK(a.find("Ferries resumed at 2:30 pm.</title>") != std::string::npos);
    CHECK(a.find("font-family=\"&apos;DejaVu Sans&apos;") != std::string::npos);
}

TEST_CASE("PNG and PDF come out with their signatures, deterministically") {
    const auto set = small_set();
    Options options;
    options.width = 640;
    const std::string png = render(set, options, Format::Png);
    CHECK(starts_with(png, "\x89PNG\r\n\x1a\n"));
    CHECK(png == render(set, options, Format::Png));
    const std::string pdf = render(set, options, Format::Pdf);
    CHECK(starts_with(pdf, "%PDF-"));
    CHECK(pdf == render(set, options, Format::Pdf));
}

TEST_CASE("scale 2 doubles the PNG's pixels") {
    const auto set = small_set();
    Options options;
    options.width = 500;
    const auto size_of = [](const std::string& png) {
        // IHDR: width and height, big-endian, at bytes 16..23.
        const auto u32 = [&](std::size_t at) {
            return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
                   (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
                   (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
                   static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
        };
        return std::pair{u32(16), u32(20)};
    };
    const auto one = size_of(render(set, options, Format::Png));
    options.scale = 2;
    const auto two = size_of(render(set, options, Format::Png));
    CHECK(one.first == 500);
    CHECK(two.first == 1000);
    CHECK(two.second == 2 * one.second);
}

TEST_CASE("the layout JSON describes the picture: labels apart and inside the canvas") {
    std::string json;
    render(small_set(), {}, Format::Svg, &json);
    const auto doc = nlohmann::json::parse(json);
    const double w = doc["width"], h = doc["height"];
    CHECK(w == 1200);
    std::vector<nlohmann::json> labels;
    int events_with_labels[4] = {0, 0, 0, 0};
    for (const auto& item : doc["items"]) {
        CHECK(item["x"].get<double>() >= 0);
        CHECK(item["y"].get<double>() >= 0);
        CHECK(item["x"].get<double>() + item["w"].get<double>() <= w + 0.01);
        CHECK(item["y"].get<double>() + item["h"].get<double>() <= h + 0.01);
        if (item["kind"] == "label") {
            labels.push_back(item);
            events_with_labels[item["event"].get<int>()]++;
        }
    }
    for (int e : events_with_labels) CHECK(e == 1);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            const auto& a = labels[i];
            const auto& b = labels[j];
            const bool apart = a["x"].get<double>() + a["w"].get<double>() <= b["x"].get<double>() ||
                               b["x"].get<double>() + b["w"].get<double>() <= a["x"].get<double>() ||
                               a["y"].get<double>() + a["h"].get<double>() <= b["y"].get<double>() ||
                               b["y"].get<double>() + b["h"].get<double>() <= a["y"].get<double>();
            CHECK(apart);
        }
    }
}

TEST_CASE("bad options and bad dates are errors, not pictures") {
    Options options;
    options.width = 10;
    CHECK_THROWS_AS(render(small_set(), options, Format::Svg), Error);
    options = {};
    options.scale = 0;
    CHECK_THROWS_AS(render(small_set(), options, Format::Png), Error);
    auto set = small_set();
    set.events[1].when = "PAST_REF";
    CHECK_THROWS_WITH_AS(render(set, {}, Format::Svg), doctest::Contains("event 2"), Error);
}

TEST_CASE("an empty event set still draws a titled picture") {
    EventSet set;
    set.title = "Nothing yet";
    const std::string svg = render(set, {}, Format::Svg);
    CHECK(svg.find("Nothing yet") != std::string::npos);
    Options it;
    it.style = Style::Itinerary;
    CHECK(starts_with(render(set, it, Format::Png), "\x89PNG"));
}

TEST_CASE("PNG scale is lowered to keep both sides within cairo's 32,767 px") {
    chronicle::render::Scene tall;
    tall.width = 1200;
    tall.height = 16000;
    const double s = chronicle::render::png_scale(tall, 8);
    CHECK(s * tall.height <= 32767);
    CHECK(s * tall.width <= 32767);
    CHECK(s > 2.0);  // lowered only as far as needed: 32766 / 16000
    chronicle::render::Scene small;
    small.width = 600;
    small.height = 400;
    CHECK(chronicle::render::png_scale(small, 2) == 2);
    CHECK(chronicle::render::png_scale(small, -1) == 1);  // nonsense falls back to 1
}

TEST_CASE("the HTML page is self-contained, deterministic, and a label cannot end its script") {
    auto set = small_set();
    set.events[1].label = "Ferries </script><script>alert(1)</script> resume";
    const std::string a = render(set, {}, Format::Html);
    CHECK(a == render(set, {}, Format::Html));
    CHECK(starts_with(a, "<!DOCTYPE html>"));
    CHECK(a.find("<?xml") == std::string::npos);
    CHECK(a.find("alert(1)</script>") == std::string::npos);  // escaped in the SVG and in the data
    CHECK(a.find("src=") == std::string::npos);               // nothing loaded: no external script, image or font
    CHECK(a.find("href=") == std::string::npos);
    // The default light theme brings a dark twin; each event is one Tab stop per picture.
    CHECK(a.find("class=\"picture dark\"") != std::string::npos);
    std::size_t stops = 0;
    for (std::size_t at = a.find("tabindex=\"0\" role=\"img\""); at != std::string::npos;
         at = a.find("tabindex=\"0\" role=\"img\"", at + 1))
        ++stops;
    CHECK(stops == 2 * set.events.size());
    CHECK(a.find("aria-label=\"Harbour closed after the &quot;big&quot; storm, Sat 20 Mar 2021, Port\"") !=
          std::string::npos);
    // Another theme: that picture alone.
    Options dark;
    dark.theme = chronicle::render::Theme::Dark;
    CHECK(render(set, dark, Format::Html).find("class=\"picture dark\"") == std::string::npos);
}

TEST_CASE("--embed-font puts subsets of the font's faces in the SVG, the same bytes every time") {
    const auto set = small_set();
    Options embed;
    embed.embed_font = chronicle::render::EmbedFont::Yes;
    const std::string a = render(set, embed, Format::Svg);
    CHECK(a == render(set, embed, Format::Svg));
    CHECK(a.find("@font-face{font-family:&apos;DejaVu Sans (embedded)&apos;;font-weight:normal") != std::string::npos);
    CHECK(a.find("font-weight:bold") != std::string::npos);  // the title is bold: its face too
    CHECK(a.find("font-family=\"&apos;DejaVu Sans (embedded)&apos;, &apos;DejaVu Sans&apos;") != std::string::npos);
    // A subset, not the font: DejaVu Sans is about 740 kB.
    CHECK(a.size() < render(set, {}, Format::Svg).size() + 60000);
    CHECK(render(set, {}, Format::Svg).find("@font-face") == std::string::npos);  // off for .svg by default
    CHECK(render(set, {}, Format::Html).find("@font-face") != std::string::npos);  // on for the page
    Options plain;
    plain.embed_font = chronicle::render::EmbedFont::No;
    CHECK(render(set, plain, Format::Html).find("@font-face") == std::string::npos);
    CHECK(render(set, embed, Format::Png) == render(set, {}, Format::Png));  // pictures do not change
}
