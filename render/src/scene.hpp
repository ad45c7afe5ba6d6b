#pragma once
// The laid-out picture as pure data. Layout fills it; the SVG writer and the cairo back-end
// draw it; tests read it. Coordinates are CSS pixels, origin top-left.
#include <cstdint>
#include <string>
#include <vector>

namespace chronicle::render {

struct Color {
    std::uint8_t r = 0, g = 0, b = 0;
    double a = 1.0;
};

struct Box {
    double x = 0, y = 0, w = 0, h = 0;
    double right() const { return x + w; }
    double bottom() const { return y + h; }
};

bool overlaps(const Box& a, const Box& b);  // interiors intersect (touching edges do not)
bool contains(const Box& outer, const Box& inner, double tolerance = 0.01);

enum class Shape { Rect, Line, Circle, Polyline, Text };
enum class Anchor { Start, Middle, End };

// One line of text in one style. `x` is where `anchor` sits; `baseline` the text baseline.
struct TextRun {
    std::string text;
    double x = 0;
    double baseline = 0;
    double width = 0;  // measured advance
    double size = 13;
    bool bold = false;
    bool italic = false;
    Color color;
    Anchor anchor = Anchor::Start;
};

struct Item {
    std::string kind;  // label, marker, bar, tick, tick-label, axis, break, title, count...
    Shape shape = Shape::Rect;
    Box box;           // bounds of what is drawn (text: the line boxes)
    double radius = 0;  // Circle radius (centred in box) or Rect corner radius
    std::vector<double> points;  // Line: x1 y1 x2 y2; Polyline: x y pairs
    bool filled = false;
    Color fill;
    bool stroked = false;
    Color stroke;
    double stroke_width = 1;
    bool dashed = false;
    std::vector<TextRun> runs;  // Text
    int event = -1;             // index into EventSet::events when it draws one
    long n = 0;                 // count and density items: how many events they stand for
    std::string css;            // CSS class(es) in the SVG
    std::string tooltip;        // <title> in the SVG
    // Items placed by time along the axis (markers, bars, ticks, tick labels): the stretch of
    // time they stand for. Their centre along the axis (a bar: its ends) is where the axis
    // puts that time; tests check it.
    bool timed = false;
    std::int64_t t0 = 0, t1 = 0;
};

// One piece of the drawn axis: time [from, to) maps linearly onto [start, stop) along x
// (along y when the axis is vertical). Kinds: "linear", "break" (time cut out, not drawn to
// scale), "magnified" (drawn `factor` times the base scale, shaded and labelled).
struct AxisPieceData {
    std::string kind;
    std::int64_t from = 0, to = 0;
    double start = 0, stop = 0;
    double factor = 1;
    std::string label;
};

// What the picture says about one event in words: the accessible name of its mark and the
// details an interactive page shows on hover or focus.
struct EventText {
    std::string label;   // the whole label (the picture may shorten it)
    std::string date;    // as people write it: "Tue 23 Mar 2021", "22–24 Mar 2021 (during the trip)"
    std::string where;
    std::string who;
    std::string source;  // the sentence it comes from
};

struct Scene {
    double width = 0;
    double height = 0;
    Color background;
    bool transparent = false;
    std::string font_family;  // first family: the one measured with
    std::string embedded_family;  // when the SVG embeds the font: the @font-face name, listed first
    std::string title;        // accessible name (SVG <title>)
    std::string description;  // SVG <desc>
    std::vector<std::string> style_rules;  // CSS rules for the SVG <style>
    std::vector<Item> items;
    bool axis_vertical = false;
    std::vector<AxisPieceData> axis;  // empty when the picture has no time axis
    std::vector<EventText> event_texts;  // one per input event, in EventSet order
};

}  // namespace chronicle::render
