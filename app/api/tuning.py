"""The server process tuned for many small reads on a few cores (`stancegraph serve` only, never tests).

- Worker threads: every sync route runs in a worker thread, and Python runs one thread at a time. With as many
  threads as clients (AnyIO's default is 40), a long page shares the interpreter with every request behind it
  and they all finish late; with one thread per core (at least 2, so a write or an export never stops the
  reads), requests wait their turn and each runs at full speed once started, while the others' SQLite work
  and compression (which release the interpreter) overlap it.
- Garbage collection: what is alive once the store is open (the modules of FastAPI, pydantic, networkx,
  numpy and their objects) is moved out of the collector's sight (`gc.freeze`), so a full collection no
  longer walks it (80 ms pauses at 10,000 articles, every few seconds under load); the young generation is
  collected every 10,000 allocations instead of 700 (a long page makes tens of thousands of objects).
"""

from __future__ import annotations

import gc
import os

GC_THRESHOLDS = (10_000, 10, 10)


def worker_threads() -> int:
    return max(2, os.cpu_count() or 2)


def default_read_processes() -> int:
    """Reading processes (`app.api.offload`): one per core, none on a single core (where they could only
    take turns with the server process)."""
    cores = os.cpu_count() or 1
    return cores if cores >= 2 else 0


def tune_process() -> None:
    """Call once the app has started (inside its event loop, after the store is open)."""
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = worker_threads()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
