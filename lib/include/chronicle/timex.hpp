#pragma once
// A temporal expression found in text, with its TIMEX3 type and value.
#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle {

enum class TimexType { Date, Time, Duration, Set };

std::string_view to_string(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
    std::size_t begin = 0;  // UTF-8 byte offset of the first byte in the input text
    std::size_t end = 0;    // one past the last byte
    std::string text;       // the expression as written
    TimexType type = TimexType::Date;
    std::string value;      // TIMEX3 value: "2021-03-23", "P2D", "PAST_REF", "XXXX-WXX-2"...
    std::string mod;        // TIMEX3 mod ("START", "APPROX"...) or empty
    std::string quant;      // SET only: "EVERY"... or empty
    std::string freq;       // SET only: "2X"... or empty

    std::size_t sentence_begin = 0;  // byte span of the sentence that holds it
    std::size_t sentence_end = 0;

    // Why this value (filled always; printed by `extract --explain`).
    std::string rule;    // the grammar rule that matched, e.g. "month_day_year"
    std::string anchor;  // "none", "article date 2021-03-23", "previous mention 2021-03-22"
    std::string tense;   // tense evidence used, e.g. "past: said" or empty
};

}  // namespace chronicle
