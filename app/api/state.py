"""What one running app holds: the store (one writer connection, a pool of reader connections) and the
lazy ingestor, and the answers cached per store version.

Reads answer from the store's derived tables (graph/reader.py), each request inside one read transaction,
so every answer is whole and consistent with one version of the store. The single writer (POST
/api/documents, seeding) has its own connection and updates the tables in the article's transaction
(graph/index.py); readers see the new version once it commits. Nothing builds the whole graph: networkx
graphs are made from the tables on demand (paths, layouts), cached per version.
"""

from __future__ import annotations

import ipaddress
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.settings import Settings
from graph import query
from graph.articles import ArticleCache
from graph.reader import StoreReader
from graph.store import DocumentRow, MentionRow, Store

if TYPE_CHECKING:
    from app.api.offload import ReadProcesses
    from app.ingest import Ingestor, IngestReport, ProgressFactory
    from graph.edgeindex import EdgeIndexCache

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
class Snapshot:
    """One version of the store as one request sees it: a reader inside a read transaction."""

    version: int
    connection: sqlite3.Connection
    edge_indexes: EdgeIndexCache
    articles: ArticleCache

    def reader(self, level: str) -> StoreReader:
        return StoreReader(self.connection, level, edge_index=self.edge_indexes.at, articles=self.articles)

    @property
    def documents(self) -> int:
        return self.connection.execute("SELECT count(*) FROM documents").fetchone()[0]


class PoolClosed(RuntimeError):
    """The server is shutting down: no new reads."""


class ReaderPool:
    """Read-only SQLite connections, one per request in flight. Closing it closes the idle connections at once
    and the others as their reads end.

    What every version of the store needs in memory (the edge index, the rankings of whole lists) is made in
    the background as soon as a read first sees that version, so that requests find it ready."""

    def __init__(self, path: Path, *, edge_indexes: EdgeIndexCache | None = None,
                 articles: ArticleCache | None = None) -> None:
        """`edge_indexes`, `articles`: what another pool of this store holds in memory (a reading process
        forked from the server's starts with the server's), else empty."""
        from graph.edgeindex import EdgeIndexCache  # numpy: only once a server opens its store

        self.path = path
        self.edge_indexes = edge_indexes or EdgeIndexCache()  # the edges in memory, per version
        self.articles = articles or ArticleCache()  # the texts evidence sentences are cut from (never changing)
        self._free: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False
        self._warmed = -1  # the newest version warmed (or being warmed)
        self.warming: threading.Thread | None = None  # the last warm-up started

    @contextmanager
    def snapshot(self, *, warm: bool = True) -> Iterator[Snapshot]:
        """One version of the store, read in one transaction; `warm`: if this pool has not seen that version
        yet, warm it in the background."""
        with self._lock:
            if self._closed:
                raise PoolClosed("the store is closed")
            conn = self._free.pop() if self._free else None
        if conn is None:
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA query_only = 1")
        try:
            conn.execute("BEGIN")
            row = conn.execute("SELECT value FROM meta WHERE key = 'graph_version'").fetchone()
            version = int(row[0]) if row else 0
            if warm and self._first_sight(version):  # a version new to this pool
                self.warming = threading.Thread(target=self._warm, name="stancegraph-warm", daemon=True)
                self.warming.start()
            yield Snapshot(version, conn, self.edge_indexes, self.articles)
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
            with self._lock:
                if self._closed:
                    conn.close()
                else:
                    self._free.append(conn)

    def _first_sight(self, version: int) -> bool:
        """Whether this pool sees `version` for the first time (then it is marked seen), once across threads."""
        with self._lock:
            if version <= self._warmed:
                return False
            self._warmed = version
            return True

    def warm(self) -> None:
        """Load the edge index of the store's current version and rank its whole lists in the background,
        unless that is done or under way."""
        with self.snapshot():
            pass

    def warm_now(self, *, articles: bool = False) -> None:
        """The same in this thread (no other thread is started); `articles`: read the articles into memory
        too, as many as it holds."""
        with self.snapshot(warm=False) as snap:
            self._warmed = max(self._warmed, snap.version)
            self._warm_version(snap)
            if articles:
                self.articles.fill(snap.connection)

    def _warm(self) -> None:
        try:
            with self.snapshot() as snap:
                self._warm_version(snap)
        except PoolClosed:  # closed before it began: nothing to warm
            pass

    @staticmethod
    def _warm_version(snap: Snapshot) -> None:
        snap.edge_indexes.at(snap.connection)
        for level in LEVELS:
            snap.reader(level).rank_whole_lists()

    def release_idle(self) -> None:
        """Close the connections no request holds (new ones are opened as needed)."""
        with self._lock:
            for conn in self._free:
                conn.close()
            self._free.clear()

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self.release_idle()


