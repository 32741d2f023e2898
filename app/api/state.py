"""What one running app holds: the store, the built graphs (per level, cached) and the lazy ingestor.

Readers use one SQLite connection behind a lock; the single writer (POST /api/documents, seeding) has its
own connection, so a slow extraction never blocks reads. The graphs are rebuilt by the writer after each
added article and swapped in whole, so readers always see a complete graph.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from app.settings import Settings
from graph import query
from graph.store import DocumentRow, MentionRow, Store

if TYPE_CHECKING:
    from app.ingest import Ingestor, IngestReport
    from nlp.canon import Resolution

LEVELS = ("person", "state")


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("stancegraph")
    except PackageNotFoundError:
        return "0+unknown"


class ArticleRejected(ValueError):
    """The posted article cannot be ingested (empty, bad date, binary ...); the message says why."""


class ExtractionUnavailable(RuntimeError):
    """The spaCy model could not be loaded."""


def is_loopback(host: str) -> bool:
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class GraphBundle:
    """One level's graph and the figures the explorer's controls need."""

    graph: nx.MultiDiGraph
    date_min: str | None
    date_max: str | None
    max_weight: float

    @classmethod
    def of(cls, graph: nx.MultiDiGraph) -> GraphBundle:
        first, last = query.date_span(graph)
        weights = [w for *_, w in graph.edges(data="weight") if isinstance(w, (int, float))]
        return cls(graph, first, last, max(weights, default=0))


@dataclass(frozen=True)
class Snapshot:
    """Everything derived from the store at one moment; replaced whole after each write."""

    bundles: dict[str, GraphBundle]
    resolution: Resolution
    documents: int
    version: int = 0  # bumped on every swap: answers derived from this snapshot are cached under it


class ResponseCache:
    """Serialised answers to read requests, valid until the graphs are rebuilt (a small LRU)."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple, value: bytes) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


@dataclass(frozen=True)
class AddResult:
    article_id: str
    title: str
    date: str | None
    url: str | None
    added: bool
    mentions: int
    new_entities: list[query.EntityRef]
    new_edges: list[tuple[query.EntityRef, query.EntityRef, str]]
    new_co_mentions: int
    seconds: float


