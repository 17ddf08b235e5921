"""The rotation of one bloc or all, read from a store: records, timelines, analyses, graph.

:func:`load_rotation` reads the store once; the :class:`Rotation` it returns
gives the terms as plain records (``{"bloc", "year", "role", "org",
"sources"}``), the timelines, every analysis as plain data (what ``thidua
rotation --format json`` prints) and the rotation graph (what it writes as
GraphML or GEXF).

>>> from thidua.graph.store import Store
>>> from thidua.loaders.facts import Facts
>>> kg = Store(":memory:")
>>> _ = kg.load_facts([Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua X", "kind": "bloc",
...     "leadership": [{"year": 2023, "role": "leader", "org": "Ban A"}, {"year": 2023, "role": "deputy",
...     "org": "Ban B"}, {"year": 2024, "role": "leader", "org": "Ban B"}]}]})])
>>> rotation = load_rotation(kg, "khoi thi dua x")
>>> [(r["year"], r["role"], r["org"]) for r in rotation.records()]
[(2023, 'leader', 'Ban A'), (2023, 'deputy', 'Ban B'), (2024, 'leader', 'Ban B')]
>>> rotation.analyses()["deputy_to_leader"]["rate"]
1.0
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import networkx as nx

from .analysis import DeputyRate, deputy_to_leader, leaderless_years, repeat_leaders, rotation_cycles
from .blocs import resolve_bloc
from .export import plain
from .forecast import FORECAST, Forecast, forecast
from .records import ROLES, Membership, Selectable, Term, fetch_blocs, fetch_memberships, fetch_terms
from .succession import rotation_graph
from .timeline import Holder, Timeline, timelines

__all__ = ["Rotation", "load_rotation", "FORECAST_NOTE"]

#: What every forecast in an output says about itself.
FORECAST_NOTE = "a forecast extrapolated from the observed rotation, not a fact stated by any source"


def _holders(holders: tuple[Holder, ...]) -> list[dict[str, Any]]:
    return [{"org": h.label, "org_iri": h.org, "role": h.role} for h in holders]


@dataclass
class Rotation:
    """Every term and membership in the store, and the blocs asked about (None: all)."""

    terms: list[Term]
    memberships: list[Membership]
    blocs: list[str] | None = None

    def _wanted(self, bloc: str) -> bool:
        return self.blocs is None or bloc in self.blocs

    @cached_property
    def selected(self) -> list[Term]:
        """The terms of the blocs asked about."""
        return [t for t in self.terms if self._wanted(t.bloc)]

    @cached_property
    def timelines(self) -> dict[str, Timeline]:
        return timelines(self.selected)

    def records(self) -> list[dict[str, Any]]:
        """One record per term: bloc, year, role, org (labels), their IRIs, the year basis and sources."""
        rank = {role: i for i, role in enumerate(ROLES)}
        rows = sorted(self.selected, key=lambda t: (t.bloc_label, t.year is None, t.year or 0,
                                                    rank.get(t.role, len(rank)), t.org_label))
        return [{"bloc": t.bloc_label, "year": t.year, "role": t.role, "org": t.org_label,
                 "sources": plain(t.sources), "bloc_iri": t.bloc, "org_iri": t.org, "year_basis": t.year_basis}
                for t in rows]

    def deputy_rate(self) -> DeputyRate:
        """Deputy-to-leader transitions in the blocs asked about."""
        return deputy_to_leader(self.selected)

    def analyses(self) -> dict[str, Any]:
        """Every analysis of the blocs asked about, as plain data."""
        rate = self.deputy_rate()
        return {
            "deputy_to_leader": {
                "promoted": rate.promoted, "transitions": rate.total, "rate": rate.rate,
                "by_standing_deputy": rate.by_standing_deputy,
                "observed": [{"bloc": t.bloc_label, "bloc_iri": t.bloc, "from_year": t.year, "to_year": t.year + 1,
                              "deputies": _holders(t.deputies), "leaders": _holders(t.leaders),
                              "deputy_became_leader": t.deputy_became_leader} for t in rate.transitions],
            },
            "repeat_leaders": [{"bloc": r.bloc_label, "bloc_iri": r.bloc, "org": r.org_label, "org_iri": r.org,
                                "years": list(r.years), "intervals": list(r.intervals)}
                               for r in repeat_leaders(self.selected)],
            "cycles": [{"bloc": c.bloc_label, "bloc_iri": c.bloc, "org": c.org_label, "org_iri": c.org,
                        "from_year": c.start, "to_year": c.end, "length": c.length, "complete": c.complete,
                        "between": [{"year": y, "leaders": _holders(hs)} for y, hs in c.between]}
                       for c in rotation_cycles(self.selected)],
            "years_without_leader": [{"bloc": g.bloc_label, "bloc_iri": g.bloc, "first": g.first, "last": g.last,
                                      "years": list(g.years)}
                                     for g in leaderless_years(self.selected, self._memberships())],
            "forecasts": [{"kind": FORECAST, "note": FORECAST_NOTE, "bloc": f.bloc_label, "bloc_iri": f.bloc,
                           "year": f.year, "likeliest": [c.label for c in f.likeliest],
                           "candidates": [{"rank": c.rank, "org": c.label, "org_iri": c.org,
                                           "reasons": list(c.reasons)} for c in f.candidates],
                           "basis": list(f.basis)}
                          for f in self.forecasts()],
        }

    def forecasts(self) -> list[Forecast]:
        """Next year's forecast for each bloc asked about (evidence pooled over every bloc)."""
        return forecast(self.terms, self.memberships, self.blocs)

    def _memberships(self) -> list[Membership]:
        return [m for m in self.memberships if self._wanted(m.bloc)]

    def graph(self) -> nx.MultiDiGraph:
        """Blocs and bodies with term, succession and deputy-to-leader edges."""
        return rotation_graph(self.selected)


def load_rotation(store: Selectable, bloc: str | None = None) -> Rotation:
    """Read the rotation from a store; ``bloc`` names one bloc by (part of) its label or its IRI.

    Raises :class:`~thidua.graph.views.blocs.NoSuchBloc` or
    :class:`~thidua.graph.views.blocs.AmbiguousBloc` when ``bloc`` names none or several.
    """
    selected = [resolve_bloc(fetch_blocs(store), bloc)] if bloc else None
    return Rotation(fetch_terms(store), fetch_memberships(store), selected)
