#include "commands.hpp"

#include <chronicle/chronicle.hpp>
#include <chronicle/events_csv.hpp>
#include <chronicle/events_ical.hpp>
#include <chronicle/events_markwhen.hpp>
#include <chronicle/events_timelinejs.hpp>
#include <chronicle/render/render.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace chronicle::cli {

namespace fs = std::filesystem;

namespace {

int g_exit_status = 0;

std::string display(const fs::path& path) { return path == "-" ? "<stdin>" : path.string(); }

// The article date: --date when given, else the first full date written in the article,
// announced on stderr so that a wrong guess is visible.
Date article_date(const std::string& text, const fs::path& file, const std::string& given) {
    if (!given.empty()) {
        if (auto d = parse_iso_date(given)) return *d;
        throw Error(fmt::format("--date: \"{}\" is not a valid date (expected YYYY-MM-DD)", given));
    }
    if (auto found = detect_article_date(text)) {
        std::fprintf(stderr, "chronicle: %s: article date %s taken from \"%s\" (set it with --date)\n",
                     display(file).c_str(), format_iso_date(found->date).c_str(),
                     found->evidence.c_str());
        return found->date;
    }
    throw Error(fmt::format("{}: no article date found in the text; give one with --date YYYY-MM-DD",
                            display(file)));
}

// ---------------------------------------------------------------- events files

// The events file formats. As with pictures (-o t.png), the file name's extension picks the
// format, in either direction; "-" (stdin or stdout) has no extension and means JSON.
// TimelineJS is written only (trip.timelinejs.json); Markwhen (.mw) both ways.
enum class EventsFormat { Json, Csv, Ics, Markwhen, TimelineJs };

std::optional<EventsFormat> events_format_for_path(const fs::path& path) {
    if (path == "-") return EventsFormat::Json;
    // Case-insensitive, like the picture formats: calendar exports are often named EVENTS.ICS.
    const std::string ext = lowercase_extension(path);
    if (ext == ".json" && lowercase_extension(path.stem()) == ".timelinejs") return EventsFormat::TimelineJs;
    if (ext == ".json") return EventsFormat::Json;
    if (ext == ".mw") return EventsFormat::Markwhen;
    if (ext == ".csv") return EventsFormat::Csv;
    if (ext == ".ics") return EventsFormat::Ics;
    return std::nullopt;
}

// Called before anything is written, so that a wrong name leaves no file behind.
EventsFormat events_format_of(const fs::path& path, std::string_view stdio) {
    if (auto format = events_format_for_path(path)) return *format;
    throw Error(fmt::format("{}: unknown events file format (use a .json, .csv, .ics or .mw file name, or - for JSON on {})",
                            display(path), stdio));
}

EventSet read_events(const fs::path& file) {
    const EventsFormat format = events_format_of(file, "stdin");
    const std::string text = read_text_file(file);
    // The parsers start every message with the name they are given, so errors name the file.
    switch (format) {
        case EventsFormat::Csv: return parse_events_csv(text, display(file));
        case EventsFormat::Ics: return parse_events_ics(text, display(file));
        case EventsFormat::Markwhen: return parse_markwhen(text, display(file));
        case EventsFormat::TimelineJs:
            throw Error(fmt::format("{}: TimelineJS files are written, not read (use the events JSON, .csv, .ics or .mw)",
                                    display(file)));
        case EventsFormat::Json: break;
    }
    return parse_events_json(text, display(file));
}

std::string events_text(const EventSet& events, EventsFormat format, const fs::path& file) {
    try {
        switch (format) {
            case EventsFormat::Csv: return to_events_csv(events);
            case EventsFormat::Ics: return to_ics(events);
            case EventsFormat::Markwhen: return to_markwhen(events);
            case EventsFormat::TimelineJs: return to_timelinejs(events);
            case EventsFormat::Json: break;
        }
        return to_events_json(events);
    } catch (const Error& e) {
        // The writers do not know the file name (to_ics refuses values it cannot express).
        throw Error(fmt::format("{}: {}", file == "-" ? "<stdout>" : file.string(), e.what()));
    }
}

std::string read_article(const fs::path& file) {
    std::string text = read_text_file(file);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Error(fmt::format("{}: the article is empty", display(file)));
    }
    return text;
}

