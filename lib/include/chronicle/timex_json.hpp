#pragma once
// The expressions of an article as JSON: the `chronicle extract` formats (json, jsonl), also
// used by every other writer of expressions, so that all of them print the same fields.
// Written straight into one string, without a JSON tree: on a large article this output is
// bigger than the text and was once three times the cost of tagging it.
#include <chronicle/timex.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

// Appends `s` as a JSON string (quoted; `"`, `\` and control characters escaped, other
// bytes as they are). `s` must be valid UTF-8, as every text Chronicle reads is checked.
void append_json_string(std::string& out, std::string_view s);

// Appends one expression as a JSON object: begin, end, text, type, value, mod/quant/freq
// when set, the sentence (begin, end, text) and, with `explain`, the rule, anchor and tense.
// `depth` < 0 writes it on one line; otherwise pretty-printed, two spaces a level, as an
// object nested `depth` levels deep. `text` is the article the offsets point into.
void append_timex_json(std::string& out, const Timex& timex, std::string_view text, bool explain, int depth);

// The two layouts of `chronicle extract`: one pretty-printed document
// {"file", "date", "expressions": [...]}, or JSON Lines, one expression a line.
enum class TimexJsonLayout { Document, Lines };

// Writes the expressions of one article in either layout, one expression at a time, into a
// string the caller empties when it likes (so output can stream to a file while the text
// is tagged): begin(), add() for each expression in text order, finish().
class TimexJsonWriter {
public:
    TimexJsonWriter(TimexJsonLayout layout, std::string_view text, bool explain)
        : layout_(layout), text_(text), explain_(explain) {}
    // The document's head; `file` and `date` ("YYYY-MM-DD") are printed as given. Nothing
    // for JSON Lines.
    void begin(std::string& out, std::string_view file, std::string_view date);
    void add(std::string& out, const Timex& timex);
    void finish(std::string& out);

private:
    TimexJsonLayout layout_;
    std::string_view text_;
    bool explain_;
    std::size_t count_ = 0;
};

// The whole output at once, for callers that hold the expressions already.
std::string timexes_json(std::string_view file, std::string_view date, const std::vector<Timex>& timexes,
                         std::string_view text, bool explain);
std::string timexes_jsonl(const std::vector<Timex>& timexes, std::string_view text, bool explain);

}  // namespace chronicle
