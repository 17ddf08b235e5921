"""A cheap starting layout: each bloc (or honour) with its bodies on rings around it.

The graph page's physics then only has to relax this layout, not untangle a
random one, so a page of thousands of nodes settles in a few seconds. Every
bloc, cluster and honour is an *anchor*; every other node goes round the
anchor it shares most edges with; the groups, biggest first, sit on a
sunflower spiral whose spacing grows with their size. Pure and
deterministic: the same graph always gets the same positions, with no
numpy needed.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("K", kind="bloc")
>>> g.add_edges_from([("A", "K"), ("B", "K"), ("C", "K")])
[0, 0, 0]
>>> pos = initial_layout(g, spacing=50)
>>> pos["K"]
(0.0, 0.0)
>>> sorted(round((x * x + y * y) ** 0.5) for n, (x, y) in pos.items() if n != "K")
[60, 60, 60]
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Hashable

import networkx as nx

__all__ = ["initial_layout", "ANCHOR_KINDS"]

#: Node kinds that anchor a group.
ANCHOR_KINDS = ("bloc", "cluster", "honour")

_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def _rings(count: int, spacing: float) -> list[tuple[float, float]]:
    """Offsets of ``count`` nodes on concentric rings, ``spacing`` apart along and across rings."""
    out: list[tuple[float, float]] = []
    ring = 1
    while len(out) < count:
        radius = spacing * 1.2 * ring
        fits = max(6, int(2 * math.pi * radius / spacing))
        take = min(fits, count - len(out))
        for i in range(take):
            angle = 2 * math.pi * i / take + ring * 0.5
            out.append((radius * math.cos(angle), radius * math.sin(angle)))
        ring += 1
    return out


def initial_layout(graph: nx.Graph, spacing: float = 60.0) -> dict[Hashable, tuple[float, float]]:
    """Starting positions (x, y) for every node of ``graph``, ``spacing`` apart within a group."""
    order = {node: i for i, node in enumerate(sorted(graph, key=str))}
    anchors = [n for n in graph if graph.nodes[n].get("kind") in ANCHOR_KINDS]
    anchor_set = set(anchors)
    groups: dict[Hashable, list[Hashable]] = {a: [] for a in anchors}
    loners = []
    for node in sorted(graph, key=order.__getitem__):
        if node in anchor_set:
            continue
        ends = [v for _, v in graph.edges(node)]
        if graph.is_directed():
            ends += [u for u, _ in graph.in_edges(node)]
        counts = Counter(n for n in ends if n in anchor_set)
        if counts:
            home = max(counts, key=lambda a: (counts[a], -order[a]))
            groups[home].append(node)
        else:
            loners.append(node)
    placed = [(anchor, members) for anchor, members in groups.items()] + [(node, []) for node in loners]
    placed.sort(key=lambda g: (-len(g[1]), order[g[0]]))
    positions: dict[Hashable, tuple[float, float]] = {}
    area = 0.0
    for k, (anchor, members) in enumerate(placed):
        offsets = _rings(len(members), spacing)
        radius = max((math.hypot(x, y) for x, y in offsets), default=0.0) + spacing
        own = math.pi * radius * radius
        distance = 0.0 if k == 0 else math.sqrt((area + own / 2) / math.pi) * 1.15
        area += own
        cx, cy = distance * math.cos(k * _GOLDEN_ANGLE), distance * math.sin(k * _GOLDEN_ANGLE)
        positions[anchor] = (round(cx, 1), round(cy, 1))
        for member, (dx, dy) in zip(members, offsets):
            positions[member] = (round(cx + dx, 1), round(cy + dy, 1))
    return positions
