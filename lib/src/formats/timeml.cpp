// TimeML as the TempEval-3 corpora write it. The documents are simple, flat XML, so a
// careful scanner does the job without an XML library: the text inside <TEXT> has its tags
// removed and its entities decoded; writing re-escapes it and inserts our TIMEX3 tags.
#include <chronicle/error.hpp>
#include <chronicle/text.hpp>
#include <chronicle/timeml.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <utility>

namespace chronicle {

namespace {

// Decodes one entity starting at text[i] == '&'; appends it and returns the index after it.
// An unknown or malformed entity is kept as written.
std::size_t decode_entity(std::string_view text, std::size_t i, std::string& out) {
    const std::size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) { out += '&'; return i + 1; }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    struct Named { std::string_view name; char c; };
    static constexpr Named named[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    for (const auto& n : named) {
        if (name == n.name) { out += n.c; return semi + 1; }
    }
    if (name.size() > 1 && name[0] == '#') {
        std::uint32_t cp = 0;
        const bool hex = name[1] == 'x' || name[1] == 'X';
        bool ok = name.size() > (hex ? 2u : 1u);
        for (std::size_t k = hex ? 2 : 1; k < name.size() && ok; ++k) {
            const char c = name[k];
            int digit = -1;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            if (digit < 0) ok = false;
            else cp = cp * (hex ? 16u : 10u) + static_cast<std::uint32_t>(digit);
            if (cp > 0x10FFFF) ok = false;
        }
        if (ok && cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            append_utf8(out, cp);
            return semi + 1;
        }
    }
    out += '&';
    return i + 1;
}

std::string strip_tags_and_decode(std::string_view xml) {
    std::string out;
    out.reserve(xml.size());
    for (std::size_t i = 0; i < xml.size();) {
        if (xml[i] == '<') {
            const std::size_t close = xml.find('>', i);
            if (close == std::string_view::npos) break;
            i = close + 1;
        } else if (xml[i] == '&') {
            i = decode_entity(xml, i, out);
        } else {
            out += xml[i++];
        }
    }
    return out;
}

void append_escaped(std::string& out, std::string_view text, bool attribute) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': if (attribute) { out += "&quot;"; } else { out += c; } break;
            default: out += c;
        }
    }
}

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The value="..." (or value='...') attribute of the first <TIMEX3 ...> start tag in
// `element`, as written; nullopt when there is no such tag or it has no value. The tag is
// scanned attribute by attribute, so a quoted '>' or a "value=" inside another attribute
// is not mistaken for the value.
std::optional<std::string> timex3_value(std::string_view element) {
    constexpr std::string_view open = "<TIMEX3";
    std::size_t at = element.find(open);
    // "<TIMEX3x" is another tag: the name must end at a space, '/' or '>'.
    while (at != std::string_view::npos && at + open.size() < element.size() &&
           !is_xml_space(element[at + open.size()]) && element[at + open.size()] != '/' &&
           element[at + open.size()] != '>') {
        at = element.find(open, at + 1);
    }
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t i = at + open.size();
    const auto skip_space = [&] {
        while (i < element.size() && is_xml_space(element[i])) ++i;
    };
    while (true) {
        skip_space();
        if (i >= element.size() || element[i] == '>' || element[i] == '/') return std::nullopt;
        const std::size_t name_begin = i;
        while (i < element.size() && !is_xml_space(element[i]) && element[i] != '=' && element[i] != '>' &&
               element[i] != '/') {
            ++i;
        }
        const std::string_view attribute = element.substr(name_begin, i - name_begin);
        skip_space();
        if (i >= element.size() || element[i] != '=') return std::nullopt;  // not XML: give up
        ++i;
        skip_space();
        if (i >= element.size() || (element[i] != '"' && element[i] != '\'')) return std::nullopt;
        const char quote = element[i];
        const std::size_t value_begin = i + 1;
        const std::size_t value_end = element.find(quote, value_begin);
        if (value_end == std::string_view::npos) return std::nullopt;
        if (attribute == "value") return std::string(element.substr(value_begin, value_end - value_begin));
        i = value_end + 1;
    }
}

