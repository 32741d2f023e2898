"""Long read answers built in other processes, so that a server uses every core.

Python runs one thread of a process at a time: with every answer built in the server process, a page of 100
edges and their evidence (15-25 ms of Python) holds back every request behind it while the other core idles.
`stancegraph serve` therefore starts reading processes (one per core by default). Each reads the store with
its own pool of read-only connections (`app.api.state.ReaderPool`) and builds the answers it is handed: a
route's `answer` function run on a snapshot, then encoded and compressed as the server process would. The
server process keeps the rest: HTTP, validation, the cache of answers, the one writer.

On Linux the processes are forked from the server once it has loaded the edge index, ranked the whole lists
and read the articles, before it runs any other thread: they start at once, warm, sharing those pages with
it until either writes them. A fork carries no SQLite connection it uses: the server's idle reading
connections are closed first, and its writer (idle then) is never touched in a reading process, which opens
its own connections. Elsewhere, or later (a process that died is replaced), they are started afresh
and load all that themselves before taking any work; until one is ready the server process builds the
answers. Everything a process keeps in memory is made per version of the store, and each answer reads the
store's newest version when a process starts on it: a read sees every write that committed before it began.
Each answer is cached under the version it read. The processes die with the server (`app.lifeline`).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from app.api.compression import Body, encoded
from app.api.deps import Answer, View
from app.api.state import ReaderPool
from app.lifeline import die_with_parent

if TYPE_CHECKING:
    from graph.articles import ArticleCache
    from graph.edgeindex import EdgeIndexCache

log = logging.getLogger("stancegraph.api")
MAX_RESTARTS = 3  # reading processes started again after deaths; then the server process answers alone


def can_fork() -> bool:
    """Whether reading processes can be forked from this one: on Linux, while it runs a single thread (a fork
    copies only the thread that makes it, so a lock another thread held would stay held in the copy)."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods())


class ReadProcesses:
    """`processes` reading processes over the store of `readers` (the server's own pool), handed answers to
    build in turn."""

    def __init__(self, readers: ReaderPool, *, processes: int) -> None:
        self.readers = readers
        self.processes = max(1, processes)
        self.restarts = 0
        self.forked = False  # whether the running processes were forked from this one
        self._executor: ProcessPoolExecutor | None = None
        self._started: list[Future] = []  # done once a process is ready
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        self.forked = can_fork()
        if self.forked:
            self.readers.release_idle()  # a fork must not carry SQLite connections it could use
            context = multiprocessing.get_context("fork")
            initargs = (os.getpid(), str(self.readers.path), self.readers.edge_indexes, self.readers.articles)
        else:
            context = multiprocessing.get_context("spawn")
            initargs = (os.getpid(), str(self.readers.path), None, None)
        executor = ProcessPoolExecutor(self.processes, mp_context=context, initializer=_open, initargs=initargs)
        self._started = [executor.submit(_ready) for _ in range(self.processes)]  # all start now
        return executor

    @property
    def ready(self) -> bool:
        """Whether a process is ready to take answers."""
        return self._executor is not None and any(f.done() and not f.exception() for f in self._started)

    async def answer(self, answer: Answer, level: str, params: dict[str, object]) -> tuple[int, Body] | None:
        """(the version read, the encoded answer) of `answer(view, **params)` at this level; None when no
        reading process could build it (the caller builds it then)."""
        executor = self._executor
        if executor is None or not self.ready:
            return None
        try:
            return await asyncio.wrap_future(executor.submit(_answer, answer, level, params))
        except BrokenProcessPool:
            self._replace(executor)
            return None

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is not broken:  # replaced already
                return
            broken.shutdown(wait=False, cancel_futures=True)
            if self.restarts >= MAX_RESTARTS:
                log.warning("reading processes keep dying: the server process builds every answer from now on")
                self._executor = None
                return
            log.warning("a reading process died: starting them again")
            self.restarts += 1
            self._executor = self._start()

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


# -- in a reading process ------------------------------------------------------------------------------
_readers: ReaderPool | None = None


def _open(parent_pid: int, db: str, edge_indexes: EdgeIndexCache | None, articles: ArticleCache | None) -> None:
    """Open the store in this process: with what the server holds in memory when forked from it, else loaded
    here before any answer is taken."""
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the server's handler, which a fork copies
    signal.set_wakeup_fd(-1)  # nor its event loop's wake-up
    global _readers
    _readers = ReaderPool(Path(db), edge_indexes=edge_indexes, articles=articles)
    if edge_indexes is None:
        _readers.warm_now(articles=True)


def _ready() -> None:
    """Nothing: handed to each process once so that all of them start at once."""


def _answer(answer: Answer, level: str, params: dict[str, object]) -> tuple[int, Body]:
    if _readers is None:
        raise RuntimeError("a reading process answers only once opened")
    with _readers.snapshot() as snapshot:
        return snapshot.version, encoded(answer(View(level, snapshot), **params))
