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

// The DCT is the value attribute of the first TIMEX3 in a closed <DCT>...</DCT> element of
// the header, the part of the document before <TEXT>. A <DCT> after <TEXT> (inside the text
// or after it), or one without </DCT> before <TEXT>, is not the DCT.
//
// Throws Error with a one-line message naming `name` when there is no such DCT, when its
// value does not start with a valid YYYY-MM-DD date, or when there is no <TEXT>...</TEXT>.
// There is deliberately no fallback to a date guessed from the text (as `chronicle
// extract` does for a plain article without --date): `chronicle timeml` reports the
// document as it reports any other bad document, one line on stderr, the other documents
// still processed, exit status 1. A TimeML document is scored against its DCT, so a
// guessed date would silently give different values.
TimemlDocument parse_timeml(std::string_view xml, std::string_view name);

// The document with `timexes` (byte offsets into document.text) as TIMEX3 tags with
// tid t1, t2, ... and the text re-escaped.
std::string write_timeml(const TimemlDocument& document, const std::vector<Timex>& timexes);

}  // namespace chronicle