// The DCT is read from the document header only: the part before <TEXT>, which
// write_timeml copies unchanged, so a written document carries the same DCT as the one it
// came from. A <DCT> inside <TEXT>, or one not closed by </DCT> before <TEXT>, is not a
// DCT: its "value" might be text of the article, and tagging the text would change it.
// Without a usable DCT the document is refused (see timeml.hpp for why there is no
// fallback). Returns the value, or throws Error naming the file.
std::string dct_value(std::string_view xml, std::size_t text_open, std::string_view name) {
    const std::string_view header = xml.substr(0, text_open);
    constexpr std::string_view open = "<DCT>";
    constexpr std::string_view close = "</DCT>";
    const std::size_t dct = header.find(open);
    if (dct == std::string_view::npos) {
        if (text_open != std::string_view::npos && xml.find(open, text_open) != std::string_view::npos) {
            throw Error(fmt::format("{}: the <DCT> (the article date) comes after <TEXT>; it must come before it",
                                    name));
        }
        throw Error(fmt::format("{}: no <DCT> with a TIMEX3 value (the article date)", name));
    }
    const std::size_t dct_end = header.find(close, dct + open.size());
    if (dct_end == std::string_view::npos) {
        throw Error(fmt::format("{}: the <DCT> (the article date) is not closed by </DCT> before <TEXT>", name));
    }
    std::optional<std::string> value = timex3_value(header.substr(dct + open.size(), dct_end - dct - open.size()));
    if (!value || value->empty()) {
        throw Error(fmt::format("{}: no <DCT> with a TIMEX3 value (the article date)", name));
    }
    return std::move(*value);
}

}  // namespace

TimemlDocument parse_timeml(std::string_view xml, std::string_view name) {
    TimemlDocument doc;
    const std::size_t open = xml.find("<TEXT>");
    doc.dct_value = dct_value(xml, open, name);
    auto date = parse_iso_date(std::string_view(doc.dct_value).substr(0, 10));
    if (!date) {
        // An attribute value may hold line breaks; the message stays on one line.
        std::string shown = doc.dct_value;
        for (char& c : shown) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
        }
        throw Error(fmt::format("{}: the <DCT> value \"{}\" is not a date of the form YYYY-MM-DD", name, shown));
    }
    doc.dct = *date;
    const std::size_t close = open == std::string_view::npos ? open : xml.find("</TEXT>", open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
        throw Error(fmt::format("{}: no <TEXT>...</TEXT> element", name));
    }
    const std::size_t body = open + 6;
    doc.head = std::string(xml.substr(0, body));
    doc.tail = std::string(xml.substr(close));
    doc.text = strip_tags_and_decode(xml.substr(body, close - body));
    return doc;
}

std::string write_timeml(const TimemlDocument& document, const std::vector<Timex>& timexes) {
    std::string out = document.head;
    out.reserve(document.head.size() + document.text.size() * 2 + document.tail.size());
    std::size_t at = 0;
    int tid = 0;
    for (const Timex& t : timexes) {
        // Defensive: tags must nest properly, so skip anything out of order or out of range.
        if (t.begin < at || t.end <= t.begin || t.end > document.text.size()) continue;
        append_escaped(out, std::string_view(document.text).substr(at, t.begin - at), false);
        out += fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"", ++tid, to_string(t.type));
        append_escaped(out, t.value, true);
        out += '"';
        for (const auto& [attribute, value] : {std::pair{"mod", &t.mod}, std::pair{"quant", &t.quant},
                                               std::pair{"freq", &t.freq}}) {
            if (value->empty()) continue;
            out += fmt::format(" {}=\"", attribute);
            append_escaped(out, *value, true);
            out += '"';
        }
        out += '>';
        append_escaped(out, std::string_view(document.text).substr(t.begin, t.end - t.begin), false);
        out += "</TIMEX3>";
        at = t.end;
    }
    append_escaped(out, std::string_view(document.text).substr(at), false);
    out += document.tail;
    return out;
}

}  // namespace chronicle
