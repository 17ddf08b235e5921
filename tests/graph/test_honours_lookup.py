"""Written honours map onto the ontology's honours scheme."""
from __future__ import annotations

import pytest

from thidua.graph.honours import honour_concept, honour_labels
from thidua.ontology.vocab import HONOUR


@pytest.mark.parametrize("written, grantor, concept", [
    ("Huân chương Lao động hạng Nhì", None, "HuanChuongLaoDongHangNhi"),
    ("Huân chương LĐ hạng Nhất", None, "HuanChuongLaoDongHangNhat"),
    ("huân chương độc lập hạng ba", None, "HuanChuongDocLapHangBa"),
    ("Huân chương Độc lập", None, "HuanChuongDocLap"),
    ("Chiến sỹ thi đua toàn quốc", None, "ChienSiThiDuaToanQuoc"),
    ("chiến sỹ thi đua cấp cơ sở", None, "ChienSiThiDuaCoSo"),
    ("Chiến sĩ thi đua cấp tỉnh", None, "ChienSiThiDuaCapBoNganhTinh"),
    ("Cờ", None, "CoThiDua"),
    ("Cờ thi đua của Chính phủ", None, "CoThiDuaChinhPhu"),
    ("Bằng khen", "Thủ tướng Chính phủ", "BangKhenThuTuongChinhPhu"),
    ("Bằng khen", "Chủ tịch UBND tỉnh", "BangKhenCapBoNganhTinh"),
    ("Bằng khen của Ban Tổ chức Trung ương", None, "BangKhen"),
    ("Kỷ niệm chương \"Vì sự nghiệp Kiểm toán Nhà nước\"", None, "KyNiemChuong"),
    ("Tập thể lao động xuất sắc", None, "TapTheLaoDongXuatSac"),
])
def test_written_honours(written: str, grantor: str | None, concept: str) -> None:
    assert honour_concept(written, grantor) == HONOUR[concept]


def test_no_concept_for_what_is_not_an_honour() -> None:
    assert honour_concept("Giải bóng đá cơ quan") is None


def test_no_label_names_two_concepts() -> None:
    labels = honour_labels()
    assert len(labels) > 100
