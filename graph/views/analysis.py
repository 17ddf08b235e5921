"""Questions researchers ask of the rotation: pure functions over leadership terms.

* :func:`deputy_to_leader` -- how often a deputy of year Y led in year Y+1;
* :func:`repeat_leaders` -- bodies that led a bloc in more than one year, and the intervals;
* :func:`rotation_cycles` -- the leadership coming back to a body, and who led in between;
* :func:`leaderless_years` -- years, within the span a bloc is known, with no known leader.

Everything is counted on what the sources state: a year nobody wrote about is
unknown, not empty, and each answer says how many observations it rests on.
The next-year forecast is in :mod:`thidua.graph.views.forecast`.

>>> from thidua.graph.views.records import Term
>>> terms = [Term("K", 2021, "leader", "A"), Term("K", 2022, "leader", "B"), Term("K", 2023, "leader", "C"),
...          Term("K", 2021, "deputy", "B"), Term("K", 2022, "deputy", "D")]
>>> rate = deputy_to_leader(terms)
>>> rate.promoted, rate.total, rate.rate
(1, 2, 0.5)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .records import Membership, STANDING_DEPUTY, Term
from .timeline import Holder, leaders_by_year, timelines

__all__ = ["Transition", "DeputyRate", "deputy_to_leader", "RepeatLeader", "repeat_leaders", "Cycle",
           "rotation_cycles", "Gaps", "leaderless_years"]


@dataclass(frozen=True)
class Transition:
    """One handover observed with both sides known: the deputies of ``year`` and the leaders of ``year + 1``."""

    bloc: str
    bloc_label: str
    year: int
    deputies: tuple[Holder, ...]
    leaders: tuple[Holder, ...]

    @property
    def promoted(self) -> tuple[Holder, ...]:
        """The deputies of ``year`` that led in ``year + 1``."""
        leaders = {h.org for h in self.leaders}
        return tuple(h for h in self.deputies if h.org in leaders)

    @property
    def deputy_became_leader(self) -> bool:
        return bool(self.promoted)


@dataclass(frozen=True)
class DeputyRate:
    """How often the previous year's deputy became leader, over the transitions observed."""

    transitions: tuple[Transition, ...]

    @property
    def total(self) -> int:
        return len(self.transitions)

    @property
    def promoted(self) -> int:
        return sum(1 for t in self.transitions if t.deputy_became_leader)

    @property
    def by_standing_deputy(self) -> int:
        """Transitions in which the body that became leader had been the standing deputy."""
        return sum(1 for t in self.transitions if any(h.role == STANDING_DEPUTY for h in t.promoted))

    @property
    def rate(self) -> float | None:
        """``promoted / total``; None when no transition was observed."""
        return self.promoted / self.total if self.total else None


def deputy_to_leader(terms: Iterable[Term], bloc: str | None = None) -> DeputyRate:
    """How often a deputy of year Y (standing deputy included) was the leader of year Y+1.

    A transition counts only where the sources name both the deputies of Y
    and the leader of Y+1; ``bloc`` keeps one bloc.

    >>> from thidua.graph.views.records import Term
    >>> r = deputy_to_leader([Term("K", 2023, "deputy", "T"), Term("K", 2024, "leader", "T"),
    ...                       Term("K", 2024, "deputy", "V")])
    >>> r.promoted, r.total, [t.year for t in r.transitions]
    (1, 1, [2023])
    """
    found = []
    for key, timeline in timelines(terms).items():
        if bloc is not None and key != bloc:
            continue
        for row in timeline.rows:
            following = timeline.row(row.year + 1)
            deputies = row.standing_deputies + row.deputies
            if deputies and following is not None and following.leaders:
                found.append(Transition(key, timeline.label, row.year, deputies, following.leaders))
    return DeputyRate(tuple(found))


@dataclass(frozen=True)
class RepeatLeader:
    """A body that led one bloc in more than one year; ``intervals`` are the years between its terms."""

    bloc: str
    bloc_label: str
    org: str
    org_label: str
    years: tuple[int, ...]

    @property
    def intervals(self) -> tuple[int, ...]:
        return tuple(b - a for a, b in zip(self.years, self.years[1:]))


