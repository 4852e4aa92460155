#!/usr/bin/env bash
# The importer compiled with native AOT (no JIT: what bench/import-throughput.sh times in its fastest row) writes the
# very same database bytes as the usual build, for the bundled report with its curated table and sidecar, for a GB18030
# copy, and for a copy named in Chinese (its id from the embedded pinyin table).
# Native AOT links with a C toolchain: gcc is installed from apt when neither clang nor gcc is there.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc libc6-dev >/dev/null
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet publish src/LuchengReport.Core -c Release -o "$work/jit" --nologo -v quiet >/dev/null
dotnet publish src/LuchengReport.Core -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" --nologo -v quiet >/dev/null

mkdir -p "$work/gb18030"
iconv -f UTF-8 -t GB18030 seeds/lucheng-2021.txt > "$work/gb18030/lucheng-2021.txt"
mkdir -p "$work/named"
cp seeds/lucheng-2021.txt "$work/named/2021年青田县政府工作报告.txt"
for seeds in seeds "$work/gb18030" "$work/named"; do
  dotnet "$work/jit/LuchengReport.Core.dll" import "$seeds" "$work/jit.db" --curated data >/dev/null
  "$work/aot/LuchengReport.Core" import "$seeds" "$work/aot.db" --curated data >/dev/null
  if ! cmp -s "$work/jit.db" "$work/aot.db"; then echo "native AOT importer wrote a different database for $seeds" >&2; exit 1; fi
done
echo "native AOT importer: same database bytes as the JIT build (bundled report, GB18030 copy, Chinese file name)"
