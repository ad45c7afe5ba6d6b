// The SVG writer: text stays text (<text>, with a font-family fallback list), every event
// carries its source sentence as a <title> tooltip, and output is byte-identical for
// identical scenes (fixed number formatting, items in scene order). Inside the HTML page
// (SvgFlavor::interactive) each event's mark is also a Tab stop with an aria-label, and
// every item that draws an event names it in data-event, for the page's script.
#include "backends.hpp"
#include "theme.hpp"

#include <fmt/format.h>

#include <cmath>

namespace chronicle::render {

namespace {

std::string num(double v) {
    if (!std::isfinite(v)) v = 0;
    std::string s = fmt::format("{:.2f}", v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string paint(const Color& c) { return css_color(c); }

std::string fill_attrs(const Item& item) {
    std::string s;
    if (item.filled) {
        s += fmt::format(" fill=\"{}\"", paint(item.fill));
        if (item.fill.a < 1) s += fmt::format(" fill-opacity=\"{}\"", num(item.fill.a));
    } else {
        s += " fill=\"none\"";
    }
    if (item.stroked) {
        s += fmt::format(" stroke=\"{}\" stroke-width=\"{}\"", paint(item.stroke), num(item.stroke_width));
        if (item.stroke.a < 1) s += fmt::format(" stroke-opacity=\"{}\"", num(item.stroke.a));
        if (item.dashed) s += " stroke-dasharray=\"3 2\"";
    }
    return s;
}

std::string title_element(const Item& item) {
    return item.tooltip.empty() ? "" : "<title>" + escape(item.tooltip) + "</title>";
}

std::string class_attr(const Item& item) {
    const std::string& c = item.css.empty() ? item.kind : item.css;
    return c.empty() ? "" : fmt::format(" class=\"{}\"", escape(c));
}

void write_text(std::string& out, const Item& item, const std::string& attrs) {
    const bool wrap = !item.tooltip.empty() || item.runs.size() > 1 || item.filled || !attrs.empty();
    if (wrap) out += "<g" + class_attr(item) + attrs + ">" + title_element(item);
    if (item.filled) {
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\"/>",
                           num(item.box.x), num(item.box.y), num(item.box.w), num(item.box.h),
                           num(item.radius), paint(item.fill));
    }
    for (const auto& run : item.runs) {
        out += fmt::format("<text{} x=\"{}\" y=\"{}\" font-size=\"{}\"", wrap ? "" : class_attr(item),
                           num(run.x), num(run.baseline), num(run.size));
        if (run.bold) out += " font-weight=\"bold\"";
        if (run.italic) out += " font-style=\"italic\"";
        if (run.anchor == Anchor::Middle) out += " text-anchor=\"middle\"";
        if (run.anchor == Anchor::End) out += " text-anchor=\"end\"";
        out += fmt::format(" fill=\"{}\">{}</text>", paint(run.color), escape(run.text));
    }
    if (wrap) out += "</g>";
    out += '\n';
}

void write_item(std::string& out, const Item& item, const std::string& attrs) {
    const Box& b = item.box;
    switch (item.shape) {
        case Shape::Text: write_text(out, item, attrs); return;
        case Shape::Rect:
            out += fmt::format("<rect{}{} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"", class_attr(item),
                               attrs, num(b.x), num(b.y), num(b.w), num(b.h));
            if (item.radius > 0) out += fmt::format(" rx=\"{}\"", num(std::min(item.radius, std::min(b.w, b.h) / 2)));
            out += fill_attrs(item);
            break;
        case Shape::Circle:
            out += fmt::format("<circle{}{} cx=\"{}\" cy=\"{}\" r=\"{}\"", class_attr(item), attrs, num(b.x + b.w / 2),
                               num(b.y + b.h / 2), num(item.radius));
            out += fill_attrs(item);
            break;
        case Shape::Line:
            out += fmt::format("<line{}{} x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"", class_attr(item),
                               attrs, num(item.points[0]), num(item.points[1]), num(item.points[2]), num(item.points[3]));
            out += fill_attrs(item);
            break;
        case Shape::Polyline: {
            std::string pts;
            for (std::size_t i = 0; i + 1 < item.points.size(); i += 2) {
                if (!pts.empty()) pts += ' ';
                pts += num(item.points[i]) + "," + num(item.points[i + 1]);
            }
            out += fmt::format("<polyline{}{} points=\"{}\"", class_attr(item), attrs, pts);
            out += fill_attrs(item);
            break;
        }
    }
    if (item.tooltip.empty()) {
        out += "/>\n";
    } else {
        out += ">" + title_element(item) + "</" +
               std::string(item.shape == Shape::Rect ? "rect" : item.shape == Shape::Circle ? "circle"
                           : item.shape == Shape::Line ? "line" : "polyline") + ">\n";
    }
}

std::string font_stack(const std::string& family, const std::string& embedded) {
    // Quotes are dropped from the family rather than escaped: it goes inside a quoted list.
    std::string clean;
    for (const char c : family)
        if (c != '\'' && c != '"' && c != ';' && c != '<' && c != '>' && c != '&') clean += c;
    std::string stack = (embedded.empty() ? "" : "'" + embedded + "', ") + "'" + clean + "'";
    for (const char* fallback : {"DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "Helvetica Neue", "Arial"}) {
        if (clean != fallback) stack += fmt::format(", '{}'", fallback);
    }
    return stack + ", sans-serif";
}

// The item that stands for each event as a Tab stop: its marker or bar, else the first item
// that draws it (an itinerary row's label).
std::vector<bool> focus_marks(const Scene& scene) {
    std::vector<int> chosen(scene.event_texts.size(), -1);
    for (std::size_t i = 0; i < scene.items.size(); ++i) {
        const Item& item = scene.items[i];
        if (item.event < 0 || static_cast<std::size_t>(item.event) >= chosen.size()) continue;
        int& c = chosen[static_cast<std::size_t>(item.event)];
        const bool mark = item.kind.rfind("marker", 0) == 0 || item.kind.rfind("bar", 0) == 0;
        if (c < 0 || (mark && !(scene.items[static_cast<std::size_t>(c)].kind.rfind("marker", 0) == 0 ||
                                scene.items[static_cast<std::size_t>(c)].kind.rfind("bar", 0) == 0))) {
            c = static_cast<int>(i);
        }
    }
    std::vector<bool> focus(scene.items.size(), false);
    for (const int c : chosen)
        if (c >= 0) focus[static_cast<std::size_t>(c)] = true;
    return focus;
}

// "Label, Tue 23 Mar 2021, Brussels, Antony Blinken": what a screen reader says at the mark.
std::string spoken(const EventText& t) {
    std::string s = t.label + ", " + t.date;
    if (!t.where.empty()) s += ", " + t.where;
    if (!t.who.empty()) s += ", " + t.who;
    return s;
}

std::string item_attrs(const Scene& scene, const Item& item, bool focus) {
    if (item.event < 0 || static_cast<std::size_t>(item.event) >= scene.event_texts.size()) return {};
    std::string s = fmt::format(" data-event=\"{}\"", item.event);
    if (focus) {
        s += " tabindex=\"0\" role=\"img\" aria-label=\"" +
             escape(spoken(scene.event_texts[static_cast<std::size_t>(item.event)])) + "\"";
    }
    return s;
}

}  // namespace

std::string write_svg(const Scene& scene, const SvgFlavor& flavor) {
    std::string out;
    out.reserve(256 + scene.items.size() * (flavor.interactive ? 220 : 160));
    if (!flavor.interactive) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    const std::string& p = flavor.id_prefix;
    out += fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "role=\"{3}\" aria-labelledby=\"{4}chronicle-title {4}chronicle-desc\" font-family=\"{2}\">\n",
        num(scene.width), num(scene.height), escape(font_stack(scene.font_family, scene.embedded_family)),
        flavor.interactive ? "group" : "img", p);
    out += "<title id=\"" + p + "chronicle-title\">" + escape(scene.title) + "</title>\n";
    out += "<desc id=\"" + p + "chronicle-desc\">" + escape(scene.description) + "</desc>\n";
    out += "<style>\n";
    for (const auto& rule : scene.style_rules) out += escape(rule) + "\n";
    out += "</style>\n";
    if (!scene.transparent) {
        out += fmt::format("<rect class=\"background\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n", num(scene.width),
                           num(scene.height), paint(scene.background));
    }
    const std::vector<bool> focus = flavor.interactive ? focus_marks(scene) : std::vector<bool>{};
    for (std::size_t i = 0; i < scene.items.size(); ++i) {
        const Item& item = scene.items[i];
        write_item(out, item, flavor.interactive ? item_attrs(scene, item, focus[i]) : std::string());
    }
    out += "</svg>\n";
    return out;
}

}  // namespace chronicle::render
