"""Exports round-trip through in-memory streams and are read back by networkx and igraph (graphology: see
test_export_js.py)."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from graph.build import build_graph
from graph.export import contract_view, export_bytes, write_gexf, write_graphml
from graph.gexf import merge_spells, spells
from graph.ids import edge_ids, nmtoken
from graph.store import Store
from nlp.knowledge import load_knowledge
from tests.conftest import SHARED
from tests.exportgraphs import DATES, odd_ids, two_article_graph
from tests.factories import article, extraction
from web.palette import load_palette, rgb

GRAPHML_NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
NMTOKEN = re.compile(r"^[-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d"
                     r"\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]+$")
MACRON = "PERSON:emmanuel-macron"


@pytest.fixture()
def graph(tmp_path: Path, data_dir: Path) -> nx.MultiDiGraph:
    return two_article_graph(tmp_path / "g.db", data_dir)


def test_graph_shape(graph: nx.MultiDiGraph) -> None:
    assert graph.nodes[MACRON]["label"] == "Emmanuel Macron"
    assert graph.nodes[MACRON]["mentions"] == 3
    edge = graph.edges[MACRON, "STATE:UA", "supports"]
    assert edge["weight"] == 2
    assert (edge["first_seen"], edge["last_seen"]) == DATES
    assert edge["evidence"] == "Emmanuel Macron backs Ukraine. || Macron backs Ukraine again."
    assert graph.edges[MACRON, "STATE:FR", "affiliated_with"]["role"] == "President"
    assert graph.has_edge("STATE:RU", "STATE:UA", "opposes")


# -- GraphML ------------------------------------------------------------------------------------------------

def test_graphml_round_trip(graph: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    buffer.seek(0)
    back = nx.read_graphml(buffer, force_multigraph=True)
    view = contract_view(graph)
    assert sorted(back.nodes(data=True)) == sorted(view.nodes(data=True))
    ids = edge_ids(view)
    assert sorted((u, v, k, d) for u, v, k, d in back.edges(keys=True, data=True)) == sorted(
        (u, v, ids[(u, v, key)], d) for u, v, key, d in view.edges(keys=True, data=True))


def test_graphml_edge_ids_are_unique_and_stable(graph: nx.MultiDiGraph, tmp_path: Path, data_dir: Path) -> None:
    root = ET.fromstring(export_bytes(graph, "graphml"))
    edges = root.findall("g:graph/g:edge", GRAPHML_NS)
    ids = [e.get("id") for e in edges]
    assert len(ids) == graph.number_of_edges() == len(set(ids))
    assert "STATE:RU--opposes--STATE:UA" in ids
    assert {e.get("id") for e in edges if e.get("source") == "STATE:UA" and e.get("target") == "STATE:RU"} \
        <= {"STATE:UA--co_mention--STATE:RU"}
    again = two_article_graph(tmp_path / "g.db", data_dir)  # the same store, read again
    assert export_bytes(again, "graphml") == export_bytes(graph, "graphml")
    reversed_graph = nx.MultiDiGraph()
    reversed_graph.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reversed_graph.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert edge_ids(reversed_graph) == edge_ids(graph)


def test_graphml_ids_keys_and_attributes_are_valid(graph: nx.MultiDiGraph) -> None:
    root = ET.fromstring(export_bytes(odd_ids(graph), "graphml"))
    keys = root.findall("g:key", GRAPHML_NS)
    declared = [(k.get("for"), k.get("attr.name")) for k in keys]
    assert len(declared) == len(set(declared)), declared
    assert len({k.get("id") for k in keys}) == len(keys)
    assert {("node", "label"), ("node", "type"), ("node", "mentions"), ("node", "aliases")} <= set(declared)
    assert {("edge", "relation"), ("edge", "weight"), ("edge", "evidence"), ("edge", "docs"),
            ("edge", "first_seen"), ("edge", "last_seen")} <= set(declared)
    assert ("edge", "label") not in declared and ("edge", "items") not in declared
    element = root.find("g:graph", GRAPHML_NS)
    assert element.get("edgedefault") == "directed"
    assert not [name for name in element.attrib if name.startswith("parse.")]
    node_ids = [n.get("id") for n in element.findall("g:node", GRAPHML_NS)]
    edge_ids_ = [e.get("id") for e in element.findall("g:edge", GRAPHML_NS)]
    assert len(set(node_ids)) == len(node_ids) and len(set(edge_ids_)) == len(edge_ids_)
    assert all(NMTOKEN.match(i) for i in node_ids + edge_ids_), [i for i in node_ids + edge_ids_
                                                                 if not NMTOKEN.match(i)]
    known = {k.get("id") for k in keys}
    assert all(d.get("key") in known for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data"))


def test_graphml_declares_one_numeric_type_per_attribute(graph: nx.MultiDiGraph) -> None:
    mixed = graph.copy()
    u, v, key = next(iter(mixed.edges(keys=True)))
    mixed.edges[u, v, key]["weight"] = 2.5  # a float among ints
    root = ET.fromstring(export_bytes(mixed, "graphml"))
    weights = [k for k in root.findall("g:key", GRAPHML_NS) if k.get("attr.name") == "weight"]
    assert [k.get("attr.type") for k in weights] == ["double"]


def test_project_ids_are_nmtokens_and_others_are_escaped() -> None:
    for kept in ("STATE:GB", "PERSON:keir-starmer", "FORCE", "ORG:COALITION_OF_THE_WILLING", "CAPITAL:UA:kyiv",
                 "PERSON:jose-alvarez-ñ", "ORG:x.y"):
        assert nmtoken(kept) == kept
    assert nmtoken("ORG:r&d lab/2") == "ORG:r_x0026_d_x0020_lab_x002F_2"
    assert nmtoken("ORG:a_x0041_b") == "ORG:a_x005F_x0041_b"  # would read as an escape: its '_' is escaped
    assert nmtoken("ORG:a&b") != nmtoken("ORG:a_x0026_b")
    assert nmtoken(7) == "7"
    with pytest.raises(ValueError, match="empty id"):
        nmtoken("")


def test_odd_ids_round_trip_with_their_labels(graph: nx.MultiDiGraph) -> None:
    odd = odd_ids(graph)
    back = nx.read_graphml(io.BytesIO(export_bytes(odd, "graphml")), force_multigraph=True)
    assert back.number_of_nodes() == odd.number_of_nodes() and back.number_of_edges() == odd.number_of_edges()
    assert back.nodes["ORG:r_x0026_d_x0020_lab_x002F_2"]["label"] == "R&D Lab"
    assert back.has_edge("ORG:a_x005F_x0041_b", "ORG:r_x0026_d_x0020_lab_x002F_2")
    assert set(back) == {nmtoken(n) for n in odd}


def test_igraph_reads_graphml(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    odd = odd_ids(graph)
    path = tmp_path / "g.graphml"
    path.write_bytes(export_bytes(odd, "graphml"))
    g = igraph.Graph.Read_GraphML(str(path))
    assert (g.vcount(), g.ecount()) == (odd.number_of_nodes(), odd.number_of_edges())
    assert g.is_directed()
    assert set(g.es["relation"]) == {"co_mention", "supports", "opposes", "affiliated_with"}
    by_id = {v["id"]: v for v in g.vs}
    assert set(by_id) == {nmtoken(n) for n in odd}
    assert by_id[MACRON]["label"] == "Emmanuel Macron" and by_id[MACRON]["mentions"] == 3
    # igraph 1.0.0 fills the edges' `id` attribute with vertex ids: edges are found by their ends instead
    ends = {(g.vs[e.source]["id"], g.vs[e.target]["id"], e["relation"]): e for e in g.es}
    assert sorted(ends) == sorted((nmtoken(u), nmtoken(v), d["relation"]) for u, v, d in odd.edges(data=True))
    supports = ends[(MACRON, "STATE:UA", "supports")]
    assert supports["weight"] == 2 and supports["first_seen"] == DATES[0]


def test_the_yardstick_reads_graphml(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("the shared yardstick (../shared/eval) is not beside the repo")
    spec = importlib.util.spec_from_file_location("score", scorer)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    path = tmp_path / "g.graphml"
    path.write_bytes(export_bytes(graph, "graphml"))
    nodes, edges = score.read_graphml(str(path))
    assert nodes[MACRON] == {"label": "Emmanuel Macron", "type": "PERSON", "mentions": "3",
                             "aliases": "Macron"}
    assert (MACRON, "STATE:UA", "supports") in {(u, v, d["relation"]) for u, v, d in edges}


# -- GEXF ---------------------------------------------------------------------------------------------------

def test_spells_split_where_evidence_stops() -> None:
    assert spells(["2025-03-27", None, "2025-04-20", "2026-01-06", "2025-03-27"]) == [
        ("2025-03-27", "2025-04-20"), ("2026-01-06", "2026-01-06")]
    assert spells(["2025-03-27", "2026-01-06"], gap_days=400) == [("2025-03-27", "2026-01-06")]
    assert spells([]) == []
    assert merge_spells([("2025-05-01", "2025-06-01"), ("2025-01-01", "2025-01-02"), ("2025-05-20", "2025-05-25")],
                        gap_days=0) == [("2025-01-01", "2025-01-02"), ("2025-05-01", "2025-06-01")]


def test_gexf_is_dynamic_with_dates_and_spells(graph: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    text = buffer.getvalue().decode()
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    back = nx.read_gexf(io.BytesIO(buffer.getvalue()))
    assert (back.number_of_nodes(), back.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    supports = back.edges[MACRON, "STATE:UA", "supports"]
    assert (supports["start"], supports["end"]) == DATES
    assert supports["spells"] == [(DATES[0], DATES[0]), (DATES[1], DATES[1])]  # comes, goes, comes back
    assert supports["id"] == f"{MACRON}--supports--STATE:UA"
    opposes = back.edges["STATE:RU", "STATE:UA", "opposes"]
    assert (opposes["start"], opposes["end"]) == (DATES[0], DATES[0]) and "spells" not in opposes
    for node, data in back.nodes(data=True):
        assert data["start"] <= data["end"], node
    assert (back.nodes["STATE:RU"]["start"], back.nodes["STATE:RU"]["end"]) == (DATES[0], DATES[0])
    assert back.nodes[MACRON]["spells"] == [(DATES[0], DATES[0]), (DATES[1], DATES[1])]


def test_gexf_looks_like_the_explorer(graph: nx.MultiDiGraph) -> None:
    palette = load_palette()
    back = nx.read_gexf(io.BytesIO(export_bytes(graph, "gexf")))
    for node, data in back.nodes(data=True):
        color = data["viz"]["color"]
        assert (color["r"], color["g"], color["b"]) == rgb(palette.node_color(data["type"])), node
        assert palette.size_min <= data["viz"]["size"] <= palette.size_max
        assert set(data["viz"]["position"]) == {"x", "y", "z"}
    sizes = {n: d["viz"]["size"] for n, d in back.nodes(data=True)}
    assert sizes["STATE:UA"] == palette.size_max and min(sizes.values()) == palette.size_min
    # networkx reads no viz of edges: read the XML
    gexf, viz = "{http://www.gexf.net/1.2draft}", "{http://www.gexf.net/1.2draft/viz}"
    relations = {d["id"]: d["relation"] for *_, d in back.edges(data=True)}
    edges = ET.fromstring(export_bytes(graph, "gexf")).findall(f".//{gexf}edge")
    assert len(edges) == graph.number_of_edges()
    for edge in edges:
        relation = relations[edge.get("id")]
        color = edge.find(f"{viz}color")
        assert tuple(int(color.get(c)) for c in "rgb") == rgb(palette.edge_color(relation)), edge.get("id")
        thickness = float(edge.find(f"{viz}thickness").get("value"))
        assert thickness == palette.edge_width(relation, float(edge.get("weight")))


# -- graphology JSON, node-link JSON, CSV --------------------------------------------------------------------

def test_graphology_json_is_what_graph_import_reads(graph: nx.MultiDiGraph) -> None:
    data = json.loads(export_bytes(graph, "graphology"))
    assert set(data) == {"attributes", "options", "nodes", "edges"}
    assert data["options"] == {"type": "directed", "multi": True, "allowSelfLoops": True}
    assert data["attributes"] == {"name": "stancegraph", "level": "person"}
    assert len(data["nodes"]) == graph.number_of_nodes() and len(data["edges"]) == graph.number_of_edges()
    nodes = {n["key"]: n["attributes"] for n in data["nodes"]}
    assert nodes[MACRON]["label"] == "Emmanuel Macron" and nodes[MACRON]["entity_type"] == "PERSON"
    assert "type" not in nodes[MACRON]  # sigma.js takes a node's `type` for the program that draws it
    assert all(isinstance(a["x"], float) and isinstance(a["y"], float) for a in nodes.values())
    assert nodes[MACRON]["color"] == load_palette().node_color("PERSON")
    edges = {e["key"]: e for e in data["edges"]}
    assert len(edges) == len(data["edges"])
    supports = edges[f"{MACRON}--supports--STATE:UA"]
    assert (supports["source"], supports["target"]) == (MACRON, "STATE:UA")
    assert supports["attributes"]["weight"] == 2 and supports["attributes"]["type"] == "arrow"
    assert {e["attributes"]["type"] for e in data["edges"] if e["attributes"]["relation"] == "co_mention"} == {"line"}


def test_json_keeps_evidence_records(graph: nx.MultiDiGraph) -> None:
    data = json.loads(export_bytes(graph, "json"))
    edge = next(e for e in data["links"] if e.get("relation") == "supports")
    assert edge["items"][0]["sentence"] == "Emmanuel Macron backs Ukraine."
    back = nx.node_link_graph(data, edges="links")
    assert back.is_multigraph() and back.is_directed()
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))


def test_csv_has_labels(graph: nx.MultiDiGraph) -> None:
    text = export_bytes(graph, "csv").decode()
    assert text.splitlines()[0].startswith("source,source_label,source_type,target")
    assert "Emmanuel Macron" in text


def test_exports_are_deterministic_and_do_not_mutate(graph: nx.MultiDiGraph) -> None:
    before = sorted(graph.edges(keys=True))
    for fmt in ("graphml", "gexf", "graphology", "json", "csv"):
        assert export_bytes(graph, fmt) == export_bytes(graph, fmt), fmt
    assert sorted(graph.edges(keys=True)) == before
    assert all("items" in d for _, _, d in graph.edges(data=True))
    assert all("x" not in d and "viz" not in d for _, d in graph.nodes(data=True))


# -- the graph itself ---------------------------------------------------------------------------------------

def test_state_level_lifts_person_stances(graph: nx.MultiDiGraph, tmp_path: Path, data_dir: Path) -> None:
    lifted = two_article_graph(tmp_path / "g.db", data_dir, level="state")
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
