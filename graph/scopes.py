"""Scopes: where a bloc belongs -- central, a province, a sector -- and how names say it.

A bloc's scope is part of its identity: "Cụm thi đua số 6" of the Party
organisation sector, of a province and of Bộ Công an are three clusters. This
module reads what a *name* says about its scope; what an article's context
says is :mod:`thidua.graph.article_scope`'s job. The words it looks for are
data (``loaders/gazetteer/scopes.yaml``), matched on name keys.

Provinces are chosen with a date in mind: "Phú Thọ" is the province of that
name before the 2025 merger and the merged one after it (provinces.yaml gives
both units with their validity).

>>> parse_bloc("Khối thi đua các bộ, ngành Nội chính Trung ương").slug
'central/noi-chinh'
>>> parse_bloc("Khối Nội chính").scope is None, parse_bloc("Khối Nội chính").distinctive
(True, 'nôi chinh')
>>> parse_bloc("Cụm thi đua số 6, Ngành Tổ chức xây dựng Đảng").slug
'ban-to-chuc-trung-uong/so-6'
>>> parse_bloc("Khối thi đua các cơ quan Đảng tỉnh Phú Thọ", "2023-05-01").slug
'phu-tho/dang'
>>> parse_bloc("Khối thi đua các cơ quan Đảng tỉnh Phú Thọ", "2025-09-01").scope.id
'phu-tho-2025'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from rdflib import URIRef

from ..loaders.gazetteer import Province, province_index, read_yaml
from ..loaders.keys import name_key, slug
from ..ontology.vocab import ID, TDKT

__all__ = ["Scope", "CENTRAL", "UNSCOPED", "ScopeRules", "rules", "BlocName", "parse_bloc", "bloc_kind",
           "find_province",
           "province_at", "pick_province", "valid_at", "gazetteer_iri", "split_words"]

_WORDS = re.compile(r"[^\W_]+(?:[&.][^\W_]+)*", re.UNICODE)


def gazetteer_iri(kind: str, gazetteer_id: str) -> URIRef:
    """The IRI of a node the gazetteer names by id: ``body/<id>``, ``province/<id>``."""
    return ID[f"{kind}/{gazetteer_id}"]


@dataclass(frozen=True)
class Scope:
    """Where a bloc belongs: ``central``, a ``province``, a ``sector`` body, or ``unscoped`` (not known)."""

    kind: str
    id: str
    label: str | None = None

    @property
    def slug(self) -> str:
        """The scope's part of a bloc IRI: 'central', 'phu-tho', 'bo-cong-an', 'unscoped'."""
        return self.id

    @property
    def iri(self) -> URIRef | None:
        """The object of ``tdkt:scope`` (none when the scope is not known)."""
        if self.kind == "central":
            return TDKT.CentralScope
        if self.kind == "province":
            return gazetteer_iri("province", self.id)
        if self.kind == "sector":
            return gazetteer_iri("body", self.id)
        return None


CENTRAL = Scope("central", "central", "Trung ương")
#: Neither the name nor its article tells the scope: a node apart from every scoped one.
UNSCOPED = Scope("unscoped", "unscoped", "scope unknown")


def split_words(text: str) -> list[str]:
    """The words of a name as written (for checking capitals).

    >>> split_words("Cụm thi đua số 6, Ngành TC")
    ['Cụm', 'thi', 'đua', 'số', '6', 'Ngành', 'TC']
    """
    return _WORDS.findall(text)


def _keys(values: Iterable[Any]) -> tuple[tuple[str, ...], ...]:
    out = {tuple(name_key(str(v)).split()) for v in values}
    return tuple(sorted((k for k in out if k), key=lambda k: (-len(k), k)))


