#!/usr/bin/env python3
"""Paired A/B of proxy settings: what one gateway setting or build costs, with the noise cancelled.

bench/run.sh answers "how does the gateway compare"; this answers "did this change help". It starts
a constant backend (nginx answering a fixed ~200-byte JSON on :5101 and :5102, where the local route
file sends /api/users), bare YARP, nginx as a proxy, and any number of gateway variants side by side,
each on its own port. Then it runs wrk against each in turn, alternating the order every round, and
reports per variant the median round and, more usefully on a noisy machine, the median over rounds
of its ratio to bare YARP measured in the same round. With a constant backend the proxies are not
starved by the services, so the figures are the proxies' own cost.

  bench/ab.py                                   # the Release gateway as it is, against bare YARP and nginx
  bench/ab.py --variant "no-inline:DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0" \\
              --variant "no-log:Logging__LogLevel__Default=Warning"
  bench/ab.py --variant "old:dir=/tmp/old-build"  # another build (a Gateway output folder)
  bench/ab.py --external users.paths            # against the real services already on :5101/:5102

Build first (dotnet build Gateway -c Release; dotnet build bench/BareYarp -c Release). Needs nginx and
wrk. Loopback only; everything it starts is stopped when it ends. Ports :5101, :5102 and 6000–6099
must be free (stop ./run.sh).
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOST = "127.0.0.1"
BODY = ('{"id":"3f2c8a4e-1b7d-4e5f-9a0b-2c3d4e5f6a7b","userName":"user0001","email":"user0001@example.com",'
        '"displayName":"User 0001","createdAt":"2026-11-23T00:00:00+00:00"}')
CLK_TCK = os.sysconf("SC_CLK_TCK")


def nginx_config(folder, workers, servers):
    """servers: the nginx server blocks; everything else keeps nginx inside the folder, unprivileged."""
    temp = "\n".join(f"    {k}_temp_path {folder}/{k};" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (f"daemon off;\nworker_processes {workers};\npid {folder}/nginx.pid;\nerror_log {folder}/logs/error.log warn;\n"
            f"events {{ worker_connections 4096; }}\nhttp {{\n    access_log off;\n{temp}\n    keepalive_requests 1000000;\n"
            f"{servers}\n}}\n")


def start_nginx(folder, workers, servers):
    os.makedirs(f"{folder}/logs", exist_ok=True)
    with open(f"{folder}/nginx.conf", "w") as f:
        f.write(nginx_config(folder, workers, servers))
    return subprocess.Popen(["nginx", "-c", f"{folder}/nginx.conf", "-p", f"{folder}/", "-e", f"{folder}/logs/error.log"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cpu_ticks(pid):
    """utime + stime of the process and its children (nginx workers)."""
    pids = [pid] + [int(p) for p in subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()]
    total = 0
    for p in pids:
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def peak_rss_mb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def wait_ready(name, url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"ab: {name} exited (code {process.returncode}) before answering {url}")
        try:
            if urllib.request.urlopen(url, timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit(f"ab: {name} did not answer {url} within {seconds} s")


def wrk(port, seconds, connections, paths):
    out = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "5s", "--latency",
                          "-s", f"{ROOT}/bench/rotate.lua", f"http://{HOST}:{port}", "--", paths],
                         capture_output=True, text=True, check=True).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return requests, float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)], int(bad.group(1)) if bad else 0


def parse_variant(text):
    """name:KEY=VALUE,KEY=VALUE; the key dir= names another Gateway build output folder."""
    name, _, rest = text.partition(":")
    if not re.fullmatch(r"[\w.-]+", name):
        sys.exit(f"ab: variant name '{name}' must be letters, digits, '.', '_' or '-'")
    env, folder = {}, None
    for pair in filter(None, rest.split(",")):
        key, sep, value = pair.partition("=")
        if not sep:
            sys.exit(f"ab: '{pair}' in variant '{name}' is not KEY=VALUE")
        if key == "dir":
            folder = os.path.abspath(value)
        else:
            env[key] = value
    return name, env, folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variant", action="append", default=[], help="name:KEY=VALUE,... (repeatable)")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--duration", type=int, default=4, help="seconds per round")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--warmup", type=int, default=20,
                        help="seconds of load per target before measuring, enough for the tiered JIT to settle")
    parser.add_argument("--external", metavar="PATHS",
                        help="use the backend already listening on :5101 and :5102 (e.g. the real UserService pair "
                             "that bench/run.sh --external uses) instead of the constant one; PATHS is a file of "
                             "request paths, one per line, that it answers with 200")
    args = parser.parse_args()
    for tool in ("nginx", "wrk"):
        if shutil.which(tool) is None:
            sys.exit(f"ab: {tool} is missing; install it with: apt-get install -y nginx wrk")
    gateway_dir = f"{ROOT}/Gateway/bin/Release/net10.0"
    bare_dir = f"{ROOT}/bench/BareYarp/bin/Release/net10.0"
    for folder in (gateway_dir, bare_dir):
        if not os.path.isfile(f"{folder}/{os.path.basename(folder.split('/bin/')[0])}.dll"):
            sys.exit(f"ab: no Release build in {folder} (dotnet build <project> -c Release)")

    work = tempfile.mkdtemp(prefix="ab.")
    if args.external:
        paths = os.path.abspath(args.external)
    else:
        paths = f"{work}/users.paths"
        with open(paths, "w") as f:
            f.writelines(f"/api/users/{uuid.uuid4()}\n" for _ in range(1000))
    processes = []
    try:
        if not args.external:
            backend = start_nginx(f"{work}/backend", 1,
                                  f"    server {{ listen {HOST}:5101; listen {HOST}:5102; location / {{ default_type application/json; return 200 '{BODY}'; }} }}")
            processes.append(("backend", backend))
        targets = [("bare-yarp", 6000, subprocess.Popen(["dotnet", "BareYarp.dll", "--urls", f"http://{HOST}:6000"], cwd=bare_dir,
                                                        env={**os.environ, "ASPNETCORE_ENVIRONMENT": "Production"},
                                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)),
                   ("nginx", 6001, start_nginx(f"{work}/proxy", "auto",
                                               f"    upstream users {{ server {HOST}:5101; server {HOST}:5102; keepalive 64; keepalive_requests 1000000; }}\n"
                                               f"    server {{ listen {HOST}:6001; location / {{ proxy_pass http://users; proxy_http_version 1.1; proxy_set_header Connection \"\"; }} }}"))]
        # The gateway as bench/run.sh and the image run it, then each variant's changes on top.
        base_env = {"ASPNETCORE_ENVIRONMENT": "Local", "Logging__Format": "json", "Jwt__Authority": f"http://{HOST}:5101",
                    "Gateway__RouteFile": f"{ROOT}/ocelot.json", "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS": "1",
                    "DOTNET_GCgen0size": "0x800000"}
        variants = [("gateway", {}, None)] + [parse_variant(v) for v in args.variant]
        for i, (name, env, folder) in enumerate(variants):
            port = 6010 + i
            log = open(f"{work}/{name}.log", "w")
            process = subprocess.Popen(["dotnet", "Gateway.dll", "--urls", f"http://{HOST}:{port}"], cwd=folder or gateway_dir,
                                       env={**os.environ, **base_env, **env}, stdout=log, stderr=subprocess.STDOUT)
            targets.append((name, port, process))
        processes += [(name, process) for name, _, process in targets]
        first = open(paths).readline().strip()
        for name, port, process in targets:
            wait_ready(name, f"http://{HOST}:{port}{first}", process)
        for _, port, _ in targets:
            wrk(port, args.warmup, args.connections, paths)  # JIT tiers, connection pools

        results = {name: [] for name, _, _ in targets}
        for r in range(args.rounds):
            for name, port, process in (targets if r % 2 == 0 else targets[::-1]):
                before = cpu_ticks(process.pid)
                requests, p99, bad = wrk(port, args.duration, args.connections, paths)
                cpu_us = (cpu_ticks(process.pid) - before) / CLK_TCK / requests * 1e6
                results[name].append((requests / args.duration, p99, cpu_us, bad))
            print(f"ab: round {r + 1}/{args.rounds} done", file=sys.stderr)

        reference = results["bare-yarp"]
        backend_text = "the backend on :5101/:5102" if args.external else "constant backend"
        print(f"{args.rounds} rounds × {args.duration} s at {args.connections} connections, {backend_text}; "
              "ratios are medians of per-round ratios to bare YARP in the same round")
        print(f"{'target':<16}{'req/s':>9}{'p99 ms':>9}{'CPU µs/req':>12}{'× req/s':>9}{'× CPU':>8}{'peak MB':>9}{'non-2xx':>9}")
        for name, _, process in targets:
            rows = results[name]
            def median(i):
                return statistics.median(row[i] for row in rows)
            rps_ratio = statistics.median(a[0] / b[0] for a, b in zip(rows, reference))
            cpu_ratio = statistics.median(a[2] / b[2] for a, b in zip(rows, reference))
            print(f"{name:<16}{median(0):>9.0f}{median(1):>9.2f}{median(2):>12.1f}{rps_ratio:>9.3f}{cpu_ratio:>8.3f}"
                  f"{peak_rss_mb(process.pid):>9.0f}{sum(row[3] for row in rows):>9}")
    finally:
        for _, process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for _, process in processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
