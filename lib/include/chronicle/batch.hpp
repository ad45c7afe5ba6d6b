#pragma once
// One record of `chronicle batch`: a JSON Lines input line {"id", "text", "date"?} in, one
// JSON Lines output line out. Shared by the command and the Python package, so that both
// print the same record for the same input.
#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle {

struct BatchOptions {
    bool expressions = true;  // write "expressions": one object each, as `chronicle extract --format json`
    bool events = false;      // write "events": one object each, as in the events JSON format
};

// One JSON Lines input record {"id", "text", "date"?} -> one output line (no trailing newline):
// {"id": <id as given>, "date": "YYYY-MM-DD", "date_source": "input"|"text",
//  "expressions": [...], "events": [...]}. Without "date" (or with a null one) the date is
// found in the text as `chronicle extract` finds it.
// Never throws for a bad record: invalid JSON, invalid UTF-8, missing/non-string "text", a bad
// "date" (or none found in the text) give {"id": <id or null>, "line": N, "error": "<one-line
// message>"} and set failed = true (failed is left alone otherwise).
std::string batch_line(std::string_view input_line, std::size_t line_number, const BatchOptions& options,
                       bool& failed);

}  // namespace chronicle
