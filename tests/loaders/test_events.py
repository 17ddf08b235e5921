"""Events: reported meetings with date, place and organiser; signings; joint activities."""
from __future__ import annotations

from thidua.loaders.article import extract_text


def events(text: str) -> list[tuple]:
    facts = extract_text(text, "t.txt")
    return [(e.type, e.title, e.date, e.place, e.organiser) for e in facts.events]


def test_a_dated_conference_with_place_and_organiser_and_its_signing() -> None:
    got = events("Cụm thi đua số 5 tổng kết năm 2023\n15/01/2024 08:00\nSáng 12/1, tại thành phố Buôn Ma Thuột, "
                 "Cụm thi đua số 5 tổ chức Hội nghị tổng kết công tác thi đua năm 2023.\nTại Hội nghị, các đơn vị "
                 "đã ký kết giao ước thi đua năm 2024.")
    assert got == [
        ("conference", "Hội nghị tổng kết công tác thi đua năm 2023", "2024-01-12", "thành phố Buôn Ma Thuột",
         "Cụm thi đua số 5"),
        ("signing", "ký kết giao ước thi đua năm 2024", "2024-01-12", "thành phố Buôn Ma Thuột", "Cụm thi đua số 5")]


def test_without_a_dateline_a_date_keeps_no_year() -> None:
    got = events("Tin tức\nNgày 20/12, tại Hội trường Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị "
                 "tổng kết.")
    assert got == [("conference", "Hội nghị tổng kết", "--12-20", "Hội trường Tỉnh ủy",
                    "Đảng ủy Khối các cơ quan tỉnh")]


def test_an_event_named_by_the_title() -> None:
    got = events("Hội thảo khoa học về công tác thi đua, khen thưởng trong tình hình mới\nCác đại biểu đã thảo luận.")
    assert got == [("seminar", "Hội thảo khoa học về công tác thi đua, khen thưởng trong tình hình mới", None, None,
                    None)]


def test_references_celebrations_and_registrations_are_not_events() -> None:
    got = events("Thi đua lập thành tích\nCác đơn vị thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XVIII. "
                 "Phát biểu tại Hội nghị, đồng chí Bí thư nhấn mạnh. Các đơn vị đăng ký giao ước thi đua năm 2024 "
                 "và ký giao ước thi đua với Khối.")
    assert got == []


def test_a_joint_activity_organised_by_a_body() -> None:
    got = events("Tin\nTrong năm, các đơn vị tham gia giải bóng đá giao hữu do Sở Văn hóa, Thể thao và Du lịch "
                 "chủ trì tổ chức.")
    assert got == [("other", "giải bóng đá giao hữu", None, None, "Sở Văn hóa, Thể thao và Du lịch")]


def test_a_signing_ceremony_with_its_organiser() -> None:
    got = events("Tin\nNgày 15-12-2023, Khối thi đua Kinh tế tổng hợp tỉnh Lào Cai tổ chức Lễ ký kết giao ước thi "
                 "đua năm 2024.")
    assert got == [("signing", "Lễ ký kết giao ước thi đua năm 2024", "2023-12-15", None,
                    "Khối thi đua Kinh tế tổng hợp tỉnh Lào Cai")]


def test_a_meeting_held_at_headquarters_just_reported() -> None:
    got = events("Tin\nTại trụ sở Công an tỉnh Ninh Thuận, Cụm thi đua số 7 - Bộ Công an vừa tổ chức hội nghị tổng kết "
                 "phong trào thi đua năm 2024.")
    assert got == [("conference", "hội nghị tổng kết phong trào thi đua năm 2024", None,
                    "trụ sở Công an tỉnh Ninh Thuận", "Cụm thi đua số 7 - Bộ Công an")]
