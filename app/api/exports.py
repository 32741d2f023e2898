"""GET /api/export/{graphml,gexf,graphology,json,csv}: the filtered graph as a download."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from app.api.deps import FiltersDep, ViewDep
from app.api.errors import responses
from app.api.schemas import ExportFormat
from graph.export import export_bytes
from graph.formats import FORMATS, MEDIA_TYPES, file_suffix

router = APIRouter(tags=["export"])
EXPORT_MAX_NODES = 10_000_000  # every entity the filters keep


def filename(level: str, entity: str | None, fmt: str) -> str:
    parts = ["stancegraph", level]
    if entity:
        parts.append(re.sub(r"[^A-Za-z0-9]+", "-", entity).strip("-").lower()[:60] or "entity")
    return "-".join(parts) + f".{file_suffix(fmt)}"


@router.get(
    "/export/{fmt}", summary="Download the filtered graph (GraphML, GEXF, graphology JSON, node-link JSON or CSV)",
    response_class=Response,
    responses={200: {"content": {MEDIA_TYPES[f]: {} for f in FORMATS}, "description": "the graph file"},
               **responses({404: "unknown entity"})},
)
def export_graph(
    view: ViewDep, filters: FiltersDep,
    fmt: Annotated[ExportFormat, Path(description="the file format")],
) -> Response:
    reader = view.reader
    sub = filters.subgraph(reader, max_nodes=EXPORT_MAX_NODES).graph
    data = export_bytes(reader.evidence_graph(sub, dates=filters.dates), fmt)
    media = MEDIA_TYPES[fmt] + ("; charset=utf-8" if fmt in ("graphology", "json", "csv") else "")
    return Response(data, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{filename(view.level, filters.entity, fmt)}"'})
