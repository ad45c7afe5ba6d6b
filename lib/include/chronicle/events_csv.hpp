#pragma once
// Events from a spreadsheet: CSV with a header row naming the columns
// `date,label[,end,where,who,group]` (any order; date and label required), fields quoted
// as in RFC 4180. See docs/events-builder.md.
#include <chronicle/event.hpp>

#include <string>
#include <string_view>

namespace chronicle {

// Throws Error with a one-line message naming `name`, the line and the column
// ("trip.csv: line 4: column 'date': expected a TIMEX3 date such as 2021-03-23, got 'soon'").
EventSet parse_events_csv(std::string_view text, std::string_view name);

// The events as CSV with the full header, fields quoted only when they need it; ends with
// a newline. parse_events_csv reads it back.
std::string to_events_csv(const EventSet& events);

}  // namespace chronicle