// ---------------------------------------------------------------- extract

struct ExtractArgs {
    std::string input;
    std::string date;
    std::string format = "json";
    std::string output = "-";
    bool events = false;
    bool explain = false;
};

// Events and TimeML need all the expressions at once; they are written in one piece.
std::string whole_extract_output(const ExtractArgs& args, const std::string& text, Date date) {
    if (args.events) {
        EventSet set = extract_events(text, date).events;
        if (set.date.empty()) set.date = format_iso_date(date);
        if (set.source.empty() && args.input != "-") set.source = fs::path(args.input).filename().string();
        return events_text(set, events_format_of(args.output, "stdout"), args.output);
    }
    const std::vector<Timex> timexes = extract(text, date);
    TimemlDocument doc;
    doc.dct = date;
    doc.text = text;
    doc.head = fmt::format(
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{0}\" "
        "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{0}</TIMEX3></DCT>\n<TEXT>",
        format_iso_date(date));
    doc.tail = "</TEXT>\n</TimeML>\n";
    return write_timeml(doc, timexes);
}

// The JSON formats go out while the text is tagged, through a buffer of about a megabyte:
// a large article's output is never held whole (on 20 MB of news it is 28 MB), which was
// most of the command's time (page faults and copies), not the tagging.
void stream_extract_json(const ExtractArgs& args, const std::string& text, Date date) {
    constexpr std::size_t flush_at = 1u << 20;
    OutputFile file(args.output);
    std::string buffer;
    buffer.reserve(flush_at + (64u << 10));
    TimexJsonWriter writer(args.format == "jsonl" ? TimexJsonLayout::Lines : TimexJsonLayout::Document, text,
                           args.explain);
    writer.begin(buffer, display(args.input), format_iso_date(date));
    extract_each(text, date, [&](Timex&& t) {
        writer.add(buffer, t);
        if (buffer.size() >= flush_at) {
            file.write(buffer);
            buffer.clear();
        }
    });
    writer.finish(buffer);
    file.write(buffer);
    file.commit();
}

// ---------------------------------------------------------------- rendering options

struct RenderArgs {
    std::string output;
    std::string layout_json;
    std::string events_out;
    render::Options options;
};

void add_render_options(CLI::App& command, RenderArgs& args) {
    command.add_option("-o,--output", args.output, "Output file: .svg, .png, .pdf or .html (a page with zoom and event details)")->required();
    command.add_option("--layout-json", args.layout_json, "Also write the laid-out scene as JSON");
    command.add_option("--events-out", args.events_out,
                       "Also write the events drawn: .json, .csv, .ics, .mw (Markwhen) or .timelinejs.json (the extension picks the format)");
    const std::map<std::string, render::Orientation> orientations{
        {"horizontal", render::Orientation::Horizontal}, {"vertical", render::Orientation::Vertical}};
    const std::map<std::string, render::Style> styles{{"timeline", render::Style::Timeline},
                                                      {"itinerary", render::Style::Itinerary}};
    const std::map<std::string, render::Theme> themes{{"light", render::Theme::Light},
                                                      {"dark", render::Theme::Dark},
                                                      {"print", render::Theme::Print},
                                                      {"high-contrast", render::Theme::HighContrast}};
    const std::map<std::string, render::Axis> axes{{"auto", render::Axis::Auto},
                                                   {"linear", render::Axis::Linear}};
    command.add_option("--orientation", args.options.orientation, "horizontal (default) or vertical")
        ->transform(CLI::CheckedTransformer(orientations, CLI::ignore_case));
    command.add_option("--style", args.options.style, "timeline (default) or itinerary")
        ->transform(CLI::CheckedTransformer(styles, CLI::ignore_case));
    command.add_option("--theme", args.options.theme, "light (default), dark, print or high-contrast")
        ->transform(CLI::CheckedTransformer(themes, CLI::ignore_case));
    command.add_option("--axis", args.options.axis,
                       "auto (default: long empty stretches compressed behind breaks) or linear")
        ->transform(CLI::CheckedTransformer(axes, CLI::ignore_case));
    const std::map<std::string, render::Swimlanes> swimlanes{{"none", render::Swimlanes::None},
                                                             {"group", render::Swimlanes::Group},
                                                             {"who", render::Swimlanes::Who},
                                                             {"where", render::Swimlanes::Where}};
    command.add_option("--lanes", args.options.lanes,
                       "Swimlanes by group, who or where: rows of a horizontal timeline, columns of a vertical one (default none)")
        ->transform(CLI::CheckedTransformer(swimlanes, CLI::ignore_case));
    command.add_option("--width", args.options.width, "Width in CSS pixels")
        ->check(CLI::Range(200, 16000))->capture_default_str();
    command.add_option("--scale", args.options.scale, "PNG pixels per CSS pixel (2 for high-DPI)")
        ->check(CLI::Range(0.25, 8.0))->capture_default_str();
    command.add_option("--font", args.options.font_family, "Font family")->capture_default_str();
    command.add_option("--font-size", args.options.font_size, "Base font size in pixels")
        ->check(CLI::Range(6.0, 72.0))->capture_default_str();
    command.add_option("--locale", args.options.locale, "Month and weekday names: en (default), fr, de, es")
        ->capture_default_str();
    command.add_flag("--transparent", args.options.transparent, "Transparent background");
    command.add_flag_function(
        "--embed-font{true},--no-embed-font{false}",
        [&args](std::int64_t count) {
            args.options.embed_font = count > 0 ? render::EmbedFont::Yes : render::EmbedFont::No;
        },
        "Put the letters used, from the font, inside the SVG (default: in .html pages only)");
    command.add_option("--title", args.options.title, "Title (default: the events' title)");
    command.add_option("--subtitle", args.options.subtitle, "Subtitle (default: source and article date)");
}

