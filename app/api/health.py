"""GET /api/health: cheap liveness and what the server holds."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import StateDep
from app.api.schemas import HealthOut

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut, summary="Liveness and counts")
def health(state: StateDep) -> HealthOut:
    documents, entities, edges = state.counts()
    return HealthOut(status="ok", version=state.version_string, documents=documents, entities=entities,
                     edges=edges, writes=state.writes)
