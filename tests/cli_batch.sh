#!/usr/bin/env bash
# chronicle batch: one output line per input line, in order, at any --jobs; bad records become
# error lines, never stop the run, and make the exit status 2.  Arguments: CLI SOURCE_DIR BINARY_DIR
set -uo pipefail
cli=$1
py=/usr/bin/python3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }

# 1,000 good records of our own writing: five sentence shapes, dates spread over years, some
# records with their date in a dateline instead of a "date" field.
awk 'BEGIN {
  split("January February March April May June July August September October November December", month, " ");
  for (i = 1; i <= 1000; i++) {
    y = 2000 + i % 20; m = 1 + i % 12; d = 1 + i % 28;
    date = sprintf("%04d-%02d-%02d", y, m, d);
    k = i % 5;
    if (k == 0) t = sprintf("The council met on %s %d, %d and will meet again next week.", month[m], d, y);
    else if (k == 1) t = sprintf("Talks resumed yesterday after a pause of %d days.", 1 + i % 9);
    else if (k == 2) t = sprintf("Shares fell \\\"sharply\\\" on Monday; analysts expect a recovery by %d.", y + 1);
    else if (k == 3) t = sprintf("Le caf\303\251 opened in %d. Two years later it closed.", y - 3);
    else t = sprintf("BERLIN, %s %d, %d - The minister resigned this morning.", month[m], d, y);
    if (k == 4) printf("{\"id\":\"doc-%d\",\"text\":\"%s\"}\n", i, t);
    else printf("{\"id\":\"doc-%d\",\"text\":\"%s\",\"date\":\"%s\"}\n", i, t, date);
  }
}' >good.jsonl

# 50 broken records, ten of each kind the command must survive, placed between the good ones.
$py - <<'PY'
good = open("good.jsonl", "rb").read().splitlines()
bad = []
for i in range(10):
    bad.append(b'{"id":"bad-json-%d","text":"unterminated' % i)                        # invalid JSON
    bad.append(b'{"id":"bad-utf8-%d","text":"caf\xe9 on May 2, 2020"}' % i)              # Latin-1 byte
    bad.append(b'{"id":"no-text-%d","date":"2021-03-23"}' % i if i % 2 else              # missing text
               b'{"id":"no-text-%d","text":%d}' % (i, i))                                # text not a string
    bad.append(b'{"id":"bad-date-%d","text":"Talks on Monday.","date":"2021-02-30"}' % i if i % 2 else
               b'{"id":"bad-date-%d","text":"Talks on Monday.","date":20210301}' % i)     # bad date
    bad.append(b'{"id":"undated-%d","text":"Talks resumed on Monday."}' % i)              # no date anywhere
lines, positions = [], []
for n, line in enumerate(good):
    if n % 20 == 7 and bad:
        positions.append(len(lines) + 1)
        lines.append(bad.pop(0))
    lines.append(line)
while bad:
    positions.append(len(lines) + 1)
    lines.append(bad.pop(0))
open("mixed.jsonl", "wb").write(b"\n".join(lines) + b"\n")
open("bad_lines.txt", "w").write("\n".join(map(str, positions)) + "\n")
PY

"$cli" batch good.jsonl --jobs 2 -o clean.jsonl 2>clean.err
status=$?
[[ $status -eq 0 ]] && ok "clean run exits 0" || fail "clean run exit status $status: $(cat clean.err)"
grep -q "1000 records, 1000 tagged, 0 failed" clean.err && ok "clean summary" || fail "clean summary: $(cat clean.err)"

for jobs in 1 2; do
  "$cli" batch mixed.jsonl --jobs "$jobs" -o mixed-$jobs.jsonl 2>mixed-$jobs.err
  status=$?
  [[ $status -eq 2 ]] && ok "mixed run at --jobs $jobs exits 2" || fail "mixed run at --jobs $jobs exit status $status"
  grep -q "1050 records, 1000 tagged, 50 failed" mixed-$jobs.err && ok "summary counts the failures" ||
    fail "summary at --jobs $jobs: $(cat mixed-$jobs.err)"
  [[ $(wc -l <mixed-$jobs.jsonl) -eq 1050 ]] && ok "1,050 output lines" || fail "$(wc -l <mixed-$jobs.jsonl) output lines"
done
cmp -s mixed-1.jsonl mixed-2.jsonl && ok "--jobs 1 and --jobs 2 give the same bytes" || fail "--jobs 1 and 2 differ"

# Record for record: ids in input order, errors exactly on the broken lines with their kind,
# and the good records' results the same as in the clean run.
$py - <<'PY' || failures=$((failures + 1))
import json, sys
inputs = open("mixed.jsonl", "rb").read().splitlines()
out = [json.loads(l) for l in open("mixed-2.jsonl", encoding="utf-8")]
clean = [json.loads(l) for l in open("clean.jsonl", encoding="utf-8")]
bad = {int(n) for n in open("bad_lines.txt")}
problems = []
errors = [o for o in out if "error" in o]
if len(errors) != 50: problems.append(f"{len(errors)} error lines, expected 50")
for n, (line, o) in enumerate(zip(inputs, out), start=1):
    if n in bad:
        if "error" not in o or o["line"] != n: problems.append(f"line {n}: no error record: {o}")
        try: want = json.loads(line).get("id")
        except ValueError: want = None
        if o.get("id") != want: problems.append(f"line {n}: id {o.get('id')!r}, expected {want!r}")
    elif "error" in o: problems.append(f"line {n}: unexpected error {o}")
    elif o["id"] != json.loads(line)["id"]: problems.append(f"line {n}: id {o['id']} out of order")
