"""Honours: as written, how many, to whom, proposed or conferred, and by whom."""
from __future__ import annotations

from thidua.loaders.article import extract_text


def awards(text: str, title: str = "Tổng kết công tác thi đua năm 2023") -> list[tuple]:
    facts = extract_text(title + "\n" + text, "t.txt")
    return [(a.award, a.recipient, a.recipient_count, a.recipient_kind, a.status) for a in facts.awards]


def test_counted_groups_before_the_verb_are_one_award_each() -> None:
    assert awards("Trong năm, 4 tập thể và 7 cá nhân được Thủ tướng Chính phủ tặng Bằng khen; 12 đơn vị và "
                  "cá nhân được các bộ, ngành tặng Bằng khen.") == [
        ("Bằng khen", None, 4, "collective", "conferred"),
        ("Bằng khen", None, 7, "individual", "conferred"),
        ("Bằng khen", None, 12, "unknown", "conferred")]


def test_proposed_to_the_government_after_the_vote() -> None:
    got = extract_text("Hội nghị\nHội nghị đã bình xét, đề nghị Chính phủ tặng Cờ thi đua cho 3 đơn vị và tặng "
                       "Bằng khen của Thủ tướng Chính phủ cho 6 đơn vị.", "t.txt").awards
    assert [(a.award, a.recipient_count, a.status, a.conferred_by) for a in got] == [
        ("Cờ thi đua", 3, "proposed", "Chính phủ"),
        ("Bằng khen của Thủ tướng Chính phủ", 6, "proposed", "Thủ tướng Chính phủ")]


def test_counts_written_before_the_honours_share_the_kind_after_cho() -> None:
    assert awards("Cụm thi đua số 2 được Hội đồng Thi đua - Khen thưởng Bộ Công an tặng 2 Cờ và 3 Bằng khen "
                  "cho tập thể, 5 Bằng khen cho cá nhân.") == [
        ("Cờ", None, 2, "collective", "conferred"), ("Bằng khen", None, 3, "collective", "conferred"),
        ("Bằng khen", None, 5, "individual", "conferred")]


