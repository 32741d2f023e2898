from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from graph.store import SCHEMA_VERSION, Store, StoreError
from tests.damaged import DAMAGE, damaged_store, small_store
from tests.factories import article, extraction


def test_add_is_idempotent(tmp_path: Path) -> None:
    text = "Britain backs Ukraine."
    with Store(tmp_path / "s.db") as store:
        ex = extraction(text, [("Britain", "STATE", "STATE:GB"), ("Ukraine", "STATE", "STATE:UA")],
                        [(0, "supports", 1)])
        assert store.add(article(text), ex) is True
        assert store.add(article(text), ex) is False
        assert store.counts() == {"documents": 1, "sentences": 1, "mentions": 2, "relations": 1}
        (rel,) = store.relations()
        assert rel.sentence == "Britain backs Ukraine."
        assert rel.date == "2025-03-27"


def test_failed_write_leaves_nothing_half_done(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        good = "France backs Ukraine."
        store.add(article(good), extraction(good, [("France", "STATE", "STATE:FR")]))
        bad = extraction("Broken.", [])
        bad.sentences.append(bad.sentences[0])  # duplicate primary key: the insert must fail
        with pytest.raises(sqlite3.IntegrityError):
            store.add(article("Broken."), bad)
        assert store.counts()["documents"] == 1
        assert not store.has_document(article("Broken.").doc_id)


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_store_is_refused_and_left_alone(tmp_path: Path, kind: str) -> None:
    path = damaged_store(kind, tmp_path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=re.escape(DAMAGE[kind])) as raised:
        Store(path)
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_a_directory_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)


@pytest.mark.parametrize("kind", ["missing", "empty file", "empty database"])
def test_a_store_is_created_only_where_there_is_none(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "new" / "s.db"
    if kind != "missing":
        path.parent.mkdir()
        path.touch()
    if kind == "empty database":
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA user_version = 7")  # a header page, no tables
        assert path.stat().st_size > 0
    with Store(path) as store:
        assert store.counts()["documents"] == 0
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_opening_a_store_writes_nothing(tmp_path: Path) -> None:
    path = small_store(tmp_path / "s.db")
    before = path.read_bytes()
    with Store(path) as store:
        assert [d.title for d in store.documents()] == ["T"]
    assert path.read_bytes() == before


def test_reopen_keeps_data(tmp_path: Path) -> None:
    text = "Italy met Poland."
    with Store(tmp_path / "s.db") as store:
        store.add(article(text), extraction(text, [("Italy", "STATE", "STATE:IT")]))
    with Store(tmp_path / "s.db") as store:
        assert [d.title for d in store.documents()] == ["T"]
