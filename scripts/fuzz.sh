#!/usr/bin/env bash
# Configures and builds the libFuzzer targets with clang (ASan + UBSan) and runs them one
# after the other for SECONDS in total (default 600): fuzz_extract (the tagger) gets twice
# the share of the events builder (fuzz_events) and of each reader (events JSON, TimeML,
# TIMEX3 values). A hang (-timeout=5), a leak, an
# out-of-memory (-rss_limit_mb) or a crash is a failure; one input per distinct failure is
# copied to tests/data/fuzz/<kind>/ with a .pending suffix (the regression test skips those until
# the bug is fixed and the file renamed), and the script exits 1.
#
#   scripts/fuzz.sh [SECONDS]
#   BUILD_DIR=/tmp/fuzz FUZZ_TARGETS="fuzz_timeml" scripts/fuzz.sh 60
#   FUZZ_SKIP_BUILD=1 scripts/fuzz.sh 60     # fuzz the binaries already built
#
# The growing corpus lives in $BUILD_DIR/fuzz-corpus/<target>/ (reused by the next run);
# fuzz/seeds/<target>/ are the hand-written seeds, fuzz/dict/<target>.dict the dictionaries.
# Logs: $BUILD_DIR/fuzz-logs/<target>.log.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
total_seconds=${1:-600}
build=${BUILD_DIR:-$root/build-fuzz}
targets=(${FUZZ_TARGETS:-fuzz_extract fuzz_events fuzz_events_json fuzz_events_csv fuzz_events_ics fuzz_timeml fuzz_when})
rss_limit_mb=${FUZZ_RSS_LIMIT_MB:-2048}

if ! [[ "$total_seconds" =~ ^[0-9]+$ ]] || (( total_seconds < ${#targets[@]} )); then
  echo "usage: scripts/fuzz.sh [SECONDS]  (whole seconds, at least one per target)" >&2
  exit 2
fi

# Warnings are not errors here: clang warns about things gcc does not, and that must not
# stop the fuzzing of someone else's code (the gcc builds keep -Werror). The normal tests,
# the CLI and the install rules are left out of this tree: the fuzz directory brings its
# own sanitized tests (ctest in build-fuzz), and an installed sanitized library cannot be
# linked by the package consumer test.
if [[ -z "${FUZZ_SKIP_BUILD:-}" ]]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHRONICLE_BUILD_FUZZ=ON -DCHRONICLE_WERROR=OFF -DCHRONICLE_BUILD_TESTS=OFF \
    -DCHRONICLE_BUILD_CLI=OFF -DCHRONICLE_INSTALL=OFF >/dev/null
  cmake --build "$build" -j2 --target "${targets[@]}"
fi

# The tagger is where most code and most risk are: fuzz_extract weighs 2, the readers 1.
weight_of() { if [[ "$1" == fuzz_extract ]]; then echo 2; else echo 1; fi; }
total_weight=0
for target in "${targets[@]}"; do total_weight=$(( total_weight + $(weight_of "$target") )); done
seconds_for() { echo $(( total_seconds * $(weight_of "$1") / total_weight )); }

# The first line that says what went wrong when `target` runs `input`, with quoted text and
# addresses removed, so that inputs hitting the same bug share it.
failure_signature() {
  local target=$1 input=$2
  case $(basename "$input") in
    timeout-*) echo "timeout"; return ;;
    oom-*) echo "out of memory"; return ;;
  esac
  local signature
  # -a: the report may quote the input's bytes, which must not turn grep into "binary file matches".
  signature=$("$build/fuzz/$target" -timeout=5 -rss_limit_mb="$rss_limit_mb" "$input" 2>&1 |
    grep -a -m1 -E "what\(\)|^fuzz_[a-z_]+: |ERROR: (Address|Leak)Sanitizer|runtime error|ERROR: libFuzzer" |
    sed -E "s/'[^']*'//g; s/\"[^\"]*\"//g; s/0x[0-9a-f]+//g; s/==[0-9]+==//g; s/[0-9]+/N/g" || true)
  echo "${signature:-unclassified failure (no longer reproduces alone?)}"
}

# One input per distinct failure (the smallest) goes to tests/data/fuzz/<kind>/ as .pending,
# with its stack trace printed for the report.
save_distinct_findings() {
  local target=$1 kind=$2
  shift 2
  declare -A smallest=()
  local input signature
  for input in "$@"; do
    signature=$(failure_signature "$target" "$input")
    if [[ -z "${smallest[$signature]:-}" ]] ||
       (( $(stat -c %s "$input") < $(stat -c %s "${smallest[$signature]}") )); then
      smallest[$signature]=$input
    fi
  done
  mkdir -p "$root/tests/data/fuzz/$kind"
  # A bug already saved as .pending (not fixed yet) is named, not saved again.
  declare -A known=()
  local pending
  for pending in "$root/tests/data/fuzz/$kind"/*.pending; do
    [[ -f "$pending" ]] && known[$(failure_signature "$target" "$pending")]=$pending
  done
  for signature in "${!smallest[@]}"; do
    input=${smallest[$signature]}
    if [[ -n "${known[$signature]:-}" ]]; then
      echo "!! $signature"
      echo "!! known, already saved as ${known[$signature]#"$root"/}"
      continue
    fi
    local saved=$root/tests/data/fuzz/$kind/$(basename "$input").pending
    cp "$input" "$saved"
    echo "!! $signature"
    echo "!! saved ${saved#"$root"/} ($(stat -c %s "$input") bytes); reproduce: $build/fuzz/$target $saved"
    "$build/fuzz/$target" -timeout=5 "$input" 2>&1 | grep -E "^    #[0-9]+ " | grep -v -E "libFuzzer|fuzzer::|libc.so|libstdc|sanitizer_|nptl|stdlib/abort|signal/" |
      cut -c1-240 | head -12 || true
  done
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/fuzz-logs"
failed=0
for target in "${targets[@]}"; do
  kind=${target#fuzz_}
  corpus=$build/fuzz-corpus/$target
  artifacts=$build/fuzz-artifacts/$target
  log=$build/fuzz-logs/$target.log
  rm -rf "$artifacts"  # findings of this run only
  mkdir -p "$corpus" "$artifacts"
  seconds=$(seconds_for "$target")
  dict=()
  [[ -f "$root/fuzz/dict/$kind.dict" ]] && dict=(-dict="$root/fuzz/dict/$kind.dict")
  echo "== $target for ${seconds}s (log: $log)"
  # Fork mode with the ignore_* switches keeps fuzzing after a finding, so one shallow bug
  # does not hide the others for the rest of the run; every finding is still saved.
  set +e
  "$build/fuzz/$target" "$corpus" "$root/fuzz/seeds/$kind" "${dict[@]}" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=5 -rss_limit_mb="$rss_limit_mb" -detect_leaks=1 \
    -max_len=4096 -artifact_prefix="$artifacts/" >"$log" 2>&1
  status=$?
  set -e
  # The last status line has the totals: "#123456: cov: 812 ft: 2301 corp: 420 ... oom/timeout/crash: 0/0/0".
  grep -E '^#[0-9]+' "$log" | tail -1 || true
  shopt -s nullglob
  found=("$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/leak-* "$artifacts"/oom-*)
  shopt -u nullglob
  if (( status != 0 || ${#found[@]} > 0 )); then
    failed=1
    echo "!! $target: exit status $status, ${#found[@]} failing inputs"
    save_distinct_findings "$target" "$kind" "${found[@]}"
  fi
done
exit $failed
