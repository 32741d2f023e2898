"""Questions asked of the stance graph: who <relation> whom, entity search and detail, subgraphs, paths.

Pure functions over the networkx MultiDiGraph that `graph.build.build_graph` produces; each takes the graph
first and never mutates it. Entities may be named by id ("STATE:FR"), canonical name or alias, matched
case- and accent-insensitively. Asking about an unknown entity, relation or type, or giving a malformed
date, raises a subclass of `QueryError` naming what was wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice, pairwise
from typing import NamedTuple

import networkx as nx

from graph.build import RELATIONS, STANCE_RELATIONS

ENTITY_TYPES = ("PERSON", "STATE", "ORG", "PLACE")
AFFILIATION = "affiliated_with"
CO_MENTION = "co_mention"
DEFAULT_RELATIONS = tuple(r for r in RELATIONS if r != CO_MENTION)
PATH_RELATIONS = RELATIONS
# Order in which a hop's relations are listed: what a reader cares about first.
RELATION_RANK = {r: i for i, r in enumerate((*STANCE_RELATIONS, AFFILIATION, CO_MENTION))}
EVIDENCE_SEP = " || "
CO_MENTION_EVIDENCE_LIMIT = 5
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# -- errors ----------------------------------------------------------------------------------------
class QueryError(Exception):
    """Something the caller asked for does not exist or cannot be read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple:
        """Pickled as it is (a server's reading process raises it in another process): its message and
        attributes, whatever its own constructor takes."""
        return _rebuilt_error, (type(self), self.message, dict(self.__dict__))


def _rebuilt_error(cls: type[QueryError], message: str, attributes: dict) -> QueryError:
    error = Exception.__new__(cls)
    QueryError.__init__(error, message)
    error.__dict__.update(attributes)
    return error


class UnknownEntity(QueryError, LookupError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"unknown entity {ref!r}: no entity has this id, name or alias")
        self.ref = ref


class UnknownRelation(QueryError, ValueError):
    def __init__(self, relation: str) -> None:
        super().__init__(f"unknown relation {relation!r}; choose one of {', '.join(RELATIONS)}")
        self.relation = relation


class UnknownType(QueryError, ValueError):
    def __init__(self, etype: str) -> None:
        super().__init__(f"unknown entity type {etype!r}; choose one of {', '.join(ENTITY_TYPES)}")
        self.type = etype


class InvalidDate(QueryError, ValueError):
    def __init__(self, value: str) -> None:
        super().__init__(f"malformed date {value!r}: use YYYY-MM-DD (or YYYY-MM, YYYY)")
        self.value = value


# -- results -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntityRef:
    id: str
    label: str
    type: str


class Evidence(NamedTuple):
    """One sentence that states an edge. A named tuple, not a dataclass: a page of 100 edges shows 1,000 of them,
    and a frozen dataclass takes eight times as long to make."""

    sentence: str
    doc_id: str
    title: str
    date: str | None
    url: str
    sent: int | None = None
    start: int | None = None
    end: int | None = None
    speaker: str = ""
    cue: str = ""
    modality: str = ""
    condition: str = ""
    lifted_from: str = ""


@dataclass(frozen=True)
class Edge:
    """One edge of the graph (after any date filter), with both endpoints and all of its evidence."""

    source: EntityRef
    target: EntityRef
    relation: str
    weight: int | float
    modality: str = ""
    condition: str = ""
    role: str = ""
    first_seen: str | None = None
    last_seen: str | None = None
    derived: bool = False
    evidence: tuple[Evidence, ...] = ()
    evidence_total: int | None = None  # when `evidence` holds only the first few of them


@dataclass(frozen=True)
class EntitySummary:
    ref: EntityRef
    mentions: int
    aliases: tuple[str, ...]
    degree: int  # stance and affiliation edges, either direction


@dataclass(frozen=True)
class EntityDetail:
    summary: EntitySummary
    kb_id: str
    affiliations: tuple[Edge, ...]  # this entity acts for ... (outgoing affiliated_with)
    members: tuple[Edge, ...]  # ... act for this entity (incoming affiliated_with)
    outgoing: dict[str, tuple[Edge, ...]]  # stance relation -> edges from this entity
    incoming: dict[str, tuple[Edge, ...]]  # stance relation -> edges to this entity
    co_mentioned: tuple[tuple[EntityRef, int], ...]  # most frequent sentence neighbours
    totals: dict[str, int] = field(default_factory=dict)  # list -> its edges, when a list holds only the heaviest

    @property
    def supporters(self) -> tuple[Edge, ...]:
        return self.incoming["supports"]

    @property
    def opponents(self) -> tuple[Edge, ...]:
        return self.incoming["opposes"]


