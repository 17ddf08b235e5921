"""The next-year forecast: ranked from the observed rotation, with its reasons, labelled a forecast."""
from __future__ import annotations

from thidua.graph.views.forecast import FORECAST, forecast
from thidua.graph.views.records import Membership, Term


def t(year: int, role: str, org: str, bloc: str = "K") -> Term:
    return Term(bloc, year, role, org)


def members(*orgs: str, bloc: str = "K") -> list[Membership]:
    return [Membership(bloc, o) for o in orgs]


def test_when_deputies_usually_move_up_the_current_standing_deputy_comes_first() -> None:
    terms = [t(2021, "leader", "A"), t(2021, "deputy", "B"), t(2022, "leader", "B"),
             t(2022, "deputy", "C"), t(2022, "standing_deputy", "D")]
    (f,) = forecast(terms, members("A", "B", "C", "D", "E"))
    assert f.kind == FORECAST and f.year == 2023
    assert [(c.org, c.rank) for c in f.candidates] == [("D", 1), ("C", 2), ("E", 3), ("A", 4)]
    assert f.candidates[0].reasons == ("standing deputy in 2022", "not known to have led (2021–2022)")
    assert "B" not in [c.org for c in f.candidates]  # this year's leader is not a candidate
    assert any("1 of 1 transitions" in line for line in f.basis)


def test_when_deputies_rarely_move_up_the_longest_without_leading_comes_first() -> None:
    # Two transitions, no deputy promoted: being deputy is not used.
    terms = [t(2019, "leader", "A"), t(2020, "leader", "B"), t(2021, "leader", "C"), t(2022, "leader", "D"),
             t(2020, "deputy", "X"), t(2021, "deputy", "Y"), t(2022, "deputy", "C")]
    (f,) = forecast(terms, members("A", "B", "C", "D", "E"))
    order = [c.org for c in f.candidates]
    assert order[:3] == ["E", "X", "Y"]  # never led, in label order (they tie)
    assert [c.rank for c in f.candidates[:3]] == [1, 1, 1]
    assert order[3:] == ["A", "B", "C"]  # then the earliest last term first
    assert f.candidates[3].reasons == ("last led in 2019",)
    assert any("too rarely" in line for line in f.basis)


def test_a_bloc_without_transitions_borrows_the_evidence_of_all_blocs() -> None:
    terms = [t(2020, "leader", "A", "L"), t(2020, "deputy", "B", "L"), t(2021, "leader", "B", "L"),
             t(2024, "leader", "P"), t(2024, "deputy", "Q", "K")]
    forecasts = {f.bloc: f for f in forecast(terms, members("P", "Q", "R"))}
    k = forecasts["K"]
    assert [c.org for c in k.likeliest] == ["Q"]
    assert any("across all blocs" in line for line in k.basis)


def test_with_no_evidence_at_all_being_deputy_is_not_used_and_ties_are_shown() -> None:
    (f,) = forecast([t(2024, "leader", "A"), t(2024, "deputy", "B")], members("A", "B", "C"))
    assert [c.org for c in f.likeliest] == ["B", "C"]
    assert any("no transition" in line for line in f.basis)


def test_only_the_blocs_asked_for() -> None:
    terms = [t(2020, "leader", "A"), t(2020, "leader", "B", "L")]
    assert [f.bloc for f in forecast(terms, blocs=["L"])] == ["L"]
