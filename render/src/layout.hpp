#pragma once
// Layout: events and options in, a Scene out. Only coordinates are computed here; text
// widths come from the measurer (pango for real output, the estimate in tests).
#include "measure.hpp"
#include "scene.hpp"

#include <chronicle/event.hpp>
#include <chronicle/render/render.hpp>

namespace chronicle::render {

// Above this many events, markers give way to a density strip and only the most important
// labels are considered.
inline constexpr std::size_t dense_threshold = 1500;

// Pictures stay below cairo's 32,767 px limit at any scale we allow.
inline constexpr double max_height = 16000;

Scene layout(const EventSet& events, const Options& options, TextMeasurer& measurer);

}  // namespace chronicle::render
