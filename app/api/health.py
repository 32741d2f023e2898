"""GET /api/health: cheap liveness and what the server holds."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import StateDep
from app.api.schemas import HealthOut

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut, summary="Liveness and counts")
async def health(state: StateDep) -> HealthOut:
    snap = state.built
    graph = snap.bundles["person"].graph if snap else None
    return HealthOut(
        status="ok", version=state.version_string, documents=snap.documents if snap else 0,
        entities=graph.number_of_nodes() if graph is not None else 0,
        edges=graph.number_of_edges() if graph is not None else 0, writes=state.writes,
    )
