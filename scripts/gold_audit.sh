#!/usr/bin/env bash
# Runs the extractor over the TempEval-3 training corpus, scores it, and audits the value
# errors against the gold annotation itself (scripts/gold_audit.py says how). Needs ../shared.
#   scripts/gold_audit.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${CHRONICLE_SHARED:-$root/../shared}
corpus=$shared/corpora/tbaq
bin=${CHRONICLE:-$root/build/bin/chronicle}
[[ -x $bin ]] || { echo "gold_audit: build first ($bin is missing)"; exit 1; }
[[ -d $corpus ]] || { echo "gold_audit: no corpus at $corpus"; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" timeml "$corpus"/TimeBank/*.tml "$corpus"/AQUAINT/*.tml --out-dir "$out/sys" >/dev/null
python3 "$shared/tools/te3score.py" "$corpus" "$out/sys" --quiet --json "$out/score.json" >/dev/null
python3 "$root/scripts/gold_audit.py" "$corpus" "$out/score.json"
