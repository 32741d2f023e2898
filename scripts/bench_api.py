"""Serving benchmark on loopback: start-up, varied reads against /api/health, the explorer's first view, adding
articles.

    python scripts/bench_api.py [--db FILE] [--requests 2000] [--concurrency 8] [--posts 10 --post-corpus FILE]

Copies the store (with no --db: a fresh one, which the server fills from the shipped corpus first), starts
`stancegraph serve` on a free loopback port and reports:
- start: seconds from launching the process until /api/health answers, and its resident memory then;
- /api/relations with varied filters (relation, level, source, target, date range, page), every URL asked
  once so the response cache never answers, alternating in rounds with /api/health under the same load:
  p50 / p99 and requests/s of each, and their ratio;
- /api/graph as the explorer page first asks for it: bytes and seconds (not cached);
- POST /api/documents: seconds per article end to end, for `--posts` articles from `--post-corpus` (JSONL)
  that the store does not hold, after one warm-up article (which loads the spaCy model and the name
  index once);
- peak resident memory of the server and its reading processes (`--read-processes`), summed.
Not a test: the numbers depend on the machine; compare the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import httpx
from bench_ingest import _tree as tree  # a process and its descendants

PROJECT = Path(__file__).resolve().parent.parent
PAGE_GRAPH = ("/api/graph?relations=supports,opposes,participates_in,declines,affiliated_with&level=person"
              "&evidence_limit=0&layout=true&max_nodes=150&max_edges=600")
RELATIONS = (None, "supports", "opposes", "participates_in", "declines", "affiliated_with")
SLOWEST = 10  # the slowest requests are listed (with --slowest)


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    cpu: float = 0.0  # server CPU seconds spent meanwhile
    others: float = 0.0  # CPU seconds of the machine's other processes meanwhile
    client_cpu: float = 0.0  # this process's (the clients')
    slowest: list[tuple[float, str]] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    def add(self, other: Result) -> None:
        self.latencies += other.latencies
        self.errors += other.errors
        self.seconds += other.seconds
        self.cpu += other.cpu
        self.others += other.others
        self.client_cpu += other.client_cpu
        self.slowest = sorted(self.slowest + other.slowest, reverse=True)[:SLOWEST]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory(pid: int, field_name: str) -> float:
    """VmRSS or VmHWM of a process, in MiB (0 for one that has ended)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def proportional(pid: int) -> float:
    """A process's proportional set size in MiB: its own pages, and its share of those it shares with others
    (a reading process forked from the server shares what it has not written since)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_memory(pid: int, field_name: str) -> tuple[float, int]:
    """VmRSS or VmHWM summed over a process and its descendants (for VmHWM, the sum of each one's peak: at
    least the peak of the sum), in MiB, and how many processes there are."""
    pids = tree(pid)
    return sum(memory(p, field_name) for p in pids), len(pids)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (0 for one that has ended)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_cpu_seconds() -> float:
    """CPU seconds every process on the machine has used so far (busy time of all cores, from /proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and its descendants so far."""
    return sum(cpu_seconds(p) for p in tree(pid))


def start_server(db: Path, port: int, *, read_processes: int | None = None) -> tuple[subprocess.Popen, float]:
    cmd = [sys.executable, "-m", "app", "serve", "--db", str(db), "--port", str(port), "--log-level", "warning",
           "--quiet", *(() if read_processes is None else ("--read-processes", str(read_processes)))]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited: {proc.stderr.read()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    proc.kill()
    sys.exit("server did not start")


def run(base: str, paths: list[str], concurrency: int, max_seconds: float) -> Result:
    result = Result()
    lock = threading.Lock()
    deadline = time.perf_counter() + max_seconds
    local = threading.local()

    def client() -> httpx.Client:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base, timeout=60)
        return local.client

    def one(path: str) -> None:
        if time.perf_counter() > deadline:
            return
        session = client()  # made before the clock starts: making one takes 20-30 ms (its TLS context)
        started = time.perf_counter()
        try:
            ok = session.get(path).status_code == 200
        except httpx.HTTPError:
            ok = False
        elapsed = time.perf_counter() - started
        with lock:
            if ok:
                result.latencies.append(elapsed)
                result.slowest = sorted([*result.slowest, (elapsed, path)], reverse=True)[:SLOWEST]
            else:
                result.errors += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, paths))
    result.seconds = time.perf_counter() - started
    return result


def varied_relations(base: str, n: int, seed: int, periods: float) -> list[str]:
    """n distinct /api/relations URLs over the store's own entities and dates."""
    names = [e["label"] for e in httpx.get(base + "/api/entities?limit=300", timeout=60).json()["items"]]
    meta = httpx.get(base + "/api/graph?max_nodes=1&evidence_limit=0", timeout=120).json()["meta"]
    first, last = int((meta["date_min"] or "2024")[:4]), int((meta["date_max"] or "2026")[:4])
    rng = random.Random(seed)
    urls: set[str] = set()
    while len(urls) < n:
        q: dict[str, str | int] = {"level": rng.choice(("person", "state"))}
        relation = rng.choice(RELATIONS)
        if relation:
            q["relation"] = relation
        side = rng.random()
        if side < 0.35:
            q["source"] = rng.choice(names)
        elif side < 0.7:
            q["target"] = rng.choice(names)
        if rng.random() < periods:
            year = rng.randint(first, last)
            q["since"] = f"{year}-{rng.randint(1, 12):02d}"
            if rng.random() < 0.5:
                q["until"] = f"{min(last, year + rng.randint(0, 1))}-{rng.randint(1, 12):02d}"
        q["limit"] = rng.choice((10, 20, 50, 100))
        q["offset"] = rng.choice((0, 0, 0, 20, 100))
        urls.add("/api/relations?" + urlencode(q))
    return sorted(urls, key=lambda _: rng.random())


def new_articles(corpus: Path | None, n: int, seed: int) -> list[dict]:
    """n articles for POST, made unique by a line naming the run (the store cannot hold them yet)."""
    if corpus is None or n <= 0:
        return []
    out = []
    tag = f"{seed}-{time.time_ns()}"
    with corpus.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if len(out) > n:
                break
            item = json.loads(line)
            out.append({"text": item["text"] + f"\n\nBenchmark note {tag}-{i}.", "title": item.get("title") or "t",
                        "date": item.get("date"), "url": item.get("url")})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an existing store, copied first (default: a fresh one filled from data/seeds)")
    parser.add_argument("--requests", type=int, default=2000, help="distinct /api/relations requests (default 2000)")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--rounds", type=int, default=2, help="alternations of relations and health (default 2)")
    parser.add_argument("--max-seconds", type=float, default=60, help="time cap per endpoint per round")
    parser.add_argument("--posts", type=int, default=0, help="articles to POST after the reads (default 0)")
    parser.add_argument("--post-corpus", type=Path, help="JSONL of articles to POST (e.g. scripts/gen_corpus.py)")
    parser.add_argument("--periods", type=float, default=0.3,
                        help="share of the /api/relations requests with a date range (default 0.3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slowest", action="store_true", help="list the slowest /api/relations requests")
    parser.add_argument("--read-processes", type=int, help="passed to `stancegraph serve` (default: its own)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    db = Path(tmp.name) / "bench.db"
    if args.db:
        shutil.copy(args.db, db)
    port = free_port()
    print(f"starting stancegraph serve on 127.0.0.1:{port} ({args.db or 'fresh store, seeding'}) ...", flush=True)
    proc, start_seconds = start_server(db, port, read_processes=args.read_processes)
    start_rss, _ = tree_memory(proc.pid, "VmRSS")
    start_pss = sum(proportional(p) for p in tree(proc.pid))
    base = f"http://127.0.0.1:{port}"
    posted = Result()
    try:
        health = httpx.get(base + "/api/health", timeout=60).json()
        started = time.perf_counter()
        page = httpx.get(base + PAGE_GRAPH, timeout=300)
        page_seconds = time.perf_counter() - started
        page_body = page.json()
        urls = varied_relations(base, args.requests, args.seed, args.periods)
        run(base, ["/api/health"] * 100, args.concurrency, 10)  # warm up the clients
        results = {"relations": Result(), "health": Result()}
        per_round = max(1, len(urls) // args.rounds)
        for k in range(args.rounds):
            for name, paths in (("relations", urls[k * per_round:(k + 1) * per_round]),
                                ("health", ["/api/health"] * per_round)):
                before, mine, machine = tree_cpu_seconds(proc.pid), cpu_seconds(os.getpid()), machine_cpu_seconds()
                part = run(base, paths, args.concurrency, args.max_seconds)
                part.cpu, part.client_cpu = tree_cpu_seconds(proc.pid) - before, cpu_seconds(os.getpid()) - mine
                part.others = machine_cpu_seconds() - machine - part.cpu - part.client_cpu
                results[name].add(part)
        articles = new_articles(args.post_corpus, args.posts, args.seed)
        warm = 0.0
        for i, article in enumerate(articles):
            started = time.perf_counter()
            response = httpx.post(base + "/api/documents", json=article, timeout=300)
            elapsed = time.perf_counter() - started
            if i == 0:
                warm = elapsed
                continue
            if response.status_code in (200, 201):
                posted.latencies.append(elapsed)
            else:
                posted.errors += 1
        peak, processes = tree_memory(proc.pid, "VmHWM")
        end_rss, _ = tree_memory(proc.pid, "VmRSS")
        end_pss = sum(proportional(p) for p in tree(proc.pid))
        peak_main = memory(proc.pid, "VmHWM")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        tmp.cleanup()

    print(f"\nstore: {health['documents']} documents, {health['entities']} entities, {health['edges']} edges; "
          f"{os.cpu_count()} CPUs, loopback, {args.concurrency} concurrent clients\n")
    print(f"serve start until /api/health answers: {start_seconds:.2f} s, RSS {start_rss:.0f} MiB "
          f"(PSS {start_pss:.0f} MiB)")
    print(f"/api/graph as the page loads it: {page.num_bytes_downloaded / 1e6:.3f} MB sent (gzip), "
          f"{len(page.content) / 1e6:.3f} MB of JSON, {page_seconds:.2f} s uncached "
          f"({page_body['meta']['nodes']} nodes, {page_body['meta']['edges']} edges)\n")
    print(f"{'endpoint':<40} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'CPU ms':>7} {'client':>7}")
    for name, label in (("relations", f"/api/relations ({len(urls)} distinct URLs)"), ("health", "/api/health")):
        r = results[name]
        n = len(r.latencies) or float("nan")
        print(f"{label:<40} {len(r.latencies):>8} {r.errors:>6} {r.rps:>8.0f} {r.pct(0.50):>8.1f} {r.pct(0.99):>8.1f} "
              f"{r.cpu * 1000 / n:>7.1f} {r.client_cpu * 1000 / n:>7.1f}")
    print("(CPU ms: the CPU time per request of the server and its reading processes, all cores; client: the "
          "benchmark's own)")
    rel = results["relations"]
    print(f"other processes on the machine used {max(0.0, rel.others) / rel.seconds:.2f} cores during the "
          f"/api/relations rounds (load average {os.getloadavg()[0]:.1f} at the end)")
    h, rel = results["health"], results["relations"]
    if args.slowest:
        print("\nslowest /api/relations requests (ms):")
        for elapsed, path in results["relations"].slowest:
            print(f"{elapsed * 1000:8.1f}  {path}")
    print(f"\nratio relations / health: throughput {rel.rps / h.rps if h.rps else float('nan'):.2f}, "
          f"p99 {rel.pct(0.99) / h.pct(0.99) if h.latencies else float('nan'):.1f}x")
    if posted.latencies or posted.errors:
        print(f"POST /api/documents: first (loads the model and the name index) {warm:.2f} s; then "
              f"{len(posted.latencies)} articles p50 {posted.pct(0.5) / 1000:.2f} s, "
              f"p99 {posted.pct(0.99) / 1000:.2f} s, max {max(posted.latencies, default=0):.2f} s, "
              f"{posted.errors} errors")
    print(f"server peak RSS: {peak:.0f} MiB ({processes} processes, each at its peak; the server process "
          f"{peak_main:.0f} MiB); at the end RSS {end_rss:.0f} MiB, PSS {end_pss:.0f} MiB (pages shared between "
          "the processes counted once)")
    return 0 if not any(r.errors for r in (*results.values(), posted)) else 1


if __name__ == "__main__":
    sys.exit(main())
