#pragma once
// The temporal tagger: finds every temporal expression of a text and resolves it against
// the article date. Never reads the clock.
#include <chronicle/calendar.hpp>
#include <chronicle/timex.hpp>

#include <string_view>
#include <vector>

namespace chronicle {

struct ExtractOptions {
    // Room for later switches (e.g. narrative vs news anchoring).
};

// Expressions in text order, non-overlapping. `text` must be valid UTF-8.
std::vector<Timex> extract(std::string_view text, Date article_date,
                           const ExtractOptions& options = {});

}  // namespace chronicle
