#!/usr/bin/env bash
# Every test, from a fresh clone: installs what the tests need (Debian's chromium and a CJK font for the browser
# tests, the npm tools from package-lock.json), then runs
#   1. dotnet test            Core, API and browser tests
#   2. Spectral               lint of openapi/v1.json with .spectral.yaml
#   3. Prism                  every operation through the validating proxy (tests/contract/prism-validate.sh)
#   4. openapi-typescript+tsc the generated client example compiles against the contract
#   5. docker/smoke-test.sh   the Docker image's steps, ending in a /healthz check
#   6. tests/aot-importer.sh  the importer compiled with native AOT writes the same database bytes
# and ends with one "N passed, N failed" line. Exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi"; then
  echo "== installing chromium and fonts-wqy-microhei (browser tests)"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi
if [ ! -x node_modules/.bin/spectral ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci (Spectral, Prism, openapi-typescript, TypeScript)"
  npm ci --no-audit --no-fund --loglevel=error
fi

passed=0; failed=0
step() { # step NAME COMMAND...: runs a check that counts as one test
  echo "== $1"
  if "${@:2}"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; fi
}

echo "== dotnet test"
log=$(mktemp)
dotnet test LuchengReport.sln 2>&1 | tee "$log"
dotnet_status=${PIPESTATUS[0]}
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$((passed + $(sum Passed))); failed=$((failed + $(sum Failed)))
if [ "$dotnet_status" -ne 0 ] && [ "$(sum Failed)" -eq 0 ]; then failed=$((failed + 1)); echo "FAILED: dotnet test (build or run error)"; fi

step "spectral lint openapi/v1.json" npx --no-install spectral lint openapi/v1.json --ruleset .spectral.yaml --fail-severity=warn
step "prism response validation" bash tests/contract/prism-validate.sh
step "generated TypeScript client compiles" bash -c "npm run --silent types && npm run --silent check:typescript"
step "docker image steps and /healthz" bash docker/smoke-test.sh
step "native AOT importer writes the same database" bash tests/aot-importer.sh

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
