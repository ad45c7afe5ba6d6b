#pragma once
// Events as Markwhen text (.mw), the plain-text timeline format people keep in a repository:
// an optional header between "---" lines (title:, date:), one event a line
// "DATE: label #tag", ranges "DATE / DATE: label", and "group NAME" ... "endGroup" blocks
// (also "section" ... "endSection"). Dates may be written in any form the tagger
// understands ("March 23, 2021", "2021-03-23", "Tuesday" when the header gives the date).
// See docs/events-format.md.
#include <chronicle/event.hpp>

#include <string>
#include <string_view>

namespace chronicle {

// Throws Error with a one-line message naming `name` and the line
// ("plan.mw: line 7: \"soon\" is not a date (write 2021-03-23, March 23, 2021, 2021-03 or 2021)").
EventSet parse_markwhen(std::string_view text, std::string_view name);

// The events as Markwhen: a header with the title and the article date, groups as group
// blocks, where/who as description lines that parse_markwhen reads back. TIMEX3 values
// Markwhen has no word for (a quarter, a season, an ISO week, a part of the day) are
// written as the range of days or hours they stand for. Throws Error for BC years.
std::string to_markwhen(const EventSet& events);

}  // namespace chronicle
