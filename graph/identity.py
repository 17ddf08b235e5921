"""One institution, one node: how names in facts become IRIs.

:func:`thidua.graph.build.build` never mints an IRI for a name itself; it asks
a :class:`Resolver`. The resolver decides which node a name is: a body of the
gazetteer (whatever its spelling), a body qualified by the scope of the bloc
it appears in, or a new node for a name it does not know. It returns an
:class:`Entity`: the IRI plus what is known about the node beyond the article
(canonical name, kinds, parent, scope, further gazetteer statements) and how
the name was resolved, which the builder writes down beside the name
(``tdkt:NameMention``) so a researcher can see why two mentions meet.

Two resolvers:

* :class:`NameResolver` -- one node per normalised name (case, tone marks,
  spacing and abbreviations folded by :func:`thidua.loaders.keys.name_key`);
  knows no gazetteer. For tests and for comparing.
* :class:`~thidua.graph.resolver.GazetteerResolver` -- the gazetteer, scopes,
  time and a curated identity file; what :func:`default_resolver` gives and
  what ``thidua load`` uses. Its rules are documented in
  :mod:`thidua.graph.resolver`.

>>> r = NameResolver()
>>> r.body("Ban Tổ chức TW", Context()).iri == r.body("Ban tổ chức Trung ương", Context()).iri
True
>>> g = default_resolver()
>>> str(g.body("Ban Tổ chức TW", Context()).iri).endswith("/body/ban-to-chuc-trung-uong")
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from rdflib import URIRef
from rdflib.term import Node

from ..loaders.facts import Facts
from . import iris

__all__ = ["Entity", "Context", "Resolver", "NameResolver", "default_resolver", "HOW"]

#: How a name was resolved: the notations of ``tdkt:NameResolutionScheme``.
HOW = ("gazetteer", "scope", "key", "unscoped", "curated")


@dataclass(frozen=True)
class Entity:
    """A resolved node and what the resolver knows of it beyond the article.

    ``how`` is a notation of :data:`HOW` and ``note`` one line saying why;
    ``gazetteer`` holds further triples for the gazetteer graph (ancestors,
    provinces, validity, Wikidata links).
    """

    iri: URIRef
    label: str | None = None
    kinds: tuple[URIRef, ...] = ()
    parent: URIRef | None = None
    scope: URIRef | None = None
    how: str | None = None
    note: str | None = None
    gazetteer: tuple[tuple[Node, Node, Node], ...] = ()


@dataclass
class Context:
    """What the builder knows where a name occurs: the article and the bloc around it.

    ``cache`` is the resolver's own memory for one article (its date, its
    provinces, the scopes of its blocs); the builder makes one Context per
    article, so nothing leaks from one article into another.
    """

    facts: Facts | None = None
    bloc: Entity | None = None
    bloc_name: str | None = None
    blocs: dict[str, Entity] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict, repr=False)


class Resolver(Protocol):
    """Decides the node of every name the builder meets."""

    def bloc(self, name: str, kind: str, context: Context) -> Entity:
        """The bloc or cluster a name denotes (its scope is part of its identity)."""

    def body(self, name: str, context: Context) -> Entity:
        """The body a name denotes, qualified by the bloc it appears in."""

    def person(self, name: str, context: Context) -> Entity:
        """The person a name denotes."""


class NameResolver:
    """One node per normalised name; knows no canonical names."""

    def bloc(self, name: str, kind: str, context: Context) -> Entity:
        return Entity(iris.named("bloc", name), how="key")

    def body(self, name: str, context: Context) -> Entity:
        return Entity(iris.named("body", name), how="key")

    def person(self, name: str, context: Context) -> Entity:
        return Entity(iris.named("person", name), how="key")


@lru_cache(maxsize=1)
def _bundled() -> Resolver:
    from .resolver import GazetteerResolver

    return GazetteerResolver()


def default_resolver(identities: Path | None = None) -> Resolver:
    """The resolver ``thidua load`` uses: the gazetteer, plus a curated identity file if given.

    The identity file (``--identities FILE``, ``$THIDUA_IDENTITIES``) is read
    here, so a mistake in it stops the load before anything is written; its
    format is documented in :mod:`thidua.graph.identity_file`.
    """
    if identities is None:
        return _bundled()
    from .identity_file import read_identities
    from .resolver import GazetteerResolver

    return GazetteerResolver(read_identities(identities))
