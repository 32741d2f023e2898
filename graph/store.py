"""The embedded store: one SQLite file holding documents, sentences, mentions and relations, and the tables
derived from them that the API reads (canonical names and entities, evidence and aggregated edges:
`graph.index`).

Ingesting is idempotent (documents are keyed by content hash) and each document is written in one
transaction with the derived tables' update, so a failure part-way never loses or half-writes anything.
A build may defer the derived tables' update to the end of a batch (`Store.deferred`): the articles
stored meanwhile are listed as pending, and the next refresh (at the latest when the store is next built,
exported, queried or served) settles them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graph.changes import EDGE_LOG_SCHEMA
from graph.index import DERIVED_SCHEMA, GraphIndex, derive_facts, write_facts
from graph.storefile import StoreError, check_schema, is_new
from graph.upgrades import upgrade_2_to_3
from nlp.readers import Article
from nlp.records import Extraction

if TYPE_CHECKING:
    from nlp.knowledge import Knowledge

__all__ = ["DocumentRow", "MentionRow", "RelationRow", "Store", "StoreError"]

SCHEMA_VERSION = 3
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
RECORDS_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT, url TEXT, source TEXT NOT NULL,
    text TEXT NOT NULL, n_tokens INTEGER NOT NULL, added_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, paragraph INTEGER NOT NULL, headline INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    sent INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    label TEXT NOT NULL, kb_id TEXT NOT NULL, PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS relations (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, source INTEGER NOT NULL,
    target INTEGER NOT NULL, relation TEXT NOT NULL, sent INTEGER NOT NULL, cue TEXT NOT NULL,
    modality TEXT NOT NULL, condition TEXT NOT NULL, speaker INTEGER, role TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS relations_doc ON relations(doc_id);
"""
SCHEMA = RECORDS_SCHEMA + DERIVED_SCHEMA
SCHEMAS = {1: RECORDS_SCHEMA, 2: RECORDS_SCHEMA + DERIVED_SCHEMA.replace(EDGE_LOG_SCHEMA, ""), 3: SCHEMA}
UPGRADE_CHUNK = 500  # articles settled per step when an older store is upgraded
log = logging.getLogger("stancegraph.store")


@dataclass(frozen=True)
class DocumentRow:
    doc_id: str
    title: str
    date: str | None
    url: str | None
    source: str
    n_tokens: int


@dataclass(frozen=True)
class MentionRow:
    doc_id: str
    idx: int
    sent: int
    start: int
    end: int
    text: str
    label: str
    kb_id: str
    headline: bool
    date: str | None


@dataclass(frozen=True)
class RelationRow:
    doc_id: str
    source: int
    target: int
    relation: str
    sent: int
    cue: str
    modality: str
    condition: str
    speaker: int | None
    role: str
    sentence: str
    sent_start: int
    sent_end: int
    date: str | None


