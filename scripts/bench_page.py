"""The explorer page's weight and the time until its layout is stable, in headless Chromium.

    python scripts/bench_page.py [--db FILE] [--runs 5] [--screenshot FILE.png]

Starts `stancegraph serve` on loopback (with no --db, a fresh store filled from the shipped corpus; a given
store is copied first), loads `/` in Debian's Chromium with every non-loopback request blocked and a cold
cache each run, and reports the bytes of HTML + JS + CSS and of the graph data the page fetches (as sent,
gzip where the server compresses, and decoded) and the time from navigation to `window.stancegraph.ready`
(the view drawn and still, physics off). The first run meets the server's empty response cache, the later
ones the cached answer. Not a test.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_api import free_port, start_server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
KINDS = ("document", "script", "stylesheet", "fetch")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="an existing store (default: a fresh one filled from data/seeds)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, help="save the last run's page as a PNG")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    tmp = tempfile.TemporaryDirectory()
    db = Path(tmp.name) / "bench.db"
    if args.db:
        shutil.copy(args.db, db)
    port = free_port()
    proc, _ = start_server(db, port)
    url = f"http://127.0.0.1:{port}/"
    times: list[float] = []
    sizes: dict[str, tuple[int, int]] = {}
    blocked: list[str] = []
    view = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for _ in range(args.runs):
                context = browser.new_context(viewport={"width": 1440, "height": 900})
                context.route("**/*", lambda r: r.continue_() if urlsplit(r.request.url).hostname == "127.0.0.1"
                              else (blocked.append(r.request.url), r.abort()))
                page = context.new_page()
                responses: list = []

                def keep(response, into: list = responses) -> None:
                    into.append(response)

                page.on("response", keep)
                started = time.perf_counter()
                page.goto(url)
                page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)
                times.append(time.perf_counter() - started)
                view = page.evaluate("""() => ({nodes: window.stancegraph.network.body.data.nodes.length,
                                              edges: window.stancegraph.network.body.data.edges.length,
                                              ready_ms: window.stancegraph.readyAt})""")
                if args.screenshot:
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(args.screenshot))
                for response in responses:
                    if response.request.resource_type in KINDS:
                        sent = response.request.sizes()["responseBodySize"]
                        path = urlsplit(response.url).path
                        sizes[path if path != "/api/graph" else "/api/graph (the first view's data)"] = \
                            (sent, len(response.body()))
                context.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        tmp.cleanup()

    print(f"\nexplorer page, first view: {view['nodes']} nodes, {view['edges']} edges (default filters)\n")
    print(f"{'asset':<52} {'sent':>9} {'decoded':>9}")
    for path, (sent, decoded) in sorted(sizes.items()):
        print(f"{path:<52} {sent:>9} {decoded:>9}")
    print(f"{'total':<52} {sum(s for s, _ in sizes.values()):>9} {sum(d for _, d in sizes.values()):>9}")
    print(f"\ntime to a still view (navigation -> ready, physics off), {args.runs} cold-browser runs: "
          f"first {times[0] * 1000:.0f} ms (uncached on the server); "
          f"median {statistics.median(times) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms (in-page: {view['ready_ms']:.0f} ms after navigation start)")
    if blocked:
        print(f"blocked off-machine requests: {blocked}")
    return 1 if blocked else 0


if __name__ == "__main__":
    sys.exit(main())
