#!/usr/bin/env bash
# Scores the tagger on the TempEval-3 training corpus (TimeBank + AQUAINT), in all and for
# each part, with the TempEval-3 scorer. Needs ../shared beside the project (it is not part
# of the project and the tests never read it).
#   scripts/score.sh [--errors [N]]     (extra arguments go to te3score.py)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${CHRONICLE_SHARED:-$root/../shared}
corpus=$shared/corpora/tbaq
bin=${CHRONICLE:-$root/build/bin/chronicle}
[[ -x $bin ]] || { echo "score: build first ($bin is missing)"; exit 1; }
[[ -d $corpus ]] || { echo "score: no corpus at $corpus"; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for part in TimeBank AQUAINT; do
  start=$(date +%s%N)
  "$bin" timeml "$corpus/$part"/*.tml --out-dir "$out/$part"
  end=$(date +%s%N)
  echo "== $part ($(ls "$corpus/$part" | wc -l) documents, chronicle timeml: $(( (end - start) / 1000000 )) ms)"
  python3 "$shared/tools/te3score.py" "$corpus/$part" "$out/$part" --quiet "$@"
done
echo "== all 256 documents"
mkdir -p "$out/all"
cp "$out"/TimeBank/*.tml "$out"/AQUAINT/*.tml "$out/all/"
python3 "$shared/tools/te3score.py" "$corpus" "$out/all" --quiet "$@"
