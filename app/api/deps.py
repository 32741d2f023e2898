"""Dependencies shared by the routers, as `Annotated` aliases."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar
from urllib.parse import urlsplit

from fastapi import Depends, Header, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, StringConstraints

from app.api import patterns
from app.api.compression import Body, CompressedBody, accepts_gzip, encoded
from app.api.schemas import Level
from app.api.state import AppState, Snapshot
from graph import query
from graph.build import RELATIONS
from graph.reader import StoreReader, SubGraph

T = TypeVar("T")


async def get_state(request: Request) -> AppState:
    return request.app.state.stancegraph


StateDep = Annotated[AppState, Depends(get_state)]
Answer = Callable[..., BaseModel | dict]  # (view, **params) -> an answer; module-level, so a process can import it


def cached(state: AppState, view: View, request: Request, build: Callable[[], BaseModel | dict]) -> Response:
    """The JSON answer to a read request (a model, or a dict shaped as one), built once per snapshot and query
    string.

    The key is the version of the snapshot the answer is built from (not the app's latest), so an answer
    built from a snapshot replaced meanwhile is never served as the new one's.
    """
    key = (view.snapshot.version, request.url.path, request.url.query)
    body = state.responses.get(key)
    if body is None:
        body = encoded(build())
        state.responses.put(key, body)
    return sent(body, request)


async def answered(state: AppState, view: View, request: Request, answer: Answer, **params: object) -> Response:
    """As `cached`, for an answer that a reading process can build (`app.api.offload`): `answer(view, **params)`
    runs there when the server has reading processes, else in a worker thread. Either way it reads the store's
    version as of the request or later, and is kept under the version it read."""
    key = (view.snapshot.version, request.url.path, request.url.query)
    body = state.responses.get(key)
    if body is None:
        found = None
        if state.read_processes is not None:
            found = await state.read_processes.answer(answer, view.level, params)
        if found is None:
            found = view.snapshot.version, await run_in_threadpool(lambda: encoded(answer(view, **params)))
        version, body = found
        state.responses.put((version, *key[1:]), body)
    return sent(body, request)


def sent(body: Body, request: Request) -> Response:
    """The response for a body, compressed for a client that accepts it."""
    if isinstance(body, CompressedBody):
        if accepts_gzip(request.headers.get("accept-encoding", "")):
            return Response(body.gzipped, media_type="application/json",
                            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(body.plain, media_type="application/json", headers={"Vary": "Accept-Encoding"})
    return Response(body, media_type="application/json")


@dataclass(frozen=True)
class View:
    """The level a request asked for, and the one version of the store that the whole request reads."""

    level: Level
    snapshot: Snapshot

    @property
    def reader(self) -> StoreReader:
        return self.snapshot.reader(self.level)


async def get_view(
    state: StateDep,
    level: Annotated[Level, Query(description="'person' as stated, or 'state': each person's stances also "
                                              "count for the state or body they speak for")] = "person",
) -> AsyncIterator[View]:
    """The request's snapshot, taken and released on the event loop (a BEGIN and a COMMIT: microseconds), so a
    read costs one trip to a worker thread, not three."""
    with state.snapshot() as snapshot:
        yield View(level, snapshot)


ViewDep = Annotated[View, Depends(get_view)]


@dataclass(frozen=True)
class Pagination:
    limit: int
    offset: int

    def slice(self, items: list[T]) -> list[T]:
        return items[self.offset:self.offset + self.limit]


async def get_pagination(
    limit: Annotated[int, Query(ge=1, le=1000, description="at most this many items")] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="skip this many items")] = 0,
) -> Pagination:
    return Pagination(limit, offset)


PageDep = Annotated[Pagination, Depends(get_pagination)]

SinceQuery = Annotated[str | None, Query(description="only evidence dated on or after this date, month or year "
                                                     "(YYYY-MM-DD, YYYY-MM, YYYY)", pattern=patterns.PERIOD)]
UntilQuery = Annotated[str | None, Query(description="only evidence dated on or before this date, month or year "
                                                     "(YYYY-MM-DD, YYYY-MM, YYYY)", pattern=patterns.PERIOD)]


async def get_dates(since: SinceQuery = None, until: UntilQuery = None) -> query.DateRange:
    return query.DateRange.of(since, until)  # the pattern admits only real dates


DatesDep = Annotated[query.DateRange, Depends(get_dates)]
EvidenceLimit = Annotated[int, Query(ge=0, le=1000, description="at most this many evidence sentences per edge")]


RelationList = Annotated[str, StringConstraints(pattern=patterns.RELATION_LIST, max_length=200)]
TypeList = Annotated[str, StringConstraints(pattern=patterns.TYPE_LIST, max_length=100)]
RELATION_NAMES = ", ".join(RELATIONS)
RelationsQuery = Annotated[list[RelationList] | None, Query(
    max_length=20, description=f"relations to keep, comma-separated or repeated: {RELATION_NAMES} "
                               "(default: all, co_mention included)")]


def split_values(values: list[str] | None) -> list[str] | None:
    """`a,b` and repeated parameters alike; None when nothing was given."""
    if not values:
        return None
    return [p for v in values for p in v.split(",")]


@dataclass(frozen=True)
class GraphFilters:
    relations: list[str] | None
    types: list[str] | None
    entity: str | None
    depth: int
    min_weight: float
    dates: query.DateRange
    isolates: bool | None

    def subgraph(self, reader: StoreReader, *, max_nodes: int, max_edges: int | None = None,
                 ranking: list[tuple[str, float]] | None = None) -> SubGraph:
        """The filtered view among at most `max_nodes` entities (and `max_edges` edges)."""
        return reader.subgraph(relations=self.relations, types=self.types, entity=self.entity, depth=self.depth,
                               min_weight=self.min_weight, dates=self.dates, isolates=self.isolates,
                               max_nodes=max_nodes, max_edges=max_edges, ranking=ranking)


async def get_filters(
    dates: DatesDep,
    relations: RelationsQuery = None,
    types: Annotated[list[TypeList] | None, Query(
        max_length=20, description=f"entity types to keep, comma-separated or repeated: "
                                   f"{', '.join(query.ENTITY_TYPES)} (default: all)")] = None,
    entity: Annotated[str | None, Query(description="ego network of this entity (id, name or alias)",
                                        max_length=500)] = None,
    depth: Annotated[int, Query(ge=0, le=6, description="hops from `entity`")] = 1,
    min_weight: Annotated[float, Query(ge=0, le=1e12, allow_inf_nan=False, description="drop lighter edges")] = 0,
    isolates: Annotated[bool | None, Query(description="keep entities without edges (default: only when no "
                                                        "edge filter is given)")] = None,
) -> GraphFilters:
    return GraphFilters(split_values(relations), split_values(types), entity or None, depth, min_weight, dates,
                        isolates)


FiltersDep = Annotated[GraphFilters, Depends(get_filters)]


async def require_writer(
    request: Request,
    state: StateDep,
    authorization: Annotated[str | None, Header(description="Bearer token, when bound to a non-loopback "
                                                            "address")] = None,
    origin: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> None:
    """Writes are open on loopback; elsewhere they need `Authorization: Bearer $STANCEGRAPH_TOKEN`."""
    if origin:
        host = request.headers.get("host", "")
        if urlsplit(origin).netloc.lower() != host.lower():
            raise HTTPException(403, f"cross-origin write refused (Origin {origin!r} is not this server)")
    if state.loopback:
        return
    token = state.settings.token
    if not token:
        raise HTTPException(403, f"writes are disabled: the server is bound to {state.host}, not loopback, "
                                 "and no STANCEGRAPH_TOKEN is set")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "writes need 'Authorization: Bearer <token>' with the server's "
                                 "STANCEGRAPH_TOKEN", headers={"WWW-Authenticate": "Bearer"})


WriterDep = Depends(require_writer)