void render_events(const EventSet& events, const RenderArgs& args) {
    // "-" is standard output, as SVG: the one text format.
    const std::optional<render::Format> format =
        args.output == "-" ? render::Format::Svg : render::format_for_path(args.output);
    if (!format) {
        throw Error(fmt::format("{}: unknown output format (use a .svg, .png, .pdf or .html file name)",
                                args.output));
    }
    const bool write_events = !args.events_out.empty();
    const EventsFormat events_format =
        write_events ? events_format_of(args.events_out, "stdout") : EventsFormat::Json;
    if (write_events && args.events_out == "-" && args.output == "-") {
        throw Error("--events-out -: the picture already goes to stdout (-o -); give the events a file name");
    }
    // Everything is produced before anything is written, so that a failure to produce one
    // output (to_ics refusing a value) leaves none of them behind.
    std::string layout;
    std::vector<std::string> warnings;
    const std::string bytes =
        render::render(events, args.options, *format, args.layout_json.empty() ? nullptr : &layout, &warnings);
    for (const std::string& warning : warnings) fmt::print(stderr, "chronicle: warning: {}\n", warning);
    const std::string events_bytes = write_events ? events_text(events, events_format, args.events_out) : "";
    // Each file is written atomically; when a later one cannot be written (a missing
    // directory), the ones already written are removed so that the failure leaves no output.
    std::vector<std::pair<std::string, const std::string*>> outputs{{args.output, &bytes}};
    if (!args.layout_json.empty()) outputs.emplace_back(args.layout_json, &layout);
    if (write_events) outputs.emplace_back(args.events_out, &events_bytes);
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        try {
            write_file_atomically(outputs[i].first, *outputs[i].second);
        } catch (const Error&) {
            for (std::size_t j = 0; j < i; ++j) {
                std::error_code ignored;
                if (outputs[j].first != "-") fs::remove(outputs[j].first, ignored);
            }
            throw;
        }
    }
    if (args.output != "-") {
        std::fprintf(stderr, "chronicle: wrote %s (%zu events)\n", args.output.c_str(),
                     events.events.size());
    }
    if (write_events && args.events_out != "-") {
        std::fprintf(stderr, "chronicle: wrote %s (%zu events)\n", args.events_out.c_str(),
                     events.events.size());
    }
}

}  // namespace

int exit_status() { return g_exit_status; }

void set_exit_status(int status) { g_exit_status = std::max(g_exit_status, status); }

