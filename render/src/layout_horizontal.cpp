// The horizontal timeline: a dated axis across the picture, labels above and below it.
//
// Labels are flags: a leader line rises from the event's marker along the left edge of its
// text block. They are placed right to left; each goes to the lowest level on either side
// where it overlaps no placed block, crosses no placed leader and is crossed by none. Placing
// right to left means those conditions can always be met by going further from the axis
// (a staircase), until a side is full; what does not fit is counted ("+12") in a row by the
// axis. When priorities differ, the most important labels are placed first.
#include "layout_common.hpp"
#include "timescale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chronicle::render {

namespace {

constexpr double hgap = 8;  // between blocks side by side
constexpr double vgap = 5;  // between blocks one over the other

// A label to place, wrapped at a few widths: a narrower block may fit between neighbours'
// leaders where a wide one would have to climb over them.
struct Candidate {
    std::size_t stack = 0;
    double lx = 0;  // leader (and marker) x
    std::vector<Block> variants;
    double box_x = 0;  // the block's left edge, its leader column included
    double box_w(std::size_t v) const { return variants[v].width + 7; }
};

struct PlacedBox {
    std::size_t candidate = 0, variant = 0;
    double x0 = 0, x1 = 0, d0 = 0, d1 = 0, lx = 0;
};

struct Side {
    std::vector<PlacedBox> boxes;
};

class Packer {
public:
    Packer(std::vector<Candidate>& candidates, double max_side)
        : candidates_(candidates), max_side_(max_side) {}

    // Tries to place candidate c; true when placed.
    // Tries to place candidate c where its outer edge stays nearest the axis; true when placed.
    bool place(std::size_t c) {
        const auto& cand = candidates_[c];
        double best_outer = max_side_ + 1, best_d = 0;
        int best_side = -1;
        std::size_t best_variant = 0;
        for (std::size_t v = 0; v < cand.variants.size(); ++v) {
            const double h = cand.variants[v].height;
            for (int side = 0; side < 2; ++side) {
                const double d = lowest_level(sides_[static_cast<std::size_t>(side)], cand, cand.box_w(v), h);
                if (d + h <= max_side_ && d + h < best_outer - 0.5) {
                    best_outer = d + h;
                    best_d = d;
                    best_side = side;
                    best_variant = v;
                }
            }
        }
        if (best_side < 0) return false;
        sides_[static_cast<std::size_t>(best_side)].boxes.push_back(
            {c, best_variant, cand.box_x, cand.box_x + cand.box_w(best_variant), best_d, best_outer, cand.lx});
        return true;
    }

    const Side& side(int s) const { return sides_[static_cast<std::size_t>(s)]; }

private:
    double lowest_level(const Side& side, const Candidate& cand, double w, double h) const {
        const double bx0 = cand.box_x, bx1 = cand.box_x + w;
        std::vector<const PlacedBox*> window;
        for (const auto& p : side.boxes) {
            if (p.x0 < bx1 + hgap && bx0 < p.x1 + hgap) window.push_back(&p);
        }
        std::vector<double> levels{0};
        for (const auto* p : window) levels.push_back(p->d1 + vgap);
        std::sort(levels.begin(), levels.end());
        for (const double d : levels) {
            if (d + h > max_side_) break;
            if (fits(window, cand, bx0, bx1, d, h)) return d;
        }
        return max_side_ + 1;
    }

    static bool fits(const std::vector<const PlacedBox*>& window, const Candidate& cand, double bx0,
                     double bx1, double d, double h) {
        for (const auto* p : window) {
            // Blocks side by side must be apart in height.
            if (!(d >= p->d1 + vgap || d + h + vgap <= p->d0)) return false;
            // Our block must not lie across their leader (which runs from the axis to them).
            if (p->lx >= bx0 - hgap / 2 && p->lx <= bx1 + hgap / 2 && d < p->d1 + vgap) return false;
            // Their block must not lie across our leader; a shared leader line is fine.
            if (std::abs(p->lx - cand.lx) >= 2 && cand.lx >= p->x0 - 1 && cand.lx <= p->x1 + 1 &&
                p->d0 < d + h + vgap)
                return false;
        }
        return true;
    }

    std::vector<Candidate>& candidates_;
    double max_side_;
    Side sides_[2];
};

struct Placement {
    std::vector<PlacedBox> above, below;
    std::vector<bool> placed;  // per candidate
};

Placement pack(std::vector<Candidate>& candidates, const std::vector<std::size_t>& order_first,
               const std::vector<std::size_t>& order_then, double max_side) {
    Packer packer(candidates, max_side);
    Placement result;
    result.placed.assign(candidates.size(), false);
    for (const auto c : order_first) result.placed[c] = packer.place(c);
    for (const auto c : order_then) {
        if (!result.placed[c]) result.placed[c] = packer.place(c);
    }
    result.above = packer.side(0).boxes;
    result.below = packer.side(1).boxes;
    return result;
}

std::vector<std::size_t> right_to_left(const std::vector<Candidate>& candidates,
                                       const std::vector<std::size_t>& subset) {
    std::vector<std::size_t> order = subset;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return candidates[a].lx > candidates[b].lx;
    });
    return order;
}

