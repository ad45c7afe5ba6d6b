#include "layout_common.hpp"
#include "timescale.hpp"

#include <chronicle/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

namespace chronicle::render {

bool overlaps(const Box& a, const Box& b) {
    // A hair of tolerance: boxes laid edge to edge must not count as overlapping through rounding.
    constexpr double eps = 1e-6;
    return a.x < b.right() - eps && b.x < a.right() - eps && a.y < b.bottom() - eps && b.y < a.bottom() - eps;
}

bool contains(const Box& outer, const Box& inner, double tolerance) {
    return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance &&
           inner.right() <= outer.right() + tolerance && inner.bottom() <= outer.bottom() + tolerance;
}

bool more_important(const Stack& a, const Stack& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return a.spread < b.spread;
}

std::vector<std::size_t> importance_order(const std::vector<Stack>& stacks) {
    std::vector<std::size_t> order(stacks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return more_important(stacks[a], stacks[b]); });
    return order;
}

namespace {

When parse_or_throw(const std::string& value, std::size_t index, const char* field) {
    auto when = parse_when(value);
    if (!when) {
        throw Error(fmt::format("event {}: {} \"{}\" is not a TIMEX3 date that can be placed on a timeline",
                                index + 1, field, clean_text(value)));
    }
    return *when;
}

// "#rrggbb" or "#rgb".
std::optional<Color> parse_color(std::string_view text) {
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    if (text.empty() || text[0] != '#' || (text.size() != 7 && text.size() != 4)) return std::nullopt;
    int v[6] = {};
    for (std::size_t i = 1; i < text.size(); ++i)
        if ((v[i - 1] = hex(text[i])) < 0) return std::nullopt;
    const auto byte = [](int hi, int lo) { return static_cast<std::uint8_t>(hi * 16 + lo); };
    if (text.size() == 4) return Color{byte(v[0], v[0]), byte(v[1], v[1]), byte(v[2], v[2]), 1.0};
    return Color{byte(v[0], v[1]), byte(v[2], v[3]), byte(v[4], v[5]), 1.0};
}

Prepared prepare(const Event& e, std::size_t index, const LocaleNames& names) {
    Prepared p;
    p.index = static_cast<int>(index);
    p.when = parse_or_throw(e.when, index, "when");
    p.end_when = p.when;
    if (!e.end.empty()) {
        p.end_when = parse_or_throw(e.end, index, "end");
        if (p.end_when.end <= p.when.begin) {
            throw Error(fmt::format("event {}: end \"{}\" is before when \"{}\"", index + 1,
                                    clean_text(e.end), clean_text(e.when)));
        }
        p.interval = true;
    }
    p.begin = p.when.begin;
    p.end = std::max(p.when.end, p.end_when.end);
    p.coarse = !p.interval && p.when.grain < Grain::Day;
    p.label = clean_text(e.label);
    if (p.label.empty()) p.label = "\u2014";
    p.where = clean_text(e.where);
    p.who = clean_text(e.who);
    p.when_text = clean_text(e.when_text);
    // The whole label (it may be ellipsized on the picture), its date, and the source sentence.
    const std::string source = clean_text(e.source);
    p.tooltip = p.label + " \u2014 " + describe_span(p, names) +
                (p.when_text.empty() ? "" : " (" + p.when_text + ")");
    if (!source.empty() && source != p.label) p.tooltip += "\n" + source;
    p.priority = e.priority;
    p.confidence = e.confidence;
    if (!e.color.empty()) {
        const auto c = parse_color(e.color);
        if (!c) throw Error(fmt::format("event {}: color \"{}\" is not a colour written #rrggbb", index + 1, clean_text(e.color)));
        p.has_color = true;
        p.color = *c;
    }
    p.period = e.kind == "period";
    if (!e.kind.empty() && !p.period)
        throw Error(fmt::format("event {}: kind \"{}\" is not known (use \"period\" or leave it out)", index + 1, clean_text(e.kind)));
    return p;
}

}  // namespace

