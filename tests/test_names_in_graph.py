"""What the texts say about names reaches the graph as merged nodes and types, never as edges."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.build import build_graph
from graph.export import export_bytes
from graph.store import Store
from nlp.knowledge import load_knowledge
from tests.factories import article, extraction


def _graph(tmp_path: Path, data_dir: Path) -> nx.MultiDiGraph:
    with Store(tmp_path / "g.db") as store:
        t1 = "Omar Haddad, also known as Abu Sami, backs Chad. Sources in Pretoria and Vexor spoke."
        store.add(article(t1), extraction(t1, [
            ("Omar Haddad", "PERSON", ""), ("Abu Sami", "PERSON", ""), ("Chad", "STATE", "STATE:TD"),
            ("Pretoria", "PLACE", "CAPITAL:ZA:pretoria"), ("Vexor", "ORG", "")],
            [(0, "supports", 2)], name_evidence=[(1, "alias_of", 0, ""), (4, "typed_as", 4, "PERSON")]))
        t2 = "Abu Sami opposes Niger. Vexor said he would stay."
        store.add(article(t2), extraction(t2, [
            ("Abu Sami", "ORG", ""), ("Niger", "STATE", "STATE:NE"), ("Vexor", "ORG", "")], [(0, "opposes", 1)]))
        return build_graph(store, load_knowledge(data_dir))


def test_declared_alias_merges_nodes_and_is_no_edge(tmp_path: Path, data_dir: Path) -> None:
    graph = _graph(tmp_path, data_dir)
    person = "PERSON:omar-haddad"
    assert graph.nodes[person]["aliases"] == "Abu Sami"
    assert {(u, v, k) for u, v, k in graph.edges(keys=True) if k != "co_mention"} == {
        (person, "STATE:TD", "supports"), (person, "STATE:NE", "opposes")}
    for fmt in ("graphml", "json", "csv", "gexf"):
        data = export_bytes(graph, fmt)
        assert b"alias_of" not in data and b"typed_as" not in data, fmt


def test_type_evidence_decides_the_node_type(tmp_path: Path, data_dir: Path) -> None:
    assert _graph(tmp_path, data_dir).nodes["PERSON:vexor"]["type"] == "PERSON"


def test_a_state_only_its_capital_named_is_no_node(tmp_path: Path, data_dir: Path) -> None:
    graph = _graph(tmp_path, data_dir)
    assert "CAPITAL:ZA:pretoria" in graph and "STATE:ZA" not in graph
