"""The build's own parse workers: processes that run `extract_texts` and never outlive the build.

Each worker dies with the build (`app.lifeline`: at once on Linux, even when the build is killed by SIGKILL);
it ignores Ctrl+C, which is the build's to handle. Work is handed out in batches with a bounded number in
flight, so neither the build nor the workers ever hold more than a few batches of articles, and each worker
is replaced after a number of batches, so the memory spaCy's string store gains from new words is given back.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from app.extraction import PipelineSpec, extract_texts, pipeline_for
from app.lifeline import die_with_parent
from nlp.readers import Article
from nlp.records import Extraction


class WorkerDied(RuntimeError):
    """A parse worker ended without answering (killed, or out of memory)."""


def _start_worker(parent_pid: int, spec: PipelineSpec) -> None:
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pipeline_for(spec)  # load the model before the first batch arrives
    except Exception:
        return


class WorkerPool:
    """`jobs` worker processes (spawned, so nothing of the parent's state is shared) behind a bounded window.

    After `batches_per_worker` batches each, the workers are replaced: in-flight work is finished, the
    processes exit, new ones start (a pause of a few seconds every few thousand articles). Python's own
    `max_tasks_per_child` is not used: it can deadlock (CPython gh-115634, in 3.11 to 3.14)."""

    def __init__(self, spec: PipelineSpec, *, jobs: int, window: int | None = None,
                 batches_per_worker: int = 200) -> None:
        self.spec = spec
        self.jobs = max(1, jobs)
        self.window = window or 2 * self.jobs
        self.batches_per_pool = max(1, batches_per_worker) * self.jobs
        self.generations = 0  # how many sets of workers were started
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        self.generations += 1
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(os.getpid(), self.spec))

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list[Extraction]]]:
        """Each batch with its extractions, in the order they finish; at most `window` batches in flight."""
        try:
            yield from self._map(iter(batches))
        except BrokenProcessPool:
            raise WorkerDied("a parse worker died (killed, or out of memory); the articles stored so far are "
                             "kept, and running the build again adds the rest") from None

    def _map(self, batches: Iterator[list[Article]]) -> Iterator[tuple[list[Article], list[Extraction]]]:
        pending: dict[Future, list[Article]] = {}
        submitted = 0  # to the current workers
        exhausted = False
        while True:
            if submitted >= self.batches_per_pool and not pending:  # time for fresh workers
                self._executor.shutdown(wait=True)
                self._executor, submitted = self._start(), 0
            while not exhausted and len(pending) < self.window and submitted < self.batches_per_pool:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    pending[self._executor.submit(extract_texts, [a.text for a in batch], self.spec)] = batch
                    submitted += 1
            if not pending:
                if exhausted:
                    return
                continue
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                batch = pending.pop(future)
                yield batch, future.result()
