// Extraction throughput of chronicle::extract on real news text: the <TEXT> of the
// TempEval-3 TimeML documents (tags removed), each extracted against its own DCT, the
// corpus passed over again and again until at least 50 MB have been read, on one thread.
//
// The corpus is read from (first found): the first non-flag argument, $CHRONICLE_CORPUS,
// or CHRONICLE_BENCH_CORPUS (../shared/corpora/tbaq beside the source tree).
//
// Extraction works per document, so its memory must be bounded by the largest document,
// not by how much text went through. BM_ExtractPeakHeap shows it: it counts live heap bytes
// (global operator new/delete below) and reports the peak and what is still held after
// 1, 10 and 100 passes; those numbers must not grow with the passes. main() also prints
// the growth of the process's peak RSS (getrusage) over the whole run.
// BM_ExtractOneLongDocument runs the corpus as one article of 64 KiB, 512 KiB and 4 MiB:
// the rate must not fall as the article grows. BM_BuildEventsOneSentence does the same for
// build_events (what `extract --events` and `draw` add) on one long sentence.
#include <chronicle/error.hpp>
#include <chronicle/events_builder.hpp>
#include <chronicle/extract.hpp>
#include <chronicle/text.hpp>
#include <chronicle/timeml.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <new>
#include <string>
#include <vector>

#include <malloc.h>
#include <sys/resource.h>

