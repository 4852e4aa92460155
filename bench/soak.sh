#!/usr/bin/env bash
# Soak (issue 8): the Release API on loopback under 64 connections for 60 s, over a mix of every endpoint.
#   - API: 127.0.0.1 on a free port, rate limit off, its own database in a temporary folder (built at start from seeds/),
#     request logging at Warning so the console does not set the pace;
#   - load: wrk -t2 -c64, a Lua script rotating through a URL list (every GET endpoint, CSV and Range variants, 60
#     searches, and intended 4xx whose problem bodies carry the marker "soak-expected"); a 10 s warm-up, then six
#     back-to-back 10 s windows, so the first and last windows' p99 can be compared;
#   - verdicts: non-2xx answers other than the intended 4xx (must be 0), RSS growth from the end of warm-up to the end
#     (must stay under 10%), p99 of the first and last window (reported; the machine is shared, so indicative).
# Appends a dated "Soak" section to bench/RESULTS.md (--dry-run: print only). Exits non-zero when a verdict fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
seconds=${SOAK_WINDOW_SECONDS:-10} # per window; 10 gives the 60 s soak
work=$(mktemp -d)
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

source bench/api.sh
build_api
start_api "" RateLimit__Enabled=false
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$api_pid/status"; }
rss_idle=$(rss_kb)

# The URL list: ids that exist are read from the API itself.
first() { curl -fs "$base$1" | python3 -c "import json, sys; i = json.load(sys.stdin)['items'][0]; print(i.get('id') or i['subjectKey'])"; }
enc() { python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=''))" "$1"; }
indicator=$(first "/api/v1/indicators?limit=1"); project=$(first "/api/v1/projects?limit=1"); subject=$(enc "$(first "/api/v1/subjects?limit=1")")
{
  printf '%s\n' \
    /healthz /datapackage.json /openapi/v1.json \
    /api/v1/reports /api/v1/reports/lucheng-2021 /api/v1/reports/lucheng-2021/contents /api/v1/reports/lucheng-2021/text \
    /api/v1/reports/lucheng-2021/livelihood "/api/v1/reports?format=csv" \
    /api/v1/sections "/api/v1/sections?level=item&parent=lucheng-2021-s3" /api/v1/sections/lucheng-2021-s3-2 "/api/v1/sections?format=csv&download=1" \
    /api/v1/paragraphs "/api/v1/paragraphs?section=lucheng-2021-s3-7&limit=10" "/api/v1/paragraphs?offset=40&limit=5" /api/v1/paragraphs/lucheng-2021-p31 \
    /api/v1/indicators "/api/v1/indicators?kind=target&sort=-value" "/api/v1/indicators?minValue=1&maxValue=1000&limit=500" "/api/v1/indicators?format=csv" \
    "/api/v1/indicators/$indicator" /api/v1/subjects "/api/v1/subjects?sort=-count&limit=5" "/api/v1/subjects/$subject" \
    /api/v1/projects "/api/v1/projects?category=transport" "/api/v1/projects/$project" \
    "RANGE /api/v1/downloads/lucheng-2021.db"
  # 60 searches: single characters, pairs and longer phrases from the report (the scan and the trigram index).
  for word in 岛 鞋 城 教育 医疗 七都 交通 产业 创新 改革 民生 文化 养老 街道 环境 项目 数字化 科技城 温州国际未来科技岛 地区生产总值 \
              一般公共预算收入 城乡居民收入 营商环境 共同富裕 未来社区 瓯江 鹿城 双招双引 亚运 疫情防控; do
    printf '/api/v1/search?q=%s\n/api/v1/search?q=%s&type=paragraph&limit=5\n' "$(enc "$word")" "$(enc "$word")"
  done
  # Intended 4xx: unknown ids (404) and unknown parameters (400); their problem bodies name the marker.
  printf '%s\n' \
    /api/v1/reports/soak-expected /api/v1/sections/soak-expected /api/v1/paragraphs/soak-expected /api/v1/indicators/soak-expected \
    /api/v1/projects/soak-expected /api/v1/subjects/soak-expected /api/v1/downloads/soak-expected.db \
    "/api/v1/sections?soak-expected=1" "/api/v1/search?q=%E5%B2%9B&soak-expected=1" "/healthz?soak-expected"
} >"$work/urls.txt"

cat >"$work/soak.lua" <<'LUA'
-- Rotates through the URL list (each thread from its own place); counts 2xx, intended 4xx (body names
-- "soak-expected") and anything else, which is unexpected. "RANGE <path>" asks for the first KiB only.
local threads, next_id = {}, 0
function setup(thread)
  thread:set("id", next_id); next_id = next_id + 1
  table.insert(threads, thread)
end
function init(args)
  urls = {}
  for line in io.lines(args[1]) do table.insert(urls, line) end
  i = (id * 37) % #urls
  ok, expected, unexpected, sample = 0, 0, 0, ""
end
function request()
  i = i % #urls + 1
  local url = urls[i]
  if url:sub(1, 6) == "RANGE " then return wrk.format("GET", url:sub(7), { Range = "bytes=0-1023" }) end
  return wrk.format("GET", url)
