"""graphology's serialisation (what `graph.import()` reads), ready for sigma.js.

Nodes carry the contract's attributes, except that the entity type is `entity_type`: sigma.js reads a node's
`type` as the name of the program that draws it. They also carry sigma's `x`, `y`, `size` and `color`; edges
carry `size`, `color` and `type` (`arrow`, or `line` where the explorer draws no arrow).
"""

from __future__ import annotations

import json
from typing import BinaryIO

import networkx as nx

from graph.contract import contract_view, is_scalar
from graph.ids import edge_ids
from graph.style import edge_look, node_looks

RENAMED = {"type": "entity_type"}


def graphology_data(graph: nx.MultiDiGraph, *, seed: int = 7) -> dict:
    view = contract_view(graph)
    looks = node_looks(view, seed=seed)
    nodes = []
    for node, data in view.nodes(data=True):
        look = looks[node]
        attributes = {RENAMED.get(k, k): v for k, v in data.items()}
        attributes.update(x=look.x, y=look.y, size=look.size, color=look.color)
        nodes.append({"key": str(node), "attributes": attributes})
    edges = []
    for (u, v, key), eid in edge_ids(view).items():
        data = view.edges[u, v, key]
        look = edge_look(data)
        attributes = {**data, "size": look.width, "color": look.color, "type": "arrow" if look.directed else "line"}
        edges.append({"key": eid, "source": str(u), "target": str(v), "attributes": attributes})
    return {
        "attributes": {k: v for k, v in graph.graph.items() if is_scalar(v)},
        "options": {"type": "directed", "multi": True, "allowSelfLoops": True},
        "nodes": nodes,
        "edges": edges,
    }


def write_graphology(graph: nx.MultiDiGraph, out: BinaryIO, *, seed: int = 7) -> None:
    text = json.dumps(graphology_data(graph, seed=seed), ensure_ascii=False, separators=(",", ":"))
    out.write(text.encode("utf-8"))
