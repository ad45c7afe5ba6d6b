#pragma once
// Events as iCalendar (RFC 5545), read and written through libical.
// VEVENT SUMMARY <-> label, DTSTART/DTEND <-> when/end, LOCATION <-> where,
// DESCRIPTION <-> source; Chronicle's own fields travel as X-CHRONICLE-* properties so that
// a file written by Chronicle reads back unchanged. See docs/events-builder.md.
#include <chronicle/event.hpp>

#include <string>
#include <string_view>

namespace chronicle {

// What the writer can express, the reader accepts, and no more, so that a file read here
// writes back and reads again unchanged:
// - dates in the years 1 to 3000 only: libical writes a later DTSTART/DTEND as
//   "00000000T000000" (for a day or longer, the exclusive DTEND counts: "3000" ends on
//   DTEND 3001-01-01 and is refused, 3000-12-30 is fine); the article date too (DTSTAMP);
// - an end not before the start;
// - text (label, where, source, when_text, who, group, title) without control characters
//   other than tab and line feed: RFC 5545 TEXT has no place for them, and libical drops
//   a carriage return on writing, so "Press\rconference" would come back changed.

// DATE values become day values ("2021-03-23"), DATE-TIME values minute values
// ("2021-03-23T14:30", seconds kept when not zero). A DATE DTEND is exclusive in iCalendar,
// so an event from 23 to 24 March (DTEND 20210325) gets end "2021-03-24"; a one-day event
// gets no end. Throws Error with a one-line message naming `name` and the problem (no
// VCALENDAR, an event without DTSTART, a date that is not a calendar day, a value the
// writer could not write back, as above...).
EventSet parse_events_ics(std::string_view text, std::string_view name);

// Deterministic: fixed PRODID, UIDs derived from each event's content, DTSTAMP derived from
// the article date (events.date; 1970-01-01 when it is empty), never from the clock.
// Lines end with CRLF as RFC 5545 asks. Throws Error (one line, beginning "cannot write")
// for an event or calendar it cannot express, as above, rather than write a file that
// reads back different or not at all.
std::string to_ics(const EventSet& events);

}  // namespace chronicle
