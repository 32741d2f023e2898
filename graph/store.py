"""The embedded store: one SQLite file holding documents, sentences, mentions and relations.

Ingesting is idempotent (documents are keyed by content hash) and each document is written in one
transaction, so a failure part-way never loses or half-writes anything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from graph.storefile import StoreError, check_schema, is_new
from nlp.readers import Article
from nlp.records import Extraction

__all__ = ["DocumentRow", "MentionRow", "RelationRow", "Store", "StoreError"]

SCHEMA_VERSION = 1
SCHEMA = """
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

    def __init__(self, path: str | Path) -> None:
        """Open the store at `path`, creating it where there is no file yet (or an empty one).

        An existing file is checked before anything is written: it must be a whole SQLite file holding a
        store of this schema version, else StoreError says what is wrong and the file is left untouched.
        """
        self.path = Path(path)
        new = is_new(self.path)
        if new and self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot be opened ({err})") from None
        try:
            if not new:
                new = check_schema(self.conn, self.path, schema=SCHEMA, version=SCHEMA_VERSION)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if new:
                self._create()
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
        """Store one processed article; False if it was already there. All or nothing."""
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
        return True

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
            "JOIN documents d ON d.doc_id = r.doc_id ORDER BY r.doc_id, r.sent"
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
