"""Timelines: year -> leader, standing deputy, deputies, each with its sources."""
from __future__ import annotations

from thidua.graph.views.records import Source, Term
from thidua.graph.views.timeline import deputies_by_year, leaders_by_year, timelines


def test_a_bloc_year_by_year_with_roles_apart_and_sources_kept() -> None:
    a = Source("a.txt", "A làm Khối trưởng năm 2021")
    terms = [Term("K", 2022, "leader", "B", "Khối K"), Term("K", 2021, "leader", "A", "Khối K", sources=(a,)),
             Term("K", 2021, "standing_deputy", "B", "Khối K"), Term("K", 2021, "deputy", "D", "Khối K"),
             Term("K", 2021, "deputy", "C", "Khối K")]
    line = timelines(terms)["K"]
    assert line.label == "Khối K" and line.years == (2021, 2022)
    first = line.row(2021)
    assert first is not None
    assert first.leader_ids == ("A",) and first.leaders[0].sources == (a,)
    assert [h.org for h in first.standing_deputies] == ["B"]
    assert [h.org for h in first.deputies] == ["C", "D"]  # in label order
    assert first.deputy_ids == ("B", "C", "D")  # the standing deputy first: it is a deputy too
    assert line.row(2023) is None


def test_blocs_are_kept_apart_and_ordered_by_label() -> None:
    terms = [Term("k2", 2020, "leader", "A", "Khối Z"), Term("k1", 2020, "leader", "A", "Khối B")]
    assert list(timelines(terms)) == ["k1", "k2"]


def test_terms_with_no_year_are_kept_apart_not_dropped() -> None:
    line = timelines([Term("K", None, "leader", "X"), Term("K", 2020, "deputy", "Y")])["K"]
    assert line.years == (2020,)
    assert [t.org for t in line.undated] == ["X"]


def test_years_with_leaders_and_years_with_deputies() -> None:
    line = timelines([Term("K", 2020, "leader", "A"), Term("K", 2021, "deputy", "B"),
                      Term("K", 2021, "standing_deputy", "C")])["K"]
    assert leaders_by_year(line) == {2020: ("A",)}
    assert deputies_by_year(line) == {2021: ("C", "B")}


def test_two_leaders_in_one_year_are_both_kept() -> None:
    # Sources may disagree, or a bloc change leader within the year: the timeline shows both.
    line = timelines([Term("K", 2020, "leader", "A"), Term("K", 2020, "leader", "B")])["K"]
    assert leaders_by_year(line) == {2020: ("A", "B")}
