"""Answers from the store's derived tables, without building the graph: who <relation> whom, entity search and
detail, the subgraphs the explorer draws. Each answer is an index lookup over `entities`, `entity_names`,
`edges` and the evidence items, with the same meaning and order as the networkx queries of `graph.query`.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import networkx as nx

from graph import query
from graph.aggregate import LAST_DAY, NO_DAY, day_number
from graph.articles import ArticleCache, read_articles
from graph.derive import STANCE_RELATIONS
from graph.evidence import FIRST_CO_ITEMS, FIRST_CO_ITEMS_DATED, FIRST_ITEMS, FIRST_ITEMS_DATED, PAGE_CHUNK
from graph.query import (
    AFFILIATION,
    CO_MENTION,
    DEFAULT_RELATIONS,
    EVIDENCE_SEP,
    RELATIONS,
    DateRange,
    Edge,
    EntityDetail,
    EntityRef,
    EntitySummary,
    Evidence,
    QueryError,
    UnknownEntity,
    check_relation,
    check_relations,
    fold,
)

if TYPE_CHECKING:
    from graph.edgeindex import EdgeIndex, Picked

EdgeKey = tuple[str, str, str]  # (source, target, relation)
ANY_TIME = DateRange()
STRONGEST_PER_ENTITY = 3  # with max_edges, each entity's strongest edges are kept first
# An entity's lists of edges, per stance relation then affiliation: from it, and to it.
ENTITY_LISTS_OUT = ("supports", "opposes", "participates_in", "declines", "affiliations")
ENTITY_LISTS_IN = ("supporters", "opponents", "participants", "decliners", "members")


@dataclass(frozen=True)
class EdgeRow:
    source: str
    target: str
    relation: str
    weight: int
    first_seen: str | None
    last_seen: str | None
    derived: int | None
    modality: str = ""
    condition: str = ""
    role: str = ""
    whole: bool = True  # False: only its ends and weight are known yet (see `StoreReader.completed`)


@dataclass(frozen=True)
class SubGraph:
    graph: nx.MultiDiGraph  # entities with their attributes, edges with their `row`
    truncated: bool  # max_nodes or max_edges left something out
    center: str | None
    hidden_edges: int  # left out by max_edges


class StoreReader:
    """Read-only questions to one store connection at one level (`person` or `state`). Run one request's
    questions inside one read transaction so they all see the same version of the store."""

    def __init__(self, conn: sqlite3.Connection, level: str = "person", *,
                 edge_index: Callable[[sqlite3.Connection], EdgeIndex] | None = None,
                 articles: ArticleCache | None = None) -> None:
        """`edge_index` gives the in-memory index of the edges of the version `conn` reads (a server keeps one
        per version); without it, the first question that needs one loads it. `articles` keeps the texts of
        evidence sentences' articles between requests."""
        self.conn = conn
        self.level = level
        self._refs: dict[str, EntityRef] = {}
        self._edge_index = edge_index
        self._cache = articles

    # -- where clauses ---------------------------------------------------------------------------------
    def _levels(self, relations: Iterable[str], alias: str = "") -> tuple[str, list]:
        """Edges of these relations at this level: the state level holds the stances lifted and the
        affiliations as stated; co-mentions are the same at both levels (kept once, as 'person')."""
        a = f"{alias}." if alias else ""
        relations = list(relations)
        if set(relations) == set(DEFAULT_RELATIONS):
            return f"({a}level = ? AND {a}stance = 1)", [self.level]
        if self.level == "person" or CO_MENTION not in relations:
            return f"({a}level = ? AND {a}relation IN ({_marks(relations)}))", [self.level, *relations]
        others = [r for r in relations if r != CO_MENTION]
        return (f"(({a}level = 'state' AND {a}relation IN ({_marks(others)})) OR "
                f"({a}level = 'person' AND {a}relation = 'co_mention'))"), others

    @property
    def item_level(self) -> str:
        return "state" if self.level == "state" else "person"

    # -- entities --------------------------------------------------------------------------------------
    def ref(self, eid: str) -> EntityRef:
        found = self._refs.get(eid)
        if found is None:
            row = self.conn.execute("SELECT label, type FROM entities WHERE id = ?", (eid,)).fetchone()
            found = self._refs[eid] = EntityRef(eid, row[0] if row else eid, row[1] if row else "")
        return found

    def _refs_of(self, ids: Iterable[str]) -> None:
        missing = [i for i in set(ids) if i not in self._refs]
        for chunk in _chunks(missing):
            for eid, label, etype in self.conn.execute(
                    f"SELECT id, label, type FROM entities WHERE id IN ({_marks(chunk)})", chunk):
                self._refs[eid] = EntityRef(eid, label, etype)

    def exists(self, eid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM entities WHERE id = ?", (eid,)).fetchone() is not None

    def find_entity(self, name: str) -> str:
        """The id for an id, canonical name or alias (as `graph.query.find_entity`)."""
        name = str(name)
        if self.exists(name):
            return name
        key = fold(name)
        if not key:
            raise UnknownEntity(name)
        row = self.conn.execute(
            "SELECT n.entity FROM entity_names n JOIN entities e ON e.id = n.entity WHERE n.folded = ? "
            "GROUP BY n.entity ORDER BY min(n.kind), e.mentions DESC, n.entity LIMIT 1", (key,)).fetchone()
        if row is None:
            raise UnknownEntity(name)
        return row[0]

    def degrees(self, ids: Sequence[str]) -> dict[str, int]:
        """Stance and affiliation edges of each entity, either direction."""
        where, params = self._levels(DEFAULT_RELATIONS)
        out: Counter = Counter()
        for chunk in _chunks(ids):
            for column in ("source", "target"):
                out.update(dict(self.conn.execute(
                    f"SELECT {column}, count(*) FROM edges WHERE {column} IN ({_marks(chunk)}) AND {where} "
                    f"GROUP BY {column}", [*chunk, *params])))
        return out

    def summaries(self, ids: Sequence[str]) -> list[EntitySummary]:
        rows = {}
        for chunk in _chunks(ids):
            for eid, label, etype, mentions, aliases in self.conn.execute(
                    f"SELECT id, label, type, mentions, aliases FROM entities WHERE id IN ({_marks(chunk)})", chunk):
                rows[eid] = (EntityRef(eid, label, etype), mentions, tuple(a for a in aliases.split("|") if a))
        degrees = self.degrees(list(rows))
        return [EntitySummary(rows[i][0], rows[i][1], rows[i][2], degrees.get(i, 0)) for i in ids if i in rows]

    def search_entities(self, *, q: str | None = None, type: str | None = None, limit: int = 100,
                        offset: int = 0) -> tuple[int, list[EntitySummary]]:
        """Entities whose name or alias matches `q` (exact, then prefix, then word prefix, then substring), the
        most mentioned first among equals; with no `q`, every entity (of `type`), the most mentioned first."""
        etype = query.check_types_known(type) if type else None
        key = fold(q) if q else ""
        if not key:
            where, params = ("WHERE type = ?", [etype]) if etype else ("", [])
            total = self.conn.execute(f"SELECT count(*) FROM entities {where}", params).fetchone()[0]
            ids = [i for (i,) in self.conn.execute(
                f"SELECT id FROM entities {where} ORDER BY mentions DESC, folded, id LIMIT ? OFFSET ?",
                [*params, limit, offset])]
            return total, self.summaries(ids)
        names: dict[str, list[str]] = defaultdict(list)
        info: dict[str, tuple[int, str, str]] = {}
        for eid, folded, mentions, label_key, t in self.conn.execute(
                "SELECT n.entity, n.folded, e.mentions, e.folded, e.type FROM entity_names n "
                "JOIN entities e ON e.id = n.entity WHERE n.entity IN "
                "(SELECT entity FROM entity_names WHERE instr(folded, ?) > 0)", (key,)):
            if etype and t != etype:
                continue
            names[eid].append(folded)
            info[eid] = (mentions, label_key, t)
        ranked = []
        for eid, folded in names.items():
            rank = query.match_rank_folded(key, folded)
            if rank is not None:
                ranked.append((rank, -info[eid][0], info[eid][1], eid))
        ranked.sort()
        return len(ranked), self.summaries([eid for *_, eid in ranked[offset:offset + limit]])

    # -- edges -----------------------------------------------------------------------------------------
    def edge_rows(self, relations: Iterable[str], *, source: str | None = None, target: str | None = None,
                  dates: DateRange = ANY_TIME, among: Sequence[str] | None = None, min_weight: float = 0,
                  limit: int | None = None, offset: int = 0, ordered: bool = True) -> tuple[int, list[EdgeRow]]:
        """Edges of these relations (from / to one entity, among some entities), heaviest first; with `dates`,
        weighed by their evidence dated in the period (edges left with none dropped)."""
        relations = list(relations)
        if not relations:
            return 0, []
        if dates or among is not None or source is None or target is None:
            # from the edges in memory: weighed anew in a period, among some entities, a whole list (counting a
            # whole list in SQL reads all of its index) or a list from or to one entity (in SQL, sorting the
            # thousands of edges of a state takes 5-20 ms; in memory, under 1 ms)
            return self._picked(relations, dates=dates, sources=None if source is None else [source],
                                targets=None if target is None else [target], among=among, min_weight=min_weight,
                                limit=limit, offset=offset, ordered=ordered)
        # between two entities, along the source's index
        where, params = self._levels(relations, "e")
        where += " AND e.source = ? AND e.target = ?"
        params += [source, target]
        table = "edges e INDEXED BY edges_source"
        if min_weight:
            where += " AND e.weight >= ?"
            params.append(min_weight)
        total = self.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0] \
            if limit is not None else None
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        order = " ORDER BY e.weight DESC, e.source_key, e.target_key, e.relation" if ordered else ""
        rows = [EdgeRow(*row) for row in self.conn.execute(
            "SELECT e.source, e.target, e.relation, e.weight, e.first_seen, e.last_seen, e.derived, "
            "e.modality, e.condition, e.role "
            f"FROM {table} WHERE {where}{order}{page}",
            [*params, *((limit, offset) if limit is not None else ())])]
        return (len(rows) if total is None else total), rows

    def rank_whole_lists(self) -> None:
        """Rank in the edge index every whole list a page of `relations` slices at this level (all relations but
        co-mentions, and each relation), as it would on its first request."""
        index = self.edge_index()
        for relation in (None, *RELATIONS):
            index.rank_whole(self._parts(check_relations(None if relation is None else [relation])))

    def edge_index(self) -> EdgeIndex:
        if self._edge_index is None:
            from graph.edgeindex import EdgeIndex

            index = EdgeIndex.load(self.conn)
            self._edge_index = lambda _: index
        return self._edge_index(self.conn)

    def _parts(self, relations: Iterable[str]) -> list[tuple[str, str]]:
        """Where the edges of these relations are kept for this level (co-mentions once, as 'person')."""
        return [("person" if r == CO_MENTION else self.level, r) for r in relations]

    def _picked(self, relations: list[str], *, dates: DateRange, sources: Collection[str] | None = None,
                targets: Collection[str] | None = None, either: bool = False, among: Collection[str] | None = None,
                min_weight: float = 0, limit: int | None = None, offset: int = 0, ordered: bool = True
                ) -> tuple[int, list[EdgeRow]]:
        """Edges from the index in memory (`EdgeIndex.pick`); without a period their rows are not `whole`."""
        period = self._period_numbers(dates)
        total, picked = self.edge_index().pick(self._parts(relations), period=period, sources=sources,
                                               targets=targets, either=either, among=among, min_weight=min_weight,
                                               limit=limit, offset=offset, ordered=ordered)
        return total, [self._row(p, dated=period is not None) for p in picked]

    @staticmethod
    def _row(p: Picked, *, dated: bool) -> EdgeRow:
        """A row from the index: weighed in a period, or (without one) only its ends and weight yet."""
        if not dated:
            return EdgeRow(p.source, p.target, p.relation, p.weight, None, None, None, whole=False)
        return EdgeRow(p.source, p.target, p.relation, p.weight, p.first_seen, p.last_seen, 1 if p.lifted else None)

    @staticmethod
    def _period_numbers(dates: DateRange) -> tuple[int, int] | None:
        if not dates:
            return None
        return (day_number(dates.since) if dates.since else NO_DAY,
                day_number(dates.until) if dates.until else LAST_DAY)

    def completed(self, rows: Sequence[EdgeRow]) -> list[EdgeRow]:
        """The rows with what the edges table says of them: every column of those not `whole`; the modality,
        condition and role of the edge as a whole for stances weighed in a period."""
        wanted = [r for r in rows if not r.whole or (not r.modality and r.relation != CO_MENTION)]
        if not wanted:
            return list(rows)
        stored: dict[EdgeKey, tuple] = {}
        keys = [("person" if r.relation == CO_MENTION else self.level, r.relation, r.source, r.target) for r in wanted]
        for chunk in _chunks(keys, 5000):
            for row in self.conn.execute(
                    "SELECT e.source, e.target, e.relation, e.weight, e.first_seen, e.last_seen, e.derived, "
                    "e.modality, e.condition, e.role FROM json_each(?) k CROSS JOIN edges e "
                    "ON e.level = json_extract(k.value, '$[0]') AND e.relation = json_extract(k.value, '$[1]') "
                    "AND e.source = json_extract(k.value, '$[2]') AND e.target = json_extract(k.value, '$[3]')",
                    (_json(chunk),)):
                stored[(row[0], row[1], row[2])] = row
        out = []
        for r in rows:
            row = stored.get((r.source, r.target, r.relation))
            if row is None:
                out.append(r)
            elif not r.whole:
                out.append(EdgeRow(*row))
            else:  # weighed in a period: its weight, dates and derived are the period's
                out.append(EdgeRow(r.source, r.target, r.relation, r.weight, r.first_seen, r.last_seen, r.derived,
                                   *row[7:]))
        return out

    def edges(self, rows: Sequence[EdgeRow], *, dates: DateRange = ANY_TIME, evidence_limit: int = 10
              ) -> list[Edge]:
        """`Edge`s with their attributes and first evidence, for rows from `edge_rows` (a few statements for
        the whole page, whatever the edges' weights)."""
        if not rows:
            return []
        rows = self.completed(rows)  # modality, condition and role describe the edge as a whole (with a period
        # too: weights, dates and evidence are the period's)
        self._refs_of([r.source for r in rows] + [r.target for r in rows])
        shown = self._first_evidence(rows, dates, evidence_limit) if evidence_limit else {}
        out = []
        for r in rows:
            evidence = tuple(shown.get((r.source, r.target, r.relation), ()))
            derived = bool(r.derived) if self.level == "state" and r.relation in STANCE_RELATIONS else False
            stance = r.relation != CO_MENTION
            condition = _without_empty(r.condition) if stance else ""
            out.append(Edge(self.ref(r.source), self.ref(r.target), r.relation, r.weight,
                            r.modality if stance else "", condition, r.role if stance else "", r.first_seen,
                            r.last_seen, derived, evidence, evidence_total=r.weight))
        return out

    def _first_evidence(self, rows: Sequence[EdgeRow], dates: DateRange, limit: int
                        ) -> dict[EdgeKey, list[Evidence]]:
        """The first `limit` evidence items of each edge with their sentences, best first: those naming both ends
        first, then by date (with a period: by date alone); one statement for a whole page of edges."""
        period = [dates.since or "0000-00-00", dates.until or "9999-99-99"] if dates else []
        stances = [("person" if r.relation not in STANCE_RELATIONS else self.item_level, r.relation, r.source,
                    r.target) for r in rows if r.relation != CO_MENTION]
        co_mentions = [(r.source, r.target) for r in rows if r.relation == CO_MENTION]
        found: list[tuple[EdgeKey, list[tuple]]] = []  # each edge's items, as the statements give them
        for keys, edge_of, stance in ((stances, lambda k: (k[2], k[3], k[1]), True),
                                      (co_mentions, lambda k: (k[0], k[1], CO_MENTION), False)):
            for chunk in _chunks(keys, PAGE_CHUNK):
                items: list[list[tuple]] = [[] for _ in chunk]
                statement = (FIRST_ITEMS_DATED if dates else FIRST_ITEMS) if stance else \
                    (FIRST_CO_ITEMS_DATED if dates else FIRST_CO_ITEMS)
                for at, *item in self.conn.execute(statement, (_json(chunk), limit, *period)):
                    items[at].append(item)
                found += [(edge_of(k), i) for k, i in zip(chunk, items, strict=True) if i]
        self._refs_of({x for _, items in found for item in items for x in item[6:9] if x})
        docs = {item[0] for _, items in found for item in items}
        articles = self._cache.articles(self.conn, docs) if self._cache is not None else read_articles(self.conn, docs)
        label = self.ref
        out: dict[EdgeKey, list[Evidence]] = {}
        for edge, items in found:
            shown = out[edge] = []
            for doc_id, sent, date, modality, condition, cue, speaker, lifted_source, lifted_target in items:
                article = articles.get(doc_id)
                sentence = article.sentence(sent) if article is not None else None
                if sentence is None:
                    text, start, end, title, url = "", None, None, "", ""
                else:
                    (text, start, end), title, url = sentence, article.title, article.url
                lifted_from = f"{label(lifted_source).label} -> {label(lifted_target).label}" \
                    if lifted_source is not None else ""
                shown.append(Evidence(text, doc_id, title, date, url, sent, start, end,
                                      label(speaker).label if speaker else "", cue, modality, condition, lifted_from))
        return out

    def _sentences(self, keys: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int, str, int, int, str, str]]:
        """(doc, sent, text, start, end, title, url) of these sentences, each looked up by its key."""
        for chunk in _chunks(sorted(keys), 5000):
            yield from self.conn.execute(
                'SELECT s.doc_id, s.idx, substr(d.text, s.start + 1, s."end" - s.start), s.start, s."end", d.title, '
                "d.url FROM json_each(?) k CROSS JOIN sentences s ON s.doc_id = json_extract(k.value, '$[0]') "
                "AND s.idx = json_extract(k.value, '$[1]') CROSS JOIN documents d ON d.doc_id = s.doc_id",
                (_json(chunk),))

    def relations(self, relation: str | None = None, *, source: str | None = None, target: str | None = None,
                  dates: DateRange = ANY_TIME, limit: int = 100, offset: int = 0, evidence_limit: int = 10
                  ) -> tuple[int, list[Edge]]:
        """Who <relation> whom (as `graph.query.relations`), one page of it and the number of all."""
        wanted = check_relations(None if relation is None else [relation])
        u = self.find_entity(source) if source is not None else None
        v = self.find_entity(target) if target is not None else None
        total, rows = self.edge_rows(wanted, source=u, target=v, dates=dates, limit=limit, offset=offset)
        return total, self.edges(rows, dates=dates, evidence_limit=evidence_limit)

    def entity_detail(self, name: str, *, co_mentions: int = 10, evidence_limit: int = 20,
                      limit: int | None = None) -> EntityDetail:
        """Everything the store says about one entity, with the evidence for each stance; with `limit`, each
        list of edges (per relation and direction) holds only its heaviest `limit` (`totals` counts them all)."""
        node = self.find_entity(name)
        kb_id = self.conn.execute("SELECT kb_id FROM entities WHERE id = ?", (node,)).fetchone()[0]
        rels = [r for r in RELATIONS if r != CO_MENTION]
        lists, totals = {}, {}
        for direction, names in (("source", ENTITY_LISTS_OUT), ("target", ENTITY_LISTS_IN)):
            _, rows = self.edge_rows(rels, **{direction: node})
            kept = []
            for relation, list_name in zip((*STANCE_RELATIONS, AFFILIATION), names, strict=True):
                mine = [r for r in rows if r.relation == relation]
                totals[list_name] = len(mine)
                kept += mine[:limit]
            edges = self.edges(kept, evidence_limit=evidence_limit)
            for relation, list_name in zip((*STANCE_RELATIONS, AFFILIATION), names, strict=True):
                lists[list_name] = tuple(e for e in edges if e.relation == relation)
        outgoing = {r: lists[n] for r, n in zip(STANCE_RELATIONS, ENTITY_LISTS_OUT, strict=False)}
        incoming = {r: lists[n] for r, n in zip(STANCE_RELATIONS, ENTITY_LISTS_IN, strict=False)}
        neighbours: Counter = Counter()
        for column, other in (("source", "target"), ("target", "source")):
            neighbours.update(dict(self.conn.execute(
                f"SELECT {other}, weight FROM edges WHERE level = 'person' AND relation = 'co_mention' "
                f"AND {column} = ?", (node,))))
        self._refs_of(neighbours)
        top = sorted(neighbours.items(), key=lambda kv: (-kv[1], fold(self.ref(kv[0]).label)))[:co_mentions]
        (summary,) = self.summaries([node])
        return EntityDetail(
            summary=summary, kb_id=kb_id,
            affiliations=lists["affiliations"], members=lists["members"], outgoing=outgoing, incoming=incoming,
            co_mentioned=tuple((self.ref(n), w) for n, w in top), totals=totals)

    # -- subgraphs -------------------------------------------------------------------------------------
    def ranking(self, relations: Sequence[str]) -> list[tuple[str, float]]:
        """Every entity with an edge of these relations, by the summed weight of its stances (then of all
        its edges here, then its mentions): the most connected first."""
        totals = self.edge_index().totals(self._parts(relations), stances=STANCE_RELATIONS)
        mentions = dict(self.conn.execute("SELECT id, mentions FROM entities"))
        ranked = sorted(totals, key=lambda e: (-totals[e][0], -totals[e][1], -mentions.get(e, 0), e))
        return [(e, totals[e][0]) for e in ranked if e in mentions]

    def subgraph(self, *, relations: Iterable[str] | None = None, types: Iterable[str] | None = None,
                 entity: str | None = None, depth: int = 1, min_weight: float = 0, dates: DateRange = ANY_TIME,
                 isolates: bool | None = None, max_nodes: int = 2000, max_edges: int | None = None,
                 ranking: list[tuple[str, float]] | None = None) -> SubGraph:
        """The edges that pass every filter among at most `max_nodes` entities (the most connected, or the
        nearest to `entity`), without their evidence; with `max_edges`, only that many of them: each entity's
        strongest few, then the heaviest (see `EdgeIndex.view`)."""
        wanted = list(check_relations(relations, default=RELATIONS))
        kept_types = query.check_types_known_all(types)
        center = self.find_entity(entity) if entity is not None else None
        if depth < 0:
            raise QueryError(f"depth must be 0 or more, not {depth}")
        filtered = set(wanted) != set(RELATIONS) or bool(dates) or bool(min_weight)
        keep_isolates = isolates is True or (isolates is None and not filtered and center is None)
        types_of = {}
        if center is not None:
            order = self._neighbourhood(center, wanted, depth, kept_types, dates, min_weight)
        else:
            ranked = ranking if ranking is not None else self.ranking(wanted)
            order = [e for e, _ in ranked]
            if keep_isolates:
                seen = set(order)
                order += [e for (e,) in self.conn.execute("SELECT id FROM entities ORDER BY mentions DESC, id")
                          if e not in seen]
        if kept_types is not None:
            types_of = self._types(order)
            order = [e for e in order if e == center or types_of.get(e) in kept_types]
        truncated = len(order) > max_nodes
        nodes = order[:max_nodes]
        total, picked, ends = self.edge_index().view(
            self._parts(wanted), nodes, period=self._period_numbers(dates), min_weight=min_weight,
            budget=max_edges, strongest=STRONGEST_PER_ENTITY)
        rows = sorted((self._row(p, dated=bool(dates)) for p in picked), key=lambda r: (r.relation, r.source, r.target))
        graph = nx.MultiDiGraph(level=self.level)
        info = {}
        for chunk in _chunks(nodes):
            for eid, label, etype, mentions, aliases in self.conn.execute(
                    f"SELECT id, label, type, mentions, aliases FROM entities WHERE id IN ({_marks(chunk)})", chunk):
                info[eid] = dict(label=label, type=etype, mentions=mentions, aliases=aliases)
        for eid in nodes:
            if eid in info:
                graph.add_node(eid, **info[eid])
        for r in rows:
            graph.add_edge(r.source, r.target, key=r.relation, row=r)
        if not keep_isolates:
            graph.remove_nodes_from([n for n in list(graph) if n not in ends and n != center])
        return SubGraph(graph, truncated or total > len(rows), center, total - len(rows))

    def _types(self, ids: Sequence[str]) -> dict[str, str]:
        out = {}
        for chunk in _chunks(ids):
            out.update(dict(self.conn.execute(f"SELECT id, type FROM entities WHERE id IN ({_marks(chunk)})",
                                              chunk)))
        return out

    def _neighbourhood(self, center: str, relations: list[str], depth: int, kept_types: frozenset[str] | None,
                       dates: DateRange, min_weight: float) -> list[str]:
        """Entities within `depth` hops of `center` (either direction), nearest first, then most connected."""
        seen = {center: 0}
        frontier = [center]
        weights: Counter = Counter()
        for hop in range(1, depth + 1):
            found: set[str] = set()
            for eid, weight in self._adjacent(frontier, relations, dates, min_weight).items():
                weights[eid] += weight
                if eid not in seen:
                    found.add(eid)
            if kept_types is not None:
                types = self._types(sorted(found))
                found = {e for e in found if types.get(e) in kept_types}
            for eid in found:
                seen[eid] = hop
            frontier = sorted(found)
            if not frontier:
                break
        return sorted(seen, key=lambda e: (seen[e], -weights[e], e))

    def _adjacent(self, frontier: list[str], relations: list[str], dates: DateRange, min_weight: float
                  ) -> dict[str, int]:
        """The other ends of the edges from or to the frontier (weighed in the period, if any), with the summed
        weight of those edges."""
        return self.edge_index().adjacent(self._parts(relations), frontier, period=self._period_numbers(dates),
                                          min_weight=min_weight)

    def evidence_graph(self, sub: nx.MultiDiGraph, *, dates: DateRange = ANY_TIME) -> nx.MultiDiGraph:
        """A view from `subgraph` with every evidence item of its edges, as `graph.build.build_graph` makes
        graphs: what the exporters write."""
        from graph.build import EntityRow, graph_of
        from graph.derive import Item

        entities = [EntityRow(n, d["label"], d["type"], d["mentions"], d["aliases"], "")
                    for n, d in sub.nodes(data=True)]
        period, params = ("", []) if not dates else (
            " AND date BETWEEN ? AND ?", [dates.since or "0000-00-00", dates.until or "9999-99-99"])
        items: list[Item] = []
        for u, v, relation in sub.edges(keys=True):
            if relation == CO_MENTION:
                items += [Item(u, v, CO_MENTION, d, sent, date) for d, sent, date in self.conn.execute(
                    f"SELECT doc_id, sent, date FROM co_items WHERE source = ? AND target = ?{period}",
                    (u, v, *params))]
                continue
            level = self.item_level if relation in STANCE_RELATIONS else "person"
            for row in self.conn.execute(
                    "SELECT doc_id, sent, date, explicit, cue, modality, condition, role, speaker, voiced_for, "
                    "lifted_source, lifted_target, shadowed FROM items WHERE level = ? AND relation = ? "
                    f"AND source = ? AND target = ?{period}", (level, relation, u, v, *params)):
                d, sent, date, explicit, cue, modality, condition, role, speaker, voiced, ls, lt, shadowed = row
                items.append(Item(u, v, relation, d, sent, date, bool(explicit), cue, modality, condition, role,
                                  speaker, voiced, (ls, lt) if ls is not None else None, bool(shadowed)))
        texts, documents = {}, {}
        for doc_id, sent, text, start, end, title, url in self._sentences({(i.doc_id, i.sent) for i in items}):
            texts[(doc_id, sent)] = (text, start, end)
            documents[doc_id] = (title, url or "")
        self._refs_of([i.speaker for i in items if i.speaker] + [i.voiced_for for i in items if i.voiced_for]
                      + [x for i in items if i.lifted_from for x in i.lifted_from])
        graph = graph_of(entities, items, level=self.level, affiliation={},
                         sentence=lambda d, i: texts.get((d, i), ("", 0, 0)),
                         document=lambda d: documents.get(d, ("", "")), labels=lambda e: self.ref(e).label)
        graph.graph.pop("affiliations", None)
        return graph

    # -- paths -------------------------------------------------------------------------------------------
    def paths(self, source: str, target: str, *, relations: Iterable[str] | None = None, max_paths: int = 5,
              candidates: int = 50, evidence_limit: int = 3) -> list[query.Path]:
        """The shortest ways two entities are connected (edges taken in either direction), with evidence: a
        breadth-first search over the edges table from both ends' ids, as `graph.query.paths` answers."""
        wanted = list(check_relations(relations, default=query.PATH_RELATIONS))
        s, t = self.find_entity(source), self.find_entity(target)
        if s == t:
            return [query.Path((self.ref(s),))]
        preds, best = self._shortest(s, t, wanted)
        if not preds:
            return []
        routes: list[list[str]] = []

        def walk(node: str, tail: list[str]) -> None:
            if len(routes) >= candidates:
                return
            if node == s:
                routes.append([s, *tail])
                return
            for p in sorted(preds[node]):
                walk(p, [node, *tail])

        walk(t, [])
        self._refs_of({n for r in routes for n in r})

        def score(nodes: list[str]) -> tuple:
            return (sum(best[_pair(a, b)] for a, b in pairwise(nodes)),
                    [fold(self.ref(n).label) for n in nodes])

        result = []
        for nodes in sorted(routes, key=score)[:max_paths]:
            hops = []
            for a, b in pairwise(nodes):
                rows = self.edge_rows(wanted, source=a, target=b)[1] + self.edge_rows(wanted, source=b, target=a)[1]
                edges = sorted(self.edges(rows, evidence_limit=evidence_limit),
                               key=lambda e: (query.RELATION_RANK.get(e.relation, 50), -e.weight, e.source.id))
                hops.append(query.Hop(self.ref(a), self.ref(b), tuple(edges)))
            result.append(query.Path(tuple(self.ref(n) for n in nodes), tuple(hops)))
        return result

    def _shortest(self, s: str, t: str, relations: list[str]
                  ) -> tuple[dict[str, set[str]], dict[tuple[str, str], int]]:
        """A breadth-first search from `s` over the edges in memory (either direction) until a layer reaches `t`.
        Returns, for the entities on the shortest paths, their neighbours one step nearer to `s`, and for each
        such pair the rank of the first relation between them (`query.RELATION_RANK`); nothing if `t` is not
        reached."""
        import numpy as np  # with the index: only once a question needs it

        index = self.edge_index()
        parts = self._parts(relations)
        start, goal = index.codes.of.get(s), index.codes.of.get(t)
        if start is None or goal is None:
            return {}, {}
        visited = np.zeros(len(index.codes.ids), dtype=bool)
        visited[start] = True
        frontier = np.array([start])
        layers = []
        while len(frontier) and not visited[goal]:
            member = np.zeros(len(visited), dtype=bool)
            member[frontier] = True
            near, far, ranks = index.touching(parts, member, query.RELATION_RANK)
            new = ~visited[far]
            layers.append((near[new], far[new], ranks[new]))
            frontier = np.unique(far[new])
            visited[frontier] = True
        if not visited[goal]:
            return {}, {}
        ids = index.codes.ids
        preds: dict[str, set[str]] = defaultdict(set)
        best: dict[tuple[str, str], int] = {}
        on_paths = np.array([goal])
        for near, far, ranks in reversed(layers):
            mine = np.isin(far, on_paths)
            for a, b, rank in zip(near[mine].tolist(), far[mine].tolist(), ranks[mine].tolist(), strict=True):
                preds[ids[b]].add(ids[a])
                pair = _pair(ids[a], ids[b])
                best[pair] = min(best.get(pair, 99), rank)
            on_paths = np.unique(near[mine])
        return preds, best

    # -- figures -----------------------------------------------------------------------------------------
    def date_span(self) -> tuple[str | None, str | None]:
        where, params = self._levels(RELATIONS)
        return self.conn.execute(f"SELECT min(first_seen), max(last_seen) FROM edges WHERE {where}", params).fetchone()

    def max_weight(self) -> int:
        where, params = self._levels(RELATIONS)
        return self.conn.execute(f"SELECT coalesce(max(weight), 0) FROM edges WHERE {where}", params).fetchone()[0]

    def counts(self) -> tuple[int, int, int]:
        """(documents, entities, edges at this level)."""
        where, params = self._levels(RELATIONS)
        return (self.conn.execute("SELECT count(*) FROM documents").fetchone()[0],
                self.conn.execute("SELECT count(*) FROM entities").fetchone()[0],
                self.conn.execute(f"SELECT count(*) FROM edges WHERE {where}", params).fetchone()[0])


def _without_empty(joined: str) -> str:
    """Conditions joined with EVIDENCE_SEP, without empty ones (a heavy edge's run to 16 kB: split only when
    there is an empty one)."""
    if joined.startswith(EVIDENCE_SEP) or joined.endswith(EVIDENCE_SEP) or EVIDENCE_SEP * 2 in joined:
        return EVIDENCE_SEP.join(c for c in joined.split(EVIDENCE_SEP) if c)
    return joined


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values)) or "NULL"


def _json(values: Sequence) -> str:
    import json

    return json.dumps(list(values))


def _chunks(values: Iterable, size: int = 500) -> list[list]:
    values = list(values)
    return [values[i:i + size] for i in range(0, len(values), size)]


__all__ = ["EdgeRow", "StoreReader", "check_relation"]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)
