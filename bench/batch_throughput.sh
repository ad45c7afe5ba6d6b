#!/usr/bin/env bash
# Throughput of `chronicle batch` at 1 and 2 jobs: the 256 TempEval-3 texts (TimeBank +
# AQUAINT; the text inside <TEXT>, the article date from the <DCT>) as JSON Lines, repeated
# until the file holds at least $MB megabytes, tagged with --events off. Prints documents/s,
# MB/s and peak RSS (GNU time) for each run, and the 2-job speed-up. Memory must stay flat:
# the peak RSS of a run on a quarter of the input is printed beside it for comparison.
#
#   bench/batch_throughput.sh                       # build/bin/chronicle, ../shared/corpora/tbaq, 200 MB
#   CHRONICLE=/path/chronicle CHRONICLE_CORPUS=/path/tbaq MB=400 bench/batch_throughput.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli=${CHRONICLE:-$root/build/bin/chronicle}
corpus=${CHRONICLE_CORPUS:-$root/../shared/corpora/tbaq}
mb=${MB:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$corpus" "$work" "$mb" <<'PY'
import html, json, pathlib, re, sys
corpus, work, mb = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
records = []
for path in sorted(corpus.rglob("*.tml")):
    xml = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', xml, re.S).group(1)
    text = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    records.append((path.stem, text, dct))
lines = [json.dumps({"id": name, "text": text, "date": dct}, ensure_ascii=False) + "\n"
         for name, text, dct in records]
one = "".join(lines).encode("utf-8")
repeat = -(-mb * 1000 * 1000 // len(one))
with open(work / "archive.jsonl", "wb") as f:
    for _ in range(repeat): f.write(one)
with open(work / "quarter.jsonl", "wb") as f:
    for _ in range(max(1, repeat // 4)): f.write(one)
print(f"{len(records)} texts, {len(one) / 1e6:.2f} MB of JSON Lines, repeated {repeat} times")
PY

size=$(stat -c %s "$work/archive.jsonl")
docs=$(wc -l <"$work/archive.jsonl")
echo "input: $docs documents, $((size / 1000000)) MB"
run() {  # run LABEL FILE JOBS -> prints one line, leaves the seconds in $seconds
  local label=$1 file=$2 jobs=$3
  /usr/bin/time -v "$cli" batch "$file" --jobs "$jobs" -o "$work/out.jsonl" 2>"$work/time.txt"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time.txt")
  local rss n bytes
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  n=$(wc -l <"$file"); bytes=$(stat -c %s "$file")
  awk -v l="$label" -v j="$jobs" -v s="$seconds" -v n="$n" -v b="$bytes" -v r="$rss" 'BEGIN {
    printf("%-8s --jobs %d: %7.2f s  %8.0f documents/s  %6.1f MB/s  peak RSS %d MB\n", l, j, s, n / s, b / s / 1e6, r / 1024) }'
}
run quarter "$work/quarter.jsonl" 1
run full "$work/archive.jsonl" 1
one=$seconds
run quarter "$work/quarter.jsonl" 2
run full "$work/archive.jsonl" 2
two=$seconds
awk -v a="$one" -v b="$two" 'BEGIN { printf("speed-up of 2 jobs over 1: %.2fx\n", a / b) }'