namespace {

// ---- Live-heap accounting ------------------------------------------------------------
// Only counted while a benchmark turns it on, so the throughput numbers pay one
// predictable branch per allocation. Sizes come from malloc_usable_size on both sides, so
// an allocation and its release always cancel exactly. Benchmarks run on one thread.
std::atomic<bool> heap_tracking{false};
std::int64_t heap_live_bytes = 0;
std::int64_t heap_peak_bytes = 0;

void note_allocation(void* pointer) {
    heap_live_bytes += static_cast<std::int64_t>(malloc_usable_size(pointer));
    heap_peak_bytes = std::max(heap_peak_bytes, heap_live_bytes);
}

void note_release(void* pointer) {
    heap_live_bytes -= static_cast<std::int64_t>(malloc_usable_size(pointer));
}

struct HeapWindow {
    HeapWindow() {
        heap_live_bytes = 0;
        heap_peak_bytes = 0;
        heap_tracking.store(true, std::memory_order_relaxed);
    }
    ~HeapWindow() { heap_tracking.store(false, std::memory_order_relaxed); }
    HeapWindow(const HeapWindow&) = delete;
    HeapWindow& operator=(const HeapWindow&) = delete;
};

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

// ---- The corpus ------------------------------------------------------------------------
namespace fs = std::filesystem;

constexpr std::size_t min_bytes_per_iteration = 50'000'000;  // 50 MB, decimal like MB/s

struct Document {
    std::string text;
    chronicle::Date dct;
};

struct Corpus {
    fs::path directory;
    std::vector<Document> documents;
    std::size_t text_bytes = 0;
    std::size_t passes = 1;  // passes over all documents per iteration: >= 50 MB of text
};

Corpus& corpus() {
    static Corpus loaded;
    return loaded;
}

// Sorted so every run extracts the documents in the same order.
std::vector<fs::path> timeml_files(const fs::path& directory) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file() && entry.path().extension() == ".tml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

Corpus load_corpus(const fs::path& directory) {
    Corpus result;
    result.directory = directory;
    for (const fs::path& file : timeml_files(directory)) {
        chronicle::TimemlDocument parsed =
            chronicle::parse_timeml(chronicle::read_text_file(file), file.filename().string());
        result.text_bytes += parsed.text.size();
        result.documents.push_back({std::move(parsed.text), parsed.dct});
    }
    if (result.text_bytes == 0) {
        throw chronicle::Error("no TimeML text (*.tml) under " + directory.string());
    }
    result.passes = (min_bytes_per_iteration + result.text_bytes - 1) / result.text_bytes;
    return result;
}

// Extracts every document `passes` times; returns how many expressions were found.
std::size_t extract_passes(const Corpus& input, std::size_t passes) {
    std::size_t found = 0;
    for (std::size_t pass = 0; pass < passes; ++pass) {
        for (const Document& document : input.documents) {
            std::vector<chronicle::Timex> timexes = chronicle::extract(document.text, document.dct);
            benchmark::DoNotOptimize(timexes.data());
            found += timexes.size();
        }
    }
    return found;
}

// ---- Benchmarks --------------------------------------------------------------------------
void BM_ExtractCorpus(benchmark::State& state) {
    const Corpus& input = corpus();
    std::size_t found = 0;
    for (auto _ : state) found += extract_passes(input, input.passes);
    const auto iterations = static_cast<double>(state.iterations());
    const auto passes = static_cast<double>(input.passes);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(input.passes * input.text_bytes));
    state.counters["MB_per_iter"] = static_cast<double>(input.passes * input.text_bytes) / 1e6;
    // bytes_per_second prints in units of 1024 x 1024 bytes ("95M/s" is 99.6 MB/s); this
    // counter is the decimal MB/s that the targets are written in.
    state.counters["MB_per_s"] = benchmark::Counter(
        iterations * static_cast<double>(input.passes * input.text_bytes) / 1e6, benchmark::Counter::kIsRate);
    state.counters["docs_per_s"] = benchmark::Counter(
        iterations * passes * static_cast<double>(input.documents.size()), benchmark::Counter::kIsRate);
    state.counters["timexes_per_pass"] = static_cast<double>(found) / (iterations * passes);
}
BENCHMARK(BM_ExtractCorpus)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// Peak live heap during `passes` passes, and the heap still held after them. Both must be
// the same for 1, 10 and 100 passes: memory is bounded by one document, nothing accumulates.
void BM_ExtractPeakHeap(benchmark::State& state) {
    const Corpus& input = corpus();
    const auto passes = static_cast<std::size_t>(state.range(0));
    std::int64_t peak = 0;
    std::int64_t retained = 0;
    for (auto _ : state) {
        const HeapWindow window;
        benchmark::DoNotOptimize(extract_passes(input, passes));
        peak = heap_peak_bytes;
        retained = heap_live_bytes;
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(passes * input.text_bytes));
    state.counters["MB_text"] = static_cast<double>(passes * input.text_bytes) / 1e6;
    state.counters["peak_heap_KiB"] = static_cast<double>(peak) / 1024.0;
    state.counters["retained_KiB"] = static_cast<double>(retained) / 1024.0;
}
BENCHMARK(BM_ExtractPeakHeap)
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->Iterations(1)
    ->Repetitions(1)  // a count of bytes, not a timing: once is enough
    ->Unit(benchmark::kMillisecond);

// The corpus documents joined into one article of at least `bytes` bytes (whole documents,
// blank lines between), against the first document's date.
std::string long_document(const Corpus& input, std::size_t bytes) {
    std::string text;
    while (text.size() < bytes) {
        for (const Document& document : input.documents) {
            text += document.text;
            text += "\n\n";
            if (text.size() >= bytes) break;
        }
    }
    return text;
}

