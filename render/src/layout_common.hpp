#pragma once
// What the three layouts (horizontal, vertical, itinerary) share: prepared events, stacks of
// events at the same time, text blocks, header and legend; and what the two timelines share:
// the markers (or density strip) along their axis.
#include "dates.hpp"
#include "layout.hpp"
#include "text_fit.hpp"
#include "theme.hpp"

#include <chronicle/when.hpp>

#include <string>
#include <vector>

namespace chronicle::render {

class TimeScale;

struct Prepared {
    int index = 0;  // in EventSet::events
    When when;
    When end_when;  // equals `when` unless an interval
    std::int64_t begin = 0, end = 0;  // the whole stretch drawn (to `end`'s end for intervals)
    bool interval = false;            // Event::end given
    bool coarse = false;              // grain coarser than a day, no end: covers it all
    std::string label, where, who, when_text, tooltip;
    std::string who_shown;  // `who` with names already met earlier in time shortened ("Blinken")
    int group = -1;
    bool period = false;     // Event::kind "period": a band behind the events
    bool has_color = false;  // Event::color given
    Color color;
    double priority = 0, confidence = 1;
};

// Events drawn under one date.
struct Stack {
    std::vector<int> members;  // indices into Context::events, input order
    std::int64_t begin = 0, end = 0;
    std::string header;  // the date as people write it (plus when_text)
    double priority = 0, confidence = 0;
    // Ties in importance go to stacks spread evenly over time (bit-reversed time rank), so
    // that when only some labels fit they are not all from the start of the story.
    std::uint32_t spread = 0;
};

bool more_important(const Stack& a, const Stack& b);

// Indices into `stacks`, most important first (by more_important).
std::vector<std::size_t> importance_order(const std::vector<Stack>& stacks);

struct Context {
    const EventSet& set;
    const Options& options;
    TextMeasurer& measurer;
    const LocaleNames& names;
    const Palette& palette;
    std::vector<Prepared> events;
    std::vector<std::string> groups;  // legend order
    std::vector<Color> group_colors;  // per group
    Grain finest = Grain::Year;       // the finest grain among the events
    FontSpec body, small, small_bold, title, subtitle, tick;
    double margin = 24;
    Scene scene;

