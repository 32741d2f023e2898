"""Every error a client can cause becomes a 4xx with a one-sentence `detail`; nothing else leaks out."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.api.state import ArticleRejected, ExtractionUnavailable
from graph import query

log = logging.getLogger("stancegraph.api")

STATUS: dict[type[Exception], int] = {
    query.UnknownEntity: 404,
    query.UnknownRelation: 422,
    query.UnknownType: 422,
    query.InvalidDate: 422,
    query.QueryError: 422,
}


def _where(loc: tuple | list) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("query", "path", "header", "body"):
        kind = {"query": "query parameter", "path": "path parameter", "header": "header", "body": "field"}[parts[0]]
        rest = ".".join(parts[1:])
        return f"{kind} {rest!r}" if rest else "request body"
    return ".".join(parts) or "request"


def describe(errors: list[dict]) -> str:
    """One readable sentence for pydantic's error list."""
    return "; ".join(f"{_where(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in errors[:5])


def simplify(errors: list[dict]) -> list[dict]:
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in errors]


async def _query_error(request: Request, exc: Exception) -> JSONResponse:
    status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 422)
    return JSONResponse({"detail": getattr(exc, "message", str(exc))}, status_code=status)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    return JSONResponse({"detail": describe(errors), "errors": simplify(errors)}, status_code=422)


async def _rejected(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": f"article rejected: {exc}"}, status_code=422)


async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": f"extraction is unavailable on this server: {exc}"}, status_code=503)


async def _internal(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": "internal error; see the server log"}, status_code=500)


def install(app: FastAPI) -> None:
    app.add_exception_handler(query.QueryError, _query_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ArticleRejected, _rejected)
    app.add_exception_handler(ExtractionUnavailable, _unavailable)
    app.add_exception_handler(Exception, _internal)
