"""The embedded store: loads replace a source's graph, persist on disk, and refuse bad input whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from thidua.graph import iris
from thidua.graph.store import Store, StoreError, default_location
from thidua.loaders.facts import Facts


def _facts(org: str, article: str = "a.txt") -> Facts:
    return Facts.from_dict({"article": article, "blocs": [{"name": "Khối thi đua Y", "kind": "bloc",
                                                           "leadership": [{"year": 2020, "role": "leader", "org": org}]}]})


def test_reloading_a_source_replaces_its_graph() -> None:
    store = Store(":memory:")
    store.load_facts([_facts("Sở Tư pháp")])
    store.load_facts([_facts("Sở Nội vụ")])
    assert [r["orgLabel"] for r in store.select_named("leaders")] == ["Sở Nội vụ"]


def test_two_sources_stating_one_term_give_one_row_with_both_sources() -> None:
    store = Store(":memory:")
    store.load_facts([_facts("Sở Tư pháp", "a.txt"), _facts("Sở Tư pháp", "b.txt")])
    rows = store.select_named("leaders")
    assert len(rows) == 1
    assert sorted(rows[0]["sources"].split()) == ["a.txt", "b.txt"]


def test_display_labels_do_not_depend_on_load_order() -> None:
    one, two = Store(":memory:"), Store(":memory:")
    a, b = _facts("Sở Tư Pháp", "a.txt"), _facts("Sở tư pháp", "b.txt")
    one.load_facts([a, b])
    two.load_facts([b, a])
    assert one.export("nt") == two.export("nt")


def test_the_store_persists_on_disk(tmp_path: Path) -> None:
    store = Store(tmp_path / "kg")
    store.load_facts([_facts("Sở Tư pháp")])
    n = len(store)
    store.flush()
    del store
    again = Store(tmp_path / "kg")
    assert len(again) == n
    assert again.select_named("leaders")[0]["orgLabel"] == "Sở Tư pháp"


def test_a_file_where_the_store_should_be_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "kg").write_text("x")
    with pytest.raises(StoreError, match="is a file, not a directory"):
        Store(tmp_path / "kg")


def test_default_location_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("THIDUA_STORE", str(tmp_path / "s"))
    assert default_location() == tmp_path / "s"
    monkeypatch.delenv("THIDUA_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_location() == tmp_path / "data" / "thidua" / "store"


def test_bad_rdf_writes_nothing(tmp_path: Path) -> None:
    # the file streams into one transaction: an error on its last line must undo its first 5,000
    store = Store(":memory:")
    before = len(store)
    path = tmp_path / "bad.ttl"
    good = "".join(f"<http://e/a{i}> <http://e/p> <http://e/b> .\n" for i in range(5000))
    path.write_text(good + "<http://e/a> <http://e/p> .\n", encoding="utf-8")
    with pytest.raises(StoreError, match="bad.ttl: not valid Turtle: .* line 5001"):
        store.load_rdf(path)
    assert len(store) == before


def test_rdf_triples_go_into_a_graph_named_after_the_file(tmp_path: Path) -> None:
    store = Store(":memory:")
    path = tmp_path / "extra.ttl"
    path.write_text("<http://e/a> <http://e/p> <http://e/b> .\n", encoding="utf-8")
    store.load_rdf(path)
    assert any(g.endswith("/graph/file/extra-ttl") for g in store.graphs())


def test_reset_keeps_only_the_ontology() -> None:
    store = Store(":memory:")
    empty = len(store)
    store.load_facts([_facts("Sở Tư pháp")])
    store.reset()
    assert len(store) == empty
    assert store.select_named("leaders") == []


def test_bad_sparql_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="not valid SPARQL"):
        Store(":memory:").query("SELECT ?x WHERE { ?x ")


def test_unknown_parameters_are_refused() -> None:
    with pytest.raises(StoreError, match="no parameter colour"):
        Store(":memory:").select_named("leaders", colour="red")


def test_parameters_filter_without_hiding_unknown_years() -> None:
    store = Store(":memory:")
    store.load_facts([Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối X", "kind": "bloc", "leadership": [
        {"year": 2020, "role": "leader", "org": "A"}, {"year": 2021, "role": "leader", "org": "B"},
        {"year": None, "role": "deputy", "org": "C"}]}]})])
    assert [r["orgLabel"] for r in store.select_named("leaders", year=2021)] == ["B"]
    assert len(store.select_named("leaders")) == 3


def test_sources_have_their_own_graph_iri() -> None:
    store = Store(":memory:")
    store.load_facts([_facts("Sở Tư pháp", "x.txt")])
    assert str(iris.source_graph("x.txt")) in store.graphs()


def test_what_the_gazetteer_said_is_replaced_with_its_source() -> None:
    # Regression: gazetteer statements went into one shared graph that was only ever
    # added to, so a changed gazetteer or identity file left old canonical names behind.
    store = Store(":memory:")
    facts = Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua Z", "kind": "bloc",
                                                            "members": ["Ban Tổ chức Trung ương"]}]})
    store.load_facts([facts])
    gazetteer = [g for g in store.graphs() if "/graph/gazetteer/" in g]
    assert gazetteer == [str(iris.gazetteer_graph("a.txt"))]
    store.load_facts([Facts.from_dict({"article": "a.txt"})])
    assert not any("/graph/gazetteer/" in g for g in store.graphs())
    assert store.select("SELECT ?l WHERE { GRAPH ?g { ?b skos:prefLabel ?l } "
                        "FILTER (?g != <https://w3id.org/thidua/graph/ontology>) }") == []
