"""Cited documents: numbered, named laws, congress resolutions; once each, in full."""
from __future__ import annotations

from thidua.loaders.article import extract_text


def documents(text: str) -> list[str]:
    return [d.title for d in extract_text("Tin thi đua\n" + text, "t.txt").documents]


def test_numbered_documents_without_the_comma_before_the_date() -> None:
    assert documents("Thực hiện Quyết định số 204/QĐ-UBND, ngày 9/2/2023 của UBND tỉnh, Hướng dẫn số 17-HD/TU "
                     "ngày 3-4-2023 và Nghị định 98/2023/NĐ-CP.") == [
        "Quyết định số 204/QĐ-UBND ngày 9/2/2023", "Hướng dẫn số 17-HD/TU ngày 3-4-2023", "Nghị định 98/2023/NĐ-CP"]


def test_a_document_cited_twice_is_kept_once_in_its_fullest_form() -> None:
    assert documents("Tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Kết luận số 01-KL/TW ngày 18/5/2021 "
                     "về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.") == [
        "Chỉ thị số 05-CT/TW ngày 15/5/2016", "Kết luận số 01-KL/TW ngày 18/5/2021"]


def test_laws_by_name_and_a_bare_number() -> None:
    assert documents("Triển khai Luật Thi đua, khen thưởng năm 2022, Luật TĐKT sửa đổi và Chỉ thị số 34 của Bộ "
                     "Chính trị; thực hiện Nghị quyết Đại hội XIII của Đảng.") == [
        "Luật Thi đua, khen thưởng năm 2022", "Chỉ thị số 34", "Nghị quyết Đại hội XIII của Đảng"]


def test_names_in_quotes_and_generic_mentions_are_not_documents() -> None:
    assert documents('Phong trào "Thực hiện Nghị quyết Đại hội XIII của Đảng" gắn với các nghị quyết, chỉ thị '
                     'của tỉnh và nghị quyết đại hội đảng bộ các cấp.') == []


def test_resolutions_of_a_local_party_congress() -> None:
    assert documents("Bám sát Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX và Nghị quyết Đại hội "
                     "Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 - 2025.") == [
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII"]


def test_a_law_named_in_a_document_s_title_is_not_cited_one_listed_beside_it_is() -> None:
    assert documents("Các đơn vị thực hiện Thông tư số 12/2024/TT-BNV ngày 10/8/2024 của Bộ Nội vụ hướng dẫn thi hành "
                     "một số điều của Luật Cán bộ, công chức.") == ["Thông tư số 12/2024/TT-BNV ngày 10/8/2024"]
    assert documents("Các đơn vị thực hiện Nghị định số 98/2023/NĐ-CP quy định chi tiết khen thưởng; Luật Thi đua, "
                     "khen thưởng và Kế hoạch số 5/KH-UBND.") == [
        "Nghị định số 98/2023/NĐ-CP", "Luật Thi đua, khen thưởng", "Kế hoạch số 5/KH-UBND"]
    assert documents("Bám sát Nghị định số 98/2023/NĐ-CP quy định chi tiết khen thưởng và Luật Thi đua, khen thưởng.") \
        == ["Nghị định số 98/2023/NĐ-CP", "Luật Thi đua, khen thưởng"]


def test_laws_of_the_sectors_the_blocs_gather() -> None:
    assert documents("Các đơn vị triển khai Luật Bảo hiểm y tế số 25/2008/QH12, Luật Xuất bản năm 2012 và "
                     "Luật Cư trú.") == [
        "Luật Bảo hiểm y tế số 25/2008/QH12", "Luật Xuất bản năm 2012", "Luật Cư trú"]
