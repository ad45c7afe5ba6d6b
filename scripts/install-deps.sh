#!/usr/bin/env bash
# Installs the Debian packages Chronicle builds and tests with, and only those that are missing.
# As root it runs apt-get; otherwise it prints the apt-get line to run.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libfmt-dev libhowardhinnant-date-dev
  libcairo2-dev libpango1.0-dev libharfbuzz-dev libfontconfig-dev
  nlohmann-json3-dev libcli11-dev doctest-dev
  libical-dev python3-icalendar
  libpugixml-dev
  fonts-dejavu-core
  python3
  # The Python package and its tests (python/, tests/python).
  pybind11-dev python3-dev python3-pytest python3-pandas
  # The Dask example and its LocalCluster test (examples/dask, tests/python/test_dask.py).
  python3-dask python3-distributed
  # The web output's browser test (headless), and fonts for CJK and emoji labels.
  chromium fonts-noto-cjk fonts-noto-color-emoji
  # ccache: cheap rebuilds of unchanged sources across build folders.
  ccache
)
# Optional extras used by benchmarks and the fuzzer; installed with --extras.
extras=(libbenchmark-dev clang libclang-rt-14-dev python3-matplotlib hyperfine)

if [[ "${1:-}" == "--extras" ]]; then packages+=("${extras[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all build dependencies are installed"
  exit 0
fi

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages; run as root:"
  echo "  apt-get update && $cmd"
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
$cmd
