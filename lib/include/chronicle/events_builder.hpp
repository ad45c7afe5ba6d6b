#pragma once
// From temporal expressions to events: labels, places and people, merged mentions.
#include <chronicle/calendar.hpp>
#include <chronicle/event.hpp>
#include <chronicle/timex.hpp>

#include <string_view>
#include <vector>

namespace chronicle {

// Events of an article, in time order. `timexes` are extract()'s output for `text`.
EventSet build_events(std::string_view text, Date article_date,
                      const std::vector<Timex>& timexes);

// extract() and build_events() together, reading the text once: the builder works on the
// tagger's own tokens (an article up to 256 KB is one tagging piece; a longer text is read
// again by the builder). The same expressions and events as the two calls.
struct ArticleEvents {
    std::vector<Timex> timexes;
    EventSet events;
};
ArticleEvents extract_events(std::string_view text, Date article_date);

}  // namespace chronicle
