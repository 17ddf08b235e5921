"""Facts become quads in the ontology's terms, with provenance on every fact node."""
from __future__ import annotations

from rdflib import Literal

from thidua.graph import iris
from thidua.graph.build import build
from thidua.loaders.facts import Facts
from thidua.ontology.vocab import ID, OA, ORG, PROV, RDF, SDO, SKOS, TDKT, XSD

FACTS = Facts.from_dict({
    "article": "bao-lao-cai.txt", "published": "2021-01-20",
    "source": {"file": "bao-lao-cai.txt", "title": "Cụm thi đua số 1 tổng kết", "characters": 900},
    "events": [{"type": "conference", "title": "Hội nghị tổng kết năm 2020", "date": "2021-01-19",
                "place": "Lào Cai", "organiser": "Cụm thi đua số 1"}],
    "blocs": [{"name": "Cụm thi đua số 1", "kind": "cluster", "stated_member_count": 3,
               "members": ["Công an tỉnh Lào Cai", "Công an tỉnh Hà Giang"],
               "members_provenance": [{"quote": "gồm Công an tỉnh Lào Cai", "start": 10, "end": 34}, None],
               "leadership": [{"year": 2021, "role": "leader", "org": "Công an tỉnh Hà Giang",
                               "year_basis": "stated",
                               "provenance": {"quote": "bầu Công an tỉnh Hà Giang làm Cụm trưởng năm 2021",
                                              "start": 100, "end": 150}}]}],
    "awards": [{"award": "Huân chương LĐ hạng Ba", "recipient": "Công an tỉnh Lào Cai", "recipient_kind": "collective",
                "status": "conferred", "year": 2020, "conferred_by": "Chủ tịch nước"},
               {"award": "Bằng khen", "recipient_count": 4, "recipient_kind": "individual", "status": "proposed"}],
    "persons": [{"name": "Trần Văn B", "positions": ["Đại tá", "Giám đốc Công an tỉnh Lào Cai"],
                 "org": "Công an tỉnh Lào Cai"}],
    "movements": ["Toàn dân bảo vệ an ninh Tổ quốc"],
    "documents": ["Quyết định số 12/QĐ-BCA ngày 2/1/2021"],
})


# What the default (gazetteer) resolver makes of the names: the police of two provinces
# form a cluster of Bộ Công an; "Công an tỉnh X" is the gazetteer body of province X.
CLUSTER = ID["bloc/bo-cong-an/cum-so-1"]
LAO_CAI_POLICE, HA_GIANG_POLICE = ID["body/lao-cai-cong-an"], ID["body/ha-giang-cong-an"]


def _triples(quads):
    return {(s, p, o) for s, p, o, _ in quads}


def test_every_quad_sits_in_the_source_graph_or_its_gazetteer_graph() -> None:
    graphs = {g for *_, g in build(FACTS)}
    assert graphs == {iris.source_graph("bao-lao-cai.txt"), iris.gazetteer_graph("bao-lao-cai.txt")}
    gazetteer = {(s, p, o) for s, p, o, g in build(FACTS) if g == iris.gazetteer_graph("bao-lao-cai.txt")}
    assert (LAO_CAI_POLICE, SKOS.prefLabel, Literal("Công an tỉnh Lào Cai", lang="vi")) in gazetteer
    assert not any(p == SKOS.altLabel for s, p, o in gazetteer), "names as written stay in the source's graph"


def test_a_leadership_term_is_a_yearly_org_membership() -> None:
    t = _triples(build(FACTS))
    bloc, org = CLUSTER, HA_GIANG_POLICE
    terms = [s for s, p, o in t if p == ORG.role and o == TDKT.LeaderRole]
    assert len(terms) == 1
    term = terms[0]
    assert {(term, ORG.member, org), (term, ORG.organization, bloc), (term, TDKT.year, Literal(2021)),
            (term, TDKT.yearBasis, TDKT.YearStated),
            (term, SDO.validFrom, Literal("2021-01-01", datatype=XSD.date)),
            (term, PROV.wasDerivedFrom, iris.source("bao-lao-cai.txt"))} <= t
    assert (bloc, RDF.type, TDKT.EmulationCluster) in t