Context::Context(const EventSet& s, const Options& o, TextMeasurer& m)
    : set(s), options(o), measurer(m), names(locale_names(o.locale)), palette(palette_for(o.theme)) {
    // Type is never larger than a 22nd of the width: a narrow picture gets smaller text
    // rather than labels squeezed to nothing.
    const double fs = std::min(std::clamp(o.font_size, 6.0, 72.0),
                               std::max(6.0, std::clamp(static_cast<double>(o.width), 200.0, 16000.0) / 22));
    body = {fs, false, false};
    small = {fs * 0.85, false, false};
    small_bold = {fs * 0.85, true, false};
    title = {fs * 1.6, true, false};
    subtitle = {fs * 0.95, false, false};
    tick = {fs * 0.8, false, false};
    // Margins grow with the type, but never eat a narrow picture.
    margin = std::round(std::min(fs * 1.8, 8 + std::clamp(static_cast<double>(o.width), 200.0, 16000.0) * 0.04));
    events.reserve(s.events.size());
    std::map<std::string, int> group_index;
    for (std::size_t i = 0; i < s.events.size(); ++i) {
        events.push_back(prepare(s.events[i], i, names));
        finest = std::max({finest, events.back().when.grain, events.back().end_when.grain});
        const std::string group = clean_text(s.events[i].group);
        if (group.empty()) continue;
        auto [it, added] = group_index.emplace(group, static_cast<int>(groups.size()));
        if (added) groups.push_back(group);
        events.back().group = it->second;
    }
    // A long name met again later in the story is written with its last word only
    // ("Antony Blinken", then "Blinken"); the tooltip keeps the whole line.
    {
        std::vector<std::size_t> by_time(events.size());
        std::iota(by_time.begin(), by_time.end(), 0);
        std::stable_sort(by_time.begin(), by_time.end(), [&](std::size_t a, std::size_t b) { return events[a].begin < events[b].begin; });
        std::set<std::string> seen;
        for (const std::size_t i : by_time) {
            auto& e = events[i];
            std::string out;
            std::size_t start = 0;
            while (start <= e.who.size()) {
                std::size_t comma = e.who.find(", ", start);
                if (comma == std::string::npos) comma = e.who.size();
                std::string name = e.who.substr(start, comma - start);
                const auto space = name.rfind(' ');
                if (space != std::string::npos && name.size() > 8) {
                    if (seen.count(name) != 0) name = name.substr(space + 1);
                    else seen.insert(name);
                }
                out += (out.empty() ? "" : ", ") + name;
                start = comma + 2;
            }
            e.who_shown = out;
        }
    }
    // A group is drawn in its events' own colour when they all share one, else the palette's.
    for (std::size_t g = 0; g < groups.size(); ++g) {
        group_colors.push_back(group_color(palette, static_cast<int>(g)));
        std::optional<Color> shared;
        bool same = true;
        for (const auto& e : events) {
            if (e.group != static_cast<int>(g)) continue;
            if (!e.has_color) { same = false; break; }
            if (shared && (shared->r != e.color.r || shared->g != e.color.g || shared->b != e.color.b)) { same = false; break; }
            shared = e.color;
        }
        if (same && shared) group_colors.back() = *shared;
    }
}

std::string describe_span(const Prepared& e, const LocaleNames& names) {
    if (!e.interval) return format_when(e.when, names);
    const Civil a = civil_from_seconds(e.when.begin);
    const Civil b = civil_from_seconds(e.end_when.begin);
    if (e.when.grain == Grain::Day && e.end_when.grain == Grain::Day && a.year == b.year && a.month == b.month)
        return format_day_range(a, b, names);
    std::string first = format_when(e.when, names);
    if (e.when.grain == Grain::Day && e.end_when.grain >= Grain::Day && a.year == b.year)
        first = format_day(a, names.day_short, names);
    return first + " \u2013 " + format_when(e.end_when, names);
}

