"""Convert RDF terms between rdflib (the API of the ontology, SHACL and small
graphs) and pyoxigraph (the store), and to plain Python values.

>>> from rdflib import Literal, URIRef
>>> to_ox(Literal("Hà Nội", lang="vi"))
<Literal value=Hà Nội language=vi>
>>> to_rdflib(to_ox(URIRef("https://example.org/a"))) == URIRef("https://example.org/a")
True
>>> to_python(to_ox(Literal(2023)))
2023
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..ontology.vocab import XSD

__all__ = ["to_ox", "to_rdflib", "to_python", "quad_to_ox"]

_INTEGERS = {str(XSD[t]) for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                   "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                   "unsignedInt", "unsignedLong", "unsignedShort")}
_XSD_STRING = str(XSD.string)


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


def quad_to_ox(quad: tuple[Node, Node, Node, Node]) -> ox.Quad:
    """An rdflib quad (s, p, o, graph) as a pyoxigraph Quad."""
    s, p, o, g = quad
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g))


def to_rdflib(term: Any) -> Node | None:
    """A pyoxigraph term as an rdflib term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"cannot convert {term!r}")


_DATE = str(XSD.date)
_BOOLEAN = str(XSD.boolean)
_FLOATS = {str(XSD.decimal), str(XSD.double), str(XSD.float)}
_NAMED = (ox.NamedNode, ox.BlankNode)


def to_python(term: Any) -> Any:
    """A pyoxigraph term as a plain value: IRIs and strings as str, integers as int,
    dates as datetime.date, booleans as bool, decimals and doubles as float."""
    if term is None:
        return None
    if isinstance(term, _NAMED):
        return term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype == _XSD_STRING or term.language:
            return term.value
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype == _DATE:
            try:
                return _dt.date.fromisoformat(term.value)
            except ValueError:
                return term.value
        if datatype == _BOOLEAN:
            return term.value in ("true", "1")
        if datatype in _FLOATS:
            return float(term.value)
        return term.value
    return str(term)
