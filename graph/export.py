"""Exports: GraphML (Gephi, igraph), GEXF (with dates for Gephi's timeline), node-link JSON, CSV.

Every exporter takes the graph first and writes to a binary stream; none mutates the graph it is given.
GraphML and GEXF carry only scalar attributes, as those formats (and `nx.write_graphml`) require.
"""

from __future__ import annotations

import csv
import io
import json
from typing import BinaryIO

import networkx as nx

FORMATS = ("graphml", "gexf", "json", "csv")
MEDIA_TYPES = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "json": "application/json",
    "csv": "text/csv",
}
NODE_ATTRS = ("label", "type", "mentions", "aliases")
EDGE_ATTRS = ("relation", "weight", "evidence", "docs", "first_seen", "last_seen", "modality", "condition",
              "role", "speakers", "derived")


def _scalar(value: object) -> bool:
    return isinstance(value, (str, int, float, bool)) and value != ""


def contract_view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy holding only the contract's scalar attributes (see DESIGN.md)."""
    view = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        view.add_node(node, **{k: data[k] for k in NODE_ATTRS if k in data and _scalar(data[k])})
    for u, v, key, data in graph.edges(keys=True, data=True):
        view.add_edge(u, v, key=key, **{k: data[k] for k in EDGE_ATTRS if k in data and _scalar(data[k])})
    return view


def write_graphml(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    nx.write_graphml(contract_view(graph), out, named_key_ids=False)


def write_gexf(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    view = contract_view(graph)
    view.graph["mode"] = "dynamic"
    for n, (_, _, data) in enumerate(list(view.edges(data=True))):
        data["id"] = str(n)
        if "first_seen" in data:
            data["start"] = data["first_seen"]
        if "last_seen" in data:
            data["end"] = data["last_seen"]
    node_start: dict[str, str] = {}
    for u, v, data in view.edges(data=True):
        if "start" in data:
            for node in (u, v):
                node_start[node] = min(node_start.get(node, data["start"]), data["start"])
    for node, start in node_start.items():
        view.nodes[node]["start"] = start
    nx.write_gexf(view, out)


def write_json(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    """Node-link JSON, with the full evidence records of each edge."""
    data = nx.node_link_data(graph, edges="links")
    data["graph"] = {k: v for k, v in data["graph"].items() if _scalar(v)}
    out.write(json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8"))


def write_csv(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    """One row per edge, with both endpoints' labels and types."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["source", "source_label", "source_type", "target", "target_label", "target_type",
                     *EDGE_ATTRS])
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (e[2].get("relation", ""), e[0], e[1])):
        nu, nv = graph.nodes[u], graph.nodes[v]
        writer.writerow([u, nu.get("label", u), nu.get("type", ""), v, nv.get("label", v), nv.get("type", ""),
                         *(data.get(k, "") for k in EDGE_ATTRS)])
    out.write(text.getvalue().encode("utf-8"))


WRITERS = {"graphml": write_graphml, "gexf": write_gexf, "json": write_json, "csv": write_csv}


def export(graph: nx.MultiDiGraph, fmt: str, out: BinaryIO) -> None:
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    WRITERS[fmt](graph, out)


def export_bytes(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    buffer = io.BytesIO()
    export(graph, fmt, buffer)
    return buffer.getvalue()
