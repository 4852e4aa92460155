# Sourced by soak.sh and burst.sh: build the Release API and start it on a free loopback port, over its own database
# in a temporary folder (built at start from seeds/). Expects $repo and $work; sets $api_pid and $base.

build_api() {
  echo "building (Release)…" >&2
  for attempt in 1 2 3; do # other builds may hold obj/ locks for a moment
    if dotnet publish src/LuchengReport.Api -c Release -o "$work/api" --nologo -v quiet >"$work/build.log" 2>&1; then return; fi
    [ "$attempt" -eq 3 ] && { cat "$work/build.log" >&2; exit 1; }
    sleep 10
  done
}

# start_api PROBE_INTERFACE [NAME=value …]: the settings are added to the environment (after the defaults, so they
# may override the data paths); the readiness probe connects from PROBE_INTERFACE when one is given (the burst keeps
# its probe apart from the clients it measures). START_TRIES quarter-seconds to wait (default 240: the first start
# builds the database).
start_api() {
  local probe=(); [ -n "$1" ] && probe=(--interface "$1"); shift
  env ASPNETCORE_URLS="http://127.0.0.1:0" \
    Data__SeedsPath="$repo/seeds" Data__CuratedPath="$repo/data" Data__DatabasePath="$work/lucheng.db" \
    Logging__LogLevel__Default=Warning "Logging__LogLevel__Microsoft.Hosting.Lifetime=Information" "$@" \
    dotnet "$work/api/LuchengReport.Api.dll" >"$work/api.log" 2>&1 &
  api_pid=$!
  base=""
  for _ in $(seq "${START_TRIES:-240}"); do
    base=$(grep -oE 'Now listening on: http://127\.0\.0\.1:[0-9]+' "$work/api.log" | head -1 | awk '{ print $4 }' || true)
    [ -n "$base" ] && curl -fs "${probe[@]}" -o /dev/null "$base/healthz" && break
    kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log" >&2; exit 1; }
    sleep 0.25
  done
  [ -n "$base" ] || { echo "the API did not start" >&2; cat "$work/api.log" >&2; exit 1; }
}
