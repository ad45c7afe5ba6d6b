#include "timescale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace chronicle::render {

namespace {

constexpr std::int64_t day_seconds = 86400;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return -floor_div(-a, b); }

// Clusters of overlapping or touching spans, as [begin, end) pairs in time order.
std::vector<Span> merge(const std::vector<Span>& sorted) {
    std::vector<Span> clusters;
    for (const auto& s : sorted) {
        if (!clusters.empty() && s.begin <= clusters.back().end) {
            clusters.back().end = std::max(clusters.back().end, s.end);
        } else {
            clusters.push_back(s);
        }
    }
    return clusters;
}

// The largest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten not above x, and whole
// (3, 15, 40, 250): factors a reader takes in at a glance.
double nice_floor(double x) {
    if (!(x >= 1)) return 1;
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (const double m : {8.0, 6.0, 5.0, 4.0, 3.0, 2.5, 2.0, 1.5, 1.0})
        if (m * p <= x * (1 + 1e-9) && std::floor(m * p) == m * p) return m * p;
    return p;
}

// A gap becomes a break when it would take more than a quarter of the axis that is left
// (drawn to scale it would only push the events together) and is not a detail of the whole
// (a tenth of the span at least: a week's pause in a decade-long story stays on the axis).
std::vector<AxisBreak> find_breaks(const std::vector<Span>& sorted, std::int64_t first, std::int64_t last,
                                   const ScaleOptions& options, const LocaleNames& names) {
    std::vector<AxisBreak> breaks;
    if (sorted.size() < 3) return breaks;
    const auto clusters = merge(sorted);
    std::vector<Span> gaps;
    for (std::size_t i = 1; i < clusters.size(); ++i) gaps.push_back({clusters[i - 1].end, clusters[i].begin, 0});
    std::sort(gaps.begin(), gaps.end(), [](const Span& a, const Span& b) {
        return a.end - a.begin != b.end - b.begin ? a.end - a.begin > b.end - b.begin : a.begin < b.begin;
    });
    const double whole = static_cast<double>(last - first);
    double remaining = whole;
    for (const auto& gap : gaps) {
        if (static_cast<int>(breaks.size()) >= options.max_breaks) break;
        const double g = static_cast<double>(gap.end - gap.begin);
        if (g <= remaining / 4.0 || g < whole / 10.0) break;
        breaks.push_back({gap.begin, gap.end, 0, 0, format_gap(gap.end - gap.begin, names)});
        remaining -= g;
    }
    std::sort(breaks.begin(), breaks.end(), [](const AxisBreak& a, const AxisBreak& b) { return a.from < b.from; });
    return breaks;
}

struct Window {
    std::int64_t from, to;
    double wanted;  // pixels its labels want
    double factor = 1;
};

