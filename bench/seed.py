#!/usr/bin/env python3
"""HTTP helpers for bench/run.sh (standard library only).

  users    register N users through POST /api/users and write their ids, one per line
  list     read up to N existing user ids through GET /api/users (for --external runs)
  cursors  walk GET /api/posts and write the cursors of the pages just before a given depth
"""
import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

PASSWORD = "bench-password-1"  # throwaway accounts in a throwaway database


class Client:
    """One keep-alive connection per thread; reconnects once if the server closed it."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self._host, self._port = url.hostname, url.port or 80
        self._local = threading.local()

    def _connection(self, fresh=False):
        if fresh or getattr(self._local, "conn", None) is None:
            self._local.conn = http.client.HTTPConnection(self._host, self._port, timeout=30)
        return self._local.conn

    def request(self, method, path, body=None):
        payload = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if payload else {}
        for attempt in (0, 1):
            conn = self._connection(fresh=attempt == 1)
            try:
                conn.request(method, path, payload, headers)
                response = conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, ConnectionError):
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")

    def get_json(self, path):
        status, data = self.request("GET", path)
        if status != 200:
            sys.exit(f"GET {path} answered {status}: {data[:300]!r}")
        return json.loads(data)


def register_users(args):
    client = Client(args.base)
    run = str(int(time.time()))

    def register(n):
        name = f"bench_{run}_{n:06d}"
        body = {"userName": name, "email": f"{name}@example.test",
                "displayName": f"Bench user {n}", "password": PASSWORD}
        status, data = client.request("POST", "/api/users", body)
        if status != 201:
            raise RuntimeError(f"POST /api/users answered {status}: {data[:300]!r}")
        return json.loads(data)["id"]

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        ids = list(pool.map(register, range(1, args.count + 1)))
    write_lines(args.out, ids)
    print(f"registered {len(ids)} users in {time.monotonic() - started:.1f} s")


def list_users(args):
    client = Client(args.base)
    ids, cursor = [], None
    while len(ids) < args.count:
        path = "/api/users?limit=100" + (f"&cursor={urllib.parse.quote(cursor, safe='')}" if cursor else "")
        page = client.get_json(path)
        ids.extend(item["id"] for item in page["items"])
        cursor = page.get("nextCursor")
        if not cursor:
            break
    if not ids:
        sys.exit("no users found: seed some first")
    write_lines(args.out, ids[: args.count])
    print(f"found {min(len(ids), args.count)} users")


def deep_cursors(args):
    """Cursors of pages depth-count+1 .. depth (pages of page_size items, newest first).

    Page p starts after (p - 1) * page_size items. The walk takes 100 items per request (the
    largest page the API allows) and shortens the last steps to land exactly on each wanted page.
    """
    client = Client(args.base)
    first_page = max(1, args.depth - args.count + 1)
    wanted = [(p - 1) * args.page_size for p in range(first_page, args.depth + 1)]
    cursors, offset, cursor, requests = [], 0, None, 0
    started = time.monotonic()
    for target in wanted:
        while offset < target:
            limit = min(100, target - offset)
            path = f"/api/posts?limit={limit}" + (f"&cursor={urllib.parse.quote(cursor, safe='')}" if cursor else "")
            page = client.get_json(path)
            requests += 1
            offset += len(page["items"])
            cursor = page.get("nextCursor")
            if not cursor or len(page["items"]) < limit:
                sys.exit(f"only {offset} posts: page {args.depth} of {args.page_size} needs at least "
                         f"{args.depth * args.page_size}")
        cursors.append(cursor)  # None only for page 1
    paths = [f"/api/posts?limit={args.page_size}" + (f"&cursor={urllib.parse.quote(c, safe='')}" if c else "")
             for c in cursors]
    for path in paths:  # every deep page must be a full page, or the comparison means nothing
        items = client.get_json(path)["items"]
        if len(items) != args.page_size:
            sys.exit(f"deep page {path} has {len(items)} items, expected {args.page_size}")
    write_lines(args.out, paths)
    print(f"walked {offset} posts in {requests} requests ({time.monotonic() - started:.1f} s): "
          f"pages {first_page}-{args.depth}")


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(f"{line}\n" for line in lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    users = sub.add_parser("users")
    users.add_argument("--concurrency", type=int, default=8)
    listing = sub.add_parser("list")
    cursors = sub.add_parser("cursors")
    cursors.add_argument("--depth", type=int, default=5000, help="page number of the deepest page")
    cursors.add_argument("--page-size", type=int, default=20)
    for p in (users, listing, cursors):
        p.add_argument("--base", required=True, help="e.g. http://127.0.0.1:5101")
        p.add_argument("--count", type=int, default=1000 if p is not cursors else 10)
        p.add_argument("--out", required=True)
    args = parser.parse_args()
    {"users": register_users, "list": list_users, "cursors": deep_cursors}[args.command](args)


if __name__ == "__main__":
    main()
