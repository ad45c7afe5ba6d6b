// `chronicle batch`: JSON Lines of articles in, one JSON Lines record out per input line, in
// input order, on every core. A reader cuts the input into chunks of lines, workers tag whole
// chunks (chronicle::batch_line), and the writer puts the chunks back in order. At most a few
// chunks per worker are in flight, so memory stays flat however large the archive is.
#include "commands.hpp"

#include <chronicle/batch.hpp>
#include <chronicle/error.hpp>
#include <chronicle/text.hpp>

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace chronicle::cli {

namespace fs = std::filesystem;

namespace {

// A line longer than this is not read into memory: one document may hold max_input_bytes of
// text, and its JSON escaping can make the line longer (say twice, for a text full of quotes).
constexpr std::size_t max_line_bytes = 2 * max_input_bytes;
// About this many bytes of input make one chunk: large enough that workers rarely wait on
// the queue's lock, small enough that a few chunks per worker stay a few megabytes.
constexpr std::size_t chunk_bytes = 1u << 20;
constexpr std::size_t chunk_max_lines = 256;

struct Line {
    std::string text;
    std::size_t number = 0;
    bool too_long = false;
};

struct Chunk {
    std::size_t seq = 0;
    std::vector<Line> lines;
    std::size_t bytes = 0;  // input bytes, newlines included (for the progress bar)
};

struct Result {
    std::string out;
    std::size_t records = 0;
    std::size_t failed = 0;
    std::size_t bytes = 0;
};

// Reads lines from the input files in turn, one buffer at a time: a file is never loaded whole.
class LineReader {
public:
    explicit LineReader(std::vector<std::string> inputs) : inputs_(std::move(inputs)) {}
    ~LineReader() { close(); }
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // The next chunk, or nullopt at the end of the last file. Throws Error on a read failure.
    std::optional<Chunk> next(std::size_t seq) {
        Chunk chunk;
        chunk.seq = seq;
        while (chunk.bytes < chunk_bytes && chunk.lines.size() < chunk_max_lines) {
            Line line;
            if (!read_line(line, chunk.bytes)) break;
            chunk.lines.push_back(std::move(line));
        }
        if (chunk.lines.empty()) return std::nullopt;
        return chunk;
    }

private:
    bool open_next() {
        close();
        while (index_ < inputs_.size()) {
            const std::string& name = inputs_[index_++];
            name_ = name == "-" ? "<stdin>" : name;
            line_number_ = 0;
            if (name == "-") {
                file_ = stdin;
                return true;
            }
            file_ = std::fopen(name.c_str(), "rb");
            if (file_ == nullptr) throw Error(fmt::format("{}: cannot open the file", name));
            return true;
        }
        return false;
    }

    void close() {
        if (file_ != nullptr && file_ != stdin) std::fclose(file_);
        file_ = nullptr;
    }

    // Refills the buffer; false at the end of the current file.
    bool fill() {
        if (file_ == nullptr) return false;
        buffer_.resize(1u << 16);
        const std::size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
        if (n == 0 && std::ferror(file_)) throw Error(fmt::format("{}: read error", name_));
        buffer_.resize(n);
        pos_ = 0;
        return n > 0;
    }

    bool read_line(Line& line, std::size_t& bytes) {
        for (;;) {
            if (file_ == nullptr && !open_next()) return false;
            if (pos_ < buffer_.size() || fill()) break;
            close();  // end of this file: on to the next
        }
        line.number = ++line_number_;
        for (;;) {
            if (pos_ >= buffer_.size() && !fill()) break;  // last line without a newline
            const char* begin = buffer_.data() + pos_;
            const char* end = buffer_.data() + buffer_.size();
            const char* nl = std::find(begin, end, '\n');
            const std::size_t take = static_cast<std::size_t>(nl - begin);
            bytes += take + (nl != end ? 1 : 0);
            if (!line.too_long) {
                if (line.text.size() + take > max_line_bytes) {
                    line.too_long = true;
                    line.text = std::string();
                } else {
                    line.text.append(begin, take);
                }
            }
            pos_ += take;
            if (nl != end) {
                ++pos_;
                break;
            }
        }
        if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
        return true;
    }

    std::vector<std::string> inputs_;
    std::size_t index_ = 0;
    std::string name_;
    std::FILE* file_ = nullptr;
    std::string buffer_;
    std::size_t pos_ = 0;
    std::size_t line_number_ = 0;
};

Result process(const Chunk& chunk, const BatchOptions& options) {
    Result result;
    result.bytes = chunk.bytes;
    for (const Line& line : chunk.lines) {
        bool failed = false;
        if (line.too_long) {
            // The same error record batch_line writes, without reading the line into memory.
            result.out += fmt::format(
                "{{\"id\":null,\"line\":{},\"error\":\"line longer than {} MB (one document holds at most {} MB of text)\"}}",
                line.number, max_line_bytes >> 20, max_input_bytes >> 20);
            failed = true;
        } else {
            result.out += batch_line(line.text, line.number, options, failed);
        }
        result.out += '\n';
        ++result.records;
        if (failed) ++result.failed;
    }
    return result;
}

std::optional<std::size_t> total_input_bytes(const std::vector<std::string>& inputs) {
    std::size_t total = 0;
    for (const std::string& name : inputs) {
        struct stat st {};
        const int rc = name == "-" ? ::fstat(0, &st) : ::stat(name.c_str(), &st);
        if (rc != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
        total += static_cast<std::size_t>(st.st_size);
    }
    return total;
}

std::string human_duration(double seconds) {
    const auto s = static_cast<long long>(seconds + 0.5);
    if (s >= 3600) return fmt::format("{}h{:02}m", s / 3600, (s / 60) % 60);
    return fmt::format("{}:{:02}", s / 60, s % 60);
}

// A one-line progress bar redrawn in place on stderr, at most ten times a second.
class Progress {
public:
    Progress(bool enabled, std::optional<std::size_t> total) : enabled_(enabled), total_(total) {}

    void update(std::size_t records, std::size_t bytes, bool force = false) {
        if (!enabled_) return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        const double elapsed = std::max(1e-6, std::chrono::duration<double>(now - start_).count());
        const double mb = static_cast<double>(bytes) / 1e6;
        std::string line = fmt::format("{} documents  {:.0f} docs/s  {:.1f} MB/s", records,
                                       static_cast<double>(records) / elapsed, mb / elapsed);
        if (total_ && *total_ > 0) {
            const double fraction = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(*total_));
            constexpr int width = 24;
            const int filled = static_cast<int>(fraction * width);
            std::string bar(static_cast<std::size_t>(filled), '#');
            bar.append(static_cast<std::size_t>(width - filled), '.');
            line = fmt::format("[{}] {:3.0f}%  {}", bar, fraction * 100.0, line);
            if (bytes > 0 && fraction < 1.0) {
                line += "  ETA " + human_duration(elapsed * (1.0 - fraction) / fraction);
            }
        }
        std::fprintf(stderr, "\r%s\033[K", line.c_str());
        std::fflush(stderr);
        drawn_ = true;
    }
    void finish() {
        if (drawn_) std::fprintf(stderr, "\r\033[K");
    }

private:
    bool enabled_;
    std::optional<std::size_t> total_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_{};
    bool drawn_ = false;
};

struct BatchArgs {
    std::vector<std::string> inputs;
    std::string output = "-";
    bool events = false;
    bool no_expressions = false;
    unsigned jobs = 0;
    bool no_progress = false;
};

// The run: one reader (this thread's helper), `jobs` workers, and the writer (this thread).
struct Totals {
    std::size_t records = 0;
    std::size_t failed = 0;
};

Totals run_batch(const BatchArgs& args, const BatchOptions& options, OutputFile& output, Progress& progress) {
    const unsigned jobs = args.jobs > 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t max_in_flight = 2 * static_cast<std::size_t>(jobs) + 2;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> queue;
    std::map<std::size_t, Result> done;
    std::size_t read_seq = 0;     // chunks read so far
    std::size_t written_seq = 0;  // chunks written so far
    bool reading_done = false;
    bool stop = false;
    std::exception_ptr reader_error;

    LineReader reader(args.inputs);
    std::thread reader_thread([&] {
        try {
            for (;;) {
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return stop || read_seq - written_seq < max_in_flight; });
                    if (stop) break;
                }
                std::optional<Chunk> chunk = reader.next(read_seq);
                std::lock_guard lock(mutex);
                if (!chunk) break;
                queue.push_back(std::move(*chunk));
                ++read_seq;
                changed.notify_all();
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            reader_error = std::current_exception();
        }
        std::lock_guard lock(mutex);
        reading_done = true;
        changed.notify_all();
    });

    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) {
        workers.emplace_back([&] {
            for (;;) {
                Chunk chunk;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return stop || !queue.empty() || reading_done; });
                    if (stop || queue.empty()) return;
                    chunk = std::move(queue.front());
                    queue.pop_front();
                }
                Result result = process(chunk, options);
                std::lock_guard lock(mutex);
                done.emplace(chunk.seq, std::move(result));
                changed.notify_all();
            }
        });
    }

    auto shut_down = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        reader_thread.join();
        for (std::thread& w : workers) w.join();
    };

    Totals totals;
    std::size_t bytes = 0;
    try {
        for (;;) {
            Result result;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] {
                    return done.count(written_seq) > 0 || reader_error ||
                           (reading_done && written_seq == read_seq);
                });
                if (reader_error) std::rethrow_exception(reader_error);
                auto it = done.find(written_seq);
                if (it == done.end()) break;  // everything read has been written
                result = std::move(it->second);
                done.erase(it);
            }
            // Written outside the lock, so workers keep going while the disk is busy.
            output.write(result.out);
            totals.records += result.records;
            totals.failed += result.failed;
            bytes += result.bytes;
            progress.update(totals.records, bytes);
            std::lock_guard lock(mutex);
            ++written_seq;
            changed.notify_all();
        }
    } catch (...) {
        shut_down();
        throw;
    }
    shut_down();
    progress.update(totals.records, bytes, true);
    return totals;
}

}  // namespace

