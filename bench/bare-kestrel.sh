#!/usr/bin/env bash
# How close to nginx can any ASP.NET Core app get on this machine? For the two hot scenarios with large bodies (the
# indicators CSV, 52 KB; the indicator list, 25 KB) this runs, in rounds, wrk -t2 -c32 against
#   - the API (Release, as bench/run.sh starts it: logging as configured, rate limit off),
#   - bench/bare-kestrel: Kestrel writing the same bytes with no middleware at all,
#   - nginx (bench/nginx.conf) sending the same bytes as a static file,
# and prints each one's requests/s and the ratios to nginx. DURATION (s per run, default 5), ROUNDS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-5}; rounds=${ROUNDS:-3}
work=$(mktemp -d)
api_port=18291; nginx_port=18292; bare_port=18293
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
source bench/versus-nginx.sh
need_wrk_and_nginx
refuse_busy_ports $api_port $nginx_port $bare_port
build_api_and_database
dotnet publish bench/bare-kestrel -c Release -o "$work/bare" --nologo -v quiet >/dev/null
serve_api $api_port

names=("indicators CSV" "indicator list (limit=50)")
urls=("/api/v1/indicators?format=csv" "/api/v1/indicators?limit=50")
types=("text/csv; charset=utf-8" "application/json; charset=utf-8")
serve_nginx $nginx_port

rps() { wrk -t2 -c32 -d"${duration}s" "$1" | awk '/^Requests\/sec:/ { printf "%d", $2 }'; }
echo "| scenario | API req/s | bare Kestrel req/s | nginx req/s | API / nginx | bare Kestrel / nginx |"
echo "|---|---|---|---|---|---|"
for i in "${!urls[@]}"; do
  curl -fs -o "$work/static/s$i.json" "http://127.0.0.1:$api_port${urls[$i]}"
  ASPNETCORE_URLS="http://127.0.0.1:$bare_port" dotnet "$work/bare/BareKestrel.dll" "$work/static/s$i.json" "${types[$i]}" >/dev/null 2>&1 &
  bare_pid=$!; pids+=("$bare_pid")
  until curl -fs -o /dev/null "http://127.0.0.1:$bare_port/"; do sleep 0.05; done
  cmp -s "$work/static/s$i.json" <(curl -fs "http://127.0.0.1:$bare_port/") || { echo "bare Kestrel does not send the same bytes" >&2; exit 1; }
  wrk -t1 -c4 -d1s "http://127.0.0.1:$api_port${urls[$i]}" >/dev/null; wrk -t1 -c4 -d1s "http://127.0.0.1:$bare_port/" >/dev/null
  a_all=""; b_all=""; n_all=""; ra=""; rb=""
  for _ in $(seq "$rounds"); do
    a=$(rps "http://127.0.0.1:$api_port${urls[$i]}"); b=$(rps "http://127.0.0.1:$bare_port/"); n=$(rps "http://127.0.0.1:$nginx_port/s$i.json")
    a_all+=" $a"; b_all+=" $b"; n_all+=" $n"
    ra+=" $(awk -v x="$a" -v n="$n" 'BEGIN { printf "%.3f", x / n }')"; rb+=" $(awk -v x="$b" -v n="$n" 'BEGIN { printf "%.3f", x / n }')"
  done
  echo "| ${names[$i]} | $(median <<<"$a_all") | $(median <<<"$b_all") | $(median <<<"$n_all") | $(printf "%.2f" "$(median <<<"$ra")") | $(printf "%.2f" "$(median <<<"$rb")") |"
  kill "$bare_pid"; wait "$bare_pid" 2>/dev/null || true
done
