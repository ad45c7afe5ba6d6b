// The public entry point: options checked, layout with pango measurements, then a back-end.
#include "backends.hpp"
#include "dates.hpp"
#include "font_embed.hpp"
#include "pango_text.hpp"
#include "layout.hpp"

#include <chronicle/error.hpp>
#include <chronicle/render/render.hpp>
#include <chronicle/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace chronicle::render {

std::optional<Format> format_for_path(const std::filesystem::path& path) {
    const std::string ext = lowercase_extension(path);
    if (ext == ".svg") return Format::Svg;
    if (ext == ".png") return Format::Png;
    if (ext == ".pdf") return Format::Pdf;
    if (ext == ".html" || ext == ".htm") return Format::Html;
    return std::nullopt;
}

namespace {

std::string num(double v) {
    std::string s = fmt::format("{:.2f}", std::isfinite(v) ? v : 0.0);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<int>(c));
                else out += c;
        }
    }
    return out + "\"";
}

void check_options(const Options& o) {
    if (o.width < 200 || o.width > 16000)
        throw Error(fmt::format("width {} is out of range: use 200 to 16000 pixels", o.width));
    if (!std::isfinite(o.scale) || o.scale <= 0 || o.scale > 8)
        throw Error(fmt::format("scale {} is out of range: use a number above 0 and up to 8", o.scale));
    if (!std::isfinite(o.font_size) || o.font_size < 6 || o.font_size > 72)
        throw Error(fmt::format("font size {} is out of range: use 6 to 72", o.font_size));
    if (find_locale(o.locale) == nullptr)
        throw Error(fmt::format("locale \"{}\" is not known: use one of {}", o.locale, locale_codes()));
    std::string unknown;
    if (!font_families_installed(o.font_family, unknown))
        throw Error(fmt::format("font \"{}\" is not installed (fc-list : family lists the installed families)", unknown));
}

}  // namespace

std::string layout_json(const Scene& scene) {
    std::string out = fmt::format("{{\"width\":{},\"height\":{},\"items\":[", num(scene.width), num(scene.height));
    bool first = true;
    for (const auto& item : scene.items) {
        out += first ? "\n" : ",\n";
        first = false;
        out += fmt::format("{{\"kind\":{},\"x\":{},\"y\":{},\"w\":{},\"h\":{}", json_string(item.kind),
                           num(item.box.x), num(item.box.y), num(item.box.w), num(item.box.h));
        if (item.event >= 0) out += fmt::format(",\"event\":{}", item.event);
        if (item.kind == "count" || item.kind == "density") out += fmt::format(",\"n\":{}", item.n);
        if (item.shape == Shape::Text) {
            std::string text;
            // Runs on one baseline are one line (a coloured bullet and its label).
            for (std::size_t r = 0; r < item.runs.size(); ++r) {
                const bool same_line = r > 0 && item.runs[r].baseline == item.runs[r - 1].baseline;
                text += (r == 0 ? "" : same_line ? " " : "\n") + item.runs[r].text;
            }
            out += ",\"text\":" + json_string(text);
        }
        out += "}";
    }
    out += "\n]";
    // The axis pieces: time [from, to) (seconds since 1970) drawn over [start, stop) along x
    // (y when vertical), so that a reader of the file can check where each time is drawn.
    if (!scene.axis.empty()) {
        out += fmt::format(",\"axis\":{{\"vertical\":{},\"pieces\":[", scene.axis_vertical ? "true" : "false");
        for (std::size_t i = 0; i < scene.axis.size(); ++i) {
            const auto& p = scene.axis[i];
            out += fmt::format("{}{{\"kind\":{},\"from\":{},\"to\":{},\"start\":{},\"stop\":{},\"factor\":{}}}", i ? "," : "",
                               json_string(p.kind), p.from, p.to, num(p.start), num(p.stop), num(p.factor));
        }
        out += "]}";
    }
    return out + "}\n";
}

std::string render(const EventSet& events, const Options& options, Format format, std::string* layout_out,
                   std::vector<std::string>* warnings) {
    check_options(options);
    auto measurer = make_pango_measurer(options.font_family);
    Scene scene = layout(events, options, *measurer);
    if (warnings != nullptr) {
        const std::vector<std::string> missing = measurer->missing_glyphs();
        if (!missing.empty())
            warnings->push_back(fmt::format(
                "no installed font can draw {}{} (drawn as a box; Debian: fonts-noto-cjk, fonts-noto-color-emoji)",
                missing.front(), missing.size() > 1 ? fmt::format(" and {} other characters", missing.size() - 1) : ""));
    }
    scene.font_family = options.font_family;
    if (layout_out != nullptr) *layout_out = layout_json(scene);
    const bool vector_text = format == Format::Svg || format == Format::Html;
    const bool embed = vector_text && (options.embed_font == EmbedFont::Yes ||
                                       (options.embed_font == EmbedFont::Auto && format == Format::Html));
    std::vector<std::string> font_rules;
    if (embed) {
        font_rules = embedded_font_rules(scene, options.font_family);
        if (!font_rules.empty()) {
            scene.embedded_family = embedded_family_name(options.font_family);
            scene.style_rules.insert(scene.style_rules.begin(), font_rules.begin(), font_rules.end());
        }
    }
    switch (format) {
        case Format::Svg: return write_svg(scene);
        case Format::Png: return write_png(scene, options.scale);
        case Format::Pdf: return write_pdf(scene);
        case Format::Html: {
            // The default light picture gets a dark twin for readers whose system is dark;
            // only colours differ, so both are laid out alike.
            if (options.theme != Theme::Light) return write_html(scene, options.theme, nullptr, find_locale(options.locale)->code);
            Options dark_options = options;
            dark_options.theme = Theme::Dark;
            Scene dark = layout(events, dark_options, *measurer);
            dark.font_family = options.font_family;
            // The page's two pictures share one set of letters: the dark one names the
            // faces the light one's style already declares.
            dark.embedded_family = scene.embedded_family;
            return write_html(scene, options.theme, &dark, find_locale(options.locale)->code);
        }
    }
    throw Error("unknown output format");
}

}  // namespace chronicle::render
