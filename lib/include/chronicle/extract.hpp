#pragma once
// The temporal tagger: finds every temporal expression of a text and resolves it against
// the article date. Never reads the clock.
#include <chronicle/calendar.hpp>
#include <chronicle/timex.hpp>

#include <functional>
#include <string_view>
#include <vector>

namespace chronicle {

struct ExtractOptions {
    // Room for later switches (e.g. narrative vs news anchoring).
};

// Expressions in text order, non-overlapping. `text` must be valid UTF-8.
std::vector<Timex> extract(std::string_view text, Date article_date,
                           const ExtractOptions& options = {});

// The same expressions, in the same order, handed to `sink` one at a time as the text is
// tagged, so that a large text's expressions never need to be held at once (the command's
// output is written this way).
void extract_each(std::string_view text, Date article_date, const std::function<void(Timex&&)>& sink,
                  const ExtractOptions& options = {});

}  // namespace chronicle
