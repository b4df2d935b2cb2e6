#!/usr/bin/env python3
"""Turns the per-round wrk measurements of bench/run.sh into results.md and results.json.

  report.py --rounds rounds.jsonl --meta meta.json --markdown results.md --json results.json

Each line of rounds.jsonl is {"target", "connections", "round", "cpu_ticks" (of the proxy process
or null), "wrk": {...the BENCH_JSON object printed by rotate.lua...}}.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
from collections import defaultdict
from datetime import datetime, timezone

TARGETS = {  # name: (label, what it measures)
    "direct": ("direct", "GET /api/users/{id} on UserService :5101, no proxy"),
    "nginx": ("nginx", "GET /api/users/{id} through nginx :5080 (both instances)"),
    "bare_yarp": ("bare YARP", "GET /api/users/{id} through bench/BareYarp :5090 (both instances)"),
    "gateway": ("gateway", "GET /api/users/{id} through the gateway :5000"),
    "posts_first": ("gateway, posts page 1", "GET /api/posts?limit=20 through the gateway"),
    "posts_deep": ("gateway, posts deep page", "GET /api/posts?limit=20&cursor=... (deep) through the gateway"),
}


def summarize(rounds, clk_tck):
    """Median and range of throughput, medians of the per-round percentiles, CPU per request."""
    rps = [r["wrk"]["requests"] / (r["wrk"]["duration_us"] / 1e6) for r in rounds]
    requests = sum(r["wrk"]["requests"] for r in rounds)
    ticks = [r["cpu_ticks"] for r in rounds if r.get("cpu_ticks") is not None]
    cpu = None
    if ticks and len(ticks) == len(rounds) and requests:
        cpu = round(sum(ticks) / clk_tck * 1e6 / requests, 1)
    socket_errors = sum(r["wrk"][k] for r in rounds
                        for k in ("errors_connect", "errors_read", "errors_write", "errors_timeout"))
    return {
        "rounds": len(rounds),
        "requests": requests,
        "rps": round(statistics.median(rps)),
        "rps_min": round(min(rps)),
        "rps_max": round(max(rps)),
        "p50_ms": round(statistics.median(r["wrk"]["latency_p50_us"] for r in rounds) / 1000, 3),
        "p90_ms": round(statistics.median(r["wrk"]["latency_p90_us"] for r in rounds) / 1000, 3),
        "p99_ms": round(statistics.median(r["wrk"]["latency_p99_us"] for r in rounds) / 1000, 3),
        "cpu_us_per_req": cpu,
        "non_2xx": sum(r["wrk"]["errors_status"] for r in rounds),
        "socket_errors": socket_errors,
    }


def paired(rounds_a, rounds_b):
    """Medians over rounds of a's throughput and CPU per request relative to b's in the same round.

    The targets of a round run back to back, so a slow round (another process, heat) slows both;
    the per-round ratio cancels that, which the ratio of two medians taken over different rounds
    does not. None when either lacks rounds or CPU figures."""
    by_round = {r["round"]: r for r in rounds_b}
    rps, cpu = [], []
    for a in rounds_a:
        b = by_round.get(a["round"])
        if b is None or not a["wrk"]["requests"] or not b["wrk"]["requests"]:
            continue
        rps.append((a["wrk"]["requests"] / a["wrk"]["duration_us"]) / (b["wrk"]["requests"] / b["wrk"]["duration_us"]))
        if a.get("cpu_ticks") and b.get("cpu_ticks"):
            cpu.append((a["cpu_ticks"] / a["wrk"]["requests"]) / (b["cpu_ticks"] / b["wrk"]["requests"]))
    return {"rps": round(statistics.median(rps), 3) if rps else None,
            "cpu_per_req": round(statistics.median(cpu), 3) if cpu else None,
            "rounds": len(rps)}


def ratio(a, b, digits=3):
    return round(a / b, digits) if a is not None and b else None


def command_output(*argv):
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)
        return (done.stdout + done.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return None


def machine():
    model, memory = None, None
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), None)
    with open("/proc/meminfo", encoding="utf-8") as f:
        kb = next(int(line.split()[1]) for line in f if line.startswith("MemTotal:"))
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory": memory,
        "kernel": platform.release(),
        "os": command_output("sh", "-c", ". /etc/os-release && echo \"$PRETTY_NAME\""),
        "dotnet": command_output("dotnet", "--version"),
        "nginx": command_output("nginx", "-v"),
        "wrk": (command_output("wrk", "-v") or "").split(" Copyright")[0] or None,
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def build(rounds, meta):
    grouped = defaultdict(list)
    for r in rounds:
        grouped[(r["connections"], r["target"])].append(r)
    detail = defaultdict(dict)
    for (connections, target), rs in sorted(grouped.items()):
        detail[str(connections)][target] = summarize(rs, meta["clk_tck"])
    headline = str(max(int(c) for c in detail)) if detail else None
    at = detail.get(headline, {})

    def get(target, key):
        return at.get(target, {}).get(key)

    def paired_with(target):
        if headline is None:
            return None
        a, b = grouped.get((int(headline), "gateway")), grouped.get((int(headline), target))
        return paired(a, b) if a and b else None

    gateway_rps = get("gateway", "rps")
    rss_kb = meta.get("peak_rss_kb", {}).get("gateway")
    return {
        "connections": int(headline) if headline else None,
        "direct_rps": get("direct", "rps"),
        "nginx_rps": get("nginx", "rps"),
        "bare_yarp_rps": get("bare_yarp", "rps"),
        "gateway_rps": gateway_rps,
        "gateway_vs_nginx": ratio(gateway_rps, get("nginx", "rps")),
        "gateway_vs_bare_yarp": ratio(gateway_rps, get("bare_yarp", "rps")),
        "gateway_vs_direct": ratio(gateway_rps, get("direct", "rps")),
        "gateway_p99_ms": get("gateway", "p99_ms"),
        "nginx_p99_ms": get("nginx", "p99_ms"),
        "bare_yarp_p99_ms": get("bare_yarp", "p99_ms"),
        "gateway_cpu_us_per_req": get("gateway", "cpu_us_per_req"),
        "bare_yarp_cpu_us_per_req": get("bare_yarp", "cpu_us_per_req"),
        "nginx_cpu_us_per_req": get("nginx", "cpu_us_per_req"),
        "gateway_cpu_vs_bare_yarp": ratio(get("gateway", "cpu_us_per_req"), get("bare_yarp", "cpu_us_per_req")),
        "gateway_cpu_vs_nginx": ratio(get("gateway", "cpu_us_per_req"), get("nginx", "cpu_us_per_req")),
        "paired_vs_bare_yarp": paired_with("bare_yarp"),
        "paired_vs_nginx": paired_with("nginx"),
        "deep_page_vs_first_page": ratio(get("posts_deep", "p50_ms"), get("posts_first", "p50_ms"), 2),
        "gateway_peak_rss_mb": round(rss_kb / 1024, 1) if rss_kb else None,
        "errors": sum(s["non_2xx"] + s["socket_errors"] for s in at.values()),
        "errors_all_connections": sum(s["non_2xx"] + s["socket_errors"] for c in detail.values() for s in c.values()),
        "detail": detail,
        "peak_rss_mb": {k: round(v / 1024, 1) for k, v in meta.get("peak_rss_kb", {}).items() if v},
        "settings": meta.get("settings", {}),
        "machine": machine(),
    }


def fmt(value, suffix=""):
    if value is None:
        return "–"
    return f"{value:,}{suffix}" if isinstance(value, int) else f"{value:g}{suffix}"


def data_sentence(s):
    text = f"Data: {s.get('users')} users"
    if s.get("posts") is not None:
        text += f", {s.get('posts')} posts"
    text += f"; user requests rotate over {s.get('user_paths')} user ids"
    if s.get("deep_page"):
        text += (f"; the deep page is page {s['deep_page']} of 20 (requests rotate over pages "
                 f"{s.get('deep_pages')}, reached by following nextCursor)")
    return text + "."


def paired_lines(r):
    """The per-round ratios, when the run measured the gateway and the peer in the same rounds."""
    lines = []
    for key, peer in (("paired_vs_bare_yarp", "bare YARP"), ("paired_vs_nginx", "nginx")):
        p = r.get(key)
        if p and p["rps"] is not None:
            cpu = f", CPU per request {fmt(p['cpu_per_req'])} ×" if p["cpu_per_req"] is not None else ""
            lines.append(f"- Gateway against {peer} in the same round (median of {p['rounds']} rounds): "
                         f"throughput {fmt(p['rps'])} ×{cpu}.")
    return lines


def markdown(result):
    s, m = result["settings"], result["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Produced by `bench/run.sh` on {m['date']}; see the Performance section of README.md for how to reproduce.",
        "",
        f"Machine: {m['cpus']} CPUs ({m['cpu_model']}), {m['memory']} RAM, {m['os']}, kernel {m['kernel']}; "
        f".NET SDK {m['dotnet']}; {m['nginx']}; {m['wrk']}. Everything, wrk included, shares these CPUs "
        "over loopback, so compare the rows with each other rather than with other machines "
        f"(1-minute load average when the run started: {s.get('load_average_at_start')}).",
        "",
        f"Method: wrk, {s.get('threads')} threads, rounds of {s.get('duration_s')} s ({s.get('rounds')} per target "
        f"and connection count) after a {s.get('warmup_s')} s warm-up, targets in alternating order "
        "(reversed every other round). Requests/s is the median round (min–max); latencies are the "
        "medians of each round's percentiles; CPU is the proxy process's user+system time "
        "(/proc/<pid>/stat) over the rounds divided by their requests (nginx: master and workers). "
        + data_sentence(s),
        "",
    ]
    for connections, targets in result["detail"].items():
        lines += [f"## {connections} connections", "",
                  "| Target | Requests/s (min–max) | p50 | p99 | Proxy CPU/request | Non-2xx | Socket errors |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for name in TARGETS:
            if name in targets:
                t = targets[name]
                lines.append(
                    f"| {TARGETS[name][0]} | {fmt(t['rps'])} ({fmt(t['rps_min'])}–{fmt(t['rps_max'])}) | "
                    f"{t['p50_ms']:.2f} ms | {t['p99_ms']:.2f} ms | {fmt(t['cpu_us_per_req'], ' µs')} | "
                    f"{fmt(t['non_2xx'])} | {fmt(t['socket_errors'])} |")
        lines.append("")
    r = result
    lines += [
        f"## Summary ({r['connections']} connections)",
        "",
        f"- Gateway throughput: {fmt(r['gateway_vs_nginx'])} × nginx, {fmt(r['gateway_vs_bare_yarp'])} × bare YARP, "
        f"{fmt(r['gateway_vs_direct'])} × direct.",
        f"- p99 latency: gateway {fmt(r['gateway_p99_ms'], ' ms')}, nginx {fmt(r['nginx_p99_ms'], ' ms')}, "
        f"bare YARP {fmt(r['bare_yarp_p99_ms'], ' ms')}.",
        f"- Proxy CPU per request: gateway {fmt(r['gateway_cpu_us_per_req'], ' µs')}, "
        f"bare YARP {fmt(r['bare_yarp_cpu_us_per_req'], ' µs')}, nginx {fmt(r['nginx_cpu_us_per_req'], ' µs')}.",
        f"- Proxy CPU per request, gateway relative to: bare YARP {fmt(r['gateway_cpu_vs_bare_yarp'])} ×, "
        f"nginx {fmt(r['gateway_cpu_vs_nginx'])} ×.",
        *paired_lines(r),
        f"- Deep page vs first page (p50 latency): {fmt(r['deep_page_vs_first_page'])} ×.",
        f"- Gateway peak RSS (VmHWM): {fmt(r['gateway_peak_rss_mb'], ' MB')}.",
        f"- Errors (non-2xx and socket errors): {fmt(r['errors'])} at {r['connections']} connections, "
        f"{fmt(r['errors_all_connections'])} in all.",
        "",
        "## What ran",
        "",
    ]
    lines += [f"- {TARGETS[name][0]}: {TARGETS[name][1]}." for name in TARGETS
              if any(name in t for t in r["detail"].values())]
    if s.get("gateway_env"):
        lines.append(f"- Gateway started with extra environment: `{s['gateway_env']}`.")
    lines += [f"- Logging: {s.get('logging')}.", f"- nginx: {s.get('nginx_config')}.",
              f"- Bare YARP: {s.get('bare_yarp_config')}.", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", required=True)
    parser.add_argument("--meta", required=True)
    parser.add_argument("--markdown", required=True)
    parser.add_argument("--json", required=True)
    args = parser.parse_args()
    with open(args.rounds, encoding="utf-8") as f:
        rounds = [json.loads(line) for line in f if line.strip()]
    with open(args.meta, encoding="utf-8") as f:
        meta = json.load(f)
    result = build(rounds, meta)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    with open(args.markdown, "w", encoding="utf-8") as f:
        f.write(markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    main()
