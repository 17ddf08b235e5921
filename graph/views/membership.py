"""The membership graph: bodies and the blocs they belong to, year by year.

Nodes are blocs (``kind`` "bloc" or "cluster") and bodies (``kind``
"body"), each with a ``label``. Each edge body -> bloc is one role in one
year, keyed ``"{role}:{year}"``: ``member`` for a stated membership, and
``leader``/``standing_deputy``/``deputy`` for a leadership term (a body that
leads a bloc belongs to it). ``year`` is None where no source gives it.

>>> from thidua.graph.views.records import Membership, Term
>>> g = membership_graph([Membership("K", "A"), Membership("K", "B", 2023)], [Term("K", 2023, "leader", "A")])
>>> sorted((u, v, d["role"], d["year"]) for u, v, d in g.edges(data=True))
[('A', 'K', 'leader', 2023), ('A', 'K', 'member', None), ('B', 'K', 'member', 2023)]
>>> g.nodes["K"]["kind"], g.nodes["A"]["kind"]
('bloc', 'body')
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx

from .records import MEMBER, Membership, Source, Term, merge_sources

__all__ = ["membership_graph", "MEMBERSHIP"]

#: Value of the ``relation`` edge attribute.
MEMBERSHIP = "membership"


def _add(graph: nx.MultiDiGraph, bloc: str, bloc_label: str, bloc_kind: str, org: str, org_label: str,
         role: str, year: int | None, sources: tuple[Source, ...], year_basis: str | None = None) -> None:
    if bloc not in graph:
        graph.add_node(bloc, label=bloc_label, kind=bloc_kind)
    if org not in graph:
        graph.add_node(org, label=org_label, kind="body")
    key = f"{role}:{year}"
    if graph.has_edge(org, bloc, key):
        sources = merge_sources(graph.edges[org, bloc, key]["sources"], sources)
    graph.add_edge(org, bloc, key=key, relation=MEMBERSHIP, role=role, year=year, bloc=bloc,
                   bloc_label=bloc_label, year_basis=year_basis, sources=sources)


def membership_graph(memberships: Iterable[Membership], terms: Iterable[Term] = ()) -> nx.MultiDiGraph:
    """Bodies -> blocs, one edge per role and year.

    Parameters
    ----------
    memberships : stated memberships (:func:`~thidua.graph.views.records.fetch_memberships`).
    terms : leadership terms, drawn as edges with their role; none by default.

    Returns
    -------
    networkx.MultiDiGraph with edge attributes ``relation`` ("membership"),
    ``role``, ``year``, ``bloc``, ``bloc_label``, ``year_basis`` and ``sources``.
    """
    graph = nx.MultiDiGraph()
    for m in memberships:
        _add(graph, m.bloc, m.bloc_label, m.bloc_kind, m.org, m.org_label, MEMBER, m.year, m.sources)
    for t in terms:
        _add(graph, t.bloc, t.bloc_label, t.bloc_kind, t.org, t.org_label, t.role, t.year, t.sources,
             t.year_basis)
    return graph
