"""Ingestion: articles -> extraction (here, in worker processes or on Dask) -> store, with progress and a report.

Articles are read lazily and handed out in batches with a bounded number in flight, so memory does not
grow with the corpus. This process is the one writer: each article is committed in its own transaction,
so a build killed at any point keeps every article it stored, and running it again adds only the rest.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from spacy.language import Language

from app.extraction import PipelineSpec, extract_docs
from app.settings import Settings
from graph.store import Store
from nlp.pipeline import load_pipeline
from nlp.readers import Article, InputProblem, count_articles, make_article, read_articles
from nlp.records import Extraction

Batch = list[Article]
PARALLEL_FROM = 64  # new articles; starting a worker (spaCy and the model) costs about what parsing 20 does


class ProgressBar(Protocol):
    def update(self, n: int = 1) -> object: ...

    def close(self) -> None: ...


ProgressFactory = Callable[[int | None], ProgressBar]  # called with the expected number of items


class Runner(Protocol):
    """Runs the extraction of batches of articles somewhere; yields each batch with its extractions."""

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Extraction]]]: ...

    def close(self) -> None: ...


@dataclass
class IngestReport:
    added: int = 0
    already_stored: int = 0
    skipped: int = 0
    problems: list[InputProblem] = field(default_factory=list)  # kept only when no `on_problem` is given
    tokens: int = 0
    seconds: float = 0.0
    runner: str = ""  # where the extraction ran: "this process", "2 worker processes", "Dask at ..."


class InProcessRunner:
    """Parse in this process: small inputs, the API's single articles, `jobs=1`."""

    def __init__(self, nlp: Callable[[], Language], spec: PipelineSpec) -> None:
        self._nlp = nlp
        self.spec = spec

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Extraction]]]:
        for batch in batches:
            yield batch, extract_docs(self._nlp(), [a.text for a in batch], data_dir=self.spec.resolved_data_dir,
                                      batch_size=self.spec.batch_size)

    def close(self) -> None:
        """Nothing to release: the pipeline belongs to the `Ingestor`."""


def batched(items: Iterable[Article], size: int) -> Iterator[Batch]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class Ingestor:
    """Owns the (lazily loaded) in-process pipeline; one per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(model=self.settings.model, data_dir=self.settings.data_dir)
        return self._nlp

    @property
    def spec(self) -> PipelineSpec:
        return PipelineSpec.of(self.settings)

    def ingest_paths(self, store: Store, paths: Iterable[str | Path], *, progress: ProgressFactory | None = None,
                     on_problem: Callable[[InputProblem], None] | None = None,
                     dask: str | None = None) -> IngestReport:
        """Ingest every article under `paths` that the store does not hold yet. `dask` is the address of a
        Dask scheduler to run the extraction on; without it, the parse runs here or in worker processes."""
        paths = list(paths)
        started = time.perf_counter()
        report = IngestReport()
        # Each article is still its own transaction, but a commit no longer waits for the disk (WAL with
        # synchronous=NORMAL): a killed build keeps every committed article; only a power cut could lose the
        # last few, and the next build adds them again.
        store.conn.execute("PRAGMA synchronous = NORMAL")
        bar = progress(count_articles(paths, max_bytes=self.settings.max_bytes)) if progress else None
        try:
            items = read_articles(paths, max_bytes=self.settings.max_bytes)
            self._ingest(store, items, report, bar=bar, on_problem=on_problem, dask=dask)
        finally:
            if bar is not None:
                bar.close()
        report.seconds = time.perf_counter() - started
        return report

    def ingest_article(self, store: Store, *, text: str, title: str | None = None, date: object = None,
                       url: str | None = None, source: str = "api") -> IngestReport:
        report = IngestReport()
        started = time.perf_counter()
        self._ingest(store, [make_article(text, source=source, title=title, date=date, url=url)], report,
                     jobs=1)
        report.seconds = time.perf_counter() - started
        return report

    # -- the loop ----------------------------------------------------------------------------------
    def _ingest(self, store: Store, items: Iterable[Article | InputProblem], report: IngestReport, *,
                bar: ProgressBar | None = None, on_problem: Callable[[InputProblem], None] | None = None,
                dask: str | None = None, jobs: int | None = None) -> None:
        in_flight: set[str] = set()  # read and not yet committed: a second copy is a duplicate too

        def tick(n: int = 1) -> None:
            if bar is not None:
                bar.update(n)

        def new_articles() -> Iterator[Article]:
            for item in items:
                if isinstance(item, InputProblem):
                    report.skipped += 1
                    if on_problem is not None:
                        on_problem(item)
                    else:
                        report.problems.append(item)
                    tick()
                elif item.doc_id in in_flight or store.has_document(item.doc_id):
                    report.already_stored += 1
                    tick()
                else:
                    in_flight.add(item.doc_id)
                    yield item

        articles = new_articles()
        with self._runner(articles, report, dask=dask, jobs=jobs) as (runner, articles):
            for batch, extractions in runner.map(batched(articles, self.settings.batch_size)):
                for article, extraction in zip(batch, extractions, strict=True):
                    if extraction.error:
                        problem = InputProblem(article.source, f"extraction failed ({extraction.error}); not stored")
                        report.skipped += 1
                        if on_problem is not None:
                            on_problem(problem)
                        else:
                            report.problems.append(problem)
                    elif store.add(article, extraction):
                        report.added += 1
                        report.tokens += extraction.n_tokens
                    else:  # another writer stored it meanwhile
                        report.already_stored += 1
                    in_flight.discard(article.doc_id)
                tick(len(batch))

    @contextmanager
    def _runner(self, articles: Iterator[Article], report: IngestReport, *, dask: str | None,
                jobs: int | None) -> Iterator[tuple[Runner, Iterator[Article]]]:
        """Where the extraction runs, with the articles to give it; closes workers or connections after."""
        runner: Runner
        if dask:
            from app.cluster import DaskRunner

            runner, report.runner = DaskRunner(dask, self.spec), f"Dask at {dask}"
        else:
            jobs = jobs or self.settings.jobs
            if not jobs:  # automatic: worker processes only when there is enough to repay starting them
                head = list(itertools.islice(articles, PARALLEL_FROM))
                articles = itertools.chain(head, articles)
                jobs = 1 if len(head) < PARALLEL_FROM else min(4, available_cores())
            if jobs == 1:
                runner, report.runner = InProcessRunner(lambda: self.nlp, self.spec), "this process"
            else:
                from app.workers import WorkerPool

                runner, report.runner = WorkerPool(self.spec, jobs=jobs), f"{jobs} worker processes"
        try:
            yield runner, articles
        finally:
            runner.close()