kinds = {"bad-json": "invalid JSON", "bad-utf8": "invalid UTF-8", "no-text": "\"text\"", "bad-date": "\"date\"",
         "undated": "no article date"}
for e in errors:
    # The kind is read from the input line: invalid JSON and invalid UTF-8 records have no id.
    name = inputs[e["line"] - 1].split(b'"')[3].decode("ascii")
    kind = name.rsplit("-", 1)[0]
    if kinds[kind] not in e["error"]: problems.append(f"error of {name} does not say {kinds[kind]}: {e}")
good = [o for o in out if "error" not in o]
if good != clean: problems.append("the good records differ from the clean run")
# Checked by hand: doc-5 is "The council met on June 6, 2005 and will meet again next week."
doc5 = next(o for o in clean if o["id"] == "doc-5")
values = [(x["text"], x["value"]) for x in doc5["expressions"]]
if doc5["date"] != "2005-06-06" or doc5["date_source"] != "input" or values != [("June 6, 2005", "2005-06-06"), ("next week", "2005-W24")]:
    problems.append(f"doc-5: {doc5}")
# doc-4 has no "date": "BERLIN, May 5, 2004 - The minister resigned this morning."
doc4 = next(o for o in clean if o["id"] == "doc-4")
if doc4["date"] != "2004-05-05" or doc4["date_source"] != "text": problems.append(f"doc-4: {doc4}")
for p in problems[:10]: print("FAIL", p)
print("ok   record-for-record check" if not problems else f"FAIL {len(problems)} problems")
sys.exit(1 if problems else 0)
PY

# The records are the extract command's own expressions for the same text and date.
printf 'The council met on June 6, 2005 and will meet again next week.' >doc5.txt
"$cli" extract doc5.txt --date 2005-06-06 >doc5.json 2>/dev/null
$py - <<'PY' || failures=$((failures + 1))
import json, sys
want = json.load(open("doc5.json"))["expressions"]
got = next(json.loads(l) for l in open("clean.jsonl") if '"doc-5"' in l)["expressions"]
print("ok   same expressions as chronicle extract" if got == want else f"FAIL extract {want} batch {got}")
sys.exit(0 if got == want else 1)
PY

# --events: each record's events, as the events format writes them.
head -5 good.jsonl | "$cli" batch --events --no-expressions >events.jsonl 2>/dev/null
$py - <<'PY' || failures=$((failures + 1))
import json, sys
recs = [json.loads(l) for l in open("events.jsonl")]
okay = len(recs) == 5 and all("events" in r and "expressions" not in r for r in recs) and \
       any(e["when"] == "2005-06-06" for e in recs[4]["events"])
print("ok   --events --no-expressions" if okay else f"FAIL --events: {recs}")
sys.exit(0 if okay else 1)
PY

# Several inputs are read in turn; line numbers count within each file.
printf 'oops\n' >one.jsonl
"$cli" batch one.jsonl one.jsonl - <good.jsonl >several.jsonl 2>/dev/null
[[ $(wc -l <several.jsonl) -eq 1002 && $(grep -c '"line":1,' several.jsonl) -eq 2 ]] && ok "several inputs" ||
  fail "several inputs: $(head -3 several.jsonl)"

# A last line without a newline and CRLF line ends are records like the others.
printf '{"id":1,"text":"On May 2, 2020.","date":"2020-05-03"}\r\n{"id":2,"text":"On May 2, 2020.","date":"2020-05-03"}' |
  "$cli" batch >ends.jsonl 2>/dev/null
[[ $(wc -l <ends.jsonl) -eq 2 && $(grep -c '"2020-05-02"' ends.jsonl) -eq 2 ]] && ok "CRLF and a last line without newline" ||
  fail "line ends: $(cat ends.jsonl)"

# A missing input stops the run before anything is written.
"$cli" batch good.jsonl missing.jsonl -o never.jsonl 2>missing.err
status=$?
[[ $status -eq 1 && ! -e never.jsonl && $(wc -l <missing.err) -eq 1 ]] && grep -q "missing.jsonl" missing.err &&
  ok "missing input: $(cat missing.err)" || fail "missing input: status $status, $(cat missing.err)"
compgen -G "never.jsonl*" >/dev/null && fail "a temporary output was left behind"

# No progress bar when stderr is not a terminal (here it is a file).
grep -q $'\r' clean.err && fail "progress bar drawn into a file" || ok "no progress bar off a terminal"

if [[ $failures -gt 0 ]]; then echo "$failures failure(s)"; exit 1; fi
echo "all batch checks passed"
