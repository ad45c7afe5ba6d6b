#pragma once
// Drawing events: layout into a scene, then SVG (written here), PNG or PDF (cairo+pango).
#include <chronicle/event.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace chronicle::render {

// Html: one self-contained page, the SVG inline with zoom, pan and event details.
enum class Format { Svg, Png, Pdf, Html };

// From a file extension (.svg, .png, .pdf, .html or .htm, any case); nullopt for others.
std::optional<Format> format_for_path(const std::filesystem::path& path);

enum class Orientation { Horizontal, Vertical };
enum class Style { Timeline, Itinerary };
enum class Theme { Light, Dark, Print, HighContrast };
enum class Axis { Auto, Linear };
// Swimlanes of a horizontal timeline: one row of events per group, person or place.
enum class Swimlanes { None, Group, Who, Where };
// Subsets of the font inside the SVG (@font-face data URIs), so that the picture looks the
// same where the font is not installed. Auto: in the HTML page, not in .svg files.
enum class EmbedFont { Auto, Yes, No };

struct Options {
    Orientation orientation = Orientation::Horizontal;
    Style style = Style::Timeline;
    Theme theme = Theme::Light;
    Axis axis = Axis::Auto;
    int width = 1200;             // CSS pixels of the output
    double scale = 1.0;           // PNG pixels per CSS pixel (2 for high-DPI)
    std::string font_family = "DejaVu Sans";
    double font_size = 13.0;
    std::string locale = "en";
    bool transparent = false;
    std::string title;     // overrides the events' title when not empty
    std::string subtitle;  // overrides the default "source · article date" subtitle
    Swimlanes lanes = Swimlanes::None;  // horizontal timelines: swimlanes by this field
    EmbedFont embed_font = EmbedFont::Auto;
};

// The rendered file's bytes. When `layout_json` is given it receives the laid-out scene
// as JSON ({"width","height","items":[...]}); when `warnings` is given it receives one-line
// warnings about the picture (a character no installed font can draw). Throws
// chronicle::Error, also for an unknown font family or locale.
std::string render(const EventSet& events, const Options& options, Format format,
                   std::string* layout_json = nullptr, std::vector<std::string>* warnings = nullptr);

}  // namespace chronicle::render
