"""Typed records read from the store through named queries: the only input of the views.

The views never see triples: they are pure functions over these records, so
that a researcher can build them by hand (as the tests do) or from any store
that answers the same named queries. Each query returns one row per fact and
source; the rows of one fact are folded here into one record that keeps
every source with the sentence it quotes.

Roles are the ``skos:notation`` of the concepts of ``tdkt:BlocRoleScheme``:
``leader``, ``standing_deputy`` (a kind of deputy, ``skos:broader``
``deputy``) and ``deputy``; ``member`` for plain membership.

>>> from thidua.graph.store import Store
>>> from thidua.loaders.facts import Facts
>>> kg = Store(":memory:")
>>> _ = kg.load_facts([Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua X",
...     "kind": "bloc", "members": ["Ban Y"], "leadership": [{"year": 2023, "role": "leader", "org": "Ban Y",
...     "provenance": {"quote": "Ban Y làm Khối trưởng năm 2023"}}]}]})])
>>> [(t.year, t.role, t.org_label, t.sources) for t in fetch_terms(kg)]
[(2023, 'leader', 'Ban Y', (Source(file='a.txt', quote='Ban Y làm Khối trưởng năm 2023'),))]
>>> [(m.bloc_label, m.org_label, m.year) for m in fetch_memberships(kg)]
[('Khối thi đua X', 'Ban Y', None)]
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Protocol

__all__ = ["LEADER", "STANDING_DEPUTY", "DEPUTY", "MEMBER", "DEPUTY_ROLES", "ROLES",
           "Source", "Term", "Membership", "Conferral",
           "fetch_terms", "fetch_memberships", "fetch_conferrals", "fetch_blocs", "fetch_body_kinds",
           "merge_sources", "Selectable"]

LEADER = "leader"
STANDING_DEPUTY = "standing_deputy"
DEPUTY = "deputy"
MEMBER = "member"
#: The roles that count as deputy: the standing deputy is a kind of deputy (skos:broader).
DEPUTY_ROLES = (STANDING_DEPUTY, DEPUTY)
#: The leadership roles, most senior first.
ROLES = (LEADER, STANDING_DEPUTY, DEPUTY)


class Selectable(Protocol):
    """Anything that runs thidua's named queries (a :class:`~thidua.graph.store.Store`)."""

    def select_named(self, name: str, **params: Any) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Source:
    """A source file that states a fact, and the sentence it was read from when known."""

    file: str
    quote: str | None = None


def _default_labels(record: Any) -> None:
    """A record without labels shows its IRIs instead (frozen dataclasses: set through object)."""
    if not record.bloc_label:
        object.__setattr__(record, "bloc_label", record.bloc)
    if not record.org_label:
        object.__setattr__(record, "org_label", record.org)


@dataclass(frozen=True)
class Term:
    """One leadership term: a body held a role in a bloc for a year.

    ``bloc`` and ``org`` are node ids (IRIs in a store; any text in hand-made
    records); the labels are what the views display.
    """

    bloc: str
    year: int | None
    role: str
    org: str
    bloc_label: str = ""
    org_label: str = ""
    bloc_kind: str = "bloc"
    year_basis: str | None = None
    sources: tuple[Source, ...] = ()

    def __post_init__(self) -> None:
        _default_labels(self)


@dataclass(frozen=True)
class Membership:
    """One membership: a source says a body belongs to a bloc (in a year, when it says which)."""

    bloc: str
    org: str
    year: int | None = None
    bloc_label: str = ""
    org_label: str = ""
    bloc_kind: str = "bloc"
    sources: tuple[Source, ...] = ()

    def __post_init__(self) -> None:
        _default_labels(self)


@dataclass(frozen=True)
class Conferral:
    """One honour proposed for or conferred on a named recipient or a counted group.

    ``honour`` is the concept of the honours scheme, None when the honour as
    written is not in it; ``recipient`` is None when the source only counts
    the recipients (``recipient_count``).
    """

    iri: str
    honour: str | None
    honour_label: str
    status: str
    as_written: str = ""
    recipient: str | None = None
    recipient_label: str = ""
    recipient_type: str | None = None
    recipient_kind: str | None = None
    recipient_count: int | None = None
    year: int | None = None
    grantor: str | None = None
    grantor_label: str | None = None
    proposer: str | None = None
    proposer_label: str | None = None
    sources: tuple[Source, ...] = ()

    @property
    def recipients(self) -> int:
        """How many recipients the statement is about: the stated count, else one named recipient."""
        if self.recipient_count is not None:
            return self.recipient_count
        return 1 if self.recipient is not None else 0