@dataclass(frozen=True)
class ScopeRules:
    """The word lists of scopes.yaml, as tuples of key words (longest first)."""

    central_markers: tuple[tuple[str, ...], ...]
    unit_words: tuple[tuple[str, ...], ...]
    provincial_tails: tuple[tuple[str, ...], ...]
    central_tails: tuple[tuple[str, ...], ...]
    bloc_words: tuple[tuple[str, ...], ...]
    bloc_synonyms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    sector_phrases: tuple[tuple[tuple[str, ...], str], ...]
    systems: dict[str, str]
    body_prefixes: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def rules() -> ScopeRules:
    """The scope words, read once from ``loaders/gazetteer/scopes.yaml``."""
    data = read_yaml("scopes.yaml")
    phrases: list[tuple[tuple[str, ...], str]] = []
    systems: dict[str, str] = {}
    for sector in data["sectors"]:
        for phrase in _keys(sector.get("phrases") or ()):
            phrases.append((phrase, str(sector["scope"])))
        for system in sector.get("systems") or ():
            systems[str(system)] = str(sector["scope"])
    phrases.sort(key=lambda p: (-len(p[0]), p[0]))
    synonyms = sorted(((tuple(name_key(str(k)).split()), tuple(name_key(str(v)).split()))
                       for k, v in (data.get("bloc_synonyms") or {}).items()), key=lambda p: (-len(p[0]), p[0]))
    return ScopeRules(
        central_markers=_keys(data["central_markers"]), unit_words=_keys(data["unit_words"]),
        provincial_tails=_keys(data["provincial_tails"]), central_tails=_keys(data["central_tails"]),
        bloc_words=_keys(data["bloc_words"]), bloc_synonyms=tuple(synonyms), sector_phrases=tuple(phrases),
        systems=systems, body_prefixes=_keys(data.get("body_prefixes") or ()))


# -- dates and provinces ----------------------------------------------------------


def valid_at(valid_from: str | None, valid_until: str | None, date: str | None) -> bool:
    """Whether a validity range (ISO dates, or YYYY-MM to the month) covers a date.

    >>> valid_at(None, "2025-02", "2025-02-20"), valid_at("2025-03", None, "2025-02-20")
    (True, False)
    """
    if date is None:
        return valid_from is None
    if valid_from and date[: len(valid_from)] < valid_from:
        return False
    if valid_until and date[: len(valid_until)] > valid_until:
        return False
    return True


def pick_province(units: Iterable[Province], date: str | None) -> Province | None:
    """Of the units that share a name, the one valid at ``date``; without a date, the older one."""
    units = list(units)
    if not units:
        return None
    valid = [p for p in units if valid_at(p.valid_from, p.valid_until, date)]
    if valid:
        return valid[0]
    # A unit named after the merger that no longer existed then: the last one that did.
    return max(units, key=lambda p: p.valid_until or "9999")


@lru_cache(maxsize=1)
def _province_keys() -> dict[tuple[str, ...], tuple[Province, ...]]:
    return {tuple(k.split()): v for k, v in province_index().items()}


@lru_cache(maxsize=1)
def _longest_province() -> int:
    return max(len(k) for k in _province_keys())


def province_at(words: tuple[str, ...], start: int) -> tuple[int, tuple[Province, ...]] | None:
    """The province name beginning at ``words[start]``: (its length, the units so named)."""
    for n in range(min(_longest_province(), len(words) - start), 0, -1):
        units = _province_keys().get(words[start:start + n])
        if units:
            return n, units
    return None


@dataclass(frozen=True)
class ProvinceMention:
    """Where a province is named in a key: words [start, end), the units, and how it is named."""

    start: int
    end: int
    units: tuple[Province, ...]
    explicit: bool  # after "tỉnh"/"thành phố"/"TP" (else a bare capitalised name at the end)


def _capitalised_tail(written: str | None, n: int) -> bool:
    if written is None:
        return False
    words = split_words(written)
    return len(words) >= n and all(w[:1].isupper() for w in words[-n:])


