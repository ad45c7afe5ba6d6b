// CSV events (RFC 4180): a small state machine over the text that keeps the line number of
// every record, so that errors can point at the line a user sees in an editor.
#include <chronicle/error.hpp>
#include <chronicle/events_csv.hpp>
#include <chronicle/when.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <optional>

namespace chronicle {

namespace {

struct Record {
    std::size_t line = 0;  // line where the record starts
    std::vector<std::string> fields;
};

enum class Column { Date, Label, End, Where, Who, Group, Color, Kind };

struct ColumnName {
    std::string_view name;
    Column column;
};

constexpr std::array column_names{
    ColumnName{"date", Column::Date},   ColumnName{"label", Column::Label},
    ColumnName{"end", Column::End},     ColumnName{"where", Column::Where},
    ColumnName{"who", Column::Who},     ColumnName{"group", Column::Group},
    ColumnName{"color", Column::Color}, ColumnName{"kind", Column::Kind},
};

std::string lowercase_trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

// Splits the text into records. A quoted field may hold commas, doubled quotes and line
// breaks; text after a closing quote other than a separator is an error.
std::vector<Record> read_records(std::string_view text, std::string_view name) {
    std::vector<Record> records;
    std::size_t line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        Record record;
        record.line = line;
        std::string field;
        bool end_of_record = false;
        while (!end_of_record) {
            if (i < text.size() && text[i] == '"') {
                ++i;
                const std::size_t quote_line = line;
                for (;;) {
                    if (i >= text.size()) {
                        throw Error(fmt::format("{}: line {}: column {}: quoted field is never closed",
                                                name, quote_line, record.fields.size() + 1));
                    }
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') { field += '"'; i += 2; continue; }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n') ++line;
                    field += text[i++];
                }
                if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    throw Error(fmt::format("{}: line {}: column {}: unexpected text after a closing quote",
                                            name, line, record.fields.size() + 1));
                }
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"') {
                        throw Error(fmt::format("{}: line {}: column {}: a quote inside an unquoted field "
                                                "(quote the whole field and double the quote)",
                                                name, line, record.fields.size() + 1));
                    }
                    field += text[i++];
                }
            }
            record.fields.push_back(std::move(field));
            field.clear();
            if (i < text.size() && text[i] == ',') { ++i; continue; }
            if (i < text.size() && text[i] == '\r') ++i;
            if (i < text.size() && text[i] == '\n') { ++i; ++line; }
            end_of_record = true;
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].empty();
        if (!blank) records.push_back(std::move(record));
    }
    return records;
}

std::vector<Column> read_header(const Record& header, std::string_view name) {
    std::vector<Column> columns;
    for (std::size_t c = 0; c < header.fields.size(); ++c) {
        const std::string key = lowercase_trimmed(header.fields[c]);
        const auto* found = std::find_if(column_names.begin(), column_names.end(),
                                         [&](const ColumnName& n) { return n.name == key; });
        if (found == column_names.end()) {
            throw Error(fmt::format("{}: line {}: column {}: '{}' is not a column name; the first line must be a "
                                    "header such as date,label,end,where,who,group",
                                    name, header.line, c + 1, header.fields[c]));
        }
        if (std::find(columns.begin(), columns.end(), found->column) != columns.end()) {
            throw Error(fmt::format("{}: line {}: column '{}' appears twice in the header", name, header.line, key));
        }
        columns.push_back(found->column);
    }
    for (Column required : {Column::Date, Column::Label}) {
        if (std::find(columns.begin(), columns.end(), required) == columns.end()) {
            throw Error(fmt::format("{}: line {}: the header has no '{}' column; the first line must be a header "
                                    "such as date,label,end,where,who,group",
                                    name, header.line, required == Column::Date ? "date" : "label"));
        }
    }
    return columns;
}

std::string_view column_name(Column column) {
    for (const auto& n : column_names) {
        if (n.column == column) return n.name;
    }
    return "?";
}

