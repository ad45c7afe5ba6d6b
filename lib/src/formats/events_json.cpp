// The events JSON format, version 1 (docs/events-format.md). nlohmann::json parses; a small
// structural scan of the raw text finds the line of each event so that errors can name it.
// Lines are looked up only when an error is reported: finding one means searching the text,
// and doing that for every field of every event made a valid 100 000-event file take
// minutes (each search is linear in the file, so the whole read was quadratic).
#include <chronicle/calendar.hpp>
#include <chronicle/error.hpp>
#include <chronicle/events_json.hpp>
#include <chronicle/when.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "formats/json_kind.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace chronicle {

namespace {

using nlohmann::json;

std::size_t line_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Byte offsets of the elements of the top-level object's "events" array, in order. Works on
// text nlohmann has already accepted, so it only needs to track strings and nesting.
std::vector<std::size_t> event_offsets(std::string_view text) {
    std::vector<std::size_t> offsets;
    int depth = 0;
    bool in_events = false;       // inside the top-level "events" array
    bool expect_element = false;  // the next value at depth 2 starts an element
    std::string_view last_key;    // last string seen at depth 1 (a top-level key)
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (in_events && depth == 2) {
            if (c == ',') { expect_element = true; continue; }
            if (expect_element && c != ']') { offsets.push_back(i); expect_element = false; }
        }
        if (c == '"') {
            const std::size_t start = ++i;
            while (i < text.size() && text[i] != '"') i += (text[i] == '\\') ? 2 : 1;
            if (depth == 1) last_key = text.substr(start, i - start);
        } else if (c == '{' || c == '[') {
            if (depth == 1 && c == '[' && last_key == "events") { in_events = true; expect_element = true; }
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth == 1) in_events = false;
        }
    }
    return offsets;
}

// Where an event's field is written: the line of `"key"` inside the event, else of the event.
std::size_t field_line(std::string_view text, std::size_t event_offset, std::string_view key) {
    const std::string quoted = fmt::format("\"{}\"", key);
    const std::size_t end = text.find('}', event_offset);
    const std::size_t at = text.find(quoted, event_offset);
    if (at != std::string_view::npos && (end == std::string_view::npos || at < end)) {
        return line_of(text, at);
    }
    return line_of(text, event_offset);
}

constexpr std::array top_level_keys{"version", "title", "date", "source", "events"};
constexpr std::array event_keys{"label",  "when",   "end",    "when_text",
                                "where",  "who",    "group",  "source",
                                "source_begin", "source_end", "confidence", "priority",
                                "color", "kind"};

