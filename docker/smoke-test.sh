#!/usr/bin/env bash
# Proves what the Docker image does without a Docker engine: run the image's build steps (docker/publish.sh), start
# the published API the way the container's entry point does (database and seeds given by environment, port from
# ASPNETCORE_URLS), and require 200 from /healthz, the HEALTHCHECK's URL.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
port=${SMOKE_PORT:-18080}
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT

bash docker/publish.sh "$out"
cp -r seeds "$out/seeds"
mkdir -p "$out/curated" && cp data/*.csv "$out/curated/"
chmod -R a-w "$out/data"   # the container's user cannot write the database either
(cd "$out/api" && ASPNETCORE_URLS="http://127.0.0.1:$port" Data__DatabasePath="$out/data/lucheng.db" Data__SeedsPath="$out/seeds" Data__CuratedPath="$out/curated" \
  exec dotnet LuchengReport.Api.dll >"$out/api.log" 2>&1) &
pid=$!

for _ in $(seq 1 60); do
  if body=$(curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null); then
    echo "healthz: $body"
    grep -q '"status":"ok"' <<<"$body" && grep -q '"paragraphs":62' <<<"$body" || { echo "unexpected /healthz body"; exit 1; }
    curl -fsS "http://127.0.0.1:$port/api/v1/reports/lucheng-2021" | grep -q '白洪楞' || { echo "report not served"; exit 1; }
    if grep -q "Building" "$out/api.log"; then echo "the published API rebuilt a database the image already holds"; exit 1; fi
    echo "container smoke test passed"
    exit 0
  fi
  sleep 0.5
done
echo "the published API did not answer /healthz"; cat "$out/api.log"; exit 1