std::vector<Stack> make_stacks(Context& ctx) {
    std::map<std::tuple<std::int64_t, std::int64_t, bool, std::string>, Stack> by_key;
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const auto& e = ctx.events[i];
        if (e.period) continue;  // drawn as a band behind, not as a marker with a flag
        Stack& s = by_key[{e.begin, e.end, e.coarse, e.when_text}];
        if (s.members.empty()) {
            s.begin = e.begin;
            s.end = e.end;
            s.header = describe_span(e, ctx.names);
            if (!e.when_text.empty()) s.header += " \u00b7 " + e.when_text;
            s.priority = e.priority;
            s.confidence = e.confidence;
        }
        s.members.push_back(static_cast<int>(i));
        if (std::tie(e.priority, e.confidence) > std::tie(s.priority, s.confidence)) {
            s.priority = e.priority;
            s.confidence = e.confidence;
        }
    }
    std::vector<Stack> stacks;
    stacks.reserve(by_key.size());
    for (auto& [key, s] : by_key) stacks.push_back(std::move(s));
    for (std::uint32_t i = 0; i < stacks.size(); ++i) {
        std::uint32_t r = 0;
        for (int bit = 0; bit < 32; ++bit) r |= ((i >> bit) & 1U) << (31 - bit);
        stacks[i].spread = r;
    }
    return stacks;
}

Block make_block(Context& ctx, const Stack& stack, double max_width, int label_lines,
                 std::size_t max_members) {
    Block block;
    const Color header_color = ctx.palette.muted;
    // The date may take two lines ("22–24 Mar 2021 · during the trip" in a narrow block).
    const auto header = wrap_text(stack.header, max_width, 2, ctx.small_bold, ctx.measurer);
    for (const auto& line : header.lines)
        block.lines.push_back({line, ctx.small_bold, header_color, 0, -1, "date", 0, false, {}});
    block.truncated = header.truncated;
    const bool bullets = stack.members.size() > 1;
    // Events of different colours in one stack: each bullet in its event's colour.
    bool mixed = false;
    for (const int m : stack.members) {
        const Color a = event_color(ctx, ctx.events[static_cast<std::size_t>(m)]);
        const Color b = event_color(ctx, ctx.events[static_cast<std::size_t>(stack.members.front())]);
        if (a.r != b.r || a.g != b.g || a.b != b.b) mixed = true;
    }
    const double bullet = bullets ? ctx.width("\u2022 ", ctx.body) : 0;
    const std::size_t shown = stack.members.size() > max_members ? max_members - 1 : stack.members.size();
    for (std::size_t m = 0; m < shown; ++m) {
        const int ei = stack.members[m];
        const auto& e = ctx.events[static_cast<std::size_t>(ei)];
        const auto wrapped = wrap_text(e.label, max_width - bullet, label_lines, ctx.body, ctx.measurer);
        block.truncated = block.truncated || wrapped.truncated;
        for (std::size_t l = 0; l < wrapped.lines.size(); ++l) {
            BlockLine line{wrapped.lines[l], ctx.body, ctx.palette.text, bullet, ei, "label", 0, false, {}};
            if (bullets && l == 0) {
                if (mixed) {
                    line.bullet = true;
                    line.bullet_color = event_color(ctx, e);
                } else {
                    line.text = "\u2022 " + line.text;
                    line.indent = 0;
                }
            }
            block.lines.push_back(std::move(line));
        }
        std::string meta = e.where;
        if (!e.who_shown.empty()) meta += (meta.empty() ? "" : " \u00b7 ") + e.who_shown;
        // Where and who take up to two lines and lose whole names, never half a word.
        if (!meta.empty()) {
            for (const auto& line : wrap_words(meta, max_width - bullet, 2, ctx.small, ctx.measurer).lines)
                block.lines.push_back({line, ctx.small, ctx.palette.muted, bullet, ei, "meta", 0, false, {}});
        }
    }
    if (shown < stack.members.size()) {
        const long hidden = static_cast<long>(stack.members.size() - shown);
        block.lines.push_back({fmt::format("+{}", hidden), ctx.small_bold, ctx.palette.muted, bullet,
                               -1, "count", hidden, false, {}});
    }
    for (const auto& line : block.lines) {
        block.width = std::max(block.width, line.indent + ctx.width(line.text, line.font));
        block.height += ctx.line_height(line.font);
    }
    return block;
}

