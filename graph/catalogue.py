"""The gazetteer as identity resolution sees it: bodies by name, by short form, as nodes.

The body files belong to the extractor (``loaders/gazetteer``) and are read
through their public functions only. This module adds what identity needs
on top, from its own data files beside them:

* ``aliases.yaml`` -- extra spellings of gazetteer bodies, keyed by body id;
* ``wikidata.yaml`` -- ``skos:exactMatch`` links of gazetteer nodes;
* ``blocs.yaml`` -- known blocs and clusters with their scope and canonical name;
* short-form indexes: a provincial body without its province ("Hội Nông dân",
  "Ban Dân vận Tỉnh ủy") and a central body without "Trung ương" ("Ban Dân
  vận"), each unambiguous within one province or the centre.

A gazetteer body becomes the node ``body/<id>`` with its canonical name, kinds,
parent, validity and province; :func:`body_entity` says so.

>>> [b.id for b in lookup("Ban Tổ chức TW")]
['ban-to-chuc-trung-uong']
>>> central_short("Ban Dân vận").id
'ban-dan-van-trung-uong'
>>> provincial_short("phu-tho", "Hội Nông dân tỉnh").id
'phu-tho-hoi-nong-dan'
>>> str(body_entity(lookup("Báo Nhân dân")[0], "gazetteer").iri).rsplit("/", 2)[1:]
['body', 'bao-nhan-dan']
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from ..loaders.gazetteer import Body, Province, bodies, body_index, provinces, read_yaml
from ..loaders.keys import name_key
from ..ontology import notations
from ..ontology.vocab import DCTERMS, ORG, RDF, SDO, SKOS, TDKT, XSD
from .identity import Entity
from .scopes import CENTRAL, Scope, gazetteer_iri, parse_bloc, rules

__all__ = ["Triple", "extra_aliases", "wikidata", "body_by_id", "province_by_id", "lookup", "central_short",
           "provincial_short", "strip_tails", "template_of", "body_entity", "province_triples", "scope_named",
           "KnownBloc", "known_blocs", "known_bloc", "date_literal"]

Triple = tuple[Node, Node, Node]


def date_literal(value: str) -> Literal:
    """A validity date as written in the gazetteer: a year, a month, or a day.

    >>> date_literal("2025-02").datatype == XSD.gYearMonth
    True
    """
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


# -- data files ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def extra_aliases() -> dict[str, tuple[str, ...]]:
    """Body id -> extra aliases (``aliases.yaml``); ids the gazetteer lacks are an error."""
    data = read_yaml("aliases.yaml") or {}
    known = body_by_id()
    unknown = sorted(str(k) for k in data if str(k) not in known)
    if unknown:
        raise ValueError(f"aliases.yaml: no gazetteer body with id {', '.join(unknown)}")
    return {str(k): tuple(str(a) for a in v or ()) for k, v in data.items()}


@lru_cache(maxsize=1)
def wikidata() -> dict[URIRef, URIRef]:
    """Node -> Wikidata item (``wikidata.yaml``)."""
    data = read_yaml("wikidata.yaml") or {}
    namespace = str(data.get("namespace") or "")
    out: dict[URIRef, URIRef] = {}
    for node, item in (data.get("items") or {}).items():
        kind, _, gid = str(node).partition("/")
        out[gazetteer_iri(kind, gid)] = URIRef(namespace + str(item))
    return out


@lru_cache(maxsize=1)
def body_by_id() -> dict[str, Body]:
    """Every gazetteer body by id."""
    return {b.id: b for b in bodies()}


@lru_cache(maxsize=1)
def province_by_id() -> dict[str, Province]:
    """Every province or city (before and after the 2025 merger) by id."""
    return {p.id: p for p in provinces()}


@lru_cache(maxsize=1)
def _extra_index() -> dict[str, tuple[Body, ...]]:
    index: dict[str, list[Body]] = {}
    by_id = body_by_id()
    for gid, aliases in extra_aliases().items():
        for alias in aliases:
            index.setdefault(name_key(alias), []).append(by_id[gid])
    return {k: tuple(v) for k, v in index.items()}


def lookup(name: str) -> tuple[Body, ...]:
    """The gazetteer bodies a written name can denote (its own aliases and aliases.yaml)."""
    key = name_key(name)
    found = list(body_index().get(key, ()))
    found += [b for b in _extra_index().get(key, ()) if b not in found]
    return tuple(found)


def template_of(body: Body) -> str | None:
    """The provincial template a provincial body instantiates ('hoi-nong-dan'), else None."""
    if body.province and body.id.startswith(body.province + "-"):
        return body.id[len(body.province) + 1:]
    return None


# -- short forms ------------------------------------------------------------------------


def strip_tails(words: tuple[str, ...], tails: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """The name and each shorter form left by taking a tail word off its end, in order.

    >>> strip_tails(("ban", "dân", "vân", "tinh", "uy"), rules().provincial_tails)
    [('ban', 'dân', 'vân', 'tinh', 'uy'), ('ban', 'dân', 'vân')]
    """
    out = [words]
    while True:
        tail = next((t for t in tails if len(words) > len(t) and words[-len(t):] == t), None)
        if tail is None:
            return out
        words = words[:-len(tail)]
        out.append(words)


def _add(index: dict[str, Body | None], key: str, body: Body) -> None:
    if not key:
        return
    if key in index and index[key] is not None and index[key] != body:
        index[key] = None  # two bodies share this short form: it names neither
    elif key not in index:
        index[key] = body


@lru_cache(maxsize=1)
def _central_index() -> dict[str, Body | None]:
    index: dict[str, Body | None] = {}
    for body in bodies():
        if body.province is None and body.scope == "central":
            for name in (*body.names, *extra_aliases().get(body.id, ())):
                for form in strip_tails(tuple(name_key(name).split()), rules().central_tails)[1:]:
                    _add(index, " ".join(form), body)
    return index


def central_short(name: str) -> Body | None:
    """The central body a short form denotes inside a central bloc ("Ban Dân vận"), if exactly one."""
    words = tuple(name_key(name).split())
    for form in reversed(strip_tails(words, rules().central_tails)):
        found = _central_index().get(" ".join(form))
        if found is not None:
            return found
    return None


def _province_names(province: Province) -> list[tuple[str, ...]]:
    return sorted({tuple(name_key(n).split()) for n in province.names}, key=len, reverse=True)


def _without_province(words: tuple[str, ...], province: Province) -> tuple[str, ...]:
    for name in _province_names(province):
        if len(words) > len(name) and words[-len(name):] == name:
            return words[:-len(name)]
    return words


@lru_cache(maxsize=None)
def _provincial_index(province_id: str) -> dict[str, Body | None]:
    province = province_by_id()[province_id]
    index: dict[str, Body | None] = {}
    for body in bodies():
        if body.province != province_id:
            continue
        for name in (*body.names, *extra_aliases().get(body.id, ())):
            words = _without_province(tuple(name_key(name).split()), province)
            for form in strip_tails(words, rules().provincial_tails):
                _add(index, " ".join(form), body)
    return index


def provincial_short(province_id: str, name: str) -> Body | None:
    """The body of one province a name denotes when the province is left out, if exactly one."""
    province = province_by_id()[province_id]
    words = _without_province(tuple(name_key(name).split()), province)
    for form in reversed(strip_tails(words, rules().provincial_tails)):
        found = _provincial_index(province_id).get(" ".join(form))
        if found is not None:
            return found
    return None


# -- nodes -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _kinds() -> dict[str, URIRef]:
    return notations(TDKT.BodyKindScheme)


def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


def _kinds_of(body: Body) -> tuple[URIRef, ...]:
    kinds = [_kinds().get(body.kind, _kinds()["other"])]
    if body.province:
        kinds.append(_kinds()["province_level"])
    return tuple(kinds)


def province_triples(province: Province) -> tuple[Triple, ...]:
    """A province node for the gazetteer graph: type, name, validity, successor, Wikidata."""
    p = gazetteer_iri("province", province.id)
    out: list[Triple] = [(p, RDF.type, TDKT.Province), (p, SKOS.prefLabel, _vi(province.name))]
    if province.valid_from:
        out.append((p, SDO.validFrom, date_literal(province.valid_from)))
    if province.valid_until:
        out.append((p, SDO.validUntil, date_literal(province.valid_until)))
    if province.successor:
        out.append((p, DCTERMS.isReplacedBy, gazetteer_iri("province", province.successor)))
    if p in wikidata():
        out.append((p, SKOS.exactMatch, wikidata()[p]))
    return tuple(out)


@lru_cache(maxsize=None)
def _body_triples(body_id: str) -> tuple[Triple, ...]:
    """What the gazetteer knows of a body beyond label, kinds and parent -- and its ancestors whole."""
    body = body_by_id()[body_id]
    b = gazetteer_iri("body", body.id)
    out: list[Triple] = []
    if body.valid_from:
        out.append((b, SDO.validFrom, date_literal(body.valid_from)))
    if body.valid_until:
        out.append((b, SDO.validUntil, date_literal(body.valid_until)))
    if body.successor and body.successor in body_by_id():
        out.append((b, DCTERMS.isReplacedBy, gazetteer_iri("body", body.successor)))
    if body.province and body.province in province_by_id():
        out.append((b, SDO.areaServed, gazetteer_iri("province", body.province)))
        out.extend(province_triples(province_by_id()[body.province]))
    if b in wikidata():
        out.append((b, SKOS.exactMatch, wikidata()[b]))
    parent = body_by_id().get(body.parent or "")
    if parent is not None:
        a = gazetteer_iri("body", parent.id)
        out += [(a, RDF.type, ORG.Organization), (a, SKOS.prefLabel, _vi(parent.name))]
        out += [(a, ORG.classification, kind) for kind in _kinds_of(parent)]
        grand = body_by_id().get(parent.parent or "")
        if grand is not None:
            out.append((a, ORG.subOrganizationOf, gazetteer_iri("body", grand.id)))
        out.extend(_body_triples(parent.id))
    return tuple(dict.fromkeys(out))


def body_entity(body: Body, how: str, note: str | None = None) -> Entity:
    """The node of a gazetteer body: ``body/<id>``, its canonical name, kinds, parent and the rest."""
    parent = body_by_id().get(body.parent or "")
    return Entity(gazetteer_iri("body", body.id), label=body.name, kinds=_kinds_of(body),
                  parent=gazetteer_iri("body", parent.id) if parent else None,
                  how=how, note=note, gazetteer=_body_triples(body.id))


# -- scopes and known blocs ------------------------------------------------------------------


def scope_named(scope_id: str) -> Scope:
    """The scope an id names: 'central', a province id, or a gazetteer body id (a sector)."""
    if scope_id == "central":
        return CENTRAL
    if scope_id in province_by_id():
        province = province_by_id()[scope_id]
        return Scope("province", province.id, province.name)
    if scope_id in body_by_id():
        return Scope("sector", scope_id, body_by_id()[scope_id].name)
    raise ValueError(f"no scope {scope_id!r}: give central, a province id or a gazetteer body id")


def scope_triples(scope: Scope) -> tuple[Triple, ...]:
    """What the gazetteer graph says of a bloc's scope node (a province, or a sector body)."""
    if scope.kind == "province":
        return province_triples(province_by_id()[scope.id])
    if scope.kind == "sector":
        entity = body_entity(body_by_id()[scope.id], "gazetteer")
        out: list[Triple] = [(entity.iri, RDF.type, ORG.Organization),
                             (entity.iri, SKOS.prefLabel, _vi(entity.label or ""))]
        out += [(entity.iri, ORG.classification, k) for k in entity.kinds]
        if entity.parent is not None:
            out.append((entity.iri, ORG.subOrganizationOf, entity.parent))
        return tuple(out) + entity.gazetteer
    return ()


