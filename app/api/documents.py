"""GET /api/documents, GET /api/documents/{id} (text with entity spans), POST /api/documents (add one)."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from app.api.deps import PageDep, StateDep, WriterDep
from app.api.errors import responses
from app.api.schemas import (
    AddedEdgeOut,
    AddedOut,
    ArticleIn,
    DocumentDetailOut,
    DocumentOut,
    DocumentsOut,
    EntityRefOut,
    SpanOut,
)
from graph.store import DocumentRow

router = APIRouter(tags=["documents"])
JSON_TYPES = ("application/json",)


def _out(row: DocumentRow) -> dict:
    return {"id": row.doc_id, "title": row.title, "date": row.date, "url": row.url, "source": row.source,
            "tokens": row.n_tokens}


@router.get("/documents", response_model=DocumentsOut, summary="The stored articles", responses=responses())
def list_documents(state: StateDep, page: PageDep) -> DocumentsOut:
    rows = state.documents()
    return DocumentsOut(total=len(rows), limit=page.limit, offset=page.offset,
                        items=[DocumentOut(**_out(r)) for r in page.slice(rows)])


@router.get("/documents/{doc_id}", response_model=DocumentDetailOut,
            summary="One article's text with its entity spans (character offsets)",
            responses=responses({404: "unknown document"}))
def get_document(state: StateDep, doc_id: Annotated[str, Path(max_length=200, description="the document id, "
                                                                                          "as listed")]
                 ) -> DocumentDetailOut:
    found = state.document(doc_id)
    if found is None:
        raise HTTPException(404, f"unknown document {doc_id!r}")
    row, text, mentions = found
    spans = [SpanOut(start=m.start, end=m.end, text=m.text, label=m.label, entity=eid) for m, eid in mentions]
    return DocumentDetailOut(**_out(row), text=text, spans=spans)


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body too large ({int(declared)} bytes; the limit is {limit})")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"request body too large (over {limit} bytes)")
    return bytes(body)


def _parse_article(body: bytes, max_bytes: int) -> ArticleIn:
    if not body.strip():
        raise HTTPException(400, "empty request body; send a JSON object such as {\"text\": \"...\"}")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as err:
        raise HTTPException(400, f"malformed JSON: {err}") from None
    if not isinstance(data, dict):
        raise HTTPException(422, "expected a JSON object with a 'text' field")
    try:
        article = ArticleIn.model_validate(data)  # the schema's patterns, and no lone surrogates
    except ValidationError as err:
        raise RequestValidationError([dict(e, loc=("body", *e.get("loc", ()))) for e in err.errors()]) from None
    size = len(article.text.encode("utf-8"))
    if size > max_bytes:
        raise HTTPException(413, f"article too large ({size} bytes; the limit is {max_bytes})")
    return article


@router.post(
    "/documents", status_code=201, response_model=AddedOut, dependencies=[WriterDep],
    summary="Add one article: extraction runs and the graph updates",
    openapi_extra={"requestBody": {"required": True,
                                   "content": {"application/json": {"schema": ArticleIn.model_json_schema()}}}},
    responses={200: {"model": AddedOut, "description": "the same text was already stored"},
               **responses({400: "empty or malformed JSON",
                            401: "token required (non-loopback bind)",
                            403: "writes disabled or cross-origin",
                            413: "article over the size limit",
                            415: "not JSON",
                            422: "invalid fields (missing text, bad date or url)",
                            503: "extraction unavailable (no spaCy model)"})},
)
async def add_document(request: Request, response: Response, state: StateDep) -> AddedOut:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in JSON_TYPES and not media.endswith("+json"):
        raise HTTPException(415, f"send the article as JSON (Content-Type: application/json), not {media!r}"
                            if media else "send the article as JSON with Content-Type: application/json")
    max_bytes = state.settings.max_bytes
    article = _parse_article(await _read_body(request, 6 * max_bytes + 65536), max_bytes)
    result = await run_in_threadpool(state.add_article, text=article.text, title=article.title,
                                     date=article.date, url=article.url)  # ArticleRejected -> 422
    response.status_code = 201 if result.added else 200
    response.headers["Location"] = f"/api/documents/{result.article_id}"
    return AddedOut(
        id=result.article_id, title=result.title, date=result.date, url=result.url, added=result.added,
        mentions=result.mentions, new_entities=[EntityRefOut.of(r) for r in result.new_entities],
        new_edges=[AddedEdgeOut(source=EntityRefOut.of(s), target=EntityRefOut.of(t), relation=rel)
                   for s, t, rel in result.new_edges],
        new_co_mentions=result.new_co_mentions, seconds=result.seconds,
    )
