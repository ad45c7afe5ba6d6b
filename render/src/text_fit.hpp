#pragma once
// Fitting text into boxes: valid UTF-8, word wrapping to a width, ellipsis past a line count.
#include "measure.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::render {

// Valid UTF-8 without control characters (XML 1.0 and pango both reject them): bad bytes
// become U+FFFD, tabs and newlines become spaces, runs of spaces collapse.
std::string clean_text(std::string_view text);

// Byte offsets where each code point starts, plus text.size() at the end.
std::vector<std::size_t> code_point_starts(std::string_view text);

std::uint32_t decode_utf8(std::string_view text, std::size_t& pos);

struct Wrapped {
    std::vector<std::string> lines;
    bool truncated = false;  // an ellipsis was put on the last line
};

// Greedy word wrap to `max_width`; words wider than a line are broken between code points.
// Past `max_lines` the last kept line ends with "…".
Wrapped wrap_text(std::string_view text, double max_width, int max_lines, const FontSpec& font,
                  TextMeasurer& measurer);

// The longest prefix of `text` that fits in max_width together with "…" (or the whole text
// when it fits).
std::string ellipsize(std::string_view text, double max_width, const FontSpec& font,
                      TextMeasurer& measurer);

// Like wrap_text, but a text that does not fit in `max_lines` loses whole words only
// ("Brussels · Antony Blinken, Jens…", never "Jens Stolt…"), unless its last line is one
// word too long for a line.
Wrapped wrap_words(std::string_view text, double max_width, int max_lines, const FontSpec& font,
                   TextMeasurer& measurer);

}  // namespace chronicle::render
