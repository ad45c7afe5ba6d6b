#pragma once
#include "scene.hpp"

#include <chronicle/render/render.hpp>

#include <vector>

namespace chronicle::render {

struct Palette {
    Color background, text, muted, axis, tick, accent, count_fill, count_text, density;
    std::vector<Color> groups;  // one per legend group, in order of first appearance
    double marker_outline = 1.5;
    double axis_width = 1.5;
};

const Palette& palette_for(Theme theme);
Color group_color(const Palette& palette, int group);  // group -1: no group
std::string css_color(const Color& c);  // "#rrggbb"

}  // namespace chronicle::render
