"""The five answer keys, loaded as curated facts, make a valid graph that answers questions correctly."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from thidua.graph.store import Store
from thidua.graph.validate import validate
from thidua.loaders.facts import read_facts
from thidua.loaders.keys import name_key

CENTRAL_PARTY_BLOC = "Khối thi đua các cơ quan Đảng Trung ương"


@pytest.fixture(scope="module")
def store(gold_dir: Path) -> Store:
    kg = Store(":memory:")
    kg.load_facts([read_facts(p) for p in sorted(gold_dir.glob("*.yaml"))])
    return kg


def _bloc(store: Store, label: str) -> str:
    matches = [r["bloc"] for r in store.select_named("blocs") if name_key(r["label"]) == name_key(label)]
    assert len(matches) == 1, matches
    return matches[0]


def test_the_graph_conforms_to_the_shapes(store: Store) -> None:
    report = validate(store)
    assert report.conforms, [str(v) for v in report.results[:5]]
    assert report.triples > 2000


def test_who_led_the_central_party_bloc_in_2023(store: Store) -> None:
    rows = store.select_named("leaders", bloc=_bloc(store, CENTRAL_PARTY_BLOC), year=2023)
    leaders = [r["orgLabel"] for r in rows if r["role"] == "leader"]
    assert [name_key(x) for x in leaders] == [name_key("Nhà xuất bản Chính trị quốc gia Sự thật")]
    assert sorted(r["orgLabel"] for r in rows if r["role"] == "deputy") == [
        "Ban Nội chính Trung ương", "Đảng ủy Khối các cơ quan Trung ương"]
    assert [r["orgLabel"] for r in rows if r["role"] == "standing_deputy"] == ["Ban Tổ chức Trung ương"]


def test_which_bodies_are_members_of_the_central_party_bloc(store: Store) -> None:
    rows = store.select_named("members", bloc=_bloc(store, CENTRAL_PARTY_BLOC))
    members = {name_key(r["orgLabel"]) for r in rows}
    assert len(members) == 14
    assert {name_key("Báo Nhân Dân"), name_key("Tạp chí Cộng sản"), name_key("Ban Kinh tế Trung ương")} <= members


def test_how_many_honours_were_proposed(store: Store) -> None:
    proposed = store.select_named("honours", status="proposed")
    assert len(proposed) == 2
    assert sorted((r["honourAsWritten"], r["recipientCount"]) for r in proposed) == [("Bằng khen", 5), ("Cờ thi đua", 2)]
    counts = store.select("""SELECT (COUNT(?c) AS ?n) WHERE { ?c a tdkt:AwardConferral ; tdkt:status tdkt:Proposed }""")
    assert counts == [{"n": 2}]


def test_every_leadership_term_has_its_source(store: Store) -> None:
    rows = store.select_named("leaders")
    assert len(rows) == 12
    assert all(r["sources"] for r in rows)


def test_loading_the_same_files_twice_changes_nothing(store: Store, gold_dir: Path) -> None:
    before = store.export("nquads")
    report = store.load_facts([read_facts(p) for p in sorted(gold_dir.glob("*.yaml"))])
    assert report.added == 0
    assert store.export("nquads") == before


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_export_then_reimport_is_isomorphic(store: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"dump.{ {'trig': 'trig', 'nquads': 'nq', 'jsonld': 'jsonld'}[fmt] }"
    path.write_bytes(store.export(fmt))
    again = Store(":memory:")
    again.load_rdf(path)
    assert again.export("trig") == store.export("trig")
    assert len(again) == len(store)


def test_turtle_export_parses_back_to_an_isomorphic_graph(store: Store) -> None:
    data = store.export("turtle")
    original = rdflib.Graph().parse(data=store.export("nt").decode("utf-8"), format="nt")
    reparsed = rdflib.Graph().parse(data=data.decode("utf-8"), format="turtle")
    assert len(original) > 1000
    assert isomorphic(original, reparsed)
