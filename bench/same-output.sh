#!/usr/bin/env bash
# Does a change to the importer keep its output? Builds the importer at REF (default HEAD) and from the working tree,
# imports the same inputs with both — the bundled report with its curated table, a GB18030 copy, the report
# concatenated 10 and 100 times — and compares the databases: every table row for row (what the API serves; the
# search index by FTS5's integrity check instead, its layout following FTS5 settings), and the files byte for byte
# (informational: a different number of transactions alone changes a header counter).
# Usage: bench/same-output.sh [REF]. Exits non-zero when any table differs.
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:-HEAD}
work=$(mktemp -d)
cleanup() { git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

git worktree add --detach "$work/base" "$ref" >/dev/null 2>&1
echo "building the importer at $(git rev-parse --short "$ref") and from the working tree…" >&2
dotnet publish "$work/base/src/LuchengReport.Core" -c Release -o "$work/before" --nologo -v quiet >/dev/null
dotnet publish src/LuchengReport.Core -c Release -o "$work/after" --nologo -v quiet >/dev/null

mkdir -p "$work/in/bundled" "$work/in/gb18030" "$work/in/x10" "$work/in/x100"
cp seeds/*.txt "$work/in/bundled/"
iconv -f UTF-8 -t GB18030 seeds/lucheng-2021.txt > "$work/in/gb18030/lucheng-2021.txt"
for n in 10 100; do for _ in $(seq "$n"); do cat seeds/lucheng-2021.txt; echo; done > "$work/in/x$n/lucheng-x$n.txt"; done

differs=0
for input in bundled gb18030 x10 x100; do
  for side in before after; do
    dotnet "$work/$side/LuchengReport.Core.dll" import "$work/in/$input" "$work/$side-$input.db" --curated data >/dev/null
  done
  tables=$(python3 - "$work/before-$input.db" "$work/after-$input.db" <<'PY'
import sqlite3, sys, hashlib
# The search index's own tables are left out: their layout follows FTS5 settings (hashsize, merges); instead each
# index must pass FTS5's integrity check against the paragraphs it indexes.
def digest(path):
    db = sqlite3.connect(path)
    db.execute("INSERT INTO paragraph_search (paragraph_search, rank) VALUES ('integrity-check', 1)")
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'paragraph_search%'")]
    return {name: hashlib.sha256(repr(sorted(map(repr, db.execute(f'SELECT * FROM "{name}"')))).encode()).hexdigest() for name in names}
a, b = digest(sys.argv[1]), digest(sys.argv[2])
print(" ".join(sorted(n for n in a.keys() | b.keys() if a.get(n) != b.get(n))))
PY
)
  bytes=$(cmp -s "$work/before-$input.db" "$work/after-$input.db" && echo "same bytes" || echo "bytes differ")
  if [ -z "$tables" ]; then echo "$input: every table the same ($bytes)"; else echo "$input: DIFFERENT tables: $tables ($bytes)"; differs=1; fi
done
exit "$differs"
