"""GET /api/entities (search) and GET /api/entities/{id} (detail with stances and evidence)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.deps import EvidenceLimit, PageDep, StateDep, ViewDep, cached
from app.api.errors import responses
from app.api.schemas import EntitiesOut, EntityDetailOut, EntityOut, EntityType
from graph import query

router = APIRouter(tags=["entities"])


@router.get("/entities", response_model=EntitiesOut, summary="Search entities by name, alias or type",
            responses=responses())
async def list_entities(
    request: Request, state: StateDep, view: ViewDep, page: PageDep,
    type: Annotated[EntityType | None, Query(description="only entities of this type")] = None,
    q: Annotated[str | None, Query(max_length=500, description="part of a name or alias")] = None,
) -> Response:
    def build() -> EntitiesOut:
        found = query.search_entities(view.graph, q=q or None, type=type)
        return EntitiesOut(total=len(found), limit=page.limit, offset=page.offset, level=view.level,
                           items=[EntityOut.of(s) for s in page.slice(found)])

    return cached(state, view, request, build)


@router.get("/entities/{entity_id:path}", response_model=EntityDetailOut,
            summary="One entity: aliases, affiliations, stances with evidence",
            responses=responses({404: "unknown entity"}))
async def get_entity(
    request: Request, state: StateDep, view: ViewDep,
    entity_id: Annotated[str, Path(max_length=500, description="entity id, name or alias")],
    evidence_limit: EvidenceLimit = 20,
) -> Response:
    return cached(state, view, request, lambda: EntityDetailOut.of(query.entity_detail(view.graph, entity_id),
                                                             level=view.level, evidence_limit=evidence_limit))
