// The vertical timeline: time runs down an axis on the left, ticks to its left, labels in one
// column on its right. The axis is made as long as the labels need (up to a maximum); when
// they do not all fit, the most important are kept and the rest counted beside the axis.
// Labels sit at their event's height when they can and are pushed down (then up, at the
// bottom) just enough not to overlap; a leader joins each to its marker.
#include "layout_common.hpp"
#include "timescale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chronicle::render {

namespace {

constexpr double vgap = 8;

double widest_tick_label(Context& ctx) {
    double w = ctx.width("8888", ctx.tick);
    for (unsigned m = 1; m <= 12; ++m) {
        for (unsigned wd = 0; wd < 7; ++wd) {
            Civil c{2021, m, 28, wd, 0, 0, 0};
            w = std::max(w, ctx.width(format_day(c, ctx.names.day_short, ctx.names), ctx.tick));
        }
        Civil c{2021, m, 1, 0, 0, 0, 0};
        w = std::max(w, ctx.width(format_day(c, ctx.names.month_short, ctx.names), ctx.tick));
    }
    return w;
}

// Each swimlane column after the first: a pale band behind every other one, its line of
// markers broken where the axis is; every column's name above it.
void emit_swimlane_columns(Context& ctx, const TimeScale& scale, const std::vector<std::string>& names,
                           const std::vector<double>& line_x, double column_w, double y0, double names_top, double r) {
    const double length = scale.pieces().empty() ? 0 : scale.pieces().back().stop;
    for (std::size_t l = 0; l < names.size(); ++l) {
        if (l % 2 == 1) {
            Color shade = ctx.palette.tick;
            shade.a = 0.07;
            Item bg = rect_item("lane", {line_x[l] - 6, names_top, column_w, y0 + length - names_top + 6}, shade, 0);
            bg.css = "lane";
            ctx.scene.items.push_back(std::move(bg));
        }
        Item name = text_item(ctx, "lane-label", ellipsize(names[l], column_w - r - 12, ctx.small_bold, ctx.measurer),
                              ctx.small_bold, ctx.palette.text, line_x[l] - r, names_top, Anchor::Start);
        name.css = "lane-label";
        ctx.scene.items.push_back(std::move(name));
        if (l == 0) continue;  // the first column's line is the axis
        Color rule = ctx.palette.tick;
        rule.a = 0.6;
        for (const auto& p : scale.pieces()) {
            if (p.kind == PieceKind::Break) continue;
            Item lane_line = line_item("lane-line", line_x[l], y0 + p.start, line_x[l], y0 + p.stop, rule, 1);
            lane_line.css = "lane-line";
            ctx.scene.items.push_back(std::move(lane_line));
        }
    }
}

// Labels of one column, in the order of their markers, each wanting its top at `top[s]`:
// pushed down just enough not to overlap the one above, then up from the bottom limit
// where the column ran out, so that order (and so uncrossed leaders) is kept.
void push_apart(const std::vector<std::size_t>& column, std::vector<double>& top, const std::vector<Block>& blocks,
                double top_limit, double bottom_limit) {
    double cursor = top_limit;
    for (const auto s : column) {
        top[s] = std::max(top[s], cursor);
        cursor = top[s] + blocks[s].height + vgap;
    }
    cursor = bottom_limit;
    for (auto it = column.rbegin(); it != column.rend(); ++it) {
        top[*it] = std::min(top[*it], cursor - blocks[*it].height);
        cursor = top[*it] - vgap;
    }
}

}  // namespace

