#!/usr/bin/env python3
"""Measures the response times of XTools CRM pages over HTTP as logged-in users.

Each page is requested sequentially, after a warm-up, by one user session. The
output is one JSON object per user and page with the 50th and 95th percentile
and the maximum in milliseconds.
"""
import argparse
import http.cookiejar
import json
import math
import time
import urllib.parse
import urllib.request


def log_in(base_url, login, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(base_url + "/login.xhtml").read()
    form = urllib.parse.urlencode({"username": login, "password": password}).encode()
    body = opener.open(base_url + "/login", form).read().decode("utf-8")
    if 'id="login-submit"' in body:
        raise SystemExit(f"Login of {login} failed: check the account and its password")
    return opener


def percentile(sorted_values, fraction):
    """Returns the nearest-rank percentile of an ascending list."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def measure(opener, url, warmup, count, expected_text):
    for _ in range(warmup):
        opener.open(url).read()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        response = opener.open(url)
        body = response.read().decode("utf-8")
        times.append((time.perf_counter() - start) * 1000)
        if response.status != 200 or expected_text not in body:
            raise SystemExit(f"{url} returned {response.status} without '{expected_text}'")
    times.sort()
    return {"p50": round(percentile(times, 0.50), 1), "p95": round(percentile(times, 0.95), 1),
            "max": round(times[-1], 1), "n": count}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", required=True, help="such as http://127.0.0.1:8980/crm")
    parser.add_argument("--user", action="append", required=True, help="login:password, repeatable")
    parser.add_argument("--page", action="append", required=True,
                        help="name|path|text: the path to request and a text the page must contain; repeatable")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--label", default="", help="copied into every output line, such as the data size")
    args = parser.parse_args()

    for user in args.user:
        login, password = user.split(":", 1)
        opener = log_in(args.base_url, login, password)
        for page in args.page:
            name, path, expected = page.split("|", 2)
            result = measure(opener, args.base_url + path, args.warmup, args.count, expected)
            print(json.dumps({"label": args.label, "user": login, "page": name, **result}), flush=True)


if __name__ == "__main__":
    main()
