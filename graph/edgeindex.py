"""The edges in memory: for each list of edges the store keeps (one level and relation), every edge's ends,
weight and the days of its dated evidence (`edges.days`, see `graph.aggregate`), as flat numpy arrays.

What would be a scan in SQL is a pass over these arrays (milliseconds at 10,000 articles): weighing a whole
relation in a period, the edges among a few hundred entities, those from or to a frontier of entities, the
entities' totals; ranking a result is a partial sort of one integer key per edge.

An `EdgeIndex` is one version of the store. It is loaded once from the `edges` table and then brought forward
a version at a time from the store's `edge_log` (`graph.changes`): edges rewritten since are appended and their
old positions marked dead; the arrays are compacted when too many are.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from graph.aggregate import day_iso
from graph.changes import changes_since, graph_version

ListKey = tuple[str, str]  # (level as stored, relation)
Period = tuple[int, int]  # (since, until) as YYYYMMDD numbers
RELATION_ORDER = {r: i for i, r in enumerate(sorted(
    ("co_mention", "supports", "opposes", "participates_in", "declines", "affiliated_with")))}
COMPACT_SHARE = 0.25  # compact a list when this share of its positions is dead or appended since its load
KEEP = 4  # versions kept at once (requests that began before the last writes still read theirs)
iso_day = lru_cache(maxsize=None)(day_iso)  # a store has a few thousand distinct days


class Codes:
    """Entity ids as small integers, shared by every version (codes are only ever added)."""

    def __init__(self) -> None:
        self.of: dict[str, int] = {}
        self.ids: list[str] = []

    def code(self, eid: str) -> int:
        found = self.of.get(eid)
        if found is None:
            found = self.of[eid] = len(self.ids)
            self.ids.append(eid)
        return found

    def members(self, ids: Iterable[str]) -> np.ndarray:
        """A membership array over the codes."""
        member = np.zeros(len(self.ids), dtype=bool)
        member[[c for c in map(self.of.get, ids) if c is not None]] = True
        return member


@dataclass(frozen=True)
class EdgeList:
    """The edges of one level and relation: positions 0..n-1 with their ends, weight and day segments; a
    position whose edge changed or went away since the arrays were built is dead."""

    source: np.ndarray  # entity codes (int32)
    target: np.ndarray
    weight: np.ndarray  # int64: the edge's weight, dated evidence or not
    alive: np.ndarray  # bool
    offsets: np.ndarray  # int64, n + 1: position p's days are days[offsets[p]:offsets[p + 1]]
    days: np.ndarray  # int32: YYYYMMDD * 2 + lifted, sorted within each position
    sorted_keys: np.ndarray  # int64 source << 32 | target of the positions built at once, sorted
    sorted_positions: np.ndarray  # their positions
    appended: dict[int, int]  # key -> position, for positions appended since

    @classmethod
    def build(cls, sources: Sequence[int], targets: Sequence[int], weights: Sequence[int],
              blobs: Sequence[bytes]) -> EdgeList:
        source = np.asarray(sources, dtype=np.int32)
        target = np.asarray(targets, dtype=np.int32)
        offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
        np.cumsum([len(b) // 4 for b in blobs], out=offsets[1:])
        days = np.frombuffer(b"".join(blobs), dtype="<i4").astype(np.int32, copy=False)
        keys = (source.astype(np.int64) << 32) | target
        order = np.argsort(keys, kind="stable")
        return cls(source, target, np.asarray(weights, dtype=np.int64), np.ones(len(blobs), dtype=bool), offsets,
                   days, keys[order], order.astype(np.int64), {})

    @property
    def size(self) -> int:
        return len(self.source)

    def find(self, source: int, target: int) -> int | None:
        key = (source << 32) | target
        found = self.appended.get(key)
        if found is not None:
            return found
        i = int(np.searchsorted(self.sorted_keys, key))
        if i < len(self.sorted_keys) and self.sorted_keys[i] == key:
            return int(self.sorted_positions[i])
        return None

    def patched(self, changes: Sequence[tuple[int, int, int, bytes] | tuple[int, int, None, None]]) -> EdgeList:
        """This list with some edges rewritten ((source, target, weight, days)) or gone (weight None)."""
        alive = self.alive.copy()
        appended = dict(self.appended)
        sources, targets, weights, blobs = [], [], [], []
        for source, target, weight, blob in changes:
            old = self.find(source, target)
            if old is not None:
                alive[old] = False
            if weight is not None:
                appended[(source << 32) | target] = self.size + len(blobs)
                sources.append(source)
                targets.append(target)
                weights.append(weight)
                blobs.append(blob)
        if not blobs:
            return EdgeList(self.source, self.target, self.weight, alive, self.offsets, self.days, self.sorted_keys,
                            self.sorted_positions, appended)
        extra = EdgeList.build(sources, targets, weights, blobs)
        patched = EdgeList(
            np.concatenate([self.source, extra.source]), np.concatenate([self.target, extra.target]),
            np.concatenate([self.weight, extra.weight]), np.concatenate([alive, extra.alive]),
            np.concatenate([self.offsets[:-1], extra.offsets + self.offsets[-1]]),
            np.concatenate([self.days, extra.days]), self.sorted_keys, self.sorted_positions, appended)
        dead = patched.size - int(patched.alive.sum())
        return patched.compacted() if dead + len(appended) > COMPACT_SHARE * patched.size else patched

    def compacted(self) -> EdgeList:
        keep = np.flatnonzero(self.alive)
        starts, ends = self.offsets[keep], self.offsets[keep + 1]
        return EdgeList.build(self.source[keep].tolist(), self.target[keep].tolist(), self.weight[keep].tolist(),
                              [self.days[s:e].tobytes() for s, e in zip(starts.tolist(), ends.tolist(), strict=True)])

    # -- questions ---------------------------------------------------------------------------------------
    def select(self, *, sources: np.ndarray | None, targets: np.ndarray | None, among: np.ndarray | None,
               either: bool = False) -> np.ndarray:
        """Live positions from some entities and / or to some (membership arrays over codes; `either`: from the
        first or to the second), or among some."""
        mask = self.alive.copy()
        ends = [m[e] for m, e in ((sources, self.source), (targets, self.target)) if m is not None]
        if either and len(ends) == 2:
            mask &= ends[0] | ends[1]
        else:
            for end in ends:
                mask &= end
        if among is not None:
            mask &= among[self.source] & among[self.target]
        return np.flatnonzero(mask)

    def counts(self, positions: np.ndarray, lo: int, hi: int) -> np.ndarray:
        """How many days of each position fall in [lo, hi] (as stored numbers)."""
        starts, ends = self.offsets[positions], self.offsets[positions + 1]
        lengths = ends - starts
        if int(lengths.sum()) * 2 > len(self.days):  # most of the list: one pass over all of it
            inside = np.zeros(len(self.days) + 1, dtype=np.int64)
            np.cumsum((self.days >= lo) & (self.days <= hi), out=inside[1:])
            return inside[ends] - inside[starts]
        days = self.days[_ranges(starts, lengths)]
        inside = np.zeros(len(days) + 1, dtype=np.int64)
        np.cumsum((days >= lo) & (days <= hi), out=inside[1:])
        bounds = np.cumsum(lengths)
        return inside[bounds] - inside[bounds - lengths]

    def spans(self, positions: np.ndarray, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(first, last, any lifted) of each position's days in [lo, hi]; every position must have one."""
        starts, ends = self.offsets[positions], self.offsets[positions + 1]
        lengths = ends - starts
        days = self.days[_ranges(starts, lengths)]
        inside = (days >= lo) & (days <= hi)
        heads = np.cumsum(lengths) - lengths
        first = np.minimum.reduceat(np.where(inside, days, np.iinfo(np.int32).max), heads)
        last = np.maximum.reduceat(np.where(inside, days, -1), heads)
        lifted = np.maximum.reduceat(np.where(inside, days & 1, 0), heads)
        return first >> 1, last >> 1, lifted.astype(bool)


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indices starts[i] .. starts[i] + lengths[i] - 1, for every i, one after the other."""
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    heads = np.cumsum(lengths) - lengths
    return np.arange(total, dtype=np.int64) + np.repeat(starts - heads, lengths)


@dataclass(frozen=True)
class Picked:
    """One edge as the index holds it: its weight (in the period, if one was asked for: then also its first
    and last day there, and whether any of its evidence there was lifted)."""

    level: str  # as stored
    relation: str
    source: str
    target: str
    weight: int
    first_seen: str | None = None
    last_seen: str | None = None
    lifted: bool = False


Found = tuple[ListKey, EdgeList, np.ndarray, np.ndarray]  # (list, its arrays, positions, weights)


class EdgeIndex:
    """Every edge list of one version of the store, with the entities' name order of that version."""

    def __init__(self, version: int, lists: dict[ListKey, EdgeList], codes: Codes, rank: np.ndarray) -> None:
        self.version = version
        self.lists = lists
        self.codes = codes
        self.rank = rank  # per code: position in the entities' name order; -1 for no entity
        self._orders: dict[tuple[ListKey, ...], tuple[list[Found], np.ndarray]] = {}  # whole lists, ranked
        self._ranking: dict[tuple[ListKey, ...], threading.Lock] = {}  # one per whole list: ranked once

    @classmethod
    def load(cls, conn: sqlite3.Connection, *, codes: Codes | None = None) -> EdgeIndex:
        """Every edge of the store as `conn` sees it (call inside a read transaction)."""
        codes = codes or Codes()
        version = graph_version(conn)
        grouped: dict[ListKey, tuple[list[int], list[int], list[int], list[bytes]]] = {}
        code = codes.code
        for level, relation, source, target, weight, days in conn.execute(
                "SELECT level, relation, source, target, weight, days FROM edges"):
            part = grouped.get((level, relation))
            if part is None:
                part = grouped[(level, relation)] = ([], [], [], [])
            part[0].append(code(source))
            part[1].append(code(target))
            part[2].append(weight)
            part[3].append(days)
        lists = {key: EdgeList.build(*part) for key, part in grouped.items()}
        return cls(version, lists, codes, _ranks(conn, codes))

    def advanced(self, conn: sqlite3.Connection) -> EdgeIndex:
        """This index brought to the version `conn` sees, from the store's log of changed edges."""
        version = graph_version(conn)
        if version == self.version:
            return self
        changed = changes_since(conn, self.version) if version > self.version else None
        if changed is None:
            return EdgeIndex.load(conn, codes=self.codes)
        by_list: dict[ListKey, list] = {}
        for level, relation, source, target in sorted(changed):
            row = conn.execute("SELECT weight, days FROM edges WHERE level = ? AND relation = ? AND source = ? "
                               "AND target = ?", (level, relation, source, target)).fetchone()
            by_list.setdefault((level, relation), []).append(
                (self.codes.code(source), self.codes.code(target), *(row or (None, None))))
        lists = dict(self.lists)
        for key, changes in by_list.items():
            base = lists.get(key) or EdgeList.build([], [], [], [])
            lists[key] = base.patched(changes)
        return EdgeIndex(version, lists, self.codes, _ranks(conn, self.codes))

    # -- questions ---------------------------------------------------------------------------------------
    def _find(self, parts: Iterable[ListKey], *, period: Period | None, sources: Collection[str] | None = None,
              targets: Collection[str] | None = None, either: bool = False, among: Collection[str] | None = None,
              min_weight: float = 0) -> list[Found]:
        lo, hi = (period[0] * 2, period[1] * 2 + 1) if period else (0, 0)
        masks = [None if ids is None else self.codes.members(ids) for ids in (sources, targets, among)]
        found: list[Found] = []
        for key in parts:
            edges = self.lists.get(key)
            if edges is None or not edges.size:
                continue
            positions = edges.select(sources=masks[0], targets=masks[1], among=masks[2], either=either)
            weights = edges.counts(positions, lo, hi) if period else edges.weight[positions]
            keep = (weights > 0) & (weights >= min_weight)
            keep &= (self.rank[edges.source[positions]] >= 0) & (self.rank[edges.target[positions]] >= 0)
            found.append((key, edges, positions[keep], weights[keep]))
        return found

    def pick(self, parts: Iterable[ListKey], *, period: Period | None = None, sources: Collection[str] | None = None,
             targets: Collection[str] | None = None, either: bool = False, among: Collection[str] | None = None,
             min_weight: float = 0, limit: int | None = None, offset: int = 0, ordered: bool = True
             ) -> tuple[int, list[Picked]]:
        """Edges of these lists from some entities and / or to some (`either`: from the first or to the
        second), or among some; with a period, weighed by their evidence dated in it (edges with none there
        dropped). Heaviest first, then by the ends' names and the relation (`limit` / `offset`: one page of them;
        `ordered=False`: all of them in no order). Returns (how many there are, the edges)."""
        if period is None and sources is None and targets is None and among is None and not min_weight and ordered:
            found, order = self._ranked_whole(tuple(parts))
            return len(order), self._picked(found, order[offset:] if limit is None else order[offset:offset + limit],
                                            None)
        found = self._find(parts, period=period, sources=sources, targets=targets, either=either, among=among,
                           min_weight=min_weight)
        total = sum(len(p) for *_, p, _ in found)
        if limit is None and not ordered:
            chosen = np.arange(total)
        else:
            chosen = self._ranked(self._keys(found), offset, total if limit is None else limit)
        return total, self._picked(found, chosen, period)

    def rank_whole(self, parts: Iterable[ListKey]) -> None:
        """Rank these whole lists now (a server does it in the background as each version loads), so that no
        request waits for it."""
        self._ranked_whole(tuple(parts))

    def _ranked_whole(self, parts: tuple[ListKey, ...]) -> tuple[list[Found], np.ndarray]:
        """Whole lists and their order (over all of them, one after the other), sorted once per version like an
        index, so that any page of them is a slice. A request that needs a ranking being made waits for it."""
        known = self._orders.get(parts)
        if known is None:
            with self._ranking.setdefault(parts, threading.Lock()):
                known = self._orders.get(parts)
                if known is None:
                    found = self._find(parts, period=None)
                    known = self._orders[parts] = (found, np.argsort(self._keys(found), kind="stable"))
        return known

    def view(self, parts: Iterable[ListKey], among: Collection[str], *, period: Period | None = None,
             min_weight: float = 0, budget: int | None, strongest: int) -> tuple[int, list[Picked], set[str]]:
        """The edges among some entities, all of them or at most `budget`: every entity's `strongest` edges first (so
        none is left floating), then the heaviest of the rest; stances before co-mentions at equal weight, then
        by the ends' ids. Returns (how many edges there are, the ones kept in no order, the entities that have
        any)."""
        found = self._find(parts, period=period, among=among, min_weight=min_weight)
        total = sum(len(p) for *_, p, _ in found)
        sources = np.concatenate([np.zeros(0, dtype=np.int32), *(e.source[p] for _, e, p, _ in found)])
        targets = np.concatenate([np.zeros(0, dtype=np.int32), *(e.target[p] for _, e, p, _ in found)])
        ends = {self.codes.ids[c] for c in np.union1d(sources, targets).tolist()}
        if budget is None or total <= budget:
            return total, self._picked(found, np.arange(total), period), ends
        order = np.argsort(self._backbone_keys(found), kind="stable").tolist()
        per_entity: dict[int, int] = {}
        kept: list[int] = []
        chosen = set()
        for i, s, t in zip(order, sources[order].tolist(), targets[order].tolist(), strict=True):
            if per_entity.get(s, 0) < strongest or per_entity.get(t, 0) < strongest:
                kept.append(i)
                chosen.add(i)
                per_entity[s] = per_entity.get(s, 0) + 1
                per_entity[t] = per_entity.get(t, 0) + 1
                if len(kept) >= budget:
                    break
        for i in order:
            if len(kept) >= budget:
                break
            if i not in chosen:
                kept.append(i)
        return total, self._picked(found, np.sort(np.array(kept, dtype=np.int64)), period), ends

    def _picked(self, found: list[Found], chosen: np.ndarray, period: Period | None) -> list[Picked]:
        """The edges at these indices (over all the lists one after the other), in that order."""
        sizes = np.array([len(p) for *_, p, _ in found], dtype=np.int64)
        heads = np.cumsum(sizes) - sizes
        which = np.searchsorted(np.cumsum(sizes), chosen, side="right")
        index = chosen - heads[which] if len(chosen) else chosen
        rows = {i: self._rows(found[i], index[which == i], period) for i in np.unique(which).tolist()}
        taken = dict.fromkeys(rows, 0)
        out = []
        for i in which.tolist():
            out.append(rows[i][taken[i]])
            taken[i] += 1
        return out

    def _rows(self, found: Found, picked: np.ndarray, period: Period | None) -> list[Picked]:
        (level, relation), edges, positions, weights = found
        positions, weights = positions[picked], weights[picked]
        ids = self.codes.ids
        ends = zip(edges.source[positions].tolist(), edges.target[positions].tolist(), weights.tolist(), strict=True)
        if period is None:
            return [Picked(level, relation, ids[s], ids[t], n) for s, t, n in ends]
        first, last, lifted = edges.spans(positions, period[0] * 2, period[1] * 2 + 1)
        return [Picked(level, relation, ids[s], ids[t], n, iso_day(f), iso_day(la), li)
                for (s, t, n), f, la, li in zip(ends, first.tolist(), last.tolist(), lifted.tolist(), strict=True)]

    def adjacent(self, parts: Iterable[ListKey], frontier: Collection[str], *, period: Period | None = None,
                 min_weight: float = 0) -> dict[str, int]:
        """The entities at the other end of the edges from or to the frontier (weighed in the period, edges
        lighter than `min_weight` left out), with the summed weight of those edges (an edge between two of the
        frontier counts for both)."""
        lo, hi = (period[0] * 2, period[1] * 2 + 1) if period else (0, 0)
        member = self.codes.members(frontier)
        size = len(self.codes.ids)
        summed = np.zeros(size, dtype=np.int64)
        reached = np.zeros(size, dtype=bool)
        for key in parts:
            edges = self.lists.get(key)
            if edges is None or not edges.size:
                continue
            positions = edges.select(sources=member, targets=member, among=None, either=True)
            weights = edges.counts(positions, lo, hi) if period else edges.weight[positions]
            keep = (weights > 0) & (weights >= min_weight)
            positions, weights = positions[keep], weights[keep]
            for near, far in ((edges.source, edges.target), (edges.target, edges.source)):
                mine = member[near[positions]]
                others = far[positions][mine]
                summed += np.bincount(others, weights=weights[mine], minlength=size).astype(np.int64)
                reached[others] = True
        ids = self.codes.ids
        return {ids[c]: int(summed[c]) for c in np.flatnonzero(reached).tolist()}

    def touching(self, parts: Iterable[ListKey], frontier: np.ndarray, rank: Mapping[str, int]
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(near end, far end, the relation's rank) of each edge with an end in the frontier (a membership array
        over codes), taken both ways: an edge between two of the frontier comes twice; loops never."""
        near, far, ranks = [np.zeros(0, dtype=np.int32)], [np.zeros(0, dtype=np.int32)], [np.zeros(0, dtype=np.int64)]
        for key in parts:
            edges = self.lists.get(key)
            if edges is None or not edges.size:
                continue
            positions = edges.select(sources=frontier, targets=frontier, among=None, either=True)
            source, target = edges.source[positions], edges.target[positions]
            for a, b in ((source, target), (target, source)):
                mine = frontier[a] & (a != b)
                near.append(a[mine])
                far.append(b[mine])
                ranks.append(np.full(int(mine.sum()), rank.get(key[1], 50), dtype=np.int64))
        return np.concatenate(near), np.concatenate(far), np.concatenate(ranks)

    def totals(self, parts: Iterable[ListKey], *, stances: Collection[str]) -> dict[str, tuple[int, int]]:
        """(weight of its stances, weight of all its edges) of each entity that has an edge in these lists."""
        size = len(self.codes.ids)
        everything, stance = np.zeros(size, dtype=np.int64), np.zeros(size, dtype=np.int64)
        for key in parts:
            edges = self.lists.get(key)
            if edges is None or not edges.size:
                continue
            weight = np.where(edges.alive, edges.weight, 0)
            for end in (edges.source, edges.target):
                summed = np.bincount(end, weights=weight, minlength=size).astype(np.int64)
                everything += summed
                if key[1] in stances:
                    stance += summed
        has = np.zeros(size, dtype=bool)
        for key in parts:
            edges = self.lists.get(key)
            if edges is not None and edges.size:
                has[edges.source[edges.alive]] = True
                has[edges.target[edges.alive]] = True
        ids = self.codes.ids
        return {ids[c]: (int(stance[c]), int(everything[c])) for c in np.flatnonzero(has).tolist()}

    def _keys(self, found: list[Found]) -> np.ndarray:
        """One int64 per edge, over all the lists one after the other, that sorts as (weight descending, source
        name, target name, relation)."""
        bits = max(1, len(self.rank).bit_length())
        heaviest = max((int(w.max()) for *_, w in found if len(w)), default=0)
        keys = [np.zeros(0, dtype=np.int64)]
        for (_, relation), edges, positions, weights in found:
            source = self.rank[edges.source[positions]].astype(np.int64)
            target = self.rank[edges.target[positions]].astype(np.int64)
            keys.append(((heaviest - weights.astype(np.int64)) << (2 * bits + 3)) | (source << (bits + 3))
                        | (target << 3) | RELATION_ORDER[relation])
        return np.concatenate(keys)

    def _backbone_keys(self, found: list[Found]) -> np.ndarray:
        """One int64 per edge that sorts as (weight descending, co-mention last, source id, target id, relation)."""
        order = self._id_order()
        bits = max(1, len(order).bit_length())
        heaviest = max((int(w.max()) for *_, w in found if len(w)), default=0)
        keys = [np.zeros(0, dtype=np.int64)]
        for (_, relation), edges, positions, weights in found:
            source = order[edges.source[positions]].astype(np.int64)
            target = order[edges.target[positions]].astype(np.int64)
            keys.append(((heaviest - weights.astype(np.int64)) << (2 * bits + 4)) | (int(relation == "co_mention")
                                                                                     << (2 * bits + 3))
                        | (source << (bits + 3)) | (target << 3) | RELATION_ORDER[relation])
        return np.concatenate(keys)

    def _id_order(self) -> np.ndarray:
        """Each code's place in the order of the entity ids."""
        ids = self.codes.ids
        order = np.empty(len(ids), dtype=np.int64)
        order[np.argsort(np.array(ids, dtype=object), kind="stable")] = np.arange(len(ids))
        return order

    @staticmethod
    def _ranked(keys: np.ndarray, offset: int, limit: int) -> np.ndarray:
        """Indices of one page (offset, limit) of the keys, in their order."""
        wanted = min(len(keys), offset + limit)
        if wanted <= offset:
            return np.zeros(0, dtype=np.int64)
        chosen = np.argpartition(keys, wanted - 1)[:wanted] if wanted < len(keys) else np.arange(len(keys))
        return chosen[np.argsort(keys[chosen], kind="stable")][offset:]


def _ranks(conn: sqlite3.Connection, codes: Codes) -> np.ndarray:
    """Each code's place in the order of the entities' folded names (ties by id); -1 when no entity has it."""
    entities = sorted(conn.execute("SELECT folded, id FROM entities"))
    for _, eid in entities:
        codes.code(eid)
    rank = np.full(len(codes.ids), -1, dtype=np.int64)
    rank[[codes.of[eid] for _, eid in entities]] = np.arange(len(entities), dtype=np.int64)
    return rank


class EdgeIndexCache:
    """The edge index of the last few versions of one store, for a server's requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[int, EdgeIndex] = {}
        self._codes = Codes()

    def at(self, conn: sqlite3.Connection) -> EdgeIndex:
        """The index of the version `conn`'s read transaction sees."""
        version = graph_version(conn)
        found = self._versions.get(version)
        if found is not None:
            return found
        with self._lock:
            found = self._versions.get(version)
            if found is not None:
                return found
            newest = max(self._versions.values(), key=lambda p: p.version, default=None)
            if newest is not None and newest.version < version:
                found = newest.advanced(conn)
            else:
                found = EdgeIndex.load(conn, codes=self._codes)
            self._versions[version] = found
            for old in sorted(self._versions)[:-KEEP]:
                del self._versions[old]
            return found
