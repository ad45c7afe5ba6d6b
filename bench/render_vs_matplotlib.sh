#!/usr/bin/env bash
# Render-vs-matplotlib ratios, run by bench/run.sh: BUILD_DIR RESULTS_DIR RUNS.
# Needs the renderer engineer's bench/bench_render.cpp (built as bench_render) and
# bench/matplotlib_timeline.py, and python3 with matplotlib; skips with a note otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$1
results=$2
runs=$3

echo
echo "== Chronicle renderer vs matplotlib"
if [[ ! -f "$root/bench/matplotlib_timeline.py" || ! -x "$build/bin/bench_render" ]]; then
  echo "skipped: needs bench/bench_render.cpp and bench/matplotlib_timeline.py"
  exit 0
fi
if ! python3 -c 'import matplotlib' 2>/dev/null; then
  echo "skipped: python3 has no matplotlib (scripts/install-deps.sh --extras)"
  exit 0
fi
echo "skipped: the comparison is not wired yet"
