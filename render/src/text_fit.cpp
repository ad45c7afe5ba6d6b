#include "text_fit.hpp"

#include <chronicle/text.hpp>

#include <algorithm>

namespace chronicle::render {

namespace {

constexpr std::uint32_t replacement = 0xFFFD;
constexpr std::string_view ellipsis = "\u2026";

bool is_space(std::uint32_t cp) {
    return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x3000;
}

// Invisible format characters that change how text reads without being seen: bidi
// embeddings, overrides, isolates and marks (a U+202E in a label shows it backwards), zero-width
// spaces and joiners that break searching and wrapping, the soft hyphen, a stray byte order
// mark, interlinear annotation. Removed, so that a label reads in the order it was written.
// Kept: ZWNJ and ZWJ (U+200C, U+200D), which shape Persian, Indic scripts and emoji sequences.
bool is_invisible_format(std::uint32_t cp) {
    return cp == 0x00AD || cp == 0x061C || cp == 0x180E || cp == 0x200B || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x206F) ||
           cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xE0001;
}

// Characters XML 1.0 forbids, and other invisible troublemakers.
bool is_unwanted(std::uint32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFFFE || cp == 0xFFFF ||
           is_invisible_format(cp);
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const std::uint32_t cp = decode_utf8(text, pos);
        if (cp == ' ') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.append(text.substr(start, pos - start));
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// The longest prefix (whole code points, at least one) of `word` within max_width.
std::size_t fitting_prefix(std::string_view word, double max_width, const FontSpec& font,
                           TextMeasurer& measurer) {
    const auto starts = code_point_starts(word);
    std::size_t lo = 1, hi = starts.size() - 1;  // number of code points
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (measurer.width(word.substr(0, starts[mid]), font) <= max_width) lo = mid;
        else hi = mid - 1;
    }
    return starts[lo];
}

}  // namespace

std::uint32_t decode_utf8(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) { ++pos; return lead; }
    int extra = 0;
    std::uint32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) { extra = 1; cp = lead & 0x1F; }
    else if ((lead & 0xF0) == 0xE0) { extra = 2; cp = lead & 0x0F; }
    else if ((lead & 0xF8) == 0xF0) { extra = 3; cp = lead & 0x07; }
    else { ++pos; return replacement; }
    if (pos + static_cast<std::size_t>(extra) >= text.size()) {  // cut short
        ++pos;
        return replacement;
    }
    for (int i = 1; i <= extra; ++i) {
        const unsigned char c = byte(pos + static_cast<std::size_t>(i));
        if ((c & 0xC0) != 0x80) { ++pos; return replacement; }
        cp = (cp << 6) | (c & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8.
    static constexpr std::uint32_t min_for_length[] = {0, 0x80, 0x800, 0x10000};
    if (cp < min_for_length[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++pos;
        return replacement;
    }
    pos += static_cast<std::size_t>(extra) + 1;
    return cp;
}

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::uint32_t cp = decode_utf8(text, pos);
        if (cp == '\t' || cp == '\n' || cp == '\r' || is_space(cp)) cp = ' ';
        if (cp == ' ') { pending_space = !out.empty(); continue; }
        if (is_unwanted(cp)) continue;
        if (pending_space) out += ' ';
        pending_space = false;
        append_utf8(out, cp);
    }
    return out;
}

std::vector<std::size_t> code_point_starts(std::string_view text) {
    std::vector<std::size_t> starts;
    std::size_t pos = 0;
    while (pos < text.size()) {
        starts.push_back(pos);
        decode_utf8(text, pos);
    }
    starts.push_back(text.size());
    return starts;
}

std::string ellipsize(std::string_view text, double max_width, const FontSpec& font,
                      TextMeasurer& measurer) {
    if (measurer.width(text, font) <= max_width) return std::string(text);
    if (measurer.width(ellipsis, font) > max_width) return "";
    const double room = std::max(0.0, max_width - measurer.width(ellipsis, font));
    const auto starts = code_point_starts(text);
    std::size_t lo = 0, hi = starts.size() - 1;
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (measurer.width(text.substr(0, starts[mid]), font) <= room) lo = mid;
        else hi = mid - 1;
    }
    std::string out(text.substr(0, starts[lo]));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + std::string(ellipsis);
}

Wrapped wrap_text(std::string_view text, double max_width, int max_lines, const FontSpec& font,
                  TextMeasurer& measurer) {
    Wrapped result;
    if (max_width < measurer.width(ellipsis, font)) {  // no room for any text
        result.lines.emplace_back();
        result.truncated = !text.empty();
        return result;
    }
    const double space = measurer.width(" ", font);
    std::string line;
    double line_width = 0;
    const auto flush = [&] {
        result.lines.push_back(std::move(line));
        line.clear();
        line_width = 0;
    };
    for (std::string word : split_words(text)) {
        double word_width = measurer.width(word, font);
        if (!line.empty() && line_width + space + word_width <= max_width) {
            line += ' ';
            line += word;
            line_width += space + word_width;
            continue;
        }
        if (!line.empty()) flush();
        while (!word.empty() && word_width > max_width) {  // a word longer than a line: break it
            const std::size_t cut = fitting_prefix(word, max_width, font, measurer);
            line = word.substr(0, cut);
            flush();
            word.erase(0, cut);
            word_width = measurer.width(word, font);
        }
        if (word.empty()) continue;
        line = std::move(word);
        line_width = word_width;
    }
    if (!line.empty()) flush();
    if (max_lines > 0 && result.lines.size() > static_cast<std::size_t>(max_lines)) {
        result.lines.resize(static_cast<std::size_t>(max_lines));
        result.truncated = true;
        auto& last = result.lines.back();
        last = ellipsize(last + std::string(ellipsis), max_width, font, measurer);
        if (last.size() < 3 || last.substr(last.size() - 3) != ellipsis) last += ellipsis;
        if (measurer.width(last, font) > max_width) last = ellipsize(last, max_width, font, measurer);
    }
    // Widths of words summed may differ a hair from the measured line (kerning): re-check.
    for (auto& l : result.lines) {
        if (measurer.width(l, font) > max_width) l = ellipsize(l, max_width, font, measurer);
        if (measurer.width(l, font) > max_width) l.clear();  // not even "…" fits
    }
    return result;
}

Wrapped wrap_words(std::string_view text, double max_width, int max_lines, const FontSpec& font,
                   TextMeasurer& measurer) {
    Wrapped result = wrap_text(text, max_width, max_lines, font, measurer);
    if (!result.truncated || result.lines.empty()) return result;
    std::string& last = result.lines.back();
    // Drop the ellipsis and the word it cut into, then put the ellipsis back after the
    // last whole word.
    if (last.size() >= ellipsis.size() && last.compare(last.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
        last.erase(last.size() - ellipsis.size());
    const auto space = last.rfind(' ');
    if (space == std::string::npos) {
        last = ellipsize(last + std::string(ellipsis), max_width, font, measurer);
        return result;
    }
    last.erase(space);
    // No dangling separators before the ellipsis ("Brussels ·…").
    while (!last.empty() && (last.back() == ' ' || last.back() == ',' || last.back() == ';')) last.pop_back();
    static constexpr std::string_view dot = "\u00b7";
    if (last.size() >= dot.size() && last.compare(last.size() - dot.size(), dot.size(), dot) == 0) {
        last.erase(last.size() - dot.size());
        while (!last.empty() && last.back() == ' ') last.pop_back();
    }
    last += ellipsis;
    if (measurer.width(last, font) > max_width) last = ellipsize(last, max_width, font, measurer);
    return result;
}

}  // namespace chronicle::render