class AppState:
    def __init__(self, settings: Settings, *, host: str = "127.0.0.1", ingestor: Ingestor | None = None) -> None:
        self.settings = settings
        self.host = host
        self.loopback = is_loopback(host)
        self._ingestor = ingestor
        self._reader: Store | None = None
        self._writer: Store | None = None
        self._read_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self.version = 0  # bumped on every rebuild
        self.responses = ResponseCache()
        self.version_string = package_version()

    # -- resources ---------------------------------------------------------------------------------
    @property
    def reader(self) -> Store:
        if self._reader is None:
            self._reader = Store(self.settings.db)
        return self._reader

    @property
    def writer(self) -> Store:
        if self._writer is None:
            self._writer = Store(self.settings.db)
        return self._writer

    @property
    def ingestor(self) -> Ingestor:
        if self._ingestor is None:
            from app.ingest import Ingestor  # imports spaCy: only when something is to be ingested

            self._ingestor = Ingestor(self.settings)
        return self._ingestor

    @property
    def writes(self) -> str:
        """'open' on loopback, 'token' when a token is required, 'disabled' when none is configured."""
        if self.loopback:
            return "open"
        return "token" if self.settings.token else "disabled"

    def close(self) -> None:
        for store in (self._reader, self._writer):
            if store is not None:
                store.close()
        self._reader = self._writer = None

    # -- graphs ------------------------------------------------------------------------------------
    def _build(self, store: Store) -> Snapshot:
        from graph.build import build_graph, resolve_store
        from nlp.knowledge import load_knowledge

        knowledge = load_knowledge(str(self.settings.data_dir))
        resolved = resolve_store(store, knowledge)
        person = build_graph(store, knowledge, level="person", resolved=resolved)
        state = build_graph(store, knowledge, level="state", resolved=resolved)
        resolution = resolved.resolution
        return Snapshot({"person": GraphBundle.of(person), "state": GraphBundle.of(state)}, resolution,
                        store.counts()["documents"])

    def snapshot(self) -> Snapshot:
        snap = self._snapshot
        if snap is not None:
            return snap
        with self._build_lock:
            if self._snapshot is None:
                with self._read_lock:
                    self._snapshot = self._build(self.reader)
            return self._snapshot

    def bundle(self, level: str) -> GraphBundle:
        return self.snapshot().bundles[level]

    def graph(self, level: str = "person") -> nx.MultiDiGraph:
        return self.bundle(level).graph

    @property
    def built(self) -> Snapshot | None:
        return self._snapshot

    # -- documents ---------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        with self._read_lock:
            return self.reader.documents()

    def document(self, doc_id: str) -> tuple[DocumentRow, str, list[tuple[MentionRow, str | None]]] | None:
        resolution = self.snapshot().resolution
        with self._read_lock:
            found = self.reader.document(doc_id)
            if found is None:
                return None
            mentions = list(self.reader.mentions(doc_id))
        row, text = found
        return row, text, [(m, resolution.of_mention.get((m.doc_id, m.idx))) for m in mentions]

    # -- writing -----------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        with self._read_lock:
            return self.reader.counts()["documents"] == 0

    def seed(self, paths: Iterable[str | Path], *, progress: Callable[[Iterable], Iterable] | None = None
             ) -> IngestReport:
        """Ingest files (the shipped corpus on a first run) and rebuild the graphs."""
        with self._write_lock:
            report = self.ingestor.ingest_paths(self.writer, paths, progress=progress)
            self._swap(self._build(self.writer))
        return report

    def add_article(self, *, text: str, title: str | None, date: str | None, url: str | None) -> AddResult:
        from nlp.pipeline import ModelNotFound
        from nlp.readers import InputProblem, make_article

        started = time.perf_counter()
        article = make_article(text, source="api", title=title, date=date, url=url)
        if isinstance(article, InputProblem):
            raise ArticleRejected(article.message)
        with self._write_lock:
            before = self.snapshot().bundles["person"].graph
            if self.writer.has_document(article.doc_id):
                return self._result(article, added=False, before=before, after=before, started=started)
            try:
                report = self.ingestor.ingest_article(self.writer, text=text, title=title, date=date, url=url,
                                                      source="api")
            except ModelNotFound as err:
                raise ExtractionUnavailable(str(err)) from None
            if report.problems:
                raise ArticleRejected(report.problems[0].message)
            snapshot = self._build(self.writer)
            self._swap(snapshot)
            return self._result(article, added=bool(report.added), before=before,
                                after=snapshot.bundles["person"].graph, started=started)

    def _swap(self, snapshot: Snapshot) -> None:
        with self._build_lock:
            self.version += 1
            self._snapshot = replace(snapshot, version=self.version)
            self.responses.clear()

    def _result(self, article, *, added: bool, before: nx.MultiDiGraph,
                after: nx.MultiDiGraph, started: float) -> AddResult:
        mentions = sum(1 for _ in self.writer.mentions(article.doc_id))
        new_nodes = sorted(set(after) - set(before))
        old_edges = set(before.edges(keys=True))
        new_edges = [(u, v, k) for u, v, k in after.edges(keys=True) if (u, v, k) not in old_edges]
        return AddResult(
            article_id=article.doc_id, title=article.title, date=article.date, url=article.url, added=added,
            mentions=mentions,
            new_entities=[query.ref(after, n) for n in new_nodes],
            new_edges=[(query.ref(after, u), query.ref(after, v), k) for u, v, k in new_edges
                       if k != query.CO_MENTION],
            new_co_mentions=sum(1 for *_, k in new_edges if k == query.CO_MENTION),
            seconds=round(time.perf_counter() - started, 3),
        )
