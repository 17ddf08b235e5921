"""Cited documents are read into type, number and date."""
from __future__ import annotations

import pytest

from thidua.loaders.document_refs import parse_document_ref


@pytest.mark.parametrize("title, expected", [
    ("Quyết định số 581/QĐ-UBND, ngày 14/3/2022", ("Quyết định", "581/QĐ-UBND", "2022-03-14")),
    ("Hướng dẫn số 04-HD/BTCTW ngày 17-5-2021", ("Hướng dẫn", "04-HD/BTCTW", "2021-05-17")),
    ("Kết luận số 01-KL/TW ngày 18/5/2021", ("Kết luận", "01-KL/TW", "2021-05-18")),
    ("Nghị định số 98/2023/NĐ-CP", ("Nghị định", "98/2023/NĐ-CP", None)),
    ("Luật Thi đua, khen thưởng số 06/2022/QH15", ("Luật", "06/2022/QH15", None)),
    ("Chỉ thị số 34 của Bộ Chính trị", ("Chỉ thị", "34", None)),
    ("Luật Thi đua, khen thưởng", ("Luật", None, None)),
    ("Kế hoạch số 12/KH-BCA ngày 31/2/2023", ("Kế hoạch", "12/KH-BCA", None)),
])
def test_document_refs(title: str, expected: tuple) -> None:
    ref = parse_document_ref(title)
    assert (ref.type, ref.number, ref.date) == expected
