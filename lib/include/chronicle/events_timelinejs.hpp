#pragma once
// Events as TimelineJS JSON (Knight Lab's storytelling timeline): a title slide, one slide
// per event (start_date/end_date objects with the fields the value's grain gives, a
// headline and a text with the place, people and source sentence, the group) and periods
// as eras. Written only: `chronicle render ... --events-out trip.timelinejs.json`.
#include <chronicle/event.hpp>

#include <string>

namespace chronicle {

std::string to_timelinejs(const EventSet& events);

}  // namespace chronicle