Scene layout_vertical(Context& ctx) {
    const double W = ctx.scene.width;
    const double M = ctx.margin;
    const double header_bottom = emit_header(ctx);
    const bool dense = ctx.events.size() > dense_threshold;
    // Swimlanes: one column per value of the field, each with its own line of markers and its
    // labels to the right of it, under its name; the time axis and its ticks on the left.
    const double r = std::max(3.5, ctx.body.size * 0.36);
    // On narrow pictures the tick and count columns give way to the labels.
    const double tick_w = std::min(widest_tick_label(ctx), W * 0.22);
    const double strip_w = 24;
    const double x_axis = std::round(M + tick_w + 14 + (dense ? strip_w + 6 : 0));
    // Wide enough for the largest possible count: all the events.
    const double count_w = ctx.width(fmt::format("+{}", ctx.events.size()), ctx.small_bold) + 10;
    // Bars of overlapping intervals take lanes to the right of the axis line.
    const double room = dense ? 0 : std::min(lane_room(ctx, r), W * 0.06);
    // As many columns as leave each room for a label of some 14 characters; the busiest
    // values keep theirs, the rest share the last. Where not even two fit, no swimlanes.
    const double min_column_w = r + 12 + room + count_w + ctx.body.size * 8 + 10;
    const auto columns_fit = static_cast<std::size_t>(std::max(0.0, std::floor((W - M - x_axis) / min_column_w)));
    const bool swimlanes = ctx.options.lanes != Swimlanes::None && !dense && columns_fit >= 2;
    const SwimlaneAssignment assigned = swimlanes ? assign_swimlanes(ctx, std::min<std::size_t>(columns_fit, 12))
                                                  : SwimlaneAssignment{{}, std::vector<int>(ctx.events.size(), 0)};
    const std::size_t lane_count = std::max<std::size_t>(1, assigned.names.size());
    std::vector<Stack> stacks;
    std::vector<std::size_t> lane_of_stack;
    if (swimlanes) {
        auto by_lane = stacks_by_swimlane(make_stacks(ctx), assigned.lane_of, lane_count);
        for (std::size_t l = 0; l < lane_count; ++l) {
            for (auto& st : by_lane[l]) {
                stacks.push_back(std::move(st));
                lane_of_stack.push_back(l);
            }
        }
    } else {
        stacks = make_stacks(ctx);
        lane_of_stack.assign(stacks.size(), 0);
    }
    // Each swimlane's column: its line of markers, then its labels.
    const double column_w = (W - M - x_axis) / static_cast<double>(lane_count);
    std::vector<double> line_x(lane_count), label_x(lane_count), max_w(lane_count);
    for (std::size_t l = 0; l < lane_count; ++l) {
        line_x[l] = std::round(x_axis + static_cast<double>(l) * column_w);
        label_x[l] = line_x[l] + r + 12 + room + count_w;
        const double right = l + 1 == lane_count ? W - M : line_x[l] + column_w - 10;
        max_w[l] = std::max(1.0, std::min(right - label_x[l], 560.0));
    }

    const std::vector<std::size_t> by_importance = importance_order(stacks);
    const std::size_t considered = labels_considered(stacks.size(), dense);
    std::vector<Block> blocks(stacks.size());
    std::vector<double> lane_total(lane_count, 0);
    for (std::size_t i = 0; i < considered; ++i) {
        const std::size_t s = by_importance[i];
        blocks[s] = make_block(ctx, stacks[s], max_w[lane_of_stack[s]], 4, 8);
        lane_total[lane_of_stack[s]] += blocks[s].height + vgap;
    }
    const double total = *std::max_element(lane_total.begin(), lane_total.end());
    // Lane names take a line above the columns.
    const double names_h = swimlanes ? ctx.line_height(ctx.small_bold) + 4 : 0;
    const double y0 = header_bottom + names_h + ctx.line_height(ctx.body);
    const double max_length = max_height - y0 - 2 * M;
    const double length = std::clamp(total * 1.1, 320.0, max_length);

    // Keep the most important labels that fit in the length, in each column.
    std::vector<bool> chosen(stacks.size(), false);
    std::vector<double> used(lane_count, 0);
    for (std::size_t i = 0; i < considered; ++i) {
        const std::size_t s = by_importance[i];
        const double h = blocks[s].height + vgap;
        if (used[lane_of_stack[s]] + h > length) continue;
        used[lane_of_stack[s]] += h;
        chosen[s] = true;
    }

    // Labels want their height along the axis: a crowded stretch is magnified (and says so)
    // rather than stretched unmarked. (With swimlanes the columns' wants add up: a stretch
    // is given the room of all its columns' labels, never less than one column needs.)
    std::vector<Span> spans;
    for (std::size_t s = 0; s < stacks.size(); ++s)
        spans.push_back({stacks[s].begin, stacks[s].end, chosen[s] ? blocks[s].height + vgap : 0});
    for (const auto& e : ctx.events)
        if (e.period) spans.push_back({e.begin, e.end, 0});
    const auto article = parse_when(ctx.set.date);
    if (article && !ctx.set.date.empty()) spans.push_back({article->begin, article->end, 0});
    ScaleOptions so;
    so.length = length;
    so.linear = ctx.options.axis == Axis::Linear;
    so.break_length = 56;
    so.magnify = !dense;  // the density strip must show time at one scale
    so.min_window = ctx.line_height(ctx.tick) + 4;
    const TimeScale scale(spans, so, ctx.names);
    std::vector<std::vector<char>> only(lane_count);
    std::vector<Lanes> bars;
    for (std::size_t l = 0; l < lane_count; ++l) {
        if (!swimlanes) {
            bars.push_back(assign_lanes(ctx, scale, r, room, +1));
            continue;
        }
        only[l].assign(ctx.events.size(), 0);
        for (std::size_t i = 0; i < ctx.events.size(); ++i) only[l][i] = assigned.lane_of[i] == static_cast<int>(l);
        bars.push_back(assign_lanes(ctx, scale, r, room, +1, &only[l]));
    }
    const auto y_of = [&](double t) { return y0 + scale.position(t); };

    // Label tops: at their marker, then pushed apart within their column.
    std::vector<double> marker_y(stacks.size()), top(stacks.size()), marker_x(stacks.size());
    const double first_line = ctx.line_height(ctx.small_bold);
    for (std::size_t s = 0; s < stacks.size(); ++s) {
        if (!chosen[s]) continue;
        const std::size_t l = lane_of_stack[s];
        marker_x[s] = line_x[l] + r + 2;
        marker_y[s] = y0 + marker_position(ctx, stacks[s], scale);
        const auto m = static_cast<std::size_t>(stacks[s].members.front());
        const auto& e = ctx.events[m];
        if (e.interval || e.coarse) marker_x[s] = line_x[l] + bars[l].offset[m] + bars[l].thickness / 2 + 1;
        top[s] = marker_y[s] - first_line / 2;
    }
    const double top_limit = header_bottom + names_h;
    const double bottom_limit = y0 + length + ctx.line_height(ctx.body);
    // Labels in the order of their markers, so that leaders never cross.
    std::vector<std::vector<std::size_t>> order(lane_count);
    for (std::size_t s = 0; s < stacks.size(); ++s)
        if (chosen[s]) order[lane_of_stack[s]].push_back(s);
    for (auto& column : order) {
        std::stable_sort(column.begin(), column.end(), [&](std::size_t a, std::size_t b) { return marker_y[a] < marker_y[b]; });
        push_apart(column, top, blocks, top_limit, bottom_limit);
    }

    AxisFrame frame;
    frame.vertical = true;
    frame.origin = y0;
    frame.line = x_axis;
    frame.r = r;
    frame.text_edge = x_axis - r - 8 - (dense ? strip_w + 6 : 0);
    frame.text_room = tick_w;
    frame.lanes_extent = bars.front().extent;
    frame.band_from = M;
    frame.band_to = W - M;
    if (swimlanes) frame.shade_to = W - M;  // magnified stretches shaded over every column
    std::vector<Item> axis_texts = emit_axis(ctx, scale, frame);
    if (dense) {
        emit_density(ctx, scale, y0, x_axis - r - 3, strip_w, true);
    } else if (!swimlanes) {
        emit_markers(ctx, scale, y0, x_axis, r, true, bars.front());
    } else {
        emit_swimlane_columns(ctx, scale, assigned.names, line_x, column_w, y0, header_bottom, r);
        // The article date across all columns, faint, from its mark on the axis.
        if (article && !ctx.set.date.empty()) {
            const double ay = y_of((static_cast<double>(article->begin) + static_cast<double>(article->end)) / 2);
            emit_article_guide(ctx, *article, x_axis + r + 6, ay, W - M, ay);
        }
        for (std::size_t l = 0; l < lane_count; ++l) emit_markers(ctx, scale, y0, line_x[l], r, true, bars[l], &only[l]);
    }

    // Leaders and labels.
    for (std::size_t l = 0; l < lane_count; ++l) {
        for (const auto s : order[l]) {
            const double ly = top[s] + first_line / 2;
            Item leader;
            leader.kind = "leader";
            leader.shape = Shape::Polyline;
            const double elbow = std::max(marker_x[s], line_x[l] + r + bars[l].extent) + 6;
            leader.points = {marker_x[s], marker_y[s], elbow, marker_y[s], label_x[l] - 10, ly, label_x[l] - 4, ly};
            leader.stroked = true;
            leader.stroke = leader_color(ctx, stacks[s]);
            leader.stroke_width = 1;
            leader.css = "leader";
            leader.box = {marker_x[s], std::min(marker_y[s], ly), label_x[l] - 4 - marker_x[s], std::abs(ly - marker_y[s])};
            ctx.scene.items.push_back(std::move(leader));
            emit_block(ctx, blocks[s], label_x[l], top[s], "right");
        }
    }

    // Counts of events without a label, binned down each column's line.
    const double count_h = ctx.line_height(ctx.small_bold);
    const double bin_h = count_h + 4;
    for (std::size_t l = 0; l < lane_count; ++l) {
        std::vector<bool> counted(stacks.size());
        for (std::size_t s = 0; s < stacks.size(); ++s) counted[s] = !chosen[s] && lane_of_stack[s] == l;
        const CountBins counts = count_in_bins(stacks, counted, scale, length, bin_h);
        for (std::size_t b = 0; b < counts.count.size(); ++b) {
            if (counts.count[b] == 0) continue;
            const double cy = y0 + counts.centre(b, count_h / 2);
            ctx.scene.items.push_back(count_badge(ctx, counts.count[b], line_x[l] + r + 6 + room + count_w / 2, cy - count_h / 2));
        }
    }
    for (auto& text : axis_texts) ctx.scene.items.push_back(std::move(text));

    double bottom = y0 + length;
    for (const auto& column : order)
        for (const auto s : column) bottom = std::max(bottom, top[s] + blocks[s].height);
    finish_scene(ctx, W, bottom + M);
    return std::move(ctx.scene);
}

}  // namespace chronicle::render
