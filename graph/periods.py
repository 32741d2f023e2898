"""Edges weighed in a period, in memory.

For each list of edges the store keeps (one level and relation), every edge's ends and the days of its dated
evidence (`edges.days`, see `graph.aggregate`) are held as flat numpy arrays. Weighing a whole relation in a
period is then one pass over those arrays (milliseconds at 10,000 articles), not a sum over its evidence
items in SQL; ranking the result is a partial sort of one integer key per edge.

A `PeriodIndex` is one version of the store. It is loaded once from the `edges` table and then brought
forward a version at a time from the store's `edge_log` (`graph.changes`): edges rewritten since are appended
and their old positions marked dead; the arrays are compacted when too many are.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from graph.aggregate import day_iso
from graph.changes import changes_since, graph_version

ListKey = tuple[str, str]  # (level as stored, relation)
RELATION_ORDER = {r: i for i, r in enumerate(sorted(
    ("co_mention", "supports", "opposes", "participates_in", "declines", "affiliated_with")))}
COMPACT_SHARE = 0.25  # compact a list when this share of its positions is dead or appended since its load
KEEP = 4  # versions kept at once (requests that began before the last writes still read theirs)


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


@dataclass(frozen=True)
class EdgeList:
    """The edges of one level and relation: positions 0..n-1 with their ends and day segments; a position
    whose edge changed or went away since the arrays were built is dead."""

    source: np.ndarray  # entity codes (int32)
    target: np.ndarray
    alive: np.ndarray  # bool
    offsets: np.ndarray  # int64, n + 1: position p's days are days[offsets[p]:offsets[p + 1]]
    days: np.ndarray  # int32: YYYYMMDD * 2 + lifted, sorted within each position
    sorted_keys: np.ndarray  # int64 source << 32 | target of the positions built at once, sorted
    sorted_positions: np.ndarray  # their positions
    appended: dict[int, int]  # key -> position, for positions appended since

    @classmethod
    def build(cls, sources: Sequence[int], targets: Sequence[int], blobs: Sequence[bytes]) -> EdgeList:
        source = np.asarray(sources, dtype=np.int32)
        target = np.asarray(targets, dtype=np.int32)
        offsets = np.zeros(len(blobs) + 1, dtype=np.int64)
        np.cumsum([len(b) // 4 for b in blobs], out=offsets[1:])
        days = np.frombuffer(b"".join(blobs), dtype="<i4").astype(np.int32, copy=False)
        keys = (source.astype(np.int64) << 32) | target
        order = np.argsort(keys, kind="stable")
        return cls(source, target, np.ones(len(blobs), dtype=bool), offsets, days, keys[order],
                   order.astype(np.int64), {})

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

    def patched(self, changes: Sequence[tuple[int, int, bytes | None]]) -> EdgeList:
        """This list with some edges rewritten (days given) or gone (None)."""
        alive = self.alive.copy()
        appended = dict(self.appended)
        sources, targets, blobs = [], [], []
        for source, target, blob in changes:
            old = self.find(source, target)
            if old is not None:
                alive[old] = False
            if blob is not None:
                appended[(source << 32) | target] = self.size + len(blobs)
                sources.append(source)
                targets.append(target)
                blobs.append(blob)
        if not blobs:
            return EdgeList(self.source, self.target, alive, self.offsets, self.days, self.sorted_keys,
                            self.sorted_positions, appended)
        extra = EdgeList.build(sources, targets, blobs)
        patched = EdgeList(
            np.concatenate([self.source, extra.source]), np.concatenate([self.target, extra.target]),
            np.concatenate([alive, extra.alive]), np.concatenate([self.offsets[:-1], extra.offsets + self.offsets[-1]]),
            np.concatenate([self.days, extra.days]), self.sorted_keys, self.sorted_positions, appended)
        dead = patched.size - int(patched.alive.sum())
        return patched.compacted() if dead + len(appended) > COMPACT_SHARE * patched.size else patched

    def compacted(self) -> EdgeList:
        keep = np.flatnonzero(self.alive)
        starts, ends = self.offsets[keep], self.offsets[keep + 1]
        return EdgeList.build(self.source[keep].tolist(), self.target[keep].tolist(),
                              [self.days[s:e].tobytes() for s, e in zip(starts.tolist(), ends.tolist(), strict=True)])

    # -- weighing ----------------------------------------------------------------------------------------
    def select(self, *, source: int | None, target: int | None, among: np.ndarray | None) -> np.ndarray:
        """Live positions from / to one entity, or among some (a membership array over codes)."""
        mask = self.alive.copy()
        if source is not None:
            mask &= self.source == source
        if target is not None:
            mask &= self.target == target
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
class Weighed:
    """One edge weighed in a period."""

    level: str  # as stored
    relation: str
    source: str
    target: str
    weight: int
    first_seen: str
    last_seen: str
    lifted: bool


class PeriodIndex:
    """Every edge list of one version of the store, with the entities' name order of that version."""

    def __init__(self, version: int, lists: dict[ListKey, EdgeList], codes: Codes, rank: np.ndarray) -> None:
        self.version = version
        self.lists = lists
        self.codes = codes
        self.rank = rank  # per code: position in the entities' name order; -1 for no entity

    @classmethod
    def load(cls, conn: sqlite3.Connection, *, codes: Codes | None = None) -> PeriodIndex:
        """Every edge of the store as `conn` sees it (call inside a read transaction)."""
        codes = codes or Codes()
        version = graph_version(conn)
        grouped: dict[ListKey, tuple[list[int], list[int], list[bytes]]] = {}
        code = codes.code
        for level, relation, source, target, days in conn.execute(
                "SELECT level, relation, source, target, days FROM edges"):
            part = grouped.get((level, relation))
            if part is None:
                part = grouped[(level, relation)] = ([], [], [])
            part[0].append(code(source))
            part[1].append(code(target))
            part[2].append(days)
        lists = {key: EdgeList.build(*part) for key, part in grouped.items()}
        return cls(version, lists, codes, _ranks(conn, codes))

    def advanced(self, conn: sqlite3.Connection) -> PeriodIndex:
        """This index brought to the version `conn` sees, from the store's log of changed edges."""
        version = graph_version(conn)
        if version == self.version:
            return self
        changed = changes_since(conn, self.version) if version > self.version else None
        if changed is None:
            return PeriodIndex.load(conn, codes=self.codes)
        by_list: dict[ListKey, list[tuple[int, int, bytes | None]]] = {}
        for level, relation, source, target in sorted(changed):
            row = conn.execute("SELECT days FROM edges WHERE level = ? AND relation = ? AND source = ? "
                               "AND target = ?", (level, relation, source, target)).fetchone()
            by_list.setdefault((level, relation), []).append(
                (self.codes.code(source), self.codes.code(target), row[0] if row else None))
        lists = dict(self.lists)
        for key, changes in by_list.items():
            base = lists.get(key)
            if base is None:
                base = EdgeList.build([], [], [])
            lists[key] = base.patched(changes)
        return PeriodIndex(version, lists, self.codes, _ranks(conn, self.codes))

    # -- questions ---------------------------------------------------------------------------------------
    def weigh(self, parts: Iterable[ListKey], *, since: int, until: int, source: str | None = None,
              target: str | None = None, among: Sequence[str] | None = None, min_weight: float = 0,
              limit: int | None = None, offset: int = 0, ordered: bool = True) -> tuple[int, list[Weighed]]:
        """Edges of these lists with evidence dated in [since, until] (YYYYMMDD numbers), weighed by it, from /
        to one entity or among some; heaviest first, then by the ends' names and the relation (`limit` /
        `offset`: one page of them; `ordered=False`: all of them in no order). Returns (how many there are, the
        rows)."""
        lo, hi = since * 2, until * 2 + 1
        ends = {}
        for name, eid in (("source", source), ("target", target)):
            if eid is not None:
                code = self.codes.of.get(eid)
                if code is None:
                    return 0, []
                ends[name] = code
        member = None
        if among is not None:
            member = np.zeros(len(self.codes.ids), dtype=bool)
            member[[c for c in map(self.codes.of.get, among) if c is not None]] = True
        found: list[tuple[ListKey, EdgeList, np.ndarray, np.ndarray]] = []
        for key in parts:
            edges = self.lists.get(key)
            if edges is None or not edges.size:
                continue
            positions = edges.select(source=ends.get("source"), target=ends.get("target"), among=member)
            counts = edges.counts(positions, lo, hi)
            keep = (counts > 0) & (counts >= min_weight)
            keep &= (self.rank[edges.source[positions]] >= 0) & (self.rank[edges.target[positions]] >= 0)
            found.append((key, edges, positions[keep], counts[keep]))
        sizes = np.array([len(p) for *_, p, _ in found], dtype=np.int64)
        if limit is None and ordered:
            limit, offset = int(sizes.sum()), 0
        if limit is None:
            which = np.repeat(np.arange(len(found)), sizes)
            index = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        else:
            ranked = self._ranked(found, offset, limit)
            which = np.searchsorted(np.cumsum(sizes), ranked, side="right")
            index = ranked - (np.cumsum(sizes) - sizes)[which]
        rows: dict[int, list[Weighed]] = {}
        ids = self.codes.ids
        for i in np.unique(which).tolist():
            (level, relation), edges, positions, counts = found[i]
            picked = index[which == i]
            positions, counts = positions[picked], counts[picked]
            first, last, lifted = edges.spans(positions, lo, hi)
            rows[i] = [Weighed(level, relation, ids[s], ids[t], n, day_iso(f), day_iso(la), li)
                       for s, t, n, f, la, li in zip(edges.source[positions].tolist(), edges.target[positions].tolist(),
                                                     counts.tolist(), first.tolist(), last.tolist(), lifted.tolist(),
                                                     strict=True)]
        taken = dict.fromkeys(rows, 0)
        out = []
        for i in which.tolist():
            out.append(rows[i][taken[i]])
            taken[i] += 1
        return int(sizes.sum()), out

    def _keys(self, found: list[tuple[ListKey, EdgeList, np.ndarray, np.ndarray]]) -> np.ndarray:
        """One int64 per edge, over all the lists one after the other, that sorts as (weight descending, source
        name, target name, relation)."""
        bits = max(1, len(self.rank).bit_length())
        heaviest = max((int(c.max()) for *_, c in found if len(c)), default=0)
        keys = [np.zeros(0, dtype=np.int64)]
        for (_, relation), edges, positions, counts in found:
            source = self.rank[edges.source[positions]].astype(np.int64)
            target = self.rank[edges.target[positions]].astype(np.int64)
            keys.append(((heaviest - counts.astype(np.int64)) << (2 * bits + 3)) | (source << (bits + 3))
                        | (target << 3) | RELATION_ORDER[relation])
        return np.concatenate(keys)

    def _ranked(self, found: list, offset: int, limit: int) -> np.ndarray:
        """Indices (over all the lists one after the other) of one page of edges, in order."""
        keys = self._keys(found)
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


class PeriodCache:
    """The period index of the last few versions of one store, for a server's requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[int, PeriodIndex] = {}
        self._codes = Codes()

    def at(self, conn: sqlite3.Connection) -> PeriodIndex:
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
                found = PeriodIndex.load(conn, codes=self._codes)
            self._versions[version] = found
            for old in sorted(self._versions)[:-KEEP]:
                del self._versions[old]
            return found
