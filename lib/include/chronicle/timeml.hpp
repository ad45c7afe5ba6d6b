#pragma once
// TimeML documents in the form of the TempEval-3 corpora: read the article date (<DCT>)
// and the plain text (<TEXT> with its TIMEX3/EVENT/SIGNAL tags removed), and write the
// document back with the project's own TIMEX3 tags.
#include <chronicle/calendar.hpp>
#include <chronicle/timex.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

struct TimemlDocument {
    Date dct;
    std::string dct_value;  // as written in the DCT's TIMEX3 value
    std::string text;       // plain text of <TEXT>: tags removed, XML entities decoded
    std::string head;       // everything before the text, up to and including "<TEXT>"
    std::string tail;       // everything from "</TEXT>" on
};

// Throws Error naming `name` when there is no <DCT> with a valid date or no <TEXT>.
TimemlDocument parse_timeml(std::string_view xml, std::string_view name);

// The document with `timexes` (byte offsets into document.text) as TIMEX3 tags with
// tid t1, t2, ... and the text re-escaped.
std::string write_timeml(const TimemlDocument& document, const std::vector<Timex>& timexes);

}  // namespace chronicle
