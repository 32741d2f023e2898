"""A small stored graph for the export tests: two dated articles, stances, an affiliation, co-mentions."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.build import build_graph
from graph.store import Store
from nlp.knowledge import load_knowledge
from tests.factories import article, extraction

DATES = ("2025-03-27", "2026-01-06")


def two_article_graph(db: Path, data_dir: Path, *, level: str = "person") -> nx.MultiDiGraph:
    """Macron backs Ukraine in both articles (ten months apart), Russia attacks Ukraine in the first."""
    with Store(db) as store:  # adding is idempotent: a second call on the same file stores nothing new
        t1 = "Emmanuel Macron backs Ukraine. Russia attacks Ukraine."
        store.add(article(t1, date=DATES[0]), extraction(t1, [
            ("Emmanuel Macron", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA"),
            ("Russia", "STATE", "STATE:RU"), ("Ukraine", "STATE", "STATE:UA")],
            [(0, "supports", 1), (2, "opposes", 3)]))
        t2 = "Macron backs Ukraine again. French President Emmanuel Macron spoke."
        store.add(article(t2, date=DATES[1]), extraction(t2, [
            ("Macron", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA"), ("French", "STATE", "STATE:FR"),
            ("Emmanuel Macron", "PERSON", "")], [(0, "supports", 1), (3, "affiliated_with", 2)], role="President"))
        return build_graph(store, load_knowledge(data_dir), level=level)


def odd_ids(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph plus nodes whose ids are not NMTOKENs ('&', a space, '/'), or look escaped ('_x0041_')."""
    odd = graph.copy()
    odd.add_node("ORG:r&d lab/2", label="R&D Lab", type="ORG", mentions=1, aliases="")
    odd.add_node("ORG:a_x0041_b", label="A_x0041_B", type="ORG", mentions=1, aliases="")
    odd.add_edge("ORG:r&d lab/2", "STATE:UA", key="supports", relation="supports", weight=1)
    odd.add_edge("ORG:a_x0041_b", "ORG:r&d lab/2", key="co_mention", relation="co_mention", weight=3)
    return odd
