"""What each version of the store needs in memory (the edge index and the rankings of whole lists) is made in
the background as soon as a read first sees that version, so that no request pays for it, and what requests
read afterwards is what a fresh reader reads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.api.state import LEVELS, ReaderPool
from graph import query
from graph.edgeindex import EdgeIndex
from graph.store import Store
from tests.test_incremental import CORPUS, doc

WHOLE_LISTS = [None, *query.RELATIONS]


def warmed(pool: ReaderPool) -> None:
    pool.warm()
    if pool.warming is not None:
        pool.warming.join(timeout=60)
        assert not pool.warming.is_alive()


@contextmanager
def opened(path: Path) -> Iterator[ReaderPool]:
    pool = ReaderPool(path)
    try:
        yield pool
    finally:
        pool.close()


def fresh_pages(path: Path) -> list[tuple]:
    """The pages as a reader that ranks each list on demand reads them."""
    with opened(path) as pool:
        return pages(pool)


def pages(pool: ReaderPool) -> list[tuple]:
    out = []
    with pool.snapshot() as snap:
        for level in LEVELS:
            for relation in WHOLE_LISTS:
                total, edges = snap.reader(level).relations(relation, limit=3, offset=1, evidence_limit=2)
                out.append((level, relation, total, [(e.source.id, e.target.id, e.relation, e.weight,
                                                      [v.sentence for v in e.evidence]) for e in edges]))
    return out


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as store, store.deferred():
        for a, ex in CORPUS:
            store.add(a, ex)
    return path


def no_ranking(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Record every list the index is asked to rank from now on."""
    ranked: list[tuple] = []
    find = EdgeIndex._find

    def recording(self: EdgeIndex, parts: Iterable[tuple[str, str]], **kwargs: object) -> list:
        if kwargs.get("period") is None and not any(kwargs.get(k) for k in ("sources", "targets", "among")):
            ranked.append(tuple(parts))
        return find(self, parts, **kwargs)

    monkeypatch.setattr(EdgeIndex, "_find", recording)
    return ranked


def test_the_warm_up_ranks_every_whole_list(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = fresh_pages(store_path)
    with opened(store_path) as pool:
        warmed(pool)
        ranked = no_ranking(monkeypatch)
        assert pages(pool) == expected
        assert ranked == [], "a page of a whole list is a slice of the ranking the warm-up made"


def test_a_new_version_is_warmed_when_a_read_first_sees_it(store_path: Path, monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    before = fresh_pages(store_path)
    with opened(store_path) as pool:
        warmed(pool)
        first = pool.warming
        with Store(store_path) as store:
            store.add(*doc("Starmer criticised Russia again.", [("Starmer", "PERSON", ""),
                                                                ("Russia", "STATE", "STATE:RU")],
                           [(0, "opposes", 1)], date="2025-08-01"))
        warmed(pool)  # the first read of the new version starts its warm-up
        assert pool.warming is not first
        ranked = no_ranking(monkeypatch)
        after = pages(pool)
        assert ranked == []
        assert after == fresh_pages(store_path)
        assert after != before, "the article changes some pages"
