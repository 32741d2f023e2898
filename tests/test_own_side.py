"""A person backing the state they speak for says nothing new ('Odell supports Castria' is dropped), but a person
defending the body they serve is a stance worth an edge ('the envoy defended the Atlas Council'). Hand-made
records through the store."""

from __future__ import annotations

from pathlib import Path

from graph.build import stored_graph
from graph.store import Store
from tests.factories import article, extraction


def _stances(path: Path, text: str, entities: list[tuple[str, str, str]],
             relations: list[tuple[int, str, int]]) -> set[tuple[str, str, str]]:
    with Store(path) as store:
        store.add(article(text), extraction(text, entities, relations))
        g = stored_graph(store)
    label = lambda n: g.nodes[n]["label"]  # noqa: E731
    return {(label(u), d["relation"], label(v)) for u, v, d in g.edges(data=True) if d["relation"] != "co_mention"}


def test_backing_ones_own_state_is_no_edge(tmp_path: Path) -> None:
    text = "Castrian president Odell spoke. Odell backed Castria."
    found = _stances(tmp_path / "s.db", text, [("Castrian", "STATE", "STATE:XC"), ("Odell", "PERSON", ""),
                                               ("Odell", "PERSON", ""), ("Castria", "STATE", "STATE:XC")],
                     [(1, "affiliated_with", 0), (2, "supports", 3)])
    assert ("Odell", "supports", "Castria") not in found


def test_defending_ones_own_body_is_an_edge(tmp_path: Path) -> None:
    text = "Atlas Council envoy Odell spoke. Odell defended the Atlas Council."
    found = _stances(tmp_path / "s.db", text, [("Atlas Council", "ORG", "ORG:atlas"), ("Odell", "PERSON", ""),
                                               ("Odell", "PERSON", ""), ("Atlas Council", "ORG", "ORG:atlas")],
                     [(1, "affiliated_with", 0), (2, "supports", 3)])
    assert ("Odell", "supports", "Atlas Council") in found
