"""Store files spoilt in the ways users meet them, and what stancegraph must say about each."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from graph.store import SCHEMA_VERSION, Store
from tests.factories import article, extraction


def small_store(path: Path, text: str = "Italy met Poland.") -> Path:
    with Store(path) as store:
        store.add(article(text), extraction(text, [("Italy", "STATE", "STATE:IT")]))
    return path


def damaged_store(kind: str, tmp_path: Path) -> Path:
    """A store file spoilt in one of the ways users meet."""
    path = tmp_path / f"{kind}.db"
    if kind == "text":
        path.write_bytes(b"this is not sqlite\n" * 100)
    elif kind == "header-only":
        path.write_bytes(b"SQLite format")
    elif kind == "truncated":
        whole = small_store(tmp_path / "whole.db").read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    elif kind == "torn-page":
        whole = small_store(tmp_path / "whole.db").read_bytes()
        path.write_bytes(whole[:-100])
    elif kind == "newer":
        small_store(path)
        with closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    elif kind == "foreign":
        with closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("CREATE TABLE recipes (name TEXT)")
    elif kind == "missing-table":
        small_store(path)
        with closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("DROP TABLE relations")
    return path


DAMAGE = {
    "text": "not a SQLite database",
    "header-only": "truncated",
    "truncated": "truncated",
    "torn-page": "truncated",
    "newer": f"written by a newer stancegraph (store schema version 99; this version reads {SCHEMA_VERSION})",
    "foreign": "not a stancegraph store",
    "missing-table": "missing tables: relations",
}
