#!/usr/bin/env bash
# The image's build steps, kept here so CI runs exactly what `docker build` runs (no Docker engine on CI machines):
# publish the API and the importer in Release, then build the database from seeds/.
# usage: docker/publish.sh OUT   ->  OUT/api (published API), OUT/importer, OUT/data/lucheng.db
set -euo pipefail
out=${1:?usage: docker/publish.sh OUT}
cd "$(dirname "$0")/.."
dotnet publish src/LuchengReport.Api -c Release -o "$out/api" --nologo -v quiet
dotnet publish src/LuchengReport.Core -c Release -o "$out/importer" --nologo -v quiet
mkdir -p "$out/data"
dotnet "$out/importer/LuchengReport.Core.dll" import seeds "$out/data/lucheng.db"
