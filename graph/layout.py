"""Positions for drawing the graph: ForceAtlas2 (Jacomy et al. 2014, PLoS ONE 9(6): e98679) in numpy.

Pure and deterministic: the same graph and seed give the same positions, whatever order nodes and edges were
added in. Every parallel or reciprocal edge between two nodes is one more spring between them (as in the
explorer, which draws each edge); `weight` names an edge attribute to use as the spring's strength instead.
Repulsion is exact and computed in blocks of rows, so memory stays bounded; its time grows with the square of
the node count (a few seconds for a few thousand nodes).
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

BLOCK_CELLS = 1_000_000  # node pairs per block of the repulsion sum
MIN_SPEED_EFFICIENCY = 0.05
MAX_RISE = 0.5


def default_iterations(n: int) -> int:
    """As many as the explorer's stabilisation runs: more for small graphs, at least 120."""
    return int(max(120, min(400, 60_000 // max(n, 1))))


def layout(graph: nx.Graph, *, seed: int = 7, iterations: int | None = None, weight: str | None = None,
           gravity: float = 0.1, scaling: float = 2.0, scale: float | None = None,
           ) -> dict[Hashable, tuple[float, float]]:
    """Node -> (x, y), centred on 0, the farthest node `scale` from the centre on either axis
    (default 50·√n, so the drawing grows with the graph as the explorer's does)."""
    nodes = sorted(graph.nodes, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    sources, targets, strengths = _springs(graph, nodes, weight)
    mass = 1.0 + np.bincount(sources, minlength=n) + np.bincount(targets, minlength=n)
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)) * np.sqrt(n)
    previous = np.zeros_like(pos)
    speed, efficiency = 1.0, 1.0
    for _ in range(default_iterations(n) if iterations is None else iterations):
        force = (_repulsion(pos, mass, scaling) + _attraction(pos, sources, targets, strengths)
                 + _gravity(pos, mass, scaling * gravity))
        swinging = mass * np.linalg.norm(force - previous, axis=1)
        traction = mass * np.linalg.norm(force + previous, axis=1) / 2
        speed, efficiency = _adapt_speed(n, float(swinging.sum()), float(traction.sum()), speed, efficiency)
        pos += force * (speed / (1.0 + np.sqrt(speed * swinging)))[:, None]
        previous = force
    return _normalised(nodes, pos, 50.0 * np.sqrt(n) if scale is None else scale)


def _springs(graph: nx.Graph, nodes: list, weight: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One spring per node pair (self-loops dropped), its strength summed over the edges between them."""
    index = {node: i for i, node in enumerate(nodes)}
    pairs: dict[tuple[int, int], float] = {}
    for u, v, data in graph.edges(data=True):
        i, j = sorted((index[u], index[v]))
        if i != j:
            pairs[(i, j)] = pairs.get((i, j), 0.0) + (float(data.get(weight, 1.0)) if weight else 1.0)
    ordered = sorted(pairs)
    sources = np.array([i for i, _ in ordered], dtype=np.intp)
    targets = np.array([j for _, j in ordered], dtype=np.intp)
    return sources, targets, np.array([pairs[p] for p in ordered], dtype=float)


def _repulsion(pos: np.ndarray, mass: np.ndarray, scaling: float) -> np.ndarray:
    """Every pair pushes apart with scaling·m_i·m_j / distance."""
    n = len(pos)
    x, y = pos[:, 0], pos[:, 1]
    out = np.empty_like(pos)
    block = max(1, BLOCK_CELLS // n)
    for start in range(0, n, block):
        stop = min(n, start + block)
        dx = x[start:stop, None] - x[None, :]
        dy = y[start:stop, None] - y[None, :]
        d2 = dx * dx + dy * dy
        d2[np.arange(stop - start), np.arange(start, stop)] = np.inf  # no force on itself
        np.maximum(d2, 1e-12, out=d2)
        pull = mass[None, :] / d2
        factor = scaling * mass[start:stop]
        out[start:stop, 0] = np.einsum("ij,ij->i", pull, dx) * factor
        out[start:stop, 1] = np.einsum("ij,ij->i", pull, dy) * factor
    return out


def _attraction(pos: np.ndarray, sources: np.ndarray, targets: np.ndarray, strengths: np.ndarray) -> np.ndarray:
    """Linked nodes pull together with strength·distance."""
    n = len(pos)
    pull = (pos[sources] - pos[targets]) * strengths[:, None]
    out = np.empty_like(pos)
    for axis in (0, 1):
        out[:, axis] = np.bincount(targets, pull[:, axis], minlength=n) - np.bincount(sources, pull[:, axis],
                                                                                       minlength=n)
    return out


def _gravity(pos: np.ndarray, mass: np.ndarray, strength: float) -> np.ndarray:
    """A pull towards the centre of strength·mass·distance (ForceAtlas2's "strong gravity", as in the explorer's
    vis-network solver), so that islands and lone nodes stay near the rest instead of drifting away."""
    return -pos * (strength * mass)[:, None]


def _adapt_speed(n: int, swinging: float, traction: float, speed: float, efficiency: float) -> tuple[float, float]:
    """ForceAtlas2's global speed: as fast as the nodes allow without oscillating."""
    if traction <= 0:
        return speed, efficiency
    optimal_jitter = 0.05 * np.sqrt(n)
    jitter = max(np.sqrt(optimal_jitter), min(10.0, optimal_jitter * traction / n**2))
    if swinging / traction > 2.0:
        efficiency = efficiency * 0.5 if efficiency > MIN_SPEED_EFFICIENCY else efficiency
        jitter = max(jitter, 1.0)
    target = jitter * efficiency * traction / swinging if swinging > 0 else speed * (1 + MAX_RISE)
    if swinging > jitter * traction:
        efficiency = efficiency * 0.7 if efficiency > MIN_SPEED_EFFICIENCY else efficiency
    elif speed < 1000:
        efficiency *= 1.3
    return speed + min(target - speed, MAX_RISE * speed), efficiency


def _normalised(nodes: list, pos: np.ndarray, scale: float) -> dict[Hashable, tuple[float, float]]:
    pos = pos - pos.mean(axis=0)
    extent = float(np.abs(pos).max())
    if extent > 0:
        pos = pos * (scale / extent)
    return {node: (round(float(x), 2), round(float(y), 2)) for node, (x, y) in zip(nodes, pos, strict=True)}


def spread(positions: dict[Hashable, tuple[float, float]], *, gap: float, rounds: int = 60
           ) -> dict[Hashable, tuple[float, float]]:
    """The same drawing with no two nodes closer than `gap` (so their labels can be read): pairs that are too
    close are pushed apart along the line between them, a little each round; deterministic."""
    nodes = sorted(positions, key=str)
    if len(nodes) < 2:
        return dict(positions)
    pos = np.array([positions[n] for n in nodes], dtype=float)
    n = len(nodes)
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=2))
        np.fill_diagonal(dist, 2 * gap)  # a node never pushes itself
        close = dist < gap
        if not close.any():
            break
        same = dist < 1e-9  # on top of each other: part them along the x axis, the first one leftwards
        if same.any():
            order = np.where(np.arange(n)[:, None] < np.arange(n)[None, :], -1.0, 1.0)
            delta[same] = np.stack([order, np.zeros_like(order)], axis=-1)[same]
        dist = np.maximum(dist, 1.0)
        push = np.where(close, (gap - dist) / (2 * dist), 0.0)
        pos += (delta * push[:, :, None]).sum(axis=1) / max(1.0, np.sqrt(n) / 4)
    return {node: (round(float(x), 2), round(float(y), 2)) for node, (x, y) in zip(nodes, pos, strict=True)}
