"""`create_app(settings)`: the FastAPI application. Importing this module loads no model and opens no file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from app.api import docs, documents, entities, errors, exports, graphs, health, pages, paths, relations
from app.api.compression import GZIP_FROM, GZIP_LEVEL
from app.api.state import AppState, package_version
from app.api.tuning import tune_process
from app.settings import Settings

if TYPE_CHECKING:
    from app.ingest import Ingestor

DESCRIPTION = """
Who stands with whom in the news. stancegraph reads articles, finds the people, states and organisations in
them and the stances between them (`supports`, `opposes`, `participates_in`, `declines`, `affiliated_with`,
and `co_mention`), each with the sentences that state it.

Entities may be named by id (`STATE:FR`), canonical name or alias, in any case. With `level=state` each
person's stances also count for the state or body they speak for.

Every error is RFC 9457 problem details (`application/problem+json`): `{"type": "about:blank", "title":
"Not Found", "status": 404, "detail": "unknown entity 'Atlantis': ...", "errors": []}`; on 422 `errors` lists
each invalid parameter or field (`loc`, `msg`, `type`).
"""
TAGS = [
    {"name": "relations", "description": "who supports, opposes, joins or declines whom"},
    {"name": "entities", "description": "search and detail"},
    {"name": "graph", "description": "filtered subgraphs and ego networks"},
    {"name": "paths", "description": "how two entities are connected"},
    {"name": "export", "description": "GraphML, GEXF, JSON and CSV downloads"},
    {"name": "documents", "description": "the articles, and adding one"},
    {"name": "health", "description": "liveness"},
]


def create_app(settings: Settings | None = None, *, host: str = "127.0.0.1",
               ingestor: Ingestor | None = None, tuned: bool = False, read_processes: int = 0) -> FastAPI:
    """The app for one store. `host` is the address the server is bound to: writes need a token unless it
    is loopback. `ingestor` replaces the lazily built one (tests pass one with a blank pipeline). `tuned`:
    tune the whole process for serving once started (`app.api.tuning`; the server process only).
    `read_processes`: processes that build the long read answers (`app.api.offload`; 0: none)."""
    settings = settings or Settings.from_env()
    state = AppState(settings, host=host, ingestor=ingestor)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.open()  # check the store, settle pending articles, load what requests need
        if tuned:
            tune_process()
        if read_processes > 0:
            state.start_read_processes(read_processes)  # once warm and tuned: they may start as copies of it
        try:
            yield
        finally:
            state.close()

    app = FastAPI(title="stancegraph", version=package_version(), description=DESCRIPTION, openapi_tags=TAGS,
                  lifespan=lifespan, docs_url=None, redoc_url=None)  # FastAPI's pages load from a CDN
    app.state.stancegraph = state
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_FROM, compresslevel=GZIP_LEVEL)
    errors.install(app)
    _document_errors(app)
    for module in (relations, entities, graphs, paths, exports, documents, health):
        app.include_router(module.router, prefix="/api")
    docs.mount(app)  # before the page's /static, which would take its vendored path
    pages.mount(app)
    return app


def _document_errors(app: FastAPI) -> None:
    """The OpenAPI schema, with the one error model declared on every operation."""
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = errors.document(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
