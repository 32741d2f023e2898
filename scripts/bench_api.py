"""Load-test the API on loopback: /api/health against /api/relations?relation=opposes, in the same run.

    python scripts/bench_api.py [--db FILE] [--requests 4000] [--concurrency 16] [--max-seconds 30]

Starts `stancegraph serve` on a free loopback port (with no --db it uses a fresh store, which the server
fills from the shipped corpus first), runs a bounded load with a fixed number of concurrent clients,
alternating the two endpoints in rounds, and prints requests/s, p50 and p99 for each and the ratio
relations / health. Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

PROJECT = Path(__file__).resolve().parent.parent
ENDPOINTS = {"health": "/api/health", "relations": "/api/relations?relation=opposes"}


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "app", "serve", "--db", str(db), "--port", str(port), "--log-level", "warning",
           "--quiet"]
    proc = subprocess.Popen(cmd, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited: {proc.stderr.read()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    sys.exit("server did not start")


def run(base: str, path: str, n: int, concurrency: int, max_seconds: float) -> Result:
    result = Result()
    lock = threading.Lock()
    deadline = time.perf_counter() + max_seconds
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base, timeout=30)
        return local.client

    def one(_: int) -> None:
        if time.perf_counter() > deadline:
            return
        started = time.perf_counter()
        try:
            ok = client().get(path).status_code == 200
        except httpx.HTTPError:
            ok = False
        elapsed = time.perf_counter() - started
        with lock:
            if ok:
                result.latencies.append(elapsed)
            else:
                result.errors += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(n)))
    result.seconds = time.perf_counter() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an existing store (default: a fresh one filled from data/seeds)")
    parser.add_argument("--requests", type=int, default=4000, help="requests per endpoint (default 4000)")
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of the two endpoints (default 2)")
    parser.add_argument("--max-seconds", type=float, default=30, help="time cap per endpoint per round")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    port = free_port()
    print(f"starting stancegraph serve on 127.0.0.1:{port} ({db}{'' if args.db else ', seeding'}) ...",
          flush=True)
    proc = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        opposes = httpx.get(base + ENDPOINTS["relations"]).json()["total"]
        for path in ENDPOINTS.values():  # warm up
            run(base, path, 200, args.concurrency, 10)
        results = {name: Result() for name in ENDPOINTS}
        per_round = max(1, args.requests // args.rounds)
        for _ in range(args.rounds):
            for name, path in ENDPOINTS.items():
                r = run(base, path, per_round, args.concurrency, args.max_seconds)
                total = results[name]
                total.latencies += r.latencies
                total.errors += r.errors
                total.seconds += r.seconds
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        tmp.cleanup()

    print(f"\nloopback, {args.concurrency} concurrent clients, {args.rounds} rounds, "
          f"{os.cpu_count()} CPUs; /api/relations?relation=opposes returns {opposes} edges\n")
    print(f"{'endpoint':<34} {'requests':>8} {'errors':>6} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    for name, path in ENDPOINTS.items():
        r = results[name]
        print(f"{path:<34} {len(r.latencies):>8} {r.errors:>6} {r.rps:>9.0f} {r.pct(0.50):>8.2f} {r.pct(0.99):>8.2f}")
    ratio = results["relations"].rps / results["health"].rps if results["health"].rps else float("nan")
    print(f"\nratio relations / health: {ratio:.2f} (target >= 0.5)")
    return 0 if statistics.fmean([r.errors for r in results.values()]) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
