"""Succession graphs: who handed the leadership of a bloc to whom, year to year.

Nodes are bodies (attributes ``label``, ``kind="body"``). Edges are keyed by
bloc and year, so one graph holds every bloc and a body can hand over to the
same successor in two blocs or two years:

* :func:`succession_graph` -- the leader of year Y -> the leader of year Y+1;
  a body re-elected for Y+1 gives a self-loop;
* :func:`deputy_leader_graph` -- each deputy of year Y (standing deputies
  included) -> the leader of year Y+1; ``promoted`` is true where the deputy
  *is* that leader (a self-loop);
* :func:`rotation_graph` -- both, plus every term as an edge body -> bloc.

Only consecutive years make an edge: across a year with no known leader the
chain is broken (see :func:`~thidua.graph.views.analysis.leaderless_years`).

>>> from thidua.graph.views.records import Term
>>> terms = [Term("K", 2021, "leader", "A"), Term("K", 2022, "leader", "B"), Term("K", 2021, "deputy", "B")]
>>> sorted((u, v, d["years"]) for u, v, d in succession_graph(terms).edges(data=True))
[('A', 'B', (2021, 2022))]
>>> [(u, v, d["promoted"]) for u, v, d in deputy_leader_graph(terms).edges(data=True)]
[('B', 'B', True)]
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx

from .membership import membership_graph
from .records import Term, merge_sources
from .timeline import timelines

__all__ = ["succession_graph", "deputy_leader_graph", "rotation_graph", "SUCCESSION", "DEPUTY_TO_LEADER"]

#: Values of the ``relation`` edge attribute.
SUCCESSION = "succession"
DEPUTY_TO_LEADER = "deputy_to_leader"


def _body(graph: nx.MultiDiGraph, org: str, label: str) -> None:
    if org not in graph:
        graph.add_node(org, label=label, kind="body")


def succession_graph(terms: Iterable[Term]) -> nx.MultiDiGraph:
    """Leader of year Y -> leader of year Y+1, one edge per bloc and year.

    Edge attributes: ``relation`` ("succession"), ``bloc``, ``bloc_label``,
    ``years`` (Y, Y+1) and ``sources`` (those of both terms).
    """
    graph = nx.MultiDiGraph()
    for bloc, timeline in timelines(terms).items():
        for row in timeline.rows:
            following = timeline.row(row.year + 1)
            if not row.leaders or following is None:
                continue
            for before in row.leaders:
                for after in following.leaders:
                    _body(graph, before.org, before.label)
                    _body(graph, after.org, after.label)
                    graph.add_edge(before.org, after.org, key=f"{SUCCESSION}:{bloc}:{row.year}",
                                   relation=SUCCESSION, bloc=bloc, bloc_label=timeline.label,
                                   years=(row.year, row.year + 1),
                                   sources=merge_sources(before.sources, after.sources))
    return graph


def deputy_leader_graph(terms: Iterable[Term]) -> nx.MultiDiGraph:
    """Deputy of year Y (standing deputy included) -> leader of year Y+1.

    Edge attributes: ``relation`` ("deputy_to_leader"), ``bloc``,
    ``bloc_label``, ``years`` (Y, Y+1), ``role`` (the deputy's role in Y),
    ``promoted`` (the deputy became that leader) and ``sources``.
    """
    graph = nx.MultiDiGraph()
    for bloc, timeline in timelines(terms).items():
        for row in timeline.rows:
            following = timeline.row(row.year + 1)
            if following is None:
                continue
            for deputy in row.standing_deputies + row.deputies:
                for leader in following.leaders:
                    _body(graph, deputy.org, deputy.label)
                    _body(graph, leader.org, leader.label)
                    graph.add_edge(deputy.org, leader.org, key=f"{DEPUTY_TO_LEADER}:{bloc}:{row.year}",
                                   relation=DEPUTY_TO_LEADER, bloc=bloc, bloc_label=timeline.label,
                                   years=(row.year, row.year + 1), role=deputy.role,
                                   promoted=deputy.org == leader.org,
                                   sources=merge_sources(deputy.sources, leader.sources))
    return graph


def rotation_graph(terms: Iterable[Term]) -> nx.MultiDiGraph:
    """Blocs and bodies with every term (body -> bloc), succession and deputy-to-leader edges.

    The graph ``thidua rotation --format graphml|gexf`` writes; filter on the
    ``relation`` edge attribute in Gephi to see one of the three.

    >>> from thidua.graph.views.records import Term
    >>> g = rotation_graph([Term("K", 2021, "leader", "A"), Term("K", 2022, "leader", "B")])
    >>> sorted(d["relation"] for _, _, d in g.edges(data=True))
    ['membership', 'membership', 'succession']
    """
    terms = list(terms)
    return nx.compose_all([membership_graph((), terms), succession_graph(terms), deputy_leader_graph(terms)])
