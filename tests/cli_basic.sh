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

if [[ $failures -ne 0 ]]; then echo "$failures checks failed"; exit 1; fi
echo "command line ok"
