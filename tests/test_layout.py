"""graph/layout.py: deterministic, seeded ForceAtlas2 positions that show the graph's structure."""

from __future__ import annotations

import math
from itertools import combinations

import networkx as nx
import pytest

from graph.layout import layout


def distance(pos: dict, a: object, b: object) -> float:
    return math.dist(pos[a], pos[b])


def two_communities() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for group in ("a", "b"):
        for i, j in combinations(range(6), 2):
            graph.add_edge(f"{group}{i}", f"{group}{j}", key="supports")
    graph.add_edge("a0", "b0", key="opposes")
    return graph


def test_same_graph_same_positions_whatever_the_order() -> None:
    graph = two_communities()
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(sorted(graph, reverse=True))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True))))
    assert layout(graph) == layout(graph) == layout(shuffled)
    assert layout(graph, seed=1) != layout(graph, seed=2)


def test_communities_lie_apart() -> None:
    pos = layout(two_communities())
    inside = [distance(pos, f"{g}{i}", f"{g}{j}") for g in "ab" for i, j in combinations(range(6), 2)]
    across = [distance(pos, f"a{i}", f"b{j}") for i in range(6) for j in range(6)]
    assert max(inside) < min(across)


def test_a_stronger_spring_pulls_closer() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", weight=20)
    graph.add_edge("b", "c", weight=1)
    graph.add_edge("c", "d", weight=1)
    pos = layout(graph, weight="weight")
    assert distance(pos, "a", "b") < distance(pos, "b", "c")
    parallel = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "a"), ("a", "b"), ("b", "c"), ("c", "d"), ("c", "c")])
    pos = layout(parallel)  # each edge is a spring; a self-loop is none
    assert distance(pos, "a", "b") < distance(pos, "b", "c")


def test_scale_centre_and_small_cases() -> None:
    graph = two_communities()
    graph.add_node("lonely")
    pos = layout(graph, scale=100)
    assert max(max(abs(x), abs(y)) for x, y in pos.values()) == pytest.approx(100, abs=0.01)
    assert abs(sum(x for x, _ in pos.values()) / len(pos)) < 0.5
    assert all(math.isfinite(c) for xy in pos.values() for c in xy)
    default = layout(graph)
    assert max(max(abs(x), abs(y)) for x, y in default.values()) == pytest.approx(50 * math.sqrt(len(graph)), abs=0.01)
    assert layout(nx.MultiDiGraph()) == {}
    assert layout(nx.MultiDiGraph([("x", "x")])) == {"x": (0.0, 0.0)}
    assert set(layout(nx.path_graph(3), iterations=0)) == {0, 1, 2}


def test_spread_parts_nodes_that_are_too_close() -> None:
    from graph.layout import spread

    placed = spread({"a": (0.0, 0.0), "b": (0.0, 0.0), "c": (1.0, 0.0), "d": (500.0, 0.0)}, gap=50.0, rounds=200)
    names = sorted(placed)
    assert all(((placed[p][0] - placed[q][0]) ** 2 + (placed[p][1] - placed[q][1]) ** 2) ** 0.5 >= 49
               for i, p in enumerate(names) for q in names[i + 1:])
    assert placed == spread({"a": (0.0, 0.0), "b": (0.0, 0.0), "c": (1.0, 0.0), "d": (500.0, 0.0)}, gap=50.0,
                            rounds=200)
