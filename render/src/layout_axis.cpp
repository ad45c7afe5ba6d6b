// What both timelines draw along their axis, written once for either orientation: lanes for
// bars, the axis line with its breaks and magnified stretches, tick labels, the article
// date, markers and the density strip. Coordinates are given along the axis (time) and
// across it; `vertical` says which of x and y is which.
#include "layout_common.hpp"
#include "timescale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace chronicle::render {

namespace {

// A box given along the axis (start, length) and across it (start, thickness).
Box turned(bool vertical, double along, double length, double across, double thickness) {
    return vertical ? Box{across, along, thickness, length} : Box{along, across, length, thickness};
}

Item axis_line(bool vertical, double line, double a, double b, const Palette& palette) {
    return vertical ? line_item("axis", line, a, line, b, palette.axis, palette.axis_width)
                    : line_item("axis", a, line, b, line, palette.axis, palette.axis_width);
}

bool is_bar(const Prepared& e) { return !e.period && (e.coarse || e.interval); }

double bar_thickness(double r) { return r * 1.6; }
double lane_pitch(double r) { return bar_thickness(r) + 2; }

}  // namespace

double lane_room(const Context& ctx, double r) {
    // The most bars over one moment: that many lanes may be needed (the first is the axis
    // line itself; one more for short bars drawn longer than they last).
    std::map<std::int64_t, int> change;
    for (const auto& e : ctx.events) {
        if (!is_bar(e)) continue;
        change[e.begin] += 1;
        change[e.end] -= 1;
    }
    int depth = 0, most = 0;
    for (const auto& [t, d] : change) {
        depth += d;
        most = std::max(most, depth);
    }
    return lane_pitch(r) * std::min(most, 6);
}

Lanes assign_lanes(const Context& ctx, const TimeScale& scale, double r, double room, double direction,
                   const std::vector<char>* only) {
    Lanes lanes;
    lanes.offset.assign(ctx.events.size(), 0);
    lanes.lane.assign(ctx.events.size(), 0);
    lanes.thickness = bar_thickness(r);
    struct Bar { double from, to; std::size_t event; };
    std::vector<Bar> bars;
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const auto& e = ctx.events[i];
        if (!is_bar(e) || (only != nullptr && !(*only)[i])) continue;
        const double b = scale.position(static_cast<double>(e.begin));
        const double end = scale.position(static_cast<double>(e.end));
        if (end - b >= 2 * r) {
            bars.push_back({b, end, i});
        } else {
            const double mid = scale.position((static_cast<double>(e.begin) + static_cast<double>(e.end)) / 2);
            bars.push_back({mid - r, mid + r, i});
        }
    }
    // Longer bars first among those starting together, so a long span keeps the axis line.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
        return a.from != b.from ? a.from < b.from : a.to > b.to;
    });
    std::vector<double> lane_end;  // where each lane is free again
    for (const auto& bar : bars) {
        std::size_t lane = 0;
        while (lane < lane_end.size() && lane_end[lane] > bar.from - 1.5) ++lane;
        if (lane == lane_end.size()) lane_end.push_back(0);
        lane_end[lane] = bar.to;
        lanes.lane[bar.event] = static_cast<int>(lane);
    }
    lanes.count = static_cast<int>(std::max<std::size_t>(1, lane_end.size()));
    double pitch = lane_pitch(r);
    if (lanes.count > 1 && pitch * (lanes.count - 1) > room) {
        // More lanes than the room reserved: thinner bars, closer together, never overlapping.
        pitch = room / (lanes.count - 1);
        lanes.thickness = std::min(lanes.thickness, std::max(0.5, pitch - 1));
        if (lanes.thickness >= pitch) lanes.thickness = pitch * 0.8;
    }
    for (std::size_t i = 0; i < ctx.events.size(); ++i) lanes.offset[i] = direction * pitch * lanes.lane[i];
    lanes.extent = pitch * (lanes.count - 1);
    return lanes;
}

