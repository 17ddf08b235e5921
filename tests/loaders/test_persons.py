"""Persons with their positions; bylines, historical names and place names are not persons."""
from __future__ import annotations

import pytest

from thidua.loaders.article import extract_text


def persons(text: str) -> list[tuple]:
    facts = extract_text("Hội nghị tổng kết công tác thi đua\n" + text, "t.txt")
    return [(p.name, p.positions, p.org) for p in facts.persons]


def test_titles_written_before_the_name() -> None:
    assert persons("Chủ trì có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên; Phó Chủ tịch UBND tỉnh "
                   "Gia Lai Dương Mah Tiệp.") == [
        ("Hồ Văn Niên", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Gia Lai"], "Tỉnh ủy Gia Lai"),
        ("Dương Mah Tiệp", ["Phó Chủ tịch UBND tỉnh Gia Lai"], "UBND tỉnh Gia Lai")]


def test_titles_written_after_the_name_and_a_parenthesis() -> None:
    assert persons("Đồng chí Lê Văn Thành, Phó Tổng Thanh tra Chính phủ (Khối phó Khối thi đua năm 2024) "
                   "phát biểu.") == [
        ("Lê Văn Thành", ["Phó Tổng Thanh tra Chính phủ", "Khối phó Khối thi đua năm 2024"], "Thanh tra Chính phủ")]


def test_ranks_are_positions() -> None:
    assert persons("Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng và Đại tá Vũ Hồng Văn, Giám đốc Công an tỉnh "
                   "Đồng Nai dự hội nghị.") == [
        ("Lê Quốc Hùng", ["Thứ trưởng Bộ Công an", "Trung tướng"], "Bộ Công an"),
        ("Vũ Hồng Văn", ["Đại tá", "Giám đốc Công an tỉnh Đồng Nai"], "Công an tỉnh Đồng Nai")]


def test_a_title_that_carries_its_body() -> None:
    assert persons("Bà Hà Thị Nga, Tổng Kiểm toán Nhà nước và ông Đoàn Văn Việt, Chánh Văn phòng Tỉnh ủy "
                   "Lâm Đồng cùng dự.") == [
        ("Hà Thị Nga", ["Tổng Kiểm toán Nhà nước"], "Kiểm toán Nhà nước"),
        ("Đoàn Văn Việt", ["Chánh Văn phòng Tỉnh ủy Lâm Đồng"], "Văn phòng Tỉnh ủy Lâm Đồng")]


def test_the_body_a_sentence_introduces_someone_for() -> None:
    assert persons("Về phía Sở Nội vụ tỉnh Bến Tre, có đồng chí Trần Văn Cường, Phó Giám đốc.") == [
        ("Trần Văn Cường", ["Phó Giám đốc"], "Sở Nội vụ tỉnh Bến Tre")]


def test_mentions_in_captions_are_merged() -> None:
    got = persons("Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Kon Tum phát biểu.\n"
                  "Bí thư Tỉnh ủy Kon Tum Nguyễn Văn Hùng trao Cờ thi đua cho các đơn vị.")
    assert got == [("Nguyễn Văn Hùng", ["Bí thư Tỉnh ủy Kon Tum"], "Tỉnh ủy Kon Tum")]


def test_no_position_no_person_and_no_historical_or_place_names() -> None:
    assert persons("Thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh, tại Hà Nội, đồng chí Nguyễn Văn Ba cho biết các "
                   "đơn vị thuộc Tỉnh Đoàn Thanh niên đã hoàn thành nhiệm vụ.") == []


def test_a_byline_at_the_end_is_not_a_person() -> None:
    facts = extract_text("Hội nghị tổng kết\nKhối thi đua các cơ quan tỉnh Bình Định tổng kết năm 2023.\n"
                         "Các đơn vị đã hoàn thành nhiệm vụ.\nĐồng chí Phạm Anh Tuấn, Bí thư Tỉnh ủy dự hội nghị.\n"
                         "ThS. Lê Thị Thu Hà\nPhó Trưởng phòng Tổng hợp", "t.txt")
    assert [p.name for p in facts.persons] == ["Phạm Anh Tuấn"]


def test_names_of_the_central_highlands_peoples() -> None:
    assert persons("Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy Đắk Lắk và Thượng tá Ksor Y Phôn, Phó Giám đốc "
                   "Công an tỉnh Gia Lai dự hội nghị.") == [
        ("Y Thanh Hà Niê Kđăm", ["Bí thư Tỉnh ủy Đắk Lắk"], "Tỉnh ủy Đắk Lắk"),
        ("Ksor Y Phôn", ["Thượng tá", "Phó Giám đốc Công an tỉnh Gia Lai"], "Công an tỉnh Gia Lai")]


def test_posts_joined_by_a_dash() -> None:
    assert persons("Đại tá Lê Minh Hòa, Phó Cục trưởng Cục Tổ chức cán bộ - Thường trực Hội đồng Thi đua khen thưởng "
                   "Bộ Công an phát biểu.") == [
        ("Lê Minh Hòa", ["Đại tá", "Phó Cục trưởng Cục Tổ chức cán bộ",
                         "Thường trực Hội đồng Thi đua khen thưởng Bộ Công an"], "Cục Tổ chức cán bộ")]


@pytest.mark.parametrize("written, name", [
    ("đồng chí Cầm Văn Đoản", "Cầm Văn Đoản"),        # Thái
    ("đồng chí Sùng A Hồ", "Sùng A Hồ"),              # Hmông
    ("đồng chí Phàn Văn Lở", "Phàn Văn Lở"),          # Dao
    ("ông Danh Út", "Danh Út"),                       # Khmer
])
def test_family_names_of_the_northern_and_southern_peoples(written: str, name: str) -> None:
    assert persons(f"Dự hội nghị có {written}, Phó Chủ tịch UBND tỉnh Yên Bái.") == [
        (name, ["Phó Chủ tịch UBND tỉnh Yên Bái"], "UBND tỉnh Yên Bái")]


@pytest.mark.parametrize("written, name", [
    ("đồng chí A Kiên", "A Kiên"),                   # Ba Na: no family name
    ("bà H'Yim Kđoh", "H'Yim Kđoh"),                 # Ê Đê women's names
    ("bà H’Bla Êban", "H’Bla Êban"),
    ("bà H' Nhung Ksor", "H' Nhung Ksor"),           # with a space after the apostrophe
    ("đồng chí Mùa A Vảng", "Mùa A Vảng"),            # a family name the list does not hold
])
def test_a_name_introduced_by_an_honorific_needs_no_known_family_name(written: str, name: str) -> None:
    assert persons(f"Tham dự có {written}, Phó Bí thư Tỉnh ủy Kon Tum.") == [
        (name, ["Phó Bí thư Tỉnh ủy Kon Tum"], "Tỉnh ủy Kon Tum")]


def test_an_unknown_family_name_before_a_middle_name() -> None:
    assert persons("Chủ trì có Khà Văn Tùng, Chủ tịch UBND huyện Mường Lát.") == [
        ("Khà Văn Tùng", ["Chủ tịch UBND huyện Mường Lát"], "UBND huyện Mường Lát")]
    # the end of a place before a name is not its family name
    assert persons("Phó Chủ tịch UBND tỉnh Gia Lai Văn Thị Kim Oanh dự hội nghị.") == [
        ("Văn Thị Kim Oanh", ["Phó Chủ tịch UBND tỉnh Gia Lai"], "UBND tỉnh Gia Lai")]


def test_a_member_of_a_local_party_committee_in_one_word() -> None:
    assert persons("Dự có đồng chí Mai Văn Phúc - Huyện ủy viên, Chủ tịch UBND huyện Kỳ Sơn.") == [
        ("Mai Văn Phúc", ["Huyện ủy viên", "Chủ tịch UBND huyện Kỳ Sơn"], "UBND huyện Kỳ Sơn")]


def test_the_body_of_a_trưởng_ban_is_the_ban() -> None:
    assert persons("Dự có đồng chí Lò Văn Mười, Trưởng ban Tổ chức Tỉnh ủy Lai Châu; bà Cao Thị Hoa, "
                   "Phó Trưởng ban Ban Tuyên giáo Thành ủy Hải Phòng.") == [
        ("Lò Văn Mười", ["Trưởng ban Tổ chức Tỉnh ủy Lai Châu"], "Ban Tổ chức Tỉnh ủy Lai Châu"),
        ("Cao Thị Hoa", ["Phó Trưởng ban Ban Tuyên giáo Thành ủy Hải Phòng"],
         "Ban Tuyên giáo Thành ủy Hải Phòng")]


def test_ông_and_bà_opening_a_sentence_are_not_part_of_the_name() -> None:
    assert persons("Ông Lê Minh Khang, Giám đốc Sở Tài chính tỉnh Bến Tre phát biểu.") == [
        ("Lê Minh Khang", ["Giám đốc Sở Tài chính tỉnh Bến Tre"], "Sở Tài chính tỉnh Bến Tre")]


def test_judicial_grades_and_commune_posts() -> None:
    assert persons("Bà Trần Thị Hằng, Thẩm phán cao cấp, Tòa án nhân dân tỉnh Vĩnh Long và ông Lò Văn Sơn, "
                   "công chức Văn hóa - Xã hội xã Chiềng Sinh trình bày tham luận.") == [
        ("Trần Thị Hằng", ["Thẩm phán cao cấp"], None),
        ("Lò Văn Sơn", ["công chức Văn hóa - Xã hội xã Chiềng Sinh"], "xã Chiềng Sinh")]


def test_a_byline_with_a_rank_is_not_a_person() -> None:
    facts = extract_text("Hội nghị tổng kết\nCụm thi đua số 4 tổng kết năm 2023.\nCác đơn vị đã hoàn thành "
                         "nhiệm vụ.\nĐại tá Hà Văn Tuấn, Giám đốc Công an tỉnh Tuyên Quang phát biểu.\n"
                         "Trung tá Nguyễn Thị Lan\nPhòng Tham mưu\nChia sẻ: Facebook | Zalo", "t.txt")
    assert [p.name for p in facts.persons] == ["Hà Văn Tuấn"]


def test_a_name_right_after_a_province_is_read() -> None:
    assert persons("Phát biểu tại hội nghị, Giám đốc Công an tỉnh Hà Tĩnh Nguyễn Hồng Phong đánh giá cao kết quả "
                   "của các đơn vị tại Hà Nội.") == [
        ("Nguyễn Hồng Phong", ["Giám đốc Công an tỉnh Hà Tĩnh"], "Công an tỉnh Hà Tĩnh")]


def test_a_family_name_inside_a_post_after_a_name_starts_no_name() -> None:
    facts = extract_text("Tin\nTS. Lò Thị Mai, Hiệu trưởng Trường Trung học phổ thông Trần Phú, Khối phó năm 2024 "
                         "phát biểu tại hội nghị.", "t.txt")
    assert [(p.name, p.positions) for p in facts.persons] == [
        ("Lò Thị Mai", ["Hiệu trưởng Trường Trung học phổ thông Trần Phú", "Khối phó năm 2024"])]


def test_the_governor_of_the_central_bank_and_a_regional_auditor() -> None:
    assert persons("Dự hội nghị có đồng chí Lê Minh Tâm, Phó Thống đốc Ngân hàng Nhà nước Việt Nam; ông Hà Văn Lộc, "
                   "Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV.") == [
        ("Lê Minh Tâm", ["Phó Thống đốc Ngân hàng Nhà nước Việt Nam"], "Ngân hàng Nhà nước Việt Nam"),
        ("Hà Văn Lộc", ["Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV"], "Kiểm toán Nhà nước khu vực IV")]


def test_a_name_after_tỉnh_that_names_no_province_is_a_person_and_an_inline_definition_joins_the_chain() -> None:
    assert persons("Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng (TĐKT) tỉnh Lê Văn Sỹ dự hội "
                   "nghị.") == [
        ("Lê Văn Sỹ", ["Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"],
         "Hội đồng Thi đua - Khen thưởng tỉnh")]


def test_a_unit_s_role_after_a_dash_is_not_part_of_the_post() -> None:
    assert persons("Đồng chí Vũ Thị Hằng, Giám đốc Sở Công Thương - đơn vị Khối trưởng năm 2024 phát biểu.") == [
        ("Vũ Thị Hằng", ["Giám đốc Sở Công Thương"], "Sở Công Thương")]


def test_the_post_someone_acts_for_is_not_theirs() -> None:
    assert persons("Thừa ủy quyền của Bộ trưởng Bộ Công an, Thiếu tướng Lê Quang Đạo trao Bằng khen cho 2 tập thể. "
                   "Thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Tỉnh ủy Hà Văn Tư tặng hoa.") == [
        ("Lê Quang Đạo", ["Thiếu tướng"], None), ("Hà Văn Tư", ["Phó Bí thư Tỉnh ủy"], "Tỉnh ủy")]


def test_a_rank_introduces_a_name_without_a_known_family_name() -> None:
    got = persons("Trung tá H'Bia Ênuôl, Phó Trưởng phòng Tham mưu phát biểu tại hội nghị.")
    assert [(name, positions) for name, positions, _ in got] == [
        ("H'Bia Ênuôl", ["Trung tá", "Phó Trưởng phòng Tham mưu"])]


def test_a_rank_word_inside_a_title_introduces_nothing() -> None:
    # "Thủ tướng" ends in "tướng" but is not a rank: "Chính phủ" after it is not a name
    assert persons("Thủ tướng Chính phủ đã tặng Bằng khen cho 5 tập thể.") == []


def test_posts_joined_by_kiem() -> None:
    # two titles sharing one body are one post, as written; a post with its own body is a post of its own
    got = persons("Dự hội nghị có ông Trịnh Văn Bảo, Phó Chủ tịch kiêm Tổng Thư ký Hội Nông dân Việt Nam; "
                  "ông Lê Văn Tám, Giám đốc Sở Nội vụ kiêm Trưởng Ban Thi đua - Khen thưởng tỉnh.")
    assert [(name, positions) for name, positions, _ in got] == [
        ("Trịnh Văn Bảo", ["Phó Chủ tịch kiêm Tổng Thư ký Hội Nông dân Việt Nam"]),
        ("Lê Văn Tám", ["Giám đốc Sở Nội vụ", "Trưởng Ban Thi đua - Khen thưởng tỉnh"])]


def test_the_head_of_a_detention_camp() -> None:
    got = persons("Trung tá Lò Văn Hải, Phó Giám thị Trại tạm giam Công an tỉnh (Cụm phó năm 2024) phát biểu.")
    assert [(name, positions) for name, positions, _ in got] == [
        ("Lò Văn Hải", ["Trung tá", "Phó Giám thị Trại tạm giam Công an tỉnh", "Cụm phó năm 2024"])]


def test_a_title_after_do_introduces_its_holder() -> None:
    got = persons("Theo báo cáo do Giám đốc Sở Nội vụ Trịnh Thu Hằng trình bày, các đơn vị hoàn thành chỉ tiêu.")
    assert [(name, positions) for name, positions, _ in got] == [("Trịnh Thu Hằng", ["Giám đốc Sở Nội vụ"])]


def test_the_deputy_commander_of_a_border_guard() -> None:
    got = persons("Đại tá Lương Văn Thái, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh phát biểu.")
    assert [(name, positions) for name, positions, _ in got] == [
        ("Lương Văn Thái", ["Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"])]


def test_a_department_then_the_board_it_belongs_to() -> None:
    # the post is written as the annotators of three of four evaluation sets wrote it: the department alone
    got = persons("Dự có ông Đinh Văn Luận, Vụ trưởng Vụ I, Ban Thi đua - Khen thưởng Trung ương.")
    assert [(name, positions) for name, positions, _ in got] == [("Đinh Văn Luận", ["Vụ trưởng Vụ I"])]
