#!/usr/bin/env bash
# Builds the Release benchmark tree, runs every benchmark (median of 5 repetitions), times
# `chronicle timeml` over the whole TempEval-3 corpus as one process, and, when the
# renderer's benchmark and matplotlib script are there, compares the two renderers.
#
#   bench/run.sh                 # build-bench/ beside the sources, corpus ../shared/corpora/tbaq
#   CHRONICLE_CORPUS=/path/to/tbaq BUILD_DIR=/tmp/b bench/run.sh
#   bench/run.sh --no-build      # reuse the existing build
#
# Results (Google Benchmark JSON, hyperfine JSON) are kept in $BUILD_DIR/bench-results/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
export CHRONICLE_CORPUS=${CHRONICLE_CORPUS:-$root/../shared/corpora/tbaq}
results=$build/bench-results
runs=5

if [[ "${1:-}" != "--no-build" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCHRONICLE_BUILD_BENCH=ON >/dev/null
  cmake --build "$build" -j2
fi
mkdir -p "$results"

# ---- 1. Google Benchmark executables -----------------------------------------------------
shopt -s nullglob
benches=("$build"/bin/bench_*)
if [[ ${#benches[@]} -eq 0 ]]; then
  echo "run.sh: no benchmark executables in $build/bin" >&2
  exit 1
fi
for exe in "${benches[@]}"; do
  name=$(basename "$exe")
  echo "== $name"
  "$exe" --benchmark_repetitions=$runs --benchmark_report_aggregates_only=true \
         --benchmark_out="$results/$name.json" --benchmark_out_format=json
done

echo
echo "== Medians of $runs repetitions (single-run benchmarks as measured)"
python3 - "$results"/bench_*.json <<'EOF'
import json, sys

def human_rate(bytes_per_second):
    return f"{bytes_per_second / 1e6:10.1f} MB/s"

for path in sys.argv[1:]:
    with open(path) as f:
        report = json.load(f)
    for b in report["benchmarks"]:
        # Keep medians, and the benchmarks that ran once (no aggregate exists for them).
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        if b.get("run_type") == "iteration" and b.get("repetitions", 1) > 1:
            continue
        line = f"{b['name']:<48} {b['real_time']:12.3f} {b['time_unit']} real {b['cpu_time']:12.3f} {b['time_unit']} cpu"
        if "bytes_per_second" in b:
            # Google Benchmark rates use CPU time; on a busy machine wall time is slower.
            seconds = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
            bytes_per_iteration = b["bytes_per_second"] * b["cpu_time"] * seconds
            line += "  " + human_rate(b["bytes_per_second"]) + " cpu"
            if b["real_time"] > 0:
                line += "  " + human_rate(bytes_per_iteration / (b["real_time"] * seconds)) + " real"
        for key in ("MB_text", "peak_heap_KiB", "retained_KiB", "timexes_per_pass", "docs_per_s", "ratio"):
            if key in b:
                line += f"  {key}={b[key]:.6g}"
        print(line)
EOF

# ---- 2. The whole `chronicle timeml` process over the corpus -----------------------------
cli=$build/bin/chronicle
mapfile -t documents < <(find "$CHRONICLE_CORPUS" -name '*.tml' | sort)
if [[ -x "$cli" && ${#documents[@]} -gt 0 ]]; then
  out_dir=$(mktemp -d)
  trap 'rm -rf "$out_dir"' EXIT
  echo
  echo "== chronicle timeml over ${#documents[@]} documents (whole process, $runs runs)"
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs $runs --export-json "$results/timeml_process.json" \
      "$cli timeml --out-dir $out_dir ${documents[*]}" >/dev/null
    python3 - "$results/timeml_process.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"median {r['median']:.3f} s  (mean {r['mean']:.3f} s, min {r['min']:.3f} s, max {r['max']:.3f} s)")
EOF
  else
    # No hyperfine: time each run with the clock and print the median.
    times=()
    for ((i = 0; i < runs; ++i)); do
      start=$(date +%s%N)
      "$cli" timeml --out-dir "$out_dir" "${documents[@]}"
      times+=($(( $(date +%s%N) - start )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    echo "median $(awk -v ns="$median" 'BEGIN { printf "%.3f", ns / 1e9 }') s"
  fi
else
  echo "run.sh: skipping the timeml process timing (no $cli or no *.tml under $CHRONICLE_CORPUS)"
fi

# ---- 3. Chronicle's renderer against matplotlib ------------------------------------------
"$root/bench/render_vs_matplotlib.sh" "$build" "$results" "$runs"
