"""Edges weighed in a period (graph/edgeindex.py) answer as the networkx queries over the whole graph do, and an
index brought forward from the store's log of changed edges equals one loaded afresh."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from graph import changes, query
from graph.build import stored_graph
from graph.edgeindex import EdgeIndex, EdgeIndexCache
from graph.reader import StoreReader
from graph.store import Store
from tests.test_incremental import CORPUS

PERIODS = [(None, None), ("2025-01-01", None), (None, "2025-02-28"), ("2025-02", "2025-04"),
           ("2025-06-01", "2025-06-01"), ("2030", None), ("2025-03-01", "2025-02-01")]
RELATIONS = [None, *query.RELATIONS]


def reference(path: Path, level: str, relation: str | None, since: str | None, until: str | None,
              **ends: str) -> list[tuple]:
    with Store(path) as store:
        graph = stored_graph(store, level=level)
    try:
        edges = query.relations(graph, relation, since=since, until=until, **ends)
    except query.UnknownEntity:
        return []
    return [(e.source.id, e.target.id, e.relation, e.weight, e.first_seen, e.last_seen) for e in edges]


def served(conn: sqlite3.Connection, level: str, relation: str | None, since: str | None, until: str | None, *,
           periods: EdgeIndexCache | None = None, **ends: str) -> list[tuple]:
    reader = StoreReader(conn, level, edge_index=periods.at if periods else None)
    try:
        total, edges = reader.relations(relation, dates=query.DateRange.of(since, until), limit=1000, **ends)
    except query.UnknownEntity:
        return []
    assert total == len(edges)
    return [(e.source.id, e.target.id, e.relation, e.weight, e.first_seen, e.last_seen) for e in edges]


def test_a_period_weighs_as_the_whole_graph_does(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store, store.deferred():
        for a, ex in CORPUS:
            store.add(a, ex)
    with closing(sqlite3.connect(path)) as conn:
        for level in ("person", "state"):
            for relation in RELATIONS:
                for since, until in PERIODS:
                    expected = reference(path, level, relation, since, until)
                    assert served(conn, level, relation, since, until) == expected, (level, relation, since, until)
                    if expected:
                        source, target = expected[0][0], expected[-1][1]
                        for ends in ({"source": source}, {"target": target}):
                            assert served(conn, level, relation, since, until, **ends) == \
                                reference(path, level, relation, since, until, **ends)


@pytest.mark.parametrize("since", ["2025", None])
def test_pages_follow_the_order_of_the_whole(tmp_path: Path, since: str | None) -> None:
    """Pages of a period, and of a whole list (ranked once per version), are slices of the same order."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        for a, ex in CORPUS:
            store.add(a, ex)
    with closing(sqlite3.connect(path)) as conn:
        reader = StoreReader(conn, "person")
        dates = query.DateRange.of(since, None)
        whole = reader.edge_rows(query.RELATIONS, dates=dates)[1]
        for offset in range(len(whole) + 1):
            total, page = reader.edge_rows(query.RELATIONS, dates=dates, limit=3, offset=offset)
            assert total == len(whole) and page == whole[offset:offset + 3]


@pytest.mark.parametrize("log_limit", [changes.LOG_LIMIT, 0])
def test_an_index_brought_forward_equals_one_loaded_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          log_limit: int) -> None:
    """Names merge, edges move and go as articles arrive; the server's index follows the log (or, when a
    refresh changed too much to log, loads again) and answers as a fresh one."""
    monkeypatch.setattr(changes, "LOG_LIMIT", log_limit)
    path = tmp_path / "s.db"
    cache = EdgeIndexCache()
    with Store(path) as store, closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for a, ex in CORPUS:
            store.add(a, ex)
            conn.execute("BEGIN")
            followed = cache.at(conn)
            fresh = EdgeIndex.load(conn)
            for level in ("person", "state"):
                for relation in RELATIONS:
                    for since, until in PERIODS[:3]:
                        args = (conn, level, relation, since, until)
                        assert served(*args, periods=cache) == served(*args), (a.title, level, relation)
            conn.execute("COMMIT")
            assert followed.version == fresh.version
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM edge_log").fetchone()[0] <= len(CORPUS) * 100


def test_a_store_of_schema_2_is_upgraded_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        for a, ex in CORPUS:
            store.add(a, ex)
    days = "SELECT level, relation, source, target, days FROM edges ORDER BY 1, 2, 3, 4"
    with closing(sqlite3.connect(path)) as conn:
        expected = conn.execute(days).fetchall()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DROP TABLE edge_log")
        conn.execute("ALTER TABLE edges DROP COLUMN days")
        conn.execute("CREATE INDEX items_target ON items(level, relation, target, source)")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    lines: list[str] = []
    with Store(path, progress=lines.append):
        pass
    assert len(lines) == 1 and "from store schema 2 to 3" in lines[0]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute(days).fetchall() == expected
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'items_target'").fetchone() == (0,)
