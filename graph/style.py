"""How the explorer draws each node and edge, for the exports that carry a drawing (GEXF, graphology JSON).

Colours, sizes and widths come from the explorer's own legend (`web/static/palette.json`); positions from
graph/layout.py.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import networkx as nx

from graph.layout import layout
from web.palette import load_palette


@dataclass(frozen=True)
class NodeLook:
    x: float
    y: float
    size: float
    color: str


@dataclass(frozen=True)
class EdgeLook:
    color: str
    width: float
    directed: bool


def node_looks(graph: nx.MultiDiGraph, *, seed: int = 7) -> dict[Hashable, NodeLook]:
    """Position, size (by mentions) and colour (by type) of every node."""
    palette = load_palette()
    positions = layout(graph, seed=seed)
    sizes = palette.node_sizes({node: data.get("mentions", 1) for node, data in graph.nodes(data=True)})
    return {node: NodeLook(*positions[node], sizes[node], palette.node_color(data.get("type", "")))
            for node, data in graph.nodes(data=True)}


def edge_look(data: Mapping[str, object]) -> EdgeLook:
    """Colour (by relation), width (by weight) and whether an arrow is drawn."""
    palette = load_palette()
    relation = str(data.get("relation", ""))
    weight = data.get("weight", 1)
    return EdgeLook(palette.edge_color(relation),
                    palette.edge_width(relation, weight if isinstance(weight, (int, float)) else 1),
                    relation not in palette.undirected)
