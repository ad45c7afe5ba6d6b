#!/usr/bin/env bash
# The command line as a user meets it: help, version, stdin, the example article's
# expressions (worked out by hand: the article is dated Tuesday 11 June 2024), and drawing.
# Arguments: CLI SOURCE_DIR BINARY_DIR
set -uo pipefail
cli=$1 src=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

"$cli" --version | grep -E >/dev/null '^[0-9]+\.[0-9]+\.[0-9]+' || fail "--version"
for command in extract timeml render draw; do
  "$cli" "$command" --help | grep "Usage" >/dev/null || fail "$command --help"
done
"$cli" >/dev/null 2>&1 && fail "no command should be an error"

article="$src/examples/articles/harbor-summit-2024-06-11.txt"
"$cli" extract "$article" --format jsonl >"$dir/x.jsonl" 2>"$dir/note.txt" || fail "extract"
grep -q 'article date 2024-06-11 taken from "June 11, 2024"' "$dir/note.txt" || fail "article date note: $(cat "$dir/note.txt")"
expect() {  # TEXT TYPE VALUE
  grep -qF "\"text\":\"$1\",\"type\":\"$2\",\"value\":\"$3\"" "$dir/x.jsonl" || fail "expected $1 = $2 $3"
}
expect "June 11, 2024" DATE 2024-06-11
expect "Monday" DATE 2024-06-10
expect "2022" DATE 2022
expect "Tuesday morning" TIME 2024-06-11TMO
expect "March 2019" DATE 2019-03
expect "Wednesday" DATE 2024-06-12
expect "Thursday" DATE 2024-06-13
expect "Sept. 18, 2024" DATE 2024-09-18
expect "2016" DATE 2016
expect "next year" DATE 2025
expect "thirty years" DURATION P30Y

# stdin and stdout as "-"; byte offsets point at the text.
printf 'The vote is set for March 3, 2025.' | "$cli" extract - --date 2025-01-10 --format jsonl >"$dir/s.jsonl" || fail "extract from stdin"
grep -qF '"begin":20,"end":33,"text":"March 3, 2025","type":"DATE","value":"2025-03-03"' "$dir/s.jsonl" || fail "stdin offsets: $(cat "$dir/s.jsonl")"
printf 'The vote is set for March 3, 2025.' | "$cli" extract - --date 2025-01-10 --format timeml |
  grep -F >/dev/null '<TIMEX3 tid="t1" type="DATE" value="2025-03-03">March 3, 2025</TIMEX3>' || fail "timeml format"

# Drawing writes the file it is asked for and says so.
(cd "$dir" && "$cli" draw "$article" -o t.svg 2>err.txt) || fail "draw svg: $(cat "$dir/err.txt")"
grep -q "wrote t.svg" "$dir/err.txt" || fail "draw should say where it wrote"
grep -q "<svg" "$dir/t.svg" || fail "not an SVG"
"$cli" extract --events "$article" -o "$dir/e.json" 2>/dev/null || fail "extract --events"
"$cli" render "$dir/e.json" -o "$dir/e.png" 2>/dev/null || fail "render events file"
svg_out=$("$cli" render "$dir/e.json" -o - 2>/dev/null) && [[ $svg_out == *"<svg"* ]] || fail "render to stdout"

