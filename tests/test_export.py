"""Exports round-trip through in-memory streams and are read back by other readers."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from graph.build import build_graph
from graph.export import contract_view, export_bytes, write_gexf, write_graphml
from graph.store import Store
from nlp.knowledge import load_knowledge
from tests.factories import article, extraction


@pytest.fixture()
def graph(tmp_path: Path, data_dir: Path) -> nx.MultiDiGraph:
    with Store(tmp_path / "g.db") as store:
        t1 = "Emmanuel Macron backs Ukraine. Russia attacks Ukraine."
        store.add(article(t1, date="2025-03-27"), extraction(t1, [
            ("Emmanuel Macron", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA"),
            ("Russia", "STATE", "STATE:RU"), ("Ukraine", "STATE", "STATE:UA")],
            [(0, "supports", 1), (2, "opposes", 3)]))
        t2 = "Macron backs Ukraine again. French President Emmanuel Macron spoke."
        store.add(article(t2, date="2026-01-06"), extraction(t2, [
            ("Macron", "PERSON", ""), ("Ukraine", "STATE", "STATE:UA"), ("French", "STATE", "STATE:FR"),
            ("Emmanuel Macron", "PERSON", "")], [(0, "supports", 1), (3, "affiliated_with", 2)], role="President"))
        return build_graph(store, load_knowledge(data_dir))


def test_graph_shape(graph: nx.MultiDiGraph) -> None:
    macron = "PERSON:emmanuel-macron"
    assert graph.nodes[macron]["label"] == "Emmanuel Macron"
    assert graph.nodes[macron]["mentions"] == 3
    edge = graph.edges[macron, "STATE:UA", "supports"]
    assert edge["weight"] == 2
    assert (edge["first_seen"], edge["last_seen"]) == ("2025-03-27", "2026-01-06")
    assert edge["evidence"] == "Emmanuel Macron backs Ukraine. || Macron backs Ukraine again."
    assert graph.edges[macron, "STATE:FR", "affiliated_with"]["role"] == "President"
    assert graph.has_edge("STATE:RU", "STATE:UA", "opposes")


def test_graphml_round_trip(graph: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    buffer.seek(0)
    back = nx.read_graphml(buffer, force_multigraph=True)
    view = contract_view(graph)
    assert sorted(back.nodes(data=True)) == sorted(view.nodes(data=True))
    assert sorted((u, v, d["relation"], d["weight"]) for u, v, d in back.edges(data=True)) == sorted(
        (u, v, d["relation"], d["weight"]) for u, v, d in view.edges(data=True))


def test_graphml_attributes_are_scalar_and_named(graph: nx.MultiDiGraph) -> None:
    root = ET.fromstring(export_bytes(graph, "graphml"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    names = {(k.get("for"), k.get("attr.name")) for k in root.findall("g:key", ns)}
    assert {("node", "label"), ("node", "type"), ("node", "mentions"), ("node", "aliases")} <= names
    assert {("edge", "relation"), ("edge", "weight"), ("edge", "evidence"), ("edge", "docs")} <= names
    assert ("edge", "label") not in names and ("edge", "items") not in names


def test_igraph_reads_graphml(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    path = tmp_path / "g.graphml"
    path.write_bytes(export_bytes(graph, "graphml"))
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.vcount() == graph.number_of_nodes()
    assert set(g.es["relation"]) == {"co_mention", "supports", "opposes", "affiliated_with"}


def test_gexf_is_dynamic_with_dates(graph: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    text = buffer.getvalue().decode()
    assert 'mode="dynamic"' in text and 'start="2025-03-27"' in text
    buffer.seek(0)
    back = nx.read_gexf(buffer)
    assert back.number_of_nodes() == graph.number_of_nodes()


def test_json_keeps_evidence_records(graph: nx.MultiDiGraph) -> None:
    data = json.loads(export_bytes(graph, "json"))
    edge = next(e for e in data["links"] if e.get("relation") == "supports")
    assert edge["items"][0]["sentence"] == "Emmanuel Macron backs Ukraine."


def test_csv_has_labels(graph: nx.MultiDiGraph) -> None:
    text = export_bytes(graph, "csv").decode()
    assert text.splitlines()[0].startswith("source,source_label,source_type,target")
    assert "Emmanuel Macron" in text


def test_exporters_do_not_mutate(graph: nx.MultiDiGraph) -> None:
    before = sorted(graph.edges(keys=True))
    for fmt in ("graphml", "gexf", "json", "csv"):
        export_bytes(graph, fmt)
    assert sorted(graph.edges(keys=True)) == before
    assert all("items" in d for _, _, d in graph.edges(data=True))


def test_state_level_lifts_person_stances(tmp_path: Path, data_dir: Path, graph: nx.MultiDiGraph) -> None:
    from graph.build import lift_to_state

    lifted = lift_to_state(graph)
    assert lifted.has_edge("STATE:FR", "STATE:UA", "supports")
    assert lifted.edges["STATE:FR", "STATE:UA", "supports"]["derived"] is True
    assert not graph.has_edge("STATE:FR", "STATE:UA", "supports")


def test_backing_ones_own_side_is_not_an_edge(tmp_path: Path, data_dir: Path) -> None:
    text = "French President Emmanuel Macron backs France."
    with Store(tmp_path / "t.db") as store:
        store.add(article(text), extraction(text, [("French", "STATE", "STATE:FR"), ("Emmanuel Macron", "PERSON", ""),
                                                    ("France", "STATE", "STATE:FR")],
                                           [(1, "affiliated_with", 0), (1, "supports", 2)], role="President"))
        graph = build_graph(store, load_knowledge(data_dir))
    assert graph.has_edge("PERSON:emmanuel-macron", "STATE:FR", "affiliated_with")
    assert not graph.has_edge("PERSON:emmanuel-macron", "STATE:FR", "supports")
