#pragma once
// The time axis: a map from seconds to pixels along the axis that is linear on every piece
// the reader sees. With Axis::Auto two devices, both drawn, give room where it is needed:
// long empty stretches are cut out behind a labelled break ("6 years"), and a crowded
// stretch may be magnified: drawn at a whole multiple of the base scale, shaded and
// labelled with its factor ("×20"). Outside those, one scale holds for the whole axis.
// (see docs/rendering.md)
#include "dates.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace chronicle::render {

struct Span {
    std::int64_t begin = 0;
    std::int64_t end = 1;  // exclusive, > begin
    double want = 0;       // room its label wants along the axis, pixels (0: none)
};

enum class PieceKind { Linear, Break, Magnified };

// One piece of the axis, [from, to) in time, [start, stop) in pixels.
struct AxisPiece {
    PieceKind kind = PieceKind::Linear;
    std::int64_t from = 0, to = 1;
    double start = 0, stop = 0;
    double factor = 1;  // Magnified: how many times the base scale
    std::string label;  // Break: "6 years"; Magnified: "×20"
    double scale() const { return to > from ? (stop - start) / static_cast<double>(to - from) : 0; }
};

struct AxisBreak {
    std::int64_t from = 0, to = 0;  // the empty stretch cut out
    double start = 0, stop = 0;     // where it sits along the axis
    std::string label;              // "3 years"
};

struct ScaleOptions {
    double length = 1000;    // pixels along the axis
    bool linear = false;     // Axis::Linear: time only, no breaks, no magnification
    bool magnify = true;     // crowded stretches may be magnified
    double break_length = 64;
    int max_breaks = 4;
    double magnify_share = 0.55;  // magnified stretches take at most this share of the axis
    double min_window = 40;       // pixels: a magnified stretch must have room for its label
};

class TimeScale {
public:
    TimeScale(const std::vector<Span>& spans, const ScaleOptions& options, const LocaleNames& names);
    double position(double seconds) const;  // 0..length, clamped
    double length() const { return length_; }
    std::vector<AxisBreak> breaks() const;
    const std::vector<AxisPiece>& pieces() const { return pieces_; }
    double base_scale() const { return base_; }  // pixels per second outside magnified pieces
    std::int64_t first() const { return first_; }
    std::int64_t last() const { return last_; }

private:
    double length_ = 0;
    double base_ = 0;
    std::int64_t first_ = 0, last_ = 1;
    std::vector<AxisPiece> pieces_;
};

enum class TickUnit { Year, Month, Week, Day, Hour, Minute };

struct Tick {
    std::int64_t time = 0;      // where the tick mark is (a unit's start)
    double position = 0;        // of the tick mark
    std::int64_t label_begin = 0, label_end = 0;  // the time the label is centred on
    double label_position = 0;  // centre of the label: a day's label sits on its day
    std::string label;
    TickUnit unit = TickUnit::Year;
    int step = 1;
    bool major = false;    // years, or the first tick of a day among hour ticks
    bool context = false;  // no mark: the date that finer ticks lack ("Tue 23 Mar 2021")
    bool marked = true;    // false when a coarser tick already marks this time
};

// Ticks that suit the local scale: coarse units first, finer ones wherever the axis has room
// for their labels. `extent` gives a label's size along the axis; labels may reach
// `overhang` past either end; `reserved` stretches (along the axis) are kept free of labels.
// No ticks finer than `finest`: day-dated events get no hour ticks. When no label names a
// year, the first one is written with its full date.
std::vector<Tick> make_ticks(const TimeScale& scale, const LocaleNames& names,
                             const std::function<double(const std::string&)>& extent,
                             double min_gap, double overhang = 0,
                             TickUnit finest = TickUnit::Minute,
                             const std::vector<std::pair<double, double>>& reserved = {});

// The finest tick unit that suits events of this grain.
TickUnit finest_unit(Grain grain);

}  // namespace chronicle::render