@dataclass(frozen=True)
class KnownBloc:
    """A bloc or cluster of ``blocs.yaml``."""

    name: str
    kind: str
    scope: Scope
    aliases: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_until: str | None = None


def _known(entry: dict[str, Any]) -> KnownBloc:
    return KnownBloc(name=str(entry["name"]), kind=str(entry["kind"]), scope=scope_named(str(entry["scope"])),
                     aliases=tuple(str(a) for a in entry.get("aliases") or ()),
                     valid_from=entry.get("valid_from") and str(entry["valid_from"]),
                     valid_until=entry.get("valid_until") and str(entry["valid_until"]))


@lru_cache(maxsize=1)
def known_blocs() -> tuple[KnownBloc, ...]:
    """The blocs and clusters of ``blocs.yaml``."""
    return tuple(_known(e) for e in read_yaml("blocs.yaml") or ())


@lru_cache(maxsize=1)
def _bloc_index() -> dict[tuple[str, str, str], KnownBloc]:
    index: dict[tuple[str, str, str], KnownBloc] = {}
    for bloc in known_blocs():
        for name in (bloc.name, *bloc.aliases):
            parsed = parse_bloc(name)
            if parsed.distinctive:
                index[(bloc.scope.slug, bloc.kind, parsed.distinctive)] = bloc
    return index


def known_bloc(scope: Scope, kind: str, distinctive: str) -> KnownBloc | None:
    """The known bloc of this scope and kind with these distinctive words, if any."""
    return _bloc_index().get((scope.slug, kind, distinctive))