// Where each stack's marker and leader go.
double leader_x(const Context& ctx, const Stack& s, const TimeScale& scale, double x0) {
    const auto& e = ctx.events[static_cast<std::size_t>(s.members.front())];
    const double b = x0 + scale.position(static_cast<double>(s.begin));
    const double mid = x0 + scale.position((static_cast<double>(s.begin) + static_cast<double>(s.end)) / 2);
    if (e.interval) return std::min(b + 3, mid);
    return mid;
}

}  // namespace

Scene layout_horizontal(Context& ctx) {
    const double W = ctx.scene.width;
    const double M = ctx.margin;
    const double header_bottom = emit_header(ctx);
    const std::vector<Stack> stacks = make_stacks(ctx);
    const bool dense = ctx.events.size() > dense_threshold;
    // The axis stops short of the right edge so that the last event's label still has room
    // to its right: every label is then a flag to the right of its leader, which is what
    // makes the staircase placement always possible.
    const double min_label_w = std::clamp(W * 0.12, 110.0, 160.0);
    const double x0 = M + 6, x1 = W - M - min_label_w;

    // Every stack wants a few characters of axis for its flag; crowded stretches that want
    // much more than time gives them are magnified (and say so).
    const double want = ctx.body.size * 4;
    std::vector<Span> spans;
    for (const auto& s : stacks) spans.push_back({s.begin, s.end, want});
    for (const auto& e : ctx.events)
        if (e.period) spans.push_back({e.begin, e.end, 0});
    const auto article = parse_when(ctx.set.date);
    if (article && !ctx.set.date.empty()) spans.push_back({article->begin, article->end, want * 0.5});
    ScaleOptions so;
    so.length = x1 - x0;
    so.linear = ctx.options.axis == Axis::Linear;
    so.magnify = !dense;  // the density strip must show time at one scale
    so.min_window = ctx.width("\u00d71000", ctx.tick) + 10;
    const TimeScale scale(spans, so, ctx.names);
    const double r = std::max(3.5, ctx.body.size * 0.36);
    const Lanes lanes = assign_lanes(ctx, scale, r, dense ? 0 : lane_room(ctx, r), -1);
    const bool magnified = std::any_of(scale.pieces().begin(), scale.pieces().end(),
                                       [](const AxisPiece& p) { return p.kind == PieceKind::Magnified; });

    // Candidates for labels: all stacks, or the most important ones when there are many.
    const std::vector<std::size_t> by_importance = importance_order(stacks);
    const std::size_t considered = dense ? std::min<std::size_t>(by_importance.size(), 300) : by_importance.size();
    const double max_w = std::clamp(W * 0.2, 130.0, 260.0);
    const double right_limit = W - M;
    std::vector<Candidate> candidates;
    candidates.reserve(considered);
    for (std::size_t i = 0; i < considered; ++i) {
        const Stack& s = stacks[by_importance[i]];
        Candidate c;
        c.stack = by_importance[i];
        c.lx = leader_x(ctx, s, scale, x0);
        const double room = right_limit - c.lx - 7;
        const double widest = std::min(room, max_w);
        c.variants.push_back(make_block(ctx, s, widest, 4, 6));
        for (const double narrower : {0.72, 0.5}) {
            if (widest * narrower < 90) break;
            Block b = make_block(ctx, s, widest * narrower, 4, 6);
            if (b.truncated && !c.variants.front().truncated) break;  // never lose words to fit
            if (b.width < c.variants.back().width - 1) c.variants.push_back(std::move(b));
        }
        c.box_x = c.lx - 1;
        candidates.push_back(std::move(c));
    }
    std::vector<std::size_t> all(candidates.size());
    std::iota(all.begin(), all.end(), 0);
    const bool priorities_differ = std::any_of(stacks.begin(), stacks.end(), [&](const Stack& s) {
        return s.priority != stacks.front().priority || s.confidence != stacks.front().confidence;
    });
    const auto place_all = [&](double max_side) {
        Placement p = pack(candidates, right_to_left(candidates, all), {}, max_side);
        const auto placed = static_cast<std::size_t>(std::count(p.placed.begin(), p.placed.end(), true));
        if (placed < candidates.size() && priorities_differ) {
            // Candidates are in order of importance: keep as many of the first as fitted before.
            std::vector<std::size_t> first(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(placed));
            p = pack(candidates, right_to_left(candidates, first), all, max_side);
        }
        return p;
    };
    // Each side may grow taller (up to a point) before labels are given up for counts.
    const double lh = ctx.line_height(ctx.body);
    Placement placement;
    for (const double lines : {22.0, 32.0, 44.0}) {
        placement = place_all(std::max(200.0, lines * lh));
        // Growing is for article-sized sets; big ones would only get taller and slower.
        if (candidates.size() > 200 || std::all_of(placement.placed.begin(), placement.placed.end(), [](bool b) { return b; }))
            break;
    }

    // Events not labelled go into counts, binned along the axis.
    std::vector<bool> labelled(stacks.size(), false);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (placement.placed[c]) labelled[candidates[c].stack] = true;
    }
    const double badge_w = ctx.width("+99999", ctx.small_bold) + 10;
    const double bin_w = std::max(48.0, badge_w + 6);
    const std::size_t bins = std::max<std::size_t>(1, static_cast<std::size_t>(std::floor((x1 - x0) / bin_w)));
    std::vector<long> bin_count(bins, 0);
    std::vector<double> bin_sum(bins, 0);
    for (std::size_t s = 0; s < stacks.size(); ++s) {
        if (labelled[s]) continue;
        const double x = scale.position((static_cast<double>(stacks[s].begin) + static_cast<double>(stacks[s].end)) / 2);
        const std::size_t b = std::min(bins - 1, static_cast<std::size_t>(x / bin_w));
        bin_count[b] += static_cast<long>(stacks[s].members.size());
        bin_sum[b] += x * static_cast<double>(stacks[s].members.size());
    }
    const bool has_counts = std::any_of(bin_count.begin(), bin_count.end(), [](long n) { return n > 0; });

    // Vertical arrangement, from the top: header, labels above, counts, density, axis, ticks, labels below.
    const double count_h = ctx.line_height(ctx.small_bold);
    const double strip_h = 26;
    double above_used = 0, below_used = 0;
    for (const auto& p : placement.above) above_used = std::max(above_used, p.d1);
    for (const auto& p : placement.below) below_used = std::max(below_used, p.d1);
    const double off_above = r + 10 + lanes.extent + (dense ? strip_h + 4 : 0) + (has_counts ? count_h + 6 : 0);
    // Period labels take rows at the top of the plot; their bands run down to the axis.
    const double period_h = period_rows(ctx, scale, x0, W - M) * ctx.line_height(ctx.small_bold);
    const double axis_y = std::round(header_bottom + period_h + (period_h > 0 ? 4 : 0) + above_used + off_above);
    const double tick_h = ctx.line_height(ctx.tick);
    const double off_below = r + 6 + tick_h + 12 + (magnified ? tick_h + 4 : 0);
    const double height = axis_y + off_below + below_used + M * 0.75;

    AxisFrame frame;
    frame.vertical = false;
    frame.origin = x0;
    frame.line = axis_y;
    frame.r = r;
    frame.text_edge = axis_y + r + 6;
    frame.overhang = M * 0.6;
    frame.lanes_extent = lanes.extent;
    frame.band_from = header_bottom;
    frame.band_to = axis_y;
    std::vector<Item> axis_texts = emit_axis(ctx, scale, frame);
    if (dense) emit_density(ctx, scale, x0, axis_y - r - 4 - lanes.extent, strip_h, false);
    else emit_markers(ctx, scale, x0, axis_y, r, false, lanes);

    // Labels and their leaders.
    const double above_base = axis_y - off_above;
    const double below_base = axis_y + off_below;
    for (int side = 0; side < 2; ++side) {
        const auto& boxes = side == 0 ? placement.above : placement.below;
        for (const auto& p : boxes) {
            const Candidate& c = candidates[p.candidate];
            const double top = side == 0 ? above_base - p.d1 : below_base + p.d0;
            const Block& block = c.variants[p.variant];
            const double bottom = top + block.height;
            // From the marker, or the bar's edge in its lane.
            const auto& first = ctx.events[static_cast<std::size_t>(stacks[c.stack].members.front())];
            const bool bar = first.interval || first.coarse;
            const double centre = axis_y + (bar ? lanes.offset[static_cast<std::size_t>(stacks[c.stack].members.front())] : 0);
            const double half = bar ? lanes.thickness / 2 + 1 : r + 2;
            const double marker_edge = side == 0 ? centre - half : centre + half;
            const double far = side == 0 ? top : bottom;
            Item leader = line_item("leader", c.lx, marker_edge, c.lx, far, leader_color(ctx, stacks[c.stack]), 1);
            leader.css = "leader";
            ctx.scene.items.push_back(std::move(leader));
            emit_block(ctx, block, c.box_x + 7, top, side == 0 ? "above" : "below");
        }
    }
    // Counts.
    const double count_top = axis_y - r - 10 - lanes.extent - (dense ? strip_h + 4 : 0) - count_h;
    for (std::size_t b = 0; b < bins; ++b) {
        if (bin_count[b] == 0) continue;
        const double w = ctx.width(fmt::format("+{}", bin_count[b]), ctx.small_bold) + 8;
        const double lo = static_cast<double>(b) * bin_w + w / 2 + 1;
        const double hi = (b + 1 == bins ? x1 - x0 : static_cast<double>(b + 1) * bin_w) - w / 2 - 1;
        const double cx = x0 + std::clamp(bin_sum[b] / static_cast<double>(bin_count[b]), lo, std::max(lo, hi));
        ctx.scene.items.push_back(count_badge(ctx, bin_count[b], cx, count_top));
    }
    for (auto& text : axis_texts) {
        if (!ctx.options.transparent) {
            text.filled = true;
            text.fill = ctx.palette.background;
        }
        ctx.scene.items.push_back(std::move(text));
    }
    finish_scene(ctx, W, height);
    return std::move(ctx.scene);
}

}  // namespace chronicle::render
