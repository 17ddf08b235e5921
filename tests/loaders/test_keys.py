"""Matching keys forgive what a reader forgives, and nothing more."""
from __future__ import annotations

import pytest

from thidua.loaders.keys import name_key, slug, strip_tones


@pytest.mark.parametrize("a, b", [
    ("Nhà Xuất bản Chính trị quốc gia Sự thật", "Nhà xuất bản Chính trị quốc gia Sự thật"),
    ("Toà án nhân dân tối cao", "Tòa án nhân dân tối cao"),
    ("TAND tối cao", "Tòa án nhân dân tối cao"),
    ("VKSND tối cao", "Viện kiểm sát nhân dân tối cao"),
    ("Ban Tổ chức TW", "Ban Tổ chức Trung ương"),
    ("ĐUKDN Trung ương", "Đảng ủy Khối Doanh nghiệp Trung ương"),
    ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("KBNN Lào Cai", "Kho bạc Nhà nước Lào Cai"),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Chiến sỹ thi đua", "Chiến sĩ thi đua"),
    ("Ban Thi đua - Khen thưởng", "Ban Thi đua – Khen thưởng"),
    ("Báo\u00a0Nhân Dân", "Báo Nhân dân"),
    ("Hu\u0301ân chương", "Huân chương"),  # NFD input
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    ("Ban Tổ chức Trung ương", "Ban Tổ chức Đảng ủy Khối Doanh nghiệp Trung ương"),
    ("Hội Nông dân tỉnh Phú Thọ", "Hội Nông dân tỉnh Bắc Kạn"),
    ("Ban Dân vận", "Ban Dân vận Trung ương"),
    ("Cụm thi đua số 6", "Cụm thi đua số 8"),
])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_strip_tones_keeps_vowel_quality_marks() -> None:
    assert strip_tones("Đảng ủy Khối Nội chính") == "Đang uy Khôi Nôi chinh"


def test_slug_is_ascii_and_readable() -> None:
    assert slug("Ủy ban Mặt trận Tổ quốc tỉnh Phú Thọ") == "uy-ban-mat-tran-to-quoc-tinh-phu-tho"
    assert slug("???") == "x"
    assert len(slug("Khối thi đua " * 20)) <= 80