def merge_sources(*groups: Iterable[Source]) -> tuple[Source, ...]:
    """Sources of one fact, once each, by file then quote; a bare mention of a file is
    dropped where the same file is also quoted (the quote says all it does).

    >>> merge_sources([Source("b.txt"), Source("a.txt")], [Source("b.txt", "X làm Khối trưởng")])
    (Source(file='a.txt', quote=None), Source(file='b.txt', quote='X làm Khối trưởng'))
    """
    found = {s for group in groups for s in group}
    quoted = {s.file for s in found if s.quote}
    return tuple(sorted((s for s in found if s.quote or s.file not in quoted), key=lambda s: (s.file, s.quote or "")))


def _sources(rows: Iterable[dict[str, Any]]) -> tuple[Source, ...]:
    return merge_sources(Source(r["file"], r.get("quote")) for r in rows if r.get("file"))


def _group(rows: list[dict[str, Any]], key: str) -> list[list[dict[str, Any]]]:
    """Rows grouped by one column, in the order the query sorted them."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return list(groups.values())


def _basis(rows: list[dict[str, Any]]) -> str | None:
    """``stated`` when any source states the year in the sentence, else the basis given."""
    bases = {r.get("yearBasis") for r in rows} - {None}
    return "stated" if "stated" in bases else (min(bases) if bases else None)


def fetch_terms(store: Selectable, bloc: str | None = None, year: int | None = None) -> list[Term]:
    """The leadership terms in the store (named query ``rotation_terms``), one record per term."""
    out = []
    for rows in _group(store.select_named("rotation_terms", bloc=bloc, year=year), "term"):
        r = rows[0]
        out.append(Term(bloc=r["bloc"], year=r["year"], role=r["role"], org=r["org"],
                        bloc_label=r["blocLabel"] or "", org_label=r["orgLabel"] or "",
                        bloc_kind=r["blocKind"] or "bloc", year_basis=_basis(rows), sources=_sources(rows)))
    return out


def fetch_memberships(store: Selectable, bloc: str | None = None) -> list[Membership]:
    """The memberships in the store (named query ``memberships_by_year``), one record per membership."""
    out = []
    for rows in _group(store.select_named("memberships_by_year", bloc=bloc), "membership"):
        r = rows[0]
        out.append(Membership(bloc=r["bloc"], org=r["org"], year=r["year"], bloc_label=r["blocLabel"] or "",
                              org_label=r["orgLabel"] or "", bloc_kind=r["blocKind"] or "bloc",
                              sources=_sources(rows)))
    return out


def fetch_conferrals(store: Selectable, status: str | None = None) -> list[Conferral]:
    """The award conferrals in the store (named query ``honour_links``), one record per conferral."""
    out = []
    for rows in _group(store.select_named("honour_links", status=status), "conferral"):
        r = rows[0]
        out.append(Conferral(
            iri=r["conferral"], honour=r["honour"], honour_label=r["honourLabel"] or r["honourAsWritten"],
            status=r["status"], as_written=r["honourAsWritten"], recipient=r["recipient"],
            recipient_label=r["recipientLabel"] or (r["recipient"] or ""), recipient_type=r["recipientType"],
            recipient_kind=r["recipientKind"], recipient_count=r["recipientCount"], year=r["year"],
            grantor=r["grantor"], grantor_label=r["grantorLabel"], proposer=r["proposer"],
            proposer_label=r["proposerLabel"], sources=_sources(rows)))
    return out


def fetch_blocs(store: Selectable) -> dict[str, str]:
    """Every bloc and cluster in the store: IRI -> display label (named query ``blocs``)."""
    return {r["bloc"]: r["label"] or r["bloc"] for r in store.select_named("blocs")}


def fetch_body_kinds(store: Selectable) -> dict[str, tuple[str, ...]]:
    """The kinds (``skos:notation`` of ``tdkt:BodyKindScheme``) of every body that has any."""
    out = {}
    for r in store.select_named("bodies"):
        if r["kinds"]:
            out[r["body"]] = tuple(sorted(r["kinds"].split()))
    return out
