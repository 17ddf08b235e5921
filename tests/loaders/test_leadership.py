"""Yearly leadership in the phrasings reporters use; years stated or taken from the framing."""
from __future__ import annotations

import pytest

from thidua.loaders.article import extract_text


def terms(text: str, title: str = "Tổng kết công tác thi đua, khen thưởng") -> list[tuple]:
    facts = extract_text(title + "\n" + text, "t.txt")
    return [(b.name, t.year, t.role, t.org, t.year_basis) for b in facts.blocs for t in b.leadership]


def test_an_election_list_with_the_year_at_its_end() -> None:
    got = terms("Hội nghị đã bầu Sở Tài chính làm Khối trưởng; Sở Công Thương làm Khối phó Thường trực; "
                "Sở Xây dựng và Sở Giao thông vận tải làm Khối phó Khối thi đua Kinh tế tỉnh Nghệ An năm 2024.")
    bloc = "Khối thi đua Kinh tế tỉnh Nghệ An"
    assert got == [(bloc, 2024, "leader", "Sở Tài chính", "stated"),
                   (bloc, 2024, "standing_deputy", "Sở Công Thương", "stated"),
                   (bloc, 2024, "deputy", "Sở Xây dựng", "stated"),
                   (bloc, 2024, "deputy", "Sở Giao thông vận tải", "stated")]


def test_roles_named_first_then_the_body_after_là() -> None:
    got = terms("Khối thi đua Văn hóa - Xã hội tỉnh Kon Tum bầu Khối trưởng Khối thi đua năm 2025 là Sở Y tế, "
                "Khối phó là Báo Kon Tum.")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2025, "leader", "Sở Y tế", "stated"),
                                                       (2025, "deputy", "Báo Kon Tum", "stated")]


def test_colon_form() -> None:
    got = terms("Khối thi đua các cơ quan tổng hợp tỉnh Bình Định. Khối trưởng năm 2024: Văn phòng UBND tỉnh; "
                "Khối phó: Sở Nội vụ.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2024, "leader", "Văn phòng UBND tỉnh"),
                                                    (2024, "deputy", "Sở Nội vụ")]


@pytest.mark.parametrize("sentence, role", [
    ("Hội Nông dân tỉnh được giao nhiệm vụ là Trưởng khối", "leader"),
    ("Hội Nông dân tỉnh giữ vai trò Khối trưởng", "leader"),
    ("Hội Nông dân tỉnh (đơn vị Khối trưởng) trình bày báo cáo", "leader"),
    ("Đại diện Hội Nông dân tỉnh - đơn vị Trưởng khối trình bày báo cáo", "leader"),
    ("Hội Nông dân tỉnh là Phó Khối", "deputy"),
    ("Hội Nông dân tỉnh làm Khối phó Thường trực", "standing_deputy"),
])
def test_a_body_that_holds_a_role_takes_the_year_under_review(sentence: str, role: str) -> None:
    got = terms(f"Năm 2022, Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Sơn La hoàn thành nhiệm vụ. {sentence}.")
    assert got == [("Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Sơn La", 2022, role, "Hội Nông dân tỉnh",
                    "context")]


def test_one_just_elected_takes_the_year_being_planned() -> None:
    got = terms("Hội nghị tổng kết năm 2023 của Cụm thi đua các tỉnh Tây Nguyên. Hội nghị bầu tỉnh Gia Lai "
                "làm Cụm trưởng, tỉnh Kon Tum làm Cụm phó.")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2024, "leader", "tỉnh Gia Lai", "context"),
                                                       (2024, "deputy", "tỉnh Kon Tum", "context")]


def test_pairs_of_bodies_and_roles() -> None:
    got = terms("Sở Tư pháp và Thanh tra tỉnh được bầu làm Trưởng khối và Phó khối Khối thi đua Nội chính "
                "tỉnh Bạc Liêu năm 2024.")
    assert [(r, o) for _, _, r, o, _ in got] == [("leader", "Sở Tư pháp"), ("deputy", "Thanh tra tỉnh")]