def test_provenance_annotations_carry_quote_and_offsets() -> None:
    t = _triples(build(FACTS))
    term = next(s for s, p, o in t if p == ORG.role and o == TDKT.LeaderRole)
    anno = next(s for s, p, o in t if p == OA.hasBody and o == term)
    target = next(o for s, p, o in t if s == anno and p == OA.hasTarget)
    selectors = {o for s, p, o in t if s == target and p == OA.hasSelector}
    exact = {o for s, p, o in t if s in selectors and p == OA.exact}
    starts = {o for s, p, o in t if s in selectors and p == OA.start}
    assert exact == {Literal("bầu Công an tỉnh Hà Giang làm Cụm trưởng năm 2021")}
    assert starts == {Literal(100)}
    assert (target, OA.hasSource, iris.source("bao-lao-cai.txt")) in t


def test_every_fact_node_is_derived_from_its_source() -> None:
    t = _triples(build(FACTS))
    fact_classes = {ORG.Membership, TDKT.AwardConferral, ORG.Post, SDO.Event}
    facts = {s for s, p, o in t if p == RDF.type and o in fact_classes}
    assert len(facts) == 3 + 2 + 2 + 1
    for node in facts:
        assert (node, PROV.wasDerivedFrom, iris.source("bao-lao-cai.txt")) in t, node


def test_honours_map_onto_the_scheme_and_keep_the_written_form() -> None:
    t = _triples(build(FACTS))
    conferrals = {s for s, p, o in t if p == RDF.type and o == TDKT.AwardConferral}
    honours = {o for s, p, o in t if s in conferrals and p == TDKT.honour}
    assert {str(h).rsplit("/", 1)[1] for h in honours} == {"HuanChuongLaoDongHangBa", "BangKhen"}
    assert any(p == TDKT.honourAsWritten and o == Literal("Huân chương LĐ hạng Ba", lang="vi") for s, p, o in t)


def test_names_keep_the_spelling_of_the_source_as_alt_labels() -> None:
    t = _triples(build(FACTS))
    body = LAO_CAI_POLICE
    assert (body, SKOS.altLabel, Literal("Công an tỉnh Lào Cai", lang="vi")) in t
    assert (body, RDF.type, ORG.Organization) in t


def test_the_organiser_named_like_the_bloc_is_the_bloc() -> None:
    t = _triples(build(FACTS))
    event = next(s for s, p, o in t if p == RDF.type and o == SDO.Event)
    assert (event, SDO.organizer, CLUSTER) in t


def test_a_post_is_in_the_body_it_names() -> None:
    t = _triples(build(FACTS))
    posts = {s for s, p, o in t if p == RDF.type and o == ORG.Post}
    located = {s for s, p, o in t if s in posts and p == ORG.postIn}
    titled = {str(o) for s, p, o in t if s in located and p == TDKT.positionTitle}
    assert titled == {"Giám đốc Công an tỉnh Lào Cai"}  # the rank "Đại tá" names no body


def test_building_is_deterministic() -> None:
    assert build(FACTS) == build(FACTS)


def test_the_same_statement_in_two_sources_meets_at_one_node() -> None:
    other = Facts.from_dict({**FACTS.to_dict(), "article": "bao-ha-giang.txt", "source": None})
    a, b = _triples(build(FACTS)), _triples(build(other))
    term_a = {s for s, p, o in a if p == ORG.role and o == TDKT.LeaderRole}
    term_b = {s for s, p, o in b if p == ORG.role and o == TDKT.LeaderRole}
    assert term_a == term_b
    counted = lambda t: {s for s, p, o in t if p == TDKT.recipientCount}  # noqa: E731
    assert counted(a).isdisjoint(counted(b)), "unnamed recipients are kept per source"
