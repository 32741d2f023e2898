"""A page's evidence read in one statement (graph/evidence.py) with its sentences cut from articles kept in memory
(graph/articles.py) equals the evidence read one edge and one sentence at a time, whatever the page size, the
period, the limit and what the cache held before a write."""

from __future__ import annotations

import itertools
import sqlite3
from array import array
from contextlib import closing
from pathlib import Path

import pytest

from graph import query, reader
from graph.articles import Article, ArticleCache, read_articles
from graph.derive import STANCE_RELATIONS
from graph.reader import StoreReader
from graph.store import Store
from tests.test_edgeindex import PERIODS, RELATIONS
from tests.test_incremental import CORPUS, doc

Shown = list[tuple[str, str, str, list[tuple]]]


def one_at_a_time(conn: sqlite3.Connection, level: str, edges: list[query.Edge], dates: query.DateRange,
                  limit: int) -> Shown:
    """Each edge's first `limit` items, one statement per edge, each sentence looked up on its own."""
    period, params = ("", []) if not dates else (
        " AND date BETWEEN ? AND ?", [dates.since or "0000-00-00", dates.until or "9999-99-99"])
    label = dict(conn.execute("SELECT id, label FROM entities")).get
    out = []
    for e in edges:
        s, t = e.source.id, e.target.id
        if e.relation == query.CO_MENTION:
            items = [(d, n, date, "", "", "", "", None, None) for d, n, date in conn.execute(
                f"SELECT doc_id, sent, date FROM co_items WHERE source = ? AND target = ?{period} "
                "ORDER BY date, doc_id, sent LIMIT ?", (s, t, *params, limit))]
        else:
            item_level = "person" if e.relation not in STANCE_RELATIONS or level == "person" else "state"
            order = "date, doc_id, sent, explicit DESC" if dates else "explicit DESC, date, doc_id, sent"
            items = list(conn.execute(
                "SELECT doc_id, sent, date, modality, condition, cue, speaker, lifted_source, lifted_target FROM items "
                f"WHERE level = ? AND relation = ? AND source = ? AND target = ? AND shadowed = 0{period} "
                f"ORDER BY {order}, rowid LIMIT ?", (item_level, e.relation, s, t, *params, limit)))
        shown = []
        for d, n, date, modality, condition, cue, speaker, ls, lt in items:
            row = conn.execute('SELECT substr(x.text, s.start + 1, s."end" - s.start), s.start, s."end", x.title, '
                               "x.url FROM sentences s JOIN documents x USING (doc_id) WHERE s.doc_id = ? "
                               "AND s.idx = ?", (d, n)).fetchone()
            text, start, end, title, url = row or ("", None, None, "", "")
            shown.append((" ".join(text.split()), d, title, date, url or "", n, start, end,
                          label(speaker, speaker) if speaker else "", cue, modality, condition,
                          f"{label(ls, ls)} -> {label(lt, lt)}" if ls else ""))
        out.append((s, t, e.relation, shown))
    return out


def served(conn: sqlite3.Connection, level: str, relation: str | None, dates: query.DateRange, limit: int, *,
           articles: ArticleCache | None = None) -> tuple[list[query.Edge], Shown]:
    edges = StoreReader(conn, level, articles=articles).relations(relation, dates=dates, limit=1000,
                                                                   evidence_limit=limit)[1]
    return edges, [(e.source.id, e.target.id, e.relation,
                    [(v.sentence, v.doc_id, v.title, v.date, v.url, v.sent, v.start, v.end, v.speaker, v.cue,
                      v.modality, v.condition, v.lifted_from) for v in e.evidence]) for e in edges]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evidence") / "s.db"
    with Store(path) as store, store.deferred():
        for a, ex in CORPUS:
            store.add(a, ex)
    return path


