"""The starting layout: every node placed, each group round its anchor, the same every time."""
from __future__ import annotations

import math

import networkx as nx

from thidua.graph.views.layout import initial_layout


def two_blocs() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("K", kind="bloc")
    graph.add_node("L", kind="cluster")
    graph.add_node("H", kind="honour")
    graph.add_edges_from([(f"k{i}", "K") for i in range(30)] + [(f"l{i}", "L") for i in range(5)])
    graph.add_edges_from([("k0", "L"), ("k0", "L"), ("x", "y")])  # k0 goes to L: two edges to one
    return graph


def test_every_node_is_placed_round_its_anchor_and_groups_do_not_overlap() -> None:
    graph = two_blocs()
    pos = initial_layout(graph, spacing=50)
    assert set(pos) == set(graph)

    def dist(a: str, b: str) -> float:
        return math.dist(pos[a], pos[b])

    k_group = [f"k{i}" for i in range(1, 30)]
    l_group = [f"l{i}" for i in range(5)] + ["k0"]  # k0 has two edges to L, one to K
    reach_k = max(dist(n, "K") for n in k_group)
    reach_l = max(dist(n, "L") for n in l_group)
    assert all(dist(n, "L") > reach_l for n in k_group)
    assert all(dist(n, "K") > reach_k for n in l_group)
    assert pos["K"] == (0.0, 0.0)  # the biggest group in the middle
    assert dist("H", "K") > reach_k and dist("x", "K") > reach_k  # nodes on their own ring the groups


def test_no_two_nodes_share_a_place_and_the_layout_is_deterministic() -> None:
    graph = two_blocs()
    pos = initial_layout(graph)
    assert len(set(pos.values())) == len(pos)
    assert initial_layout(graph) == pos
    assert initial_layout(nx.MultiDiGraph()) == {}
