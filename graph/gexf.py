"""GEXF for Gephi: dates for its timeline, and the explorer's colours, sizes and positions.

Every dated node and edge has `start` / `end` (its first and last evidence). An edge whose evidence stops for
more than `spell_gap_days` and comes back also has `spells`, one per period; a node's spells are those of its
edges, merged. Gephi uses the spells where there are any and `start` / `end` elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from typing import BinaryIO

import networkx as nx

from graph.contract import contract_view
from graph.ids import edge_ids
from graph.style import edge_look, node_looks
from web.palette import rgb

SPELL_GAP_DAYS = 30
Spell = tuple[str, str]


def spells(dates: Iterable[str | None], *, gap_days: int = SPELL_GAP_DAYS) -> list[Spell]:
    """ISO dates -> periods: a silence of more than `gap_days` between two dates ends a period."""
    return merge_spells(((d, d) for d in dates if d), gap_days=gap_days)


def merge_spells(periods: Iterable[Spell], *, gap_days: int = SPELL_GAP_DAYS) -> list[Spell]:
    """Periods that overlap or lie at most `gap_days` apart become one."""
    merged: list[list[dt.date]] = []
    for start, end in sorted((dt.date.fromisoformat(s), dt.date.fromisoformat(e)) for s, e in periods):
        if merged and (start - merged[-1][1]).days <= gap_days:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start.isoformat(), end.isoformat()) for start, end in merged]


def _edge_spells(data: Mapping, gap_days: int) -> list[Spell]:
    items = data.get("items")
    if isinstance(items, list) and items:
        return spells((item.get("date") for item in items), gap_days=gap_days)
    first, last = data.get("first_seen"), data.get("last_seen")
    return merge_spells([(first or last, last or first)], gap_days=gap_days) if first or last else []


def _dated(attrs: dict, periods: list[Spell]) -> dict:
    if periods:
        attrs["start"], attrs["end"] = periods[0][0], periods[-1][1]
        if len(periods) > 1:
            attrs["spells"] = periods
    return attrs


def _color(hex_color: str) -> dict[str, float]:
    r, g, b = rgb(hex_color)
    return {"r": r, "g": g, "b": b, "a": 1.0}


def gexf_view(graph: nx.MultiDiGraph, *, seed: int = 7, spell_gap_days: int = SPELL_GAP_DAYS) -> nx.MultiDiGraph:
    """The contract's attributes plus what networkx's GEXF writer turns into dates and viz elements."""
    view = contract_view(graph)
    ids = edge_ids(view)
    node_periods: dict[Hashable, list[Spell]] = defaultdict(list)
    edges = []
    for u, v, key, data in view.edges(keys=True, data=True):
        periods = _edge_spells(graph.edges[u, v, key], spell_gap_days)
        node_periods[u] += periods
        node_periods[v] += periods
        look = edge_look(data)
        edges.append((u, v, key, _dated({**data, "id": ids[(u, v, key)],
                                          "viz": {"color": _color(look.color), "thickness": look.width}}, periods)))
    looks = node_looks(view, seed=seed)
    out = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        look = looks[node]
        viz = {"color": _color(look.color), "size": look.size, "position": {"x": look.x, "y": look.y, "z": 0.0}}
        out.add_node(node, **_dated({**data, "viz": viz},
                                    merge_spells(node_periods[node], gap_days=spell_gap_days)))
    for u, v, key, attrs in edges:
        out.add_edge(u, v, key=key, **attrs)
    return out


def write_gexf(graph: nx.MultiDiGraph, out: BinaryIO, *, seed: int = 7,
               spell_gap_days: int = SPELL_GAP_DAYS) -> None:
    nx.write_gexf(gexf_view(graph, seed=seed, spell_gap_days=spell_gap_days), out)
