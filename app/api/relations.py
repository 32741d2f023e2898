"""GET /api/relations: who <relation> whom, each with weight, modality and evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.api.deps import DatesDep, EvidenceLimit, PageDep, StateDep, ViewDep, cached
from app.api.schemas import EdgeOut, ErrorOut, RelationsOut
from graph import query
from graph.build import RELATIONS

router = APIRouter(tags=["relations"])
Name = Annotated[str | None, Query(max_length=500, description="entity id, name or alias")]


@router.get(
    "/relations", response_model=RelationsOut, summary="Who supports / opposes / joins / declines whom",
    responses={404: {"model": ErrorOut, "description": "unknown entity"},
               422: {"model": ErrorOut, "description": "unknown relation or malformed date"}},
)
async def list_relations(
    request: Request, state: StateDep, view: ViewDep, page: PageDep, dates: DatesDep,
    relation: Annotated[str | None, Query(max_length=100, description=f"one of {', '.join(RELATIONS)}; "
                                          "default: every relation but co_mention")] = None,
    source: Name = None, target: Name = None, evidence_limit: EvidenceLimit = 10,
) -> Response:
    def build() -> RelationsOut:
        rows = query.relations(view.graph, relation or None, source=source or None, target=target or None,
                               since=dates.since, until=dates.until)
        return RelationsOut(
            total=len(rows), limit=page.limit, offset=page.offset, relation=relation or None, level=view.level,
            items=[EdgeOut.of(r, evidence_limit=evidence_limit) for r in page.slice(rows)],
        )

    return cached(state, view, request, build)