// "#rrggbb" or "#rgb": the colours the renderer understands.
bool is_hex_color(std::string_view s) {
    if ((s.size() != 7 && s.size() != 4) || s[0] != '#') return false;
    return std::all_of(s.begin() + 1, s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

template <std::size_t N>
bool known(const std::array<const char*, N>& keys, const std::string& key) {
    return key.rfind("x-", 0) == 0 ||  // extension fields are allowed and ignored
           std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
}

class Validator {
public:
    Validator(std::string_view text, std::string_view name) : text_(text), name_(name) {}

    EventSet run() {
        json root;
        try {
            root = json::parse(text_);
        } catch (const json::parse_error& e) {
            const std::size_t at = e.byte == 0 ? 0 : e.byte - 1;
            std::string what = e.what();
            if (auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos) {
                what = what.substr(colon + 2);
            }
            fail(line_of(text_, at), "", fmt::format("malformed JSON: {}", what));
        } catch (const json::out_of_range& e) {
            // A number too large for a double: nlohmann names it but not where it stands.
            std::string what = e.what();
            what = what.substr(what.find("] ") + 2);
            const std::size_t quote = what.find('\'');
            const std::string number = quote == std::string::npos ? "" : what.substr(quote + 1, what.size() - quote - 2);
            const std::size_t at = number.empty() ? 0 : text_.find(number);
            fail(line_of(text_, at == std::string_view::npos ? 0 : at), "", fmt::format("malformed JSON: {}", what));
        }
        if (!root.is_object()) fail(1, "", "expected a JSON object with an \"events\" array");
        for (const auto& [key, value] : root.items()) {
            if (!known(top_level_keys, key)) fail(top_line(key), key, "unknown field");
        }
        EventSet set;
        if (root.contains("version")) {
            const json& v = root["version"];
            if (!v.is_number_integer()) fail(top_line("version"), "version", "expected an integer");
            set.version = v.get<int>();
            if (set.version < 1 || set.version > events_format_version) {
                fail(top_line("version"), "version",
                     fmt::format("unsupported version {} (this Chronicle reads version {})",
                                 set.version, events_format_version));
            }
        }
        set.title = optional_string(root, "title", [&] { return top_line("title"); }, "");
        set.source = optional_string(root, "source", [&] { return top_line("source"); }, "");
        set.date = optional_string(root, "date", [&] { return top_line("date"); }, "");
        if (!set.date.empty() && !parse_iso_date(set.date)) {
            fail(top_line("date"), "date",
                 fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", set.date));
        }
        if (!root.contains("events")) fail(1, "events", "missing (an array of events is required)");
        const json& events = root["events"];
        if (!events.is_array()) {
            fail(top_line("events"), "events", fmt::format("expected an array, not {}", json_kind(events)));
        }
        set.events.reserve(events.size());
        for (std::size_t i = 0; i < events.size(); ++i) set.events.push_back(read_event(events[i], i));
        return set;
    }

private:
    [[noreturn]] void fail(std::size_t line, std::string_view field, std::string_view problem) const {
        if (field.empty()) throw Error(fmt::format("{}: line {}: {}", name_, line, problem));
        throw Error(fmt::format("{}: line {}: {}: {}", name_, line, field, problem));
    }

    std::size_t top_line(std::string_view key) const {
        const std::size_t at = text_.find(fmt::format("\"{}\"", key));
        return at == std::string_view::npos ? 1 : line_of(text_, at);
    }

    // Only called on the way to fail(): the scan of the events array is done once, then.
    std::size_t event_line(std::size_t index, std::string_view key) const {
        if (!offsets_) offsets_ = event_offsets(text_);
        if (index >= offsets_->size()) return top_line("events");
        return key.empty() ? line_of(text_, (*offsets_)[index]) : field_line(text_, (*offsets_)[index], key);
    }

    // `line` is called only when the value is wrong (see the comment at the top); `parent` is
    // the path of the object that holds `key` ("events[3]"), empty at the top level.
    template <typename Line>
    std::string optional_string(const json& object, const char* key, Line line, std::string_view parent) const {
        const auto found = object.find(key);
        if (found == object.end() || found->is_null()) return {};
        if (!found->is_string()) {
            // The field's path ("events[3].where") is only spelled out for the message.
            const std::string field = parent.empty() ? std::string(key) : fmt::format("{}.{}", parent, key);
            fail(line(), field, fmt::format("expected a string, not {}", json_kind(*found)));
        }
        return found->get<std::string>();
    }

    template <typename Line>
    void check_when(const std::string& value, Line line, std::string_view field) const {
        if (!parse_when(value)) {
            fail(line(), field,
                 fmt::format("\"{}\" is not a TIMEX3 date or time value "
                             "(such as 2021-03-23, 2021-03, 2018 or 2021-03-23T14:30)", value));
        }
    }

    Event read_event(const json& value, std::size_t index) const {
        const std::string path = fmt::format("events[{}]", index);
        if (!value.is_object()) {
            fail(event_line(index, ""), path, fmt::format("expected an object, not {}", json_kind(value)));
        }
        for (const auto& [key, item] : value.items()) {
            if (!known(event_keys, key)) fail(event_line(index, key), path + "." + key, "unknown field");
        }
        auto line = [&](const char* key) { return [this, index, key] { return event_line(index, key); }; };
        auto text_field = [&](const char* key) { return optional_string(value, key, line(key), path); };
        Event event;
        event.label = text_field("label");
        if (event.label.empty()) fail(event_line(index, "label"), path + ".label", "missing (a non-empty label is required)");
        event.when = text_field("when");
        if (event.when.empty()) fail(event_line(index, "when"), path + ".when", "missing (a TIMEX3 date such as 2021-03-23 is required)");
        check_when(event.when, line("when"), path + ".when");
        event.end = text_field("end");
        if (!event.end.empty()) {
            check_when(event.end, line("end"), path + ".end");
            if (parse_when(event.end)->end <= parse_when(event.when)->begin) {
                fail(event_line(index, "end"), path + ".end",
                     fmt::format("\"{}\" ends before \"{}\" begins", event.end, event.when));
            }
        }
        event.when_text = text_field("when_text");
        event.where = text_field("where");
        event.who = text_field("who");
        event.group = text_field("group");
        event.source = text_field("source");
        event.source_begin = offset_field(value, "source_begin", index, path);
        event.source_end = offset_field(value, "source_end", index, path);
        event.confidence = number_field(value, "confidence", index, path, 1.0);
        if (event.confidence < 0.0 || event.confidence > 1.0) {
            fail(event_line(index, "confidence"), path + ".confidence", "expected a number from 0 to 1");
        }
        event.priority = number_field(value, "priority", index, path, 0.0);
        event.color = text_field("color");
        if (!event.color.empty() && !is_hex_color(event.color))
            fail(event_line(index, "color"), path + ".color", fmt::format("\"{}\" is not a colour such as #1f77b4", event.color));
        event.kind = text_field("kind");
        if (!event.kind.empty() && event.kind != "period")
            fail(event_line(index, "kind"), path + ".kind", fmt::format("\"{}\" is not a kind (use \"period\" or leave it out)", event.kind));
        return event;
    }

    std::size_t offset_field(const json& object, const char* key, std::size_t index,
                             const std::string& path) const {
        if (!object.contains(key)) return 0;
        const json& v = object[key];
        if (!v.is_number_unsigned()) {
            fail(event_line(index, key), path + "." + key, "expected a non-negative integer");
        }
        return v.get<std::size_t>();
    }

    double number_field(const json& object, const char* key, std::size_t index,
                        const std::string& path, double fallback) const {
        if (!object.contains(key)) return fallback;
        const json& v = object[key];
        if (!v.is_number()) {
            fail(event_line(index, key), path + "." + key, fmt::format("expected a number, not {}", json_kind(v)));
        }
        return v.get<double>();
    }

    std::string_view text_;
    std::string_view name_;
    mutable std::optional<std::vector<std::size_t>> offsets_;  // see event_line
};

}  // namespace

EventSet parse_events_json(std::string_view json_text, std::string_view name) {
    return Validator(json_text, name).run();
}

namespace {

// One event as the format writes it: fields in a fixed order, optional ones omitted when empty.
nlohmann::ordered_json event_object(const Event& e) {
    nlohmann::ordered_json item;
    item["label"] = e.label;
    item["when"] = e.when;
    auto put = [&](const char* key, const std::string& value) {
        if (!value.empty()) item[key] = value;
    };
    put("end", e.end);
    put("when_text", e.when_text);
    put("where", e.where);
    put("who", e.who);
    put("group", e.group);
    put("source", e.source);
    if (e.source_end > 0) {
        item["source_begin"] = e.source_begin;
        item["source_end"] = e.source_end;
    }
    if (e.confidence != 1.0) item["confidence"] = e.confidence;
    if (e.priority != 0.0) item["priority"] = e.priority;
    put("color", e.color);
    put("kind", e.kind);
    return item;
}

}  // namespace

std::string to_events_json(const EventSet& set) {
    nlohmann::ordered_json root;
    root["version"] = set.version;
    if (!set.title.empty()) root["title"] = set.title;
    if (!set.date.empty()) root["date"] = set.date;
    if (!set.source.empty()) root["source"] = set.source;
    root["events"] = nlohmann::ordered_json::array();
    for (const Event& e : set.events) root["events"].push_back(event_object(e));
    // Invalid UTF-8 cannot reach here (inputs are checked), but never throw while writing.
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void append_event_json(std::string& out, const Event& event) {
    out += event_object(event).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace chronicle
