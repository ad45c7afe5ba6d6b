// TimelineJS JSON. A date object holds only the fields its value's grain gives ("2021" is
// {"year":"2021"}), so TimelineJS shows what the text knew and no invented day; values it
// has no field for (a quarter, a season, a week, a decade, a part of the day) become the
// range they cover; the events' own when_text ("during the trip") is the display_date.
#include <chronicle/error.hpp>
#include <chronicle/events_timelinejs.hpp>
#include <chronicle/calendar.hpp>
#include <chronicle/when.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace chronicle {

namespace {

using Json = nlohmann::ordered_json;


// TimelineJS counts years as historians do: -44 is 44 BC (there is no year 0).
std::string year_text(long long astronomical) {
    return std::to_string(astronomical <= 0 ? astronomical - 1 : astronomical);
}

enum class Fields { Year, Month, Day, Minute };

Json date_object(std::int64_t seconds, Fields fields) {
    const CivilTime p = civil_time(seconds);
    Json d;
    d["year"] = year_text(p.year);
    if (fields >= Fields::Month) d["month"] = std::to_string(p.month);
    if (fields >= Fields::Day) d["day"] = std::to_string(p.day);
    if (fields >= Fields::Minute) {
        d["hour"] = std::to_string(p.hour);
        d["minute"] = std::to_string(p.minute);
    }
    return d;
}

struct Span {
    Json start, end;  // end null when the value is one TimelineJS date
};

Span span_of(const When& w) {
    switch (w.grain) {
        case Grain::Year: return {date_object(w.begin, Fields::Year), nullptr};
        case Grain::Month: return {date_object(w.begin, Fields::Month), nullptr};
        case Grain::Day: return {date_object(w.begin, Fields::Day), nullptr};
        case Grain::Hour:
        case Grain::Minute:
        case Grain::Second: return {date_object(w.begin, Fields::Minute), nullptr};
        case Grain::PartOfDay: return {date_object(w.begin, Fields::Minute), date_object(w.end - 60, Fields::Minute)};
        case Grain::Millennium:
        case Grain::Century:
        case Grain::Decade: return {date_object(w.begin, Fields::Year), date_object(w.end - 86400, Fields::Year)};
        default: return {date_object(w.begin, Fields::Day), date_object(w.end - 86400, Fields::Day)};
    }
}

When parse_or_throw(const std::string& value, std::size_t index) {
    const auto w = parse_when(value);
    if (!w) throw Error(fmt::format("event {}: \"{}\" is not a TIMEX3 date TimelineJS can show", index + 1, value));
    return *w;
}

std::string details(const Event& e) {
    std::string text;
    const auto add = [&](const std::string& s) {
        if (s.empty()) return;
        text += (text.empty() ? "" : " \u00b7 ") + s;
    };
    add(e.where);
    add(e.who);
    if (!e.source.empty() && e.source != e.label) text += (text.empty() ? "" : "\n") + e.source;
    return text;
}

}  // namespace

std::string to_timelinejs(const EventSet& events) {
    Json doc;
    if (!events.title.empty() || !events.source.empty()) {
        Json title;
        title["text"]["headline"] = events.title;
        std::string sub = events.source;
        if (!events.date.empty()) sub += (sub.empty() ? "" : " \u00b7 ") + events.date;
        title["text"]["text"] = sub;
        doc["title"] = title;
    }
    doc["events"] = Json::array();
    Json eras = Json::array();
    for (std::size_t i = 0; i < events.events.size(); ++i) {
        const Event& e = events.events[i];
        const When when = parse_or_throw(e.when, i);
        Span span = span_of(when);
        if (!e.end.empty()) {
            const Span end = span_of(parse_or_throw(e.end, i));
            span.end = end.end.is_null() ? end.start : end.end;
        }
        Json slide;
        slide["start_date"] = span.start;
        if (!span.end.is_null()) slide["end_date"] = span.end;
        if (e.kind == "period") {
            // An era needs both ends.
            if (span.end.is_null()) slide["end_date"] = span.start;
            slide["text"]["headline"] = e.label;
            eras.push_back(slide);
            continue;
        }
        slide["text"]["headline"] = e.label;
        if (const std::string text = details(e); !text.empty()) slide["text"]["text"] = text;
        if (!e.group.empty()) slide["group"] = e.group;
        if (!e.when_text.empty()) slide["display_date"] = e.when_text;
        doc["events"].push_back(slide);
    }
    if (!eras.empty()) doc["eras"] = eras;
    return doc.dump(2) + "\n";
}

}  // namespace chronicle