void add_batch_command(CLI::App& app) {
    auto args = std::make_shared<BatchArgs>();
    CLI::App* cmd = app.add_subcommand(
        "batch", "Tag an archive: JSON Lines {\"id\", \"text\", \"date\"?} in, one JSON line per record out");
    cmd->add_option("files", args->inputs, "JSON Lines files, or - for stdin (default: stdin)");
    cmd->add_option("-o,--output", args->output, "Output file, written atomically (default: stdout)");
    cmd->add_flag("--events", args->events, "Also write each record's events");
    cmd->add_flag("--no-expressions", args->no_expressions, "Leave out the expressions (with --events)");
    cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: all cores)")->check(CLI::Range(1u, 1024u));
    cmd->add_flag("--no-progress", args->no_progress, "No progress bar, even on a terminal");
    cmd->footer(
        "Exit status: 0 when every record was tagged, 2 when some records failed (each has an\n"
        "output line with an \"error\" field), 1 when the run could not be made (an unreadable file).");
    cmd->callback([args] {
        if (args->inputs.empty()) args->inputs.emplace_back("-");
        if (args->no_expressions && !args->events) {
            throw Error("--no-expressions leaves nothing to write without --events");
        }
        // Every input is checked before anything is written, so a wrong name leaves no file.
        for (const std::string& input : args->inputs) {
            if (input == "-") continue;
            std::error_code ec;
            if (fs::is_directory(input, ec)) throw Error(fmt::format("{}: is a directory", input));
            std::FILE* f = std::fopen(input.c_str(), "rb");
            if (f == nullptr) throw Error(fmt::format("{}: cannot open the file", input));
            std::fclose(f);
        }
        BatchOptions options;
        options.expressions = !args->no_expressions;
        options.events = args->events;
        // The bar is for a person watching: not when output or messages go to a file or a pipe,
        // and not when the records themselves are printed on the terminal.
        const bool show = !args->no_progress && args->output != "-" && ::isatty(1) != 0 && ::isatty(2) != 0;
        Progress progress(show, total_input_bytes(args->inputs));
        OutputFile output(args->output);
        const Totals totals = run_batch(*args, options, output, progress);
        output.commit();
        progress.finish();
        std::fprintf(stderr, "chronicle: batch: %zu records, %zu tagged, %zu failed%s\n", totals.records,
                     totals.records - totals.failed, totals.failed,
                     totals.failed > 0 ? " (their output lines hold an \"error\" field)" : "");
        if (totals.failed > 0) set_exit_status(2);
    });
}

}  // namespace chronicle::cli
