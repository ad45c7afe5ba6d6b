#pragma once
// Back-ends: each draws a Scene; they share nothing else.
#include "scene.hpp"

#include <chronicle/render/render.hpp>

#include <string>
#include <string_view>

namespace chronicle::render {

struct SvgFlavor {
    // Inline in the HTML page: no XML declaration, marks focusable and named for the script.
    bool interactive = false;
    std::string id_prefix;  // keeps ids unique when a page holds two pictures (light, dark)
};
std::string write_svg(const Scene& scene, const SvgFlavor& flavor = {});
// The self-contained HTML page: the picture inline (a light and a dark one when `dark` is
// given, chosen by prefers-color-scheme), zoom and pan, details on hover and focus.
// `lang` is the page's language (the locale's code).
std::string write_html(const Scene& main, Theme main_theme, const Scene* dark, std::string_view lang);
// `scale` PNG pixels per CSS pixel; lowered if needed to stay within cairo's 32,767 px.
std::string write_png(const Scene& scene, double scale);
std::string write_pdf(const Scene& scene);

// The scale actually used for a PNG of this scene.
double png_scale(const Scene& scene, double requested);

// The laid-out scene as JSON: {"width","height","items":[{kind,x,y,w,h,event?,n?,text?}]}.
std::string layout_json(const Scene& scene);

}  // namespace chronicle::render