// Crowded stretches: runs of short spans whose labels want more room than the base scale
// gives them. Each becomes a window to magnify, padded a little so that its first and last
// events are not on its edges.
std::vector<Window> find_windows(const std::vector<Span>& sorted, const std::vector<AxisBreak>& breaks,
                                 std::int64_t first, std::int64_t last, double open_time, double plot) {
    struct Centre { double t; std::int64_t begin, end; double want; };
    std::vector<Centre> centres;
    for (const auto& s : sorted) {
        if (s.want <= 0) continue;
        // Long spans are bars that carry their own room; only short ones crowd.
        if (static_cast<double>(s.end - s.begin) > open_time / 150) continue;
        centres.push_back({(static_cast<double>(s.begin) + static_cast<double>(s.end)) / 2, s.begin, s.end, s.want});
    }
    std::sort(centres.begin(), centres.end(), [](const Centre& a, const Centre& b) { return a.t < b.t; });
    const double scale = plot / open_time;
    const auto segment_of = [&](double t) {
        std::size_t k = 0;
        while (k < breaks.size() && static_cast<double>(breaks[k].from) <= t) ++k;
        return k;
    };
    // Each neighbouring pair's need: how many times more room its labels want than the
    // base scale gives. Runs of crowded pairs (need > 1) are candidate windows; a run whose
    // needs differ a lot (25 times: a dense week inside a busy year) is split at its least crowded
    // pair, so that each window gets a factor that suits it.
    std::vector<double> need(centres.size(), 0);  // need[j]: pair j, j+1
    for (std::size_t j = 0; j + 1 < centres.size(); ++j) {
        const double gap = (centres[j + 1].t - centres[j].t) * scale;
        const bool same_segment = segment_of(centres[j + 1].t) == segment_of(centres[j].t);
        need[j] = !same_segment ? 0 : gap <= 0 ? 1e12 : (centres[j].want + centres[j + 1].want) / 2 / gap;
    }
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // centres i..j
    const std::function<void(std::size_t, std::size_t)> split = [&](std::size_t i, std::size_t j) {
        if (j <= i) return;
        std::size_t weakest = i;
        double most = 0;
        for (std::size_t k = i; k < j; ++k) {
            most = std::max(most, need[k]);
            if (need[k] < need[weakest]) weakest = k;
        }
        if (need[weakest] * 25 < most) {
            split(i, weakest);
            split(weakest + 1, j);
        } else {
            runs.emplace_back(i, j);
        }
    };
    for (std::size_t i = 0; i < centres.size();) {
        std::size_t j = i;
        while (j + 1 < centres.size() && need[j] > 1) ++j;
        split(i, j);
        i = j + 1;
    }
    std::vector<Window> windows;
    for (const auto& [i, j] : runs) {
        double wanted = 0;
        std::int64_t lo = centres[i].begin, hi = centres[i].end;
        for (std::size_t k = i; k <= j; ++k) {
            wanted += centres[k].want;
            lo = std::min(lo, centres[k].begin);
            hi = std::max(hi, centres[k].end);
        }
        if (wanted <= 2 * static_cast<double>(hi - lo) * scale) continue;
        // Pad by a quarter of the stretch on each side, within its segment.
        const std::size_t seg = segment_of(centres[i].t);
        const std::int64_t seg_from = seg == 0 ? first : breaks[seg - 1].to;
        const std::int64_t seg_to = seg < breaks.size() ? breaks[seg].from : last;
        const std::int64_t pad = std::max<std::int64_t>(1, (hi - lo) / 4);
        std::int64_t from = std::max(seg_from, lo - pad);
        const std::int64_t to = std::min(seg_to, hi + pad);
        if (!windows.empty() && from < windows.back().to) from = windows.back().to;
        // A window over most of its segment would only be a second scale for everything.
        if (to > from && static_cast<double>(to - from) < 0.3 * static_cast<double>(seg_to - seg_from))
            windows.push_back({from, to, wanted * 1.15});
    }
    return windows;
}

}  // namespace

