#pragma once
// Shared pango set-up for measuring and drawing: one context with fixed font options
// (no hinting of metrics) so widths do not depend on the output scale.
#include "measure.hpp"

#include <pango/pangocairo.h>

#include <string>
#include <string_view>

namespace chronicle::render {

class PangoText {
public:
    explicit PangoText(const std::string& family);
    ~PangoText();
    PangoText(const PangoText&) = delete;
    PangoText& operator=(const PangoText&) = delete;

    double width(std::string_view text, const FontSpec& font);
    LineMetrics metrics(const FontSpec& font);
    // Draws one line with its baseline at (x, baseline); x is the left end.
    void draw(cairo_t* cr, std::string_view text, const FontSpec& font, double x, double baseline);

private:
    PangoLayout* layout_for(std::string_view text, const FontSpec& font);
    PangoContext* context_ = nullptr;
    PangoLayout* layout_ = nullptr;
    std::string family_;
};

}  // namespace chronicle::render
