"""Summary of a jixiao-check JSON report over many workbooks (scripts/corpus-report.sh):
findings in all, per workbook, per rule (with severity) and per file, and the files that could
not be read. Standard library only."""

import argparse
import collections
import json
import os


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    with open(args.report, encoding="utf-8") as f:
        files = json.load(f)["files"]

    by_rule = collections.Counter()
    severity = {}
    by_file = []
    unreadable = []
    for entry in files:
        name = os.path.basename(entry["file"])
        if "error" in entry:
            unreadable.append((name, entry["error"]))
            continue
        counts = collections.Counter(f["rule_id"] for f in entry["findings"])
        for f in entry["findings"]:
            severity[f["rule_id"]] = f["severity"]
        by_rule.update(counts)
        by_file.append((name, len(entry["findings"]), counts))

    total = sum(by_rule.values())
    read = len(by_file)
    md = args.markdown
    print(("**" if md else "") + f"{len(files)} files, {read} read, {len(unreadable)} unreadable: "
          f"{total} findings, {total / read if read else 0:.1f} per workbook" + ("**" if md else ""))
    if args.seconds is not None:
        print(("\n" if md else "") + f"time: {args.seconds:.1f} s for all files (one office)")
    print()
    print("| rule | severity | findings |\n|---|---|---|" if md else "findings per rule:")
    for rule, n in by_rule.most_common():
        print(f"| `{rule}` | {severity[rule]} | {n} |" if md else f"  {n:7d}  {rule} ({severity[rule]})")
    print()
    print("| file | findings | most frequent rules |\n|---|---|---|" if md else "findings per file:")
    for name, n, counts in sorted(by_file, key=lambda x: (-x[1], x[0])):
        top = ", ".join(f"{r} {c}" for r, c in counts.most_common(3))
        print(f"| {name} | {n} | {top} |" if md else f"  {n:7d}  {name}  ({top})")
    if unreadable:
        print()
        print("unreadable:")
        for name, error in unreadable:
            print(f"  {name}: {error}")


if __name__ == "__main__":
    main()
