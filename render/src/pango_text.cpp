#include "pango_text.hpp"

#include <chronicle/error.hpp>

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
    pango_layout_get_extents(layout_for(text, font), nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
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

}  // namespace chronicle::render
