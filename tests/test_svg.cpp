// The SVG writer: well-formed XML whatever the input, accessible, text as text.
#include <chronicle/render/render.hpp>

#include "text_fit.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using chronicle::EventSet;
using chronicle::render::Format;
using chronicle::render::Options;
using chronicle::render::render;

// Fontconfig keeps its configuration and caches for the life of the process by design;
// LeakSanitizer (in sanitizer builds) is told not to report them.
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig\n"; }

namespace {

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.';
}

// Checks an entity reference at text[pos] == '&'; advances past it.
bool entity(const std::string& text, std::size_t& pos) {
    const std::size_t semi = text.find(';', pos);
    if (semi == std::string::npos || semi - pos > 10) return false;
    const std::string name = text.substr(pos + 1, semi - pos - 1);
    pos = semi + 1;
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") return true;
    if (name.size() > 1 && name[0] == '#') {
        for (std::size_t i = 1; i < name.size(); ++i)
            if (!std::isxdigit(static_cast<unsigned char>(name[i])) && !(i == 1 && name[i] == 'x')) return false;
        return true;
    }
    return false;
}

// A small well-formedness checker: one root, balanced tags, quoted attributes without '<',
// no bare '&', valid UTF-8. Enough for what the writer produces; returns an error or "".
std::string xml_error(const std::string& text) {
    std::size_t check = 0;
    while (check < text.size()) {
        const std::size_t before = check;
        if (chronicle::render::decode_utf8(text, check) == 0xFFFD &&
            text.compare(before, 3, "\xEF\xBF\xBD") != 0)
            return "invalid UTF-8 at " + std::to_string(before);
    }
    std::vector<std::string> open;
    int roots = 0;
    std::size_t pos = 0;
    if (text.rfind("<?xml", 0) == 0) pos = text.find("?>") + 2;
    while (pos < text.size()) {
        if (text[pos] == '&') {
            if (!entity(text, pos)) return "bad entity at " + std::to_string(pos);
            continue;
        }
        if (text[pos] != '<') {
            if (text[pos] == '>') return "stray > at " + std::to_string(pos);
            if (open.empty() && !std::isspace(static_cast<unsigned char>(text[pos]))) return "text outside the root";
            ++pos;
            continue;
        }
        ++pos;
        const bool closing = pos < text.size() && text[pos] == '/';
        if (closing) ++pos;
        const std::size_t name_start = pos;
        while (pos < text.size() && is_name_char(text[pos])) ++pos;
        const std::string name = text.substr(name_start, pos - name_start);
        if (name.empty()) return "empty tag name at " + std::to_string(pos);
        if (closing) {
            if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
            open.pop_back();
            if (pos >= text.size() || text[pos] != '>') return "bad closing tag";
            ++pos;
            continue;
        }
        // Attributes.
        bool self_closing = false;
        while (true) {
            while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
            if (pos >= text.size()) return "unterminated tag";
            if (text[pos] == '>') { ++pos; break; }
            if (text.compare(pos, 2, "/>") == 0) { pos += 2; self_closing = true; break; }
            const std::size_t attr = pos;
            while (pos < text.size() && is_name_char(text[pos])) ++pos;
            if (pos == attr || pos + 1 >= text.size() || text[pos] != '=' || text[pos + 1] != '"')
                return "bad attribute in <" + name + ">";
            pos += 2;
            while (pos < text.size() && text[pos] != '"') {
                if (text[pos] == '<') return "< in an attribute";
                if (text[pos] == '&') {
                    if (!entity(text, pos)) return "bad entity in an attribute";
                } else {
                    ++pos;
                }
            }
            ++pos;
        }
        if (open.empty()) ++roots;
        if (!self_closing) open.push_back(name);
    }
    if (!open.empty()) return "unclosed <" + open.back() + ">";
    if (roots != 1) return "not one root element";
    return "";
}

}  // namespace

TEST_CASE("the checker itself rejects broken XML") {
    CHECK(xml_error("<svg><g></svg>") != "");
    CHECK(xml_error("<svg a=\"<\"/>") != "");
    CHECK(xml_error("<svg>a & b</svg>") != "");
    CHECK(xml_error("<svg/><svg/>") != "");
    CHECK(xml_error("<svg>\xff</svg>") != "");
    CHECK(xml_error("<svg x=\"1\"><text>a &amp; b</text></svg>") == "");
}

TEST_CASE("hostile text still makes well-formed, accessible SVG in every style") {
    EventSet set;
    set.title = "<script>alert('x')</script> & \"quotes\" \x01\x02 bad \xff\xfe bytes";
    set.source = "]]> <!-- not a comment --> <![CDATA[";
    set.date = "2021-03-23";
    set.events.push_back({"a < b && c > d", "2021-03-22", "", "\"soon\"", "O'Hare & <Midway>", "who's who", "<g>",
                          "source with \x7f delete and \t tabs", 0, 0, 1.0, 0.0, "", ""});
    set.events.push_back({"\xe6\x9d\xb1\xe4\xba\xac \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7", "2021-03-23T10:00",
                          "", "", "", "", "", "", 0, 0, 1.0, 0.0, "", ""});
    set.events.push_back({"cut utf-8 \xe2\x82", "2020", "", "", "", "", "<g>", "", 0, 0, 1.0, 0.0, "", ""});
    for (const auto style : {chronicle::render::Style::Timeline, chronicle::render::Style::Itinerary}) {
        for (const auto orientation : {chronicle::render::Orientation::Horizontal, chronicle::render::Orientation::Vertical}) {
            Options options;
            options.style = style;
            options.orientation = orientation;
            const std::string svg = render(set, options, Format::Svg);
            INFO(svg.substr(0, 400));
            CHECK(xml_error(svg) == "");
            CHECK(svg.find("<script>") == std::string::npos);
            CHECK(svg.find("role=\"img\"") != std::string::npos);
            CHECK(svg.find("<title id=\"chronicle-title\">") != std::string::npos);
            CHECK(svg.find("<desc id=\"chronicle-desc\">3 events") != std::string::npos);
            CHECK(svg.find("class=\"label") != std::string::npos);
        }
    }
}

TEST_CASE("a font family that is not installed is refused before anything is drawn") {
    EventSet set;
    set.events.push_back({"one", "2021-03-22", "", "", "", "", "", "", 0, 0, 1.0, 0.0, "", ""});
    Options options;
    options.font_family = "Evil\" Font' <x>";
    CHECK_THROWS_WITH(render(set, options, Format::Svg),
                      "font \"Evil\" Font' <x>\" is not installed (fc-list : family lists the installed families)");
    options.font_family = "sans-serif, DejaVu Sans";  // generic names and lists are fine
    CHECK(xml_error(render(set, options, Format::Svg)) == "");
}

TEST_CASE("transparent pictures have no background rectangle") {
    EventSet set;
    set.events.push_back({"one", "2021-03-22", "", "", "", "", "", "", 0, 0, 1.0, 0.0, "", ""});
    Options options;
    CHECK(render(set, options, Format::Svg).find("class=\"background\"") != std::string::npos);
    options.transparent = true;
    CHECK(render(set, options, Format::Svg).find("class=\"background\"") == std::string::npos);
}
