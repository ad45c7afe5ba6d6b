// A few lines of C++ that draw a project's milestones, as a report generator would:
//   report OUT.svg|OUT.png|OUT.pdf
#include <chronicle/chronicle.hpp>
#include <chronicle/render/render.hpp>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: report OUT.svg|OUT.png|OUT.pdf\n");
        return 2;
    }
    chronicle::EventSet milestones;
    milestones.title = "Harbor electrification: milestones";
    milestones.date = "2024-06-11";
    milestones.events = {
        {.label = "Research partnership launched", .when = "2019-03"},
        {.label = "Memorandum on port electrification", .when = "2024-06-11", .where = "Lisbon"},
        {.label = "Atlantic ministers meet", .when = "2024-09-18", .where = "Halifax"},
        {.label = "First electrified berth", .when = "2025-Q3"},
    };
    // Or take the events of an article:
    //   auto timexes = chronicle::extract(text, *chronicle::parse_iso_date("2024-06-11"));
    //   auto events = chronicle::build_events(text, date, timexes);
    try {
        const auto format = chronicle::render::format_for_path(argv[1]);
        if (!format) throw chronicle::Error(std::string(argv[1]) + ": use .svg, .png or .pdf");
        const std::string bytes = chronicle::render::render(milestones, {}, *format);
        chronicle::write_file_atomically(argv[1], bytes);
    } catch (const chronicle::Error& e) {
        std::fprintf(stderr, "report: %s\n", e.what());
        return 1;
    }
    std::printf("report: wrote %s\n", argv[1]);
    return 0;
}
