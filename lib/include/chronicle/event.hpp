#pragma once
// Events: what happened when (and where, and who). The bridge between extraction and
// rendering; its JSON form is documented in docs/events-format.md.
#include <cstddef>
#include <string>
#include <vector>

namespace chronicle {

struct Event {
    std::string label;      // required: what happened, in a few words
    std::string when;       // required: TIMEX3 date/time value ("2021-03-23", "2018", "2021-03-23T14:30")
    std::string end;        // optional: TIMEX3 value closing an interval; empty when none
    std::string when_text;  // optional: how the text said it when the date is vague ("during the trip")
    std::string where;      // optional
    std::string who;        // optional
    std::string group;      // optional: colour/legend group
    std::string source;     // optional: the source sentence (tooltip)
    std::size_t source_begin = 0;  // byte span of `source` in the article; 0,0 when unknown
    std::size_t source_end = 0;
    double confidence = 1.0;  // how sure the extractor is, 0..1
    double priority = 0.0;    // higher labels are kept first when space runs out
    // Last, so that positional initializers of the fields above keep working.
    std::string color;  // optional: the author's colour, "#rrggbb"; empty = the group's or theme's
    std::string kind;   // optional: "" for an event, "period" for an era band drawn behind events
};

struct EventSet {
    int version = 1;
    std::string title;
    std::string date;    // the article date, "YYYY-MM-DD" (may be empty)
    std::string source;  // where the events came from (file name, URL); optional
    std::vector<Event> events;
};

}  // namespace chronicle
