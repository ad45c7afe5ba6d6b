#pragma once
// Text measurement, its own component so that layout can run (and be tested) without fonts.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chronicle::render {

struct FontSpec {
    double size = 13;
    bool bold = false;
    bool italic = false;
};

struct LineMetrics {
    double ascent = 0;   // above the baseline
    double descent = 0;  // below the baseline
};

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    // Advance width of one line of text (no wrapping), in CSS pixels. Cached by default.
    virtual double width(std::string_view text, const FontSpec& font);
    virtual LineMetrics metrics(const FontSpec& font) = 0;
    // Characters ("U+E000") of the measured texts that no installed font can draw, in
    // first-seen order (none for estimates).
    virtual std::vector<std::string> missing_glyphs() const { return {}; }

protected:
    virtual double measure(std::string_view text, const FontSpec& font) = 0;

private:
    // Layout measures the same words many times; the cache makes that cheap.
    std::unordered_map<std::string, double> cache_;
};

// Deterministic estimate from character classes, tuned to be a little wider than DejaVu Sans
// so that a layout made with it also holds with the real font.
class EstimateMeasurer final : public TextMeasurer {
public:
    LineMetrics metrics(const FontSpec& font) override;
    // Cheaper to compute than to look up: no cache.
    double width(std::string_view text, const FontSpec& font) override { return measure(text, font); }

protected:
    double measure(std::string_view text, const FontSpec& font) override;
};

// Real fonts through pango (deterministic on one machine).
std::unique_ptr<TextMeasurer> make_pango_measurer(const std::string& family);

}  // namespace chronicle::render
