// Rendering speed: 1k, 10k and 100k events to SVG and to PNG. The events come from the same
// small generator as bench/matplotlib_timeline.py (a 64-bit LCG), so the two can be compared:
//   build/bench/bench_render --benchmark_filter=Render
//   python3 bench/matplotlib_timeline.py 1000 10000 100000
#include <chronicle/event.hpp>
#include <chronicle/render/render.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace {

struct Lcg {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    }
};

constexpr const char* bench_words[] = {"talks", "summit", "vote", "storm", "agreement", "visit",
                                       "sanctions", "deadline", "meeting", "election"};

// Event i: a day within ten years from 2015-01-01, a two-word label, a priority 0..4.
chronicle::EventSet bench_events(std::size_t n) {
    chronicle::EventSet set;
    set.title = "Benchmark timeline";
    set.date = "2020-01-01";
    Lcg rng{20210323};
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t day = rng.next() % 3650;
        const std::uint32_t word = rng.next() % 10;
        const std::uint32_t priority = rng.next() % 5;
        // Days since 2015-01-01 to a civil date.
        long days = 16436 + static_cast<long>(day);  // 2015-01-01 is day 16436 since 1970
        const long z = days + 719468;
        const long era = z / 146097;
        const long doe = z - era * 146097;
        const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const long mp = (5 * doy + 2) / 153;
        const long d = doy - (153 * mp + 2) / 5 + 1;
        const long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) ++y;
        chronicle::Event e;
        char when[16];
        std::snprintf(when, sizeof when, "%04ld-%02ld-%02ld", y, m, d);
        e.when = when;
        e.label = std::string(bench_words[word]) + " " + std::to_string(i);
        e.priority = priority;
        set.events.push_back(std::move(e));
    }
    return set;
}

void render_to(benchmark::State& state, chronicle::render::Format format) {
    const auto events = bench_events(static_cast<std::size_t>(state.range(0)));
    chronicle::render::Options options;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string out = chronicle::render::render(events, options, format);
        bytes = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void RenderSvg(benchmark::State& state) { render_to(state, chronicle::render::Format::Svg); }
void RenderPng(benchmark::State& state) { render_to(state, chronicle::render::Format::Png); }

}  // namespace

BENCHMARK(RenderSvg)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(RenderPng)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
