# Sourced by run.sh and bare-kestrel.sh, which put the API beside nginx on the same bytes. Expects $work, $pids
# (an array the caller's cleanup kills) and runs from the repository root.

# wrk and nginx from Debian when missing.
need_wrk_and_nginx() {
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
  fi
}

# refuse_busy_ports PORT…: a server left over on one of the ports would answer in place of the one under test.
refuse_busy_ports() {
  for port in "$@"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already serving; stop that server first" >&2; exit 1; fi
  done
}

# The Release API and importer in $work, and $work/lucheng.db built from seeds/.
build_api_and_database() {
  echo "building (Release)…" >&2
  dotnet publish src/LuchengReport.Api -c Release -o "$work/api" --nologo -v quiet >/dev/null
  dotnet publish src/LuchengReport.Core -c Release -o "$work/importer" --nologo -v quiet >/dev/null
  dotnet "$work/importer/LuchengReport.Core.dll" import seeds "$work/lucheng.db" >/dev/null
}

# serve_api PORT: the API on the existing database, rate limit off, logging as configured; returns at its first 200.
serve_api() {
  ASPNETCORE_URLS="http://127.0.0.1:$1" Data__SeedsPath="$PWD/seeds" Data__CuratedPath="$PWD/data" Data__DatabasePath="$work/lucheng.db" \
    RateLimit__Enabled=false dotnet "$work/api/LuchengReport.Api.dll" >"$work/api.log" 2>&1 &
  api_pid=$!; pids+=("$api_pid")
  until curl -fs -o /dev/null "http://127.0.0.1:$1/healthz"; do sleep 0.005; done
}

# serve_nginx PORT: nginx (bench/nginx.conf) serving the files in $work/static.
serve_nginx() {
  mkdir -p "$work/static"
  sed -e "s|__WORK__|$work|g" -e "s|__PORT__|$1|g" bench/nginx.conf > "$work/nginx.conf"
  nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log"
}

# The median of the numbers on standard input (separated by spaces or lines).
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