end
function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status >= 400 and status < 500 and body and body:find("soak-expected", 1, true) then expected = expected + 1
  else
    unexpected = unexpected + 1
    if sample == "" then sample = status .. " " .. (body or ""):sub(1, 200) end
  end
end
function done(summary, latency, requests)
  local o, e, u, s = 0, 0, 0, ""
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); e = e + t:get("expected"); u = u + t:get("unexpected")
    if s == "" then s = t:get("sample") end
  end
  io.write(string.format("COUNTS %d %d %d %d\n", o, e, u, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  if s ~= "" then io.write("SAMPLE " .. s:gsub("\n", " ") .. "\n") end
end
LUA

# window SECONDS: runs wrk once; prints "rps p99_ms ok expected unexpected socket_errors"
window() {
  local out; out=$(wrk -t2 -c64 -d"$1s" --latency -s "$work/soak.lua" "$base" -- "$work/urls.txt")
  grep '^SAMPLE' <<<"$out" >&2 || true
  local rps p99
  rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
  p99=$(grep -E '^ +99%' <<<"$out" | awk '{ v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v); if (u == "us") v /= 1000; else if (u == "s") v *= 1000; printf "%.2f", v }')
  echo "$rps $p99 $(awk '/^COUNTS/ { print $2, $3, $4, $5 }' <<<"$out")"
}

echo "warm-up ($seconds s)…" >&2
window "$seconds" >/dev/null
rss_start=$(rss_kb)
rows=""; total_ok=0; total_expected=0; total_unexpected=0; total_socket=0; p99s=()
for w in 1 2 3 4 5 6; do
  read -r rps p99 ok expected unexpected socket < <(window "$seconds")
  rss_mb=$(( $(rss_kb) / 1024 ))
  echo "window $w: $rps req/s, p99 $p99 ms, 2xx $ok, intended 4xx $expected, unexpected $unexpected, socket errors $socket, RSS $rss_mb MB" >&2
  rows+="| $(( (w - 1) * seconds ))–$(( w * seconds )) s | $rps | $p99 | $ok | $expected | $unexpected | $socket | $rss_mb |"$'\n'
  total_ok=$((total_ok + ok)); total_expected=$((total_expected + expected)); total_unexpected=$((total_unexpected + unexpected))
  total_socket=$((total_socket + socket)); p99s+=("$p99")
done
rss_end=$(rss_kb)
kill -0 "$api_pid" && curl -fs -o /dev/null "$base/healthz" && alive=yes || alive=no

growth=$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
p99_ratio=$(awk -v a="${p99s[0]}" -v b="${p99s[5]}" 'BEGIN { printf "%.2f", b / a }')
verdict() { if [ "$1" = 1 ]; then echo "pass"; else echo "**FAIL**"; fi; }
v_unexpected=$(verdict "$([ "$total_unexpected" -eq 0 ] && [ "$total_socket" -eq 0 ] && echo 1)")
v_rss=$(verdict "$(awk -v g="$growth" 'BEGIN { print (g < 10) ? 1 : 0 }')")
v_alive=$(verdict "$([ "$alive" = yes ] && echo 1)")
p99_note=$(awk -v r="$p99_ratio" 'BEGIN { print (r <= 1.5) ? "no degradation" : "**degraded** (check machine load)" }')

section=$(cat <<MD

### Soak — $(date -u +%Y-%m-%d\ %H:%M) UTC, commit $(git rev-parse --short HEAD 2>/dev/null || echo "?")

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/^Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (shared: indicative figures).
Command: \`bench/soak.sh\` — Release API on 127.0.0.1, rate limit off, logging at Warning; wrk -t2 -c64 over $(wc -l <"$work/urls.txt") URLs (every endpoint, CSV, a Range download, 60 searches, 10 intended 4xx); $seconds s warm-up, then six $seconds s windows.

| window | req/s | p99 ms | 2xx | intended 4xx | unexpected | socket errors | RSS MB |
|---|---|---|---|---|---|---|---|
${rows%$'\n'}

| verdict | value | |
|---|---|---|
| answers other than 2xx and the intended 4xx | $total_unexpected (socket errors $total_socket) of $((total_ok + total_expected + total_unexpected)) | $v_unexpected |
| RSS: idle → after warm-up → end | $((rss_idle / 1024)) → $((rss_start / 1024)) → $((rss_end / 1024)) MB, growth ${growth}% from warm-up to end | $v_rss (< 10%) |
| p99: first → last window | ${p99s[0]} → ${p99s[5]} ms (×$p99_ratio) | $p99_note |
| /healthz after | $alive | $v_alive |
MD
)
echo "$section"
if [ "${1:-}" != "--dry-run" ]; then
  [ -f bench/RESULTS.md ] || printf '# Bench results\n\nFigures appended by the scripts in bench/, newest last. The machine is shared: treat them as indicative.\n' > bench/RESULTS.md
  echo "$section" >> bench/RESULTS.md
fi
[ "$v_unexpected" = pass ] && [ "$v_rss" = pass ] && [ "$v_alive" = pass ]
