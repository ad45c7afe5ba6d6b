#include "pango_text.hpp"

#include "text_fit.hpp"

#include <chronicle/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace chronicle::render {

namespace {
cairo_font_options_t* fixed_font_options() {
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    return options;
}
}  // namespace

PangoText::PangoText(const std::string& family) : family_(family) {
    PangoFontMap* map = pango_cairo_font_map_get_default();
    context_ = pango_font_map_create_context(map);
    if (context_ == nullptr) throw Error("cannot create a pango context for text");
    cairo_font_options_t* options = fixed_font_options();
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_cairo_context_set_resolution(context_, 96.0);
    layout_ = pango_layout_new(context_);
}

PangoText::~PangoText() {
    if (layout_ != nullptr) g_object_unref(layout_);
    if (context_ != nullptr) g_object_unref(context_);
}

PangoLayout* PangoText::layout_for(std::string_view text, const FontSpec& font) {
    PangoFontDescription* desc = pango_font_description_from_string(family_.c_str());
    pango_font_description_set_absolute_size(desc, font.size * PANGO_SCALE);
    pango_font_description_set_weight(desc, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(desc, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout_, desc);
    pango_font_description_free(desc);
    pango_layout_set_text(layout_, text.data(), static_cast<int>(text.size()));
    return layout_;
}

double PangoText::width(std::string_view text, const FontSpec& font) {
    PangoRectangle logical;
    PangoLayout* layout = layout_for(text, font);
    pango_layout_get_extents(layout, nullptr, &logical);
    if (pango_layout_get_unknown_glyphs_count(layout) > 0 && missing_.size() < 100) {
        note_missing_glyphs(text, font);  // reuses the layout: measure the text again after it
        pango_layout_get_extents(layout_for(text, font), nullptr, &logical);
    }
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

void PangoText::note_missing_glyphs(std::string_view text, const FontSpec& font) {
    // The first character that no font draws on its own, so that the warning can name it
    // (a private-use or unassigned code point is invisible in a terminal).
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const std::uint32_t cp = decode_utf8(text, pos);
        if (cp <= 0x20) continue;
        if (pango_layout_get_unknown_glyphs_count(layout_for(text.substr(start, pos - start), font)) == 0) continue;
        const std::string note = fmt::format("U+{:04X}", cp);
        if (std::find(missing_.begin(), missing_.end(), note) == missing_.end()) missing_.push_back(note);
        return;
    }
}

LineMetrics PangoText::metrics(const FontSpec& font) {
    PangoLayout* layout = layout_for("Hg", font);
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    const double baseline = static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    const double height = static_cast<double>(logical.height) / PANGO_SCALE;
    return {baseline, height - baseline};
}

void PangoText::draw(cairo_t* cr, std::string_view text, const FontSpec& font, double x,
                     double baseline) {
    pango_cairo_update_context(cr, context_);
    PangoLayout* layout = layout_for(text, font);
    pango_layout_context_changed(layout);
    const double ascent = static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    cairo_move_to(cr, x, baseline - ascent);
    pango_cairo_show_layout(cr, layout);
}

namespace {
std::string folded(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c != ' ' || (!out.empty() && out.back() != ' ')) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}
}  // namespace

bool font_families_installed(std::string_view families, std::string& unknown) {
    static constexpr std::string_view generic[] = {"sans", "sans-serif", "serif", "monospace", "mono",
                                                   "cursive", "fantasy", "system-ui", "emoji"};
    std::vector<std::string> installed;
    PangoFontFamily** list = nullptr;
    int count = 0;
    pango_font_map_list_families(pango_cairo_font_map_get_default(), &list, &count);
    for (int i = 0; i < count; ++i) installed.push_back(folded(pango_font_family_get_name(list[i])));
    g_free(list);
    std::size_t start = 0;
    while (start <= families.size()) {
        const std::size_t comma = std::min(families.find(',', start), families.size());
        const std::string_view written = families.substr(start, comma - start);
        const std::string name = folded(written);
        start = comma + 1;
        if (name.empty()) continue;
        if (std::find(std::begin(generic), std::end(generic), name) != std::end(generic)) continue;
        if (std::find(installed.begin(), installed.end(), name) != installed.end()) continue;
        const std::size_t first = written.find_first_not_of(' ');
        const std::size_t last = written.find_last_not_of(' ');
        unknown = std::string(written.substr(first, last - first + 1));
        return false;
    }
    return true;
}

}  // namespace chronicle::render
