"""Write the views' graphs as GraphML, GEXF (Gephi) and node-link JSON (d3, networkx).

The views keep rich attributes (year tuples, sources with their quotes);
GraphML and GEXF hold only scalars, so there each tuple becomes text joined
with "; ", and sources become their file names (``sources``) plus, where
quoted, a JSON list of ``{"file", "quote"}`` (``sources_quotes``). Missing
values are left out rather than written as empty text. Node-link JSON keeps
lists and objects as they are.

>>> import networkx as nx
>>> from thidua.graph.views.records import Source
>>> g = nx.MultiDiGraph()
>>> _ = g.add_edge("A", "B", key="k", years=(2021, 2022), sources=(Source("a.txt", "A trao cho B"),), bloc=None)
>>> b"2021; 2022" in to_graphml(g) and b"sources_quotes" in to_gexf(g)
True
>>> to_node_link(g)["links"][0]["sources"]
[{'file': 'a.txt', 'quote': 'A trao cho B'}]
"""
from __future__ import annotations

import dataclasses
import io
import json
from typing import Any

import networkx as nx

__all__ = ["to_graphml", "to_gexf", "to_node_link", "plain", "EXPORT_FORMATS"]

#: The graph formats ``thidua rotation`` writes, by name.
EXPORT_FORMATS = ("graphml", "gexf", "json")


def plain(value: Any) -> Any:
    """A value as JSON data: dataclasses as dicts, tuples and sets as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return [plain(v) for v in items]
    return value


def _scalars(data: dict[str, Any]) -> dict[str, Any]:
    """Attributes as GraphML/GEXF scalars; None dropped, tuples joined, sources split in two."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)) and value and all(dataclasses.is_dataclass(v) for v in value):
            rows = [plain(v) for v in value]
            out[key] = "; ".join(str(r.get("file", "")) for r in rows)
            if any(r.get("quote") for r in rows):
                out[f"{key}_quotes"] = json.dumps(rows, ensure_ascii=False)
        elif isinstance(value, (list, tuple, set, frozenset)):
            if value:
                out[key] = "; ".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset))
                                                      else value))
        elif isinstance(value, (str, int, float, bool)):
            out[key] = value
        else:
            out[key] = json.dumps(plain(value), ensure_ascii=False)
    return out


def _flat(graph: nx.Graph) -> nx.Graph:
    flat = graph.__class__()
    flat.graph.update(_scalars(dict(graph.graph)))
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_scalars(data))
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            flat.add_edge(u, v, key=key, **_scalars(data))
    else:
        for u, v, data in graph.edges(data=True):
            flat.add_edge(u, v, **_scalars(data))
    return flat


def to_graphml(graph: nx.Graph) -> bytes:
    """The graph as GraphML (UTF-8), attributes as scalars."""
    buffer = io.BytesIO()
    nx.write_graphml(_flat(graph), buffer, encoding="utf-8")
    return buffer.getvalue()


def to_gexf(graph: nx.Graph) -> bytes:
    """The graph as GEXF 1.2 for Gephi (UTF-8), attributes as scalars."""
    buffer = io.BytesIO()
    nx.write_gexf(_flat(graph), buffer, encoding="utf-8")
    return buffer.getvalue()


def to_node_link(graph: nx.Graph) -> dict[str, Any]:
    """The graph as node-link data (``nodes`` and ``links``), ready for :func:`json.dumps`."""
    data = nx.node_link_data(graph, edges="links")
    return plain(data)  # type: ignore[no-any-return]