def test_a_person_whose_position_names_the_role() -> None:
    got = terms("Dự hội nghị có đồng chí Trần Văn Hải, Giám đốc Công an tỉnh Long An, Cụm trưởng Cụm thi đua "
                "số 7 năm 2023; Thượng tá Lê Minh Tâm, Phó Giám đốc Công an tỉnh Tiền Giang (Cụm phó Cụm thi "
                "đua số 7 năm 2023).")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "Công an tỉnh Long An"),
                                                    (2023, "deputy", "Công an tỉnh Tiền Giang")]


def test_handing_over_and_taking_over() -> None:
    got = terms("Tại hội nghị của Cụm thi đua số 2, Công an tỉnh Hà Nam chuyển giao nhiệm vụ Cụm trưởng năm 2024 "
                "cho Công an tỉnh Nam Định. Công an tỉnh Thái Bình nhận bàn giao Cụm phó năm 2024 từ Công an "
                "tỉnh Ninh Bình.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [
        (2024, "leader", "Công an tỉnh Nam Định"), (2023, "leader", "Công an tỉnh Hà Nam"),
        (2024, "deputy", "Công an tỉnh Thái Bình"), (2023, "deputy", "Công an tỉnh Ninh Bình")]


def test_a_leader_is_written_as_the_sentence_stating_the_role_writes_it() -> None:
    got = terms("Cụm thi đua các tỉnh Đông Bắc gồm 3 tỉnh: Cao Bằng, Lạng Sơn và Bắc Kạn. UBND tỉnh Lạng Sơn "
                "là Cụm trưởng năm 2023.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "UBND tỉnh Lạng Sơn")]


def test_each_term_goes_to_the_bloc_the_sentence_is_about() -> None:
    got = terms("Khối thi đua Văn hóa - Xã hội tỉnh Phú Yên bầu Sở Y tế làm Khối trưởng năm 2024. "
                "Khối thi đua Kinh tế tỉnh Phú Yên bầu Sở Tài chính làm Khối trưởng năm 2024. "
                "Sở Xây dựng làm Khối phó.")
    assert got == [
        ("Khối thi đua Văn hóa - Xã hội tỉnh Phú Yên", 2024, "leader", "Sở Y tế", "stated"),
        ("Khối thi đua Kinh tế tỉnh Phú Yên", 2024, "leader", "Sở Tài chính", "stated"),
        ("Khối thi đua Kinh tế tỉnh Phú Yên", 2024, "deputy", "Sở Xây dựng", "context")]


def test_role_words_without_a_body_state_nothing() -> None:
    got = terms("Khối thi đua các cơ quan Trung ương tổng kết năm 2023. Đại diện các đơn vị Khối trưởng, "
                "Khối phó năm 2024 ra mắt hội nghị. Bộ trưởng Khối cơ quan phát biểu.")
    assert got == []


def test_a_year_opening_the_clause() -> None:
    got = terms("Khối thi đua các Ban Đảng tỉnh Đắk Lắk luân phiên Khối trưởng hằng năm; năm 2024 Ban Tuyên giáo "
                "Tỉnh ủy làm Khối trưởng, Ban Dân vận Tỉnh ủy làm Khối phó.")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2024, "leader", "Ban Tuyên giáo Tỉnh ủy", "stated"),
                                                       (2024, "deputy", "Ban Dân vận Tỉnh ủy", "stated")]


