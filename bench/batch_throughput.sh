#!/usr/bin/env bash
# Throughput of `chronicle batch` at 1 and 2 jobs: the 256 TempEval-3 texts (TimeBank +
# AQUAINT; the text inside <TEXT>, the article date from the <DCT>) as JSON Lines, repeated
# until the file holds at least $MB megabytes, tagged with --events off. Prints documents/s,
# MB/s and peak RSS (GNU time) for each run, and the 2-job speed-up. Memory must stay flat:
# the peak RSS of a run on a quarter of the input is printed beside it for comparison.
#
#   bench/batch_throughput.sh                       # build/bin/chronicle, ../shared/corpora/tbaq, 200 MB
#   CHRONICLE=/path/chronicle CHRONICLE_CORPUS=/path/tbaq MB=400 RUNS=7 bench/batch_throughput.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli=${CHRONICLE:-$root/build/bin/chronicle}
corpus=${CHRONICLE_CORPUS:-$root/../shared/corpora/tbaq}
mb=${MB:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/scripts/tbaq_jsonl.py" "$corpus" "$work/one.jsonl"
python3 - "$work" "$mb" <<'PY'
import pathlib, sys
work, mb = pathlib.Path(sys.argv[1]), int(sys.argv[2])
one = (work / "one.jsonl").read_bytes()
repeat = -(-mb * 1000 * 1000 // len(one))
with open(work / "archive.jsonl", "wb") as f:
    for _ in range(repeat): f.write(one)
with open(work / "quarter.jsonl", "wb") as f:
    for _ in range(max(1, repeat // 4)): f.write(one)
texts = one.count(b"\n")
print(f"{texts} texts, {len(one) / 1e6:.2f} MB of JSON Lines, repeated {repeat} times")
PY

size=$(stat -c %s "$work/archive.jsonl")
docs=$(wc -l <"$work/archive.jsonl")
echo "input: $docs documents, $((size / 1000000)) MB"
# Each run writes its output twice over: to a file with -o (what a user does; the disk's
# write-back is part of the time) and to /dev/null (the tagging and JSON path alone).
run() {  # run LABEL FILE JOBS [null] -> prints one line, leaves the seconds in $seconds
  local label=$1 file=$2 jobs=$3 sink=${4:-file}
  if [[ $sink == null ]]; then
    /usr/bin/time -v "$cli" batch "$file" --jobs "$jobs" >/dev/null 2>"$work/time.txt"
  else
    /usr/bin/time -v "$cli" batch "$file" --jobs "$jobs" -o "$work/out.jsonl" 2>"$work/time.txt"
  fi
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time.txt")
  local rss n bytes
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  n=$(wc -l <"$file"); bytes=$(stat -c %s "$file")
  awk -v l="$label" -v o="$sink" -v j="$jobs" -v s="$seconds" -v n="$n" -v b="$bytes" -v r="$rss" 'BEGIN {
    printf("%-8s %-4s --jobs %d: %7.2f s  %8.0f documents/s  %6.1f MB/s  peak RSS %d MB\n", l, o, j, s, n / s, b / s / 1e6, r / 1024) }'
}
# The full input is run RUNS times at each job count, 1 and 2 jobs taking turns so that a
# slow spell of the shared machine hits both; the speed-up is the ratio of the medians.
runs=${RUNS:-5}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for sink in file null; do
  run quarter "$work/quarter.jsonl" 1 $sink
  run quarter "$work/quarter.jsonl" 2 $sink
  ones=() twos=()
  for ((i = 0; i < runs; i++)); do
    run full "$work/archive.jsonl" 1 $sink
    ones+=("$seconds")
    run full "$work/archive.jsonl" 2 $sink
    twos+=("$seconds")
  done
  one=$(median "${ones[@]}") two=$(median "${twos[@]}")
  awk -v a="$one" -v b="$two" -v o="$sink" -v n="$runs" 'BEGIN {
    printf("speed-up of 2 jobs over 1 (output to %s), medians of %d runs: %.2f s / %.2f s = %.2fx\n", o == "null" ? "/dev/null" : "a file", n, a, b, a / b) }'
done
