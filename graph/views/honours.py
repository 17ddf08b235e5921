"""The honours graph: bodies and persons and the honours proposed for or conferred on them.

Nodes are honours (``kind`` "honour": the concept of the honours scheme, or
the conferral itself when the honour as written is not in the scheme) and
named recipients (``kind`` "body" or "person"). Each edge recipient ->
honour is one conferral statement, keyed by the conferral, with its
``status`` ("proposed" or "conferred").

Most sources count recipients rather than name them ("Bằng khen cho 5 đơn
vị"): such a statement makes no edge, but it is counted on its honour node
(``proposed`` and ``conferred``: the number of recipients, a named one
counting as one; ``statements``: the number of conferral statements).

>>> from thidua.graph.views.records import Conferral
>>> g = honours_graph([Conferral("c1", "H", "Bằng khen", "conferred", recipient="A", recipient_type="body"),
...                    Conferral("c2", "H", "Bằng khen", "proposed", recipient_count=5)])
>>> [(u, v, d["status"]) for u, v, d in g.edges(data=True)]
[('A', 'H', 'conferred')]
>>> g.nodes["H"]["conferred"], g.nodes["H"]["proposed"], g.nodes["H"]["statements"]
(1, 5, 2)
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx

from .records import Conferral

__all__ = ["honours_graph", "HONOUR", "honour_id"]

#: Value of the ``relation`` edge attribute.
HONOUR = "honour"


def honour_id(conferral: Conferral) -> str:
    """The node of a conferral's honour: its concept, else the conferral (an honour not in the scheme)."""
    return conferral.honour or conferral.iri


def honours_graph(conferrals: Iterable[Conferral]) -> nx.MultiDiGraph:
    """Recipients -> honours, one edge per conferral with a named recipient.

    Edge attributes: ``relation`` ("honour"), ``status``, ``year``,
    ``as_written``, ``recipient_kind``, ``grantor_label``, ``proposer_label``
    and ``sources``. Honour nodes carry ``proposed``, ``conferred``,
    ``statements``, ``years`` and ``as_written`` (every form written).
    """
    graph = nx.MultiDiGraph()
    for c in sorted(conferrals, key=lambda c: (c.honour_label, c.iri)):
        node = honour_id(c)
        if node not in graph:
            graph.add_node(node, label=c.honour_label, kind="honour", proposed=0, conferred=0, statements=0,
                           years=(), as_written=())
        data = graph.nodes[node]
        if c.status in ("proposed", "conferred"):
            data[c.status] += c.recipients
        data["statements"] += 1
        if c.year is not None and c.year not in data["years"]:
            data["years"] = tuple(sorted((*data["years"], c.year)))
        if c.as_written and c.as_written not in data["as_written"]:
            data["as_written"] = (*data["as_written"], c.as_written)
        if c.recipient is None:
            continue
        if c.recipient not in graph:
            graph.add_node(c.recipient, label=c.recipient_label or c.recipient, kind=c.recipient_type or "body")
        graph.add_edge(c.recipient, node, key=c.iri, relation=HONOUR, status=c.status, year=c.year,
                       as_written=c.as_written, recipient_kind=c.recipient_kind, grantor_label=c.grantor_label,
                       proposer_label=c.proposer_label, sources=c.sources)
    return graph
