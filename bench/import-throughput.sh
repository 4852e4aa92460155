#!/usr/bin/env bash
# Importer throughput: the bundled report concatenated 1, 10 and 100 times, imported by the Release importer.
# Prints MB/s (of report text; MB = 2^20 bytes) per size from the importer's own timing (parse + extract + write, no
# process start), best of 5 runs (this VM's speed drifts by up to 40 % over minutes: the best run is the one least
# disturbed); linear cost shows as a flat MB/s. Appends a dated table to bench/RESULTS.md with --record.
# Three builds of the same code: the plain Release build (code compiled just in time, as `dotnet run` and the Docker
# image run it), a ReadyToRun publish (most code compiled ahead of time; generic code over our own types is still
# compiled at run time) and a native AOT publish (all of it compiled ahead of time, no JIT at all; needs gcc or
# clang): a one-shot process spends a good part of its time compiling. tests/aot-importer.sh checks in CI that the
# native build writes the same database bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet publish src/LuchengReport.Core -c Release -o "$work/jit" --nologo -v quiet >/dev/null
dotnet publish src/LuchengReport.Core -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" --nologo -v quiet >/dev/null
dotnet publish src/LuchengReport.Core -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" --nologo -v quiet >/dev/null
run() { if [ "$1" = aot ]; then "$work/aot/LuchengReport.Core" "${@:2}"; else dotnet "$work/$1/LuchengReport.Core.dll" "${@:2}"; fi; }

rows=""
for build in jit r2r aot; do
for n in 1 10 100; do
  mkdir -p "$work/seeds-$n"
  for _ in $(seq "$n"); do cat seeds/lucheng-2021.txt; echo; done > "$work/seeds-$n/lucheng-x$n.txt"
  bytes=$(stat -c %s "$work/seeds-$n/lucheng-x$n.txt")
  best=""
  for _ in 1 2 3 4 5; do
    line=$(run "$build" import "$work/seeds-$n" "$work/x$n.db")
    ms=$(grep -oE 'in [0-9]+ ms' <<<"$line" | grep -oE '[0-9]+')
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  indicators=$(grep -oE '[0-9]+ indicators' <<<"$line")
  mbps=$(awk -v b="$bytes" -v ms="$best" 'BEGIN { printf "%.2f", (b / 1048576) / (ms / 1000) }')
  row="| $build | ${n}x | $(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1048576 }') MB | ${best} ms | ${mbps} MB/s | ${indicators} |"
  echo "$row"
  rows+="$row"$'\n'
done
done

if [ "${1:-}" = "--record" ]; then  # (bench/run.sh calls this without --record)
  {
    echo
    echo "### Importer throughput — $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo
    echo "Command: \`bench/import-throughput.sh --record\` (Release importer, best of 5, time as the importer reports it)."
    echo
    echo "| build | text | size | import time | throughput | facts |"
    echo "|---|---|---|---|---|---|"
    printf "%s" "$rows"
  } >> bench/RESULTS.md
fi
