"""Exports: GraphML (Gephi, igraph, networkx, graphology), GEXF (Gephi's timeline), graphology JSON (sigma.js),
node-link JSON, CSV.

Every exporter takes the graph first and writes to a binary stream; none mutates the graph it is given.
GraphML and GEXF carry only scalar attributes, as those formats (and `nx.write_graphml`) require.
"""

from __future__ import annotations

import csv
import io
import json
from typing import BinaryIO

import networkx as nx

from graph.contract import EDGE_ATTRS, NODE_ATTRS, contract_view, is_scalar
from graph.formats import FORMATS, MEDIA_TYPES, file_suffix
from graph.gexf import write_gexf
from graph.graphology import write_graphology
from graph.ids import edge_ids, nmtoken

__all__ = ["EDGE_ATTRS", "FORMATS", "MEDIA_TYPES", "NODE_ATTRS", "contract_view", "export", "export_bytes",
           "file_suffix", "graphml_view", "write_csv", "write_gexf", "write_graphml", "write_graphology",
           "write_json"]


def graphml_view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The contract view with NMTOKEN node ids and each edge keyed by its unique, stable id."""
    view = contract_view(graph)
    out = nx.MultiDiGraph()
    out.add_nodes_from((nmtoken(node), data) for node, data in view.nodes(data=True))
    for (u, v, key), eid in edge_ids(view).items():
        out.add_edge(nmtoken(u), nmtoken(v), key=eid, **view.edges[u, v, key])
    return out


def write_graphml(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    """One <key> per attribute (a weight that is sometimes a float is a double throughout)."""
    nx.write_graphml(graphml_view(graph), out, named_key_ids=False, infer_numeric_types=True)


def write_json(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    """Node-link JSON, with the full evidence records of each edge."""
    data = nx.node_link_data(graph, edges="links")
    data["graph"] = {k: v for k, v in data["graph"].items() if is_scalar(v)}
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


WRITERS = {"graphml": write_graphml, "gexf": write_gexf, "graphology": write_graphology, "json": write_json,
           "csv": write_csv}


def export(graph: nx.MultiDiGraph, fmt: str, out: BinaryIO) -> None:
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    WRITERS[fmt](graph, out)


def export_bytes(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    buffer = io.BytesIO()
    export(graph, fmt, buffer)
    return buffer.getvalue()
