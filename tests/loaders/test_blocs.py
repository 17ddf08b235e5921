"""Blocs and clusters: names, grouping of mentions, member lists, stated counts."""
from __future__ import annotations

import pytest

from thidua.loaders.article import extract_text
from thidua.loaders.extract.blocs import split_members

TITLE = "Tổng kết công tác thi đua, khen thưởng\n"


def blocs_of(body: str):
    return extract_text(TITLE + body, "t.txt").blocs


def test_a_numbered_list_keeps_each_item_whole() -> None:
    assert split_members("(1) Cục Tổ chức cán bộ, Bộ Công an; (2) Ban Tổ chức Tỉnh ủy; (3) Sở Nội vụ") == [
        "Cục Tổ chức cán bộ, Bộ Công an", "Ban Tổ chức Tỉnh ủy", "Sở Nội vụ"]


def test_commas_and_và_inside_a_name_do_not_split_it() -> None:
    assert split_members("Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo và "
                         "Đài Phát thanh và Truyền hình Kon Tum") == [
        "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo",
        "Đài Phát thanh và Truyền hình Kon Tum"]


def test_a_unit_is_reattached_to_the_parent_written_after_it() -> None:
    assert split_members("Vụ Thi đua, Bộ Nội vụ; Cục Chính trị, Tổng cục Hậu cần, Quân đội nhân dân Việt Nam") == [
        "Vụ Thi đua, Bộ Nội vụ", "Cục Chính trị, Tổng cục Hậu cần, Quân đội nhân dân Việt Nam"]


def test_a_lower_case_piece_continues_the_name_before_it() -> None:
    assert split_members("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh; Báo Kon Tum") == [
        "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", "Báo Kon Tum"]


@pytest.mark.parametrize("written, expected", [
    ("Công an các tỉnh: Sơn La, Lai Châu và Điện Biên",
     ["Công an tỉnh Sơn La", "Công an tỉnh Lai Châu", "Công an tỉnh Điện Biên"]),
    ("Công an các tỉnh Bình Phước, Tây Ninh",
     ["Công an tỉnh Bình Phước", "Công an tỉnh Tây Ninh"]),
    ("Sở Nội vụ các tỉnh, thành phố: Cần Thơ, Hậu Giang",
     ["Sở Nội vụ thành phố Cần Thơ", "Sở Nội vụ tỉnh Hậu Giang"]),
    ("các tỉnh: Hà Giang, Tuyên Quang", ["tỉnh Hà Giang", "tỉnh Tuyên Quang"]),
])
def test_a_shared_head_is_written_out(written: str, expected: list[str]) -> None:
    assert split_members(written) == expected


def test_a_list_of_things_that_are_not_bodies_is_not_a_member_list() -> None:
    assert split_members("50 tập thể và 30 cá nhân có thành tích") == []


def test_member_list_count_and_numbered_cluster_name() -> None:
    [bloc] = blocs_of("Cụm thi đua số 3, Bộ Công an gồm Công an 4 tỉnh: Sơn La, Lai Châu, Điện Biên và Lào Cai. "
                      "Năm 2024, các đơn vị trong Cụm thi đua số 3 đã hoàn thành tốt nhiệm vụ.")
    assert bloc.kind == "cluster"
    assert bloc.name == "Cụm thi đua số 3, Bộ Công an"
    assert bloc.stated_member_count == 4
    assert [m.name for m in bloc.members] == ["Công an tỉnh Sơn La", "Công an tỉnh Lai Châu",
                                              "Công an tỉnh Điện Biên", "Công an tỉnh Lào Cai"]
    assert "Cụm thi đua số 3" in bloc.aliases


def test_a_count_stated_without_a_list() -> None:
    [bloc] = blocs_of("Khối thi đua các cơ quan tổng hợp tỉnh Bắc Ninh có 9 đơn vị thành viên, hoạt động "
                      "đoàn kết, hiệu quả.")
    assert bloc.stated_member_count == 9
    assert bloc.members == []


def test_attendance_is_not_membership() -> None:
    [bloc] = blocs_of("Khối thi đua Nội chính tỉnh Cà Mau tổng kết năm 2023. Tham dự hội nghị có đại diện "
                      "Công an tỉnh, Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh và Thanh tra tỉnh.")
    assert bloc.members == [] and bloc.stated_member_count is None


