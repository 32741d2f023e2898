"""One palette: the page fetches web/static/palette.json, and the exports read the same file."""

from __future__ import annotations

import json
import re

from web.palette import PALETTE_FILE, load_palette, rgb

STATIC = PALETTE_FILE.parent


def test_the_page_holds_no_colour_of_the_legend() -> None:
    raw = json.loads(PALETTE_FILE.read_text(encoding="utf-8"))
    legend = {r["color"] for r in raw["relations"]} | {c for t in [*raw["types"], raw["other_type"]]
                                                         for c in (t["color"], t["border"])}
    page = (STATIC / "explorer.js").read_text(encoding="utf-8").lower()
    assert not {c for c in legend if c.lower() in page}
    assert "/static/palette.json" in page


def test_palette_for_python() -> None:
    palette = load_palette()
    assert palette.node_color("STATE") == "#2b5c8a" and palette.node_color("EVENT") == palette.other_type_color
    assert palette.edge_color("opposes") == "#d1495b"
    assert palette.edge_color("hugs") == palette.edge_color("co_mention")
    assert palette.edge_width("supports", 1) == 1.6 and palette.edge_width("supports", 1024) == 7
    assert palette.edge_width("affiliated_with", 50) == 1.2
    assert palette.edge_width("co_mention", 4) == 1.4
    assert palette.undirected == {"co_mention"}
    assert palette.node_sizes({"a": 0, "b": 1, "c": 11, "d": 21}) == {"a": 9, "b": 9, "c": 24.5, "d": 40}
    assert palette.node_sizes({"a": 5, "b": 5}) == {"a": 24.5, "b": 24.5}  # vis-network: all the same -> middle
    assert palette.node_sizes({}) == {}
    assert rgb("#D1495B") == (209, 73, 91)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in palette.relation_colors.values())
