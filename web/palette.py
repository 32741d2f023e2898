"""The explorer's legend for Python: colours and sizes the GEXF and graphology exports share with the page.

The one source is `web/static/palette.json`; the page fetches the same file, so a colour changed there changes
the page and every export together.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

PALETTE_FILE = Path(__file__).resolve().parent / "static" / "palette.json"
FALLBACK_RELATION = "co_mention"  # the explorer draws an unknown relation like this one

K = TypeVar("K")


@dataclass(frozen=True)
class Width:
    base: float
    per_doubling: float
    max: float

    def of(self, weight: float) -> float:
        return min(self.max, self.base + self.per_doubling * math.log2(max(float(weight), 1.0)))


@dataclass(frozen=True)
class Palette:
    relation_colors: Mapping[str, str]
    relation_widths: Mapping[str, Width]
    undirected: frozenset[str]  # relations drawn without an arrow
    type_colors: Mapping[str, str]
    other_type_color: str
    size_min: float
    size_max: float

    def node_color(self, entity_type: str) -> str:
        return self.type_colors.get(entity_type, self.other_type_color)

    def edge_color(self, relation: str) -> str:
        return self.relation_colors.get(relation, self.relation_colors[FALLBACK_RELATION])

    def edge_width(self, relation: str, weight: float) -> float:
        width = self.relation_widths.get(relation, self.relation_widths[FALLBACK_RELATION])
        return round(width.of(weight), 2)

    def node_sizes(self, mentions: Mapping[K, float]) -> dict[K, float]:
        """Sizes as vis-network scales them over the nodes shown: linear in mentions from min to max."""
        values = {node: max(1.0, float(m)) for node, m in mentions.items()}
        if not values:
            return {}
        low, high = min(values.values()), max(values.values())
        span = self.size_max - self.size_min
        return {node: round(self.size_min + (span * (v - low) / (high - low) if high > low else span / 2), 2)
                for node, v in values.items()}


def rgb(color: str) -> tuple[int, int, int]:
    """'#d1495b' -> (209, 73, 91)."""
    value = color.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _width(spec: dict[str, Any]) -> Width:
    return Width(float(spec["base"]), float(spec["per_doubling"]), float(spec["max"]))


@lru_cache(maxsize=4)
def load_palette(path: Path = PALETTE_FILE) -> Palette:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Palette(
        relation_colors={r["id"]: r["color"] for r in raw["relations"]},
        relation_widths={r["id"]: _width(r["width"]) for r in raw["relations"]},
        undirected=frozenset(r["id"] for r in raw["relations"] if r.get("directed") is False),
        type_colors={t["id"]: t["color"] for t in raw["types"]},
        other_type_color=raw["other_type"]["color"],
        size_min=float(raw["node_size"]["min"]),
        size_max=float(raw["node_size"]["max"]),
    )
