"""The thidua ontology as package data: Turtle files, typed constants, lookups.

``thidua.ttl`` (classes, properties, concept schemes), ``honours.ttl`` (the
honours of Law 06/2022/QH15) and ``shapes.ttl`` (SHACL) ship inside the
package; the functions here parse them once and answer from the cache.

>>> from thidua.ontology import notations
>>> notations(TDKT.BlocRoleScheme)["standing_deputy"] == TDKT.StandingDeputyRole
True
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef

from .vocab import SKOS, TDKT

__all__ = ["ONTOLOGY_FILES", "SHAPES_FILE", "path", "ontology_graph", "shapes_graph", "notations",
           "TDKT"]

ONTOLOGY_FILES = ("thidua.ttl", "honours.ttl")
SHAPES_FILE = "shapes.ttl"


def path(name: str) -> Path:
    """The path of a bundled ontology file."""
    return Path(str(resources.files(__name__).joinpath(name)))


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology and the honours scheme, parsed once (treat as read-only)."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(path(name), format="turtle")
    return graph


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes, parsed once (treat as read-only)."""
    return Graph().parse(path(SHAPES_FILE), format="turtle")


@lru_cache(maxsize=None)
def notations(scheme: URIRef) -> dict[str, URIRef]:
    """``skos:notation`` -> concept for the concepts of one scheme.

    The facts format writes roles, statuses and kinds as these notations, so
    the mapping from facts to concepts is read from the ontology, not coded.
    """
    graph = ontology_graph()
    return {str(note): concept  # type: ignore[misc]
            for concept in graph.subjects(SKOS.inScheme, scheme)
            for note in graph.objects(concept, SKOS.notation)}
