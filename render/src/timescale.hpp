#pragma once
// The time axis: a piecewise linear map from seconds to pixels along the axis. With
// Axis::Auto, long empty stretches are cut out behind breaks and stretches holding many
// events get room in proportion to how many they hold (see docs/rendering.md).
#include "dates.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace chronicle::render {

struct Span {
    std::int64_t begin = 0;
    std::int64_t end = 1;  // exclusive, > begin
    double weight = 1;     // share of the event-driven part of the axis
};

struct AxisBreak {
    std::int64_t from = 0, to = 0;  // the empty stretch cut out
    double start = 0, stop = 0;     // where it sits along the axis
    std::string label;              // "3 years"
};

struct ScaleOptions {
    double length = 1000;    // pixels along the axis
    bool linear = false;     // Axis::Linear: time only, no breaks
    double break_length = 64;
    int max_breaks = 4;
    double time_share = 0.45;  // the rest of the length is shared out by events
};

class TimeScale {
public:
    TimeScale(const std::vector<Span>& spans, const ScaleOptions& options, const LocaleNames& names);
    double position(double seconds) const;  // 0..length, clamped
    double length() const { return length_; }
    const std::vector<AxisBreak>& breaks() const { return breaks_; }
    std::int64_t first() const { return first_; }
    std::int64_t last() const { return last_; }
    // Knots of the piecewise linear map: times and positions, both increasing.
    const std::vector<double>& knot_times() const { return knot_t_; }
    const std::vector<double>& knot_positions() const { return knot_p_; }

private:
    void find_breaks(const std::vector<Span>& sorted, const ScaleOptions& options,
                     const LocaleNames& names, std::size_t distinct);
    void build_knots(const std::vector<Span>& spans, const ScaleOptions& options);

    double length_ = 0;
    std::int64_t first_ = 0, last_ = 1;
    std::vector<AxisBreak> breaks_;
    std::vector<double> knot_t_, knot_p_;
};

enum class TickUnit { Year, Month, Week, Day, Hour, Minute };

struct Tick {
    std::int64_t time = 0;
    double position = 0;
    std::string label;
    TickUnit unit = TickUnit::Year;
    int step = 1;
    bool major = false;  // years, or the first tick of a day among hour ticks
};

// Ticks that suit the local scale: coarse units first, finer ones wherever the axis has room
// for their labels. `extent` gives a label's size along the axis; labels may reach
// `overhang` past either end.
// No ticks finer than `finest`: day-dated events get no hour ticks.
std::vector<Tick> make_ticks(const TimeScale& scale, const LocaleNames& names,
                             const std::function<double(const std::string&)>& extent,
                             double min_gap, double overhang = 0,
                             TickUnit finest = TickUnit::Minute);

// The finest tick unit that suits events of this grain.
TickUnit finest_unit(Grain grain);

}  // namespace chronicle::render
