#!/usr/bin/env python3
"""Turns the JSON lines of measure.py into a Markdown table comparing the small and
the large company: p95 of each, their ratio, and whether the large p95 stays within
1.5 times the small one and under 300 ms."""
import json
import sys

MAX_RATIO = 1.5
MAX_P95_MS = 300


def main(path):
    results = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            results.setdefault((row["user"], row["page"]), {})[row["label"]] = row

    print("| user | page | p50 small (ms) | p95 small (ms) | p50 large (ms) | p95 large (ms) | p95 ratio | within target |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for (user, page), sizes in results.items():
        small, large = sizes.get("small"), sizes.get("large")
        if not small or not large:
            continue
        ratio = large["p95"] / small["p95"]
        ok = ratio <= MAX_RATIO and large["p95"] < MAX_P95_MS
        print(f"| {user} | {page} | {small['p50']} | {small['p95']} | {large['p50']} | {large['p95']} "
              f"| {ratio:.2f} | {'yes' if ok else 'NO'} |")


if __name__ == "__main__":
    main(sys.argv[1])
