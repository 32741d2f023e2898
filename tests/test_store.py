from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from graph.store import Store, StoreError
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


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a stancegraph database"):
        Store(path)


def test_reopen_keeps_data(tmp_path: Path) -> None:
    text = "Italy met Poland."
    with Store(tmp_path / "s.db") as store:
        store.add(article(text), extraction(text, [("Italy", "STATE", "STATE:IT")]))
    with Store(tmp_path / "s.db") as store:
        assert [d.title for d in store.documents()] == ["T"]
