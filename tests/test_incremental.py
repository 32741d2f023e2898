"""The store's derived tables grown article by article equal a fresh build of the same articles.

Each corpus is stored one article at a time in several orders, and at once in one batch; every store must hold
the same entities (labels, types, aliases, mention counts) and the same edges (weights, evidence items,
first and last seen, derived) at both levels, equal to what the whole-corpus build makes of the records.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

import networkx as nx
import pytest

from graph.build import build_graph, stored_graph
from graph.store import SCHEMA_VERSION, Store
from nlp.knowledge import load_knowledge
from nlp.readers import Article
from nlp.records import Extraction
from tests.factories import article, extraction

Doc = tuple[Article, Extraction]


def doc(text: str, entities: list[tuple[str, str, str]], relations: list[tuple[int, str, int]] = (), *,
        date: str = "2025-03-27", role: str = "", evidence: list[tuple[int, str, int, str]] = ()) -> Doc:
    return article(text, date=date, title=text[:20]), extraction(text, entities, relations, role=role,
                                                                  name_evidence=evidence)


# Articles that make the index re-point earlier names: a lone surname before its full name, a middle name
# arriving later, a name whose type the evidence changes, an acronym before its full name, a declared
# alias, role descriptions settled by affiliations found in other articles, spokespeople and lifted stances.
CORPUS: list[Doc] = [
    doc("Starmer criticised Russia. Italy backs Ukraine.",
        [("Starmer", "PERSON", ""), ("Russia", "STATE", "STATE:RU"), ("Italy", "STATE", "STATE:IT"),
         ("Ukraine", "STATE", "STATE:UA")], [(0, "opposes", 1), (2, "supports", 3)], date="2025-01-10"),
    doc("Keir Starmer met Emmanuel Macron in Paris. Macron backs Ukraine.",
        [("Keir Starmer", "PERSON", ""), ("Emmanuel Macron", "PERSON", ""), ("Paris", "PLACE", "CAPITAL:FR:paris"),
         ("Macron", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA")], [(3, "supports", 4)], date="2025-02-01"),
    doc("British Prime Minister Keir Starmer spoke. The prime minister condemned Russia.",
        [("British", "STATE", "STATE:GB"), ("Keir Starmer", "PERSON", ""), ("prime minister", "ROLE", ""),
         ("Russia", "STATE", "STATE:RU")], [(1, "affiliated_with", 0), (2, "opposes", 3)],
        role="Prime Minister", date="2025-02-03"),
    doc("Tayyip Erdogan warned Greece. Erdogan backs Azerbaijan.",
        [("Tayyip Erdogan", "PERSON", ""), ("Greece", "STATE", "STATE:GR"), ("Erdogan", "PERSON", ""),
         ("Azerbaijan", "STATE", "STATE:AZ")], [(0, "opposes", 1), (2, "supports", 3)], date="2025-03-01"),
    doc("Recep Tayyip Erdogan met Vladimir Putin. Putin criticised NATO.",
        [("Recep Tayyip Erdogan", "PERSON", ""), ("Vladimir Putin", "PERSON", ""), ("Putin", "PERSON", ""),
         ("NATO", "ORG", "ORG:NATO")], [(2, "opposes", 3)], date="2025-03-05"),
    doc("The RSF attacked El Fasher. Dagalo said the RSF would not withdraw.",
        [("RSF", "ORG", ""), ("El Fasher", "PLACE", ""), ("Dagalo", "ORG", ""), ("RSF", "ORG", "")],
        [(0, "opposes", 1)], date="2025-04-01"),
    doc("The Rapid Support Forces rejected the plan. Mohamed Hamdan Dagalo leads the Rapid Support Forces.",
        [("Rapid Support Forces", "ORG", ""), ("Mohamed Hamdan Dagalo", "PERSON", ""),
         ("Rapid Support Forces", "ORG", "")], [(1, "affiliated_with", 2)], role="commander",
        evidence=[(1, "typed_as", 1, "PERSON")], date="2025-04-03"),
    doc("Kremlin spokesman Dmitry Peskov said Russia rejects the plan. Russian President Vladimir Putin agreed.",
        [("Kremlin", "ORG", ""), ("Dmitry Peskov", "PERSON", ""), ("Russia", "STATE", "STATE:RU"),
         ("Russian", "STATE", "STATE:RU"), ("Vladimir Putin", "PERSON", "")],
        [(1, "affiliated_with", 2), (4, "affiliated_with", 3)], role="President", date="2025-05-01"),
    doc("The Wagner Group attacked Bakhmut. Wagner denied it.",
        [("Wagner Group", "ORG", ""), ("Bakhmut", "PLACE", ""), ("Wagner", "ORG", "")], [(0, "opposes", 1)],
        date="2025-06-01"),
    doc("Peskov said Ukraine must withdraw. Italy and Poland would not send troops to the Reassurance Force.",
        [("Peskov", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA"), ("Italy", "STATE", "STATE:IT"),
         ("Poland", "STATE", "STATE:PL"), ("Reassurance Force", "ORG", "FORCE")],
        [(0, "opposes", 1), (2, "declines", 4), (3, "declines", 4)], date="2025-06-02"),
    doc("Szijarto met Peter Szijjarto in Budapest. Hungary blocks the sanctions.",
        [("Szijarto", "PERSON", ""), ("Peter Szijjarto", "PERSON", ""), ("Budapest", "PLACE", "CAPITAL:HU:budapest"),
         ("Hungary", "STATE", "STATE:HU")], [], date="2025-07-01"),
    doc("Moscow condemned Kyiv. Starmer backs Ukraine.",
        [("Moscow", "PLACE", "CAPITAL:RU:moscow"), ("Kyiv", "PLACE", "CAPITAL:UA:kyiv"), ("Starmer", "PERSON", ""),
         ("Ukraine", "STATE", "STATE:UA")], [(0, "opposes", 1), (2, "supports", 3)], date=""),
]


def normalised(graph: nx.MultiDiGraph) -> tuple[dict, dict]:
    nodes = {n: (d["label"], d["type"], d["mentions"], d["aliases"]) for n, d in graph.nodes(data=True)}
    edges = {(u, v, k): {**{a: x for a, x in d.items() if a != "items"},
                         "items": sorted(repr(sorted(i.items())) for i in d["items"])}
             for u, v, k, d in graph.edges(keys=True, data=True)}
    return nodes, edges


def grown(path: Path, docs: list[Doc], *, batch: bool = False) -> Path:
    with Store(path) as store:
        if batch:
            with store.deferred():
                for a, ex in docs:
                    store.add(a, ex)
        else:
            for a, ex in docs:
                store.add(a, ex)
        assert store.pending() == 0
    return path


def graphs(path: Path) -> dict[str, tuple[dict, dict]]:
    with Store(path) as store:
        return {level: normalised(stored_graph(store, level=level)) for level in ("person", "state")}


def test_adding_one_by_one_in_any_order_equals_a_fresh_build(tmp_path: Path, data_dir: Path) -> None:
    fresh = graphs(grown(tmp_path / "batch.db", CORPUS, batch=True))
    with Store(tmp_path / "batch.db") as store:
        knowledge = load_knowledge(data_dir)
        reference = {level: normalised(build_graph(store, knowledge, level=level)) for level in ("person", "state")}
    assert fresh == reference
    orders = [CORPUS, CORPUS[::-1], *(random.Random(seed).sample(CORPUS, len(CORPUS)) for seed in (1, 2))]
    for n, order in enumerate(orders):
        assert graphs(grown(tmp_path / f"one-by-one-{n}.db", order)) == fresh, f"order {n}"


def test_a_later_full_name_merges_the_earlier_lone_surname(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    grown(path, CORPUS[:1])
    person, _ = graphs(path)["person"]
    assert person["PERSON:starmer"][:3] == ("Starmer", "PERSON", 1)
    grown(path, CORPUS[1:2])
    person, edges = graphs(path)["person"]
    assert "PERSON:starmer" not in person
    assert person["PERSON:keir-starmer"] == ("Keir Starmer", "PERSON", 2, "Starmer")
    assert edges[("PERSON:keir-starmer", "STATE:RU", "opposes")]["weight"] == 1
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT entity FROM names WHERE cluster = 'PERSON:keir-starmer'").fetchone() == (
            "PERSON:keir-starmer",)


def test_a_store_of_schema_1_is_upgraded_on_opening(tmp_path: Path) -> None:
    path = grown(tmp_path / "old.db", CORPUS)
    expected = graphs(path)
    with closing(sqlite3.connect(path)) as conn, conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                     "('meta', 'documents', 'sentences', 'mentions', 'relations')").fetchall():
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM meta WHERE key = 'graph_version'")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    lines: list[str] = []
    with Store(path, progress=lines.append) as store:
        assert store.counts()["documents"] == len(CORPUS)
    assert len(lines) == 1 and "upgrading" in lines[0] and f"{len(CORPUS)} articles" in lines[0]
    assert graphs(path) == expected
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)


def test_an_interrupted_batch_is_settled_on_the_next_refresh(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store._deferred = 1  # as in a build killed before its batch ended
        for a, ex in CORPUS:
            store.add(a, ex)
        assert store.pending() == len(CORPUS)
    with Store(path) as store:
        assert store.refresh() is True and store.pending() == 0
    assert graphs(path) == graphs(grown(tmp_path / "fresh.db", CORPUS))


@pytest.mark.model
def test_the_seed_corpus_grown_backwards_equals_its_build(tmp_path: Path, data_dir: Path) -> None:
    from app.cli import main

    built = tmp_path / "seeds.db"
    assert main(["build", str(data_dir / "seeds"), "--db", str(built), "-q"]) == 0
    with Store(built) as store:
        docs = [(a, _records(store, a.doc_id)) for a in _articles(store)]
    assert graphs(grown(tmp_path / "backwards.db", docs[::-1])) == graphs(built)


def _articles(store: Store) -> list[Article]:
    return [Article(doc_id=d, title=t, date=dt, url=u, source=s, text=x) for d, t, dt, u, s, x in store.conn.execute(
        "SELECT doc_id, title, date, url, source, text FROM documents ORDER BY doc_id")]


def _records(store: Store, doc_id: str) -> Extraction:
    from nlp.records import NAME_EVIDENCE, Mention, Relation, Sentence

    conn = store.conn
    ex = Extraction(n_tokens=conn.execute("SELECT n_tokens FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()[0])
    ex.sentences = [Sentence(i, s, e, p, bool(h)) for i, s, e, p, h in conn.execute(
        'SELECT idx, start, "end", paragraph, headline FROM sentences WHERE doc_id = ? ORDER BY idx', (doc_id,))]
    ex.mentions = [Mention(*row) for row in conn.execute(
        'SELECT idx, sent, start, "end", text, label, kb_id FROM mentions WHERE doc_id = ? ORDER BY idx', (doc_id,))]
    for row in conn.execute("SELECT source, target, relation, sent, cue, modality, condition, speaker, role "
                            "FROM relations WHERE doc_id = ? ORDER BY rowid", (doc_id,)):
        (ex.name_evidence if row[2] in NAME_EVIDENCE else ex.relations).append(Relation(*row))
    return ex