def test_two_blocs_in_one_article_keep_their_own_members() -> None:
    blocs = blocs_of(
        "Khối thi đua Văn hóa - Xã hội tỉnh Kon Tum gồm: Sở Y tế, Sở Giáo dục và Đào tạo và Báo Kon Tum. "
        "Khối thi đua Kinh tế tỉnh Kon Tum gồm: Sở Tài chính, Sở Xây dựng và Sở Công Thương.")
    assert [(b.name, [m.name for m in b.members]) for b in blocs] == [
        ("Khối thi đua Văn hóa - Xã hội tỉnh Kon Tum", ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Báo Kon Tum"]),
        ("Khối thi đua Kinh tế tỉnh Kon Tum", ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"])]


def test_bloc_names_stop_at_verbs_and_at_the_next_bloc() -> None:
    blocs = blocs_of("Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Yên Bái tổ chức hội nghị. "
                     "Khối thi đua Văn hóa - Xã hội và Khối thi đua Nội chính tỉnh Yên Bái cùng dự.")
    assert [b.name for b in blocs] == ["Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Yên Bái",
                                       "Khối thi đua Văn hóa - Xã hội", "Khối thi đua Nội chính tỉnh Yên Bái"]


def test_generic_plurals_and_party_committees_are_not_blocs() -> None:
    blocs = blocs_of("Ban Thi đua - Khen thưởng hướng dẫn các Cụm, Khối thi đua và các khối thi đua của tỉnh. "
                     "Đảng ủy Khối các cơ quan tỉnh phát động thi đua.")
    assert blocs == []


def test_a_bloc_named_in_full_once_and_then_as_khoi_is_one_bloc() -> None:
    [bloc] = blocs_of("Khối thi đua các doanh nghiệp Trung ương tổng kết năm 2023. Các đơn vị trong Khối thi đua "
                      "đã hoàn thành xuất sắc nhiệm vụ. Khối có 11 đơn vị thành viên.")
    assert bloc.name == "Khối thi đua các doanh nghiệp Trung ương"
    assert bloc.stated_member_count == 11


def test_a_cluster_of_districts() -> None:
    [bloc] = blocs_of("Cụm thi đua số 2 tỉnh Nghệ An gồm 4 đơn vị: thành phố Vinh, thị xã Cửa Lò, thị xã Thái Hòa "
                      "và huyện Nghi Lộc.")
    assert bloc.stated_member_count == 4
    assert [m.name for m in bloc.members] == ["thành phố Vinh", "thị xã Cửa Lò", "thị xã Thái Hòa", "huyện Nghi Lộc"]


def test_a_count_of_cities_with_abbreviated_units_and_a_list_that_ends_in_a_verb() -> None:
    [bloc] = blocs_of("Ngày 3-12, Cụm thi đua số 1 gồm Công an 3 thành phố: Hải Phòng, TP.HCM và Cần Thơ đã tổ chức "
                      "hội nghị tổng kết.")
    assert bloc.stated_member_count == 3
    assert [m.name for m in bloc.members] == ["Công an thành phố Hải Phòng", "Công an TP.HCM",
                                              "Công an thành phố Cần Thơ"]


def test_a_lower_case_head_and_a_list_followed_by_trong_đó() -> None:
    [bloc] = blocs_of("Cụm thi đua số 4, Bộ Công an gồm công an 3 tỉnh: Sơn La, Điện Biên và Lai Châu, trong đó Công an "
                      "Sơn La giữ vai trò Cụm trưởng năm 2024.")
    assert [m.name for m in bloc.members] == ["Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"]
    assert [(t.year, t.role, t.org) for t in bloc.leadership] == [(2024, "leader", "Công an Sơn La")]


def test_a_body_named_with_và_that_the_gazetteer_knows_stays_whole() -> None:
    assert split_members("Văn phòng Tỉnh ủy, Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ và Sở Tư pháp") == [
        "Văn phòng Tỉnh ủy", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Sở Nội vụ", "Sở Tư pháp"]


def test_every_member_counted_as_the_subject_of_a_sentence() -> None:
    [bloc] = blocs_of("Khối thi đua các huyện, thị xã, thành phố tỉnh Thanh Hóa tổng kết năm 2022. Năm 2022, "
                      "27 huyện, thị xã, thành phố trong Khối đều hoàn thành kế hoạch.")
    assert bloc.stated_member_count == 27


@pytest.mark.parametrize("sentence", [
    "Năm 2022, có 5 huyện trong Khối được đề nghị tặng Cờ thi đua.",
    "Năm 2022, 5 huyện trong Khối được tặng Cờ thi đua.",
    "Năm 2022, 20/27 huyện trong Khối hoàn thành kế hoạch.",
])
def test_a_part_of_the_bloc_is_not_its_member_count(sentence: str) -> None:
    [bloc] = blocs_of(f"Khối thi đua các huyện tỉnh Thanh Hóa tổng kết năm 2022. {sentence}")
    assert bloc.stated_member_count is None


def test_a_list_headed_by_the_kind_of_member() -> None:
    [bloc] = blocs_of("Khối thi đua Nội chính tỉnh Bắc Giang gồm các cơ quan, đơn vị sau: Sở Tư pháp, Thanh tra tỉnh "
                      "và Tòa án nhân dân tỉnh.")
    assert [m.name for m in bloc.members] == ["Sở Tư pháp", "Thanh tra tỉnh", "Tòa án nhân dân tỉnh"]


def test_a_unit_that_names_its_place_is_not_reattached_to_the_next_member() -> None:
    assert split_members("Cục Thi hành án dân sự tỉnh, Công an tỉnh và Cục Hải quan tỉnh") == [
        "Cục Thi hành án dân sự tỉnh", "Công an tỉnh", "Cục Hải quan tỉnh"]
    assert split_members("Phòng Tổ chức cán bộ, Công an tỉnh Bình Định; Sở Nội vụ") == [
        "Phòng Tổ chức cán bộ, Công an tỉnh Bình Định", "Sở Nội vụ"]


def test_a_member_list_that_is_the_subject_of_a_sentence_ends_at_its_verb() -> None:
    [bloc] = blocs_of("Cụm thi đua số 3 Bộ Công an gồm Công an các tỉnh Hà Giang, Tuyên Quang, Yên Bái tổ chức hội "
                      "nghị tổng kết năm 2023 và ký kết giao ước thi đua năm 2024.")
    assert [m.name for m in bloc.members] == ["Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang",
                                              "Công an tỉnh Yên Bái"]
    # a kind of body named in the plural is not a member, and leaves nothing on the one before it
    assert split_members("Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh và Văn phòng Tỉnh ủy") == [
        "Ủy ban MTTQ Việt Nam tỉnh", "Văn phòng Tỉnh ủy"]


def test_a_cluster_numbered_in_roman_numerals_without_số_is_one_cluster() -> None:
    [bloc] = blocs_of("Cụm thi đua VII Bộ Công an tổ chức hội nghị. Cụm thi đua VII gồm Công an các tỉnh Sóc "
                      "Trăng, Bạc Liêu và Cà Mau.")
    assert bloc.kind == "cluster"
    assert [m.name for m in bloc.members] == ["Công an tỉnh Sóc Trăng", "Công an tỉnh Bạc Liêu",
                                              "Công an tỉnh Cà Mau"]
    assert {bloc.name, *bloc.aliases} == {"Cụm thi đua VII Bộ Công an", "Cụm thi đua VII"}


def test_a_count_followed_by_a_comma_has_no_list_after_it() -> None:
    [bloc] = blocs_of("Khối thi đua các hợp tác xã tỉnh Hưng Yên gồm 11 đơn vị, Khối trưởng năm nay là Liên "
                      "minh Hợp tác xã tỉnh.")
    assert bloc.stated_member_count == 11
    assert bloc.members == []


@pytest.mark.parametrize("written, expected", [
    # a plural head and a tail the items share
    ("Văn phòng Thành ủy, các ban Tổ chức, Kiểm tra, Tuyên giáo Thành ủy, Hội Nông dân thành phố",
     ["Văn phòng Thành ủy", "Ban Tổ chức Thành ủy", "Ban Kiểm tra Thành ủy", "Ban Tuyên giáo Thành ủy",
      "Hội Nông dân thành phố"]),
    # unit codes after a colon
    ("các phòng: PA02, PK02 và PH10", ["Phòng PA02", "Phòng PK02", "Phòng PH10"]),
    # words before the plural head that every item shares; a semicolon ends the shared head
    ("Ủy ban nhân dân tỉnh, các sở: Tài chính, Xây dựng; Liên đoàn Lao động tỉnh",
     ["Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Xây dựng", "Liên đoàn Lao động tỉnh"]),
    ("Trung ương các Hội: Người mù Việt Nam, Luật gia Việt Nam; Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
     ["Trung ương Hội Người mù Việt Nam", "Trung ương Hội Luật gia Việt Nam",
      "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
])
def test_a_plural_head_written_once_is_written_out(written: str, expected: list[str]) -> None:
    assert split_members(written) == expected


def test_a_body_whose_own_name_has_các_is_not_a_shared_head() -> None:
    assert split_members("Hội Luật gia tỉnh, Liên hiệp các Hội Văn học nghệ thuật tỉnh và Hội Khuyến học tỉnh") == [
        "Hội Luật gia tỉnh", "Liên hiệp các Hội Văn học nghệ thuật tỉnh", "Hội Khuyến học tỉnh"]


def test_places_after_a_shared_unit_are_each_a_member() -> None:
    assert split_members("UBND các huyện Mỹ Xuyên, Trần Đề, Cù Lao Dung và UBND thị xã Vĩnh Châu") == [
        "UBND huyện Mỹ Xuyên", "UBND huyện Trần Đề", "UBND huyện Cù Lao Dung", "UBND thị xã Vĩnh Châu"]


def test_bloc_names_with_a_dash_between_lower_case_words_and_special_associations() -> None:
    [bloc] = blocs_of("Khối thi đua các tổ chức chính trị - xã hội tỉnh Bắc Kạn có 6 đơn vị thành viên. "
                      "Khối thi đua các tổ chức chính trị - xã hội tỉnh Bắc Kạn tổng kết năm 2023.")
    assert bloc.name == "Khối thi đua các tổ chức chính trị - xã hội tỉnh Bắc Kạn"
    [bloc] = blocs_of("Khối thi đua các hội quần chúng đặc thù tỉnh Yên Bái tổng kết năm 2023.")
    assert bloc.name == "Khối thi đua các hội quần chúng đặc thù tỉnh Yên Bái"
    [bloc] = blocs_of("Năm 2023, Khối thi đua các bệnh viện tuyến huyện của Sở Y tế Nghệ An đã hoàn thành nhiệm vụ.")
    assert bloc.name == "Khối thi đua các bệnh viện tuyến huyện"


def test_member_counts_written_as_words_or_before_a_list_after_có() -> None:
    [bloc] = blocs_of("Khối thi đua các cơ quan Nội chính tỉnh Hòa Bình gồm chín cơ quan, đơn vị. Năm 2023, "
                      "các đơn vị trong Khối hoàn thành tốt nhiệm vụ.")
    assert bloc.stated_member_count == 9
    [bloc] = blocs_of("Khối thi đua các huyện miền núi tỉnh Thanh Hóa tổng kết năm 2023. Khối có 03 đơn vị: "
                      "UBND huyện Mường Lát, UBND huyện Quan Sơn và UBND huyện Quan Hóa.")
    assert (bloc.stated_member_count, [m.name for m in bloc.members]) == (
        3, ["UBND huyện Mường Lát", "UBND huyện Quan Sơn", "UBND huyện Quan Hóa"])


def test_a_count_a_bare_khoi_states_without_a_list() -> None:
    [bloc] = blocs_of("Khối thi đua các trường cao đẳng tỉnh Bình Định tổng kết năm học. Khối gồm 6 đơn vị.")
    assert (bloc.stated_member_count, bloc.members) == (6, [])


def test_có_before_gồm_does_not_open_the_list() -> None:
    [bloc] = blocs_of("Khối thi đua các hội đặc thù tỉnh Phú Thọ hiện có 03 thành viên gồm: Hội Nhà báo tỉnh, "
                      "Hội Luật gia tỉnh và Hội Đông y tỉnh.")
    assert [m.name for m in bloc.members] == ["Hội Nhà báo tỉnh", "Hội Luật gia tỉnh", "Hội Đông y tỉnh"]


@pytest.mark.parametrize("written, expected", [
    ("Văn phòng Thành ủy, Ban Tổ chức, Tuyên giáo, Nội chính Thành ủy và Báo Hải Phòng",
     ["Văn phòng Thành ủy", "Ban Tổ chức Thành ủy", "Ban Tuyên giáo Thành ủy", "Ban Nội chính Thành ủy",
      "Báo Hải Phòng"]),
    # the name grammar reads "Sở Nội vụ, Xây dựng" as one name; the gazetteer knows "Sở Nội vụ" alone
    ("Sở Nội vụ, Xây dựng, Giao thông vận tải và Cục Thống kê tỉnh",
     ["Sở Nội vụ", "Sở Xây dựng", "Sở Giao thông vận tải", "Cục Thống kê tỉnh"]),
    # one body whose name has commas stays whole
    ("Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông"]),
])
def test_a_singular_head_written_once_is_written_out(written: str, expected: list[str]) -> None:
    assert split_members(written) == expected


def test_a_count_a_bare_khoi_states_apart_from_any_list() -> None:
    [bloc] = blocs_of("Khối thi đua các sở kinh tế tỉnh Quảng Trị tổ chức hội nghị. Khối hiện có 8 thành viên. "
                      "Năm 2023, Sở Tài chính làm Khối trưởng.")
    assert bloc.stated_member_count == 8
    [bloc] = blocs_of("Cụm thi đua các huyện phía Nam tổ chức hội nghị. Cụm có bảy đơn vị.")
    assert bloc.stated_member_count == 7


@pytest.mark.parametrize("sentence, count", [
    ("Khối thi đua các hội đặc thù tỉnh Kon Tum gồm 9 hội.", 9),
    ("Cụm thi đua số 4 gồm 6 huyện, thị xã, thành phố.", 6),
    ("Khối thi đua các doanh nghiệp tỉnh Bắc Ninh gồm 11 công ty.", 11),
])
def test_member_counts_of_more_kinds_of_member(sentence: str, count: int) -> None:
    [bloc] = blocs_of(sentence)
    assert bloc.stated_member_count == count


def test_a_count_in_brackets_after_the_name() -> None:
    [bloc] = blocs_of("Khối thi đua các cơ quan Đảng tỉnh Yên Bái (gồm 9 đơn vị) tổ chức hội nghị tổng kết.")
    assert (bloc.stated_member_count, bloc.members) == (9, [])


def test_a_heading_naming_a_bloc_by_its_short_name_opens_its_section() -> None:
    facts = extract_text("Các khối thi đua tỉnh Ninh Thuận tổng kết năm 2023\n28/12/2023 10:00\n"
                         "Khối thi đua các cơ quan Đảng tỉnh và Khối thi đua các huyện miền núi tỉnh đã tổng kết.\n"
                         "1. Khối các huyện miền núi\n"
                         "Khối có 3 đơn vị. Hội nghị bầu UBND huyện Bác Ái làm Khối trưởng năm 2024.\n"
                         "2. Khối các cơ quan Đảng\n"
                         "Khối có 8 đơn vị. Hội nghị bầu Ban Dân vận Tỉnh ủy làm Khối trưởng năm 2024.\n", "t.txt")
    assert [(b.name, b.stated_member_count, [t.org for t in b.leadership]) for b in facts.blocs] == [
        ("Khối thi đua các cơ quan Đảng tỉnh", 8, ["Ban Dân vận Tỉnh ủy"]),
        ("Khối thi đua các huyện miền núi tỉnh", 3, ["UBND huyện Bác Ái"])]


def test_a_head_before_a_colon_is_written_out_for_the_places_after_it() -> None:
    assert split_members("UBND: thành phố Tuy Hòa, thị xã Sông Cầu và huyện Đồng Xuân") == [
        "UBND thành phố Tuy Hòa", "UBND thị xã Sông Cầu", "UBND huyện Đồng Xuân"]
    # bodies named in full after a colon are not given the head
    assert "Tòa án nhân dân tỉnh" in split_members("Khối Nội chính: Công an tỉnh, Tòa án nhân dân tỉnh")


def test_two_blocs_listed_in_one_sentence_keep_their_own_members() -> None:
    facts = extract_text("Các khối thi đua tổng kết năm 2023\nKhối thi đua Nội chính tỉnh Lai Châu gồm 2 đơn vị: "
                         "Công an tỉnh và Tòa án nhân dân tỉnh; Khối thi đua Kinh tế tỉnh Lai Châu gồm 2 đơn vị: "
                         "Sở Công Thương và Cục Thuế tỉnh.", "t.txt")
    assert [(b.name, [m.name for m in b.members]) for b in facts.blocs] == [
        ("Khối thi đua Nội chính tỉnh Lai Châu", ["Công an tỉnh", "Tòa án nhân dân tỉnh"]),
        ("Khối thi đua Kinh tế tỉnh Lai Châu", ["Sở Công Thương", "Cục Thuế tỉnh"])]


def test_a_count_of_branches_with_a_qualifier_and_no_list() -> None:
    (bloc,) = blocs_of("Khối thi đua các ngân hàng tỉnh Nam Định tổng kết năm 2023. Khối gồm 19 chi nhánh ngân hàng "
                       "hoạt động trên địa bàn tỉnh.")
    assert (bloc.stated_member_count, bloc.members) == (19, [])


def test_a_qualifier_between_the_count_and_the_colon_of_the_list() -> None:
    (bloc,) = blocs_of("Cụm thi đua số 2, Công an tỉnh Hà Nam gồm 03 đơn vị thuộc khối An ninh: Phòng An ninh chính trị "
                       "nội bộ (PA01), Phòng An ninh kinh tế (PA04) và Phòng Quản lý xuất nhập cảnh (PA08).")
    assert (bloc.stated_member_count, [m.name for m in bloc.members]) == (
        3, ["Phòng An ninh chính trị nội bộ", "Phòng An ninh kinh tế", "Phòng Quản lý xuất nhập cảnh"])


def test_a_guest_bloc_named_among_who_attended_is_not_the_one_later_sentences_speak_of() -> None:
    text = ("Cụm thi đua các tỉnh Tây Nguyên tổng kết năm 2023\n"
            "Cụm thi đua các tỉnh Tây Nguyên gồm 5 tỉnh: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng. Cùng dự có "
            "Cụm thi đua các tỉnh duyên hải miền Trung do UBND tỉnh Phú Yên làm Cụm trưởng. Hội nghị đã bầu UBND "
            "tỉnh Gia Lai làm Cụm trưởng năm 2024.")
    blocs = {b.name: [(t.year, t.role, t.org) for t in b.leadership] for b in extract_text(text, "t.txt").blocs}
    assert blocs["Cụm thi đua các tỉnh Tây Nguyên"] == [(2024, "leader", "UBND tỉnh Gia Lai")]
    assert blocs["Cụm thi đua các tỉnh duyên hải miền Trung"] == [(2023, "leader", "UBND tỉnh Phú Yên")]


def test_a_count_after_the_bloc_s_name_and_a_colon() -> None:
    blocs = blocs_of("Các khối thi đua gồm:\n- Khối thi đua Kinh tế: 09 đơn vị; Khối trưởng: Sở Tài chính.\n"
                     "- Khối thi đua Văn hóa - Xã hội: mười hai đơn vị.")
    assert [(b.name, b.stated_member_count) for b in blocs] == [("Khối thi đua Kinh tế", 9),
                                                                ("Khối thi đua Văn hóa - Xã hội", 12)]


def test_a_bloc_of_the_bodies_of_a_ministry_keeps_what_they_belong_to() -> None:
    names = [b.name for b in blocs_of("Khối thi đua các đơn vị sự nghiệp trực thuộc Bộ Tư pháp tổ chức hội nghị. "
                                      "Cụm thi đua các cơ quan thuộc tỉnh Hải Dương đã ký giao ước.")]
    assert names == ["Khối thi đua các đơn vị sự nghiệp trực thuộc Bộ Tư pháp",
                     "Cụm thi đua các cơ quan thuộc tỉnh Hải Dương"]


def _members(text: str) -> list[tuple]:
    return [(b.name, b.stated_member_count, [m.name for m in b.members]) for b in blocs_of(text)]


def test_the_unit_of_a_count_is_the_head_of_the_items_after_it() -> None:
    assert _members("Cụm thi đua số 1 gồm 4 phòng: PX01, PX03, PV01 và PH10.") == [
        ("Cụm thi đua số 1", 4, ["Phòng PX01", "Phòng PX03", "Phòng PV01", "Phòng PH10"])]
    assert _members("Khối thi đua Kinh tế tỉnh Hà Nam gồm 3 sở: Xây dựng, Công Thương và Kế hoạch và Đầu tư.") == [
        ("Khối thi đua Kinh tế tỉnh Hà Nam", 3, ["Sở Xây dựng", "Sở Công Thương", "Sở Kế hoạch và Đầu tư"])]
    # items that name their head are left as they are
    assert _members("Khối thi đua các Hội tỉnh Hà Nam gồm 2 hội: Hội Luật gia tỉnh và Hội Nhà báo tỉnh.") == [
        ("Khối thi đua các Hội tỉnh Hà Nam", 2, ["Hội Luật gia tỉnh", "Hội Nhà báo tỉnh"])]


def test_provincial_units_of_the_post_telecoms_and_power_and_a_bloc_named_by_a_side_of_a_province() -> None:
    assert _members("Cụm thi đua các doanh nghiệp phía Đông tỉnh Hà Nam gồm 3 doanh nghiệp: Điện lực Hà Nam, Viễn "
                    "thông Hà Nam và Bưu điện tỉnh Hà Nam.") == [
        ("Cụm thi đua các doanh nghiệp phía Đông tỉnh Hà Nam", 3,
         ["Điện lực Hà Nam", "Viễn thông Hà Nam", "Bưu điện tỉnh Hà Nam"])]


def test_a_count_written_as_a_total() -> None:
    assert _members("Khối thi đua các sở, ngành tổng hợp tỉnh Hà Nam có tổng số 11 cơ quan, đơn vị. Khối thi đua "
                    "Văn hóa tỉnh Hà Nam tổng kết năm 2024. Khối có tất cả 8 thành viên.") == [
        ("Khối thi đua các sở, ngành tổng hợp tỉnh Hà Nam", 11, []), ("Khối thi đua Văn hóa tỉnh Hà Nam", 8, [])]


def test_provinces_written_once_after_a_plural_unit_without_a_colon() -> None:
    assert split_members("các tỉnh Lạng Sơn, Cao Bằng, Bắc Kạn và Hà Giang") == [
        "tỉnh Lạng Sơn", "tỉnh Cao Bằng", "tỉnh Bắc Kạn", "tỉnh Hà Giang"]


def test_a_member_joined_by_va_to_a_plural_unit() -> None:
    assert split_members("thành phố Hải Phòng và các tỉnh Thái Bình, Nam Định, Ninh Bình") == [
        "thành phố Hải Phòng", "tỉnh Thái Bình", "tỉnh Nam Định", "tỉnh Ninh Bình"]
    # the body's head before its own place is the head of the list after "và"
    assert split_members("Công an thành phố Cần Thơ và các tỉnh Hậu Giang, Sóc Trăng") == [
        "Công an thành phố Cần Thơ", "Công an tỉnh Hậu Giang", "Công an tỉnh Sóc Trăng"]


def test_a_region_after_a_plural_unit_is_not_a_province() -> None:
    assert split_members("các tỉnh Tây Nguyên") == []


def test_members_written_one_per_line_below_the_colon() -> None:
    facts = extract_text("Khối thi đua Văn hóa - Xã hội tỉnh Sơn La tổng kết năm 2024\n"
                         "Khối thi đua gồm 04 đơn vị:\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo;\n"
                         "- Bảo hiểm xã hội (BHXH) tỉnh;\n- Đài Phát thanh và Truyền hình tỉnh.\n"
                         "Năm 2024, các đơn vị trong Khối hoàn thành tốt nhiệm vụ.", "t.txt")
    (bloc,) = facts.blocs
    assert [m.name for m in bloc.members] == ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Bảo hiểm xã hội tỉnh",
                                              "Đài Phát thanh và Truyền hình tỉnh"]
    assert bloc.stated_member_count == 4
    # each member points to its own line
    assert bloc.members[0].provenance.quote == "- Sở Y tế;"


def test_a_bulleted_list_stops_at_the_first_line_that_is_not_an_item() -> None:
    facts = extract_text("Cụm thi đua số 4 tổng kết năm 2024\nCụm thi đua số 4 gồm các đơn vị:\n"
                         "1. Công an huyện Mộc Châu\n2. Công an huyện Yên Châu\n"
                         "Hội nghị đã bầu Công an huyện Mộc Châu làm Cụm trưởng năm 2025.", "t.txt")
    (bloc,) = facts.blocs
    assert [m.name for m in bloc.members] == ["Công an huyện Mộc Châu", "Công an huyện Yên Châu"]


def test_a_count_of_ministries_before_their_list() -> None:
    facts = extract_text("Tổng kết Khối thi đua các bộ, ngành Kinh tế tổng hợp\nKhối thi đua các bộ, ngành Kinh tế "
                         "tổng hợp gồm 04 bộ: Bộ Tài chính; Bộ Kế hoạch và Đầu tư; Bộ Xây dựng và Bộ Tư pháp.", "t.txt")
    (bloc,) = facts.blocs
    assert bloc.stated_member_count == 4
    assert [m.name for m in bloc.members] == ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư", "Bộ Xây dựng", "Bộ Tư pháp"]


def test_a_party_committee_written_once_for_its_provinces() -> None:
    assert split_members("Ban Dân vận các Tỉnh ủy: Nghệ An, Thanh Hóa và Hà Tĩnh") == [
        "Ban Dân vận Tỉnh ủy Nghệ An", "Ban Dân vận Tỉnh ủy Thanh Hóa", "Ban Dân vận Tỉnh ủy Hà Tĩnh"]


def test_what_the_counted_members_are_before_the_colon() -> None:
    facts = extract_text("Tổng kết Cụm thi đua số 2\nCụm thi đua số 2 gồm 03 phòng nghiệp vụ thuộc lực lượng Cảnh sát: "
                         "Phòng Cảnh sát giao thông; Phòng Cảnh sát cơ động và Phòng Cảnh sát hình sự.", "t.txt")
    (bloc,) = facts.blocs
    assert [m.name for m in bloc.members] == ["Phòng Cảnh sát giao thông", "Phòng Cảnh sát cơ động",
                                              "Phòng Cảnh sát hình sự"]
    assert bloc.stated_member_count == 3


def test_a_count_with_a_qualifier_and_no_list() -> None:
    facts = extract_text("Khối thi đua các huyện, thị xã, thành phố tỉnh Bình Định tổng kết năm 2024\nKhối thi đua các "
                         "huyện, thị xã, thành phố tỉnh Bình Định gồm 11 đơn vị cấp huyện, do UBND thành phố Quy Nhơn "
                         "làm Khối trưởng, UBND huyện Tuy Phước làm Khối phó năm 2024.", "t.txt")
    (bloc,) = facts.blocs
    assert bloc.stated_member_count == 11
    assert bloc.members == []       # the leaders named after it are not a member list
    assert [(t.role, t.org) for t in bloc.leadership] == [("leader", "UBND thành phố Quy Nhơn"),
                                                          ("deputy", "UBND huyện Tuy Phước")]


def test_members_one_per_row_of_a_table_written_with_bars() -> None:
    facts = extract_text("Khối thi đua các huyện miền núi tỉnh Hòa Bình tổng kết năm 2024\n"
                         "Kết quả chấm điểm năm 2024 của 3 đơn vị thành viên Khối như sau:\n"
                         "TT | Đơn vị | Tổng điểm | Xếp loại\n1 | UBND huyện Mai Châu | 986,5 | Xuất sắc\n"
                         "2 | UBND huyện Đà Bắc | 979 | Xuất sắc\n3 | UBND huyện Lạc Sơn | 971,5 | Tốt\n"
                         "Hội nghị đã bầu UBND huyện Mai Châu làm Khối trưởng năm 2025.", "t.txt")
    (bloc,) = facts.blocs
    assert [m.name for m in bloc.members] == ["UBND huyện Mai Châu", "UBND huyện Đà Bắc", "UBND huyện Lạc Sơn"]
    assert bloc.members[1].provenance.quote == "UBND huyện Đà Bắc"     # the cell it came from


def test_a_table_of_scores_without_a_sentence_about_members_gives_none() -> None:
    facts = extract_text("Khối thi đua các huyện miền núi tỉnh Hòa Bình tổng kết năm 2024\n"
                         "Một số chỉ tiêu năm 2024\n"
                         "TT | Đơn vị | Tổng điểm\n1 | UBND huyện Mai Châu | 986,5\n2 | UBND huyện Đà Bắc | 979\n",
                         "t.txt")
    assert [m.name for b in facts.blocs for m in b.members] == []


def test_members_of_an_html_list_one_name_per_item() -> None:
    from thidua.loaders.html import html_to_text
    page = ("<html><body><h1>Khối thi đua các cơ quan báo chí Trung ương tổng kết năm 2023</h1>"
            "<p>Khối thi đua hiện có 3 cơ quan thành viên, gồm:</p><ul><li>Báo Nhân Dân;</li>"
            "<li>Tạp chí Cộng sản;</li><li>Báo Điện tử Đảng Cộng sản Việt Nam.</li></ul>"
            "<p>Năm 2023, các cơ quan trong Khối hoàn thành tốt nhiệm vụ.</p></body></html>")
    facts = extract_text(html_to_text(page).text, "t.txt")
    (bloc,) = facts.blocs
    assert [m.name for m in bloc.members] == ["Báo Nhân Dân", "Tạp chí Cộng sản",
                                              "Báo Điện tử Đảng Cộng sản Việt Nam"]


def test_police_units_named_with_lower_case_words() -> None:
    assert split_members("Phòng Cảnh sát cơ động; Phòng Cảnh sát đường thủy và Trại tạm giam Công an tỉnh") == [
        "Phòng Cảnh sát cơ động", "Phòng Cảnh sát đường thủy", "Trại tạm giam Công an tỉnh"]


def test_corporations_listed_after_thanh_vien_la() -> None:
    facts = extract_text("Tổng kết Khối thi đua các Tập đoàn, Tổng công ty năm 2023\nKhối thi đua hiện có 3 thành viên "
                         "là: Tập đoàn Hóa chất Việt Nam (Vinachem); Tổng công ty Hàng không Việt Nam - CTCP (Vietnam "
                         "Airlines) và Tổng công ty Đường sắt Việt Nam (VNR).", "t.txt")
    (bloc,) = facts.blocs
    assert [m.name for m in bloc.members] == ["Tập đoàn Hóa chất Việt Nam", "Tổng công ty Hàng không Việt Nam - CTCP",
                                              "Tổng công ty Đường sắt Việt Nam"]


def test_members_after_co_n_thanh_vien_la_without_a_colon() -> None:
    facts = extract_text("Khối thi đua các cơ quan Nội chính tỉnh Long An tổng kết năm 2023\nKhối có 03 thành viên là "
                         "TAND tỉnh, VKSND tỉnh và Cục Thi hành án dân sự tỉnh. Năm 2023, VKSND tỉnh là Khối trưởng.",
                         "t.txt")
    (bloc,) = facts.blocs
    assert bloc.stated_member_count == 3
    assert [m.name for m in bloc.members] == ["TAND tỉnh", "VKSND tỉnh", "Cục Thi hành án dân sự tỉnh"]


def test_a_member_then_a_plural_head_written_once_with_a_shared_tail() -> None:
    assert split_members("Liên đoàn Lao động tỉnh, Tỉnh Đoàn và các hội: Nông dân, Cựu chiến binh, Liên hiệp Phụ nữ "
                         "tỉnh") == ["Liên đoàn Lao động tỉnh", "Tỉnh Đoàn", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh",
                                     "Hội Liên hiệp Phụ nữ tỉnh"]


def test_a_department_named_with_va_read_short_is_made_whole_by_the_gazetteer() -> None:
    assert split_members("các sở: Công Thương, Nông nghiệp và Phát triển nông thôn, Xây dựng") == [
        "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Xây dựng"]


def test_departments_named_with_lower_case_words() -> None:
    assert split_members("Vụ Kế hoạch - Tài chính; Vụ Hợp tác quốc tế và Phòng Hồ sơ") == [
        "Vụ Kế hoạch - Tài chính", "Vụ Hợp tác quốc tế", "Phòng Hồ sơ"]