Item text_item(Context& ctx, std::string kind, const std::string& text, const FontSpec& font,
               Color color, double x, double top, Anchor anchor) {
    Item item;
    item.kind = std::move(kind);
    item.shape = Shape::Text;
    const double w = ctx.width(text, font);
    const double lh = ctx.line_height(font);
    const LineMetrics m = ctx.measurer.metrics(font);
    const double baseline = top + (lh - (m.ascent + m.descent)) / 2 + m.ascent;
    item.runs.push_back({text, x, baseline, w, font.size, font.bold, font.italic, color, anchor});
    const double left = anchor == Anchor::Start ? x : anchor == Anchor::Middle ? x - w / 2 : x - w;
    item.box = {left, top, w, lh};
    return item;
}

namespace {
void append_run(Context& ctx, Item& item, const BlockLine& line, double x, double top) {
    if (line.bullet) {
        Item dot = text_item(ctx, "", "\u2022", line.font, line.bullet_color, x, top, Anchor::Start);
        dot.runs.front().bold = true;
        if (item.runs.empty()) item.box = dot.box;
        else {
            const double right = std::max(item.box.right(), dot.box.right());
            const double bottom = std::max(item.box.bottom(), dot.box.bottom());
            item.box.x = std::min(item.box.x, dot.box.x);
            item.box.w = right - item.box.x;
            item.box.h = bottom - item.box.y;
        }
        item.runs.push_back(std::move(dot.runs.front()));
    }
    Item one = text_item(ctx, "", line.text, line.font, line.color, x + line.indent, top, Anchor::Start);
    if (item.runs.empty()) {
        item.box = one.box;
    } else {
        const double right = std::max(item.box.right(), one.box.right());
        const double bottom = std::max(item.box.bottom(), one.box.bottom());
        item.box.x = std::min(item.box.x, one.box.x);
        item.box.w = right - item.box.x;
        item.box.h = bottom - item.box.y;
    }
    item.runs.push_back(std::move(one.runs.front()));
}
}  // namespace

void emit_block(Context& ctx, const Block& block, double x, double y, const std::string& css) {
    double top = y;
    Item current;
    int current_event = -2;
    std::string current_kind;
    const auto flush = [&] {
        if (!current.runs.empty()) ctx.scene.items.push_back(std::move(current));
        current = Item{};
    };
    for (const auto& line : block.lines) {
        const std::string kind = line.kind == "meta" ? "label" : line.kind;
        if (line.event != current_event || kind != current_kind) {
            flush();
            current.kind = kind;
            current.shape = Shape::Text;
            current.css = kind + " " + css;
            current.n = line.n;
            if (line.event >= 0) {
                const auto& e = ctx.events[static_cast<std::size_t>(line.event)];
                current.event = e.index;
                current.tooltip = e.tooltip;
                if (e.group >= 0) current.css += fmt::format(" group-{}", e.group);
            }
            current_event = line.event;
            current_kind = kind;
        }
        append_run(ctx, current, line, x, top);
        top += ctx.line_height(line.font);
    }
    flush();
}

Item line_item(std::string kind, double x1, double y1, double x2, double y2, Color color,
               double width) {
    Item item;
    item.kind = std::move(kind);
    item.shape = Shape::Line;
    item.points = {x1, y1, x2, y2};
    item.stroked = true;
    item.stroke = color;
    item.stroke_width = width;
    item.box = {std::min(x1, x2), std::min(y1, y2), std::abs(x2 - x1), std::abs(y2 - y1)};
    return item;
}

Item rect_item(std::string kind, Box box, Color fill, double radius) {
    Item item;
    item.kind = std::move(kind);
    item.shape = Shape::Rect;
    item.box = box;
    item.filled = true;
    item.fill = fill;
    item.radius = radius;
    return item;
}

Item count_badge(Context& ctx, long n, double cx, double top) {
    Item item = text_item(ctx, "count", fmt::format("+{}", n), ctx.small_bold, ctx.palette.count_text,
                          cx, top, Anchor::Middle);
    item.filled = true;
    item.fill = ctx.palette.count_fill;
    item.radius = item.box.h / 2;
    item.box.x -= 4;
    item.box.w += 8;
    item.n = n;
    item.css = "count";
    item.tooltip = fmt::format("{} {}", n, ctx.names.events_word);
    return item;
}

