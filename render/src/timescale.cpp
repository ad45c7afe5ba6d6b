#include "timescale.hpp"

#include <algorithm>
#include <cmath>
#include <map>

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

}  // namespace

TimeScale::TimeScale(const std::vector<Span>& spans, const ScaleOptions& options,
                     const LocaleNames& names)
    : length_(std::max(1.0, options.length)) {
    std::vector<Span> sorted = spans;
    if (sorted.empty()) sorted.push_back({0, day_seconds});
    std::sort(sorted.begin(), sorted.end(),
              [](const Span& a, const Span& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
    std::vector<Span> merged;
    for (const auto& s : sorted) {
        if (!merged.empty() && merged.back().begin == s.begin && merged.back().end == s.end) merged.back().weight += s.weight;
        else merged.push_back(s);
    }
    sorted = std::move(merged);
    first_ = sorted.front().begin;
    last_ = first_;
    for (const auto& s : sorted) last_ = std::max(last_, s.end);
    if (!options.linear) find_breaks(sorted, options, names, sorted.size());
    build_knots(sorted, options);
}

// A gap becomes a break when it would take more than a quarter of the axis that is left
// (drawn to scale it would only push the events together) and is not a detail of the whole
// (a tenth of the span at least: a week's pause in a decade-long story stays on the axis).
void TimeScale::find_breaks(const std::vector<Span>& sorted, const ScaleOptions& options,
                            const LocaleNames& names, std::size_t distinct) {
    if (distinct < 3) return;
    const auto clusters = merge(sorted);
    std::vector<Span> gaps;
    for (std::size_t i = 1; i < clusters.size(); ++i) gaps.push_back({clusters[i - 1].end, clusters[i].begin});
    std::sort(gaps.begin(), gaps.end(), [](const Span& a, const Span& b) {
        return a.end - a.begin != b.end - b.begin ? a.end - a.begin > b.end - b.begin : a.begin < b.begin;
    });
    const double whole = static_cast<double>(last_ - first_);
    double remaining = whole;
    for (const auto& gap : gaps) {
        if (static_cast<int>(breaks_.size()) >= options.max_breaks) break;
        const double g = static_cast<double>(gap.end - gap.begin);
        if (g <= remaining / 4.0 || g < whole / 10.0) break;
        breaks_.push_back({gap.begin, gap.end, 0, 0, format_gap(gap.end - gap.begin, names)});
        remaining -= g;
    }
    std::sort(breaks_.begin(), breaks_.end(), [](const AxisBreak& a, const AxisBreak& b) { return a.from < b.from; });
}

// Each piece between consecutive knots gets pixels from two shares: its duration (time_share)
// and the events over it (each span spreads one unit of weight evenly over its duration).
void TimeScale::build_knots(const std::vector<Span>& spans, const ScaleOptions& options) {
    const double break_px = std::min(options.break_length, length_ * 0.5 / static_cast<double>(std::max<std::size_t>(1, breaks_.size())));
    const double plot = length_ - break_px * static_cast<double>(breaks_.size());
    double open_time = static_cast<double>(last_ - first_);
    for (const auto& b : breaks_) open_time -= static_cast<double>(b.to - b.from);
    const double time_share = options.linear ? 1.0 : options.time_share;
    double n = 0;
    for (const auto& s : spans) n += s.weight;
    if (n <= 0) n = 1;

    std::map<std::int64_t, double> density_change;
    density_change[first_] += 0;
    density_change[last_] += 0;
    for (const auto& s : spans) {
        const double d = s.weight / static_cast<double>(s.end - s.begin) / n;
        density_change[s.begin] += d;
        density_change[s.end] -= d;
    }
    for (const auto& b : breaks_) {
        density_change[b.from] += 0;
        density_change[b.to] += 0;
    }
    std::size_t next_break = 0;
    double density = 0, position = 0;
    std::int64_t previous = first_;
    knot_t_.push_back(static_cast<double>(first_));
    knot_p_.push_back(0);
    for (const auto& [t, change] : density_change) {
        if (t > previous) {
            const double dt = static_cast<double>(t - previous);
            double px = 0;
            if (next_break < breaks_.size() && breaks_[next_break].from == previous) {
                breaks_[next_break].start = position;
                px = break_px;
                breaks_[next_break].stop = position + px;
                ++next_break;
            } else {
                px = plot * (time_share * dt / open_time + (1 - time_share) * std::max(0.0, density) * dt);
            }
            position += px;
            knot_t_.push_back(static_cast<double>(t));
            knot_p_.push_back(position);
            previous = t;
        }
        density += change;
    }
    // Rounding leaves the last knot a hair off the end: stretch to the exact length.
    const double total = knot_p_.back();
    if (total > 0) {
        for (auto& p : knot_p_) p = p * length_ / total;
        for (auto& b : breaks_) { b.start = b.start * length_ / total; b.stop = b.stop * length_ / total; }
    }
}

double TimeScale::position(double seconds) const {
    if (seconds <= knot_t_.front()) return knot_p_.front();
    if (seconds >= knot_t_.back()) return knot_p_.back();
    const auto it = std::upper_bound(knot_t_.begin(), knot_t_.end(), seconds);
    const std::size_t k = static_cast<std::size_t>(it - knot_t_.begin());
    const double t0 = knot_t_[k - 1], t1 = knot_t_[k];
    const double p0 = knot_p_[k - 1], p1 = knot_p_[k];
    return t1 > t0 ? p0 + (p1 - p0) * (seconds - t0) / (t1 - t0) : p0;
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

// The first tick of `u` at or after t.
std::int64_t next_tick(std::int64_t t, const UnitStep& u) {
    const Civil c = civil_from_seconds(t);
    switch (u.unit) {
        case TickUnit::Year: {
            std::int64_t y = c.year;
            if (seconds_from_civil(c.year, 1, 1) < t) ++y;
            y = ceil_div(y, u.step) * u.step;
            return seconds_from_civil(static_cast<int>(y), 1, 1);
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

}  // namespace

std::vector<Tick> make_ticks(const TimeScale& scale, const LocaleNames& names,
                             const std::function<double(const std::string&)>& extent,
                             double min_gap, double overhang, TickUnit finest) {
    std::vector<Tick> ticks;
    std::vector<Placed> placed;  // label extents, sorted
    for (const auto& b : scale.breaks()) {
        const double w = extent(b.label);
        const double mid = (b.start + b.stop) / 2;
        insert(placed, std::min(b.start, mid - w / 2) - min_gap, std::max(b.stop, mid + w / 2) + min_gap);
    }
    const auto& kt = scale.knot_times();
    const auto& kp = scale.knot_positions();
    for (const auto& u : unit_steps) {
        if (u.unit > finest) continue;
        const double typical = extent(tick_label(scale.first(), u, names));
        for (std::size_t k = 1; k < kt.size(); ++k) {
            const double dt = kt[k] - kt[k - 1];
            if (dt <= 0) continue;
            const double px_per_step = (kp[k] - kp[k - 1]) / dt * u.seconds;
            if (px_per_step < (typical + min_gap) * 0.9) continue;
            for (std::int64_t t = next_tick(static_cast<std::int64_t>(kt[k - 1]), u);
                 static_cast<double>(t) < kt[k] || (k + 1 == kt.size() && static_cast<double>(t) <= kt[k]);
                 t = next_tick(t + 1, u)) {
                const double x = scale.position(static_cast<double>(t));
                std::string label = tick_label(t, u, names);
                const double w = extent(label);
                const double from = x - w / 2 - min_gap / 2, to = x + w / 2 + min_gap / 2;
                if (x - w / 2 < -overhang || x + w / 2 > scale.length() + overhang) continue;
                if (collides(placed, from, to)) continue;
                insert(placed, from, to);
                const bool major = u.unit == TickUnit::Year || (u.unit > TickUnit::Day && floor_div(t, day_seconds) * day_seconds == t);
                ticks.push_back({t, x, std::move(label), u.unit, u.step, major});
            }
        }
    }
    std::sort(ticks.begin(), ticks.end(), [](const Tick& a, const Tick& b) { return a.time < b.time; });
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
