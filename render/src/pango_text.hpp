#pragma once
// Shared pango set-up for measuring and drawing: one context with fixed font options
// (no hinting of metrics) so widths do not depend on the output scale.
#include "measure.hpp"

#include <pango/pangocairo.h>

#include <string>
#include <string_view>
#include <vector>

namespace chronicle::render {

class PangoText {
public:
    explicit PangoText(const std::string& family);
    ~PangoText();
    PangoText(const PangoText&) = delete;
    PangoText& operator=(const PangoText&) = delete;

    double width(std::string_view text, const FontSpec& font);
    // Characters ("U+E000") of the texts measured so far that no installed font can draw
    // (pango shows a hex box for them), in first-seen order.
    const std::vector<std::string>& missing_glyphs() const { return missing_; }
    LineMetrics metrics(const FontSpec& font);
    // Draws one line with its baseline at (x, baseline); x is the left end.
    void draw(cairo_t* cr, std::string_view text, const FontSpec& font, double x, double baseline);

private:
    PangoLayout* layout_for(std::string_view text, const FontSpec& font);
    void note_missing_glyphs(std::string_view text, const FontSpec& font);
    PangoContext* context_ = nullptr;
    PangoLayout* layout_ = nullptr;
    std::string family_;
    std::vector<std::string> missing_;
};

// Whether every family of a font list ("DejaVu Sans", "Noto Sans CJK JP, DejaVu Sans") is
// installed, case-insensitively; the generic names (sans-serif, serif, monospace...) always are.
// On false, `unknown` names the first family that is not.
bool font_families_installed(std::string_view families, std::string& unknown);

}  // namespace chronicle::render
