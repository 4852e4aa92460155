#!/usr/bin/env python3
"""Precision of the named projects an imported database lists, against hand labels.

    bench/projects-precision.py DB LABELS [--only ID,ID]

DB is a database built by the importer (`dotnet run --project src/LuchengReport.Core -- import DIR DB`); LABELS is a
JSON Lines file with one judged name a line: {"report", "name", "verdict": "project"|"not", "reason"} (see
bench/labels/README.md). For each labelled report it prints how many of the names listed are judged projects
(precision), how many of the names judged projects are still listed (a recall proxy: the labels hold what some
version of the extractor listed, so a project no version listed is not counted), and then the listed names that are
not labelled yet, which must be judged before the figure means anything. Standard library only.
"""
import json
import sqlite3
import sys
from collections import defaultdict


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--only")]
    only = next((a.split("=", 1)[1] for a in argv[1:] if a.startswith("--only=")), None)
    if len(args) != 2:
        sys.exit(__doc__)
    db, labels_path = args

    labels = defaultdict(dict)  # report -> name -> verdict
    with open(labels_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row["verdict"] not in ("project", "not"):
                sys.exit(f"{labels_path}:{number}: verdict must be project or not")
            labels[row["report"]][row["name"]] = row["verdict"]
    reports = sorted(labels) if only is None else only.split(",")

    listed = defaultdict(list)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        for report, name in conn.execute("select report_id, name from projects order by report_id, rowid"):
            listed[report].append(name)

    total = defaultdict(int)
    unlabelled = []
    print(f"{'report':<16} {'listed':>6} {'project':>7} {'not':>5} {'unlab':>5} {'precision':>9} {'kept':>9}")
    for report in reports:
        judged = labels.get(report, {})
        names = listed.get(report, [])
        real = sum(1 for n in names if judged.get(n) == "project")
        wrong = sum(1 for n in names if judged.get(n) == "not")
        missing = [n for n in names if n not in judged]
        unlabelled += [(report, n) for n in missing]
        projects = {n for n, v in judged.items() if v == "project"}
        kept = len(projects & set(names))
        print(f"{report:<16} {len(names):>6} {real:>7} {wrong:>5} {len(missing):>5} {ratio(real, real + wrong):>9} "
              f"{kept:>4}/{len(projects):<4}")
        for key, value in (("listed", len(names)), ("real", real), ("wrong", wrong), ("missing", len(missing)),
                           ("kept", kept), ("projects", len(projects))):
            total[key] += value
    print(f"{'overall':<16} {total['listed']:>6} {total['real']:>7} {total['wrong']:>5} {total['missing']:>5} "
          f"{ratio(total['real'], total['real'] + total['wrong']):>9} {total['kept']:>4}/{total['projects']:<4}")
    if unlabelled:
        print(f"\n{len(unlabelled)} listed name(s) not labelled yet:")
        for report, name in unlabelled:
            print(f"  {report}\t{name}")


def ratio(part, whole):
    return f"{100 * part / whole:.1f}%" if whole else "-"


if __name__ == "__main__":
    main(sys.argv)
