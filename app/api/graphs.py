"""GET /api/graph: a filtered subgraph (the ego network when `entity` is given), as nodes and edges."""

from __future__ import annotations

from typing import Annotated

import networkx as nx
from fastapi import APIRouter, Query, Request, Response

from app.api.deps import EvidenceLimit, FiltersDep, StateDep, ViewDep, cached
from app.api.errors import responses
from app.api.schemas import EvidenceOut, GraphEdgeOut, GraphMetaOut, GraphOut, NodeOut
from graph import query

router = APIRouter(tags=["graph"])


def _truncate(graph: nx.MultiDiGraph, max_nodes: int, keep: str | None) -> tuple[nx.MultiDiGraph, bool]:
    if graph.number_of_nodes() <= max_nodes:
        return graph, False
    ranked = sorted(graph.nodes(data="mentions"), key=lambda nm: (nm[0] != keep, -(nm[1] or 0), nm[0]))
    return graph.subgraph([n for n, _ in ranked[:max_nodes]]), True


@router.get("/graph", response_model=GraphOut, summary="Filtered subgraph or ego network",
            responses=responses({404: "unknown entity"}))
def get_graph(
    request: Request, state: StateDep, view: ViewDep, filters: FiltersDep, evidence_limit: EvidenceLimit = 3,
    max_nodes: Annotated[int, Query(ge=1, le=20000, description="keep the most mentioned entities")] = 2000,
) -> Response:
    return cached(state, view, request, lambda: _graph(view, filters, evidence_limit, max_nodes))


def _graph(view: ViewDep, filters: FiltersDep, evidence_limit: int, max_nodes: int) -> GraphOut:
    sub = filters.apply(view.graph)
    center = query.find_entity(view.graph, filters.entity) if filters.entity else None
    sub, truncated = _truncate(sub, max_nodes, center)
    nodes = [
        NodeOut(id=n, label=str(d.get("label") or n), type=str(d.get("type") or ""),
                mentions=int(d.get("mentions") or 0), aliases=list(query.aliases(sub, n)))
        for n, d in sub.nodes(data=True)
    ]
    edges = []
    for u, v, key, d in sub.edges(keys=True, data=True):
        items = d.get("items") or []
        edges.append(GraphEdgeOut(
            id=f"{u}|{v}|{key}", source=u, target=v, relation=str(d.get("relation") or key),
            weight=d.get("weight") or 0, modality=str(d.get("modality") or ""),
            condition=str(d.get("condition") or ""), role=str(d.get("role") or ""),
            first_seen=d.get("first_seen"), last_seen=d.get("last_seen"), derived=bool(d.get("derived")),
            evidence_total=len(items),
            evidence=[EvidenceOut.of(query.evidence_of(i)) for i in items[:evidence_limit]],
        ))
    b = view.bundle
    meta = GraphMetaOut(level=view.level, nodes=len(nodes), edges=len(edges), truncated=truncated,
                        date_min=b.date_min, date_max=b.date_max, max_weight=b.max_weight,
                        documents=view.snapshot.documents)
    return GraphOut(meta=meta, nodes=nodes, edges=edges)
