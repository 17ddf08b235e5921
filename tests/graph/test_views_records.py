"""Records read from a store through the named queries: one per fact, every source and quote kept."""
from __future__ import annotations

from typing import Any

import pytest

from thidua.graph.store import Store
from thidua.graph.views.records import (Source, fetch_blocs, fetch_conferrals, fetch_memberships, fetch_terms)
from thidua.loaders.facts import Facts

BLOC = "Khối thi đua các cơ quan X"


def article(name: str, **sections: Any) -> Facts:
    return Facts.from_dict({"article": name, **sections})


@pytest.fixture(scope="module")
def store() -> Store:
    kg = Store(":memory:")
    kg.load_facts([
        article("a.txt", blocs=[{"name": BLOC, "kind": "bloc", "year": 2023, "members": ["Ban A", "Ban B"],
                                 "leadership": [
                                     {"year": 2023, "role": "leader", "org": "Ban A", "year_basis": "context",
                                      "provenance": {"quote": "Ban A (đơn vị Khối trưởng) trình bày báo cáo"}},
                                     {"year": 2024, "role": "standing_deputy", "org": "Ban B"}]}],
                awards=[{"award": "Bằng khen", "recipient": "Ban A", "recipient_kind": "collective",
                         "status": "conferred", "year": 2023,
                         "provenance": {"quote": "Ban A được tặng Bằng khen"}},
                        {"award": "Cờ thi đua", "recipient_count": 2, "recipient_kind": "collective",
                         "status": "proposed"},
                        {"award": "Chiến sĩ thi đua toàn quốc", "recipient": "Nguyễn Văn A",
                         "recipient_kind": "individual", "status": "conferred"}]),
        article("b.txt", blocs=[{"name": BLOC, "kind": "bloc", "leadership": [
            {"year": 2023, "role": "leader", "org": "Ban A", "year_basis": "stated",
             "provenance": {"quote": "Ban A làm Khối trưởng năm 2023"}}]}]),
        article("c.txt", blocs=[{"name": "Cụm thi đua số 1", "kind": "cluster",
                                 "leadership": [{"year": 2022, "role": "deputy", "org": "Ban C"}]}]),
    ])
    return kg


def test_a_term_stated_by_two_sources_is_one_record_with_both_quotes(store: Store) -> None:
    terms = {(t.bloc_label, t.year, t.role): t for t in fetch_terms(store)}
    lead = terms[(BLOC, 2023, "leader")]
    assert lead.org_label == "Ban A" and lead.bloc_kind == "bloc"
    assert lead.sources == (Source("a.txt", "Ban A (đơn vị Khối trưởng) trình bày báo cáo"),
                            Source("b.txt", "Ban A làm Khối trưởng năm 2023"))
    assert lead.year_basis == "stated"  # one source states the year: it is stated
    assert terms[(BLOC, 2024, "standing_deputy")].sources == (Source("a.txt"),)
    assert terms[("Cụm thi đua số 1", 2022, "deputy")].bloc_kind == "cluster"
    assert len(terms) == 3


def test_terms_of_one_bloc_or_one_year(store: Store) -> None:
    blocs = {label: iri for iri, label in fetch_blocs(store).items()}
    assert sorted(blocs) == ["Cụm thi đua số 1", BLOC]
    assert {t.bloc_label for t in fetch_terms(store, bloc=blocs["Cụm thi đua số 1"])} == {"Cụm thi đua số 1"}
    assert [t.org_label for t in fetch_terms(store, year=2024)] == ["Ban B"]


def test_memberships_with_their_year(store: Store) -> None:
    got = sorted((m.org_label, m.year, m.sources) for m in fetch_memberships(store))
    assert got == [("Ban A", 2023, (Source("a.txt"),)), ("Ban B", 2023, (Source("a.txt"),))]


def test_conferrals_named_counted_and_to_persons(store: Store) -> None:
    by_label = {c.as_written: c for c in fetch_conferrals(store)}
    named = by_label["Bằng khen"]
    assert (named.recipient_label, named.recipient_type, named.status, named.year, named.recipients) == (
        "Ban A", "body", "conferred", 2023, 1)
    assert named.sources == (Source("a.txt", "Ban A được tặng Bằng khen"),)
    assert named.honour is not None and named.honour_label == "Bằng khen"
    counted = by_label["Cờ thi đua"]
    assert (counted.recipient, counted.recipient_count, counted.status, counted.recipients) == (None, 2, "proposed", 2)
    assert by_label["Chiến sĩ thi đua toàn quốc"].recipient_type == "person"
    assert [c.as_written for c in fetch_conferrals(store, status="proposed")] == ["Cờ thi đua"]