@dataclass(frozen=True)
class Hop:
    source: EntityRef
    target: EntityRef
    edges: tuple[Edge, ...]  # every edge between the two, in either direction, most telling first


@dataclass(frozen=True)
class Path:
    nodes: tuple[EntityRef, ...]
    hops: tuple[Hop, ...] = field(default=())


# -- arguments -----------------------------------------------------------------------------------
def fold(text: str) -> str:
    """Casefolded, accent-free, single-spaced, without a leading 'the'."""
    text = unicodedata.normalize("NFKD", str(text))
    text = " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())
    return text[4:] if text.startswith("the ") else text


def check_relation(relation: str) -> str:
    if relation not in RELATIONS:
        raise UnknownRelation(relation)
    return relation


def check_relations(relations: Iterable[str] | None, default: Collection[str] = DEFAULT_RELATIONS) -> tuple[
    str, ...
]:
    """Relation names, checked; None means `default`."""
    if relations is None:
        return tuple(default)
    return tuple(dict.fromkeys(check_relation(r) for r in relations))


def check_types(graph: nx.MultiDiGraph, types: Iterable[str] | None) -> frozenset[str] | None:
    """Entity types, upper-cased and checked against the known types and those in the graph."""
    if types is None:
        return None
    known = set(ENTITY_TYPES) | {str(t) for _, t in graph.nodes(data="type") if t}
    result = set()
    for etype in types:
        upper = str(etype).strip().upper()
        if upper not in known:
            raise UnknownType(etype)
        result.add(upper)
    return frozenset(result)


def check_types_known_all(types: Iterable[str] | None) -> frozenset[str] | None:
    """Entity types, upper-cased and checked against the known types."""
    return None if types is None else frozenset(check_types_known(t) for t in types)


def check_types_known(etype: str) -> str:
    upper = str(etype).strip().upper()
    if upper not in ENTITY_TYPES:
        raise UnknownType(etype)
    return upper


def date_bound(value: str | dt.date | None, *, end: bool = False) -> str | None:
    """An ISO date for a `since` (start of the period) or `until` (`end=True`: end of the period) bound.

    Accepts YYYY-MM-DD, YYYY-MM and YYYY; `until=2025-03` means up to and including 31 March 2025.
    """
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    match = _DATE.match(text)
    if not match:
        raise InvalidDate(text)
    year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
    try:
        if day is not None:
            return dt.date(year, month, int(day)).isoformat()
        if not end:
            return dt.date(year, month, 1).isoformat()
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return (following - dt.timedelta(days=1)).isoformat()
    except ValueError:
        raise InvalidDate(text) from None


@dataclass(frozen=True)
class DateRange:
    since: str | None = None
    until: str | None = None

    @classmethod
    def of(cls, since: str | dt.date | None, until: str | dt.date | None) -> DateRange:
        return cls(date_bound(since), date_bound(until, end=True))

    def __bool__(self) -> bool:
        return self.since is not None or self.until is not None

    def keeps(self, date: str | None) -> bool:
        if not self:
            return True
        if not date:
            return False  # an undated sentence cannot be placed in a period
        return (self.since is None or date >= self.since) and (self.until is None or date <= self.until)


# -- entities ------------------------------------------------------------------------------------
def ref(graph: nx.MultiDiGraph, node: str) -> EntityRef:
    data = graph.nodes[node]
    return EntityRef(node, str(data.get("label") or node), str(data.get("type") or ""))


def aliases(graph: nx.MultiDiGraph, node: str) -> tuple[str, ...]:
    value = graph.nodes[node].get("aliases") or ""
    items = value if isinstance(value, (list, tuple)) else str(value).split("|")
    return tuple(a for a in items if a)


def _names(graph: nx.MultiDiGraph, node: str) -> list[str]:
    return [str(graph.nodes[node].get("label") or node), *aliases(graph, node)]


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """The node id for an id, canonical name or alias (case- and accent-insensitive).

    An exact id wins, then an id in other case, then a canonical name, then an alias; among equals the
    entity mentioned most often.
    """
    name = str(name)
    if name in graph:
        return name
    key = fold(name)
    if not key:
        raise UnknownEntity(name)
    best: tuple[int, int, str] | None = None
    for node, data in graph.nodes(data=True):
        if fold(node) == key:
            rank = 0
        elif fold(data.get("label") or "") == key:
            rank = 1
        elif any(fold(a) == key for a in aliases(graph, node)):
            rank = 2
        else:
            continue
        candidate = (rank, -int(data.get("mentions") or 0), node)
        if best is None or candidate < best:
            best = candidate
    if best is None:
        raise UnknownEntity(name)
    return best[2]


