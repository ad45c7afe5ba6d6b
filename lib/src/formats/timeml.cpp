// TimeML as the TempEval-3 corpora write it. The document is read by an XML parser (pugixml),
// so CDATA sections, comments and processing instructions are what XML says they are: CDATA
// text is text, a comment is not (a year inside one is not tagged). pugixml never reads a DTD,
// so no entity is expanded but the five predefined ones and character references, which are
// decoded here (with the same rules as before the parser, so the corpus reads the same).
// Only the text inside <TEXT> is rebuilt on writing; the bytes before and after it are copied.
#include <chronicle/error.hpp>
#include <chronicle/text.hpp>
#include <chronicle/timeml.hpp>

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
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

// Character data as XML reads it: entities and character references decoded.
void append_decoded(std::string& out, std::string_view data) {
    for (std::size_t i = 0; i < data.size();) {
        if (data[i] == '&') {
            i = decode_entity(data, i, out);
        } else {
            const std::size_t amp = data.find('&', i);
            const std::size_t end = amp == std::string_view::npos ? data.size() : amp;
            out.append(data.substr(i, end - i));
            i = end;
        }
    }
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

// The parse keeps the document's bytes: no entity decoding (done by append_decoded, as the
// corpus was always read), no line-end or attribute-whitespace normalisation, whitespace-only
// text kept (the space between two tags is text). Comments and processing instructions are
// parsed as nodes, so that they are known to be neither text nor the end of <TEXT>.
constexpr unsigned parse_options = pugi::parse_cdata | pugi::parse_comments | pugi::parse_pi |
                                   pugi::parse_ws_pcdata | pugi::parse_declaration;

bool named(const pugi::xml_node& node, const char* name) {
    return node.type() == pugi::node_element && std::string_view(node.name()) == name;
}

// Byte offset in the document of a node's first byte ('<' of an element or comment, first
// byte of text). pugixml gives the offset of the name (elements) or of the value.
std::size_t node_start(const pugi::xml_node& node, std::string_view xml) {
    const auto offset = static_cast<std::size_t>(node.offset_debug());
    std::size_t at = offset;
    switch (node.type()) {
        case pugi::node_element: at = offset - 1; break;                     // "<NAME"
        case pugi::node_comment: at = offset - 4; break;                     // "<!--"
        case pugi::node_cdata: at = offset - 9; break;                       // "<![CDATA["
        case pugi::node_pi: case pugi::node_declaration: at = offset - 2; break;  // "<?"
        default: break;
    }
    return std::min(at, xml.size());
}

// The first byte after the node and everything inside it: where the next node in document
// order starts, or the end of the document.
std::size_t after_subtree(pugi::xml_node node, std::string_view xml) {
    for (; node && node.type() != pugi::node_document; node = node.parent()) {
        if (const pugi::xml_node next = node.next_sibling()) return node_start(next, xml);
    }
    return xml.size();
}

// The text of an element: its character data and CDATA sections in document order, through
// every nested tag; comments and processing instructions are not text.
void append_text(std::string& out, const pugi::xml_node& element) {
    for (const pugi::xml_node& child : element.children()) {
        switch (child.type()) {
            case pugi::node_pcdata: append_decoded(out, child.value()); break;
            case pugi::node_cdata: out += child.value(); break;
            case pugi::node_element: append_text(out, child); break;
            default: break;
        }
    }
}

// The first element named `name` in document order, or an empty node.
pugi::xml_node first_element(const pugi::xml_node& root, const char* name) {
    return root.find_node([name](const pugi::xml_node& node) { return named(node, name); });
}

// The DCT is read from the document header only: a <DCT> element before <TEXT>, whose first
// TIMEX3 has the value. The header is copied unchanged by write_timeml, so a written document
// carries the same DCT as the one it came from. A <DCT> inside <TEXT> or after it is not the
// DCT: its "value" might be text of the article, and tagging the text would change it.
// Without a usable DCT the document is refused (see timeml.hpp for why there is no
// fallback). Returns the value as written, or throws Error naming the file.
std::string dct_value(const pugi::xml_document& doc, const pugi::xml_node& text, std::string_view name) {
    const pugi::xml_node dct = first_element(doc, "DCT");
    if (!dct) throw Error(fmt::format("{}: no <DCT> with a TIMEX3 value (the article date)", name));
    if (text && dct.offset_debug() > text.offset_debug()) {
        throw Error(fmt::format("{}: the <DCT> (the article date) comes after <TEXT>; it must come before it", name));
    }
    for (pugi::xml_node up = text.parent(); text && up; up = up.parent()) {
        if (up == dct) {
            throw Error(fmt::format("{}: the <DCT> (the article date) is not closed by </DCT> before <TEXT>", name));
        }
    }
    const pugi::xml_node timex = first_element(dct, "TIMEX3");
    const pugi::xml_attribute value = timex ? timex.attribute("value") : pugi::xml_attribute();
    if (!value || *value.value() == '\0') {
        throw Error(fmt::format("{}: no <DCT> with a TIMEX3 value (the article date)", name));
    }
    return value.value();
}

}  // namespace

TimemlDocument parse_timeml(std::string_view xml, std::string_view name) {
    pugi::xml_document parsed;
    const pugi::xml_parse_result result =
        parsed.load_buffer(xml.data(), xml.size(), parse_options, pugi::encoding_utf8);
    if (!result) {
        throw Error(fmt::format("{}: not well-formed XML at byte {}: {}", name, result.offset,
                                result.description()));
    }
    TimemlDocument doc;
    const pugi::xml_node text = first_element(parsed, "TEXT");
    doc.dct_value = dct_value(parsed, text, name);
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
    if (!text) throw Error(fmt::format("{}: no <TEXT>...</TEXT> element", name));
    // The head ends with the start tag of <TEXT> (its '>' is the first one outside quotes),
    // the tail starts at its end tag: the last "</TEXT" before whatever follows the element.
    std::size_t body = node_start(text, xml);
    for (char quote = 0; body < xml.size(); ++body) {
        const char c = xml[body];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            break;
        }
    }
    ++body;
    const bool empty_element = body >= 2 && xml[body - 2] == '/';
    std::size_t close = body;
    if (!empty_element) {
        const std::size_t found = xml.substr(0, after_subtree(text, xml)).rfind("</TEXT");
        close = found == std::string_view::npos || found < body ? body : found;
    }
    doc.head = std::string(xml.substr(0, body));
    doc.tail = std::string(xml.substr(close));
    append_text(doc.text, text);
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
