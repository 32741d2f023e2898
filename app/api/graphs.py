"""GET /api/graph: a filtered subgraph (the ego network when `entity` is given), as nodes and edges.

Without `entity` the view holds the most connected entities (by the weight of their stances at this
level, then of all their edges here); `max_nodes` says how many. `layout=true` adds server-computed
positions (ForceAtlas2, graph/layout.py), so the explorer can draw the view at once, physics off.
"""

from __future__ import annotations

from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Query, Request, Response

from app.api.deps import EvidenceLimit, FiltersDep, StateDep, View, ViewDep, cached
from app.api.errors import responses
from app.api.schemas import GraphOut, edge_json
from app.api.state import AppState
from graph.layout import layout as force_layout
from graph.layout import spread
from graph.query import RELATIONS

router = APIRouter(tags=["graph"])


@router.get("/graph", response_model=GraphOut, summary="Filtered subgraph or ego network",
            responses=responses({404: "unknown entity"}))
def get_graph(
    request: Request, state: StateDep, view: ViewDep, filters: FiltersDep, evidence_limit: EvidenceLimit = 3,
    max_nodes: Annotated[int, Query(ge=1, le=20000, description="keep the most connected entities (by the "
                                                                "weight of their stances)")] = 2000,
    layout: Annotated[bool, Query(description="add positions (x, y) computed on the server")] = False,
    max_edges: Annotated[int | None, Query(ge=1, le=1_000_000, description="keep at most this many edges: each "
                                           "entity's strongest few, then the heaviest")] = None,
) -> Response:
    return cached(state, view, request,
                  lambda: _graph(state, view, filters, evidence_limit, max_nodes, layout, max_edges))


def ranking(state: AppState, view: View, relations: list[str] | None) -> list[tuple[str, float]]:
    """The entities of this version and level, most connected first (made once per version)."""
    wanted = tuple(sorted(relations or RELATIONS))
    return state.remembered(("ranking", view.snapshot.version, view.level, wanted),
                            lambda: view.reader.ranking(wanted))


def _graph(state: AppState, view: View, filters: FiltersDep, evidence_limit: int, max_nodes: int,
           layout: bool, max_edges: int | None) -> dict:
    """A `GraphOut`, as a dict."""
    reader = view.reader
    ranked = None if filters.entity else ranking(state, view, filters.relations)
    found = filters.subgraph(reader, max_nodes=max_nodes, max_edges=max_edges, ranking=ranked)
    sub = found.graph
    rows = sorted((d["row"] for *_, d in sub.edges(data=True)), key=lambda r: (r.source, r.target, r.relation))
    edges = reader.edges(rows, dates=filters.dates, evidence_limit=evidence_limit)
    positions = _positions(sub) if layout else {}
    nodes = [{"id": n, "label": str(d.get("label") or n), "type": str(d.get("type") or ""),
              "mentions": int(d.get("mentions") or 0),
              "aliases": [a for a in str(d.get("aliases") or "").split("|") if a],
              "x": positions.get(n, (None, None))[0], "y": positions.get(n, (None, None))[1]}
             for n, d in sub.nodes(data=True)]
    out = []
    for e in edges:
        edge = edge_json(e, evidence_limit=evidence_limit)
        out.append({"id": f"{e.source.id}|{e.target.id}|{e.relation}", "source": e.source.id,
                    "target": e.target.id, **{k: v for k, v in edge.items() if k not in ("source", "target")},
                    "evidence_total": e.evidence_total or 0})
    first, last = state.remembered(("span", view.snapshot.version, view.level), reader.date_span)
    heaviest = state.remembered(("heaviest", view.snapshot.version, view.level), reader.max_weight)
    meta = {"level": view.level, "nodes": len(nodes), "edges": len(out), "truncated": found.truncated,
            "hidden_edges": found.hidden_edges, "date_min": first, "date_max": last, "max_weight": heaviest,
            "documents": view.snapshot.documents}
    return {"meta": meta, "nodes": nodes, "edges": out}


NODE_SPACING = 50.0  # graph/layout.py draws n nodes within 50·√n of the centre
LABEL_GAP = (1.5, 3.0)  # no two nodes closer than this many node spacings (large views, small ones)


def _positions(sub: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 positions for the view; co-mentions do not pull (the explorer hides them by default)."""
    springs = nx.MultiDiGraph()
    springs.add_nodes_from(sub)
    springs.add_edges_from((u, v) for u, v, k in sub.edges(keys=True) if k != "co_mention")
    placed = force_layout(springs)
    gap = max(LABEL_GAP[0], LABEL_GAP[1] - len(placed) / 100)  # small views get room for their big nodes
    return spread(placed, gap=gap * NODE_SPACING)
