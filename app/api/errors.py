"""One error model: every 4xx/5xx is RFC 9457 problem details with a one-sentence `detail`.

`responses({...})` declares a route's errors in the OpenAPI schema; `document(schema)` adds the `Problem`
model to it and makes sure every operation declares 422 and 500 in that shape (replacing FastAPI's own
`HTTPValidationError`, which is never returned); `install(app)` routes every exception, FastAPI's and
Starlette's included, to a problem response.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.api.patterns import HINTS
from app.api.schemas import Problem, ValidationIssue
from app.api.state import ArticleRejected, ExtractionUnavailable
from graph import query

log = logging.getLogger("stancegraph.api")

MEDIA_TYPE = "application/problem+json"
PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
ALWAYS = {500: "internal error (logged on the server)"}
WITH_INPUT = {422: "invalid parameter or field; `errors` lists each one"}
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
STATUS: dict[type[Exception], int] = {
    query.UnknownEntity: 404,
    query.UnknownRelation: 422,
    query.UnknownType: 422,
    query.InvalidDate: 422,
    query.QueryError: 422,
}


# -- the schema -------------------------------------------------------------------------------------
def _response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {MEDIA_TYPE: {"schema": PROBLEM_REF}}}


def responses(declared: dict[int, str] | None = None) -> dict[int | str, dict[str, Any]]:
    """A route's error responses, e.g. `responses({404: "unknown entity"})`; 422 and 500 are added."""
    every = {**WITH_INPUT, **ALWAYS, **(declared or {})}
    return {status: _response(text) for status, text in sorted(every.items())}


def document(schema: dict[str, Any]) -> dict[str, Any]:
    """Declare `Problem` in the schema and on every operation: 500 everywhere, 422 wherever input is taken."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    problem = Problem.model_json_schema(mode="serialization", ref_template="#/components/schemas/{model}")
    components.update(problem.pop("$defs", {}))
    components["Problem"] = problem
    for name in ("HTTPValidationError", "ValidationError"):  # FastAPI's default, which this API never sends
        components.pop(name, None)
    for item in schema.get("paths", {}).values():
        for operation in item.values():
            statuses = operation.setdefault("responses", {})
            takes_input = operation.get("parameters") or operation.get("requestBody")
            wanted = {**ALWAYS, **(WITH_INPUT if takes_input else {})}
            for status, text in wanted.items():
                described = statuses.get(str(status), {}).get("description")
                statuses[str(status)] = _response(described if described and described != "Validation Error"
                                                  else text)
    return schema


# -- the bodies -------------------------------------------------------------------------------------
def problem(status: int, detail: str, *, errors: list[ValidationIssue] | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    body = Problem(title=HTTPStatus(status).phrase, status=status, detail=detail, errors=errors or [])
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers, media_type=MEDIA_TYPE)


def _where(loc: tuple | list) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("query", "path", "header", "body"):
        kind = {"query": "query parameter", "path": "path parameter", "header": "header", "body": "field"}[parts[0]]
        rest = ".".join(parts[1:])
        return f"{kind} {rest!r}" if rest else "request body"
    return ".".join(parts) or "request"


def _message(error: dict) -> str:
    """pydantic's message, naming the offending value and saying in words what a pattern asks for."""
    kind, ctx, given = error.get("type", ""), error.get("ctx") or {}, error.get("input")
    if isinstance(given, str) and kind in ("literal_error", "enum", "string_pattern_mismatch"):
        shown = repr(given[:60] + "…" if len(given) > 60 else given)
        if kind != "string_pattern_mismatch" and "expected" in ctx:
            return f"{shown} is not one of {ctx['expected']}"
        if ctx.get("pattern") in HINTS:
            return f"{shown} is not {HINTS[ctx['pattern']]}"
    return str(error.get("msg", "invalid"))


def issues(errors: list[dict]) -> list[ValidationIssue]:
    return [ValidationIssue(loc=[str(p) for p in e.get("loc", ())], msg=_message(e), type=str(e.get("type", "")))
            for e in errors]


def describe(errors: list[dict]) -> str:
    """One readable sentence for pydantic's error list."""
    return "; ".join(f"{_where(e.get('loc', ()))}: {_message(e)}" for e in errors[:5])


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette names only the first matching route's)."""
    routes = request.app.router.routes
    allowed = [method for method in METHODS
               if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)]
    return ", ".join(allowed)


# -- the handlers -----------------------------------------------------------------------------------
async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, StarletteHTTPException):
        return await _internal(request, exc)
    headers = dict(exc.headers or {})
    detail = str(exc.detail)
    generic = detail == HTTPStatus(exc.status_code).phrase  # Starlette's own, for paths no route serves
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
        if generic:
            detail = f"{request.method} is not allowed on {request.url.path}; allowed: {headers['Allow']}"
    elif exc.status_code == 404 and generic:
        detail = f"nothing at {request.url.path}; the API is under /api (see /docs)"
    return problem(exc.status_code, detail, headers=headers or None)


async def _query_error(request: Request, exc: Exception) -> JSONResponse:
    status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 422)
    return problem(status, getattr(exc, "message", str(exc)))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = list(exc.errors()) if isinstance(exc, RequestValidationError) else []
    return problem(422, describe(errors) or "invalid request", errors=issues(errors))


async def _rejected(request: Request, exc: Exception) -> JSONResponse:
    return problem(422, f"article rejected: {exc}")


async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
    return problem(503, f"extraction is unavailable on this server: {exc}")


async def _internal(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem(500, "internal error; see the server log")


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(query.QueryError, _query_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ArticleRejected, _rejected)
    app.add_exception_handler(ExtractionUnavailable, _unavailable)
    app.add_exception_handler(Exception, _internal)
