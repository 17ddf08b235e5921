"""Datelines in every form, dates in sentences, and what only looks like a date."""
from __future__ import annotations

import pytest

from thidua.loaders.extract.dates import dates_in, make_date, parse_dateline


@pytest.mark.parametrize("line, iso", [
    ("29/04/2023 - 14:22", "2023-04-29"),
    ("Thứ ba, 27.06.2023 00:42", "2023-06-27"),
    ("11/04/2024 07:44", "2024-04-11"),
    ("Thứ Năm, 11/4/2024, 07:44 (GMT+7)", "2024-04-11"),
    ("Cập nhật: 14:22 29/04/2023", "2023-04-29"),
    ("Chủ nhật, 12/5/2024 | 10:00", "2024-05-12"),
    ("Ngày đăng: 05-03-2024", "2024-03-05"),
    ("2024-04-11 07:44", "2024-04-11"),
    ("Quảng Ngãi, ngày 3/9/2021", "2021-09-03"),                 # the official-style dateline
    ("TP. Cần Thơ, ngày 14 tháng 11 năm 2022", "2022-11-14"),
    ("Ngày đăng: 9 tháng 6 năm 2023 | Lượt xem: 3.402", "2023-06-09"),   # a reading count after a bar
    ("02/08/2022 08:15 | Lượt đọc: 77 | Tác giả: Minh Châu", "2022-08-02"),
    ("Tác giả: Hồng Nhung | 17/05/2021", "2021-05-17"),
    ("Cập nhật ngày: 03/11/2022", "2022-11-03"),
    ("Ngày phát hành: 8/3/2021", "2021-03-08"),
    ("7 Tháng 10, 2022", "2022-10-07"),
    ("05/03/2024 08:15 - Lượt xem: 312", "2024-03-05"),             # a reading count after a dash
    ("Tác giả: Hải Yến – 21/9/2022", "2022-09-21"),
])
def test_datelines(line: str, iso: str) -> None:
    assert parse_dateline(line) == iso


@pytest.mark.parametrize("line", [
    "Thứ hai, kết quả thực hiện các phong trào thi đua.",   # an enumerator, not a weekday
    "9 10 179",
    "31/02/2023",                                            # not a real day
    "Ngày 28/4, tại Hà Nội đã diễn ra Hội nghị tổng kết công tác thi đua năm 2022 của Khối",
    "Hội nghị Cụm, ngày 3/9/2021",                           # a sentence-case phrase is not a place
    "Ngày 14/6 | Lượt xem: 310",                             # no year
    "Khen thưởng | Lượt xem: 310",
    "Thi đua - Khen thưởng - Lượt xem: 310",
])
def test_lines_that_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_date_without_a_year_takes_the_given_year_or_stays_month_day() -> None:
    assert [d.iso for d in dates_in("Sáng 15/12, tại Hội trường", default_year=2023)] == ["2023-12-15"]
    assert [d.iso for d in dates_in("Sáng 15/12, tại Hội trường")] == ["--12-15"]
    assert [d.year_stated for d in dates_in("Chiều 10/4/2024, tại Hà Nội")] == [True]


@pytest.mark.parametrize("text", [
    "có 13/14 đơn vị tham gia",
    "xử lý 4.290/9.317 văn bản đến",
    "Quyết định số 581/QĐ-UBND, ngày 14/3/2022 của Chủ tịch",
    "giai đoạn 2020 - 2025",
])
def test_fractions_counts_document_dates_and_periods_are_not_event_dates(text: str) -> None:
    assert dates_in(text, default_year=2023) == []


def test_other_written_forms() -> None:
    assert [d.iso for d in dates_in("ngày 10 tháng 4 năm 2024, Cụm thi đua")] == ["2024-04-10"]
    assert [d.iso for d in dates_in("Sáng nay (10/4), tại", default_year=2024)] == ["2024-04-10"]
    assert make_date(30, 2, 2024) is None
