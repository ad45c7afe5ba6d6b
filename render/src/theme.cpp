#include "theme.hpp"

#include <fmt/format.h>

namespace chronicle::render {

namespace {

constexpr Color rgb(unsigned hex) {
    return Color{static_cast<std::uint8_t>(hex >> 16), static_cast<std::uint8_t>((hex >> 8) & 0xFF),
                 static_cast<std::uint8_t>(hex & 0xFF), 1.0};
}

// Colour-blind-safe categorical colours (Okabe-Ito order) on light backgrounds.
const Palette light{rgb(0xFFFFFF), rgb(0x1F2328), rgb(0x59636E), rgb(0x59636E), rgb(0x8C959F),
                    rgb(0xC2410C), rgb(0x59636E), rgb(0xFFFFFF), rgb(0x3A6EA5),
                    {rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0xCC79A7), rgb(0xE69F00),
                     rgb(0x56B4E9), rgb(0x8B6F00), rgb(0x444444)},
                    1.5, 1.5};
const Palette dark{rgb(0x0D1117), rgb(0xE6EDF3), rgb(0x9DA7B3), rgb(0x9DA7B3), rgb(0x6E7681),
                   rgb(0xFFA657), rgb(0x9DA7B3), rgb(0x0D1117), rgb(0x79C0FF),
                   {rgb(0x58A6FF), rgb(0xFF9E64), rgb(0x3FD29A), rgb(0xF0A6CA), rgb(0xF2CC60),
                    rgb(0x9AD8FF), rgb(0xD2B48C), rgb(0xC9D1D9)},
                   1.5, 1.5};
// Print: greys only, groups told apart by darkness.
const Palette print{rgb(0xFFFFFF), rgb(0x000000), rgb(0x4D4D4D), rgb(0x333333), rgb(0x808080),
                    rgb(0x000000), rgb(0x4D4D4D), rgb(0xFFFFFF), rgb(0x666666),
                    {rgb(0x000000), rgb(0x6B6B6B), rgb(0xA0A0A0), rgb(0x3A3A3A), rgb(0x858585),
                     rgb(0x202020), rgb(0xB5B5B5), rgb(0x505050)},
                    1.5, 1.5};
const Palette high_contrast{rgb(0x000000), rgb(0xFFFFFF), rgb(0xFFFFFF), rgb(0xFFFFFF),
                            rgb(0xFFFFFF), rgb(0xFFFF00), rgb(0xFFFFFF), rgb(0x000000),
                            rgb(0x00FFFF),
                            {rgb(0x00FFFF), rgb(0xFFFF00), rgb(0xFF80FF), rgb(0x80FF80),
                             rgb(0xFFA040), rgb(0xFFFFFF), rgb(0x80C0FF), rgb(0xFF6060)},
                            2.0, 2.5};

}  // namespace

const Palette& palette_for(Theme theme) {
    switch (theme) {
        case Theme::Light: return light;
        case Theme::Dark: return dark;
        case Theme::Print: return print;
        case Theme::HighContrast: return high_contrast;
    }
    return light;
}

Color group_color(const Palette& palette, int group) {
    if (group < 0) return palette.groups.front();
    return palette.groups[static_cast<std::size_t>(group) % palette.groups.size()];
}

std::string css_color(const Color& c) { return fmt::format("#{:02x}{:02x}{:02x}", c.r, c.g, c.b); }

}  // namespace chronicle::render