// One long article: time per byte must stay flat as the article grows (no quadratic
// rescans), and the peak heap shows what one document of that size costs.
void BM_ExtractOneLongDocument(benchmark::State& state) {
    const Corpus& input = corpus();
    const std::string text = long_document(input, static_cast<std::size_t>(state.range(0)));
    const chronicle::Date article_date = input.documents.front().dct;
    for (auto _ : state) {
        std::vector<chronicle::Timex> timexes = chronicle::extract(text, article_date);
        benchmark::DoNotOptimize(timexes.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
    {
        const HeapWindow window;  // one more run, counted, after the timed ones
        benchmark::DoNotOptimize(chronicle::extract(text, article_date).size());
        state.counters["peak_heap_KiB"] = static_cast<double>(heap_peak_bytes) / 1024.0;
    }
    state.counters["MB_text"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(BM_ExtractOneLongDocument)
    ->Arg(1 << 16)
    ->Arg(1 << 19)
    ->Arg(1 << 22)
    ->Repetitions(1)
    ->Unit(benchmark::kMillisecond);

// build_events on one sentence holding N expressions ("two weeks ago, " N times, no full
// stop): time per expression must stay flat as N doubles. Text without sentence ends is
// what a fuzzer, a bad paste or a table dump gives.
void BM_BuildEventsOneSentence(benchmark::State& state) {
    std::string text;
    for (std::int64_t i = 0; i < state.range(0); ++i) text += "two weeks ago, ";
    const chronicle::Date article_date = date::year{2021} / date::March / 23;
    const std::vector<chronicle::Timex> timexes = chronicle::extract(text, article_date);
    for (auto _ : state) {
        benchmark::DoNotOptimize(chronicle::build_events(text, article_date, timexes).events.size());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(timexes.size()));
    state.counters["timexes"] = static_cast<double>(timexes.size());
}
BENCHMARK(BM_BuildEventsOneSentence)->Arg(500)->Arg(1000)->Arg(2000)->Repetitions(1)->Unit(benchmark::kMillisecond);

fs::path corpus_directory(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-') return argv[i];
    }
    if (const char* from_environment = std::getenv("CHRONICLE_CORPUS"); from_environment && *from_environment) {
        return from_environment;
    }
    return CHRONICLE_BENCH_CORPUS;
}

}  // namespace

// ---- Global allocation functions (counted only inside a HeapWindow) ----------------------
// operator new and operator delete are both kept out of line. When GCC 12 inlines one of
// them into a caller but not the other, its access checks see operator new paired with free
// (or malloc with operator delete) and report -Wmismatched-new-delete: at -O2
// (RelWithDebInfo) that failed -Werror builds, and with only one of them out of line the
// warning moves to -O3. As calls the pair is new/delete, which it is; the cost is one call
// per allocation, small beside malloc's own.
[[gnu::noinline]] void* operator new(std::size_t size) {
    void* pointer = std::malloc(size == 0 ? 1 : size);
    if (pointer == nullptr) throw std::bad_alloc();
    if (heap_tracking.load(std::memory_order_relaxed)) note_allocation(pointer);
    return pointer;
}

void* operator new[](std::size_t size) { return ::operator new(size); }

[[gnu::noinline]] void operator delete(void* pointer) noexcept {
    if (pointer == nullptr) return;
    if (heap_tracking.load(std::memory_order_relaxed)) note_release(pointer);
    std::free(pointer);
}

void operator delete[](void* pointer) noexcept { ::operator delete(pointer); }
void operator delete(void* pointer, std::size_t) noexcept { ::operator delete(pointer); }
void operator delete[](void* pointer, std::size_t) noexcept { ::operator delete(pointer); }

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);  // removes the --benchmark_* flags it knows
    const fs::path directory = corpus_directory(argc, argv);
    try {
        corpus() = load_corpus(directory);
    } catch (const std::exception& error) {
        std::fprintf(stderr,
                     "bench_extract: cannot read the corpus: %s\n"
                     "  give the TempEval-3 directory as an argument or in CHRONICLE_CORPUS\n",
                     error.what());
        return 2;
    }
    const Corpus& input = corpus();
    std::printf("corpus: %s: %zu documents, %zu bytes of text; %zu passes = %.1f MB per iteration\n",
                input.directory.string().c_str(), input.documents.size(), input.text_bytes, input.passes,
                static_cast<double>(input.passes * input.text_bytes) / 1e6);
    std::fflush(stdout);

    const long rss_before = peak_rss_kib();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    const long rss_after = peak_rss_kib();
    std::printf("peak RSS: %ld KiB with the corpus loaded, %ld KiB after the benchmarks: grew %ld KiB\n",
                rss_before, rss_after, rss_after - rss_before);
    return 0;
}
