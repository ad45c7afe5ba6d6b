#!/usr/bin/env bash
# Every bad input gets one line on stderr naming the file and the problem, a non-zero exit
# status, and leaves no output file behind.  Arguments: CLI SOURCE_DIR BINARY_DIR
set -uo pipefail
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
failures=0

# expect_error DESCRIPTION EXPECTED_TEXT -- COMMAND...
expect_error() {
  local what=$1 expected=$2; shift 3
  "$@" >stdout.txt 2>stderr.txt
  local status=$?
  local lines
  lines=$(wc -l <stderr.txt)
  if [[ $status -eq 0 ]]; then
    echo "FAIL $what: exit status 0"; failures=$((failures + 1)); return
  fi
  if ! grep -qF -- "$expected" stderr.txt; then
    echo "FAIL $what: stderr lacks '$expected':"; cat stderr.txt; failures=$((failures + 1)); return
  fi
  if [[ $lines -ne 1 ]]; then
    echo "FAIL $what: $lines lines on stderr, expected one:"; cat stderr.txt; failures=$((failures + 1)); return
  fi
  if grep -q "Segmentation\|Aborted\|terminate called\|internal error" stderr.txt; then
    echo "FAIL $what: crashed"; failures=$((failures + 1)); return
  fi
  echo "ok   $what: $(cat stderr.txt)"
}

expect_no_file() {
  if [[ -e $1 ]]; then echo "FAIL $1 was left behind"; failures=$((failures + 1)); fi
  if compgen -G "$1.tmp*" >/dev/null; then echo "FAIL a temporary of $1 was left behind"; failures=$((failures + 1)); fi
}

printf 'The talks opened on March 23, 2021, in Brussels.\n' >good.txt
printf 'PK\003\004\000\000binary' >binary.txt
printf 'Caf\351 talks on March 3, 2021.\n' >latin1.txt
printf '  \n\n' >empty.txt
printf 'Nothing dated here at all.\n' >undated.txt
printf '{\n  "events": [\n    {"label": "Talks"}\n  ]\n}\n' >nowhen.json
printf '{"events": [{"label": "Talks", "when": 20210323}]}\n' >typed.json
printf '{"events": [\n  {"label": "Talks", "when": "2021-03-23",\n' >broken.json
printf '{"events": [{"label": "Talks", "when": "2021-03-23"}]}\n' >good.json

expect_error "missing article" "missing.txt: no such file" -- "$cli" draw missing.txt --date 2021-03-23 -o out.svg
expect_no_file out.svg
expect_error "binary article" "binary.txt: binary file" -- "$cli" draw binary.txt --date 2021-03-23 -o out.png
expect_no_file out.png
expect_error "non-UTF-8 article" "latin1.txt: invalid UTF-8 at byte 3" -- "$cli" extract latin1.txt --date 2021-03-23
expect_error "empty article" "empty.txt: the article is empty" -- "$cli" draw empty.txt --date 2021-03-23 -o out.pdf
expect_no_file out.pdf
expect_error "bad --date" '--date: "2021-02-30" is not a valid date' -- "$cli" draw good.txt --date 2021-02-30 -o out.svg
expect_no_file out.svg
expect_error "unparseable --date" '--date: "yesterday" is not a valid date' -- "$cli" extract good.txt --date yesterday
expect_error "no date in text" "undated.txt: no article date found" -- "$cli" draw undated.txt -o out.svg
expect_no_file out.svg
expect_error "directory as article" "is a directory" -- "$cli" extract . --date 2021-03-23
expect_error "event without when" "nowhen.json: line 3: events[0].when: missing" -- "$cli" render nowhen.json -o out.svg
expect_no_file out.svg
expect_error "mistyped when" "typed.json: line 1: events[0].when: expected a string, not a number" -- "$cli" render typed.json -o out.png
expect_no_file out.png
expect_error "malformed events JSON" "broken.json: line 3: malformed JSON" -- "$cli" render broken.json -o out.svg
expect_no_file out.svg
expect_error "missing events file" "nope.json: no such file" -- "$cli" render nope.json -o out.svg
expect_error "unknown output format" "out.gif: unknown output format" -- "$cli" render good.json -o out.gif
expect_no_file out.gif
expect_error "unwritable output" "no-such-dir/out.svg: cannot write file" -- "$cli" render good.json -o no-such-dir/out.svg