TimeScale::TimeScale(const std::vector<Span>& spans, const ScaleOptions& options, const LocaleNames& names)
    : length_(std::max(1.0, options.length)) {
    std::vector<Span> sorted = spans;
    if (sorted.empty()) sorted.push_back({0, day_seconds, 0});
    std::sort(sorted.begin(), sorted.end(),
              [](const Span& a, const Span& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
    std::vector<Span> merged;
    for (const auto& s : sorted) {
        if (!merged.empty() && merged.back().begin == s.begin && merged.back().end == s.end) merged.back().want += s.want;
        else merged.push_back(s);
    }
    sorted = std::move(merged);
    first_ = sorted.front().begin;
    last_ = first_;
    for (const auto& s : sorted) last_ = std::max(last_, s.end);

    std::vector<AxisBreak> breaks;
    if (!options.linear) breaks = find_breaks(sorted, first_, last_, options, names);
    const double break_px = breaks.empty() ? 0
        : std::min(options.break_length, length_ * 0.5 / static_cast<double>(breaks.size()));
    const double plot = length_ - break_px * static_cast<double>(breaks.size());
    double open_time = static_cast<double>(last_ - first_);
    for (const auto& b : breaks) open_time -= static_cast<double>(b.to - b.from);
    open_time = std::max(open_time, 1.0);

    std::vector<Window> windows;
    if (!options.linear && options.magnify) windows = find_windows(sorted, breaks, first_, last_, open_time, plot);
    double wanted = 0;
    for (const auto& w : windows) wanted += w.wanted;
    const double cap = options.magnify_share * plot;
    if (wanted > cap)
        for (auto& w : windows) w.wanted *= cap / wanted;
    // Factors and the base scale depend on each other: the base scale fills what the
    // magnified windows leave. A few rounds settle them; the last base scale is computed
    // from the final factors, so the axis is exactly its length.
    const auto base_for = [&] {
        double stretched = open_time;
        for (const auto& w : windows) stretched += (w.factor - 1) * static_cast<double>(w.to - w.from);
        return plot / stretched;
    };
    for (int round = 0; round < 4 && !windows.empty(); ++round) {
        const double base = base_for();
        for (auto& w : windows) w.factor = std::min(1e6, nice_floor(w.wanted / (base * static_cast<double>(w.to - w.from))));
    }
    // Less than three times is not worth a second scale.
    std::erase_if(windows, [](const Window& w) { return w.factor < 3; });
    // Too short to carry its "×N" label: left at the base scale. Dropping one lengthens the
    // others, so this settles in a few rounds.
    for (int round = 0; round < 4 && !windows.empty(); ++round) {
        const double base = base_for();
        const auto before = windows.size();
        std::erase_if(windows, [&](const Window& w) {
            return base * w.factor * static_cast<double>(w.to - w.from) < options.min_window;
        });
        if (windows.size() == before) break;
    }
    base_ = base_for();

    // The pieces, in time order.
    double position = 0;
    std::int64_t t = first_;
    std::size_t next_window = 0;
    const auto linear_to = [&](std::int64_t to) {
        if (to <= t) return;
        const double px = base_ * static_cast<double>(to - t);
        pieces_.push_back({PieceKind::Linear, t, to, position, position + px, 1, ""});
        position += px;
        t = to;
    };
    const auto open_to = [&](std::int64_t to) {
        while (next_window < windows.size() && windows[next_window].to <= to) {
            const auto& w = windows[next_window++];
            linear_to(w.from);
            const double px = base_ * w.factor * static_cast<double>(w.to - w.from);
            pieces_.push_back({PieceKind::Magnified, w.from, w.to, position, position + px, w.factor,
                               fmt::format("\u00d7{}", static_cast<long long>(w.factor))});
            position += px;
            t = w.to;
        }
        linear_to(to);
    };
    for (const auto& b : breaks) {
        open_to(b.from);
        pieces_.push_back({PieceKind::Break, b.from, b.to, position, position + break_px, 1, b.label});
        position += break_px;
        t = b.to;
    }
    open_to(last_);
    if (pieces_.empty()) pieces_.push_back({PieceKind::Linear, first_, last_, 0, length_, 1, ""});
    // Rounding leaves the end a hair off the length: scale everything alike (ratios stay).
    if (position > 0 && std::abs(position - length_) > 1e-9) {
        const double k = length_ / position;
        for (auto& p : pieces_) { p.start *= k; p.stop *= k; }
        base_ *= k;
    }
}

std::vector<AxisBreak> TimeScale::breaks() const {
    std::vector<AxisBreak> out;
    for (const auto& p : pieces_)
        if (p.kind == PieceKind::Break) out.push_back({p.from, p.to, p.start, p.stop, p.label});
    return out;
}

double TimeScale::position(double seconds) const {
    if (seconds <= static_cast<double>(pieces_.front().from)) return pieces_.front().start;
    if (seconds >= static_cast<double>(pieces_.back().to)) return pieces_.back().stop;
    const auto it = std::upper_bound(pieces_.begin(), pieces_.end(), seconds,
                                     [](double s, const AxisPiece& p) { return s < static_cast<double>(p.from); });
    const AxisPiece& p = *(it - 1);
    return p.start + (p.stop - p.start) * (seconds - static_cast<double>(p.from)) / static_cast<double>(p.to - p.from);
}

namespace {

struct UnitStep {
    TickUnit unit;
    int step;
    double seconds;  // about how long one step is
};

constexpr double year_s = 365.2425 * 86400;
constexpr UnitStep unit_steps[] = {
    {TickUnit::Year, 1000, 1000 * year_s}, {TickUnit::Year, 500, 500 * year_s},
    {TickUnit::Year, 100, 100 * year_s},   {TickUnit::Year, 50, 50 * year_s},
    {TickUnit::Year, 10, 10 * year_s},     {TickUnit::Year, 5, 5 * year_s},
    {TickUnit::Year, 2, 2 * year_s},       {TickUnit::Year, 1, year_s},
    {TickUnit::Month, 6, year_s / 2},      {TickUnit::Month, 3, year_s / 4},
    {TickUnit::Month, 1, year_s / 12},     {TickUnit::Week, 1, 7 * 86400.0},
    {TickUnit::Day, 1, 86400.0},           {TickUnit::Hour, 6, 6 * 3600.0},
    {TickUnit::Hour, 3, 3 * 3600.0},       {TickUnit::Hour, 1, 3600.0},
    {TickUnit::Minute, 30, 1800.0},        {TickUnit::Minute, 15, 900.0},
    {TickUnit::Minute, 5, 300.0},          {TickUnit::Minute, 1, 60.0},
};

// A round year for ticks of `step` years at or after astronomical year y. Before the era
// years are counted backwards, so round ones are 100 BC, 50 BC (astronomical -99, -49); the
// first after them is AD `step` (there is no year 0 to be round).
int round_year_at_or_after(std::int64_t y, int step) {
    if (y <= 0) {
        const std::int64_t bc = 1 - y;  // 1 BC is year 0
        const std::int64_t round_bc = bc / step * step;
        if (round_bc >= 1) return static_cast<int>(1 - round_bc);
        return step == 1 ? 1 : step;
    }
    return static_cast<int>(ceil_div(y, step) * step);
}

// The first tick of `u` at or after t.
std::int64_t next_tick(std::int64_t t, const UnitStep& u) {
    const Civil c = civil_from_seconds(t);
    switch (u.unit) {
        case TickUnit::Year: {
            std::int64_t y = c.year;
            if (seconds_from_civil(c.year, 1, 1) < t) ++y;
            return seconds_from_civil(round_year_at_or_after(y, u.step), 1, 1);
        }
        case TickUnit::Month: {
            std::int64_t m = static_cast<std::int64_t>(c.year) * 12 + (c.month - 1);
            if (seconds_from_civil(c.year, c.month, 1) < t) ++m;
            m = ceil_div(m, u.step) * u.step;
            const std::int64_t y = floor_div(m, 12);
            return seconds_from_civil(static_cast<int>(y), static_cast<unsigned>(m - y * 12 + 1), 1);
        }
        case TickUnit::Week: {
            // 1970-01-05 was a Monday.
            const std::int64_t monday = 4 * day_seconds;
            return monday + ceil_div(t - monday, 7 * day_seconds) * 7 * day_seconds;
        }
        case TickUnit::Day: return ceil_div(t, day_seconds) * day_seconds;
        case TickUnit::Hour: return ceil_div(t, 3600 * u.step) * 3600 * u.step;
        case TickUnit::Minute: return ceil_div(t, 60 * u.step) * 60 * u.step;
    }
    return t;
}

// The end of the unit that starts at t (a year, a month, a day).
std::int64_t unit_end(std::int64_t t, const UnitStep& u) {
    const Civil c = civil_from_seconds(t);
    switch (u.unit) {
        case TickUnit::Year: return seconds_from_civil(c.year + 1, 1, 1);
        case TickUnit::Month: return c.month == 12 ? seconds_from_civil(c.year + 1, 1, 1) : seconds_from_civil(c.year, c.month + 1, 1);
        case TickUnit::Week:
        case TickUnit::Day: return t + day_seconds;
        default: return t;
    }
}

std::string tick_label(std::int64_t t, const UnitStep& u, const LocaleNames& names) {
    const Civil c = civil_from_seconds(t);
    switch (u.unit) {
        case TickUnit::Year: return format_year(c.year, names);
        case TickUnit::Month: return format_day(c, names.month_short, names);
        case TickUnit::Week:
        case TickUnit::Day: return format_day(c, names.day_short, names);
        case TickUnit::Hour:
        case TickUnit::Minute:
            if (c.hour == 0 && c.minute == 0) return format_day(c, names.day_short, names);
            return format_clock(c);
    }
    return "";
}

struct Placed {
    double from, to;
};

bool collides(const std::vector<Placed>& placed, double from, double to) {
    const auto it = std::lower_bound(placed.begin(), placed.end(), from,
                                     [](const Placed& p, double x) { return p.to <= x; });
    return it != placed.end() && it->from < to;
}

void insert(std::vector<Placed>& placed, double from, double to) {
    const auto it = std::lower_bound(placed.begin(), placed.end(), from,
                                     [](const Placed& p, double x) { return p.from < x; });
    placed.insert(it, {from, to});
}

bool crosses_break(const TimeScale& scale, std::int64_t from, std::int64_t to) {
    for (const auto& p : scale.pieces())
        if (p.kind == PieceKind::Break && p.from < to && from < p.to) return true;
    return false;
}

std::vector<Tick> choose_ticks(const TimeScale& scale, const LocaleNames& names,
                               const std::function<double(const std::string&)>& extent, double min_gap,
                               double overhang, TickUnit finest, std::vector<Placed> placed) {
    std::vector<Tick> ticks;
    std::vector<std::int64_t> taken;  // tick times already marked by a coarser unit
    for (const auto& u : unit_steps) {
        if (u.unit > finest) continue;
        const double typical = extent(tick_label(scale.first(), u, names));
        const double typical_month = extent(tick_label(scale.first(), unit_steps[10], names));
        for (const auto& piece : scale.pieces()) {
            if (piece.kind == PieceKind::Break) continue;
            const double px_per_step = piece.scale() * u.seconds;
            // Where every month gets a label, the year's goes at its start, out of their way.
            const bool months_fit = piece.scale() * year_s / 12 >= (typical_month + min_gap) * 0.9 && finest >= TickUnit::Month;
            if (px_per_step < (typical + min_gap) * 0.9) continue;
            const bool last_piece = &piece == &scale.pieces().back();
            for (std::int64_t t = next_tick(piece.from, u); t < piece.to || (last_piece && t <= piece.to);
                 t = next_tick(t + 1, u)) {
                const bool marked = !std::binary_search(taken.begin(), taken.end(), t);
                // "Jan 2019" beside the year's own label would say the same twice.
                if (u.unit == TickUnit::Month && u.step > 1 && !marked && civil_from_seconds(t).month == 1) continue;
                const double x = scale.position(static_cast<double>(t));
                std::string label = tick_label(t, u, names);
                const double w = extent(label);
                // A label naming a day, month or year ("Tue 23 Mar", "Apr 2021", "2015", also
                // every third month or fifth year) sits at the middle of that day, month or
                // year, as its events do, when it lies on the axis unbroken; clock times
                // are labelled where they are.
                std::int64_t lb = t, le = t;
                if (u.unit <= TickUnit::Day && !(u.unit == TickUnit::Year && months_fit)) {
                    const std::int64_t end = unit_end(t, u);
                    if (end <= scale.last() && !crosses_break(scale, t, end)) le = end;
                }
                const double lx = scale.position((static_cast<double>(lb) + static_cast<double>(le)) / 2);
                const double from = lx - w / 2 - min_gap / 2, to = lx + w / 2 + min_gap / 2;
                if (lx - w / 2 < -overhang || lx + w / 2 > scale.length() + overhang) continue;
                if (collides(placed, from, to)) continue;
                insert(placed, from, to);
                const bool major = u.unit == TickUnit::Year || (u.unit > TickUnit::Day && floor_div(t, day_seconds) * day_seconds == t);
                ticks.push_back({t, x, lb, le, lx, std::move(label), u.unit, u.step, major, false, marked});
                if (marked) taken.insert(std::upper_bound(taken.begin(), taken.end(), t), t);
            }
        }
    }
    std::sort(ticks.begin(), ticks.end(), [](const Tick& a, const Tick& b) { return a.time < b.time; });
    return ticks;
}

}  // namespace

std::vector<Tick> make_ticks(const TimeScale& scale, const LocaleNames& names,
                             const std::function<double(const std::string&)>& extent,
                             double min_gap, double overhang, TickUnit finest,
                             const std::vector<std::pair<double, double>>& reserved) {
    std::vector<Placed> placed;  // label extents, sorted
    for (const auto& [a, b] : reserved) insert(placed, a - min_gap / 2, b + min_gap / 2);
    for (const auto& p : scale.pieces()) {
        if (p.kind != PieceKind::Break) continue;
        const double w = extent(p.label);
        const double mid = (p.start + p.stop) / 2;
        insert(placed, std::min(p.start, mid - w / 2) - min_gap, std::max(p.stop, mid + w / 2) + min_gap);
    }
    auto ticks = choose_ticks(scale, names, extent, min_gap, overhang, finest, placed);
    const bool names_year = std::any_of(ticks.begin(), ticks.end(), [](const Tick& t) {
        return t.unit == TickUnit::Year || t.unit == TickUnit::Month;
    });
    if (names_year) return ticks;
    // Day or clock labels alone do not say when: the axis starts with its full date
    // ("Tue 23 Mar 2021"), and the other ticks make room for it.
    const Civil c = civil_from_seconds(scale.first());
    std::string label;
    double lx = 0;
    // The full date, or its month or year when that is all the room there is.
    for (const std::string& candidate : {format_day(c, names.day_medium, names), format_day(c, names.month_short, names),
                                        format_year(c.year, names)}) {
        const double w = extent(candidate);
        double x = std::max(w / 2 - overhang, 0.0);
        // Past a break label near the start.
        for (const auto& p : placed)
            if (p.from < x + w / 2 + min_gap && x - w / 2 - min_gap < p.to) x = p.to + min_gap + w / 2;
        if (x + w / 2 <= scale.length() + overhang) {
            label = candidate;
            lx = x;
            insert(placed, x - w / 2 - min_gap, x + w / 2 + min_gap);
            break;
        }
    }
    if (label.empty()) return ticks;
    ticks = choose_ticks(scale, names, extent, min_gap, overhang, finest, placed);
    const std::int64_t day = floor_div(scale.first(), day_seconds) * day_seconds;
    Tick context{day, scale.position(static_cast<double>(day)), scale.first(), scale.first(), lx, label,
                 TickUnit::Day, 1, true, true};
    ticks.insert(ticks.begin(), std::move(context));
    return ticks;
}

TickUnit finest_unit(Grain grain) {
    if (grain >= Grain::Hour) return TickUnit::Minute;
    if (grain == Grain::PartOfDay) return TickUnit::Hour;
    if (grain == Grain::Day) return TickUnit::Day;
    if (grain == Grain::Week) return TickUnit::Week;
    if (grain >= Grain::Half) return TickUnit::Month;
    return TickUnit::Year;
}

}  // namespace chronicle::render