def _degree(graph: nx.MultiDiGraph, node: str) -> int:
    out = sum(1 for *_, k in graph.out_edges(node, keys=True) if k != CO_MENTION)
    return out + sum(1 for *_, k in graph.in_edges(node, keys=True) if k != CO_MENTION)


def summary(graph: nx.MultiDiGraph, node: str) -> EntitySummary:
    return EntitySummary(ref(graph, node), int(graph.nodes[node].get("mentions") or 0), aliases(graph, node),
                         _degree(graph, node))


def search_entities(graph: nx.MultiDiGraph, *, q: str | None = None, type: str | None = None) -> list[
    EntitySummary
]:
    """Entities whose name or alias matches `q` (exact, then prefix, then word prefix, then substring)."""
    types = check_types(graph, [type]) if type else None
    key = fold(q) if q else ""
    ranked: list[tuple[int, int, str, str]] = []
    for node, data in graph.nodes(data=True):
        if types is not None and data.get("type") not in types:
            continue
        rank = _match_rank(key, [node, *_names(graph, node)]) if key else 0
        if rank is None:
            continue
        ranked.append((rank, -int(data.get("mentions") or 0), fold(data.get("label") or node), node))
    return [summary(graph, node) for *_, node in sorted(ranked)]


def _match_rank(key: str, names: list[str]) -> int | None:
    return match_rank_folded(key, [fold(n) for n in names])


def match_rank_folded(key: str, folded: list[str]) -> int | None:
    """How well a folded search key matches folded names: exact 0, prefix 1, word prefix 2, substring 3."""
    if key in folded:
        return 0
    if any(f.startswith(key) for f in folded):
        return 1
    if any(word.startswith(key) for f in folded for word in re.split(r"[\s\-:]+", f)):
        return 2
    if any(key in f for f in folded):
        return 3
    return None


def entity_detail(graph: nx.MultiDiGraph, name: str, *, co_mentions: int = 10) -> EntityDetail:
    """Everything the graph says about one entity, with the evidence for each stance."""
    node = find_entity(graph, name)
    outgoing: dict[str, list[Edge]] = {r: [] for r in STANCE_RELATIONS}
    incoming: dict[str, list[Edge]] = {r: [] for r in STANCE_RELATIONS}
    affiliations: list[Edge] = []
    members: list[Edge] = []
    neighbours: Counter[str] = Counter()
    for u, v, key, data in graph.out_edges(node, keys=True, data=True):
        if key == CO_MENTION:
            neighbours[v] += int(data.get("weight") or 0)
        elif key == AFFILIATION:
            affiliations.append(make_edge(graph, u, v, key, data))
        elif key in outgoing:
            outgoing[key].append(make_edge(graph, u, v, key, data))
    for u, v, key, data in graph.in_edges(node, keys=True, data=True):
        if key == CO_MENTION:
            neighbours[u] += int(data.get("weight") or 0)
        elif key == AFFILIATION:
            members.append(make_edge(graph, u, v, key, data))
        elif key in incoming:
            incoming[key].append(make_edge(graph, u, v, key, data))
    top = sorted(neighbours.items(), key=lambda kv: (-kv[1], fold(graph.nodes[kv[0]].get("label") or kv[0])))
    return EntityDetail(
        summary=summary(graph, node),
        kb_id=str(graph.nodes[node].get("kb_id") or ""),
        affiliations=tuple(sorted(affiliations, key=_edge_order)),
        members=tuple(sorted(members, key=_edge_order)),
        outgoing={r: tuple(sorted(e, key=_edge_order)) for r, e in outgoing.items()},
        incoming={r: tuple(sorted(e, key=_edge_order)) for r, e in incoming.items()},
        co_mentioned=tuple((ref(graph, n), w) for n, w in top[:co_mentions]),
    )


