"""Validate a store against the SHACL shapes of the ontology (pySHACL).

The data graph is the union of every graph in the store, the ontology graph
included (the honours and role concepts must be there for ``sh:class
skos:Concept`` and ``sh:in`` to hold). Results come back as plain records with
the focus node, the path, the offending value and the shape's message, so the
CLI can print one readable line each.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyshacl
import rdflib

from ..ontology import shapes_graph
from ..ontology.vocab import RDF, SH, shorten
from .store import Store

__all__ = ["Violation", "ValidationReport", "validate"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result."""

    severity: str
    focus: str
    path: str | None
    value: str | None
    message: str


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every result."""

    conforms: bool
    results: list[Violation]
    triples: int


def _text(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return shorten(str(term))
    return str(term)


def validate(store: Store) -> ValidationReport:
    """Validate the whole store; violations are sorted for stable output."""
    data = rdflib.Graph()
    data.parse(data=store.export("nt", include_ontology=True), format="nt")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none",
                                           allow_warnings=True)
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        results.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_text(report.value(result, SH.focusNode)) or "",
            path=_text(report.value(result, SH.resultPath)),
            value=_text(report.value(result, SH.value)),
            message=str(report.value(result, SH.resultMessage) or "constraint not met"),
        ))
    results.sort(key=lambda v: (v.severity, v.focus, v.path or "", v.value or ""))
    return ValidationReport(conforms=bool(conforms), results=results, triples=len(data))
