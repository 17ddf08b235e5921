"""One institution, one node: how names in facts become IRIs.

:func:`thidua.graph.build.build` never mints an IRI for a name itself; it asks
a :class:`Resolver`. The resolver decides which node a name is: a body of the
gazetteer (whatever its spelling), a body qualified by the scope of the bloc
it appears in, or a new node for a name it does not know. It returns an
:class:`Entity`: the IRI plus what is known about the node beyond the article
(canonical name, kinds, parent, scope), which the builder writes into the
gazetteer graph.

:class:`NameResolver` is the plain resolver: one node per normalised name
(case, tone marks, spacing and abbreviations folded by
:func:`thidua.loaders.keys.name_key`).

>>> r = NameResolver()
>>> r.body("Ban Tổ chức TW", Context()).iri == r.body("Ban tổ chức Trung ương", Context()).iri
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import URIRef

from ..loaders.facts import Facts
from . import iris

__all__ = ["Entity", "Context", "Resolver", "NameResolver", "default_resolver"]


@dataclass(frozen=True)
class Entity:
    """A resolved node and what the resolver knows of it beyond the article."""

    iri: URIRef
    label: str | None = None
    kinds: tuple[URIRef, ...] = ()
    parent: URIRef | None = None
    scope: URIRef | None = None


@dataclass
class Context:
    """What the builder knows where a name occurs: the article and the bloc around it."""

    facts: Facts | None = None
    bloc: Entity | None = None
    bloc_name: str | None = None
    blocs: dict[str, Entity] = field(default_factory=dict)


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
        return Entity(iris.named("bloc", name))

    def body(self, name: str, context: Context) -> Entity:
        return Entity(iris.named("body", name))

    def person(self, name: str, context: Context) -> Entity:
        return Entity(iris.named("person", name))


def default_resolver(identities: "Path | None" = None) -> Resolver:
    """The resolver ``thidua load`` uses; ``identities`` is a curated identity file."""
    if identities is not None:
        raise NotImplementedError("curated identity files are not read yet")
    return NameResolver()