def repeat_leaders(terms: Iterable[Term]) -> list[RepeatLeader]:
    """Bodies that led a bloc in two or more years, with those years (consecutive years included).

    >>> from thidua.graph.views.records import Term
    >>> [(r.org, r.years, r.intervals) for r in repeat_leaders(
    ...     [Term("K", y, "leader", o) for y, o in [(2018, "A"), (2019, "B"), (2021, "A"), (2022, "A")]])]
    [('A', (2018, 2021, 2022), (3, 1))]
    """
    out = []
    for bloc, timeline in timelines(terms).items():
        years: dict[str, list[int]] = {}
        labels = {}
        for row in timeline.rows:
            for h in row.leaders:
                years.setdefault(h.org, []).append(row.year)
                labels[h.org] = h.label
        for org, led in years.items():
            if len(led) > 1:
                out.append(RepeatLeader(bloc, timeline.label, org, labels[org], tuple(led)))
    return sorted(out, key=lambda r: (r.bloc_label, r.years, r.org_label))


@dataclass(frozen=True)
class Cycle:
    """The leadership of a bloc returning to ``org`` in ``end`` after it led in ``start``.

    ``between`` lists each year in between with its known leaders (empty where
    none is known); ``complete`` says whether every one of those years is known.
    """

    bloc: str
    bloc_label: str
    org: str
    org_label: str
    start: int
    end: int
    between: tuple[tuple[int, tuple[Holder, ...]], ...]

    @property
    def length(self) -> int:
        """Years from one term to the next: the period of the rotation, if it is regular."""
        return self.end - self.start

    @property
    def complete(self) -> bool:
        return all(leaders for _, leaders in self.between)


def rotation_cycles(terms: Iterable[Term]) -> list[Cycle]:
    """Every return of a bloc's leadership to a body that led it before, with someone else (or
    an unknown year) in between; re-election for the next year is not a cycle.

    >>> from thidua.graph.views.records import Term
    >>> terms = [Term("K", y, "leader", o) for y, o in [(2019, "A"), (2020, "B"), (2021, "C"), (2022, "A")]]
    >>> [(c.org, c.start, c.end, c.length, [h.org for _, hs in c.between for h in hs], c.complete)
    ...  for c in rotation_cycles(terms)]
    [('A', 2019, 2022, 3, ['B', 'C'], True)]
    """
    out = []
    for bloc, timeline in timelines(terms).items():
        rows = {r.year: r.leaders for r in timeline.rows if r.leaders}
        last: dict[str, int] = {}
        for year in sorted(rows):
            for holder in rows[year]:
                before = last.get(holder.org)
                if before is not None and year - before > 1:
                    between = tuple((y, rows.get(y, ())) for y in range(before + 1, year))
                    out.append(Cycle(bloc, timeline.label, holder.org, holder.label, before, year, between))
                last[holder.org] = year
    return sorted(out, key=lambda c: (c.bloc_label, c.end, c.org_label))


@dataclass(frozen=True)
class Gaps:
    """The years of a bloc's known span (``first`` to ``last``) with no known leader."""

    bloc: str
    bloc_label: str
    first: int
    last: int
    years: tuple[int, ...]


def leaderless_years(terms: Iterable[Term], memberships: Iterable[Membership] = ()) -> list[Gaps]:
    """Per bloc, the years with no known leader between the first and last year the sources
    mention it (through any term, or a dated membership).

    >>> from thidua.graph.views.records import Term
    >>> [(g.first, g.last, g.years) for g in leaderless_years(
    ...     [Term("K", 2020, "leader", "A"), Term("K", 2022, "deputy", "B"), Term("K", 2023, "leader", "C")])]
    [(2020, 2023, (2021, 2022))]
    """
    terms = list(terms)
    span: dict[str, set[int]] = {}
    labels: dict[str, str] = {}
    for item in [*terms, *memberships]:
        labels.setdefault(item.bloc, item.bloc_label)
        if item.year is not None:
            span.setdefault(item.bloc, set()).add(item.year)
    lines = {bloc: leaders_by_year(t) for bloc, t in timelines(terms).items()}
    out = []
    for bloc, years in span.items():
        led = lines.get(bloc, {})
        first, last = min(years), max(years)
        out.append(Gaps(bloc, labels[bloc], first, last, tuple(y for y in range(first, last + 1) if y not in led)))
    return sorted(out, key=lambda g: (g.bloc_label, g.bloc))
