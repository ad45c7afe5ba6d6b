#!/usr/bin/env bash
# The same input gives byte-identical SVG and PNG (and PDF) on repeated runs.
# Arguments: CLI SOURCE_DIR BINARY_DIR
set -euo pipefail
cli=$1 src=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
article="$src/examples/articles/harbor-summit-2024-06-11.txt"
for run in 1 2; do
  "$cli" draw "$article" --date 2024-06-11 -o "$dir/a$run.svg" 2>/dev/null
  "$cli" draw "$article" --date 2024-06-11 -o "$dir/a$run.png" 2>/dev/null
  "$cli" draw "$article" --date 2024-06-11 -o "$dir/a$run.pdf" 2>/dev/null
  "$cli" draw "$article" --date 2024-06-11 --style itinerary -o "$dir/i$run.png" 2>/dev/null
  "$cli" extract --events "$article" --date 2024-06-11 -o "$dir/e$run.json"
done
for f in a.svg a.png a.pdf i.png e.json; do
  base=${f%.*} ext=${f##*.}
  cmp "$dir/${base}1.$ext" "$dir/${base}2.$ext"
done
head -c 8 "$dir/a1.png" | od -An -tx1 | grep -q "89 50 4e 47"
head -c 5 "$dir/a1.pdf" | grep -q "%PDF-"
grep -q "<svg" "$dir/a1.svg"
echo "repeated runs are byte-identical"
