#!/usr/bin/env bash
# The corpus check (issue 14): imports every report in DIR, serves them, and prints per report what was read:
# metadata fields filled, parts / items / subsections / appendix sections, indicators, main targets, 民生实事,
# warnings. With LABELS (a folder of metadata/parts/targets .jsonl), it then runs the scorer over the same API
# (SCORER, by default LABELS/../score.py) and prints its figures.
#
#   bench/corpus.sh DIR [LABELS]        e.g. bench/corpus.sh ../shared/corpus/provincial ../shared/corpus/labels
#
# DIR may hold sub-folders: every *.txt under it (and the sidecars beside each) is imported. Not part of the test run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=${1:?usage: bench/corpus.sh DIR [LABELS]}
labels=${2:-}
scorer=${SCORER:-${labels:+$labels/../score.py}}
work=$(mktemp -d)
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# One flat seeds folder: the reports (and their sidecars) of DIR and its sub-folders.
mkdir -p "$work/seeds" "$work/curated"
find "$dir" -type f \( -name '*.txt' -o -name '*.source.json' -o -name '*.livelihood.csv' \) -exec cp {} "$work/seeds/" \;
echo "$(find "$work/seeds" -name '*.txt' | wc -l) report files from $dir" >&2

source bench/api.sh
build_api
started=$(date +%s%N)
START_TRIES=480 start_api "" RateLimit__Enabled=false \
  Data__SeedsPath="$work/seeds" Data__CuratedPath="$work/curated" Data__DatabasePath="$work/corpus.db"
echo "imported and serving in $(( ($(date +%s%N) - started) / 1000000 )) ms" >&2

python3 bench/corpus_summary.py "$base"
if [ -n "$labels" ]; then
  if [ -f "$scorer" ]; then
    echo; echo "## Scores against $labels"; echo
    python3 "$scorer" --api "$base" --labels "$labels" ${VERBOSE:+--verbose}
  else
    echo "no scorer at $scorer (set SCORER=path/to/score.py)" >&2
  fi
fi