# -- edges ---------------------------------------------------------------------------------------
def evidence_of(item: dict) -> Evidence:
    return Evidence(
        sentence=str(item.get("sentence") or ""),
        doc_id=str(item.get("doc_id") or ""),
        title=str(item.get("title") or ""),
        date=item.get("date") or None,
        url=str(item.get("url") or ""),
        sent=item.get("sent"),
        start=item.get("start"),
        end=item.get("end"),
        speaker=str(item.get("speaker") or ""),
        cue=str(item.get("cue") or ""),
        modality=str(item.get("modality") or ""),
        condition=str(item.get("condition") or ""),
        lifted_from=str(item.get("lifted_from") or ""),
    )


def _items(data: dict, dates: DateRange) -> list[dict]:
    items = data.get("items") or []
    return [i for i in items if dates.keeps(i.get("date"))] if dates else list(items)


def edge_attributes(relation: str, data: dict, items: list[dict]) -> dict:
    """The edge's attributes recomputed from a subset of its evidence items (after a date filter)."""
    attrs = {k: v for k, v in data.items() if k not in ("first_seen", "last_seen")}
    items = sorted(items, key=lambda i: (i.get("date") or "", i.get("doc_id") or "", i.get("sent") or 0))
    shown = items if relation != CO_MENTION else items[:CO_MENTION_EVIDENCE_LIMIT]
    attrs.update(
        weight=len(items),
        items=items,
        evidence=EVIDENCE_SEP.join(dict.fromkeys(str(i.get("sentence") or "") for i in shown)),
        docs="|".join(dict.fromkeys(str(i.get("doc_id") or "") for i in items)),
    )
    dates = sorted(i["date"] for i in items if i.get("date"))
    if dates:
        attrs["first_seen"], attrs["last_seen"] = dates[0], dates[-1]
    if relation != CO_MENTION and items:
        attrs["modality"] = Counter(i.get("modality") or "stated" for i in items).most_common(1)[0][0]
        conditions = [i["condition"] for i in items if i.get("condition")]
        attrs["condition"] = EVIDENCE_SEP.join(dict.fromkeys(conditions))
    return attrs


def make_edge(graph: nx.MultiDiGraph, u: str, v: str, key: str, data: dict,
              items: list[dict] | None = None) -> Edge:
    """An `Edge` for one graph edge; with `items`, its weight and dates are those of these items only."""
    if items is not None:
        data = edge_attributes(key, data, items)
    return Edge(
        source=ref(graph, u),
        target=ref(graph, v),
        relation=str(data.get("relation") or key),
        weight=data.get("weight") or 0,
        modality=str(data.get("modality") or ""),
        condition=str(data.get("condition") or ""),
        role=str(data.get("role") or ""),
        first_seen=data.get("first_seen") or None,
        last_seen=data.get("last_seen") or None,
        derived=bool(data.get("derived", False)),
        evidence=tuple(evidence_of(i) for i in data.get("items") or []),
    )


def _edge_order(edge: Edge) -> tuple:
    return (-edge.weight, fold(edge.source.label), fold(edge.target.label), edge.relation)


def relations(graph: nx.MultiDiGraph, relation: str | None = None, *, source: str | None = None,
              target: str | None = None, since: str | dt.date | None = None,
              until: str | dt.date | None = None) -> list[Edge]:
    """Who <relation> whom: every matching edge with both endpoints and its evidence, heaviest first.

    `relation=None` means every stance and affiliation relation (not co_mention). With `since` / `until`
    only the evidence dated in that period counts, and edges left with none are dropped.
    """
    wanted = check_relations(None if relation is None else [relation])
    u_node = find_entity(graph, source) if source is not None else None
    v_node = find_entity(graph, target) if target is not None else None
    dates = DateRange.of(since, until)
    if u_node is not None:
        candidates: Iterator = iter(graph.out_edges(u_node, keys=True, data=True))
    elif v_node is not None:
        candidates = iter(graph.in_edges(v_node, keys=True, data=True))
    else:
        candidates = iter(graph.edges(keys=True, data=True))
    rows = []
    for u, v, key, data in candidates:
        if key not in wanted or (v_node is not None and v != v_node):
            continue
        if dates:
            items = _items(data, dates)
            if not items:
                continue
            rows.append(make_edge(graph, u, v, key, data, items))
        else:
            rows.append(make_edge(graph, u, v, key, data))
    return sorted(rows, key=_edge_order)


