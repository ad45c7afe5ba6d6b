#pragma once
// Back-ends: each draws a Scene; they share nothing else.
#include "scene.hpp"

#include <string>

namespace chronicle::render {

std::string write_svg(const Scene& scene);
// `scale` PNG pixels per CSS pixel; lowered if needed to stay within cairo's 32,767 px.
std::string write_png(const Scene& scene, double scale);
std::string write_pdf(const Scene& scene);

// The scale actually used for a PNG of this scene.
double png_scale(const Scene& scene, double requested);

// The laid-out scene as JSON: {"width","height","items":[{kind,x,y,w,h,event?,n?,text?}]}.
std::string layout_json(const Scene& scene);

}  // namespace chronicle::render
