// Placeholder: the tagger replaces this file.
#include <chronicle/extract.hpp>

namespace chronicle {
std::vector<Timex> extract(std::string_view, Date, const ExtractOptions&) { return {}; }
}  // namespace chronicle