void emit_markers(Context& ctx, const TimeScale& scale, double origin, double line, double r,
                  bool vertical, const Lanes& lanes, const std::vector<char>* only) {
    for (int pass = 0; pass < 3; ++pass) {
        for (std::size_t i = 0; i < ctx.events.size(); ++i) {
            const auto& e = ctx.events[i];
            const int kind = e.coarse ? 0 : e.interval ? 1 : 2;
            if (kind != pass || e.period || (only != nullptr && !(*only)[i])) continue;
            const Color color = event_color(ctx, e);
            const double b = origin + scale.position(static_cast<double>(e.begin));
            const double end = origin + scale.position(static_cast<double>(e.end));
            // The middle of the stretch in time (a day's noon), which is not the middle of
            // its ends' positions when a magnified piece starts inside it.
            const double mid = origin + scale.position((static_cast<double>(e.begin) + static_cast<double>(e.end)) / 2);
            Item item;
            if (kind == 2) {
                item.kind = "marker";
                item.shape = Shape::Circle;
                item.radius = r;
                item.box = turned(vertical, mid - r, 2 * r, line - r, 2 * r);
                item.filled = true;
                item.fill = color;
                item.stroked = true;
                item.stroke = ctx.palette.background;
                item.stroke_width = ctx.palette.marker_outline;
                item.css = "marker";
            } else {
                // At least as long as a point marker is wide, so a short interval still shows.
                const double length = std::max(end - b, 2 * r);
                const double t = lanes.thickness;
                const double centre = line + lanes.offset[i];
                const double from = end - b >= 2 * r ? b : mid - length / 2;
                item = rect_item("bar", turned(vertical, from, length, centre - t / 2, t), color,
                                 std::min(t / 2, r * 0.8));
                if (kind == 0) {  // "sometime in 2018": pale, dashed outline
                    item.fill.a = 0.28;
                    item.stroked = true;
                    item.stroke = color;
                    item.stroke_width = 1;
                    item.dashed = true;
                    item.css = "bar coarse";
                } else {
                    item.fill.a = 0.9;
                    item.css = "bar interval";
                }
            }
            if (e.group >= 0) item.css += fmt::format(" group-{}", e.group);
            item.event = e.index;
            item.tooltip = e.tooltip;
            item.timed = true;
            item.t0 = e.begin;
            item.t1 = e.end;
            ctx.scene.items.push_back(std::move(item));
        }
    }
}

void emit_density(Context& ctx, const TimeScale& scale, double origin, double base, double depth,
                  bool vertical) {
    const double bin = 3;
    const std::size_t bins = static_cast<std::size_t>(std::ceil(scale.length() / bin)) + 1;
    std::vector<long> counts(bins, 0);
    for (const auto& e : ctx.events) {
        if (e.period) continue;
        const double p = scale.position((static_cast<double>(e.begin) + static_cast<double>(e.end)) / 2);
        counts[std::min(bins - 1, static_cast<std::size_t>(p / bin))]++;
    }
    const long most = *std::max_element(counts.begin(), counts.end());
    for (std::size_t i = 0; i < bins; ++i) {
        if (counts[i] == 0) continue;
        // Square root: a bin of one event stays visible beside a bin of hundreds.
        const double extent = std::max(1.5, depth * std::sqrt(static_cast<double>(counts[i]) / static_cast<double>(most)));
        // The last bin is pulled back so that no bar runs past the axis's end.
        const double start = std::min(origin + static_cast<double>(i) * bin, origin + scale.length() - bin + 1);
        Item item = rect_item("density", turned(vertical, start, bin - 1, base - extent, extent),
                              ctx.palette.density, 0);
        item.n = counts[i];
        item.css = "density";
        item.tooltip = fmt::format("{} {}", counts[i], ctx.names.events_word);
        ctx.scene.items.push_back(std::move(item));
    }
}

