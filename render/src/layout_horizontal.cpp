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
#include <map>
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

// One band of flags around one line: the whole timeline, or one swimlane. Planned first
// (which labels fit, how tall each side is), drawn once its line's height is known.
struct Band {
    std::vector<Stack> stacks;
    std::vector<Candidate> candidates;
    Placement placement;
    CountBins counts;
    double above_used = 0, below_used = 0;
    bool has_counts = false;
};

Band plan_band(Context& ctx, std::vector<Stack> stacks, const TimeScale& scale, double x0, double x1, bool dense,
               const std::vector<double>& side_lines, double side_cap) {
    const double W = ctx.scene.width;
    const double M = ctx.margin;
    Band band;
    band.stacks = std::move(stacks);
    const auto& bs = band.stacks;
    // Candidates for labels: all stacks, or the most important ones when there are many.
    const std::vector<std::size_t> by_importance = importance_order(bs);
    const std::size_t considered = labels_considered(by_importance.size(), dense);
    // Wider canvases get wider flags (about 40 characters of body text at most).
    const double max_w = std::clamp(W * 0.2, 130.0, std::max(260.0, ctx.body.size * 24));
    const double right_limit = W - M;
    auto& candidates = band.candidates;
    candidates.reserve(considered);
    for (std::size_t i = 0; i < considered; ++i) {
        const Stack& s = bs[by_importance[i]];
        Candidate c;
        c.stack = by_importance[i];
        c.lx = x0 + marker_position(ctx, s, scale);
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
    const bool priorities_differ = std::any_of(bs.begin(), bs.end(), [&](const Stack& s) {
        return s.priority != bs.front().priority || s.confidence != bs.front().confidence;
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
    for (const double lines : side_lines) {
        band.placement = place_all(std::min(side_cap, std::max(200.0, lines * lh)));
        // Growing is for article-sized sets; big ones would only get taller and slower.
        if (candidates.size() > 200 || std::all_of(band.placement.placed.begin(), band.placement.placed.end(), [](bool b) { return b; }))
            break;
    }

    // Events not labelled go into counts, binned along the axis.
    std::vector<bool> unlabelled(bs.size(), true);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (band.placement.placed[c]) unlabelled[candidates[c].stack] = false;
    }
    const double badge_w = ctx.width("+99999", ctx.small_bold) + 10;
    band.counts = count_in_bins(bs, unlabelled, scale, x1 - x0, std::max(48.0, badge_w + 6));
    band.has_counts = std::any_of(band.counts.count.begin(), band.counts.count.end(), [](long n) { return n > 0; });
    for (const auto& p : band.placement.above) band.above_used = std::max(band.above_used, p.d1);
    for (const auto& p : band.placement.below) band.below_used = std::max(band.below_used, p.d1);
    return band;
}

// Leaders, labels and counts of a band whose line is at `line`; labels above start
// `off_above` over it, below `off_below` under it; counts sit `count_gap` over it.
void draw_band(Context& ctx, const Band& band, double x0, double line, double off_above, double off_below,
               double count_gap, double r, const Lanes& lanes) {
    const double above_base = line - off_above;
    const double below_base = line + off_below;
    for (int side = 0; side < 2; ++side) {
        const auto& boxes = side == 0 ? band.placement.above : band.placement.below;
        for (const auto& p : boxes) {
            const Candidate& c = band.candidates[p.candidate];
            const double top = side == 0 ? above_base - p.d1 : below_base + p.d0;
            const Block& block = c.variants[p.variant];
            const double bottom = top + block.height;
            // From the marker, or the bar's edge in its lane.
            const auto first_index = static_cast<std::size_t>(band.stacks[c.stack].members.front());
            const auto& first = ctx.events[first_index];
            const bool bar = first.interval || first.coarse;
            const double centre = line + (bar ? lanes.offset[first_index] : 0);
            const double half = bar ? lanes.thickness / 2 + 1 : r + 2;
            const double marker_edge = side == 0 ? centre - half : centre + half;
            const double far = side == 0 ? top : bottom;
            Item leader = line_item("leader", c.lx, marker_edge, c.lx, far, leader_color(ctx, band.stacks[c.stack]), 1);
            leader.css = "leader";
            ctx.scene.items.push_back(std::move(leader));
            emit_block(ctx, block, c.box_x + 7, top, side == 0 ? "above" : "below");
        }
    }
    const double count_h = ctx.line_height(ctx.small_bold);
    const double count_top = line - count_gap - count_h;
    for (std::size_t b = 0; b < band.counts.count.size(); ++b) {
        const long n = band.counts.count[b];
        if (n == 0) continue;
        const double w = ctx.width(fmt::format("+{}", n), ctx.small_bold) + 8;
        ctx.scene.items.push_back(count_badge(ctx, n, x0 + band.counts.centre(b, w / 2), count_top));
    }
}

}  // namespace

Scene layout_horizontal(Context& ctx) {
    const double W = ctx.scene.width;
    const double M = ctx.margin;
    const double header_bottom = emit_header(ctx);
    const bool dense = ctx.events.size() > dense_threshold;
    // Swimlanes: one band of flags per value of the field; the names in a column on the left.
    const bool swimlanes = ctx.options.lanes != Swimlanes::None && !dense;
    const SwimlaneAssignment assigned = swimlanes ? assign_swimlanes(ctx) : SwimlaneAssignment{{}, std::vector<int>(ctx.events.size(), 0)};
    const std::vector<std::string>& lane_names = assigned.names;
    const std::vector<int>& lane_of = assigned.lane_of;
    const std::size_t lane_count = std::max<std::size_t>(1, lane_names.size());
    double name_w = 0;
    const double name_cap = W * 0.16;
    for (const auto& n : lane_names) name_w = std::max(name_w, std::min(name_cap, ctx.width(n, ctx.small_bold)));
    // The axis stops short of the right edge so that the last event's label still has room
    // to its right: every label is then a flag to the right of its leader, which is what
    // makes the staircase placement always possible.
    const double min_label_w = std::clamp(W * 0.12, 110.0, 160.0);
    const double x0 = M + 6 + (swimlanes ? name_w + 12 : 0), x1 = W - M - min_label_w;

    const std::vector<Stack> all_stacks = make_stacks(ctx);
    // Every stack wants a few characters of axis for its flag; crowded stretches that want
    // much more than time gives them are magnified (and say so).
    const double want = ctx.body.size * 4;
    std::vector<Span> spans;
    for (const auto& s : all_stacks) spans.push_back({s.begin, s.end, want});
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
    const bool magnified = std::any_of(scale.pieces().begin(), scale.pieces().end(),
                                       [](const AxisPiece& p) { return p.kind == PieceKind::Magnified; });
    const double count_h = ctx.line_height(ctx.small_bold);
    const double strip_h = 26;
    const double tick_h = ctx.line_height(ctx.tick);
    const double off_below = r + 6 + tick_h + 12 + (magnified ? tick_h + 4 : 0);
    // Period labels take rows at the top of the plot; their bands run down to the axis.
    const double period_h = period_rows(ctx, scale, x0, W - M) * ctx.line_height(ctx.small_bold);
    const double plot_top = header_bottom + period_h + (period_h > 0 ? 4 : 0);

    // Stacks and bands per swimlane (one band without swimlanes). A stack holds events of
    // one lane only.
    std::vector<std::vector<Stack>> lane_stacks = stacks_by_swimlane(all_stacks, lane_of, lane_count);
    const std::vector<double> side_lines = swimlanes ? std::vector<double>{12.0, 22.0} : std::vector<double>{22.0, 32.0, 44.0};
    // Swimlanes share the picture's height limit: each side of each lane gets its part.
    const double lane_overhead = 2 * r + 34 + count_h + 2 * lane_room(ctx, r);
    const double side_cap = swimlanes
        ? std::max(ctx.line_height(ctx.body), (max_height - plot_top - off_below - M - 40 -
                                               static_cast<double>(lane_count) * lane_overhead) /
                                                  static_cast<double>(lane_count) / 2)
        : 1e9;
    std::vector<Band> bands;
    for (auto& st : lane_stacks) bands.push_back(plan_band(ctx, std::move(st), scale, x0, x1, dense, side_lines, side_cap));

    std::vector<Item> axis_texts;
    double height = 0;
    if (!swimlanes) {
        const Band& band = bands.front();
        const Lanes lanes = assign_lanes(ctx, scale, r, dense ? 0 : lane_room(ctx, r), -1);
        const double off_above = r + 10 + lanes.extent + (dense ? strip_h + 4 : 0) + (band.has_counts ? count_h + 6 : 0);
        const double axis_y = std::round(plot_top + band.above_used + off_above);
        height = axis_y + off_below + band.below_used + M * 0.75;
        AxisFrame frame;
        frame.origin = x0;
        frame.line = axis_y;
        frame.r = r;
        frame.text_edge = axis_y + r + 6;
        frame.overhang = M * 0.6;
        frame.lanes_extent = lanes.extent;
        frame.band_from = header_bottom;
        frame.band_to = axis_y;
        axis_texts = emit_axis(ctx, scale, frame);
        if (dense) emit_density(ctx, scale, x0, axis_y - r - 4 - lanes.extent, strip_h, false);
        else emit_markers(ctx, scale, x0, axis_y, r, false, lanes);
        draw_band(ctx, band, x0, axis_y, off_above, off_below, r + 10 + lanes.extent + (dense ? strip_h + 4 : 0), r, lanes);
    } else {
        // Each swimlane: its name, a pale line, its bars in their own lanes, its flags.
        // The time axis with its ticks runs under the last.
        const Lanes lanes_all = assign_lanes(ctx, scale, r, lane_room(ctx, r), -1);
        double y = plot_top;
        std::vector<double> lines(lane_count);
        std::vector<Lanes> lane_bars;
        for (std::size_t l = 0; l < lane_count; ++l) {
            std::vector<char> only(ctx.events.size(), 0);
            for (std::size_t i = 0; i < ctx.events.size(); ++i) only[i] = lane_of[i] == static_cast<int>(l);
            lane_bars.push_back(assign_lanes(ctx, scale, r, lane_room(ctx, r), -1, &only));
        }
        (void)lanes_all;
        const double lane_gap = 10;
        const double off_below_lane = r + 8;
        for (std::size_t l = 0; l < lane_count; ++l) {
            const Band& band = bands[l];
            const double off_above = r + 10 + lane_bars[l].extent + (band.has_counts ? count_h + 6 : 0);
            const double line = std::round(y + std::max(band.above_used + off_above, ctx.line_height(ctx.small_bold) + 2));
            lines[l] = line;
            const double bottom = line + off_below_lane + band.below_used;
            // A pale band behind every other lane, so each reads as one.
            if (l % 2 == 1) {
                Color shade = ctx.palette.tick;
                shade.a = 0.07;
                Item bg = rect_item("lane", {M, y - lane_gap / 2, W - 2 * M, bottom - y + lane_gap}, shade, 0);
                bg.css = "lane";
                ctx.scene.items.push_back(std::move(bg));
            }
            Item name = text_item(ctx, "lane-label", ellipsize(lane_names[l], name_cap, ctx.small_bold, ctx.measurer),
                                  ctx.small_bold, ctx.palette.text, M, line - ctx.line_height(ctx.small_bold) / 2, Anchor::Start);
            name.css = "lane-label";
            ctx.scene.items.push_back(std::move(name));
            // The lane's line, broken where the axis is.
            Color rule = ctx.palette.tick;
            rule.a = 0.6;
            for (const auto& p : scale.pieces()) {
                if (p.kind == PieceKind::Break) continue;
                Item lane_line = line_item("lane-line", x0 + p.start, line, x0 + p.stop, line, rule, 1);
                lane_line.css = "lane-line";
                ctx.scene.items.push_back(std::move(lane_line));
            }
            y = bottom + lane_gap;
        }
        const double axis_y = std::round(y + 4);
        height = axis_y + off_below + M * 0.5;
        AxisFrame frame;
        frame.origin = x0;
        frame.line = axis_y;
        frame.r = r;
        frame.text_edge = axis_y + r + 6;
        frame.overhang = M * 0.6;
        frame.band_from = header_bottom;
        frame.band_to = axis_y;
        frame.shade_from = plot_top;  // magnified stretches are shaded over every lane
        axis_texts = emit_axis(ctx, scale, frame);
        // The article date across all lanes, faint, down to its mark on the axis.
        if (article && !ctx.set.date.empty()) {
            const double ax = x0 + scale.position((static_cast<double>(article->begin) + static_cast<double>(article->end)) / 2);
            emit_article_guide(ctx, *article, ax, plot_top, ax, axis_y - r - 6);
        }
        for (std::size_t l = 0; l < lane_count; ++l) {
            std::vector<char> only(ctx.events.size(), 0);
            for (std::size_t i = 0; i < ctx.events.size(); ++i) only[i] = lane_of[i] == static_cast<int>(l);
            emit_markers(ctx, scale, x0, lines[l], r, false, lane_bars[l], &only);
            const Band& band = bands[l];
            const double off_above = r + 10 + lane_bars[l].extent + (band.has_counts ? count_h + 6 : 0);
            draw_band(ctx, band, x0, lines[l], off_above, off_below_lane, r + 10 + lane_bars[l].extent, r, lane_bars[l]);
        }
    }
    for (auto& text : axis_texts) ctx.scene.items.push_back(std::move(text));
    finish_scene(ctx, W, height);
    return std::move(ctx.scene);
}

}  // namespace chronicle::render
