#!/usr/bin/env bash
# ctest helper: runs a fuzz target once over every saved input of the given directories
# (regression inputs and seeds), skipping *.pending files (known bugs not fixed yet).
# Usage: replay.sh FUZZ_TARGET DIR...
set -euo pipefail
target=$1
shift
inputs=()
for dir in "$@"; do
  [[ -d "$dir" ]] || continue
  while IFS= read -r -d '' file; do inputs+=("$file"); done \
    < <(find "$dir" -maxdepth 1 -type f ! -name '*.pending' -print0 | sort -z)
done
if [[ ${#inputs[@]} -eq 0 ]]; then
  echo "no inputs in $*"
  exit 0
fi
# -runs=1 per input; a crash, leak, sanitizer report or broken check fails the test.
exec "$target" -timeout=25 -rss_limit_mb=2048 "${inputs[@]}"
