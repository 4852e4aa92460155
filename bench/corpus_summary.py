#!/usr/bin/env python3
"""Per report, what the running API serves: used by bench/corpus.sh. Standard library only.

  corpus_summary.py BASE_URL

Prints a Markdown table (one row per report) and a totals line. A column the API does not offer yet shows "-".
"""
import json, sys, urllib.error, urllib.parse, urllib.request

META = ("title", "year", "deliveredOn", "session", "speaker", "speakerRole", "place")


def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=60) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, None


def items(base, path):
    out, url = [], path + ("&" if "?" in path else "?") + "limit=500"
    while url:
        status, page = get(base, url)
        if status != 200:
            return None
        out += page["items"]
        nxt = page.get("next")
        url = urllib.parse.urlsplit(nxt)._replace(scheme="", netloc="").geturl() if nxt else None
    return out


def total(base, path):
    status, page = get(base, path + ("&" if "?" in path else "?") + "limit=1")
    return page["total"] if status == 200 else None


def main():
    base = sys.argv[1].rstrip("/")
    reports = items(base, "/api/v1/reports")
    rows, sums = [], {"meta": 0, "metaOf": 0, "parts": 0, "appendix": 0, "indicators": 0, "targets": 0, "livelihood": 0, "mentions": 0, "warned": 0}
    for r in reports:
        rid = r["id"]
        q = urllib.parse.quote
        filled = sum(r.get(f) is not None for f in META)
        appendix = total(base, f"/api/v1/sections?report={q(rid)}&level=appendix")
        indicators = total(base, f"/api/v1/indicators?report={q(rid)}")
        targets = total(base, f"/api/v1/reports/{q(rid)}/targets")
        status, _ = get(base, f"/api/v1/reports/{q(rid)}/livelihood")
        mentions = total(base, f"/api/v1/search?q={q('民生实事')}&report={q(rid)}&type=paragraph") or 0
        c = r["counts"]
        live = "yes" if status == 200 else ("MISSING" if mentions else "no")
        warnings = r.get("warnings") or []
        rows.append(f"| {rid} | {r.get('place') or ''} | {r.get('year') or ''} | {filled}/{len(META)} | {c['parts']} | {c['items']} | "
                    f"{c['subsections']} | {'-' if appendix is None else appendix} | {indicators} | {'-' if targets is None else targets} | "
                    f"{live} | {len(warnings)} |")
        sums["meta"] += filled; sums["metaOf"] += len(META); sums["parts"] += c["parts"]; sums["appendix"] += appendix or 0
        sums["indicators"] += indicators or 0; sums["targets"] += targets or 0; sums["warned"] += bool(warnings)
        sums["livelihood"] += status == 200; sums["mentions"] += mentions > 0
        for w in warnings:
            print(f"warning {rid}: {w}", file=sys.stderr)
    print("| report | place | year | metadata | parts | items | subsections | appendix | indicators | targets | 民生实事 | warnings |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print(f"{len(reports)} reports; metadata {sums['meta']}/{sums['metaOf']} fields filled; {sums['parts']} parts; "
          f"{sums['appendix']} appendix sections; {sums['indicators']} indicators; {sums['targets']} main targets; "
          f"民生实事 record for {sums['livelihood']} reports, {sums['mentions']} mention it; {sums['warned']} with warnings")


if __name__ == "__main__":
    main()