double marker_position(const Context& ctx, const Stack& stack, const TimeScale& scale) {
    const auto& e = ctx.events[static_cast<std::size_t>(stack.members.front())];
    const double mid = scale.position((static_cast<double>(stack.begin) + static_cast<double>(stack.end)) / 2);
    if (e.interval) return std::min(scale.position(static_cast<double>(stack.begin)) + 3, mid);
    return mid;
}

std::size_t labels_considered(std::size_t stacks, bool dense) {
    return dense ? std::min<std::size_t>(stacks, 300) : stacks;
}

double CountBins::centre(std::size_t b, double half) const {
    const double lo = static_cast<double>(b) * bin + half + 1;
    const double hi = (b + 1 == count.size() ? length : static_cast<double>(b + 1) * bin) - half - 1;
    return std::clamp(sum[b] / static_cast<double>(count[b]), lo, std::max(lo, hi));
}

CountBins count_in_bins(const std::vector<Stack>& stacks, const std::vector<bool>& counted,
                        const TimeScale& scale, double length, double bin) {
    CountBins bins;
    bins.bin = bin;
    bins.length = length;
    const std::size_t n = std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(length / bin)));
    bins.count.assign(n, 0);
    bins.sum.assign(n, 0);
    for (std::size_t s = 0; s < stacks.size(); ++s) {
        if (!counted[s]) continue;
        const double p = scale.position((static_cast<double>(stacks[s].begin) + static_cast<double>(stacks[s].end)) / 2);
        const std::size_t b = std::min(n - 1, static_cast<std::size_t>(p / bin));
        const auto members = static_cast<long>(stacks[s].members.size());
        bins.count[b] += members;
        bins.sum[b] += p * static_cast<double>(members);
    }
    return bins;
}

Color leader_color(const Context& ctx, const Stack& stack) {
    const auto& e = ctx.events[static_cast<std::size_t>(stack.members.front())];
    if (e.group < 0 && !e.has_color) return ctx.palette.tick;
    Color c = event_color(ctx, e);
    c.a = 0.75;
    return c;
}

Color event_color(const Context& ctx, const Prepared& e) {
    if (e.has_color) return e.color;
    if (e.group >= 0) return ctx.group_colors[static_cast<std::size_t>(e.group)];
    return group_color(ctx.palette, -1);
}