namespace {

struct PeriodLabel {
    std::size_t event;
    std::string text;
    double x, w;  // horizontal: left edge and width
    int row = 0;
};

// Period labels along the top of a horizontal plot: each starts at its band, as wide as its
// text or band (at least a few characters), in the first row where it clears the others.
std::vector<PeriodLabel> place_periods(Context& ctx, const TimeScale& scale, double origin, double right) {
    std::vector<PeriodLabel> out;
    std::vector<double> row_end;
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const auto& e = ctx.events[i];
        if (!e.period) continue;
        const double a = origin + scale.position(static_cast<double>(e.begin));
        const double b = origin + scale.position(static_cast<double>(e.end));
        const double room = std::min(std::max(b - a - 8, ctx.width("Abcdefgh", ctx.small_bold)), right - a - 4);
        const std::string text = ellipsize(e.label, std::max(room, 1.0), ctx.small_bold, ctx.measurer);
        PeriodLabel p{i, text, a + 4, ctx.width(text, ctx.small_bold), 0};
        if (p.x + p.w > right) p.x = std::max(origin, right - p.w);
        std::size_t row = 0;
        while (row < row_end.size() && row_end[row] > p.x - 6) ++row;
        if (row == row_end.size()) row_end.push_back(0);
        row_end[row] = p.x + p.w;
        p.row = static_cast<int>(row);
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace

int period_rows(Context& ctx, const TimeScale& scale, double origin, double right) {
    int rows = 0;
    for (const auto& p : place_periods(ctx, scale, origin, right)) rows = std::max(rows, p.row + 1);
    return rows;
}

std::vector<Item> emit_axis(Context& ctx, const TimeScale& scale, const AxisFrame& f) {
    const bool V = f.vertical;
    const double tick_lh = ctx.line_height(ctx.tick);
    const auto extent = [&](const std::string& s) { return V ? tick_lh : ctx.width(s, ctx.tick); };
    // A text in the tick row (horizontal) or column (vertical), centred on `along`.
    const auto axis_text = [&](std::string kind, const std::string& text, double along, Color color) {
        return V ? text_item(ctx, std::move(kind), text, ctx.tick, color, f.text_edge, f.origin + along - tick_lh / 2, Anchor::End)
                 : text_item(ctx, std::move(kind), text, ctx.tick, color, f.origin + along, f.text_edge, Anchor::Middle);
    };
    std::vector<Item> texts;
    std::vector<std::pair<double, double>> reserved;  // along the axis, kept free of tick labels

    // The pieces as drawn, for readers of the scene.
    ctx.scene.axis_vertical = V;
    ctx.scene.axis.clear();
    for (const auto& p : scale.pieces()) {
        const char* kind = p.kind == PieceKind::Break ? "break" : p.kind == PieceKind::Magnified ? "magnified" : "linear";
        ctx.scene.axis.push_back({kind, p.from, p.to, f.origin + p.start, f.origin + p.stop, p.factor, p.label});
    }

    // Period bands, behind everything else: pale, in the period's colour, labelled at the
    // top (horizontal) or in the tick column at their start (vertical).
    const double period_lh = ctx.line_height(ctx.small_bold);
    const auto periods = V ? std::vector<PeriodLabel>{}
                           : place_periods(ctx, scale, f.origin, ctx.scene.width - ctx.margin);
    for (std::size_t i = 0; i < ctx.events.size(); ++i) {
        const auto& e = ctx.events[i];
        if (!e.period) continue;
        const double a = f.origin + scale.position(static_cast<double>(e.begin));
        const double b = f.origin + scale.position(static_cast<double>(e.end));
        Color c = event_color(ctx, e);
        c.a = 0.09;
        Item band = rect_item("period", turned(V, a, std::max(b - a, 1.0), f.band_from, f.band_to - f.band_from), c, 0);
        band.css = "period";
        band.tooltip = e.tooltip;
        band.event = e.index;
        band.timed = true;
        band.t0 = e.begin;
        band.t1 = e.end;
        ctx.scene.items.push_back(std::move(band));
    }
    for (const auto& p : periods) {
        const auto& e = ctx.events[p.event];
        Item label = text_item(ctx, "label", p.text, ctx.small_bold, event_color(ctx, e), p.x,
                               f.band_from + period_lh * p.row, Anchor::Start);
        label.css = "label period";
        label.event = e.index;
        label.tooltip = e.tooltip;
        ctx.scene.items.push_back(std::move(label));
    }
    // Magnified stretches: shaded across the axis and its tick labels, labelled with their
    // factor (horizontally in a row of their own under the tick labels; vertically at the
    // top of the stretch, in the tick column).
    for (const auto& p : scale.pieces()) {
        if (p.kind != PieceKind::Magnified) continue;
        Color shade = ctx.palette.density;
        shade.a = f.shade_from >= 0 || f.shade_to >= 0 ? 0.07 : 0.13;  // paler over a whole plot of swimlanes
        const double near = V ? f.text_edge - f.text_room - 2
                              : f.shade_from >= 0 ? f.shade_from : f.line - f.r - 4 - f.lanes_extent;
        const double far = V ? (f.shade_to >= 0 ? f.shade_to : f.line + f.r + 4 + f.lanes_extent)
                             : f.text_edge + 2 * tick_lh + 2;
        Item band = rect_item("magnified", turned(V, f.origin + p.start, p.stop - p.start, near, far - near), shade, 2);
        band.css = "magnified";
        band.tooltip = fmt::format("{} {}", p.label, format_when(When{"", Grain::Day, p.from, p.to}, ctx.names));
        ctx.scene.items.push_back(std::move(band));
        Item label = V ? text_item(ctx, "magnify-label", p.label, ctx.tick, ctx.palette.muted, f.text_edge,
                                   f.origin + p.start + 1, Anchor::End)
                       : text_item(ctx, "magnify-label", p.label, ctx.tick, ctx.palette.muted,
                                   f.origin + (p.start + p.stop) / 2, f.text_edge + tick_lh + 2, Anchor::Middle);
        label.runs.front().italic = true;
        label.runs.front().bold = true;
        label.css = "magnify-label";
        if (V) reserved.emplace_back(p.start, p.start + 1 + tick_lh);
        texts.push_back(std::move(label));
    }

    // The axis line, broken where stretches were cut out.
    double from = f.origin;
    Box last_break{};
    for (const auto& p : scale.pieces()) {
        if (p.kind != PieceKind::Break) continue;
        const double a = f.origin + p.start + 4, b = f.origin + p.stop - 4;
        ctx.scene.items.push_back(axis_line(V, f.line, from, a, ctx.palette));
        for (const double at : {a, b}) {
            Item slash = V ? line_item("break", f.line - 6, at + 3, f.line + 6, at - 3, ctx.palette.axis, ctx.palette.axis_width)
                           : line_item("break", at - 3, f.line + 6, at + 3, f.line - 6, ctx.palette.axis, ctx.palette.axis_width);
            slash.css = "break";
            ctx.scene.items.push_back(std::move(slash));
        }
        std::string text = V ? ellipsize(p.label, f.text_room, ctx.tick, ctx.measurer) : p.label;
        Item label = axis_text("break-label", text, (p.start + p.stop) / 2, ctx.palette.muted);
        label.runs.front().italic = true;
        label.css = "break-label";
        // Breaks close together keep only the first label (the slashes still show each).
        if (last_break.w == 0 || !overlaps(last_break, label.box)) {
            last_break = label.box;
            texts.push_back(std::move(label));
        }
        from = b;
    }
    ctx.scene.items.push_back(axis_line(V, f.line, from, f.origin + scale.length(), ctx.palette));

    // The article date: a mark across the axis and a bold label among the ticks, which make
    // room for it.
    const auto article = parse_when(ctx.set.date);
    if (article && !ctx.set.date.empty()) {
        const double mid_t = (static_cast<double>(article->begin) + static_cast<double>(article->end)) / 2;
        const double pos = scale.position(mid_t);
        const double a = f.origin + pos;
        const double lo = f.line - f.r - 6 - (V ? 0 : f.lanes_extent), hi = f.line + f.r + 4 + (V ? f.lanes_extent : 0);
        Item mark = V ? line_item("article-date", lo, a, hi, a, ctx.palette.accent, 2)
                      : line_item("article-date", a, lo, a, hi, ctx.palette.accent, 2);
        mark.tooltip = std::string(ctx.names.article) + ": " + format_when(*article, ctx.names);
        mark.css = "article-date";
        mark.timed = true;
        mark.t0 = article->begin;
        mark.t1 = article->end;
        ctx.scene.items.push_back(std::move(mark));
        const std::string text = V ? ellipsize(ctx.names.article, f.text_room, ctx.tick, ctx.measurer)
                                   : std::string(ctx.names.article);
        const double w = extent(text);
        double centre = V ? pos : std::clamp(pos, w / 2 - f.overhang, scale.length() + f.overhang - w / 2);
        // Off the break (and, vertically, magnification) labels it would cover: the free
        // spot nearest its date; when there is none, the date's label wins and theirs goes.
        std::vector<std::pair<double, double>> taken;
        for (const auto& t : texts) {
            if (t.kind != "break-label" && (t.kind != "magnify-label" || !V)) continue;
            const double t0 = (V ? t.box.y : t.box.x) - f.origin;
            taken.emplace_back(t0, t0 + (V ? t.box.h : t.box.w));
        }
        const auto free_at = [&](double c) {
            if (!V && (c - w / 2 < -f.overhang - 0.01 || c + w / 2 > scale.length() + f.overhang + 0.01)) return false;
            return std::none_of(taken.begin(), taken.end(), [&](const auto& t) { return c + w / 2 > t.first - 2 && c - w / 2 < t.second + 2; });
        };
        if (!free_at(centre)) {
            std::vector<double> options;
            for (const auto& t : taken) {
                options.push_back(t.first - 2 - w / 2);
                options.push_back(t.second + 2 + w / 2);
            }
            std::sort(options.begin(), options.end(), [&](double x, double y) { return std::abs(x - pos) < std::abs(y - pos); });
            bool found = false;
            for (const double c : options) {
                if (std::abs(c - pos) < 3 * w && free_at(c)) { centre = c; found = true; break; }
            }
            // A break label may give way (the slashes still show the break); a factor may not.
            if (!found) {
                std::erase_if(texts, [&](const Item& t) {
                    if (t.kind != "break-label") return false;
                    const double t0 = (V ? t.box.y : t.box.x) - f.origin, t1 = t0 + (V ? t.box.h : t.box.w);
                    return centre + w / 2 > t0 - 2 && centre - w / 2 < t1 + 2;
                });
            }
        }
        Item label = axis_text("article-date", text, centre, ctx.palette.accent);
        label.runs.front().bold = true;
        label.css = "article-date";
        reserved.emplace_back(centre - w / 2, centre + w / 2);
        texts.push_back(std::move(label));
    }

    // Ticks: a mark at each unit's start, its label where the unit is (a day's in its middle).
    const auto ticks = make_ticks(scale, ctx.names, extent, V ? 10 : 14, V ? 0 : f.overhang,
                                  finest_unit(ctx.finest), reserved);
    for (const auto& t : ticks) {
        std::string text = t.label;
        if (V && t.context) {
            // The tick column may be too narrow for a full date: the month, or the year.
            const Civil c = civil_from_seconds(t.time);
            if (ctx.width(text, ctx.tick) > f.text_room + 0.5) text = format_day(c, ctx.names.month_short, ctx.names);
            if (ctx.width(text, ctx.tick) > f.text_room + 0.5) text = format_year(c.year, ctx.names);
        }
        if (V && ctx.width(text, ctx.tick) > f.text_room + 0.5) continue;
        Item label = axis_text("tick-label", text, t.label_position, ctx.palette.muted);
        if (t.major) label.runs.front().bold = true;
        label.css = t.context ? "tick-label context" : t.major ? "tick-label major" : "tick-label";
        if (!t.context) {
            label.timed = true;
            label.t0 = t.label_begin;
            label.t1 = t.label_end;
        }
        if (!t.context && t.marked) {
            const double a = f.origin + t.position;
            Item mark = V ? line_item("tick", f.line - 4, a, f.line, a, ctx.palette.tick, 1)
                          : line_item("tick", a, f.line, a, f.line + 4, ctx.palette.tick, 1);
            mark.timed = true;
            mark.t0 = mark.t1 = t.time;
            ctx.scene.items.push_back(std::move(mark));
        }
        texts.push_back(std::move(label));
    }
    // A narrow tick column may have dropped every label that names a year: the axis then
    // starts with its year, in place of a tick label there.
    const auto names_year = [&](const Item& t) {
        if (t.kind != "tick-label" || t.runs.empty()) return false;
        const std::string& x = t.runs.front().text;
        return t.css == "tick-label context" ||
               std::any_of(ticks.begin(), ticks.end(), [&](const Tick& k) {
                   return (k.unit == TickUnit::Year || k.unit == TickUnit::Month) && k.label == x;
               });
    };
    if (std::none_of(texts.begin(), texts.end(), names_year)) {
        const std::string year = format_year(civil_from_seconds(scale.first()).year, ctx.names);
        const double w = extent(year);
        if (!V || ctx.width(year, ctx.tick) <= f.text_room + 0.5) {
            // At the start of the axis, or else at its end; tick labels there give way.
            for (const double along : {V ? w / 2 : w / 2 - f.overhang, V ? scale.length() - w / 2 : scale.length() + f.overhang - w / 2}) {
                Item label = axis_text("tick-label", year, along, ctx.palette.muted);
                const bool clear = std::none_of(texts.begin(), texts.end(), [&](const Item& t) {
                    return t.kind != "tick-label" && overlaps(t.box, label.box);
                });
                if (!clear) continue;
                label.css = "tick-label context";
                std::erase_if(texts, [&](const Item& t) { return t.kind == "tick-label" && overlaps(t.box, label.box); });
                texts.push_back(std::move(label));
                break;
            }
        }
    }
    for (auto& text : texts) {
        if (!ctx.options.transparent) {
            text.filled = true;
            text.fill = ctx.palette.background;
        }
    }
    return texts;
}

}  // namespace chronicle::render