@pytest.mark.parametrize("sentence, role", [
    ("Sở Công Thương là đơn vị Khối trưởng", "leader"),
    ("Sở Công Thương được giao nhiệm vụ Khối trưởng", "leader"),
    ("Sở Công Thương được phân công vai trò Khối phó", "deputy"),
    ("Nhiệm vụ Khối trưởng do Sở Công Thương đảm nhận", "leader"),
    ("Vai trò Khối phó thuộc về Sở Công Thương", "deputy"),
])
def test_more_ways_of_holding_a_role(sentence: str, role: str) -> None:
    got = terms(f"Năm 2021, Khối thi đua Kinh tế tỉnh Quảng Ngãi hoàn thành nhiệm vụ. {sentence}.")
    assert got == [("Khối thi đua Kinh tế tỉnh Quảng Ngãi", 2021, role, "Sở Công Thương", "context")]


def test_a_year_set_off_by_commas_before_the_role() -> None:
    got = terms("Hội nghị tổng kết năm 2021 của Cụm thi đua số 3. Hội nghị bầu Công an tỉnh Sóc Trăng làm Cụm "
                "trưởng năm 2022. Trước đó, trong năm 2021, Công an tỉnh Bạc Liêu giữ vai trò Cụm phó.")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2022, "leader", "Công an tỉnh Sóc Trăng", "stated"),
                                                       (2021, "deputy", "Công an tỉnh Bạc Liêu", "stated")]


def test_the_body_is_written_as_the_sentence_stating_the_role_writes_it() -> None:
    got = terms("Năm 2022, Liên đoàn Lao động tỉnh (LĐLĐ) - đơn vị Khối trưởng - chủ trì hội nghị của Khối thi "
                "đua các đoàn thể tỉnh Ninh Thuận. Đồng chí Pinăng Thị Hoa, Chủ tịch LĐLĐ tỉnh, Khối trưởng "
                "Khối thi đua chủ trì hội nghị.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2022, "leader", "Liên đoàn Lao động tỉnh")]


def test_a_body_whose_specific_name_is_in_lower_case() -> None:
    got = terms("Năm 2023, Trung tâm Y tế dự phòng tỉnh Hà Giang được giao nhiệm vụ là Trưởng khối Khối thi đua "
                "các đơn vị sự nghiệp y tế, Bệnh viện Phục hồi chức năng tỉnh là Phó khối.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "Trung tâm Y tế dự phòng tỉnh Hà Giang"),
                                                    (2023, "deputy", "Bệnh viện Phục hồi chức năng tỉnh")]


def test_roles_listed_then_their_bodies_in_order() -> None:
    got = terms("Khối thi đua các trường đại học tỉnh Thái Nguyên tổ chức hội nghị. Khối trưởng, Khối phó Thường "
                "trực và Khối phó năm 2025 lần lượt là Đại học Nông Lâm, Đại học Y Dược và Trường Cao đẳng Thương mại.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2025, "leader", "Đại học Nông Lâm"),
                                                    (2025, "standing_deputy", "Đại học Y Dược"),
                                                    (2025, "deputy", "Trường Cao đẳng Thương mại")]
    # fewer bodies than roles: which is which is not said
    assert terms("Khối thi đua các trường đại học tỉnh Thái Nguyên họp. Khối trưởng, Khối phó năm 2025 lần lượt "
                 "là Đại học Nông Lâm.") == []


def test_a_year_before_the_subject_without_a_comma() -> None:
    got = terms("Năm 2022, Cụm thi đua các tỉnh Bắc Trung Bộ hoạt động hiệu quả. Theo quy chế, năm 2023 UBND "
                "tỉnh Quảng Trị làm Cụm trưởng.")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2023, "leader", "UBND tỉnh Quảng Trị", "stated")]


def test_the_rotating_flag_passes_the_role() -> None:
    got = terms("Năm 2022, Cụm thi đua các tỉnh Đông Nam Bộ hoàn thành nhiệm vụ. UBND tỉnh Bình Phước trao cờ "
                "luân lưu Cụm trưởng năm 2023 cho UBND tỉnh Tây Ninh.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "UBND tỉnh Tây Ninh"),
                                                    (2022, "leader", "UBND tỉnh Bình Phước")]


