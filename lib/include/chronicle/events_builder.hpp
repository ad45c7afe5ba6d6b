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

}  // namespace chronicle