@pytest.mark.parametrize("chunk", [500, 2])
def test_a_pages_evidence_equals_each_edges_own(store_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    monkeypatch.setattr(reader, "PAGE_CHUNK", chunk)  # several statements for one page, too
    with closing(sqlite3.connect(store_path)) as conn:
        for level in ("person", "state"):
            for relation in RELATIONS:
                for since, until in PERIODS:
                    dates = query.DateRange.of(since, until)
                    for limit in (1, 2, 10):
                        edges, shown = served(conn, level, relation, dates, limit, articles=ArticleCache())
                        assert shown == one_at_a_time(conn, level, edges, dates, limit), (level, relation, dates)
        edges, shown = served(conn, "state", None, query.DateRange(), 10)
        assert any(v[12] for *_, ev in shown for v in ev), "the corpus lifts some stances"
        assert any(len(ev) > 1 for *_, ev in shown), "and has edges with several items"


def test_answers_after_a_write_equal_a_fresh_readers(tmp_path: Path) -> None:
    """Articles never change, so what the cache kept before a write is still right after it."""
    path = tmp_path / "s.db"
    cache = ArticleCache()
    with Store(path) as store:
        for a, ex in CORPUS[:6]:
            store.add(a, ex)
        with closing(sqlite3.connect(path)) as conn:
            served(conn, "person", None, query.DateRange(), 10, articles=cache)
            before = cache.held
            assert before > 0
            for a, ex in [*CORPUS[6:], doc("Starmer criticised Russia again.", [
                    ("Starmer", "PERSON", ""), ("Russia", "STATE", "STATE:RU")], [(0, "opposes", 1)],
                    date="2025-08-01")]:
                store.add(a, ex)
            for level in ("person", "state"):
                cached = served(conn, level, None, query.DateRange(), 10, articles=cache)
                assert cached == served(conn, level, None, query.DateRange(), 10)
            assert cache.held > before


def test_the_cache_keeps_the_most_recently_used_within_its_size() -> None:
    def made(n: int) -> Article:
        return Article.of("t", "", "x" * n, array("q", [0, n]))

    cache = ArticleCache(size=250)
    cache.put({"a": made(99), "b": made(99)})  # 116 bytes each: 1 title, 99 text, 4 offsets of 4 bytes
    assert cache.get(["a"]).keys() == {"a"}  # a is now the most recent
    cache.put({"c": made(99)})
    assert cache.get(["a", "b", "c"]).keys() == {"a", "c"} and cache.held == 200 + 2 * 16
    cache.put({"c": made(9)})  # replaced, not counted twice
    assert cache.held == 100 + 10 + 2 * 16


def test_articles_are_read_with_their_sentences(store_path: Path) -> None:
    with closing(sqlite3.connect(store_path)) as conn:
        doc_id, title = conn.execute("SELECT doc_id, title FROM documents ORDER BY doc_id LIMIT 1").fetchone()
        found = read_articles(conn, {doc_id, "no-such-article"})
        cache = ArticleCache()
        assert cache.articles(conn, [doc_id]) == found and cache.get([doc_id]) == found
        text, start, end, count = conn.execute(
            'SELECT d.text, s.start, s."end", (SELECT count(*) FROM sentences WHERE doc_id = d.doc_id) '
            "FROM documents d JOIN sentences s USING (doc_id) WHERE d.doc_id = ? AND s.idx = 0", (doc_id,)).fetchone()
    article = found[doc_id]
    assert found.keys() == {doc_id} and article.title == title
    assert article.sentence(0) == (" ".join(text[start:end].split()), start, end)
    assert article.sentence(count - 1) is not None
    assert article.sentence(count) is None and article.sentence(-1) is None


def test_a_sentence_missing_from_the_store_is_unknown(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        a, ex = CORPUS[0]
        store.add(a, ex)
        store.conn.execute("DELETE FROM sentences WHERE idx = 0")  # a gap before the others
        store.conn.commit()
    with closing(sqlite3.connect(path)) as conn:
        article = read_articles(conn, [a.doc_id])[a.doc_id]
    assert article.sentence(0) is None
    assert article.sentence(1) == ("Italy backs Ukraine.", 26, 47)
    text = Article.of("", "", "ab  cd\n ef\tg ", array("q", [0, 7, 7, 13, -1, -1, 0, 2]))
    assert text.sentence(0) == ("ab cd", 0, 7)  # whitespace runs made single spaces, as evidence always was
    assert text.sentence(1) == ("ef g", 7, 13) and text.sentence(2) is None and text.sentence(3) == ("ab", 0, 2)


def test_conditions_lose_only_their_empty_parts() -> None:
    parts = ["", "a", " ", "|", "||", " |", "b c"]
    for n in range(1, 5):
        for combo in itertools.product(parts, repeat=n):
            for glue in (query.EVIDENCE_SEP, " ", ""):
                joined = glue.join(combo)
                expected = query.EVIDENCE_SEP.join(c for c in joined.split(query.EVIDENCE_SEP) if c)
                assert reader._without_empty(joined) == expected, joined
