#pragma once
// Subsets of the picture's font, embedded in SVG as @font-face data URIs (font_embed.cpp).
#include "scene.hpp"

#include <string>
#include <vector>

namespace chronicle::render {

// The family name the embedded faces go by ("DejaVu Sans (embedded)"), first in the SVG's
// font-family list so that a browser prefers them to an installed font of another version.
std::string embedded_family_name(const std::string& family);

// @font-face rules, one per face (regular, bold, italic...) the scene's text uses, each
// holding only the characters drawn in it. Empty when fontconfig finds no file.
std::vector<std::string> embedded_font_rules(const Scene& scene, const std::string& family);

}  // namespace chronicle::render
