"""The honours scheme has the structure of Law 06/2022/QH15."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from thidua.ontology import ontology_graph
from thidua.ontology.vocab import HONOUR, SKOS, TDKT


def _narrower_than(concept: URIRef, ancestor: URIRef) -> bool:
    graph = ontology_graph()
    return ancestor in set(graph.transitive_objects(concept, SKOS.broader)) - {concept}


def _pref(concept: URIRef) -> str:
    return next(str(l) for l in ontology_graph().objects(concept, SKOS.prefLabel) if l.language == "vi")


def test_labour_order_second_class_is_narrower_than_the_labour_order() -> None:
    assert _narrower_than(HONOUR.HuanChuongLaoDongHangNhi, HONOUR.HuanChuongLaoDong)
    assert _narrower_than(HONOUR.HuanChuongLaoDongHangNhi, HONOUR.HuanChuong)
    assert not _narrower_than(HONOUR.HuanChuongLaoDong, HONOUR.HuanChuongLaoDongHangNhi)


# Khoản 2 Điều 33: the ten orders, and which of them have three classes.
ORDERS = {
    "Huân chương Sao vàng": False, "Huân chương Hồ Chí Minh": False, "Huân chương Độc lập": True,
    "Huân chương Quân công": True, "Huân chương Lao động": True, "Huân chương Bảo vệ Tổ quốc": True,
    "Huân chương Chiến công": True, "Huân chương Đại đoàn kết dân tộc": False,
    "Huân chương Dũng cảm": False, "Huân chương Hữu nghị": False,
}


def test_the_ten_orders_of_the_law_are_under_huan_chuong_with_their_classes() -> None:
    graph = ontology_graph()
    orders = {_pref(c): c for c in graph.subjects(SKOS.broader, HONOUR.HuanChuong)}
    assert set(orders) == set(ORDERS)
    for name, has_classes in ORDERS.items():
        classes = sorted(_pref(c) for c in graph.subjects(SKOS.broader, orders[name]))
        expected = sorted(f"{name} hạng {h}" for h in ("Nhất", "Nhì", "Ba")) if has_classes else []
        assert classes == expected, name


def test_top_concepts_are_the_forms_of_the_law() -> None:
    graph = ontology_graph()
    tops = {_pref(c) for c in graph.subjects(SKOS.topConceptOf, TDKT.HonoursScheme)}
    assert tops == {"Huân chương", "Huy chương", "Danh hiệu vinh dự nhà nước", "Giải thưởng", "Kỷ niệm chương",
                    "Bằng khen", "Giấy khen", "Danh hiệu thi đua"}


@pytest.mark.parametrize("title", ["Chiến sĩ thi đua toàn quốc", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến",
                                   "Cờ thi đua của Chính phủ", "Tập thể lao động xuất sắc", "Đơn vị quyết thắng"])
def test_emulation_titles_sit_under_danh_hieu_thi_dua(title: str) -> None:
    graph = ontology_graph()
    concept = next(c for c in graph.subjects(SKOS.prefLabel, None) if _pref_or_none(c) == title)
    assert _narrower_than(concept, HONOUR.DanhHieuThiDua)


def _pref_or_none(concept: URIRef) -> str | None:
    labels = [str(l) for l in ontology_graph().objects(concept, SKOS.prefLabel) if getattr(l, "language", None) == "vi"]
    return labels[0] if labels else None


def test_surface_forms_met_in_text_are_alt_labels() -> None:
    graph = ontology_graph()
    alts = {str(l) for l in graph.objects(None, SKOS.altLabel)}
    assert {"Huân chương LĐ hạng Nhì", "Chiến sỹ thi đua toàn quốc", "Chiến sỹ thi đua"} <= alts
