"""A cheap starting layout: each bloc (or honour) with its bodies on rings around it.

The graph page's physics then only has to relax this layout, not untangle a
random one, so a page of thousands of nodes settles in a few seconds. Every
bloc, cluster and honour is an *anchor*; every other node goes round the
anchor it shares most edges with; the groups, biggest first, go out along
a sunflower spiral until they overlap no group placed before, and nodes on
their own (edgeless honours, say) ring the groups. Pure and deterministic: the same graph always gets the same positions, with no
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
>>> initial_layout(nx.MultiDiGraph([("a", "b")]))  # no anchor: on their own
{'a': (0.0, 0.0), 'b': (-28.5, 26.1)}
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
    groups_with_members = sorted(((a, m) for a, m in groups.items() if m), key=lambda g: (-len(g[1]), order[g[0]]))
    singles = sorted([a for a, m in groups.items() if not m] + loners, key=order.__getitem__)
    positions: dict[Hashable, tuple[float, float]] = {}
    circles: list[tuple[float, float, float]] = []
    area = 0.0
    for k, (anchor, members) in enumerate(groups_with_members):
        offsets = _rings(len(members), spacing)
        radius = max(math.hypot(x, y) for x, y in offsets) + spacing / 2
        distance = math.sqrt(area / math.pi)
        angle = k * _GOLDEN_ANGLE
        while True:  # outward along the spiral's ray until clear of the groups already placed
            cx, cy = distance * math.cos(angle), distance * math.sin(angle)
            if all(math.hypot(cx - x, cy - y) >= radius + r for x, y, r in circles):
                break
            distance += spacing / 2
        circles.append((cx, cy, radius))
        area += math.pi * radius * radius
        positions[anchor] = (round(cx, 1), round(cy, 1))
        for member, (dx, dy) in zip(members, offsets):
            positions[member] = (round(cx + dx, 1), round(cy + dy, 1))
    # Nodes on their own fill a sunflower round the groups, one ``spacing`` apart.
    inner = max((math.hypot(x, y) + r for x, y, r in circles), default=-spacing) + spacing
    for j, node in enumerate(singles):
        distance = math.sqrt(inner * inner + j * spacing * spacing * 1.3 / math.pi) if circles or j else 0.0
        angle = j * _GOLDEN_ANGLE
        positions[node] = (round(distance * math.cos(angle), 1), round(distance * math.sin(angle), 1))
    return positions
