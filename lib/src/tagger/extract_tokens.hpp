#pragma once
// extract() for a caller that reads the same text again (the events builder): the tokens
// the tagger made are handed back so that the text is tokenized once. Private to
// chronicle::core.
#include "tagger/tokenizer.hpp"

#include <chronicle/calendar.hpp>
#include <chronicle/timex.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace chronicle::tagger {

// The same expressions as extract(text, article_date). `tokens` is set to the text's tokens
// when the text is tagged in one piece (up to 256 KB, any article); a longer text is tagged
// piece by piece, and `tokens` is left empty.
std::vector<Timex> extract_keeping_tokens(std::string_view text, Date article_date, std::optional<Tokens>& tokens);

}  // namespace chronicle::tagger
