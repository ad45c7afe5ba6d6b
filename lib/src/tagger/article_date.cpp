// The article date, when the user gives none: the first fully written date (day, month and
// year all in the text) in the article. The tagger finds the dates; this file only chooses.
#include <chronicle/article_date.hpp>
#include <chronicle/extract.hpp>


namespace chronicle {

namespace {

// A date the text spells out completely resolves to the same day whatever the reference
// date, so any reference will do; the year must also be written, not implied.
bool is_full_written_date(const Timex& t) {
    if (t.type != TimexType::Date || t.value.size() != 10 || !parse_iso_date(t.value)) return false;
    return t.text.find(t.value.substr(0, 4)) != std::string::npos;
}

}  // namespace

std::optional<DetectedDate> detect_article_date(std::string_view text) {
    const Date any_reference = date::year{2000} / date::January / 1;
    for (const Timex& t : extract(text, any_reference)) {
        if (is_full_written_date(t)) {
            return DetectedDate{*parse_iso_date(t.value), t.text};
        }
    }
    return std::nullopt;
}

}  // namespace chronicle
