"""Typed constants for every term thidua writes or reads.

Everything here follows the ontology Turtle: ``TDKT`` and ``HONOUR`` are
generated from ``thidua.ttl`` and ``honours.ttl`` (``python -m
thidua.ontology.generate``), the IRI spaces from the ontology header. The
standard vocabularies come from rdflib, except W3C Web Annotation, which
rdflib does not ship; its few terms are closed here.

>>> str(TDKT.EmulationBloc)
'https://w3id.org/thidua/ontology#EmulationBloc'
>>> TDKT.Emulationbloc
Traceback (most recent call last):
...
AttributeError: term 'Emulationbloc' not in namespace 'https://w3id.org/thidua/ontology#'
"""
from __future__ import annotations

from rdflib.namespace import (DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, XSD,
                              ClosedNamespace, Namespace)

from ._honour import HONOUR
from ._spaces import GRAPH_SPACE, ID_SPACE
from ._tdkt import TDKT

__all__ = ["TDKT", "HONOUR", "OA", "ORG", "PROV", "SKOS", "SDO", "FOAF", "DCTERMS", "RDF", "RDFS",
           "OWL", "XSD", "SH", "ID", "GRAPH", "ID_KINDS", "PREFIXES", "ONTOLOGY_GRAPH", "shorten"]

#: W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the terms thidua uses
#: to anchor a fact to its sentence (TextQuoteSelector) and offsets (TextPositionSelector).
OA = ClosedNamespace(
    "http://www.w3.org/ns/oa#",
    ["Annotation", "SpecificResource", "TextQuoteSelector", "TextPositionSelector", "hasBody",
     "hasTarget", "hasSource", "hasSelector", "exact", "prefix", "suffix", "start", "end",
     "motivatedBy", "identifying"],
)

#: Where data IRIs and named graphs live.
ID = Namespace(ID_SPACE)
GRAPH = Namespace(GRAPH_SPACE)

#: The kinds of data node; each has its own IRI path and Turtle prefix (``body:ban-dan-van-trung-uong``).
ID_KINDS = ("body", "bloc", "person", "post", "membership", "conferral", "event", "place", "document",
            "movement", "source", "annotation", "selector", "province", "agent")

#: The graph holding the ontology and honours scheme inside a store.
ONTOLOGY_GRAPH = GRAPH["ontology"]

#: Prefixes bound in every export and known to every query.
PREFIXES: dict[str, str] = {
    "tdkt": str(TDKT._NS), "honour": str(HONOUR._NS), "org": str(ORG), "prov": str(PROV),
    "skos": str(SKOS), "schema": str(SDO), "foaf": str(FOAF), "dcterms": str(DCTERMS),
    "oa": "http://www.w3.org/ns/oa#", "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL),
    "xsd": str(XSD), "graph": GRAPH_SPACE,
    **{kind: f"{ID_SPACE}{kind}/" for kind in ID_KINDS},
}


def shorten(iri: str) -> str:
    """An IRI as a prefixed name when one of thidua's prefixes fits, for people to read.

    >>> shorten("https://w3id.org/thidua/id/body/ban-dan-van-trung-uong")
    'body:ban-dan-van-trung-uong'
    """
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