# Events as CSV and iCalendar; line numbers counted by hand in the files below.
printf 'date,label\n2021-03-23,Talks\nsoon,Dinner\n' >baddate.csv
printf 'label,where\nTalks,Brussels\n' >nodate.csv
printf 'Talks on Tuesday\n' >notcal.ics
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Talks\r\nDTSTART;VALUE=DATE:20210230\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >baddate.ics
printf '{"events": [{"label": "Talks", "when": "2021-03-23"}]}\n' >events.txt
expect_error "CSV with a bad date" "baddate.csv: line 3: column 'date': expected a TIMEX3 date" -- "$cli" render baddate.csv -o out.svg
expect_no_file out.svg
expect_error "CSV without a date column" "nodate.csv: line 1: the header has no 'date' column" -- "$cli" render nodate.csv -o out.png
expect_no_file out.png
expect_error "not an iCalendar file" "notcal.ics: not an iCalendar file" -- "$cli" render notcal.ics -o out.svg
expect_no_file out.svg
expect_error "iCalendar with a bad DTSTART" "baddate.ics: line 3: event 1 ('Talks'): DTSTART: 2021-02-30 is not a real calendar date" -- "$cli" render baddate.ics -o out.svg
expect_no_file out.svg
expect_error "unknown events extension" "events.txt: unknown events file format (use a .json, .csv, .ics or .mw file name" -- "$cli" render events.txt -o out.svg
expect_no_file out.svg
expect_error "missing CSV file" "nope.csv: no such file" -- "$cli" render nope.csv -o out.svg
expect_error "unknown --events-out extension" "out.ical: unknown events file format" -- "$cli" render good.json -o out.svg --events-out out.ical
expect_no_file out.svg
expect_no_file out.ical
expect_error "two outputs on stdout" "--events-out -: the picture already goes to stdout" -- "$cli" render good.json -o - --events-out -
expect_error "unknown extract --events extension" "out.xml: unknown events file format" -- "$cli" extract --events good.txt -o out.xml
expect_no_file out.xml
expect_error "unwritable --events-out" "no-such-dir/out.csv: cannot write file" -- "$cli" draw good.txt --date 2021-03-23 -o out.svg --events-out no-such-dir/out.csv
expect_no_file out.svg

expect_error "TimeML without DCT" "nodct.tml: no <DCT>" -- bash -c "printf '<TimeML><TEXT>x</TEXT></TimeML>' >nodct.tml && '$cli' timeml nodct.tml --out-dir outdir"
expect_no_file outdir/nodct.tml

# Colours and kinds in events files are checked where they are read.
printf '{"events": [{"label": "a", "when": "2021", "color": "red"}]}' >badcolor.json
expect_error "events colour" 'badcolor.json: line 1: events[0].color: "red" is not a colour' -- "$cli" render badcolor.json -o out.svg
expect_no_file out.svg
printf 'date,label,kind\n2021,Talks,era\n' >badkind.csv
expect_error "events kind" "badkind.csv: line 2: column 'kind'" -- "$cli" render badkind.csv -o out.svg
expect_no_file out.svg

printf '\377\376T\000a\000l\000k\000s\000 \000o\000n\000 \000M\000a\000y\000 \0002\000.\000' >utf16.txt
expect_error "UTF-16 article" "utf16.txt: UTF-16 text: convert it to UTF-8" -- "$cli" extract utf16.txt --date 2021-03-23

mkdir -p a b
printf '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-23">March 23, 2021</TIMEX3></DCT><TEXT>Talks on Monday.</TEXT></TimeML>' >a/x.tml
cp a/x.tml b/x.tml
expect_error "two TimeML inputs with one name" "a/x.tml and b/x.tml: both would be written to dupout/x.tml" -- "$cli" timeml a/x.tml b/x.tml --out-dir dupout
[[ -e dupout ]] && { echo "FAIL dupout was created"; failures=$((failures + 1)); }

# Drawing options that name what the machine does not have.
expect_error "unknown font" 'font "No Such Family" is not installed' -- "$cli" render good.json -o font.svg --font "No Such Family"
expect_no_file font.svg
expect_error "unknown locale" 'locale "xx_YY" is not known: use one of en, fr, de, es' -- "$cli" render good.json -o locale.svg --locale xx_YY
expect_no_file locale.svg

# Labels in Chinese, Japanese and Korean draw with the installed CJK font (install-deps puts in
# fonts-noto-cjk): no warning. A private-use character no font has gives a warning naming it,
# and the picture is still written.
printf '{"events":[{"label":"北京で首脳会談","when":"2021-03-23"},{"label":"서울 회담","when":"2021-03-25"}]}\n' >cjk.json
if "$cli" render cjk.json -o cjk.png 2>stderr.txt && [[ -s cjk.png ]] && ! grep -q warning stderr.txt; then
  echo "ok   CJK labels drawn without a missing-glyph warning"
else
  echo "FAIL CJK labels:"; cat stderr.txt; failures=$((failures + 1))
fi
printf '{"events":[{"label":"Talks \xee\x80\x80 open","when":"2021-03-23"}]}\n' >private.json
if "$cli" render private.json -o private.png 2>stderr.txt && [[ -s private.png ]] &&
   grep -q "warning: no installed font can draw U+E000" stderr.txt; then
  echo "ok   a character no font has: $(grep warning stderr.txt)"
else
  echo "FAIL missing-glyph warning:"; cat stderr.txt; failures=$((failures + 1))
fi

# A bidi override in a label does not reverse it in the picture: the SVG holds no U+202E.
printf '{"events":[{"label":"Vote \xe2\x80\xaedias\xe2\x80\xac today","when":"2021-03-23"}]}\n' >bidi.json
if "$cli" render bidi.json -o bidi.svg 2>/dev/null && grep -q "Vote dias today" bidi.svg && ! grep -q $'\xe2\x80\xae' bidi.svg; then
  echo "ok   bidi override removed from the label"
else
  echo "FAIL bidi override kept in bidi.svg"; failures=$((failures + 1))
fi

# Absurd sizes are refused without reading everything into memory first.
head -c $((65 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >huge.txt
expect_error "oversized article" "huge.txt: file is too large (more than 64 MB, the limit of one document); for an archive, use chronicle batch" -- "$cli" extract huge.txt --date 2021-03-23
rm -f huge.txt

if [[ $failures -ne 0 ]]; then echo "$failures error-path checks failed"; exit 1; fi
echo "all error paths behave"
