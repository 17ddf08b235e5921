"""One body, one node; one bloc, one node -- across spellings, years and scopes (issue 4).

The fixtures are short articles' facts written for these tests (tests/graph/fixtures):
the central Nội chính bloc in three years under three spellings, two provinces'
blocs with the same member names, "Cụm thi đua số 6" of three systems and of none,
and Phú Thọ before and after the 2025 merger.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from thidua.graph.store import Store
from thidua.graph.validate import validate
from thidua.loaders.facts import read_facts
from thidua.ontology.vocab import ID, TDKT

FIXTURES = Path(__file__).parent / "fixtures"


def _store(*names: str) -> Store:
    store = Store(":memory:")
    store.load_facts([read_facts(FIXTURES / f"{name}.yaml") for name in names])
    return store


def _nodes(store: Store, written: str, article: str | None = None) -> set[str]:
    """The nodes a written name (in one article, or any) was resolved to."""
    rows = store.select_named("name_mentions")
    return {r["node"] for r in rows if r["written"] == written and (article is None or r["file"] == article)}


def _id(path: str) -> str:
    return str(ID[path])


# -- one bloc across years and spellings ------------------------------------------------------


@pytest.fixture(scope="module")
def noi_chinh() -> Store:
    return _store("noi_chinh_2022", "noi_chinh_2023", "noi_chinh_2024")


def test_the_same_bloc_in_three_years_under_three_spellings_is_one_bloc(noi_chinh: Store) -> None:
    blocs = noi_chinh.select_named("blocs")
    assert [b["bloc"] for b in blocs] == [_id("bloc/central/khoi-noi-chinh")]
    assert sorted(blocs[0]["sources"].split()) == ["noi_chinh_2022.txt", "noi_chinh_2023.txt", "noi_chinh_2024.txt"]


def test_its_leadership_timeline_spans_the_three_years(noi_chinh: Store) -> None:
    leaders = noi_chinh.select_named("leaders", bloc=_id("bloc/central/khoi-noi-chinh"))
    timeline = [(r["year"], r["orgLabel"]) for r in leaders if r["role"] == "leader"]
    assert timeline == [(2022, "Bộ Tư pháp"), (2023, "Kiểm toán Nhà nước"), (2024, "Tòa án nhân dân tối cao")]


def test_the_deputy_of_2023_is_the_leader_of_2024_one_node(noi_chinh: Store) -> None:
    court = _id("body/toa-an-nhan-dan-toi-cao")
    assert _nodes(noi_chinh, "Toà án nhân dân tối cao") == _nodes(noi_chinh, "TAND tối cao") == {court}
    terms = {(r["year"], r["role"]) for r in noi_chinh.select_named("leaders") if r["org"] == court}
    assert terms == {(2023, "deputy"), (2024, "leader")}


def test_the_bloc_has_a_central_scope_and_its_canonical_name(noi_chinh: Store) -> None:
    rows = noi_chinh.select("SELECT DISTINCT ?scope ?label WHERE { ?b tdkt:scope ?scope ; rdfs:label ?label }")
    assert rows == [{"scope": str(TDKT.CentralScope), "label": "Khối thi đua các bộ, ngành Nội chính Trung ương"}]


def test_the_organiser_of_the_event_is_the_bloc(noi_chinh: Store) -> None:
    rows = noi_chinh.select("SELECT DISTINCT ?o WHERE { ?e a schema:Event ; schema:organizer ?o }")
    assert rows == [{"o": _id("bloc/central/khoi-noi-chinh")}]


# -- two provinces, the same names ------------------------------------------------------------


@pytest.fixture(scope="module")
def provinces() -> Store:
    return _store("phu_tho_2023", "bac_kan_2023")


def test_two_provinces_hoi_nong_dan_stay_apart(provinces: Store) -> None:
    assert _nodes(provinces, "Hội Nông dân", "phu_tho_2023.txt") == {_id("body/phu-tho-hoi-nong-dan")}
    assert _nodes(provinces, "Hội Nông dân", "bac_kan_2023.txt") == {_id("body/bac-kan-hoi-nong-dan")}
    assert _nodes(provinces, "Hội Nông dân tỉnh") == {_id("body/phu-tho-hoi-nong-dan")}


def test_each_province_leader_is_its_own_farmers_union(provinces: Store) -> None:
    leaders = {(r["blocLabel"], r["orgLabel"]) for r in provinces.select_named("leaders")}
    assert leaders == {  # Phú Thọ's bloc is in blocs.yaml, so it shows its canonical name
        ("Khối thi đua các cơ quan Đảng, Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh Phú Thọ",
         "Hội Nông dân tỉnh Phú Thọ"),
        ("Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể tỉnh Bắc Kạn", "Hội Nông dân tỉnh Bắc Kạn"),
    }


def test_the_two_blocs_are_two_nodes_scoped_by_their_province(provinces: Store) -> None:
    rows = provinces.select("SELECT DISTINCT ?b ?scope WHERE { ?b a tdkt:EmulationBloc ; tdkt:scope ?scope }")
    assert {(r["b"], r["scope"]) for r in rows} == {
        (_id("bloc/phu-tho/khoi-dang-mat-tran-doan-the"), _id("province/phu-tho")),
        (_id("bloc/bac-kan/khoi-dang-mat-tran-doan-the"), _id("province/bac-kan")),
    }


def test_short_forms_inside_a_provincial_bloc_are_that_provinces_bodies(provinces: Store) -> None:
    assert _nodes(provinces, "Ban Dân vận") == {_id("body/phu-tho-ban-dan-van-tinh-uy")}
    assert _nodes(provinces, "Ban Dân vận Tỉnh ủy") == {_id("body/bac-kan-ban-dan-van-tinh-uy")}
    assert _nodes(provinces, "Ủy ban MTTQ tỉnh") == {_id("body/phu-tho-uy-ban-mat-tran-to-quoc")}
    assert _nodes(provinces, "Báo Bắc Kạn") == {_id("body/bac-kan-bao")}


def test_unknown_bodies_are_qualified_by_their_province(provinces: Store) -> None:
    assert _nodes(provinces, "Sở Ngoại vụ") == {_id("body/phu-tho/so-ngoai-vu")}
    assert _nodes(provinces, "Sở Ngoại vụ tỉnh") == {_id("body/bac-kan/so-ngoai-vu")}


def test_how_each_name_was_resolved_is_recorded(provinces: Store) -> None:
    rows = provinces.select_named("name_mentions", node=_id("body/phu-tho-hoi-nong-dan"))
    assert {(r["written"], r["how"]) for r in rows} == {("Hội Nông dân", "scope"), ("Hội Nông dân tỉnh", "scope")}
    assert all("Phú Thọ" in r["why"] for r in rows)


def test_a_provincial_body_knows_its_province_and_parent(provinces: Store) -> None:
    rows = provinces.select("""SELECT DISTINCT ?area ?parentLabel WHERE {
        body:phu-tho-hoi-nong-dan schema:areaServed ?area ; org:subOrganizationOf ?p . ?p rdfs:label ?parentLabel }""")
    assert rows == [{"area": _id("province/phu-tho"), "parentLabel": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ"}]


def test_the_graph_conforms_to_the_shapes(provinces: Store) -> None:
    report = validate(provinces)
    assert report.conforms, [str(v) for v in report.results[:5]]


# -- "Cụm thi đua số 6" of three systems, and of none ---------------------------------------------


@pytest.fixture(scope="module")
def clusters() -> Store:
    return _store("cum6_party", "cum6_province", "cum6_police", "cum6_unknown")


def test_numbered_clusters_of_different_systems_stay_apart(clusters: Store) -> None:
    by_source = {r["sources"]: r["bloc"] for r in clusters.select_named("blocs")}
    assert by_source == {
        "cum6_party.txt": _id("bloc/ban-to-chuc-trung-uong/cum-so-6"),   # full name in a position
        "cum6_province.txt": _id("bloc/thanh-hoa/cum-so-6"),             # the one province named
        "cum6_police.txt": _id("bloc/bo-cong-an/cum-so-6"),              # police of three provinces
        "cum6_unknown.txt": _id("bloc/unscoped/cum-so-6"),               # nothing to tell: no guess
    }


def test_an_unplaceable_cluster_has_no_scope_and_says_why(clusters: Store) -> None:
    rows = clusters.select_named("name_mentions", node=_id("bloc/unscoped/cum-so-6"))
    assert [(r["written"], r["how"]) for r in rows] == [("Cụm thi đua số 6", "unscoped")]
    scopes = clusters.select(f"SELECT DISTINCT ?s WHERE {{ <{_id('bloc/unscoped/cum-so-6')}> tdkt:scope ?s }}")
    assert scopes == []


def test_a_name_many_provinces_share_is_not_forced_onto_one(clusters: Store) -> None:
    assert _nodes(clusters, "Hội Nông dân tỉnh") == {_id("body/unscoped/hoi-nong-dan-tinh")}


def test_spellings_of_an_unknown_body_meet_by_key(clusters: Store) -> None:
    assert (_nodes(clusters, "Ban Tổ chức Đảng ủy Khối Doanh nghiệp Trung ương")
            == _nodes(clusters, "Ban Tổ chức Đảng uỷ Khối Doanh nghiệp Trung ương")
            == {_id("body/ban-to-chuc-dang-uy-khoi-doanh-nghiep-trung-uong")})


# -- time: the 2025 merger -----------------------------------------------------------------------


def test_a_province_after_the_merger_is_a_new_unit_with_new_blocs_and_bodies() -> None:
    store = _store("phu_tho_2023", "phu_tho_2026")
    assert _nodes(store, "Báo Phú Thọ", "phu_tho_2023.txt") == {_id("body/phu-tho-bao")}
    assert _nodes(store, "Báo Phú Thọ", "phu_tho_2026.txt") == {_id("body/phu-tho-2025-bao")}
    blocs = {r["bloc"] for r in store.select_named("blocs")}
    assert blocs == {_id("bloc/phu-tho/khoi-dang-mat-tran-doan-the"),
                     _id("bloc/phu-tho-2025/khoi-dang-mat-tran-doan-the")}
    successor = store.select("SELECT ?s WHERE { province:phu-tho dcterms:isReplacedBy ?s }")
    assert successor == [{"s": _id("province/phu-tho-2025")}]


# -- order does not matter ------------------------------------------------------------------------


def test_loading_in_another_order_gives_the_same_graph() -> None:
    names = ["noi_chinh_2022", "noi_chinh_2024", "phu_tho_2023", "bac_kan_2023", "cum6_police", "cum6_unknown"]
    assert _store(*names).export("nquads") == _store(*reversed(names)).export("nquads")


# -- rules one by one ----------------------------------------------------------------------------


def _bloc_node(name: str, kind: str = "bloc", published: str = "2023-05-01", members: list[str] = ()) -> str:
    from thidua.graph.identity import Context, default_resolver
    from thidua.loaders.facts import Facts

    facts = Facts.from_dict({"article": "x.txt", "published": published,
                             "blocs": [{"name": name, "kind": kind, "members": list(members)}]})
    return str(default_resolver().bloc(name, kind, Context(facts=facts)).iri).split("/id/", 1)[1]


@pytest.mark.parametrize("name", [
    "Khối thi đua các cơ quan Đảng, Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh Phú Thọ",
    "Khối thi đua các cơ quan Đảng, Mặt trận và các đoàn thể tỉnh Phú Thọ",
    "Khối thi đua các cơ quan Đảng, MTTQ và các đoàn thể chính trị - xã hội tỉnh Phú Thọ",
    "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG, MẶT TRẬN TỔ QUỐC VÀ CÁC ĐOÀN THỂ TỈNH PHÚ THỌ NĂM 2023",
])
def test_spellings_of_a_provincial_bloc_meet(name: str) -> None:
    assert _bloc_node(name) == "bloc/phu-tho/khoi-dang-mat-tran-doan-the"


@pytest.mark.parametrize("name, members, node", [
    ("Khối thi đua các cơ quan Đảng Trung ương", [], "bloc/central/khoi-dang"),
    ("Khối thi đua các cơ quan Đảng ở Trung ương", [], "bloc/central/khoi-dang"),
    ("Khối các cơ quan Đảng", ["Ban Tổ chức Trung ương", "Văn phòng Trung ương Đảng"], "bloc/central/khoi-dang"),
    ("Khối thi đua các cơ quan Đảng", ["Ban Tổ chức Tỉnh ủy Bắc Kạn"], "bloc/bac-kan/khoi-dang"),
    ("Khối thi đua các cơ quan Đảng", [], "bloc/unscoped/khoi-dang"),
])
def test_a_bloc_name_without_its_scope_takes_it_from_its_members(name: str, members: list[str], node: str) -> None:
    assert _bloc_node(name, members=members) == node


def test_a_numbered_cluster_of_central_members_is_not_guessed_central() -> None:
    members = ["Cục Tổ chức cán bộ, Bộ Công an", "Ban Tổ chức Trung ương"]
    assert _bloc_node("Cụm thi đua số 6", "cluster", members=members) == "bloc/unscoped/cum-so-6"


@pytest.mark.parametrize("written, bloc, node", [
    ("Cơ quan Ban Tổ chức Trung ương", None, "body/ban-to-chuc-trung-uong"),
    ("Ban Tổ chức", "Khối thi đua các cơ quan Đảng Trung ương", "body/ban-to-chuc-trung-uong"),
    ("Hội Nông dân", "Khối thi đua các đoàn thể Trung ương", "body/hoi-nong-dan-viet-nam"),
    ("Ban Tổ chức", "Khối thi đua các cơ quan Đảng tỉnh Bắc Kạn", "body/bac-kan-ban-to-chuc-tinh-uy"),
    ("UBND tỉnh", "Khối thi đua các sở, ngành tỉnh Thanh Hóa", "body/thanh-hoa-ubnd"),
    ("Công an tỉnh Hà Tĩnh", "Khối thi đua các cơ quan Đảng tỉnh Bắc Kạn", "body/ha-tinh-cong-an"),
    ("Ban Tổ chức Đảng ủy Khối Doanh nghiệp Trung ương", "Khối thi đua các cơ quan Đảng Trung ương",
     "body/ban-to-chuc-dang-uy-khoi-doanh-nghiep-trung-uong"),
])
def test_a_body_is_resolved_by_its_name_and_the_scope_of_its_bloc(written: str, bloc: str | None, node: str) -> None:
    from thidua.graph.identity import Context, default_resolver
    from thidua.loaders.facts import Facts

    resolver = default_resolver()
    facts = Facts.from_dict({"article": "x.txt", "published": "2023-05-01",
                             "blocs": [{"name": bloc, "kind": "bloc"}] if bloc else []})
    context = Context(facts=facts)
    if bloc:
        context.bloc = resolver.bloc(bloc, "bloc", context)
    assert str(resolver.body(written, context).iri).split("/id/", 1)[1] == node


def test_a_generic_organiser_is_the_articles_one_bloc_not_a_body() -> None:
    from thidua.graph.build import build
    from thidua.loaders.facts import Facts
    from thidua.ontology.vocab import ORG, SDO

    facts = Facts.from_dict({"article": "x.txt", "published": "2023-05-01",
                             "events": [{"type": "conference", "title": "Hội nghị", "organiser": "Khối thi đua"}],
                             "blocs": [{"name": "Khối thi đua các cơ quan Đảng tỉnh Bắc Kạn", "kind": "bloc"}]})
    triples = {(s, p, o) for s, p, o, _ in build(facts)}
    bloc = ID["bloc/bac-kan/khoi-dang"]
    assert {o for s, p, o in triples if p == SDO.organizer} == {bloc}
    assert not any(p == ORG.classification or o == ORG.Organization for s, p, o in triples if s == bloc)


def test_a_province_merged_away_stays_itself_when_named_later() -> None:
    """Vĩnh Phúc joined Phú Thọ in 2025; an article of 2026 naming it still means the old unit."""
    assert _bloc_node("Khối thi đua các sở, ngành tỉnh Vĩnh Phúc", published="2026-03-01") == "bloc/vinh-phuc/khoi-so"
    assert _bloc_node("Khối thi đua các sở, ngành tỉnh Phú Thọ", published="2026-03-01") == "bloc/phu-tho-2025/khoi-so"
    assert _bloc_node("Khối thi đua các sở, ngành tỉnh Phú Thọ", published="2025-06-30") == "bloc/phu-tho/khoi-so"


def test_wikidata_links_come_from_the_mapping_file() -> None:
    from thidua.loaders.facts import Facts

    store = Store(":memory:")
    store.load_facts([Facts.from_dict({"article": "hn.txt", "published": "2024-01-05",
                                       "blocs": [{"name": "Khối thi đua các sở, ngành thành phố Hà Nội", "kind": "bloc",
                                                  "members": ["Sở Nội vụ"]}]})])
    rows = store.select("SELECT ?m WHERE { province:ha-noi skos:exactMatch ?m }")
    assert [r["m"].rsplit("/", 1)[1] for r in rows] == ["Q1858"]


def test_all_fixtures_together_conform_to_the_shapes() -> None:
    store = _store(*sorted(p.stem for p in FIXTURES.glob("*.yaml")))
    report = validate(store)
    assert report.conforms, [str(v) for v in report.results[:5]]
