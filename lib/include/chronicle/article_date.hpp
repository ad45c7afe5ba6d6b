#pragma once
// Finding the article's own date in its text when the user gives none.
#include <chronicle/calendar.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace chronicle {

struct DetectedDate {
    Date date;
    std::string evidence;  // the text it came from, e.g. "March 23, 2021" (dateline)
};

// Looks for a dateline or a full date (day, month and year) near the start of the article,
// falling back to the first full date anywhere. nullopt when the text has none.
std::optional<DetectedDate> detect_article_date(std::string_view text);

}  // namespace chronicle
