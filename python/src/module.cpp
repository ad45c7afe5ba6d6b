// _chronicle: the C++ side of the Python package. It converts between Python objects and the
// library's types and does nothing else: the package's classes and defaults live in
// python/chronicle/__init__.py. Every call releases the GIL while the library runs, so that
// threads tagging different articles run on different cores.
#include <chronicle/article_date.hpp>
#include <chronicle/batch.hpp>
#include <chronicle/error.hpp>
#include <chronicle/events_builder.hpp>
#include <chronicle/extract.hpp>
#include <chronicle/render/render.hpp>
#include <chronicle/text.hpp>
#include <chronicle/version.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;
using namespace chronicle;

namespace {

// The article date: the one given, else the one written in the text (as the command does).
// Returns the date and where it came from ("input" or the text's evidence).
std::pair<Date, std::string> article_date(const std::string& text, const std::optional<std::string>& given) {
    if (given) {
        if (auto d = parse_iso_date(*given)) return {*d, "input"};
        throw Error("date: \"" + *given + "\" is not a valid date (expected YYYY-MM-DD)");
    }
    if (auto found = detect_article_date(text)) return {found->date, "text"};
    throw Error("no article date found in the text; give one with date=\"YYYY-MM-DD\"");
}

void check_text(const std::string& text) {
    if (auto bad = find_invalid_utf8(text))
        throw Error("text: invalid UTF-8 at byte " + std::to_string(*bad));
}

// Python indexes str by code point; the library gives UTF-8 byte offsets. Offsets come in
// increasing order per walk, so one forward scan converts them all.
class CodePointIndex {
public:
    explicit CodePointIndex(const std::string& text) : text_(text) {}
    std::size_t operator()(std::size_t byte) {
        if (byte < byte_) byte_ = 0, index_ = 0;  // a step back restarts the scan
        for (; byte_ < byte && byte_ < text_.size(); ++byte_)
            if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++index_;
        return index_;
    }

private:
    const std::string& text_;
    std::size_t byte_ = 0;
    std::size_t index_ = 0;
};

py::dict timex_dict(const Timex& t, CodePointIndex& index) {
    py::dict d;
    d["text"] = t.text;
    d["begin"] = index(t.begin);
    d["end"] = index(t.end);
    d["type"] = std::string(to_string(t.type));
    d["value"] = t.value;
    d["mod"] = t.mod;
    d["quant"] = t.quant;
    d["freq"] = t.freq;
    d["explain"] = py::dict(py::arg("rule") = t.rule, py::arg("anchor") = t.anchor, py::arg("tense") = t.tense);
    return d;
}

py::dict event_dict(const Event& e) {
    py::dict d;
    d["label"] = e.label;
    d["when"] = e.when;
    d["end"] = e.end;
    d["when_text"] = e.when_text;
    d["where"] = e.where;
    d["who"] = e.who;
    d["group"] = e.group;
    d["source"] = e.source;
    d["confidence"] = e.confidence;
    d["priority"] = e.priority;
    d["color"] = e.color;
    d["kind"] = e.kind;
    return d;
}

template <typename T>
T field(const py::dict& d, const char* name, T fallback) {
    if (!d.contains(name) || d[name].is_none()) return fallback;
    return d[name].cast<T>();
}

Event event_from(const py::dict& d) {
    Event e;
    e.label = field<std::string>(d, "label", "");
    e.when = field<std::string>(d, "when", "");
    e.end = field<std::string>(d, "end", "");
    e.when_text = field<std::string>(d, "when_text", "");
    e.where = field<std::string>(d, "where", "");
    e.who = field<std::string>(d, "who", "");
    e.group = field<std::string>(d, "group", "");
    e.source = field<std::string>(d, "source", "");
    e.confidence = field<double>(d, "confidence", 1.0);
    e.priority = field<double>(d, "priority", 0.0);
    e.color = field<std::string>(d, "color", "");
    e.kind = field<std::string>(d, "kind", "");
    if (e.label.empty()) throw Error("event without a label");
    if (e.when.empty()) throw Error("event \"" + e.label + "\" has no date (when)");
    return e;
}

template <typename Enum>
Enum choice(const py::dict& options, const char* name, const std::map<std::string, Enum>& names, Enum fallback) {
    if (!options.contains(name) || options[name].is_none()) return fallback;
    const auto given = options[name].cast<std::string>();
    if (auto it = names.find(given); it != names.end()) return it->second;
    std::string known;
    for (const auto& [key, _] : names) known += (known.empty() ? "" : ", ") + key;
    throw Error(std::string(name) + ": \"" + given + "\" is not one of " + known);
}

render::Options render_options(const py::dict& o) {
    render::Options options;
    options.orientation = choice<render::Orientation>(
        o, "orientation", {{"horizontal", render::Orientation::Horizontal}, {"vertical", render::Orientation::Vertical}},
        options.orientation);
    options.style = choice<render::Style>(
        o, "style", {{"timeline", render::Style::Timeline}, {"itinerary", render::Style::Itinerary}}, options.style);
    options.theme = choice<render::Theme>(o, "theme",
                                          {{"light", render::Theme::Light},
                                           {"dark", render::Theme::Dark},
                                           {"print", render::Theme::Print},
                                           {"high-contrast", render::Theme::HighContrast}},
                                          options.theme);
    options.axis = choice<render::Axis>(o, "axis", {{"auto", render::Axis::Auto}, {"linear", render::Axis::Linear}},
                                        options.axis);
    options.width = field<int>(o, "width", options.width);
    options.scale = field<double>(o, "scale", options.scale);
    options.font_family = field<std::string>(o, "font", options.font_family);
    options.font_size = field<double>(o, "font_size", options.font_size);
    options.locale = field<std::string>(o, "locale", options.locale);
    options.transparent = field<bool>(o, "transparent", options.transparent);
    options.title = field<std::string>(o, "title", options.title);
    options.subtitle = field<std::string>(o, "subtitle", options.subtitle);
    if (o.contains("embed_font") && !o["embed_font"].is_none())
        options.embed_font = field<bool>(o, "embed_font", false) ? render::EmbedFont::Yes : render::EmbedFont::No;
    return options;
}

}  // namespace

