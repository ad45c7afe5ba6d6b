#pragma once
// The versioned events JSON format (docs/events-format.md).
#include <chronicle/event.hpp>

#include <string>
#include <string_view>

namespace chronicle {

inline constexpr int events_format_version = 1;

// Parses and validates an events document. `name` (a file name) starts every error
// message; errors name the line and field: "trip.json: line 7: events[2].when: ...".
// Throws Error.
EventSet parse_events_json(std::string_view json, std::string_view name);

// Pretty-printed, deterministic JSON (fields in a fixed order, optional fields omitted
// when empty), ending with a newline.
std::string to_events_json(const EventSet& events);

// Appends one event on one line: the same object, with the same fields, as one element of
// to_events_json's "events" array (used by `chronicle batch`).
void append_event_json(std::string& out, const Event& event);

}  // namespace chronicle