    Context(const EventSet& s, const Options& o, TextMeasurer& m);
    double line_height(const FontSpec& f) const { return f.size * 1.3; }
    double width(std::string_view text, const FontSpec& f) const { return measurer.width(text, f); }
};

// Stacks of events with the same stretch (and the same when_text), in time order.
std::vector<Stack> make_stacks(Context& ctx);

std::string describe_span(const Prepared& e, const LocaleNames& names);

// A text block: lines of styled text, some belonging to an event.
struct BlockLine {
    std::string text;
    FontSpec font;
    Color color;
    double indent = 0;
    int event = -1;      // index into Context::events; -1 for the header
    std::string kind;    // "date", "label", "meta", "count"
    long n = 0;          // count lines: how many events were left out
    // A bullet in its own colour before the text (mixed-colour stacks: each event's colour).
    bool bullet = false;
    Color bullet_color;
};

struct Block {
    std::vector<BlockLine> lines;
    double width = 0, height = 0;
    bool truncated = false;  // a label lost words to an ellipsis
};

// The stack's header, then each member's label (wrapped, at most `label_lines` lines) and
// where/who; past `max_members` a "+N" line.
Block make_block(Context& ctx, const Stack& stack, double max_width, int label_lines,
                 std::size_t max_members);

// Emits a block with its top-left corner at (x, y): one text item per event (kind "label"),
// one for the header ("date"), one for the count ("count").
void emit_block(Context& ctx, const Block& block, double x, double y, const std::string& css);

// Title, subtitle and legend from y = margin; returns the y below them.
double emit_header(Context& ctx);

Item text_item(Context& ctx, std::string kind, const std::string& text, const FontSpec& font,
               Color color, double x, double top, Anchor anchor);
Item line_item(std::string kind, double x1, double y1, double x2, double y2, Color color,
               double width);
Item rect_item(std::string kind, Box box, Color fill, double radius);
Item count_badge(Context& ctx, long n, double cx, double cy);
// A stack's leader: in its group's colour when events have groups, so label and marker
// read as one; otherwise the tick colour.
Color leader_color(const Context& ctx, const Stack& stack);

// Label placement along either axis. Positions are along the axis from its start
// (scale.position), so the horizontal and vertical timelines share them unturned.

// Where a stack's marker sits, and its leader starts: the middle of its stretch; an
// interval's near its start (3 px in), so the leader shows where the bar begins.
double marker_position(const Context& ctx, const Stack& stack, const TimeScale& scale);

// How many stacks are offered a label: all, or the 300 most important of a dense set
// (more could never be read, and each costs text measuring).
std::size_t labels_considered(std::size_t stacks, bool dense);

// The events left without a label, counted in bins along the axis ("+12"), so the reader
// still sees how many there are and roughly when.
struct CountBins {
    double bin = 48;     // length of a bin along the axis
    double length = 0;   // of the axis
    std::vector<long> count;
    std::vector<double> sum;  // of the counted events' positions
    // The centre of bin b's badge, whose half-length along the axis is `half`: at the mean
    // position of its events, kept inside its bin (the last bin reaches the axis's end).
    double centre(std::size_t b, double half) const;
};
// `counted[s]` says whether stack s goes into the counts (unlabelled, and in this swimlane).
CountBins count_in_bins(const std::vector<Stack>& stacks, const std::vector<bool>& counted,
                        const TimeScale& scale, double length, double bin);

// The two timelines draw the same things along their axis, only turned (layout_axis.cpp):
// `vertical` says whether time runs down y (else along x). Positions along the axis are
// origin + scale.position(t); `line` is the axis line's other coordinate.

// Bars (intervals and coarse dates) go in lanes so that none covers another: lane 0 is the
// axis line, further lanes step away from it by `direction` (-1: up, +1: right).
struct Lanes {  // (bar lanes; swimlanes are Options::lanes)
    std::vector<int> lane;       // per Context::events
    std::vector<double> offset;  // per Context::events: across the axis from its line
    int count = 1;
    double thickness = 0;        // of a bar
    double extent = 0;           // how far the lanes reach beyond the axis line's lane
};
// The room to reserve for lanes before the scale is known: as many as bars overlap in time.
double lane_room(const Context& ctx, double r);
// `only`, when given, picks the events that take part (one swimlane's).
Lanes assign_lanes(const Context& ctx, const TimeScale& scale, double r, double room, double direction,
                   const std::vector<char>* only = nullptr);

// Swimlanes (Options::lanes): one per value of the field, in order of first appearance, at
// most `max_lanes` (the busiest keep theirs); events without a value, and those of the lanes
// left out, share a last lane named "—". `lane_of` is per Context::events.
struct SwimlaneAssignment {
    std::vector<std::string> names;
    std::vector<int> lane_of;
};
SwimlaneAssignment assign_swimlanes(const Context& ctx, std::size_t max_lanes = 12);
// The stacks of each swimlane: a stack holding events of several lanes is split, one part
// per lane, in the order of the stacks.
std::vector<std::vector<Stack>> stacks_by_swimlane(const std::vector<Stack>& stacks, const std::vector<int>& lane_of,
                                                   std::size_t lane_count);

// The article date across all swimlanes: a faint dashed line from (x1, y1) to (x2, y2).
void emit_article_guide(Context& ctx, const When& article, double x1, double y1, double x2, double y2);

// One marker per event: a circle of radius r for a point in time on the axis line, a bar in
// its lane for an interval, a pale dashed bar for a coarse span ("sometime in 2018").
// Coarse spans go behind, then intervals, then points on top.
void emit_markers(Context& ctx, const TimeScale& scale, double origin, double line, double r,
                  bool vertical, const Lanes& lanes, const std::vector<char>* only = nullptr);

// Many events: instead of markers, one bar per 3 px of axis, its length (up to `depth`) by
// the square root of how many events fall in it, grown from `base` towards smaller x or y.
void emit_density(Context& ctx, const TimeScale& scale, double origin, double base, double depth,
                  bool vertical);

struct AxisFrame {
    bool vertical = false;
    double origin = 0;     // scene coordinate of the axis's start
    double line = 0;       // the axis line, across
    double r = 4;          // marker radius
    double text_edge = 0;  // horizontal: top of the tick labels; vertical: their right edge
    double text_room = 0;  // vertical: width of the tick column
    double overhang = 0;   // horizontal: how far tick labels may reach past the ends
    double lanes_extent = 0;
    // Period bands ("kind": "period") run across the plot between these (across the axis):
    // horizontal from the period label rows down to the axis, vertical over the whole width.
    double band_from = 0, band_to = 0;
    double shade_from = -1;  // horizontal, when >= 0: magnified stretches shaded from here down
    double shade_to = -1;    // vertical, when >= 0: magnified stretches shaded across to here
};

// Horizontal timelines: how many rows the period labels take (0 without periods).
int period_rows(Context& ctx, const TimeScale& scale, double origin, double right);

// The axis with its breaks, magnified stretches (shaded, "×20"), ticks and the article
// date; records the axis pieces in the scene. Returns the texts along the axis, to be added
// last (over leaders, on a halo of the background).
std::vector<Item> emit_axis(Context& ctx, const TimeScale& scale, const AxisFrame& frame);

// The colour an event is drawn in: its own (`color`), its group's, or the theme's.
Color event_color(const Context& ctx, const Prepared& e);

void finish_scene(Context& ctx, double width, double height);

Scene layout_horizontal(Context& ctx);
Scene layout_vertical(Context& ctx);
Scene layout_itinerary(Context& ctx);

}  // namespace chronicle::render
