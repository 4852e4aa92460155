#!/usr/bin/env bash
# Response validation by a real client: the Release API runs behind Prism's validating proxy
# (`prism proxy openapi/v1.json <api> --errors`), and every request of tests/contract/requests.txt goes through it.
# A response that does not match its schema (or an unexpected status) fails. Request validation is off so that the
# deliberate 400s reach the API. Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
api_port=${API_PORT:-18181}; prism_port=${PRISM_PORT:-18182}
cleanup() { kill "$api_pid" "$prism_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/LuchengReport.Api -c Release --nologo -v quiet >/dev/null || { echo "build failed"; exit 1; }
ASPNETCORE_URLS="http://127.0.0.1:$api_port" Data__SeedsPath="$PWD/seeds" Data__DatabasePath="$work/lucheng.db" RateLimit__Enabled=false \
  dotnet src/LuchengReport.Api/bin/Release/net10.0/LuchengReport.Api.dll >"$work/api.log" 2>&1 &
api_pid=$!
node_modules/.bin/prism proxy openapi/v1.json "http://127.0.0.1:$api_port" --errors --validate-request=false --cors=false \
  -p "$prism_port" -v warn >"$work/prism.log" 2>&1 &
prism_pid=$!

wait_for() { for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; return 1; }
wait_for "http://127.0.0.1:$api_port/healthz" || { echo "API did not start"; cat "$work/api.log"; exit 1; }
wait_for "http://127.0.0.1:$prism_port/healthz" || { echo "Prism did not start"; cat "$work/prism.log"; exit 1; }

passed=0; failed=0
while read -r expected line; do
  [[ -z "$expected" || "$expected" == \#* ]] && continue
  target=${line%% -H *}; header=""; [[ "$line" == *" -H "* ]] && header=${line#* -H }
  url=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="/?&=%:-_.~"))' "$target")
  status=$(curl -s -o "$work/body" -w '%{http_code}' -H 'Accept-Encoding: identity' ${header:+-H "$header"} "http://127.0.0.1:$prism_port$url")
  if [[ "$status" == "$expected" ]] && ! grep -q '"type":"https://stoplight.io/prism/errors' "$work/body"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $target: expected $expected, got $status"; head -c 1500 "$work/body"; echo
  fi
done < tests/contract/requests.txt

if grep -qiE 'violation|error' "$work/prism.log"; then echo "Prism reported:"; grep -iE 'violation|error' "$work/prism.log" | head -20; fi
echo "prism: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
