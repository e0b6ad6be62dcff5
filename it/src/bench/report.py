#!/usr/bin/env python3
"""Turns the JSON lines of measure.py into a Markdown table comparing the small and
the large company: p95 of each, their ratio, and whether the large p95 stays within
the given ratio of the small one (1.5 unless told) and under the given time (300 ms
unless told)."""
import argparse
import json


def main(path, max_ratio, max_p95_ms):
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
        ok = ratio <= max_ratio and large["p95"] < max_p95_ms
        print(f"| {user} | {page} | {small['p50']} | {small['p95']} | {large['p50']} | {large['p95']} "
              f"| {ratio:.2f} | {'yes' if ok else 'NO'} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("results", help="the JSON lines file of measure.py")
    parser.add_argument("--max-ratio", type=float, default=1.5)
    parser.add_argument("--max-p95-ms", type=float, default=300)
    arguments = parser.parse_args()
    main(arguments.results, arguments.max_ratio, arguments.max_p95_ms)
