#include "measure.hpp"

#include "text_fit.hpp"


namespace chronicle::render {

double TextMeasurer::width(std::string_view text, const FontSpec& font) {
    std::string key;
    key.reserve(text.size() + sizeof(double) + 1);
    key.append(reinterpret_cast<const char*>(&font.size), sizeof(double));
    key.push_back(static_cast<char>((font.bold ? 1 : 0) | (font.italic ? 2 : 0)));
    key.append(text);
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    const double w = measure(text, font);
    if (cache_.size() > 200000) cache_.clear();  // bound memory on huge inputs
    cache_.emplace(std::move(key), w);
    return w;
}

namespace {

// Advance widths in ems, a little above DejaVu Sans (the default font, one of the widest).
double em_width(std::uint32_t cp) {
    if (cp == ' ') return 0.33;
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (std::string_view("iljtf.,:;'|!()[]I").find(c) != std::string_view::npos) return 0.42;
        if (c == 'm' || c == 'W' || c == 'M' || c == 'w' || c == '@' || c == '%') return 1.02;
        if (c >= 'A' && c <= 'Z') return 0.78;
        if (c >= '0' && c <= '9') return 0.66;
        return 0.66;
    }
    // East Asian wide and fullwidth forms take a full em.
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))
        return 1.05;
    if (cp >= 0x0300 && cp <= 0x036F) return 0.0;  // combining marks
    return 0.8;
}

}  // namespace

double EstimateMeasurer::measure(std::string_view text, const FontSpec& font) {
    double ems = 0;
    std::size_t pos = 0;
    while (pos < text.size()) ems += em_width(decode_utf8(text, pos));
    return ems * font.size * (font.bold ? 1.1 : 1.0);
}

LineMetrics EstimateMeasurer::metrics(const FontSpec& font) {
    return {font.size * 0.96, font.size * 0.26};
}

}  // namespace chronicle::render