class Store:
    """A thin, typed wrapper over one SQLite file."""

    def __init__(self, path: str | Path, *, data_dir: str | Path | None = None,
                 progress: Callable[[str], None] | None = None) -> None:
        """Open the store at `path`, creating it where there is no file yet (or an empty one).

        An existing file is checked before anything is written: it must be a whole SQLite file holding a
        store of this schema version or an older one this version upgrades (in one transaction, saying so
        through `progress`), else StoreError says what is wrong and the file is left untouched. `data_dir`
        holds the gazetteer and lexicons that settle names (default: the shipped data).
        """
        self.path = Path(path)
        self.data_dir = Path(data_dir) if data_dir else DEFAULT_DATA_DIR
        self._progress = progress or log.warning
        self._index: GraphIndex | None = None
        self._deferred = 0
        self._every: int | None = None
        new = is_new(self.path)
        if new and self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot be opened ({err})") from None
        try:
            found = 0 if new else check_schema(self.conn, self.path, schemas=SCHEMAS, version=SCHEMA_VERSION)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if found == 0:
                self._create()
            elif found < SCHEMA_VERSION:
                self._upgrade(found)
        except BaseException:
            self.conn.close()
            raise

    def _create(self) -> None:
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.executescript(SCHEMA)
            self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.conn.commit()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot create the store ({err})") from None

    def _upgrade(self, found: int) -> None:
        """Upgrade an older store in one transaction (nothing stored is changed; an interrupted upgrade leaves
        the file as it was). Schema 1 -> 3: derive the canonical names, entities and aggregated edges from the
        stored records. Schema 2 -> 3: keep the days of each edge's evidence (`graph.upgrades`)."""
        try:
            with self.conn:
                if found == 1:
                    self._derive_all(found)
                else:
                    edges = self.conn.execute("SELECT count(*) FROM edges").fetchone()[0]
                    self._progress(f"stancegraph: upgrading {self.path} from store schema {found} to "
                                   f"{SCHEMA_VERSION}: indexing the dates of {edges} edges (once)")
                    upgrade_2_to_3(self.conn)
                self.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot upgrade the store ({err}); nothing was changed") from None

    def _derive_all(self, found: int) -> None:
        docs = [d for (d,) in self.conn.execute("SELECT doc_id FROM documents ORDER BY doc_id")]
        self._progress(f"stancegraph: upgrading {self.path} from store schema {found} to {SCHEMA_VERSION}: "
                       f"settling the names and edges of {len(docs)} articles (once)")
        for statement in DERIVED_SCHEMA.split(";"):
            if statement.strip():
                self.conn.execute(statement)
        for i in range(0, len(docs), UPGRADE_CHUNK):
            derive_facts(self.conn, self.knowledge, docs[i:i + UPGRADE_CHUNK])
            self.index.refresh()
            if len(docs) > UPGRADE_CHUNK:
                self._progress(f"stancegraph: upgraded {min(len(docs), i + UPGRADE_CHUNK)} of {len(docs)} articles")

    @property
    def knowledge(self) -> Knowledge:
        from nlp.knowledge import load_knowledge

        return load_knowledge(str(self.data_dir))

    @property
    def index(self) -> GraphIndex:
        if self._index is None:
            self._index = GraphIndex(self.conn, self.knowledge)
        return self._index

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def add(self, article: Article, extraction: Extraction) -> bool:
        """Store one processed article and update the derived tables; False if it was already there. All or
        nothing (inside `deferred()`, the derived tables are updated when the batch ends)."""
        with self.conn:  # one transaction
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO documents (doc_id, title, date, url, source, text, n_tokens) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article.doc_id, article.title, article.date, article.url, article.source, article.text,
                 extraction.n_tokens),
            )
            if cur.rowcount == 0:
                return False
            d = article.doc_id
            self.conn.executemany(
                'INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)',
                [(d, s.idx, s.start, s.end, s.paragraph, int(s.headline)) for s in extraction.sentences],
            )
            self.conn.executemany(
                'INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                [(d, m.idx, m.sent, m.start, m.end, m.text, m.label, m.kb_id) for m in extraction.mentions],
            )
            self.conn.executemany(
                "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(d, r.source, r.target, r.relation, r.sent, r.cue, r.modality, r.condition, r.speaker, r.role)
                 for r in (*extraction.relations, *extraction.name_evidence)],
            )
            write_facts(self.conn, d, extraction, self.knowledge)
            if not self._deferred:
                self._refresh_in_transaction()
        if self._deferred and self._every and self.pending() >= self._every:
            self.refresh()
        return True

    def _refresh_in_transaction(self) -> bool:
        try:
            return self.index.refresh()
        except BaseException:
            self._index = None  # its memory may be ahead of the rolled-back tables: load it again
            raise

    def refresh(self) -> bool:
        """Settle the articles stored but not yet settled (after a deferred batch or an interrupted build)."""
        with self.conn:
            return self._refresh_in_transaction()

    @contextmanager
    def deferred(self, *, every: int | None = None) -> Iterator[Store]:
        """Articles added inside are stored one transaction each, and settled together when the block ends
        (and whenever `every` of them are waiting)."""
        self._deferred += 1
        self._every = every
        try:
            yield self
        finally:
            self._deferred -= 1
            if not self._deferred:
                self._every = None
                self.refresh()

    def pending(self) -> int:
        return self.conn.execute("SELECT count(*) FROM pending").fetchone()[0]

    def graph_version(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'graph_version'").fetchone()
        return int(row[0]) if row else 0

    # -- reading -----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "sentences", "mentions", "relations")
        }

    def documents(self) -> list[DocumentRow]:
        rows = self.conn.execute(
            "SELECT doc_id, title, date, url, source, n_tokens FROM documents ORDER BY date, title, doc_id"
        )
        return [DocumentRow(*r) for r in rows]

    def document(self, doc_id: str) -> tuple[DocumentRow, str] | None:
        row = self.conn.execute(
            "SELECT doc_id, title, date, url, source, n_tokens, text FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        return (DocumentRow(*row[:6]), row[6]) if row else None

    def mentions(self, doc_id: str | None = None) -> Iterator[MentionRow]:
        sql = (
            'SELECT m.doc_id, m.idx, m.sent, m.start, m."end", m.text, m.label, m.kb_id, s.headline, d.date '
            "FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sent "
            "JOIN documents d ON d.doc_id = m.doc_id"
        )
        args: tuple = ()
        if doc_id is not None:
            sql += " WHERE m.doc_id = ?"
            args = (doc_id,)
        with closing(self.conn.execute(sql + " ORDER BY m.doc_id, m.idx", args)) as cur:
            for row in cur:
                yield MentionRow(*row[:8], bool(row[8]), row[9])

    def relations(self) -> Iterator[RelationRow]:
        sql = (
            "SELECT r.doc_id, r.source, r.target, r.relation, r.sent, r.cue, r.modality, r.condition, "
            'r.speaker, r.role, substr(d.text, s.start + 1, s."end" - s.start), s.start, s."end", d.date '
            "FROM relations r JOIN sentences s ON s.doc_id = r.doc_id AND s.idx = r.sent "
            "JOIN documents d ON d.doc_id = r.doc_id ORDER BY r.doc_id, r.sent, r.rowid"
        )
        with closing(self.conn.execute(sql)) as cur:
            for row in cur:
                yield RelationRow(*row)

    def sentences_with_mentions(self) -> Iterator[tuple[str, int, str, int, int, str | None, list[int]]]:
        """(doc_id, sent idx, sentence text, start, end, date, mention idxs) for co-mention edges."""
        sql = (
            'SELECT m.doc_id, m.sent, substr(d.text, s.start + 1, s."end" - s.start), s.start, s."end", '
            "d.date, group_concat(m.idx) FROM mentions m "
            "JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sent "
            "JOIN documents d ON d.doc_id = m.doc_id GROUP BY m.doc_id, m.sent ORDER BY m.doc_id, m.sent"
        )
        with closing(self.conn.execute(sql)) as cur:
            for doc_id, sent, text, start, end, date, idxs in cur:
                yield doc_id, sent, text, start, end, date, [int(i) for i in idxs.split(",")]
