#!/usr/bin/env bash
# Render-vs-matplotlib ratios, run by bench/run.sh: BUILD_DIR RESULTS_DIR RUNS.
# Chronicle's side is the median wall time of bench_render (RenderSvg/N, RenderPng/N, read
# from RESULTS_DIR/bench_render.json, which run.sh writes); matplotlib's side is
# bench/matplotlib_timeline.py drawing the same generated events, timed once per size.
# Both are wall-clock times of drawing to an in-memory file. Sizes: MATPLOTLIB_SIZES
# (default "1000 10000": 100000 events take matplotlib minutes per format).
# Skips with a note when a piece is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$1
results=$2
runs=$3
sizes=${MATPLOTLIB_SIZES:-1000 10000}

echo
echo "== Chronicle renderer vs matplotlib"
if [[ ! -f "$root/bench/matplotlib_timeline.py" || ! -x "$build/bin/bench_render" ]]; then
  echo "skipped: needs bench/bench_render.cpp and bench/matplotlib_timeline.py"
  exit 0
fi
# The first python that has matplotlib: a pyenv or venv python3 may not see Debian's
# python3-matplotlib, which /usr/bin/python3 does.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import matplotlib' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [[ -z "$python" ]]; then
  echo "skipped: no python3 with matplotlib (scripts/install-deps.sh --extras)"
  exit 0
fi
if [[ ! -f "$results/bench_render.json" ]]; then
  "$build/bin/bench_render" --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true \
    --benchmark_out="$results/bench_render.json" --benchmark_out_format=json >/dev/null
fi

# shellcheck disable=SC2086
"$python" "$root/bench/matplotlib_timeline.py" $sizes | tee "$results/matplotlib.txt"
"$python" - "$results/bench_render.json" "$results/matplotlib.txt" <<'EOF'
import json, re, sys

chronicle = {}  # (format, n) -> median wall ms
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    m = re.fullmatch(r"Render(Svg|Png)/(\d+)(?:_median)?", b["name"])
    if not m or (b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median"):
        continue
    scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b["time_unit"]]
    chronicle[(m.group(1).lower(), int(m.group(2)))] = b["real_time"] * scale

print(f"{'format':<6} {'events':>7} {'chronicle ms':>13} {'matplotlib ms':>14} {'ratio':>7}")
for line in open(sys.argv[2]):
    m = re.match(r"matplotlib (\w+) (\d+) events: (\d+) ms", line)
    if not m:
        continue
    key = (m.group(1), int(m.group(2)))
    if key not in chronicle:
        continue
    ours, theirs = chronicle[key], float(m.group(3))
    print(f"{key[0]:<6} {key[1]:>7} {ours:>13.1f} {theirs:>14.0f} {theirs / ours:>6.1f}x")
print("ratio = matplotlib time / chronicle time (higher: chronicle faster)")
EOF
