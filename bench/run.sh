#!/usr/bin/env bash
# The performance benchmark (issue 7), on this machine, in one run:
#   - the API (Release) on loopback over the bundled report, rate limit off, logging as configured;
#   - nginx (Debian nginx-light, bench/nginx.conf) serving the very same response bytes as static files;
#   - Datasette on the same SQLite file, when `datasette` is installed (skipped with a note otherwise);
#   - wrk -t2 -c32, servers alternating per scenario, hot scenarios plus a cold mix of always-new URLs;
#   - the API's peak RSS, start-to-first-200 with an existing database, and the importer's throughput.
# Prints a Markdown section; with --record, appends it to bench/RESULTS.md. DURATION (s per wrk run) defaults to 5,
# ROUNDS (API-then-nginx rounds per hot scenario) to 3, COLD_DURATION (the cold mix's one run) to 10.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-5}
rounds=${ROUNDS:-3}
cold_duration=${COLD_DURATION:-10}
work=$(mktemp -d)
api_port=18281; nginx_port=18282; ds_port=18283
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

source bench/versus-nginx.sh
need_wrk_and_nginx
refuse_busy_ports $api_port $nginx_port $ds_port
build_api_and_database

# Start the API on the existing database and time the first 200.
started=$(date +%s%N)
serve_api $api_port
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))

names=("indicator list (limit=50)" "one indicator" "contents tree" "section with paragraphs" "search q=七都岛" "search q=教育" "indicators CSV")
urls=("/api/v1/indicators?limit=50" "/api/v1/indicators/lucheng-2021-p3-n1" "/api/v1/reports/lucheng-2021/contents"
      "/api/v1/sections/lucheng-2021-s3-2" "/api/v1/search?q=%E4%B8%83%E9%83%BD%E5%B2%9B" "/api/v1/search?q=%E6%95%99%E8%82%B2" "/api/v1/indicators?format=csv")

# nginx gets the API's own bytes for each scenario.
serve_nginx $nginx_port
for i in "${!urls[@]}"; do curl -fs -o "$work/static/s$i.json" "http://127.0.0.1:$api_port${urls[$i]}"; done

datasette_note="not installed (\`pip install datasette\`; PyPI is not reachable from this machine), skipped"
if command -v datasette >/dev/null; then
  datasette serve "$work/lucheng.db" -p "$ds_port" -h 127.0.0.1 --setting suggest_facets off >"$work/datasette.log" 2>&1 &
  pids+=("$!"); until curl -fs -o /dev/null "http://127.0.0.1:$ds_port/"; do sleep 0.1; done
  datasette_note="Datasette $(datasette --version | awk '{print $NF}') on the same file"
fi

# wrk URL [lua]: prints "requests/s p50_ms p99_ms non2xx"
bench() {
  local out; out=$(wrk -t2 -c32 -d"${duration}s" --latency ${2:+-s "$2"} "$1")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
  to_ms() { awk '{ v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v); if (u == "us") v /= 1000; else if (u == "s") v *= 1000; printf "%.2f", v }'; }
  p50=$(grep -E '^ +50%' <<<"$out" | to_ms); p99=$(grep -E '^ +99%' <<<"$out" | to_ms)
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out"); errors=${errors:-0}
  echo "$rps $p50 $p99 $errors"
}

# The machine's speed drifts from one run to the next (a shared VM: ±30 % between 10 s runs of the same server), so
# each scenario runs in ROUNDS rounds of API-then-nginx; each round's ratio compares two runs seconds apart, and the
# table shows medians: requests/s and latencies of each server, and the median of the per-round ratios.
rows=""
for i in "${!urls[@]}"; do
  wrk -t1 -c4 -d1s "http://127.0.0.1:$api_port${urls[$i]}" >/dev/null  # warm-up
  a_rpss=""; a_p50s=""; a_p99s=""; n_rpss=""; n_p99s=""; ratios=""; a_err=0
  for _ in $(seq "$rounds"); do
    read -r a_rps a_p50 a_p99 err < <(bench "http://127.0.0.1:$api_port${urls[$i]}")
    read -r n_rps _ n_p99 _ < <(bench "http://127.0.0.1:$nginx_port/s$i.json")
    a_rpss+=" $a_rps"; a_p50s+=" $a_p50"; a_p99s+=" $a_p99"; n_rpss+=" $n_rps"; n_p99s+=" $n_p99"; a_err=$((a_err + err))
    ratios+=" $(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", a / n }')"
  done
  a_rps=$(median <<<"$a_rpss"); a_p50=$(median <<<"$a_p50s"); a_p99=$(median <<<"$a_p99s")
  n_rps=$(median <<<"$n_rpss"); n_p99=$(median <<<"$n_p99s"); ratio=$(printf "%.2f" "$(median <<<"$ratios")")
  echo "${names[$i]}: API $a_rps req/s (p99 $a_p99 ms), nginx $n_rps req/s, ratio $ratio (rounds:$ratios)" >&2
  rows+="| ${names[$i]} | $a_rps | $a_p50 | $a_p99 | $n_rps | $n_p99 | **$ratio** | $a_err |"$'\n'
done

# The cold mix is warmed up on URLs of its own (far into the sequence) so that the measured run, every URL new to the
# cache, measures misses rather than the JIT compiling the code paths the hot scenarios did not use.
COLD_START=50000000 wrk -t2 -c32 -d5s -s bench/cold-mix.lua "http://127.0.0.1:$api_port" >/dev/null
read -r c_rps c_p50 c_p99 c_err < <(duration=$cold_duration bench "http://127.0.0.1:$api_port" bench/cold-mix.lua)
echo "cold mix: $c_rps req/s (p99 $c_p99 ms), non-2xx $c_err" >&2

ds_row="| Datasette | — | $datasette_note |"
if command -v datasette >/dev/null; then
  read -r d_rps _ d_p99 _ < <(bench "http://127.0.0.1:$ds_port/lucheng/indicators.json?_size=50")
  read -r e_rps _ e_p99 _ < <(bench "http://127.0.0.1:$api_port/api/v1/indicators?limit=50")
  ds_row="| Datasette indicators table page (_size=50) vs API list | $d_rps vs $e_rps | $(awk -v a="$e_rps" -v d="$d_rps" 'BEGIN { printf "%.0fx", a / d }') |"
fi

rss_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$api_pid/status")
importer=$(bash bench/import-throughput.sh)

section=$(cat <<MD

## Benchmark — $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD)

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/^Mem:/ { print $2 }') GiB.
Command: \`bench/run.sh --record\` (wrk -t2 -c32, ${duration} s per run, ${rounds} rounds of API then nginx per hot scenario;
medians, the ratio being the median of the per-round ratios).

| scenario | API req/s | API p50 ms | API p99 ms | nginx req/s | nginx p99 ms | API / nginx | API non-2xx |
|---|---|---|---|---|---|---|---|
${rows%$'\n'}

| measure | value | goal |
|---|---|---|
| cold mix (every URL new) | $c_rps req/s, p99 $c_p99 ms, $c_err non-2xx | ≥ 5,000 req/s |
| peak RSS of the API | $((rss_kb / 1024)) MB | < 200 MB |
| start to first 200 (existing database) | ${startup_ms} ms | < 1.5 s |
$ds_row

Importer throughput (report concatenated; importer's own timing, best of 5):

| build | text | size | import time | throughput | facts |
|---|---|---|---|---|---|
$importer
MD
)
echo "$section"
if [ "${1:-}" = "--record" ]; then echo "$section" >> bench/RESULTS.md; fi