std::string checked_value(const std::string& raw, Column column, std::size_t line, std::string_view name) {
    std::string_view v = raw;
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (!parse_when(v)) {
        throw Error(fmt::format("{}: line {}: column '{}': expected a TIMEX3 date such as 2021-03-23, 2018 or "
                                "2021-03-23T14:30, got '{}'",
                                name, line, column_name(column), raw));
    }
    return std::string(v);
}

Event read_event(const Record& record, const std::vector<Column>& columns, std::string_view name) {
    if (record.fields.size() != columns.size()) {
        throw Error(fmt::format("{}: line {}: expected {} fields as in the header, found {}", name, record.line,
                                columns.size(), record.fields.size()));
    }
    Event event;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::string& field = record.fields[c];
        switch (columns[c]) {
            case Column::Date: event.when = checked_value(field, Column::Date, record.line, name); break;
            case Column::End:
                if (!field.empty()) event.end = checked_value(field, Column::End, record.line, name);
                break;
            case Column::Label: event.label = field; break;
            case Column::Where: event.where = field; break;
            case Column::Who: event.who = field; break;
            case Column::Group: event.group = field; break;
            case Column::Color: event.color = field; break;
            case Column::Kind: event.kind = lowercase_trimmed(field); break;
        }
    }
    if (!event.color.empty()) {
        const std::string_view c = event.color;
        const bool hex = (c.size() == 7 || c.size() == 4) && c[0] == '#' &&
                         std::all_of(c.begin() + 1, c.end(), [](char x) { return std::isxdigit(static_cast<unsigned char>(x)) != 0; });
        if (!hex) throw Error(fmt::format("{}: line {}: column 'color': \"{}\" is not a colour such as #1f77b4", name, record.line, event.color));
    }
    if (!event.kind.empty() && event.kind != "period") {
        throw Error(fmt::format("{}: line {}: column 'kind': \"{}\" is not a kind (use period or leave it empty)", name, record.line, event.kind));
    }
    if (lowercase_trimmed(event.label).empty()) {
        throw Error(fmt::format("{}: line {}: column 'label': the label is empty", name, record.line));
    }
    if (!event.end.empty() && parse_when(event.end)->end <= parse_when(event.when)->begin) {
        throw Error(fmt::format("{}: line {}: column 'end': {} ends before the date {}", name, record.line,
                                event.end, event.when));
    }
    return event;
}

bool needs_quotes(std::string_view field) {
    return field.find_first_of(",\"\r\n") != std::string_view::npos ||
           (!field.empty() && (field.front() == ' ' || field.back() == ' '));
}

std::string quoted(std::string_view field) {
    if (!needs_quotes(field)) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace

EventSet parse_events_csv(std::string_view text, std::string_view name) {
    // Spreadsheets often save UTF-8 CSV with a byte order mark.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const std::vector<Record> records = read_records(text, name);
    if (records.empty()) {
        throw Error(fmt::format("{}: line 1: the file is empty; the first line must be a header such as "
                                "date,label,end,where,who,group",
                                name));
    }
    const std::vector<Column> columns = read_header(records.front(), name);
    EventSet set;
    set.source = std::string(name);
    for (std::size_t r = 1; r < records.size(); ++r) set.events.push_back(read_event(records[r], columns, name));
    return set;
}

std::string to_events_csv(const EventSet& events) {
    // The colour and kind columns only when some event has one, so files without them stay
    // as they were.
    const bool extra = std::any_of(events.events.begin(), events.events.end(),
                                   [](const Event& e) { return !e.color.empty() || !e.kind.empty(); });
    std::string out = extra ? "date,label,end,where,who,group,color,kind\n" : "date,label,end,where,who,group\n";
    for (const Event& e : events.events) {
        out += fmt::format("{},{},{},{},{},{}", quoted(e.when), quoted(e.label), quoted(e.end), quoted(e.where),
                           quoted(e.who), quoted(e.group));
        if (extra) out += fmt::format(",{},{}", quoted(e.color), quoted(e.kind));
        out += "\n";
    }
    return out;
}

}  // namespace chronicle
