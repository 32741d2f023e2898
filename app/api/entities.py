"""GET /api/entities (search) and GET /api/entities/{id} (detail with stances and evidence)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.deps import EvidenceLimit, PageDep, StateDep, ViewDep, cached
from app.api.errors import responses
from app.api.schemas import EntitiesOut, EntityDetailOut, EntityOut, EntityType, entity_detail_json

router = APIRouter(tags=["entities"])


@router.get("/entities", response_model=EntitiesOut, summary="Search entities by name, alias or type",
            responses=responses())
def list_entities(
    request: Request, state: StateDep, view: ViewDep, page: PageDep,
    type: Annotated[EntityType | None, Query(description="only entities of this type")] = None,
    q: Annotated[str | None, Query(max_length=500, description="part of a name or alias")] = None,
) -> Response:
    def build() -> EntitiesOut:
        total, found = view.reader.search_entities(q=q or None, type=type, limit=page.limit, offset=page.offset)
        return EntitiesOut(total=total, limit=page.limit, offset=page.offset, level=view.level,
                           items=[EntityOut.of(s) for s in found])

    return cached(state, view, request, build)


@router.get("/entities/{entity_id:path}", response_model=EntityDetailOut,
            summary="One entity: aliases, affiliations, stances with evidence",
            responses=responses({404: "unknown entity"}))
def get_entity(
    request: Request, state: StateDep, view: ViewDep,
    entity_id: Annotated[str, Path(max_length=500, description="entity id, name or alias")],
    evidence_limit: EvidenceLimit = 20,
    limit: Annotated[int, Query(ge=1, le=10_000, description="at most this many edges in each list, the "
                                                              "heaviest (`totals` counts them all)")] = 100,
) -> Response:
    return cached(state, view, request, lambda: entity_detail_json(
        view.reader.entity_detail(entity_id, evidence_limit=evidence_limit, limit=limit), level=view.level,
        evidence_limit=evidence_limit))
