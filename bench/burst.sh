#!/usr/bin/env bash
# Burst (issue 8): one client past its per-minute budget is turned away with 429 + Retry-After, while another
# client is still served. The Release API listens on 127.0.0.1 with RateLimit__PermitsPerMinute=$PERMITS (default
# 30); client A connects from 127.0.0.1, client B from 127.0.0.2 and the readiness/health probe from 127.0.0.3 (Linux
# routes all of 127.0.0.0/8 to lo, so each is a different client address to the limiter).
#   1. A sends PERMITS + 20 requests back to back over the endpoints: the first PERMITS are 200, the rest 429;
#   2. A keeps bursting (another PERMITS requests) while B sends 10 requests: A gets only 429, B only 200;
#   3. a 429 is problem+json with a positive Retry-After, and the API still answers /healthz.
# Appends a dated "Burst" section to bench/RESULTS.md (--dry-run: print only). Exits non-zero when an outcome is wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
permits=${PERMITS:-30}
work=$(mktemp -d)
api_pid=""
cleanup() { [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

source bench/api.sh
build_api
start_api 127.0.0.3 RateLimit__Enabled=true RateLimit__PermitsPerMinute="$permits"

paths=(/healthz /api/v1/reports /api/v1/sections /api/v1/paragraphs?limit=5 /api/v1/indicators /api/v1/search?q=%E5%B2%9B /api/v1/subjects /api/v1/projects)
# burst FROM COUNT: COUNT requests over one connection, printing "status retry-after" per request.
burst() {
  local args=()
  for i in $(seq 0 $(($2 - 1))); do args+=(-o /dev/null "$base${paths[$((i % ${#paths[@]}))]}"); done
  curl -s --interface "$1" -w '%{http_code} %header{retry-after}\n' "${args[@]}"
}

started=$(date +%s.%N)
burst 127.0.0.1 $((permits + 20)) >"$work/a1.txt"
burst 127.0.0.1 "$permits" >"$work/a2.txt" &
a2=$!
burst 127.0.0.2 10 >"$work/b.txt"
wait "$a2"
elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
curl -s --interface 127.0.0.1 -D "$work/429.head" -o "$work/429.body" "$base/healthz"
health=$(curl -s --interface 127.0.0.3 -o /dev/null -w '%{http_code}' "$base/healthz")

a1_ok=$(grep -c '^200' "$work/a1.txt" || true); a1_429=$(grep -c '^429' "$work/a1.txt" || true)
a1_first_429=$(grep -n '^429' "$work/a1.txt" | head -1 | cut -d: -f1 || true)
a1_ordered=$(head -n "$permits" "$work/a1.txt" | grep -vc '^200' || true)
a2_429=$(grep -c '^429' "$work/a2.txt" || true)
b_ok=$(grep -c '^200' "$work/b.txt" || true)
no_retry_after=$(grep '^429' "$work/a1.txt" "$work/a2.txt" | awk 'NF < 2 || $2 + 0 <= 0' | wc -l)
retry_after=$(grep -m1 '^429' "$work/a1.txt" | awk '{ print $2 }' || true)
problem_type=$(grep -i '^content-type:' "$work/429.head" | tr -d '\r' | awk '{ print $2 }' || true)
problem_ok=$([ "$problem_type" = "application/problem+json" ] && grep -q '"status":429' "$work/429.body" && echo yes || echo no)

check() { if [ "$1" = 1 ]; then echo "pass"; else echo "**FAIL**"; fi; }
v_a1=$(check "$([ "$a1_ok" -eq "$permits" ] && [ "$a1_ordered" -eq 0 ] && [ "$a1_429" -eq 20 ] && echo 1)")
v_a2=$(check "$([ "$a2_429" -eq "$permits" ] && echo 1)")
v_b=$(check "$([ "$b_ok" -eq 10 ] && echo 1)")
v_shape=$(check "$([ "$no_retry_after" -eq 0 ] && [ "$problem_ok" = yes ] && echo 1)")
v_health=$(check "$([ "$health" = 200 ] && echo 1)")

section=$(cat <<MD

### Burst — $(date -u +%Y-%m-%d\ %H:%M) UTC, commit $(git rev-parse --short HEAD 2>/dev/null || echo "?")

Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) (shared).
Command: \`bench/burst.sh\` — Release API on 127.0.0.1 with RateLimit__PermitsPerMinute=$permits; client A from 127.0.0.1, client B from 127.0.0.2 (curl --interface), all within ${elapsed} s.

| outcome | observed | |
|---|---|---|
| A: $((permits + 20)) requests back to back | $a1_ok × 200, then $a1_429 × 429 (first 429 at request ${a1_first_429:-none}) | $v_a1 |
| A keeps bursting while B is served | A: $a2_429 of $permits × 429 | $v_a2 |
| B (another address) meanwhile | $b_ok of 10 × 200 | $v_b |
| every 429 has Retry-After > 0, body is problem+json | Retry-After ${retry_after:-none} s; $no_retry_after without; Content-Type ${problem_type:-none} | $v_shape |
| /healthz from a third address afterwards | $health | $v_health |
MD
)
echo "$section"
if [ "${1:-}" != "--dry-run" ]; then
  [ -f bench/RESULTS.md ] || printf '# Bench results\n\nFigures appended by the scripts in bench/, newest last. The machine is shared: treat them as indicative.\n' > bench/RESULTS.md
  echo "$section" >> bench/RESULTS.md
fi
for v in "$v_a1" "$v_a2" "$v_b" "$v_shape" "$v_health"; do [ "$v" = pass ] || exit 1; done
