"""Which edges each version of the store changed (`edge_log`), so that what a reader keeps in memory
(`graph.edgeindex`) can follow the store a few edges at a time instead of reading every edge again.

The log is bounded: it keeps the last `KEEP_VERSIONS` versions, and a refresh that changes more than
`LOG_LIMIT` edges (a build's batch) empties it. `meta.edge_log_from` is the oldest version a reader can catch
up from; a reader behind it loads everything again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

EdgeKey = tuple[str, str, str, str]  # (level, relation, source, target)
EDGE_LOG_SCHEMA = """
CREATE TABLE IF NOT EXISTS edge_log (
    version INTEGER NOT NULL, level TEXT NOT NULL, relation TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    PRIMARY KEY (version, level, relation, source, target)
) WITHOUT ROWID;
"""
LOG_LIMIT = 20_000
KEEP_VERSIONS = 64


def graph_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'graph_version'").fetchone()
    return int(row[0]) if row else 0


def log_from(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'edge_log_from'").fetchone()
    return int(row[0]) if row else 0


def _set_log_from(conn: sqlite3.Connection, version: int) -> None:
    conn.execute("INSERT INTO meta VALUES ('edge_log_from', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (str(version),))


def log_changes(conn: sqlite3.Connection, touched: Collection[EdgeKey]) -> None:
    """Record the edges the refresh under way (the next graph version) rewrote or deleted."""
    version = graph_version(conn) + 1
    if len(touched) > LOG_LIMIT:
        conn.execute("DELETE FROM edge_log")
        _set_log_from(conn, version)
        return
    conn.executemany("INSERT OR IGNORE INTO edge_log VALUES (?, ?, ?, ?, ?)", [(version, *key) for key in touched])
    floor = version - KEEP_VERSIONS
    if floor > log_from(conn):
        conn.execute("DELETE FROM edge_log WHERE version <= ?", (floor,))
        _set_log_from(conn, floor)


def reset_log(conn: sqlite3.Connection) -> None:
    """Forget every change (a store derived anew): readers load everything again."""
    conn.execute("DELETE FROM edge_log")
    _set_log_from(conn, graph_version(conn))


def changes_since(conn: sqlite3.Connection, version: int) -> set[EdgeKey] | None:
    """The edges changed after `version` up to the connection's current one; None when the log no longer
    reaches back that far."""
    if version < log_from(conn):
        return None
    return {tuple(row) for row in conn.execute(  # type: ignore[misc]
        "SELECT level, relation, source, target FROM edge_log WHERE version > ?", (version,))}