class ResponseCache:
    """Answers to read requests (or graphs, layouts) keyed by the store version they were made from: a small
    LRU."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple, value: Any) -> None:
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
        self._writer: Store | None = None
        self._readers: ReaderPool | None = None
        self._write_lock = threading.RLock()
        self._open_lock = threading.Lock()
        self.responses = ResponseCache()
        self.graphs = ResponseCache(size=8)  # networkx graphs and layouts per (version, what)
        self.read_processes: ReadProcesses | None = None  # where long read answers are built (see `open`)
        self.version_string = package_version()

    # -- resources ---------------------------------------------------------------------------------
    @property
    def writer(self) -> Store:
        """The one writing connection; opening it checks (and upgrades) the store and settles pending articles."""
        with self._open_lock:
            if self._writer is None:
                store = Store(self.settings.db, data_dir=self.settings.data_dir)
                try:
                    if store.pending():
                        with self._write_lock:
                            store.refresh()
                except BaseException:
                    store.close()
                    raise
                self._writer = store
            return self._writer

    @property
    def readers(self) -> ReaderPool:
        if self._readers is None:
            self.writer  # noqa: B018 (the store must exist and be current before anyone reads it)
            self._readers = ReaderPool(self.settings.db)
        return self._readers

    def snapshot(self) -> AbstractContextManager[Snapshot]:
        return self.readers.snapshot()

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
        if self.read_processes is not None:
            self.read_processes.close()
            self.read_processes = None
        if self._readers is not None:
            self._readers.close()
        if self._writer is not None:
            self._writer.close()
        self._readers = self._writer = None

    def open(self) -> None:
        """Before the first request: check the store and settle what is pending, load the edges into memory
        (`graph.edgeindex`), rank the whole lists and read the articles (as many as the cache holds), so that no
        request waits for them (and reading processes can start from them)."""
        self.readers.warm_now(articles=True)

    def start_read_processes(self, processes: int) -> None:
        """Start processes that build the long read answers (`app.api.offload`)."""
        from app.api.offload import ReadProcesses

        self.read_processes = ReadProcesses(self.readers, processes=processes)
        self.read_processes.start()

    def remembered(self, key: tuple, make: Callable[[], Any]) -> Any:
        """A value derived from one store version (counts, rankings, layouts), made once per version."""
        found = self.graphs.get(key)
        if found is None:
            found = make()
            self.graphs.put(key, found)
        return found

    def counts(self) -> tuple[int, int, int]:
        """(documents, entities, edges) of the current version, for /api/health."""
        with self.snapshot() as snap:
            return self.remembered(("counts", snap.version), lambda: snap.reader("person").counts())

    # -- documents ---------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        with self.snapshot() as snap:
            rows = snap.connection.execute(
                "SELECT doc_id, title, date, url, source, n_tokens FROM documents ORDER BY date, title, doc_id")
            return [DocumentRow(*r) for r in rows]

    def document(self, doc_id: str) -> tuple[DocumentRow, str, list[tuple[MentionRow, str | None]]] | None:
        with self.snapshot() as snap:
            conn = snap.connection
            row = conn.execute("SELECT doc_id, title, date, url, source, n_tokens, text FROM documents "
                               "WHERE doc_id = ?", (doc_id,)).fetchone()
            if row is None:
                return None
            mentions = [MentionRow(*m[:8], bool(m[8]), row[2]) for m in conn.execute(
                'SELECT m.doc_id, m.idx, m.sent, m.start, m."end", m.text, m.label, m.kb_id, s.headline '
                "FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sent "
                "WHERE m.doc_id = ? ORDER BY m.idx", (doc_id,))]
            entity = dict(conn.execute(
                "SELECT m.idx, n.entity FROM mention_names m JOIN doc_names d ON d.doc_id = m.doc_id AND d.pos = m.pos "
                "JOIN names n ON n.cluster = d.cluster WHERE m.doc_id = ? AND n.entity IS NOT NULL", (doc_id,)))
            entity.update(conn.execute("SELECT idx, entity FROM roles WHERE doc_id = ? AND entity IS NOT NULL",
                                       (doc_id,)))
        return DocumentRow(*row[:6]), row[6], [(m, entity.get(m.idx)) for m in mentions]

    # -- writing -----------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return self.writer.counts()["documents"] == 0

    def seed(self, paths: Iterable[str | Path], *, progress: ProgressFactory | None = None) -> IngestReport:
        """Ingest files (the shipped corpus on a first run); the store's tables follow."""
        with self._write_lock, self.writer.deferred():
            report = self.ingestor.ingest_paths(self.writer, paths, progress=progress)
        self.responses.clear()
        return report

    def add_article(self, *, text: str, title: str | None, date: str | None, url: str | None) -> AddResult:
        from nlp.pipeline import ModelNotFound
        from nlp.readers import InputProblem, make_article

        started = time.perf_counter()
        article = make_article(text, source="api", title=title, date=date, url=url)
        if isinstance(article, InputProblem):
            raise ArticleRejected(article.message)
        with self._write_lock:
            store = self.writer
            if store.has_document(article.doc_id):
                return self._result(store, article, added=False, before=None, started=started)
            before = {e for (e,) in store.conn.execute("SELECT id FROM entities")}
            try:
                report = self.ingestor.ingest_article(store, text=text, title=title, date=date, url=url,
                                                      source="api")
            except ModelNotFound as err:
                raise ExtractionUnavailable(str(err)) from None
            if report.problems:
                raise ArticleRejected(report.problems[0].message)
            self.responses.clear()
            return self._result(store, article, added=bool(report.added), before=before, started=started)

    def _result(self, store: Store, article, *, added: bool, before: set[str] | None, started: float) -> AddResult:
        conn = store.conn
        doc = article.doc_id
        mentions = conn.execute("SELECT count(*) FROM mentions WHERE doc_id = ?", (doc,)).fetchone()[0]
        reader = StoreReader(conn)
        new_entities, new_edges, new_co = [], [], 0
        if added and before is not None:
            mine = {e for (e,) in conn.execute(
                "SELECT DISTINCT n.entity FROM doc_names d JOIN names n ON n.cluster = d.cluster "
                "WHERE d.doc_id = ? AND n.entity IS NOT NULL", (doc,))}
            mine |= {e for (e,) in conn.execute("SELECT entity FROM doc_used WHERE doc_id = ?", (doc,))}
            new_entities = [reader.ref(e) for e in sorted(mine - before) if reader.exists(e)]
            for s, t, rel, n, weight in conn.execute(
                    "SELECT i.source, i.target, i.relation, count(*), e.weight FROM items i JOIN edges e "
                    "ON e.level = 'person' AND e.relation = i.relation AND e.source = i.source AND e.target = i.target "
                    "WHERE i.doc_id = ? AND i.level = 'person' GROUP BY i.source, i.target, i.relation", (doc,)):
                if n == weight:
                    new_edges.append((reader.ref(s), reader.ref(t), rel))
            new_co = conn.execute(
                "SELECT count(*) FROM (SELECT c.source, c.target, count(*) AS n, e.weight FROM co_items c "
                "JOIN edges e ON e.level = 'person' AND e.relation = 'co_mention' AND e.source = c.source "
                "AND e.target = c.target WHERE c.doc_id = ? GROUP BY c.source, c.target) WHERE n = weight",
                (doc,)).fetchone()[0]
        return AddResult(
            article_id=doc, title=article.title, date=article.date, url=article.url, added=added,
            mentions=mentions, new_entities=new_entities,
            new_edges=sorted(new_edges, key=lambda e: (e[0].id, e[1].id, e[2])), new_co_mentions=new_co,
            seconds=round(time.perf_counter() - started, 3),
        )
