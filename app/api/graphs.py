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
from app.api.schemas import EvidenceOut, GraphEdgeOut, GraphMetaOut, GraphOut, NodeOut
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
           layout: bool, max_edges: int | None) -> GraphOut:
    reader = view.reader
    ranked = None if filters.entity else ranking(state, view, filters.relations)
    sub, truncated, _ = filters.subgraph(reader, max_nodes=max_nodes, ranking=ranked)
    rows = sorted((d["row"] for *_, d in sub.edges(data=True)), key=lambda r: (r.source, r.target, r.relation))
    hidden = 0
    if max_edges is not None and len(rows) > max_edges:
        kept = backbone(rows, max_edges)
        hidden = len(rows) - len(kept)
        sub.remove_edges_from([(r.source, r.target, r.relation) for r in rows if r not in kept])
        rows = [r for r in rows if r in kept]
    edges = reader.edges(rows, dates=filters.dates, evidence_limit=evidence_limit)
    positions = _positions(sub) if layout else {}
    nodes = [NodeOut(id=n, label=str(d.get("label") or n), type=str(d.get("type") or ""),
                     mentions=int(d.get("mentions") or 0), aliases=[a for a in str(d.get("aliases") or "").split("|")
                                                                    if a],
                     x=positions.get(n, (None, None))[0], y=positions.get(n, (None, None))[1])
             for n, d in sub.nodes(data=True)]
    out = [GraphEdgeOut(
        id=f"{e.source.id}|{e.target.id}|{e.relation}", source=e.source.id, target=e.target.id, relation=e.relation,
        weight=e.weight, modality=e.modality, condition=e.condition, role=e.role, first_seen=e.first_seen,
        last_seen=e.last_seen, derived=e.derived, evidence_total=e.evidence_total or 0,
        evidence=[EvidenceOut.of(i) for i in e.evidence[:evidence_limit]]) for e in edges]
    first, last = state.remembered(("span", view.snapshot.version, view.level), reader.date_span)
    heaviest = state.remembered(("heaviest", view.snapshot.version, view.level), reader.max_weight)
    meta = GraphMetaOut(level=view.level, nodes=len(nodes), edges=len(out), truncated=truncated or bool(hidden),
                        hidden_edges=hidden, date_min=first, date_max=last, max_weight=heaviest,
                        documents=view.snapshot.documents)
    return GraphOut(meta=meta, nodes=nodes, edges=out)


STRONGEST_PER_ENTITY = 3
NODE_SPACING = 50.0  # graph/layout.py draws n nodes within 50·√n of the centre
LABEL_GAP = (1.5, 3.0)  # no two nodes closer than this many node spacings (large views, small ones)


def backbone(rows: list, budget: int) -> set:
    """At most `budget` edges that keep the view readable: every entity's few strongest edges first (so none
    is left floating), then the heaviest of the rest; stances before co-mentions at equal weight."""
    order = sorted(rows, key=lambda r: (-r.weight, r.relation == "co_mention", r.source, r.target, r.relation))
    kept: set = set()
    per_entity: dict[str, int] = {}
    for r in order:
        if len(kept) >= budget:
            break
        if per_entity.get(r.source, 0) < STRONGEST_PER_ENTITY or per_entity.get(r.target, 0) < STRONGEST_PER_ENTITY:
            kept.add(r)
            for end in (r.source, r.target):
                per_entity[end] = per_entity.get(end, 0) + 1
    for r in order:
        if len(kept) >= budget:
            break
        kept.add(r)
    return kept


def _positions(sub: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 positions for the view; co-mentions do not pull (the explorer hides them by default)."""
    springs = nx.MultiDiGraph()
    springs.add_nodes_from(sub)
    springs.add_edges_from((u, v) for u, v, k in sub.edges(keys=True) if k != "co_mention")
    placed = force_layout(springs)
    gap = max(LABEL_GAP[0], LABEL_GAP[1] - len(placed) / 100)  # small views get room for their big nodes
    return spread(placed, gap=gap * NODE_SPACING)
