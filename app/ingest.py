"""Ingestion: articles -> spaCy -> records -> store, with progress and a report."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from app.settings import Settings
from graph.store import Store
from nlp.extract import extract
from nlp.pipeline import load_pipeline
from nlp.readers import Article, InputProblem, make_article, read_articles


@dataclass
class IngestReport:
    added: list[Article] = field(default_factory=list)
    already_stored: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    tokens: int = 0
    seconds: float = 0.0


class Ingestor:
    """Owns the (lazily loaded) pipeline; one per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(model=self.settings.model, data_dir=self.settings.data_dir)
        return self._nlp

    def ingest_paths(self, store: Store, paths: Iterable[str | Path], *,
                     progress: Callable[[Iterable], Iterable] | None = None) -> IngestReport:
        report = IngestReport()
        articles: list[Article] = []
        seen: set[str] = set()
        for item in read_articles(paths, max_bytes=self.settings.max_bytes):
            if isinstance(item, InputProblem):
                report.problems.append(item)
            elif item.doc_id in seen or store.has_document(item.doc_id):
                report.already_stored += 1
            else:
                seen.add(item.doc_id)
                articles.append(item)
        return self._process(store, articles, report, progress)

    def ingest_article(self, store: Store, *, text: str, title: str | None = None, date: object = None,
                       url: str | None = None, source: str = "api") -> IngestReport:
        report = IngestReport()
        item = make_article(text, source=source, title=title, date=date, url=url)
        if isinstance(item, InputProblem):
            report.problems.append(item)
            return report
        if store.has_document(item.doc_id):
            report.already_stored = 1
            return report
        return self._process(store, [item], report, None)

    def _processes(self, n_articles: int) -> int:
        """Parse in parallel when there is enough to share out (each worker loads its own model)."""
        if self.settings.jobs:
            return max(1, self.settings.jobs)
        if n_articles < 4 * self.settings.batch_size:
            return 1
        return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))

    def _process(self, store: Store, articles: list[Article], report: IngestReport,
                 progress: Callable[[Iterable], Iterable] | None) -> IngestReport:
        started = time.perf_counter()
        if articles:
            data_dir = str(self.settings.data_dir)
            docs = self.nlp.pipe((a.text for a in articles), batch_size=self.settings.batch_size,
                                 n_process=self._processes(len(articles)))
            pairs: Iterable = zip(articles, docs, strict=True)
            if progress is not None:
                pairs = progress(pairs)
            for article, doc in pairs:
                extraction = extract(doc, data_dir=data_dir)
                if store.add(article, extraction):
                    report.added.append(article)
                    report.tokens += extraction.n_tokens
        report.seconds = time.perf_counter() - started
        return report