void add_extract_command(CLI::App& app) {
    auto args = std::make_shared<ExtractArgs>();
    CLI::App* cmd = app.add_subcommand(
        "extract", "List the temporal expressions of an article (or its events with --events)");
    cmd->add_option("article", args->input, "Article text file (UTF-8), or - for stdin")->required();
    cmd->add_option("--date", args->date, "Article date YYYY-MM-DD (default: found in the text)");
    cmd->add_option("--format", args->format, "json (default), jsonl or timeml")
        ->check(CLI::IsMember({"json", "jsonl", "timeml"}));
    cmd->add_flag("--events", args->events,
                  "Write the article's events: JSON, or CSV / iCalendar / Markwhen / TimelineJS when -o ends in .csv / .ics / .mw / .timelinejs.json");
    cmd->add_flag("--explain", args->explain, "Add the rule, anchor and tense evidence of each value");
    cmd->add_option("-o,--output", args->output, "Output file (default: stdout)");
    cmd->callback([args] {
        // A wrong events file name is refused before the article date note goes to stderr.
        if (args->events) events_format_of(args->output, "stdout");
        const std::string text = read_article(args->input);
        const Date date = article_date(text, args->input, args->date);
        if (args->events || args->format == "timeml")
            write_file_atomically(args->output, whole_extract_output(*args, text, date));
        else
            stream_extract_json(*args, text, date);
    });
}

void add_timeml_command(CLI::App& app) {
    struct Args {
        std::vector<std::string> inputs;
        std::string out_dir;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand(
        "timeml", "Annotate TimeML documents (TempEval-3 format) with Chronicle's TIMEX3 tags");
    cmd->add_option("files", args->inputs, "TimeML .tml files")->required();
    cmd->add_option("--out-dir", args->out_dir, "Directory for the annotated copies")->required();
    cmd->callback([args] {
        // Each copy is named after its input's file name: two inputs with one name would write
        // one file, the second silently replacing the first. Refused before anything is written.
        std::map<std::string, std::string> seen;  // output file name -> the input it comes from
        for (const std::string& input : args->inputs) {
            const auto [it, fresh] = seen.emplace(fs::path(input).filename().string(), input);
            if (!fresh) {
                throw Error(fmt::format("{} and {}: both would be written to {}; annotate them in separate runs "
                                        "(or separate --out-dir folders)",
                                        it->second, input, (fs::path(args->out_dir) / it->first).string()));
            }
        }
        std::error_code ec;
        fs::create_directories(args->out_dir, ec);
        if (ec || !fs::is_directory(args->out_dir)) {
            throw Error(fmt::format("{}: cannot create output directory", args->out_dir));
        }
        for (const std::string& input : args->inputs) {
            try {
                const TimemlDocument doc = parse_timeml(read_text_file(input), input);
                const auto timexes = extract(doc.text, doc.dct);
                write_file_atomically(fs::path(args->out_dir) / fs::path(input).filename(),
                                      write_timeml(doc, timexes));
            } catch (const Error& e) {
                // One bad document does not stop the others; the exit status still says so.
                std::fprintf(stderr, "chronicle: %s\n", e.what());
                g_exit_status = 1;
            }
        }
    });
}

void add_render_command(CLI::App& app) {
    struct Args {
        std::string input;
        RenderArgs render;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand("render", "Draw a timeline from an events file (docs/events-format.md)");
    cmd->add_option("events", args->input, "Events file (.json, .csv, .ics or Markwhen .mw), or - for JSON on stdin")
        ->required();
    add_render_options(*cmd, args->render);
    cmd->callback([args] { render_events(read_events(args->input), args->render); });
}

void add_draw_command(CLI::App& app) {
    struct Args {
        std::string input;
        std::string date;
        RenderArgs render;
    };
    auto args = std::make_shared<Args>();
    CLI::App* cmd = app.add_subcommand("draw", "Extract the events of an article and draw them");
    cmd->add_option("article", args->input, "Article text file (UTF-8), or - for stdin")->required();
    cmd->add_option("--date", args->date, "Article date YYYY-MM-DD (default: found in the text)");
    add_render_options(*cmd, args->render);
    cmd->callback([args] {
        const std::string text = read_article(args->input);
        const Date date = article_date(text, args->input, args->date);
        EventSet set = extract_events(text, date).events;
        if (set.date.empty()) set.date = format_iso_date(date);
        if (set.source.empty() && args->input != "-") set.source = fs::path(args->input).filename().string();
        render_events(set, args->render);
    });
}

}  // namespace chronicle::cli
