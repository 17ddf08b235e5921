"""--bloc TEXT: one bloc by its label, forgiving case, tone marks and abbreviations."""
from __future__ import annotations

import pytest

from thidua.graph.views.blocs import AmbiguousBloc, NoSuchBloc, match_blocs, resolve_bloc

BLOCS = {"dang": "Khối thi đua các cơ quan Đảng Trung ương",
         "dang-pt": "Khối thi đua các cơ quan Đảng, Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh Phú Thọ",
         "nc": "Khối thi đua các bộ, ngành Nội chính Trung ương"}


@pytest.mark.parametrize("text,bloc", [
    ("KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TRUNG ƯƠNG", "dang"),  # case
    ("Khối thi đua các cơ quan Đảng TW", "dang"),  # an abbreviation; a full match beats the longer label
    ("nội chính", "nc"),  # part of the label
    ("Nôi chinh", "nc"),  # tone marks left out
    ("noi chinh", "nc"),  # every diacritic left out
    ("phu tho", "dang-pt"),
    ("Khối Nội chính", "nc"),  # every word in the label, not side by side
    ("nc", "nc"),  # an id matches itself
])
def test_one_bloc(text: str, bloc: str) -> None:
    assert resolve_bloc(BLOCS, text) == bloc


def test_several_matches_are_named() -> None:
    with pytest.raises(AmbiguousBloc) as caught:
        resolve_bloc(BLOCS, "cơ quan Đảng")
    message = str(caught.value)
    assert "matches 2 blocs" in message and "Phú Thọ" in message and "Nội chính" not in message


def test_no_match_lists_the_blocs_known() -> None:
    with pytest.raises(NoSuchBloc, match="no bloc matches 'Cụm 9'.*Nội chính"):
        resolve_bloc(BLOCS, "Cụm 9")


def test_empty_text_matches_nothing() -> None:
    assert match_blocs(BLOCS, " ") == []