PYBIND11_MODULE(_chronicle, m) {
    m.doc() = "Chronicle's C++ core (use the chronicle package, not this module)";
    // Same one-line messages as the command; a ValueError, since bad input is the usual cause.
    static py::exception<Error> error(m, "Error", PyExc_ValueError);
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const Error& e) {
            error(e.what());
        }
    });
    m.attr("__version__") = std::string(version());

    m.def("extract", [](const std::string& text, const std::optional<std::string>& date) {
        std::vector<Timex> timexes;
        std::pair<Date, std::string> dated;
        {
            py::gil_scoped_release release;
            check_text(text);
            dated = article_date(text, date);
            timexes = extract(text, dated.first);
        }
        CodePointIndex index(text);
        py::list out;
        for (const auto& t : timexes) out.append(timex_dict(t, index));
        return py::make_tuple(format_iso_date(dated.first), dated.second, out);
    }, py::arg("text"), py::arg("date") = py::none());

    m.def("events", [](const std::string& text, const std::optional<std::string>& date) {
        EventSet set;
        std::pair<Date, std::string> dated;
        {
            py::gil_scoped_release release;
            check_text(text);
            dated = article_date(text, date);
            set = extract_events(text, dated.first).events;
        }
        py::list out;
        for (const auto& e : set.events) out.append(event_dict(e));
        return py::make_tuple(format_iso_date(dated.first), set.title, out);
    }, py::arg("text"), py::arg("date") = py::none());

    m.def("render", [](const py::list& events, const std::string& format, const std::string& title,
                       const std::string& date, const py::dict& options) {
        EventSet set;
        set.title = title;
        set.date = date;
        for (const auto& e : events) set.events.push_back(event_from(e.cast<py::dict>()));
        const auto opts = render_options(options);
        const auto fmt = choice<render::Format>(py::dict(py::arg("format") = format), "format",
                                                {{"svg", render::Format::Svg},
                                                 {"png", render::Format::Png},
                                                 {"pdf", render::Format::Pdf},
                                                 {"html", render::Format::Html}},
                                                render::Format::Svg);
        std::string bytes;
        {
            py::gil_scoped_release release;
            bytes = render::render(set, opts, fmt);
        }
        return py::bytes(bytes);
    }, py::arg("events"), py::arg("format"), py::arg("title"), py::arg("date"), py::arg("options"));

    m.def("batch_line", [](const std::string& line, std::size_t line_number, bool expressions, bool events) {
        BatchOptions options;
        options.expressions = expressions;
        options.events = events;
        bool failed = false;
        std::string out;
        {
            py::gil_scoped_release release;
            out = batch_line(line, line_number, options, failed);
        }
        return py::make_tuple(out, failed);
    }, py::arg("line"), py::arg("line_number") = 1, py::arg("expressions") = true, py::arg("events") = false);
}
