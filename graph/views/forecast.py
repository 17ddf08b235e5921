"""A next-year forecast of each bloc's leader, extrapolated from the observed rotation.

A forecast is not a fact: no source states it, it is never written to the
graph, and every output labels it ``forecast``. It ranks the bodies known in
a bloc by two signals the observed rotation supports, and says why:

1. **The deputy moves up.** Where the graph shows the deputy of one year
   leading the next in at least half the transitions observed (in this bloc,
   or across all blocs when this bloc has none), the current deputies come
   first, the standing deputy before the others.
2. **Longest without leading.** Then the bodies that have gone longest
   without leading: those never seen leading first, then the earliest last
   term.

Candidates are the bloc's known members and every body that held a role in
it, except the leader of the latest year; bodies equal on both signals tie.

>>> from thidua.graph.views.records import Membership, Term
>>> terms = [Term("K", 2021, "leader", "A"), Term("K", 2021, "deputy", "B"), Term("K", 2022, "leader", "B"),
...          Term("K", 2022, "deputy", "C")]
>>> f = forecast(terms, [Membership("K", o) for o in "ABCD"])[0]
>>> f.year, [c.org for c in f.likeliest], [c.org for c in f.candidates]
(2023, ['C'], ['C', 'D', 'A'])
>>> f.candidates[0].reasons
('deputy in 2022', 'not known to have led (2021–2022)')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .analysis import DeputyRate, deputy_to_leader
from .records import STANDING_DEPUTY, Membership, Term
from .timeline import Timeline, timelines

__all__ = ["Candidate", "Forecast", "forecast", "FORECAST"]

#: How every forecast is labelled in the outputs.
FORECAST = "forecast"


@dataclass(frozen=True)
class Candidate:
    """A body that may lead the bloc next year, where it ranks and why."""

    org: str
    label: str
    rank: int
    reasons: tuple[str, ...]
    deputy_role: str | None = None
    last_led: int | None = None


@dataclass(frozen=True)
class Forecast:
    """The ranked candidates for the leadership of one bloc in ``year`` (a forecast, not a fact)."""

    bloc: str
    bloc_label: str
    year: int
    candidates: tuple[Candidate, ...]
    basis: tuple[str, ...]
    kind: str = FORECAST

    @property
    def likeliest(self) -> tuple[Candidate, ...]:
        """The candidates ranked first (several when they tie)."""
        return tuple(c for c in self.candidates if c.rank == 1)


def _evidence(rate: DeputyRate, pooled: DeputyRate) -> tuple[DeputyRate | None, str]:
    if rate.total:
        return rate, (f"in this bloc the deputy of one year led the next in {rate.promoted} of "
                      f"{rate.total} transitions observed")
    if pooled.total:
        return pooled, (f"no transition observed in this bloc; across all blocs the deputy of one year led the "
                        f"next in {pooled.promoted} of {pooled.total} transitions observed")
    return None, "no transition from a deputy to the next leader is observed anywhere"


def _forecast(timeline: Timeline, members: dict[str, str], pooled: DeputyRate) -> Forecast:
    now = timeline.rows[-1].year
    current = timeline.rows[-1]
    first = timeline.rows[0].year
    own = DeputyRate(tuple(t for t in pooled.transitions if t.bloc == timeline.bloc))
    evidence, said = _evidence(own, pooled)
    deputies_first = evidence is not None and evidence.promoted * 2 >= evidence.total
    basis = [f"the latest year with a known term is {now}", said]
    roles = {h.org: h.role for h in current.standing_deputies + current.deputies}
    if deputies_first:
        basis.append(f"so the deputies of {now} are ranked first" if roles else f"but no deputy of {now} is known")
    elif evidence is not None:
        basis.append("too rarely for being deputy to count")
    leaders_now = set(current.leader_ids)
    if leaders_now:
        basis.append(f"the leader of {now} is not a candidate")
    last_led: dict[str, int] = {}
    labels = dict(members)
    for row in timeline.rows:
        for h in row.leaders + row.standing_deputies + row.deputies:
            labels.setdefault(h.org, h.label)
        for h in row.leaders:
            last_led[h.org] = row.year

    def key(org: str) -> tuple[int, int]:
        tier = 2
        if deputies_first and org in roles:
            tier = 0 if roles[org] == STANDING_DEPUTY else 1
        return tier, last_led.get(org, first - 1)

    ranked = sorted((org for org in labels if org not in leaders_now), key=lambda o: (key(o), labels[o], o))
    candidates = []
    rank, previous = 0, None
    for position, org in enumerate(ranked, start=1):
        if key(org) != previous:
            rank, previous = position, key(org)
        reasons = []
        if org in roles:
            reasons.append(f"{'standing deputy' if roles[org] == STANDING_DEPUTY else 'deputy'} in {now}")
        if org in last_led:
            reasons.append(f"last led in {last_led[org]}")
        else:
            reasons.append(f"not known to have led ({first}–{now})" if first != now else
                           f"not known to have led (only {now} is known)")
        candidates.append(Candidate(org, labels[org], rank, tuple(reasons), roles.get(org), last_led.get(org)))
    return Forecast(timeline.bloc, timeline.label, now + 1, tuple(candidates), tuple(basis))


def forecast(terms: Iterable[Term], memberships: Iterable[Membership] = (),
             blocs: Iterable[str] | None = None) -> list[Forecast]:
    """The forecast of next year's leader for every bloc with a dated term (or for ``blocs``).

    Parameters
    ----------
    terms : every leadership term known; the evidence for rule 1 is pooled over all blocs.
    memberships : stated memberships, which widen the candidates beyond past role holders.
    blocs : ids of the blocs to forecast (default: all).
    """
    terms = list(terms)
    members: dict[str, dict[str, str]] = {}
    for m in memberships:
        members.setdefault(m.bloc, {})[m.org] = m.org_label
    pooled = deputy_to_leader(terms)
    wanted = None if blocs is None else set(blocs)
    return [_forecast(timeline, members.get(bloc, {}), pooled)
            for bloc, timeline in timelines(terms).items()
            if timeline.rows and (wanted is None or bloc in wanted)]