double emit_header(Context& ctx) {
    const double width = ctx.scene.width - 2 * ctx.margin;
    double y = ctx.margin * 0.75;
    const std::string title = clean_text(ctx.options.title.empty() ? ctx.set.title : ctx.options.title);
    std::string subtitle = clean_text(ctx.options.subtitle);
    if (ctx.options.subtitle.empty()) {
        std::string date;
        if (const auto w = parse_when(ctx.set.date); w && !ctx.set.date.empty()) date = format_day(civil_from_seconds(w->begin), ctx.names.day_full, ctx.names);
        const std::string source = clean_text(ctx.set.source);
        subtitle = source.empty() ? date : date.empty() ? source : source + " \u00b7 " + date;
    }
    for (const auto& line : wrap_text(title, width, 4, ctx.title, ctx.measurer).lines) {
        ctx.scene.items.push_back(text_item(ctx, "title", line, ctx.title, ctx.palette.text, ctx.margin, y, Anchor::Start));
        y += ctx.line_height(ctx.title);
    }
    for (const auto& line : wrap_text(subtitle, width, 3, ctx.subtitle, ctx.measurer).lines) {
        ctx.scene.items.push_back(text_item(ctx, "subtitle", line, ctx.subtitle, ctx.palette.muted, ctx.margin, y, Anchor::Start));
        y += ctx.line_height(ctx.subtitle);
    }
    // A legend only when it tells something: two groups at least (one group in the default
    // colour would only repeat the picture).
    // Nor when the groups are swimlanes, whose names are already on the picture.
    const bool group_lanes = ctx.options.lanes == Swimlanes::Group && ctx.options.style == Style::Timeline &&
                             ctx.options.orientation == Orientation::Horizontal;
    if (ctx.groups.size() >= 2 && !group_lanes) {
        y += 6;
        double x = ctx.margin;
        const double lh = ctx.line_height(ctx.small);
        const double swatch = ctx.small.size * 0.8;
        for (std::size_t g = 0; g < ctx.groups.size(); ++g) {
            const std::string name = ellipsize(ctx.groups[g], width / 3, ctx.small, ctx.measurer);
            const double w = swatch + 6 + ctx.width(name, ctx.small);
            if (x > ctx.margin && x + w > ctx.margin + width) { x = ctx.margin; y += lh; }
            Item sw = rect_item("legend", {x, y + (lh - swatch) / 2, swatch, swatch},
                                ctx.group_colors[g], 2);
            sw.css = fmt::format("legend group-{}", g);
            ctx.scene.items.push_back(std::move(sw));
            Item text = text_item(ctx, "legend", name, ctx.small, ctx.palette.text, x + swatch + 6, y, Anchor::Start);
            text.css = "legend";
            ctx.scene.items.push_back(std::move(text));
            x += w + 18;
        }
        y += lh;
    }
    // A vertical timeline names its period bands here, each after a swatch of its colour (a
    // horizontal one writes them along the top of the bands).
    if (ctx.options.orientation == Orientation::Vertical && ctx.options.style == Style::Timeline) {
        const double lh = ctx.line_height(ctx.small_bold);
        const double swatch = ctx.small.size * 0.8;
        double x = ctx.margin;
        bool any = false;
        for (const auto& e : ctx.events) {
            if (!e.period) continue;
            if (!any) y += 4;
            any = true;
            const std::string name = ellipsize(e.label, width / 2, ctx.small_bold, ctx.measurer);
            const double w = swatch + 6 + ctx.width(name, ctx.small_bold);
            if (x > ctx.margin && x + w > ctx.margin + width) { x = ctx.margin; y += lh; }
            Color c = event_color(ctx, e);
            c.a = 0.35;
            Item sw = rect_item("legend", {x, y + (lh - swatch) / 2, swatch, swatch}, c, 0);
            sw.css = "legend period";
            ctx.scene.items.push_back(std::move(sw));
            Item text = text_item(ctx, "label", name, ctx.small_bold, event_color(ctx, e), x + swatch + 6, y, Anchor::Start);
            text.css = "label period";
            text.event = e.index;
            text.tooltip = e.tooltip;
            ctx.scene.items.push_back(std::move(text));
            x += w + 18;
        }
        if (any) y += lh;
    }
    return y + ctx.margin * 0.5;
}

void finish_scene(Context& ctx, double width, double height) {
    Scene& s = ctx.scene;
    s.width = std::ceil(width);
    s.height = std::ceil(std::min(height, max_height));
    s.background = ctx.palette.background;
    s.transparent = ctx.options.transparent;
    s.title = clean_text(ctx.options.title.empty() ? ctx.set.title : ctx.options.title);
    if (s.title.empty()) s.title = "Timeline";
    // Colours are attributes, so the picture stands without CSS; these only help on screen.
    s.style_rules = {
        ".leader, .rule, .tick { pointer-events: none; }",
        ".marker:hover, .bar:hover, .label:hover, .count:hover { opacity: 0.7; }",
    };
    s.description = fmt::format("{} {}", ctx.events.size(), ctx.names.events_word);
    if (!ctx.events.empty()) {
        std::int64_t first = ctx.events.front().begin, last = ctx.events.front().end;
        for (const auto& e : ctx.events) { first = std::min(first, e.begin); last = std::max(last, e.end); }
        When a{"", Grain::Day, first, first + 86400};
        When b{"", Grain::Day, last - 1, last};
        s.description += ", " + format_when(a, ctx.names) + " \u2013 " + format_when(b, ctx.names);
    }
}

