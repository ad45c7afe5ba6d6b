// The pango measurer: the same font map, options and descriptions as the cairo back-end,
// so that what layout measured is what gets drawn.
#include "measure.hpp"
#include "pango_text.hpp"

namespace chronicle::render {

namespace {

class PangoMeasurer final : public TextMeasurer {
public:
    explicit PangoMeasurer(const std::string& family) : fonts_(family) {}
    LineMetrics metrics(const FontSpec& font) override { return fonts_.metrics(font); }
    std::vector<std::string> missing_glyphs() const override { return fonts_.missing_glyphs(); }

protected:
    double measure(std::string_view text, const FontSpec& font) override {
        return fonts_.width(text, font);
    }

private:
    PangoText fonts_;
};

}  // namespace

std::unique_ptr<TextMeasurer> make_pango_measurer(const std::string& family) {
    return std::make_unique<PangoMeasurer>(family);
}

}  // namespace chronicle::render