# -- subgraphs -----------------------------------------------------------------------------------
def subgraph(graph: nx.MultiDiGraph, *, relations: Iterable[str] | None = None,
             types: Iterable[str] | None = None, entity: str | None = None, depth: int = 1,
             min_weight: float = 0, since: str | dt.date | None = None, until: str | dt.date | None = None,
             isolates: bool | None = None) -> nx.MultiDiGraph:
    """A new graph holding the edges that pass every filter, and their endpoints.

    - `relations`: the relations to keep (default: all of them, co_mention included);
    - `types`: entity types to keep; an edge needs both ends kept;
    - `since` / `until`: keep only evidence dated in the period (weights and dates are recomputed);
    - `min_weight`: drop lighter edges (after the date filter);
    - `entity` and `depth`: the ego network, every entity within `depth` hops (either direction) of it;
    - `isolates`: keep entities left without edges; by default only when no edge filter was given.
    """
    wanted = frozenset(check_relations(relations, default=RELATIONS))
    kept_types = check_types(graph, types)
    dates = DateRange.of(since, until)
    center = find_entity(graph, entity) if entity is not None else None
    if depth < 0:
        raise QueryError(f"depth must be 0 or more, not {depth}")

    def type_ok(node: str) -> bool:
        return kept_types is None or graph.nodes[node].get("type") in kept_types

    view = nx.MultiDiGraph()
    view.graph.update({k: v for k, v in graph.graph.items() if k != "affiliations"})
    for node, data in graph.nodes(data=True):
        if type_ok(node) or node == center:
            view.add_node(node, **data)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if key not in wanted or u not in view or v not in view:
            continue
        attrs = edge_attributes(key, data, _items(data, dates)) if dates else dict(data)
        if dates and not attrs["items"]:
            continue
        if min_weight and (attrs.get("weight") or 0) < min_weight:
            continue
        view.add_edge(u, v, key=key, **attrs)

    if center is not None:
        reach = nx.single_source_shortest_path_length(view.to_undirected(as_view=True), center, cutoff=depth)
        view = view.subgraph(reach).copy()
    filtered = set(wanted) != set(RELATIONS) or bool(dates) or bool(min_weight)
    if isolates is False or (isolates is None and (filtered or center is not None)):
        view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0 and n != center])
    return view


def date_span(graph: nx.MultiDiGraph) -> tuple[str | None, str | None]:
    """The first and last date of any evidence in the graph."""
    firsts = [d for *_, d in graph.edges(data="first_seen") if d]
    lasts = [d for *_, d in graph.edges(data="last_seen") if d]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


# -- paths ---------------------------------------------------------------------------------------
def paths(graph: nx.MultiDiGraph, source: str, target: str, *, relations: Iterable[str] | None = None,
          max_paths: int = 5, candidates: int = 50) -> list[Path]:
    """The shortest ways two entities are connected (edges taken in either direction), with evidence.

    Among the shortest paths (up to `candidates` are considered) those whose hops carry stances come
    first; at most `max_paths` are returned, none when the two are not connected.
    """
    wanted = frozenset(check_relations(relations, default=PATH_RELATIONS))
    s, t = find_entity(graph, source), find_entity(graph, target)
    if s == t:
        return [Path((ref(graph, s),))]
    undirected = nx.Graph()
    undirected.add_nodes_from((s, t))
    best: dict[tuple[str, str], int] = {}
    for u, v, key in graph.edges(keys=True):
        if key in wanted and u != v:
            undirected.add_edge(u, v)
            pair = (u, v) if u <= v else (v, u)
            best[pair] = min(best.get(pair, 99), RELATION_RANK.get(key, 50))
    try:
        found = list(islice(nx.all_shortest_paths(undirected, s, t), candidates))
    except nx.NetworkXNoPath:
        return []

    def score(nodes: list[str]) -> tuple:
        hops = [best[(a, b) if a <= b else (b, a)] for a, b in pairwise(nodes)]
        return (sum(hops), [fold(graph.nodes[n].get("label") or n) for n in nodes])

    result = []
    for nodes in sorted(found, key=score)[:max_paths]:
        hops = tuple(_hop(graph, a, b, wanted) for a, b in pairwise(nodes))
        result.append(Path(tuple(ref(graph, n) for n in nodes), hops))
    return result


def _hop(graph: nx.MultiDiGraph, a: str, b: str, wanted: frozenset[str]) -> Hop:
    edges = []
    for u, v in ((a, b), (b, a)):
        for key, data in (graph.get_edge_data(u, v) or {}).items():
            if key in wanted:
                edges.append(make_edge(graph, u, v, key, data))
    edges.sort(key=lambda e: (RELATION_RANK.get(e.relation, 50), -e.weight, e.source.id))
    return Hop(ref(graph, a), ref(graph, b), tuple(edges))
