"""The analyses researchers ask for, on small rotations with known answers."""
from __future__ import annotations

from thidua.graph.views.analysis import deputy_to_leader, leaderless_years, repeat_leaders, rotation_cycles
from thidua.graph.views.records import Membership, Term


def t(year: int, role: str, org: str, bloc: str = "K") -> Term:
    return Term(bloc, year, role, org)


def leaders(*pairs: tuple[int, str], bloc: str = "K") -> list[Term]:
    return [t(y, "leader", o, bloc) for y, o in pairs]


class TestDeputyToLeader:
    def test_the_issues_example_one_of_two(self) -> None:
        # Leaders A 2021, B 2022, C 2023; B deputy in 2021, D deputy in 2022.
        terms = leaders((2021, "A"), (2022, "B"), (2023, "C")) + [t(2021, "deputy", "B"), t(2022, "deputy", "D")]
        rate = deputy_to_leader(terms)
        assert (rate.promoted, rate.total, rate.rate) == (1, 2, 0.5)
        assert [(x.year, x.deputy_became_leader) for x in rate.transitions] == [(2021, True), (2022, False)]
        assert [h.org for h in rate.transitions[0].promoted] == ["B"]

    def test_a_standing_deputy_counts_as_a_deputy_and_is_counted_apart(self) -> None:
        terms = leaders((2021, "A"), (2022, "B")) + [t(2021, "standing_deputy", "B"), t(2021, "deputy", "C")]
        rate = deputy_to_leader(terms)
        assert (rate.promoted, rate.total, rate.by_standing_deputy) == (1, 1, 1)

    def test_only_transitions_with_both_sides_known_count(self) -> None:
        # 2020 has no known deputy; 2021's deputy is followed by a year with no known leader.
        terms = leaders((2020, "A"), (2021, "B")) + [t(2021, "deputy", "C"), t(2022, "deputy", "C")]
        rate = deputy_to_leader(terms)
        assert (rate.total, rate.rate) == (0, None)

    def test_one_bloc_or_all(self) -> None:
        terms = (leaders((2021, "A"), (2022, "B")) + [t(2021, "deputy", "B")]
                 + leaders((2021, "X"), (2022, "Y"), bloc="L") + [t(2021, "deputy", "Z", "L")])
        assert deputy_to_leader(terms).rate == 0.5
        assert deputy_to_leader(terms, bloc="L").rate == 0.0


def test_bodies_that_led_more_than_once_with_their_intervals() -> None:
    terms = leaders((2015, "A"), (2016, "B"), (2019, "A"), (2020, "A"), (2021, "C")) + leaders((2015, "A"), bloc="L")
    found = repeat_leaders(terms)
    assert [(r.bloc, r.org, r.years, r.intervals) for r in found] == [("K", "A", (2015, 2019, 2020), (4, 1))]


class TestCycles:
    def test_leadership_returning_after_a_full_round(self) -> None:
        terms = leaders((2018, "A"), (2019, "B"), (2020, "C"), (2021, "A"), (2022, "B"))
        cycles = rotation_cycles(terms)
        assert [(c.org, c.start, c.end, c.length, c.complete) for c in cycles] == [
            ("A", 2018, 2021, 3, True), ("B", 2019, 2022, 3, True)]
        assert [(y, [h.org for h in hs]) for y, hs in cycles[0].between] == [(2019, ["B"]), (2020, ["C"])]

    def test_unknown_years_in_between_make_a_cycle_incomplete(self) -> None:
        (cycle,) = rotation_cycles(leaders((2010, "A"), (2012, "B"), (2015, "A")))
        assert cycle.length == 5 and not cycle.complete
        assert [y for y, hs in cycle.between if not hs] == [2011, 2013, 2014]

    def test_re_election_is_not_a_cycle(self) -> None:
        assert rotation_cycles(leaders((2020, "A"), (2021, "A"))) == []


def test_years_with_no_known_leader_within_the_known_span() -> None:
    terms = leaders((2018, "A"), (2021, "B")) + [t(2019, "deputy", "C")]
    memberships = [Membership("K", "D", 2023), Membership("K", "E")]  # a dated membership widens the span
    (gaps,) = leaderless_years(terms, memberships)
    assert (gaps.first, gaps.last, gaps.years) == (2018, 2023, (2019, 2020, 2022, 2023))


def test_a_bloc_known_only_from_memberships_has_every_year_leaderless() -> None:
    (gaps,) = leaderless_years([], [Membership("K", "A", 2020, "Khối K")])
    assert (gaps.bloc_label, gaps.years) == ("Khối K", (2020,))
