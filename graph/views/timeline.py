"""Per bloc, the timeline of its leadership: year -> leader, standing deputy, deputies.

Every holder keeps the sources that state its term, so each cell of a
timeline can be cited. Terms whose year no source gives cannot be placed on
a timeline; they are kept apart (``Timeline.undated``) rather than dropped.

>>> from thidua.graph.views.records import Term
>>> terms = [Term("K", 2021, "leader", "A"), Term("K", 2021, "deputy", "B"),
...          Term("K", 2022, "leader", "B"), Term("K", None, "deputy", "C")]
>>> t = timelines(terms)["K"]
>>> [(row.year, row.leader_ids, row.deputy_ids) for row in t.rows]
[(2021, ('A',), ('B',)), (2022, ('B',), ())]
>>> [term.org for term in t.undated]
['C']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .records import DEPUTY, LEADER, STANDING_DEPUTY, Source, Term

__all__ = ["Holder", "YearRow", "Timeline", "timelines", "leaders_by_year", "deputies_by_year"]


@dataclass(frozen=True)
class Holder:
    """A body holding a role in one year, with the sources that say so."""

    org: str
    label: str
    role: str
    year_basis: str | None = None
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class YearRow:
    """Who held which role in one bloc in one year (empty tuples where nothing is known)."""

    year: int
    leaders: tuple[Holder, ...] = ()
    standing_deputies: tuple[Holder, ...] = ()
    deputies: tuple[Holder, ...] = ()

    @property
    def leader_ids(self) -> tuple[str, ...]:
        return tuple(h.org for h in self.leaders)

    @property
    def deputy_ids(self) -> tuple[str, ...]:
        """Every deputy of the year, the standing deputy first (a standing deputy is a deputy)."""
        return tuple(h.org for h in self.standing_deputies + self.deputies)


@dataclass(frozen=True)
class Timeline:
    """The leadership of one bloc, year by year, oldest first."""

    bloc: str
    label: str
    kind: str
    rows: tuple[YearRow, ...]
    undated: tuple[Term, ...] = ()

    def row(self, year: int) -> YearRow | None:
        """The row of one year, None when no term of that year is known."""
        return next((r for r in self.rows if r.year == year), None)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(r.year for r in self.rows)


def _holder(term: Term) -> Holder:
    return Holder(term.org, term.org_label, term.role, term.year_basis, term.sources)


def timelines(terms: Iterable[Term]) -> dict[str, Timeline]:
    """The timeline of every bloc that has a leadership term, keyed by bloc id, in label order.

    Parameters
    ----------
    terms : leadership terms (:func:`~thidua.graph.views.records.fetch_terms`).

    Returns
    -------
    dict of bloc id -> :class:`Timeline`; holders within a role are in label order.
    """
    by_bloc: dict[str, list[Term]] = {}
    for term in terms:
        by_bloc.setdefault(term.bloc, []).append(term)
    out = {}
    for bloc, bloc_terms in sorted(by_bloc.items(), key=lambda kv: (kv[1][0].bloc_label, kv[0])):
        years: dict[int, dict[str, list[Holder]]] = {}
        for term in sorted(bloc_terms, key=lambda t: (t.org_label, t.org)):
            if term.year is not None:
                years.setdefault(term.year, {}).setdefault(term.role, []).append(_holder(term))
        rows = tuple(YearRow(year, tuple(roles.get(LEADER, ())), tuple(roles.get(STANDING_DEPUTY, ())),
                             tuple(roles.get(DEPUTY, ())))
                     for year, roles in sorted(years.items()))
        first = bloc_terms[0]
        out[bloc] = Timeline(bloc, first.bloc_label, first.bloc_kind, rows,
                             tuple(t for t in bloc_terms if t.year is None))
    return out


def leaders_by_year(timeline: Timeline) -> dict[int, tuple[str, ...]]:
    """Year -> the bodies that led the bloc that year, for the years with a known leader.

    >>> from thidua.graph.views.records import Term
    >>> leaders_by_year(timelines([Term("K", 2021, "leader", "A"), Term("K", 2022, "deputy", "B")])["K"])
    {2021: ('A',)}
    """
    return {r.year: r.leader_ids for r in timeline.rows if r.leaders}


def deputies_by_year(timeline: Timeline) -> dict[int, tuple[str, ...]]:
    """Year -> the deputies of that year (standing deputies included), for the years with known deputies."""
    return {r.year: r.deputy_ids for r in timeline.rows if r.deputy_ids}

