"""The exports opened by the tools people use: networkx, python-igraph, and graphology in Node.js
(graphology-graphml on the GraphML, `Graph.from`, i.e. `graph.import()`, on the graphology JSON).

Node is Debian's `nodejs`; `make setup-test` installs it where missing, and graphology with `npm ci` in tests/js.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from app.cli import main
from graph.export import export_bytes
from graph.ids import nmtoken
from tests.conftest import DATA_DIR
from tests.exportgraphs import DATES, odd_ids, two_article_graph

JS_DIR = Path(__file__).resolve().parent / "js"
STYLE_NODE_ATTRS = {"x", "y", "size", "color"}
STYLE_EDGE_ATTRS = {"size", "color", "type"}


def read_with_graphology(graphml: Path, graphology: Path) -> dict:
    """What graphology makes of both files: {"graphml": summary, "graphology": summary}."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed (make setup-test installs Debian's nodejs)")
    if not (JS_DIR / "node_modules" / "graphology-graphml").is_dir():
        pytest.fail("tests/js/node_modules is missing: run `make setup-test` (npm ci in tests/js)")
    run = subprocess.run([node, str(JS_DIR / "read_exports.js"), str(graphml), str(graphology)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def write_exports(graph: nx.MultiDiGraph, directory: Path) -> tuple[Path, Path]:
    graphml, graphology = directory / "g.graphml", directory / "g.graphology.json"
    graphml.write_bytes(export_bytes(graph, "graphml"))
    graphology.write_bytes(export_bytes(graph, "graphology"))
    return graphml, graphology


def assert_graphology_agrees_with_networkx(read: dict, graphml: Path) -> None:
    """graphology read the same graph from both files as networkx reads from the GraphML."""
    back = nx.read_graphml(graphml, force_multigraph=True)
    from_graphml, from_json = read["graphml"], read["graphology"]
    assert from_graphml["type"] == from_json["type"] == "directed"
    assert from_graphml["multi"] and from_json["multi"]
    counts = (back.number_of_nodes(), back.number_of_edges())
    assert (from_graphml["order"], from_graphml["size"]) == (from_json["order"], from_json["size"]) == counts
    assert from_graphml["nodes"] == dict(back.nodes(data=True))
    assert from_graphml["edges"] == {key: {"source": u, "target": v, "attributes": data}
                                     for u, v, key, data in back.edges(keys=True, data=True)}
    nodes = {}
    for key, attrs in from_json["nodes"].items():
        assert all(math.isfinite(attrs[a]) for a in ("x", "y", "size")), key
        contract = {("type" if k == "entity_type" else k): v for k, v in attrs.items() if k not in STYLE_NODE_ATTRS}
        nodes[nmtoken(key)] = contract
    assert nodes == from_graphml["nodes"]
    edges = {key: {"source": nmtoken(e["source"]), "target": nmtoken(e["target"]),
                   "attributes": {k: v for k, v in e["attributes"].items() if k not in STYLE_EDGE_ATTRS}}
             for key, e in from_json["edges"].items()}
    assert edges == from_graphml["edges"]


@pytest.mark.parametrize("level", ["person", "state"])
def test_graphology_reads_graphml_and_json(tmp_path: Path, data_dir: Path, level: str) -> None:
    graph = odd_ids(two_article_graph(tmp_path / "g.db", data_dir, level=level))
    graphml, graphology = write_exports(graph, tmp_path)
    read = read_with_graphology(graphml, graphology)
    assert_graphology_agrees_with_networkx(read, graphml)
    supports = read["graphology"]["edges"]["PERSON:emmanuel-macron--supports--STATE:UA"]
    assert supports["attributes"]["first_seen"] == DATES[0] and supports["attributes"]["weight"] == 2
    assert read["graphml"]["nodes"]["ORG:r_x0026_d_x0020_lab_x002F_2"]["label"] == "R&D Lab"
    assert read["graphology"]["nodes"]["ORG:r&d lab/2"]["label"] == "R&D Lab"
    if level == "state":
        derived = read["graphml"]["edges"]["STATE:FR--supports--STATE:UA"]["attributes"]["derived"]
        assert derived is True


# -- the shipped corpus, with the real model ----------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_exports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    directory = tmp_path_factory.mktemp("seed-exports")
    db = directory / "seeds.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("STANCEGRAPH_MODEL", raising=False)
        assert main(["build", str(DATA_DIR / "seeds"), "--db", str(db), "-q"]) == 0
        paths = {}
        for fmt, name in (("graphml", "seeds.graphml"), ("gexf", "seeds.gexf"),
                          ("graphology", "seeds.graphology.json")):
            paths[fmt] = directory / name
            assert main(["export", "--format", fmt, "--db", str(db), "-o", str(paths[fmt])]) == 0
    yield paths


@pytest.mark.model
def test_seed_exports_open_in_networkx_and_igraph(seed_exports: dict[str, Path]) -> None:
    igraph = pytest.importorskip("igraph")
    graph = nx.read_graphml(seed_exports["graphml"], force_multigraph=True)
    counts = (graph.number_of_nodes(), graph.number_of_edges())
    assert counts[0] >= 30 and counts[1] >= 100
    ig = igraph.Graph.Read_GraphML(str(seed_exports["graphml"]))
    assert (ig.vcount(), ig.ecount()) == counts
    assert set(ig.vs["label"]) == {d["label"] for _, d in graph.nodes(data=True)}
    gexf = nx.read_gexf(seed_exports["gexf"])
    assert (gexf.number_of_nodes(), gexf.number_of_edges()) == counts
    dated = [d for *_, d in gexf.edges(data=True) if "start" in d]
    assert dated and all(d["start"] <= d["end"] for d in dated)
    assert any(len(d.get("spells", [])) > 1 for d in dated)  # the corpus spans March 2025 and January 2026
    assert all(d["start"] <= d["end"] for _, d in gexf.nodes(data=True) if "start" in d)


@pytest.mark.model
def test_seed_exports_open_in_graphology(seed_exports: dict[str, Path]) -> None:
    read = read_with_graphology(seed_exports["graphml"], seed_exports["graphology"])
    assert_graphology_agrees_with_networkx(read, seed_exports["graphml"])
