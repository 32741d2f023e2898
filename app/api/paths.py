"""GET /api/paths: how two entities are connected, with the evidence on each hop."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import EvidenceLimit, RelationsQuery, ViewDep, split_values
from app.api.errors import responses
from app.api.schemas import EdgeOut, EntityRefOut, HopOut, PathOut, PathsOut

router = APIRouter(tags=["paths"])
Name = Annotated[str, Query(min_length=1, max_length=500, description="entity id, name or alias")]


@router.get("/paths", response_model=PathsOut, summary="Shortest connections between two entities",
            responses=responses({404: "unknown entity"}))
def get_paths(
    view: ViewDep, source: Name, target: Name,
    relations: RelationsQuery = None,
    max_paths: Annotated[int, Query(ge=1, le=50, description="at most this many shortest paths")] = 5,
    evidence_limit: EvidenceLimit = 3,
) -> PathsOut:
    reader = view.reader
    found = reader.paths(source, target, relations=split_values(relations), max_paths=max_paths,
                         evidence_limit=evidence_limit)
    s, t = reader.find_entity(source), reader.find_entity(target)
    return PathsOut(
        source=EntityRefOut.of(reader.ref(s)), target=EntityRefOut.of(reader.ref(t)),
        level=view.level, connected=bool(found),
        paths=[
            PathOut(
                length=len(p.hops), nodes=[EntityRefOut.of(n) for n in p.nodes],
                hops=[HopOut(source=EntityRefOut.of(h.source), target=EntityRefOut.of(h.target),
                             edges=[EdgeOut.of(e, evidence_limit=evidence_limit) for e in h.edges])
                      for h in p.hops],
            )
            for p in found
        ],
    )
