// Events on "absurd size" inputs: time per item must stay flat as the input grows.
//
// BM_ParseEventsJson reads an events JSON file of 1k, 10k and 100k events (what
// `chronicle render` does first). Errors name a line, so the reader keeps a way to find
// lines; that must cost nothing extra per event on a valid file.
//
// BM_BuildEventsArticle runs build_events on an article of N sentences, each with three
// dates, and BM_BuildEventsHugeSentence on one sentence of N dates (no full stop: a table
// dump or a bad paste). The temporal expressions are extracted once, outside the timed
// loop, so only build_events is measured. Items are expressions.
//
// BM_Article500Words is what one user waits for: extract_events() (the tagger and the
// builder, over one tokenization) on a news article of 500 words (the five articles of
// tests/data/articles, 500 words together).
// The target (issue 9): under 20 ms.
#include <chronicle/text.hpp>
#include <chronicle/events_builder.hpp>
#include <chronicle/events_json.hpp>
#include <chronicle/extract.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace {

// N events as `to_events_json` writes them (one field per line), optional fields present
// on some events only: an absent key is the case a text search for it pays most for.
std::string events_json(std::int64_t count) {
    chronicle::EventSet set;
    set.title = "Benchmark";
    set.date = "2021-03-23";
    constexpr std::array places{"Rome", "Anchorage", "Brussels", "Seoul"};
    for (std::int64_t i = 0; i < count; ++i) {
        chronicle::Event e;
        e.label = fmt::format("Meeting number {}", i);
        e.when = fmt::format("{:04}-{:02}-{:02}", 2000 + i % 25, 1 + i % 12, 1 + i % 28);
        if (i % 3 == 0) e.where = places[static_cast<std::size_t>(i) % places.size()];
        if (i % 5 == 0) e.who = "Antony Blinken";
        if (i % 7 == 0) e.end = fmt::format("{:04}-12-31", 2000 + i % 25);
        e.priority = static_cast<double>(i % 4);
        set.events.push_back(std::move(e));
    }
    return chronicle::to_events_json(set);
}

void BM_ParseEventsJson(benchmark::State& state) {
    const std::string text = events_json(state.range(0));
    for (auto _ : state) {
        benchmark::DoNotOptimize(chronicle::parse_events_json(text, "bench.json").events.size());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
    state.counters["MB_json"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(BM_ParseEventsJson)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

const chronicle::Date article_date = date::year{2021} / date::March / 23;

constexpr std::array people{"Blinken", "Lavrov", "Wang", "Austin", "Yellen"};
constexpr std::array places{"Rome", "Anchorage", "Brussels", "Seoul", "Tokyo", "Paris"};
constexpr std::array months{"January", "February", "March", "April", "May", "June",
                            "July", "August", "September", "October", "November", "December"};

// Date number `n` (0, 1, 2...) written out, all different: "March 3, 1850".
std::string nth_date(std::size_t n) {
    return fmt::format("{} {}, {}", months[(n / 28) % 12], 1 + n % 28, 1800 + n / 336);
}

// Sentences of a news article, each with three dates, all different, so that nothing
// merges away and the builder has N * 3 events to keep apart.
std::string article(std::int64_t sentences) {
    std::string text = "Talks at a glance\n\n";
    for (std::int64_t i = 0; i < sentences; ++i) {
        const auto k = static_cast<std::size_t>(i);
        text += fmt::format("{} met officials in {} on {}, signed an accord on {}, and the talks resume on {}. ",
                            people[k % people.size()], places[k % places.size()], nth_date(3 * k),
                            nth_date(3 * k + 1), nth_date(3 * k + 2));
        if (i % 10 == 9) text += "\n\n";
    }
    return text;
}

// One sentence of N dated phrases separated by commas: no sentence ends.
std::string huge_sentence(std::int64_t dates) {
    std::string text = "The archive lists";
    for (std::int64_t i = 0; i < dates; ++i) {
        const auto k = static_cast<std::size_t>(i);
        text += fmt::format(" a summit in {} on {},", places[k % places.size()], nth_date(k));
    }
    text += " and more.";
    return text;
}

void run_build_events(benchmark::State& state, const std::string& text) {
    const std::vector<chronicle::Timex> timexes = chronicle::extract(text, article_date);
    std::size_t events = 0;
    for (auto _ : state) {
        events = chronicle::build_events(text, article_date, timexes).events.size();
        benchmark::DoNotOptimize(events);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(timexes.size()));
    state.counters["timexes"] = static_cast<double>(timexes.size());
    state.counters["events"] = static_cast<double>(events);
}

void BM_BuildEventsArticle(benchmark::State& state) { run_build_events(state, article(state.range(0))); }
BENCHMARK(BM_BuildEventsArticle)->Arg(1000)->Arg(5000)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_BuildEventsHugeSentence(benchmark::State& state) { run_build_events(state, huge_sentence(state.range(0))); }
BENCHMARK(BM_BuildEventsHugeSentence)->Arg(1250)->Arg(2500)->Arg(5000)->Unit(benchmark::kMillisecond);

// The project's own five articles, one after another: 500 words of wire-style news.
std::string article_500_words() {
    const std::filesystem::path dir = std::filesystem::path(CHRONICLE_SOURCE_DIR) / "tests/data/articles";
    std::string text;
    for (const char* name : {"court-case", "disaster-response", "product-launch", "sports-season", "state-visit"}) {
        text += chronicle::read_text_file(dir / (std::string(name) + ".txt")) + "\n\n";
    }
    return text;
}

void BM_Article500Words(benchmark::State& state) {
    const std::string text = article_500_words();
    std::size_t events = 0;
    for (auto _ : state) {
        events = chronicle::extract_events(text, article_date).events.events.size();
        benchmark::DoNotOptimize(events);
    }
    state.counters["events"] = static_cast<double>(events);
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_Article500Words)->Unit(benchmark::kMillisecond);

}  // namespace
