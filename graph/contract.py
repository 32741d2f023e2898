"""The attributes every file export carries (see DESIGN.md's GraphML contract): scalars only."""

from __future__ import annotations

import networkx as nx

NODE_ATTRS = ("label", "type", "mentions", "aliases")
EDGE_ATTRS = ("relation", "weight", "evidence", "docs", "first_seen", "last_seen", "modality", "condition",
              "role", "speakers", "derived")


def is_scalar(value: object) -> bool:
    return isinstance(value, (str, int, float, bool)) and value != ""


def contract_view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy holding only the contract's scalar attributes."""
    view = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        view.add_node(node, **{k: data[k] for k in NODE_ATTRS if k in data and is_scalar(data[k])})
    for u, v, key, data in graph.edges(keys=True, data=True):
        view.add_edge(u, v, key=key, **{k: data[k] for k in EDGE_ATTRS if k in data and is_scalar(data[k])})
    return view
