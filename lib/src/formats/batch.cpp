// One record of `chronicle batch` (chronicle/batch.hpp). The expressions and events are written
// by the writers of `chronicle extract` and of the events format, so a record holds exactly
// what those commands print for the same text and date.
#include <chronicle/article_date.hpp>
#include <chronicle/batch.hpp>
#include <chronicle/calendar.hpp>
#include <chronicle/error.hpp>
#include <chronicle/events_builder.hpp>
#include <chronicle/events_json.hpp>
#include <chronicle/extract.hpp>
#include <chronicle/text.hpp>
#include <chronicle/timex_json.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "formats/json_kind.hpp"

#include <exception>
#include <new>
#include <optional>

namespace chronicle {

namespace {

using nlohmann::json;

// The id as the input gave it (any JSON value), or null when the record has none.
std::string id_json(const json* record) {
    if (record == nullptr || !record->is_object()) return "null";
    const auto it = record->find("id");
    if (it == record->end()) return "null";
    return it->dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_line(const std::string& id, std::size_t line_number, std::string_view message) {
    std::string out = "{\"id\":";
    out += id;
    out += ",\"line\":";
    out += std::to_string(line_number);
    out += ",\"error\":";
    // A message can quote the input; keep it one valid line whatever it holds.
    std::string one_line(message);
    for (char& c : one_line) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    if (find_invalid_utf8(one_line)) one_line = "the record could not be read";
    append_json_string(out, one_line);
    out += '}';
    return out;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 5: ..."; the tag means nothing to a user and the line is always 1 here.
std::string parse_message(const json::parse_error& e) {
    std::string_view what = e.what();
    if (const auto at = what.find("column "); at != std::string_view::npos) {
        return fmt::format("invalid JSON at byte {}", e.byte);
    }
    return fmt::format("invalid JSON ({})", what);
}

std::string record_line(std::string_view input_line, std::size_t line_number, const BatchOptions& options,
                        bool& failed) {
    auto fail = [&](const json* record, std::string_view message) {
        failed = true;
        return error_line(id_json(record), line_number, message);
    };
    if (input_line.find_first_not_of(" \t\r") == std::string_view::npos) {
        return fail(nullptr, "empty line (expected a JSON object {\"id\", \"text\", \"date\"?})");
    }
    if (auto bad = find_invalid_utf8(input_line)) {
        return fail(nullptr, fmt::format("invalid UTF-8 at byte {}", *bad));
    }
    json record;
    try {
        record = json::parse(input_line);
    } catch (const json::parse_error& e) {
        return fail(nullptr, parse_message(e));
    }
    if (!record.is_object()) {
        return fail(nullptr, fmt::format("expected a JSON object {{\"id\", \"text\", \"date\"?}}, not {}",
                                         json_kind(record)));
    }
    const auto text_it = record.find("text");
    if (text_it == record.end()) return fail(&record, "missing \"text\"");
    if (!text_it->is_string()) {
        return fail(&record, fmt::format("\"text\" must be a string, not {}", json_kind(*text_it)));
    }
    const std::string& text = text_it->get_ref<const std::string&>();
    if (text.size() > max_input_bytes) {
        return fail(&record, fmt::format("\"text\" is larger than the {} MB limit of one document",
                                         max_input_bytes >> 20));
    }

    Date date{};
    bool date_from_input = false;
    if (const auto date_it = record.find("date"); date_it != record.end() && !date_it->is_null()) {
        if (!date_it->is_string()) {
            return fail(&record, fmt::format("\"date\" must be a string YYYY-MM-DD, not {}", json_kind(*date_it)));
        }
        const std::string& given = date_it->get_ref<const std::string&>();
        const auto parsed = parse_iso_date(given);
        if (!parsed) {
            return fail(&record, fmt::format("\"date\": \"{}\" is not a valid date (expected YYYY-MM-DD)", given));
        }
        date = *parsed;
        date_from_input = true;
    } else if (auto found = detect_article_date(text)) {
        date = found->date;
    } else {
        return fail(&record, "no \"date\" and no article date found in the text");
    }

    std::string out = "{\"id\":";
    out += id_json(&record);
    out += ",\"date\":";
    append_json_string(out, format_iso_date(date));
    out += date_from_input ? ",\"date_source\":\"input\"" : ",\"date_source\":\"text\"";
    auto append_expression = [&, count = std::size_t{0}](const Timex& t) mutable {
        if (count++ > 0) out += ',';
        append_timex_json(out, t, text, false, -1);
    };
    if (!options.events) {
        if (options.expressions) {
            out += ",\"expressions\":[";
            extract_each(text, date, [&](Timex&& t) { append_expression(t); });
            out += ']';
        }
    } else {
        const ArticleEvents article = extract_events(text, date);
        if (options.expressions) {
            out += ",\"expressions\":[";
            for (const Timex& t : article.timexes) append_expression(t);
            out += ']';
        }
        const EventSet& events = article.events;
        out += ",\"events\":[";
        for (std::size_t i = 0; i < events.events.size(); ++i) {
            if (i > 0) out += ',';
            append_event_json(out, events.events[i]);
        }
        out += ']';
    }
    out += '}';
    return out;
}

}  // namespace

std::string batch_line(std::string_view input_line, std::size_t line_number, const BatchOptions& options,
                       bool& failed) {
    // A record that breaks the tagger must not stop an archive: it becomes an error line too.
    try {
        return record_line(input_line, line_number, options, failed);
    } catch (const Error& e) {
        failed = true;
        return error_line("null", line_number, e.what());
    } catch (const std::bad_alloc&) {
        failed = true;
        return error_line("null", line_number, "out of memory");
    } catch (const std::exception& e) {
        failed = true;
        return error_line("null", line_number, fmt::format("internal error: {}", e.what()));
    }
}

}  // namespace chronicle
