"""Stable, readable IRIs for everything thidua mints.

Named things get a slug of their normalised name (``body/ban-dan-van-trung-uong``,
``person/bui-thi-minh-hoai``), so two sources that name a body alike meet at
one node and an IRI can be read aloud. Fact nodes (memberships, conferrals,
events, annotations) get a hash of the fields that identify them, so loading
the same input twice mints the same IRIs and changes nothing.

>>> str(named("body", "Ban Dân vận TW"))
'https://w3id.org/thidua/id/body/ban-dan-van-trung-uong'
>>> hashed("membership", "a", 2023) == hashed("membership", "a", 2023)
True
>>> str(source_graph("000_x.txt"))
'https://w3id.org/thidua/graph/source/000_x-txt'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from ..loaders.keys import slug
from ..ontology.vocab import GRAPH, ID, ID_KINDS

__all__ = ["named", "hashed", "source", "source_graph", "gazetteer_graph", "file_slug", "LABELS_GRAPH"]

#: Derived display labels (one rdfs:label per node), rebuilt after every load.
LABELS_GRAPH = GRAPH["labels"]

_SLUG_MAX = 80


def _check(kind: str) -> None:
    if kind not in ID_KINDS:
        raise ValueError(f"unknown kind of node {kind!r}")


def _digest(*fields: object) -> str:
    text = "\x1f".join("" if f is None else str(f) for f in fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def named(kind: str, name: str) -> URIRef:
    """The IRI of a named node: its kind and the slug of its name.

    A name too long for a readable slug keeps a cut slug plus a short hash of
    the whole name, so two long names that share a beginning stay apart.
    """
    _check(kind)
    full = slug(name, max_length=10_000)
    if len(full) > _SLUG_MAX:
        full = slug(name, max_length=_SLUG_MAX - 9) + "-" + _digest(full)[:8]
    return ID[f"{kind}/{full}"]


def hashed(kind: str, *fields: object) -> URIRef:
    """The IRI of a fact node: its kind and a hash of its identifying fields."""
    _check(kind)
    return ID[f"{kind}/{_digest(kind, *fields)}"]


def file_slug(article: str) -> str:
    """A slug of a source's name that keeps underscores and digits ('000_x.txt' -> '000_x-txt')."""
    folded = unicodedata.normalize("NFKD", article.replace("đ", "d").replace("Đ", "D"))
    out = re.sub(r"[^a-z0-9_]+", "-", folded.encode("ascii", "ignore").decode("ascii").lower()).strip("-")
    if len(out) > _SLUG_MAX:
        out = out[: _SLUG_MAX - 9] + "-" + _digest(article)[:8]
    return out or _digest(article)


def source(article: str) -> URIRef:
    """The IRI of a source document, from the article's file name or URL."""
    return ID[f"source/{file_slug(article)}"]


def source_graph(article: str) -> URIRef:
    """The named graph holding what one source states."""
    return GRAPH[f"source/{file_slug(article)}"]


def gazetteer_graph(article: str) -> URIRef:
    """The named graph holding what the gazetteer says of the nodes one source names
    (canonical names, kinds, parents, scopes): replaced with the source, so it never goes stale."""
    return GRAPH[f"gazetteer/{file_slug(article)}"]