Scene layout(const EventSet& events, const Options& options, TextMeasurer& measurer) {
    Context ctx(events, options, measurer);
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const Prepared& e = ctx.events[i];
        ctx.scene.event_texts.push_back({e.label,
                                         describe_span(e, ctx.names) + (e.when_text.empty() ? "" : " (" + e.when_text + ")"),
                                         e.where, e.who, clean_text(events.events[i].source)});
    }
    ctx.scene.width = std::clamp(static_cast<double>(options.width), 200.0, 16000.0);
    if (ctx.events.empty()) {
        // Nothing to place: say so rather than draw an axis of no time.
        const double y = emit_header(ctx);
        Item note = text_item(ctx, "note", std::string(ctx.names.no_events), ctx.body, ctx.palette.muted,
                              ctx.margin, y, Anchor::Start);
        note.css = "note";
        const double bottom = note.box.bottom();
        ctx.scene.items.push_back(std::move(note));
        finish_scene(ctx, ctx.scene.width, bottom + ctx.margin);
        return std::move(ctx.scene);
    }
    if (options.style == Style::Itinerary) return layout_itinerary(ctx);
    if (options.orientation == Orientation::Vertical) return layout_vertical(ctx);
    return layout_horizontal(ctx);
}

namespace {

// The swimlane key of an event by Options::lanes, "" for none.
std::string lane_key(const Context& ctx, const Prepared& e) {
    switch (ctx.options.lanes) {
        case Swimlanes::Group: return e.group >= 0 ? ctx.groups[static_cast<std::size_t>(e.group)] : "";
        case Swimlanes::Who: return e.who;
        case Swimlanes::Where: return e.where;
        case Swimlanes::None: break;
    }
    return "";
}

}  // namespace

SwimlaneAssignment assign_swimlanes(const Context& ctx, std::size_t max_lanes) {
    std::vector<std::string> keys;
    bool unnamed = false;
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const std::string k = lane_key(ctx, ctx.events[i]);
        if (k.empty()) { unnamed = true; continue; }
        if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
    }
    max_lanes = std::max<std::size_t>(max_lanes, 1);
    if (keys.size() + (unnamed ? 1 : 0) > max_lanes) {
        std::map<std::string, std::size_t> count;
        for (const auto& e : ctx.events) ++count[lane_key(ctx, e)];
        std::vector<std::string> busiest = keys;
        std::stable_sort(busiest.begin(), busiest.end(), [&](const std::string& a, const std::string& b) { return count[a] > count[b]; });
        busiest.resize(max_lanes - 1);
        std::erase_if(keys, [&](const std::string& k) { return std::find(busiest.begin(), busiest.end(), k) == busiest.end(); });
        unnamed = true;
    }
    SwimlaneAssignment out;
    out.names = keys;
    if (unnamed) out.names.push_back("\u2014");
    out.lane_of.assign(ctx.events.size(), 0);
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const auto at = std::find(keys.begin(), keys.end(), lane_key(ctx, ctx.events[i]));
        out.lane_of[i] = static_cast<int>(at - keys.begin());  // keys.size(): the last lane
    }
    return out;
}

std::vector<std::vector<Stack>> stacks_by_swimlane(const std::vector<Stack>& stacks, const std::vector<int>& lane_of,
                                                   std::size_t lane_count) {
    std::vector<std::vector<Stack>> out(lane_count);
    for (const auto& s : stacks) {
        std::map<int, Stack> split;
        for (const int m : s.members) {
            Stack& part = split[lane_of[static_cast<std::size_t>(m)]];
            if (part.members.empty()) { part = s; part.members.clear(); }
            part.members.push_back(m);
        }
        for (auto& [lane, part] : split) out[static_cast<std::size_t>(lane)].push_back(std::move(part));
    }
    return out;
}

void emit_article_guide(Context& ctx, const When& article, double x1, double y1, double x2, double y2) {
    Color accent = ctx.palette.accent;
    accent.a = 0.45;
    Item guide = line_item("article-date", x1, y1, x2, y2, accent, 1);
    guide.dashed = true;
    guide.css = "article-date guide";
    guide.timed = true;
    guide.t0 = article.begin;
    guide.t1 = article.end;
    ctx.scene.items.push_back(std::move(guide));
}

}  // namespace chronicle::render