def test_a_named_recipient_and_the_grantor_as_the_agent() -> None:
    got = extract_text("Tin\nCông an tỉnh Kon Tum vinh dự được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc "
                       "hạng Nhì.", "t.txt").awards
    assert [(a.award, a.recipient, a.recipient_kind, a.status, a.conferred_by) for a in got] == [
        ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Công an tỉnh Kon Tum", "collective", "conferred", "Chủ tịch nước")]


def test_several_named_recipients() -> None:
    assert awards("Hội đồng đề nghị Thủ tướng Chính phủ tặng Bằng khen cho Sở Tư pháp và đồng chí Lê Thị Hoa.") == [
        ("Bằng khen", "Sở Tư pháp", None, "collective", "proposed"),
        ("Bằng khen", "Lê Thị Hoa", None, "individual", "proposed")]


def test_the_chosen_body_receives_what_is_proposed() -> None:
    assert awards("Các đơn vị đã suy tôn Sở Y tế dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.") == [
        ("Cờ thi đua", "Sở Y tế", None, "collective", "proposed")]


def test_titles_keep_their_spelling_without_quotes_or_danh_hiệu() -> None:
    assert awards("15 cá nhân được công nhận danh hiệu “Chiến sỹ thi đua cơ sở”, 2 tập thể đạt danh hiệu "
                  "Tập thể lao động xuất sắc.") == [
        ("Chiến sỹ thi đua cơ sở", None, 15, "individual", "conferred"),
        ("Tập thể lao động xuất sắc", None, 2, "collective", "conferred")]


def test_a_commemorative_medal_keeps_its_quoted_name() -> None:
    assert awards('Dịp này, Bộ trưởng đã trao tặng Kỷ niệm chương "Vì sự nghiệp Tư pháp" cho 20 cá nhân.') == [
        ('Kỷ niệm chương "Vì sự nghiệp Tư pháp"', None, 20, "individual", "conferred")]


def test_a_restatement_without_count_or_recipient_is_dropped() -> None:
    got = awards("Nhân dịp này, 6 tập thể được tặng Bằng khen của Bộ trưởng Bộ Tư pháp.\n"
                 "Thứ trưởng trao tặng Bằng khen cho các tập thể.")
    assert got == [("Bằng khen của Bộ trưởng Bộ Tư pháp", None, 6, "collective", "conferred")]


def test_honours_without_a_grant_verb_are_not_awards() -> None:
    assert awards("Luật quy định Huân chương Lao động có ba hạng; Cờ thi đua của Chính phủ được xét hằng năm.") == []


def test_year_stated_or_from_the_framing() -> None:
    facts = extract_text("Tổng kết công tác thi đua, khen thưởng năm 2023\nNăm 2022, 3 tập thể được tặng Cờ thi đua. "
                         "Có 4 cá nhân được tặng Bằng khen.\nCó 5 cá nhân được tặng Bằng khen.", "t.txt")
    # stated in the sentence; opening its paragraph; the year the article reports on
    assert [(a.year, a.year_basis) for a in facts.awards] == [(2022, "stated"), (2022, "context"), (2023, "context")]


def test_a_post_as_the_subject_is_the_grantor_a_person_is_not() -> None:
    got = extract_text("Tin\nThủ tướng Chính phủ tặng Bằng khen cho 3 tập thể. Đồng chí Lê Văn Nam trao Cờ thi đua "
                       "cho 2 đơn vị.", "t.txt").awards
    assert [(a.award, a.recipient_count, a.conferred_by) for a in got] == [
        ("Bằng khen", 3, "Thủ tướng Chính phủ"), ("Cờ thi đua", 2, None)]


def test_groups_listed_over_semicolons_share_the_honour() -> None:
    got = extract_text("Tin\nTrong đó, Thủ tướng Chính phủ tặng bằng khen cho 12 cá nhân thuộc Bộ Tư pháp; 3 tập thể và "
                       "5 cá nhân thuộc Bộ Y tế.", "t.txt").awards
    assert [(a.award, a.recipient_count, a.recipient_kind, a.conferred_by) for a in got] == [
        ("bằng khen", 12, "individual", "Thủ tướng Chính phủ"), ("bằng khen", 3, "collective", "Thủ tướng Chính phủ"),
        ("bằng khen", 5, "individual", "Thủ tướng Chính phủ")]


def test_the_decision_cited_between_the_honour_and_its_recipients() -> None:
    assert awards("Đồng chí Phó Chủ tịch UBND tỉnh đã trao Bằng khen của Chủ tịch UBND tỉnh theo Quyết định số "
                  "88/QĐ-UBND ngày 12/01/2024 cho 3 tập thể và 4 cá nhân.") == [
        ("Bằng khen của Chủ tịch UBND tỉnh", None, 3, "collective", "conferred"),
        ("Bằng khen của Chủ tịch UBND tỉnh", None, 4, "individual", "conferred")]


def test_several_bodies_named_before_the_verb_each_receive_it() -> None:
    assert awards("Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh Trà Vinh đã được tặng Cờ thi đua của UBND tỉnh.") == [
        ("Cờ thi đua của UBND tỉnh", "Sở Tư pháp", None, "collective", "conferred"),
        ("Cờ thi đua của UBND tỉnh", "Sở Nội vụ", None, "collective", "conferred"),
        ("Cờ thi đua của UBND tỉnh", "Thanh tra tỉnh Trà Vinh", None, "collective", "conferred")]


def test_an_adverb_between_the_recipient_and_the_verb() -> None:
    assert awards("Riêng Công an tỉnh Kiên Giang còn vinh dự được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc "
                  "hạng Ba.") == [
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Công an tỉnh Kiên Giang", None, "collective", "conferred")]


def test_a_named_recipient_ends_where_the_next_honour_starts() -> None:
    assert awards("Tại buổi lễ, đã trao Huân chương Lao động hạng Ba cho Sở Xây dựng và Huân chương Lao động "
                  "hạng Nhì cho 2 cá nhân.") == [
        ("Huân chương Lao động hạng Ba", "Sở Xây dựng", None, "collective", "conferred"),
        ("Huân chương Lao động hạng Nhì", None, 2, "individual", "conferred")]


def test_counts_written_as_words() -> None:
    assert awards("Dịp này, Sở Nội vụ trao Giấy khen cho bảy tập thể và mười hai cá nhân.") == [
        ("Giấy khen", None, 7, "collective", "conferred"), ("Giấy khen", None, 12, "individual", "conferred")]
    # "trong năm" is "during the year", not "five"
    assert awards("Trong năm cá nhân ông Hà Văn Sơn được tặng Bằng khen.")[0][2] is None


def test_how_many_a_meeting_singled_out_before_proposing_them() -> None:
    assert awards("Hội nghị đã suy tôn 03 đơn vị dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.") == [
        ("Cờ thi đua", None, 3, "collective", "proposed")]


def test_a_note_between_the_recipient_and_its_verb() -> None:
    assert awards("Sở Tài chính (Khối trưởng) được suy tôn dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.") == [
        ("Cờ thi đua", "Sở Tài chính", None, "collective", "proposed")]


def test_a_head_alone_refers_to_the_body_named_before() -> None:
    got = awards("Trung tâm Y tế huyện Hương Khê vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba. "
                 "Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho Trung tâm. Năm 2022, Trung tâm được "
                 "Bộ Y tế tặng Bằng khen.")
    assert got == [("Huân chương Lao động hạng Ba", "Trung tâm Y tế huyện Hương Khê", None, "collective", "conferred"),
                   ("Bằng khen", None, None, "collective", "conferred")]


def test_a_clause_that_goes_on_with_the_verb_alone_keeps_the_proposal() -> None:
    assert awards("Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng; tặng Bằng khen cho Kho bạc Nhà nước tỉnh.") == [
        ("Cờ thi đua", "Sở Xây dựng", None, "collective", "proposed"),
        ("Bằng khen", "Kho bạc Nhà nước tỉnh", None, "collective", "proposed")]
    # a clause with its own subject says its own
    assert awards("Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng; Giám đốc Sở Nội vụ tặng Giấy khen cho "
                  "Kho bạc Nhà nước tỉnh.")[1][4] == "conferred"


def test_a_count_after_a_colon_is_the_subject_of_its_own_clause() -> None:
    assert awards("Nhiều tập thể được khen thưởng: 04 tập thể được tặng Cờ thi đua của UBND tỉnh.") == [
        ("Cờ thi đua của UBND tỉnh", None, 4, "collective", "conferred")]


def test_the_kind_written_before_each_named_recipient() -> None:
    assert awards("Giám đốc Sở Nội vụ tặng Giấy khen cho tập thể Phòng Tổ chức biên chế và cá nhân đồng chí "
                  "Hoàng Thị Thu.") == [
        ("Giấy khen", "Phòng Tổ chức biên chế", None, "collective", "conferred"),
        ("Giấy khen", "Hoàng Thị Thu", None, "individual", "conferred")]


def test_named_recipients_then_a_count() -> None:
    assert awards("Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho Sở Tư pháp, Thanh tra tỉnh và 04 cá nhân.") == [
        ("Bằng khen", "Sở Tư pháp", None, "collective", "proposed"),
        ("Bằng khen", "Thanh tra tỉnh", None, "collective", "proposed"),
        ("Bằng khen", None, 4, "individual", "proposed")]


def test_a_person_with_posts_as_the_subject() -> None:
    assert awards("Trung tá Vũ Đức Anh, Phó Trưởng phòng PA08 được Giám đốc Công an tỉnh tặng Giấy khen.") == [
        ("Giấy khen", "Vũ Đức Anh", None, "individual", "conferred")]


def test_the_people_of_a_place_receive_an_order() -> None:
    assert awards("Nhân dịp này, ông Lê Văn A đã trao Huân chương Lao động hạng Nhì cho Nhân dân và cán bộ, chiến "
                  "sĩ lực lượng vũ trang huyện Côn Đảo vì thành tích xuất sắc.") == [
        ("Huân chương Lao động hạng Nhì", "Nhân dân và cán bộ, chiến sĩ lực lượng vũ trang huyện Côn Đảo", None,
         "collective", "conferred")]


def test_a_subject_said_to_be_a_member_of_the_bloc_receives() -> None:
    assert awards("Trước đó, năm 2022, Công an tỉnh Ninh Bình là đơn vị duy nhất của Cụm được tặng Cờ thi đua của "
                  "Bộ Công an. Sở Tư pháp là đơn vị trong Khối được tặng Bằng khen.") == [
        ("Cờ thi đua của Bộ Công an", "Công an tỉnh Ninh Bình", None, "collective", "conferred"),
        ("Bằng khen", "Sở Tư pháp", None, "collective", "conferred")]


def test_each_proposal_counts_its_own_recipients() -> None:
    assert awards("Các khối đã suy tôn 07 tập thể dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua và 15 tập thể có "
                  "thành tích xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.") == [
        ("Cờ thi đua", None, 7, "collective", "proposed"), ("Bằng khen", None, 15, "collective", "proposed")]


def test_a_group_named_in_brackets_before_the_next_group() -> None:
    assert awards("Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 tập thể (Sở Tư pháp) và 03 "
                  "cá nhân.") == [("Bằng khen", None, 1, "collective", "proposed"),
                                  ("Bằng khen", None, 3, "individual", "proposed")]


def test_the_party_organisation_government_and_people_of_a_district_receive_an_order() -> None:
    assert awards("Nhân dịp này, đồng chí Phó Chủ tịch UBND tỉnh đã trao Huân chương Lao động hạng Ba cho Đảng bộ, "
                  "chính quyền và Nhân dân huyện Mường Lát.") == [
        ("Huân chương Lao động hạng Ba", "Đảng bộ, chính quyền và Nhân dân huyện Mường Lát", None, "collective",
         "conferred")]


def test_a_clause_of_another_year_without_a_subject_is_the_same_recipient_s() -> None:
    facts = extract_text("Tổng kết năm 2023\nNăm 2023, Sở Tư pháp được tặng Cờ thi đua của UBND tỉnh; năm 2022, được "
                         "tặng Bằng khen của Bộ trưởng Bộ Tư pháp.", "t.txt")
    assert [(a.award, a.recipient, a.year) for a in facts.awards] == [
        ("Cờ thi đua của UBND tỉnh", "Sở Tư pháp", 2023), ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sở Tư pháp", 2022)]


def test_an_honour_for_a_period_or_a_school_year_has_no_year() -> None:
    facts = extract_text("Tổng kết năm 2024\nSở Y tế được tặng Huân chương Lao động hạng Ba vì thành tích giai đoạn "
                         "2019 - 2023. Trường Chính trị tỉnh được tặng Cờ thi đua của Bộ Giáo dục và Đào tạo năm học "
                         "2023 - 2024. Sở Tư pháp được tặng Bằng khen năm 2024.", "t.txt")
    assert [a.year for a in facts.awards] == [None, None, 2024]


def test_the_year_between_the_honour_and_its_recipients() -> None:
    assert awards("Hội nghị đề nghị Chính phủ tặng Cờ thi đua năm 2023 cho UBND tỉnh Ninh Bình và UBND tỉnh "
                  "Hà Nam.") == [
        ("Cờ thi đua", "UBND tỉnh Ninh Bình", None, "collective", "proposed"),
        ("Cờ thi đua", "UBND tỉnh Hà Nam", None, "collective", "proposed")]


def test_recipients_sharing_a_head_written_once() -> None:
    assert awards("Bộ trưởng trao Bằng khen cho Công an các tỉnh Trà Vinh, Vĩnh Long và 4 cá nhân.") == [
        ("Bằng khen", "Công an tỉnh Trà Vinh", None, "collective", "conferred"),
        ("Bằng khen", "Công an tỉnh Vĩnh Long", None, "collective", "conferred"),
        ("Bằng khen", None, 4, "individual", "conferred")]


def test_counts_with_a_dot_between_thousands() -> None:
    assert awards("Trong năm, 215 tập thể, 1.304 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen.") == [
        ("Giấy khen", None, 215, "collective", "conferred"), ("Giấy khen", None, 1304, "individual", "conferred")]


def test_ghi_nhan_is_not_the_verb_of_receiving() -> None:
    assert awards("Ghi nhận kết quả đó, Sở Tư pháp và Sở Nội vụ được tặng Cờ thi đua của UBND tỉnh.") == [
        ("Cờ thi đua của UBND tỉnh", "Sở Tư pháp", None, "collective", "conferred"),
        ("Cờ thi đua của UBND tỉnh", "Sở Nội vụ", None, "collective", "conferred")]


def test_a_count_then_the_recipients_it_counts_named_after_a_colon() -> None:
    assert awards("Hội nghị đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 tỉnh: Hậu Giang, Kiên Giang và "
                  "Long An.") == [
        ("Bằng khen", "tỉnh Hậu Giang", None, "collective", "proposed"),
        ("Bằng khen", "tỉnh Kiên Giang", None, "collective", "proposed"),
        ("Bằng khen", "tỉnh Long An", None, "collective", "proposed")]


def test_localities_counted_as_recipients() -> None:
    assert awards("Hội nghị đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 02 địa phương còn lại.") == [
        ("Bằng khen của Thủ tướng Chính phủ", None, 2, "collective", "proposed")]


def test_the_people_of_a_place_as_the_subject() -> None:
    assert awards("Năm qua, Nhân dân và cán bộ huyện Bá Thước vinh dự được Chủ tịch nước tặng Huân chương Lao động "
                  "hạng Nhì.") == [
        ("Huân chương Lao động hạng Nhì", "Nhân dân và cán bộ huyện Bá Thước", None, "collective", "conferred")]


def test_a_count_then_the_recipients_it_counts_after_la() -> None:
    assert awards("Hội nghị đề nghị Chính phủ tặng Cờ thi đua cho 02 đơn vị là Sở Y tế và Sở Tư pháp.") == [
        ("Cờ thi đua", "Sở Y tế", None, "collective", "proposed"),
        ("Cờ thi đua", "Sở Tư pháp", None, "collective", "proposed")]
