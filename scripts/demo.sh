#!/usr/bin/env bash
# Sets up, builds, and draws the bundled example article as timeline.svg and timeline.png
# in the current directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
article="$root/examples/articles/harbor-summit-2024-06-11.txt"
"$root/build/bin/chronicle" draw "$article" -o timeline.svg
"$root/build/bin/chronicle" draw "$article" -o timeline.png
echo "Drew $(basename "$article") into $PWD/timeline.svg and $PWD/timeline.png"