def find_province(words: tuple[str, ...], written: str | None = None) -> list[ProvinceMention]:
    """Every province a name states: after a unit word anywhere, or bare and capitalised at its end.

    >>> [m.units[0].id for m in find_province(tuple(name_key("Hội Nông dân tỉnh Bắc Kạn").split()))]
    ['bac-kan']
    >>> find_province(tuple(name_key("Quỹ hòa bình").split()), "Quỹ hòa bình")
    []
    """
    found: list[ProvinceMention] = []
    i = 0
    while i < len(words):
        unit = next((u for u in rules().unit_words if words[i:i + len(u)] == u), None)
        if unit is not None:
            hit = province_at(words, i + len(unit))
            if hit is not None:
                n, units = hit
                found.append(ProvinceMention(i, i + len(unit) + n, units, True))
                i += len(unit) + n
                continue
        i += 1
    if not found or found[-1].end < len(words):
        for n in range(min(_longest_province(), len(words)), 1, -1):
            units = _province_keys().get(words[-n:])
            if units and _capitalised_tail(written, n):
                found.append(ProvinceMention(len(words) - n, len(words), units, False))
                break
    return found


# -- blocs ---------------------------------------------------------------------------


def _find(words: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    n = len(phrase)
    for i in range(len(words) - n + 1):
        if words[i:i + n] == phrase:
            return i
    return -1


def _replace(words: list[str], phrase: tuple[str, ...], by: tuple[str, ...] = ()) -> list[str]:
    n, out, i = len(phrase), [], 0
    while i < len(words):
        if tuple(words[i:i + n]) == phrase:
            out.extend(by)
            i += n
        else:
            out.append(words[i])
            i += 1
    return out


def _remove(words: list[str], phrase: tuple[str, ...]) -> list[str]:
    return _replace(words, phrase)


_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class BlocName:
    """What a bloc's name says: its scope (if it states one) and its distinctive words."""

    scope: Scope | None
    distinctive: str

    @property
    def numbered(self) -> bool:
        """Named by a number ("Cụm thi đua số 6"), as clusters inside one system are."""
        return any(w.isdigit() for w in self.distinctive.split())

    @property
    def slug(self) -> str:
        return f"{self.scope.slug if self.scope else '?'}/{slug(self.distinctive) if self.distinctive else ''}"


def parse_bloc(name: str, date: str | None = None) -> BlocName:
    """Split a bloc's name into the scope it states and its distinctive words.

    A province named in the name wins over a sector, a sector over "Trung ương".
    """
    words = tuple(name_key(name).split())
    scope: Scope | None = None
    rest = list(words)
    provinces = find_province(words, name)
    if provinces:
        mention = provinces[-1]
        unit = pick_province(mention.units, date)
        if unit is not None:
            scope = Scope("province", unit.id, unit.name)
            rest = list(words[:mention.start] + words[mention.end:])
    for phrase, sector in rules().sector_phrases:
        if _find(tuple(rest), phrase) >= 0:
            if scope is None:
                scope = Scope("sector", sector)
            rest = _remove(rest, phrase)
            break
    for marker in rules().central_markers:
        if _find(tuple(rest), marker) >= 0:
            scope = scope or CENTRAL
            rest = _remove(rest, marker)
    for phrase, by in rules().bloc_synonyms:
        rest = _replace(rest, phrase, by)
    for phrase in rules().bloc_words:
        rest = _remove(rest, phrase)
    while rest and any(tuple(rest[-len(u):]) == u for u in rules().unit_words):
        unit_len = next(len(u) for u in rules().unit_words if tuple(rest[-len(u):]) == u)
        rest = rest[:-unit_len]
    if len(rest) >= 2 and rest[-2] == "năm" and _YEAR.match(rest[-1]):
        rest = rest[:-2]
    return BlocName(scope, " ".join(rest))


@lru_cache(maxsize=1)
def _bloc_heads() -> dict[str, str]:
    return {name_key("Khối"): "bloc", name_key("Cụm"): "cluster"}


def bloc_kind(name: str) -> str | None:
    """'bloc' or 'cluster' when a name begins like one ("Khối thi đua ...", "Cụm ..."), else None.

    >>> bloc_kind("Khối thi đua"), bloc_kind("Cụm Thi đua số 6"), bloc_kind("Đảng ủy Khối")
    ('bloc', 'cluster', None)
    """
    words = name_key(name).split()
    return _bloc_heads().get(words[0]) if words else None
