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

}  // namespace

Scene layout_vertical(Context& ctx) {
    const double W = ctx.scene.width;
    const double M = ctx.margin;
    const double header_bottom = emit_header(ctx);
    const std::vector<Stack> stacks = make_stacks(ctx);
    const bool dense = ctx.events.size() > dense_threshold;
    const double r = std::max(3.5, ctx.body.size * 0.36);
    // On narrow pictures the tick and count columns give way to the labels.
    const double tick_w = std::min(widest_tick_label(ctx), W * 0.22);
    const double strip_w = 24;
    const double x_axis = std::round(M + tick_w + 14 + (dense ? strip_w + 6 : 0));
    // Wide enough for the largest possible count: all the events.
    const double count_w = ctx.width(fmt::format("+{}", ctx.events.size()), ctx.small_bold) + 10;
    // Bars of overlapping intervals take lanes to the right of the axis line.
    const double room = dense ? 0 : std::min(lane_room(ctx, r), W * 0.06);
    const double label_x = x_axis + r + 12 + room + count_w;
    const double max_w = std::max(1.0, std::min(W - M - label_x, 560.0));

    const std::vector<std::size_t> by_importance = importance_order(stacks);
    const std::size_t considered = dense ? std::min<std::size_t>(stacks.size(), 300) : stacks.size();
    std::vector<Block> blocks(stacks.size());
    double total = 0;
    for (std::size_t i = 0; i < considered; ++i) {
        blocks[by_importance[i]] = make_block(ctx, stacks[by_importance[i]], max_w, 4, 8);
        total += blocks[by_importance[i]].height + vgap;
    }
    const double y0 = header_bottom + ctx.line_height(ctx.body);
    const double max_length = max_height - y0 - 2 * M;
    const double length = std::clamp(total * 1.1, 320.0, max_length);

    // Keep the most important labels that fit in the length.
    std::vector<bool> chosen(stacks.size(), false);
    double used = 0;
    for (std::size_t i = 0; i < considered; ++i) {
        const double h = blocks[by_importance[i]].height + vgap;
        if (used + h > length) continue;
        used += h;
        chosen[by_importance[i]] = true;
    }

    // Labels want their height along the axis: a crowded stretch is magnified (and says so)
    // rather than stretched unmarked.
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
    const Lanes lanes = assign_lanes(ctx, scale, r, room, +1);
    const auto y_of = [&](double t) { return y0 + scale.position(t); };

    // Label tops: at their marker, then pushed apart.
    std::vector<std::size_t> order;
    for (std::size_t s = 0; s < stacks.size(); ++s)
        if (chosen[s]) order.push_back(s);
    std::vector<double> marker_y(stacks.size()), top(stacks.size()), marker_x(stacks.size(), x_axis + r + 2);
    const double first_line = ctx.line_height(ctx.small_bold);
    for (const auto s : order) {
        marker_y[s] = y_of((static_cast<double>(stacks[s].begin) + static_cast<double>(stacks[s].end)) / 2);
        const auto& e = ctx.events[static_cast<std::size_t>(stacks[s].members.front())];
        if (e.interval) marker_y[s] = std::min(y_of(static_cast<double>(stacks[s].begin)) + 3, marker_y[s]);
        if (e.interval || e.coarse) marker_x[s] = x_axis + lanes.offset[static_cast<std::size_t>(stacks[s].members.front())] + lanes.thickness / 2 + 1;
        top[s] = marker_y[s] - first_line / 2;
    }
    // Labels in the order of their markers, so that leaders never cross.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return marker_y[a] < marker_y[b]; });
    const double top_limit = header_bottom;
    const double bottom_limit = y0 + length + ctx.line_height(ctx.body);
    double cursor = top_limit;
    for (const auto s : order) {
        top[s] = std::max(top[s], cursor);
        cursor = top[s] + blocks[s].height + vgap;
    }
    cursor = bottom_limit;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        top[*it] = std::min(top[*it], cursor - blocks[*it].height);
        cursor = top[*it] - vgap;
    }

    AxisFrame frame;
    frame.vertical = true;
    frame.origin = y0;
    frame.line = x_axis;
    frame.r = r;
    frame.text_edge = x_axis - r - 8 - (dense ? strip_w + 6 : 0);
    frame.text_room = tick_w;
    frame.lanes_extent = lanes.extent;
    frame.band_from = M;
    frame.band_to = W - M;
    std::vector<Item> axis_texts = emit_axis(ctx, scale, frame);
    if (dense) emit_density(ctx, scale, y0, x_axis - r - 3, strip_w, true);
    else emit_markers(ctx, scale, y0, x_axis, r, true, lanes);

    // Leaders and labels.
    for (const auto s : order) {
        const double ly = top[s] + first_line / 2;
        Item leader;
        leader.kind = "leader";
        leader.shape = Shape::Polyline;
        const double elbow = std::max(marker_x[s], x_axis + r + lanes.extent) + 6;
        leader.points = {marker_x[s], marker_y[s], elbow, marker_y[s], label_x - 10, ly, label_x - 4, ly};
        leader.stroked = true;
        leader.stroke = leader_color(ctx, stacks[s]);
        leader.stroke_width = 1;
        leader.css = "leader";
        leader.box = {marker_x[s], std::min(marker_y[s], ly), label_x - 4 - marker_x[s], std::abs(ly - marker_y[s])};
        ctx.scene.items.push_back(std::move(leader));
        emit_block(ctx, blocks[s], label_x, top[s], "right");
    }

    // Counts of events without a label, binned down the axis.
    const double count_h = ctx.line_height(ctx.small_bold);
    const double bin_h = count_h + 4;
    const std::size_t bins = std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(length / bin_h)));
    std::vector<long> bin_count(bins, 0);
    std::vector<double> bin_sum(bins, 0);
    for (std::size_t s = 0; s < stacks.size(); ++s) {
        if (chosen[s]) continue;
        const double p = scale.position((static_cast<double>(stacks[s].begin) + static_cast<double>(stacks[s].end)) / 2);
        const std::size_t b = std::min(bins - 1, static_cast<std::size_t>(p / bin_h));
        const auto n = static_cast<long>(stacks[s].members.size());
        bin_count[b] += n;
        bin_sum[b] += p * static_cast<double>(n);
    }
    for (std::size_t b = 0; b < bins; ++b) {
        if (bin_count[b] == 0) continue;
        const double lo = static_cast<double>(b) * bin_h + count_h / 2 + 1;
        const double hi = (b + 1 == bins ? length : static_cast<double>(b + 1) * bin_h) - count_h / 2 - 1;
        const double cy = y0 + std::clamp(bin_sum[b] / static_cast<double>(bin_count[b]), lo, std::max(lo, hi));
        ctx.scene.items.push_back(count_badge(ctx, bin_count[b], x_axis + r + 6 + room + count_w / 2, cy - count_h / 2));
    }
    for (auto& text : axis_texts) ctx.scene.items.push_back(std::move(text));

    double bottom = y0 + length;
    for (const auto s : order) bottom = std::max(bottom, top[s] + blocks[s].height);
    finish_scene(ctx, W, bottom + M);
    return std::move(ctx.scene);
}

}  // namespace chronicle::render