# Events as CSV and iCalendar: the extension picks the format, reading and writing.
# The labels drawn are read from each label group's tooltip ("LABEL — date ..."); SVG
# escapes the apostrophe of "Blinken's".
labels() { grep -o '<g class="label[^"]*"><title>[^<]*' "$1" | sed 's/.*<title>//; s/ — .*//' | LC_ALL=C sort; }
trip="$src/examples/events/blinken-trip.json"
grep -o '"label": "[^"]*"' "$trip" | sed 's/^"label": "//; s/"$//' | sed "s/'/\&apos;/g" | LC_ALL=C sort >"$dir/trip-labels.txt"
[[ $(wc -l <"$dir/trip-labels.txt") -eq 16 ]] || fail "blinken-trip.json should list 16 labels"
"$cli" render "$trip" -o "$dir/trip.svg" --events-out "$dir/trip.csv" 2>"$dir/err.txt" || fail "render --events-out csv: $(cat "$dir/err.txt")"
grep -q "wrote $dir/trip.csv (16 events)" "$dir/err.txt" || fail "render should say it wrote the CSV: $(cat "$dir/err.txt")"
"$cli" render "$trip" -o "$dir/trip2.svg" --events-out "$dir/trip.ics" 2>/dev/null || fail "render --events-out ics"
cmp -s "$dir/trip.svg" "$dir/trip2.svg" || fail "--events-out should not change the picture"
[[ $(head -n 1 "$dir/trip.csv") == "date,label,end,where,who,group" ]] || fail "CSV header: $(head -n 1 "$dir/trip.csv")"
[[ $(wc -l <"$dir/trip.csv") -eq 17 ]] || fail "CSV should hold a header and 16 rows"
grep -qF '2021-03-23,Two days of NATO meetings,2021-03-24,Brussels,,The trip' "$dir/trip.csv" || fail "CSV interval row"
[[ $(head -n 1 "$dir/trip.ics") == $'BEGIN:VCALENDAR\r' ]] || fail "iCalendar should start with BEGIN:VCALENDAR and CRLF"
[[ $(grep -c '^BEGIN:VEVENT' "$dir/trip.ics") -eq 16 ]] || fail "iCalendar should hold 16 events"
diff <(labels "$dir/trip.svg") "$dir/trip-labels.txt" >/dev/null || fail "JSON render labels differ from the file's labels"
# Swimlanes by group: one lane name per group, every label still drawn.
"$cli" render "$trip" -o "$dir/lanes.svg" --lanes group 2>/dev/null || fail "render --lanes group"
[[ $(grep -c 'class="lane-label"' "$dir/lanes.svg") -eq 3 ]] || fail "--lanes group should name three lanes"
diff <(labels "$dir/lanes.svg") "$dir/trip-labels.txt" >/dev/null || fail "--lanes group labels differ from the file's labels"
"$cli" render "$trip" -o "$dir/trip3.svg" --events-out "$dir/trip.mw" 2>/dev/null || fail "render --events-out mw"
[[ $(head -n 2 "$dir/trip.mw" | tail -n 1) == "title: Blinken in Brussels: NATO talks and the Afghanistan question" ]] || fail "Markwhen header: $(head -n 2 "$dir/trip.mw")"
grep -qxF '2021-03-23 / 2021-03-24: Two days of NATO meetings' "$dir/trip.mw" || fail "Markwhen range line"
"$cli" render "$trip" -o "$dir/trip4.svg" --events-out "$dir/trip.timelinejs.json" 2>/dev/null || fail "render --events-out timelinejs"
[[ $(grep -c '"headline"' "$dir/trip.timelinejs.json") -eq 17 ]] || fail "TimelineJS: a title and 16 slides"
"$cli" render "$dir/trip.timelinejs.json" -o "$dir/x.svg" 2>"$dir/err.txt" && fail "TimelineJS files are not read"
grep -q "TimelineJS files are written, not read" "$dir/err.txt" || fail "TimelineJS read error: $(cat "$dir/err.txt")"
for format in csv ics mw; do
  "$cli" render "$dir/trip.$format" -o "$dir/from-$format.svg" 2>/dev/null || fail "render from .$format"
  diff <(labels "$dir/from-$format.svg") "$dir/trip-labels.txt" >"$dir/diff.txt" || fail "labels drawn from .$format: $(cat "$dir/diff.txt")"
done
# Upper-case extensions, as calendar programs export them.
cp "$dir/trip.ics" "$dir/TRIP.ICS"
"$cli" render "$dir/TRIP.ICS" -o "$dir/upper.svg" 2>/dev/null || fail "render from .ICS"

# extract --events and draw write CSV and iCalendar too; same events as the JSON.
"$cli" extract --events "$article" -o "$dir/e.csv" 2>/dev/null || fail "extract --events to csv"
"$cli" extract --events "$article" -o "$dir/e.ics" 2>/dev/null || fail "extract --events to ics"
json_events=$(grep -c '"label":' "$dir/e.json")
[[ $json_events -gt 0 ]] || fail "no events in e.json"
[[ $(($(wc -l <"$dir/e.csv") - 1)) -eq $json_events ]] || fail "e.csv should have $json_events rows"
[[ $(grep -c '^BEGIN:VEVENT' "$dir/e.ics") -eq $json_events ]] || fail "e.ics should have $json_events events"
"$cli" draw "$article" -o "$dir/d.svg" --events-out "$dir/d.ics" 2>/dev/null || fail "draw --events-out"
cmp -s "$dir/d.ics" "$dir/e.ics" || fail "draw --events-out should write what extract --events writes"

if [[ $failures -ne 0 ]]; then echo "$failures checks failed"; exit 1; fi
echo "command line ok"
