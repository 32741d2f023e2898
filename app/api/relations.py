"""GET /api/relations: who <relation> whom, each with weight, modality and evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.api.deps import (
    RELATION_NAMES,
    DatesDep,
    EvidenceLimit,
    PageDep,
    StateDep,
    View,
    ViewDep,
    answered,
)
from app.api.errors import responses
from app.api.schemas import Relation, RelationsOut, edge_json
from graph import query

router = APIRouter(tags=["relations"])
Name = Annotated[str | None, Query(max_length=500, description="entity id, name or alias")]


def relations_page(view: View, *, relation: str | None, source: str | None, target: str | None,
                   dates: query.DateRange, limit: int, offset: int, evidence_limit: int) -> dict:
    """One page of who <relation> whom, as RelationsOut (built in a reading process when the server has them)."""
    total, rows = view.reader.relations(relation, source=source, target=target, dates=dates, limit=limit,
                                        offset=offset, evidence_limit=evidence_limit)
    return {"total": total, "limit": limit, "offset": offset, "relation": relation, "level": view.level,
            "items": [edge_json(r, evidence_limit=evidence_limit) for r in rows]}


@router.get(
    "/relations", response_model=RelationsOut, summary="Who supports / opposes / joins / declines whom",
    responses=responses({404: "unknown entity (source or target)"}),
)
async def list_relations(
    request: Request, state: StateDep, view: ViewDep, page: PageDep, dates: DatesDep,
    relation: Annotated[Relation | None, Query(description=f"one of {RELATION_NAMES}; "
                                               "default: every relation but co_mention")] = None,
    source: Name = None, target: Name = None, evidence_limit: EvidenceLimit = 10,
) -> Response:
    return await answered(state, view, request, relations_page, relation=relation, source=source or None,
                          target=target or None, dates=dates, limit=page.limit, offset=page.offset,
                          evidence_limit=evidence_limit)