def test_the_role_first_and_its_body_after_the_comma() -> None:
    got = terms("Khối thi đua các hội quần chúng tỉnh Cao Bằng tổng kết năm 2023. Với vai trò là đơn vị Khối "
                "trưởng, Hội Người mù tỉnh đã phối hợp tổ chức kiểm tra chéo.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "Hội Người mù tỉnh")]


def test_the_body_given_the_role_by_another_holds_it() -> None:
    got = terms("Năm 2024, Trung tâm Y tế huyện Đức Thọ được Sở Y tế phân công nhiệm vụ Trưởng khối Khối thi "
                "đua các trung tâm y tế tuyến huyện.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2024, "leader", "Trung tâm Y tế huyện Đức Thọ")]


def test_a_guest_bloc_does_not_take_the_next_sentences() -> None:
    got = terms("Ngày 10/12, Khối thi đua các cơ quan Đảng tỉnh Quảng Bình tổ chức hội nghị. Dự hội nghị có đại "
                "diện Sở Tư pháp - đơn vị Khối trưởng Khối thi đua Nội chính tỉnh Quảng Bình. "
                "Hội nghị bầu Ban Tổ chức Tỉnh ủy làm Khối trưởng năm 2024.")
    assert ("Khối thi đua các cơ quan Đảng tỉnh Quảng Bình", 2024, "leader", "Ban Tổ chức Tỉnh ủy", "stated") in got
    assert not any(b == "Khối thi đua Nội chính tỉnh Quảng Bình" and o == "Ban Tổ chức Tỉnh ủy" for b, _, _, o, _ in got)


def test_one_term_stated_twice_is_kept_once_in_its_fullest_form() -> None:
    got = terms("Cụm thi đua các tỉnh Tây Bắc bàn giao nhiệm vụ Cụm trưởng năm 2025 cho tỉnh Sơn La. Hội nghị "
                "thống nhất chọn UBND tỉnh Sơn La làm Cụm trưởng năm 2025.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2025, "leader", "UBND tỉnh Sơn La")]
    got = terms("Khối thi đua Nội chính tỉnh Gia Lai gồm 6 đơn vị. Năm 2023, Bộ Chỉ huy Quân sự tỉnh làm Khối "
                "trưởng. Đại tá Lê Văn Hùng, Chỉ huy trưởng Quân sự tỉnh, Khối trưởng năm 2023 phát biểu.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "Bộ Chỉ huy Quân sự tỉnh")]


def test_a_body_whose_name_ends_in_chính_hands_over() -> None:
    got = terms("Khối thi đua Kinh tế tỉnh Nam Định tổng kết năm 2023. Sở Tài chính đã chuyển giao nhiệm vụ Khối "
                "trưởng cho Sở Xây dựng. Kho bạc Nhà nước tỉnh đã chính thức bàn giao nhiệm vụ Khối phó cho Cục "
                "Thống kê tỉnh.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [
        (2024, "leader", "Sở Xây dựng"), (2023, "leader", "Sở Tài chính"),
        (2024, "deputy", "Cục Thống kê tỉnh"), (2023, "deputy", "Kho bạc Nhà nước tỉnh")]


def test_a_body_that_goes_on_holding_the_role_and_one_elected_by_the_members() -> None:
    got = terms("Năm 2025, Sở Tư pháp tỉnh Hòa Bình tiếp tục làm Khối trưởng Khối thi đua Nội chính tỉnh Hòa Bình. "
                "Năm 2024, Sở Nội vụ được các đơn vị thành viên trong Khối tín nhiệm bầu làm Khối phó.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2025, "leader", "Sở Tư pháp tỉnh Hòa Bình"),
                                                    (2024, "deputy", "Sở Nội vụ")]


def test_the_role_given_by_a_post_of_another_body_is_held_by_the_subject() -> None:
    got = terms("Cụm thi đua số 4 của Bộ Chỉ huy Quân sự tỉnh tổng kết năm 2023. Năm 2023, Ban Tham mưu được "
                "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh giao nhiệm vụ Cụm trưởng.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "Ban Tham mưu")]


def test_bodies_and_roles_listed_in_apposition_pair_in_order() -> None:
    got = terms("Khối thi đua Kinh tế tỉnh Phú Thọ tổng kết năm 2024. Lãnh đạo Sở Tài chính và Sở Nội vụ - đơn vị "
                "Khối trưởng, Khối phó năm 2025 ra mắt hội nghị.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2025, "leader", "Sở Tài chính"), (2025, "deputy", "Sở Nội vụ")]


def test_a_handover_by_a_person_gives_way_to_the_body_a_sentence_states() -> None:
    got = terms("Cụm thi đua các tỉnh Tây Nguyên tổng kết năm 2023. Năm 2023, tỉnh Gia Lai làm Cụm trưởng. "
                "Ông Rơ Châm Hiên, Phó Chủ tịch UBND tỉnh Gia Lai bàn giao nhiệm vụ Cụm trưởng cho ông Y Thanh, "
                "Phó Chủ tịch UBND tỉnh Đắk Lắk.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2023, "leader", "tỉnh Gia Lai")]


def test_roles_then_more_bodies_respectively_the_deputies_are_the_rest() -> None:
    got = terms("Khối thi đua các Ban Đảng tỉnh Lào Cai tổng kết năm 2024. Khối trưởng, Khối phó năm 2025 lần lượt "
                "là Ban Tổ chức Tỉnh ủy, Ban Dân vận Tỉnh ủy và Văn phòng Tỉnh ủy.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2025, "leader", "Ban Tổ chức Tỉnh ủy"),
                                                    (2025, "deputy", "Ban Dân vận Tỉnh ủy"),
                                                    (2025, "deputy", "Văn phòng Tỉnh ủy")]


def test_an_article_about_the_roles_of_a_year_gives_that_year() -> None:
    got = terms("Ngày 5/3/2024, UBND tỉnh Cao Bằng ban hành quyết định chỉ định đơn vị Khối trưởng, Khối phó năm "
                "2024. Theo đó, Khối thi đua Nội chính do Công an tỉnh làm Khối trưởng, Sở Tư pháp làm Khối phó. "
                "Năm 2023, Tòa án nhân dân tỉnh là Khối trưởng.", title="Cao Bằng kiện toàn các khối thi đua")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2024, "leader", "Công an tỉnh", "context"),
                                                       (2024, "deputy", "Sở Tư pháp", "context"),
                                                       (2023, "leader", "Tòa án nhân dân tỉnh", "stated")]


def test_a_body_taking_its_turn_and_a_year_written_with_trong() -> None:
    got = terms("Khối thi đua Kinh tế tỉnh Nam Định tổng kết năm 2024. Năm 2025, Sở Xây dựng luân phiên giữ chức Khối "
                "trưởng. Sở Công Thương sẽ đảm nhận vai trò Khối phó trong năm 2025.")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2025, "leader", "Sở Xây dựng", "stated"),
                                                       (2025, "deputy", "Sở Công Thương", "stated")]


def test_roles_announced_then_each_body_with_its_role_in_brackets() -> None:
    got = terms("Khối thi đua các bộ, ngành Nội chính tổng kết năm 2024. Hội nghị đã giới thiệu đơn vị Khối trưởng, "
                "Khối phó năm 2025: Bộ Tư pháp (Khối trưởng), Thanh tra Chính phủ (Khối phó).")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2025, "leader", "Bộ Tư pháp"),
                                                    (2025, "deputy", "Thanh tra Chính phủ")]


def test_several_deputies_after_the_role() -> None:
    got = terms("Khối thi đua Nội chính tỉnh Phú Thọ bầu Khối trưởng, Khối phó năm 2025.\nKhối trưởng: Công an tỉnh.\n"
                "Khối phó: Sở Tư pháp, Thanh tra tỉnh.\nNăm 2024, Khối phó là Sở Nội vụ, Sở Y tế làm Khối phó Thường "
                "trực.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2025, "leader", "Công an tỉnh"), (2025, "deputy", "Sở Tư pháp"),
                                                    (2025, "deputy", "Thanh tra tỉnh"), (2024, "deputy", "Sở Nội vụ"),
                                                    (2024, "standing_deputy", "Sở Y tế")]


def test_bodies_that_take_the_roles_listed_after_them_in_turn() -> None:
    got = terms("Cụm thi đua các tỉnh, thành phố Tây Nam Bộ tổng kết năm 2024. Hội nghị thống nhất chọn thành phố Cần "
                "Thơ và tỉnh Hậu Giang lần lượt làm Cụm trưởng, Cụm phó.")
    assert [(y, r, o, b) for _, y, r, o, b in got] == [(2025, "leader", "thành phố Cần Thơ", "context"),
                                                       (2025, "deputy", "tỉnh Hậu Giang", "context")]


def test_a_body_that_fulfilled_the_role_and_a_body_in_brackets_after_it() -> None:
    got = terms("Khối thi đua Văn hóa tỉnh Hà Nam tổng kết năm 2024. Sở Y tế đã hoàn thành tốt nhiệm vụ Khối trưởng "
                "năm 2024. Khối phó năm 2024 (Sở Tư pháp) đã phối hợp chặt chẽ.")
    assert [(y, r, o) for _, y, r, o, _ in got] == [(2024, "leader", "Sở Y tế"), (2024, "deputy", "Sở Tư pháp")]


def test_bodies_written_by_the_abbreviation_of_their_head() -> None:
    got = terms("Hội nghị đã suy tôn BHXH tỉnh làm Trưởng khối, KBNN Lào Cai làm Phó Trưởng khối năm 2025.",
                title="Khối thi đua các cơ quan Tổng hợp tỉnh Lào Cai tổng kết năm 2024")
    bloc = "Khối thi đua các cơ quan Tổng hợp tỉnh Lào Cai"
    assert got == [(bloc, 2025, "leader", "BHXH tỉnh", "stated"), (bloc, 2025, "deputy", "KBNN Lào Cai", "stated")]


def test_elected_by_the_conference_in_the_passive() -> None:
    got = terms("Sở Xây dựng được hội nghị thống nhất bầu làm Khối phó năm 2025.",
                title="Khối thi đua Kinh tế tỉnh Yên Bái tổng kết năm 2024")
    assert got == [("Khối thi đua Kinh tế tỉnh Yên Bái", 2025, "deputy", "Sở Xây dựng", "stated")]


def test_a_body_in_the_role_of_leader() -> None:
    got = terms("Sở Tư pháp với vai trò Khối trưởng đã chủ trì tổ chức hội nghị. Sở Y tế đã phối hợp chặt chẽ với "
                "Khối trưởng xây dựng kế hoạch.", title="Khối thi đua Văn hóa - Xã hội tỉnh Phú Yên tổng kết năm 2024")
    # "phối hợp với Khối trưởng" (worked with the leader) gives the leader no new holder
    assert got == [("Khối thi đua Văn hóa - Xã hội tỉnh Phú Yên", 2024, "leader", "Sở Tư pháp", "context")]


def test_the_year_after_thong_nhat_before_the_subject() -> None:
    got = terms("Hội nghị thống nhất năm 2025 Sở Xây dựng giữ vai trò Khối trưởng, Sở Y tế là Khối phó.",
                title="Khối thi đua Kinh tế tỉnh Phú Yên tổng kết năm 2024")
    bloc = "Khối thi đua Kinh tế tỉnh Phú Yên"
    assert got == [(bloc, 2025, "leader", "Sở Xây dựng", "stated"), (bloc, 2025, "deputy", "Sở Y tế", "stated")]
