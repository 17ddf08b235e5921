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


def test_a_quoted_title_and_a_ward_as_the_place() -> None:
    got = events("Tin\n10/11/2024 09:00\nChiều 8/11, tại phường Hải Châu, Sở Tư pháp tổ chức Hội thảo “Đổi mới "
                 "công tác thi đua trong ngành Tư pháp”.")
    assert got == [("seminar", "Hội thảo “Đổi mới công tác thi đua trong ngành Tư pháp”", "2024-11-08",
                    "phường Hải Châu", "Sở Tư pháp")]


def test_a_meeting_the_text_says_took_place_is_an_event_undated() -> None:
    got = events("Tin\nKế hoạch này đã được các đơn vị thông qua tại hội nghị sơ kết 6 tháng đầu năm của Cụm.")
    assert got == [("conference", "hội nghị sơ kết 6 tháng đầu năm của Cụm", None, None, None)]


def test_planned_and_prepared_meetings_are_not_events() -> None:
    assert events("Tin\nDự kiến, hội nghị tổng kết năm 2024 của Khối sẽ được tổ chức vào cuối tháng 12. Các đơn vị "
                  "chuẩn bị tốt các điều kiện để tham gia Đại hội Thi đua yêu nước tỉnh lần thứ VI. Sở Nội vụ đã "
                  "ban hành Kế hoạch số 12/KH-SNV về tổ chức Đại hội thi đua yêu nước các cấp.") == []


def test_a_joint_activity_the_text_says_was_held() -> None:
    got = events("Tin\nNăm 2023, Sở Y tế đã phối hợp với Sở Nội vụ tổ chức kiểm tra chéo và hội thi văn nghệ "
                 "của Khối vào tháng 8/2023; tổ chức giải bóng đá giao hữu nhân dịp Ngày Thể thao Việt Nam.")
    assert [(t, title, d) for t, title, d, _, _ in got] == [("other", "hội thi văn nghệ của Khối", None),
                                                           ("other", "giải bóng đá giao hữu", None)]


def test_activities_asked_for_or_not_held_are_not_events() -> None:
    assert events("Khối thi đua Nội chính tổng kết năm 2023\nĐồng chí đề nghị các đơn vị tổ chức hội thao chào "
                  "mừng Đại hội. Năm 2023, Thanh tra tỉnh đã tổ chức giải quyết 120 đơn thư.") == []


def test_signings_placed_at_the_meeting_by_their_paragraph() -> None:
    meeting = ("Tin\n05/01/2025 10:00\nSáng 4/1, tại thành phố Phan Thiết, Khối thi đua Kinh tế tỉnh Bình Thuận "
               "tổ chức Hội nghị tổng kết năm 2024.\n")
    for closing in ("Hội nghị đã bầu Sở Tài chính làm Khối trưởng năm 2025. Các thành viên cùng ký giao ước thi "
                    "đua năm 2025.", "Kết thúc hội nghị, các thành viên đã ký kết giao ước thi đua năm 2025.",
                    "Ngay sau đó, các thành viên ký kết giao ước thi đua năm 2025 với 6 nội dung.",
                    "Sau hội nghị, các sở, ngành trong Khối đã ký kết giao ước thi đua năm 2025."):
        got = events(meeting + closing)
        assert got[1][0] == "signing" and got[1][2:4] == ("2025-01-04", "thành phố Phan Thiết"), closing
        assert got[1][1].startswith("ký") and "với" not in got[1][1]


def test_signing_as_a_practice_a_purpose_or_at_another_time_is_not_an_event() -> None:
    got = events("Tin\n05/01/2025 10:00\nSáng 4/1, tại thành phố Phan Thiết, Khối thi đua Kinh tế tỉnh Bình Thuận "
                 "tổ chức Hội nghị tổng kết năm 2024.\nPhát biểu tại hội nghị, đồng chí Phó Chủ tịch đánh giá cao "
                 "việc ký kết giao ước thi đua có tiêu chí cụ thể.\nCác đơn vị đã xây dựng và ký kết giao ước thi "
                 "đua từ đầu năm; Luật có hiệu lực từ ngày 01/01/2024.\nCác đơn vị gặp nhau để thống nhất và ký kết "
                 "giao ước thi đua hằng năm.")
    assert [e[0] for e in got] == ["conference"]


def test_blocs_that_meet_in_turn_hold_one_event_each_placed_by_later_sentences() -> None:
    got = events("Tin\n21/12/2024 10:00\nNgày 20/12, Khối thi đua Nội chính tỉnh Quảng Nam và Khối thi đua Kinh tế "
                 "tỉnh Quảng Nam lần lượt tổ chức hội nghị tổng kết năm 2024.\nBuổi sáng, tại hội trường Công an "
                 "tỉnh, Khối thi đua Nội chính tỉnh Quảng Nam tổ chức hội nghị.\nBuổi chiều cùng ngày, tại Sở Tài "
                 "chính, Khối thi đua Kinh tế tỉnh Quảng Nam tổng kết năm 2024.")
    assert [(d, p, o) for _, _, d, p, o in got] == [
        ("2024-12-20", "hội trường Công an tỉnh", "Khối thi đua Nội chính tỉnh Quảng Nam"),
        ("2024-12-20", "Sở Tài chính", "Khối thi đua Kinh tế tỉnh Quảng Nam")]


def test_a_headline_with_a_subtitle_names_the_body_s_event() -> None:
    got = events("Đại hội Thi đua yêu nước ngành Thanh tra lần thứ V: Phát huy truyền thống, đổi mới sáng tạo\n"
                 "12/9/2025 08:00\nSáng 11/9, tại Hà Nội, Thanh tra Chính phủ tổ chức Đại hội Thi đua yêu nước "
                 "ngành Thanh tra lần thứ V, giai đoạn 2025 - 2030. Trong 5 năm, Ngành đã tổ chức thành công Hội "
                 "thao ngành Thanh tra lần thứ hai với 5 môn thi đấu.")
    assert [(t, title, d) for t, title, d, _, _ in got] == [
        ("congress", "Đại hội Thi đua yêu nước ngành Thanh tra lần thứ V, giai đoạn 2025 - 2030", "2025-09-11"),
        ("other", "Hội thao ngành Thanh tra lần thứ hai", None)]


def test_blocs_named_together_hold_a_meeting_each_unless_they_hold_it_together() -> None:
    text = ("Tin\n28/12/2023 10:00\nNgày 27/12, Khối thi đua các cơ quan Đảng tỉnh Nam Định và Khối thi đua các "
            "cơ quan Nội chính tỉnh Nam Định {} hội nghị tổng kết công tác thi đua năm 2023.")
    assert [e[4] for e in events(text.format("đã tổ chức"))] == [
        "Khối thi đua các cơ quan Đảng tỉnh Nam Định", "Khối thi đua các cơ quan Nội chính tỉnh Nam Định"]
    assert len(events(text.format("phối hợp tổ chức"))) == 1


def test_blocs_named_together_each_sign_their_own_covenant() -> None:
    text = ("Tin\n28/02/2022 10:00\nNgày 25/2, Khối thi đua các sở, ngành Kinh tế tỉnh Phú Thọ và Khối thi đua các "
            "doanh nghiệp tỉnh Phú Thọ đã tổ chức hội nghị triển khai nhiệm vụ năm 2022 và ký kết giao ước thi đua.")
    signings = [e for e in events(text) if e[0] == "signing"]
    assert [(e[2], e[4]) for e in signings] == [
        ("2022-02-25", "Khối thi đua các sở, ngành Kinh tế tỉnh Phú Thọ"),
        ("2022-02-25", "Khối thi đua các doanh nghiệp tỉnh Phú Thọ")]
    together = text.replace("đã tổ chức", "phối hợp tổ chức")
    assert len([e for e in events(together) if e[0] == "signing"]) == 1


def test_a_dated_meeting_told_by_its_verb() -> None:
    text = ("Tin\n20/12/2021 08:00\nNgày 18/12, tại trụ sở Sở Tài chính, Khối thi đua các sở, ngành Kinh tế tỉnh "
            "Yên Bái đã tổng kết công tác thi đua, khen thưởng năm 2021.")
    assert events(text) == [("conference", "tổng kết công tác thi đua, khen thưởng năm 2021", "2021-12-18",
                             "trụ sở Sở Tài chính", "Khối thi đua các sở, ngành Kinh tế tỉnh Yên Bái")]
    # undated, it is the bloc's work, not a meeting
    assert events(text.replace("Ngày 18/12, tại trụ sở Sở Tài chính, ", "")) == []


def test_a_bare_khối_organising_is_the_bloc_last_named() -> None:
    text = ("Tin\n20/12/2021 08:00\nKhối thi đua các trường cao đẳng tỉnh Phú Yên có 6 đơn vị. Ngày 17/12, Khối "
            "tổ chức Hội nghị tổng kết năm học.")
    assert [e[4] for e in events(text)] == ["Khối thi đua các trường cao đẳng tỉnh Phú Yên"]


def test_an_activity_in_the_year_under_review_was_held_and_one_in_the_next_is_planned() -> None:
    text = ("Khối thi đua các sở tỉnh Sơn La tổng kết năm 2022\n28/12/2022 09:00\n"
            "Năm {}, Khối tổ chức giải cầu lông giữa các đơn vị thành viên.")
    assert [e[:2] for e in events(text.format(2022))] == [("other", "giải cầu lông giữa các đơn vị thành viên")]
    assert events(text.format(2023)) == []


def test_two_activities_named_in_one_title_are_two_events() -> None:
    got = events("Khối thi đua các cơ quan Nội chính tỉnh Bắc Giang tổng kết năm 2023\n20/12/2023 09:00\n"
                 "Năm 2023, Khối đã tổ chức thành công Hội diễn văn nghệ “Tiếng hát người chiến sĩ” và giải "
                 "cầu lông các đơn vị trong Khối, thu hút 200 vận động viên.")
    assert [(t, title) for t, title, *_ in got] == [
        ("other", "Hội diễn văn nghệ “Tiếng hát người chiến sĩ”"), ("other", "giải cầu lông các đơn vị trong Khối")]
    got = events("Cụm thi đua số 3 tổng kết năm 2023\n20/12/2023 09:00\n"
                 "Năm 2023, Cụm đã tổ chức hội thao nghiệp vụ và giải bóng bàn cán bộ trẻ tại thành phố Phủ Lý.")
    assert [(t, title, place) for t, title, _, place, _ in got] == [
        ("other", "hội thao nghiệp vụ", "thành phố Phủ Lý"), ("other", "giải bóng bàn cán bộ trẻ", "thành phố Phủ Lý")]
    # a quoted name keeps its "và"
    got = events("Khối thi đua Kinh tế tổng kết năm 2023\n20/12/2023 09:00\n"
                 "Năm 2023, Khối đã tổ chức Hội thi “Giao thông và giải pháp an toàn” cho đoàn viên.")
    assert [title for _, title, *_ in got] == ["Hội thi “Giao thông và giải pháp an toàn” cho đoàn viên"]


def test_an_activity_a_member_hosted_and_its_place_after_the_title() -> None:
    got = events("Cụm thi đua các tỉnh Bắc Trung Bộ tổng kết năm 2023\n28/12/2023 10:00\n"
                 "Trong tháng 6/2023, tỉnh Quảng Bình đăng cai Hội thao Cụm thi đua các tỉnh Bắc Trung Bộ lần thứ II "
                 "với sự tham gia của 300 vận động viên. Cụm cũng đã tổ chức giải cờ tướng các tỉnh trong Cụm "
                 "tại thành phố Đồng Hới, thu hút 40 kỳ thủ.")
    assert [(t, title, date, place) for t, title, date, place, _ in got] == [
        ("other", "Hội thao Cụm thi đua các tỉnh Bắc Trung Bộ lần thứ II", None, None),
        ("other", "giải cờ tướng các tỉnh trong Cụm", None, "thành phố Đồng Hới")]


def test_a_headline_that_names_the_bloc_inside_the_title_is_the_dated_event() -> None:
    got = events("Đại hội Thi đua yêu nước Khối thi đua các cơ quan tỉnh Hà Nam lần thứ V\n"
                 "Sáng 6/8, Khối thi đua các cơ quan tỉnh Hà Nam tổ chức Đại hội Thi đua yêu nước lần thứ V, "
                 "giai đoạn 2020 - 2025.")
    assert [(t, date) for t, _, date, _, _ in got] == [("congress", "--08-06")]


def test_a_bare_meeting_a_bloc_held_on_a_day() -> None:
    got = events("Các khối thi đua tổng kết năm 2023\n29/12/2023 15:10\n"
                 "Chiều 21/12, tại Sở Tài chính, Khối thi đua các sở kinh tế tổ chức hội nghị. "
                 "Sáng 26/12, Khối thi đua các huyện miền núi tổ chức hội nghị tại huyện Hướng Hóa.")
    assert [(t, date, place, org) for t, _, date, place, org in got] == [
        ("conference", "2023-12-21", "Sở Tài chính", "Khối thi đua các sở kinh tế"),
        ("conference", "2023-12-26", "huyện Hướng Hóa", "Khối thi đua các huyện miền núi")]
    # undated, or not held by a bloc: not an event
    assert events("Tin\n29/12/2023 15:10\nCác đơn vị đã tổ chức hội nghị. Ngày 20/12, Sở Nội vụ tổ chức hội nghị.") == []


def test_activities_listed_with_a_comma_and_a_signing_the_same_day() -> None:
    got = events("Cụm thi đua số 5 sơ kết năm 2024\n12/7/2024 08:30\n"
                 "Năm 2024, Cụm đã tổ chức giải bơi lội, giải chạy việt dã chào mừng Ngày Thể thao Việt Nam.")
    assert [title for _, title, *_ in got] == ["giải bơi lội", "giải chạy việt dã chào mừng Ngày Thể thao Việt Nam"]
    got = events("Khối thi đua Văn hóa - Xã hội tổng kết năm 2023\n12/1/2024 08:30\n"
                 "Sáng 11/1, tại Sở Y tế, Khối thi đua Văn hóa - Xã hội tổ chức Hội nghị tổng kết năm 2023.\n"
                 "Chiều cùng ngày, các đơn vị trong Khối đã ký kết giao ước thi đua năm 2024.")
    assert [(t, date) for t, _, date, _, _ in got] == [("conference", "2024-01-11"), ("signing", "2024-01-11")]


def test_two_blocs_meeting_on_two_days_in_one_sentence() -> None:
    got = events("Hai khối thi đua tổng kết năm 2022\n20/12/2022 09:00\n"
                 "Ngày 13/12, Khối thi đua các hội quần chúng tỉnh Đắk Nông tổ chức hội nghị tổng kết; ngày 14/12, "
                 "Khối thi đua Kinh tế tỉnh Đắk Nông tổ chức hội nghị tổng kết tại Sở Tài chính.")
    assert [(date, place, org) for _, _, date, place, org in got] == [
        ("2022-12-13", None, "Khối thi đua các hội quần chúng tỉnh Đắk Nông"),
        ("2022-12-14", "Sở Tài chính", "Khối thi đua Kinh tế tỉnh Đắk Nông")]
    # a later clause without a date of its own names the same meeting
    got = events("Tin\n20/12/2022 09:00\nNgày 13/12, Khối thi đua Kinh tế tổ chức Hội nghị tổng kết năm 2022; "
                 "hội nghị tổng kết diễn ra tại Sở Tài chính.")
    assert [(date, place) for _, _, date, place, _ in got] == [("2022-12-13", "Sở Tài chính")]


def test_the_quick_look_for_event_nouns_covers_every_noun_of_the_gazetteer() -> None:
    from thidua.loaders.extract.events import _NOUN_PARTS, _nouns
    assert all(any(part in noun for part in _NOUN_PARTS) for noun in _nouns() if " " in noun)


def test_meetings_many_blocs_held_over_some_weeks_are_not_events() -> None:
    got = events("Các khối thi đua tỉnh Vĩnh Long tổng kết năm 2023\n10/01/2024 10:00\n"
                 "Từ ngày 20/12/2023 đến ngày 08/01/2024, cả 7 khối thi đua đã tổ chức hội nghị tổng kết công tác "
                 "thi đua năm 2023. Trước đó, các cụm đều tổ chức hội nghị sơ kết vào tháng 7.")
    assert got == []


def test_an_activity_hosted_by_a_body_is_held_undated_unless_it_is_to_come() -> None:
    got = events("Cụm thi đua số 2 tổng kết năm 2023\n05/01/2024 09:00\n"
                 "Năm qua, Hội thi tìm hiểu pháp luật của Cụm do Sở Tư pháp đăng cai thu hút 120 thí sinh. "
                 "Giải cầu lông năm 2024 do Sở Y tế đăng cai sẽ diễn ra vào tháng 5.")
    assert got == [("other", "Hội thi tìm hiểu pháp luật của Cụm", None, None, "Sở Tư pháp")]


def test_a_place_written_with_its_unit_ends_with_its_capitalised_words() -> None:
    got = events("Cụm thi đua các tỉnh Tây Bắc\n02/03/2023 08:00\n"
                 "Tại Hội nghị tổng kết năm 2022 tổ chức ngày 20/12/2022 tại thị xã Nghĩa Lộ, các tỉnh đã bầu "
                 "tỉnh Sơn La làm Cụm trưởng năm 2023.")
    assert got == [("conference", "Hội nghị tổng kết năm 2022", "2022-12-20", "thị xã Nghĩa Lộ", None)]


def test_many_blocs_of_a_province_told_together_then_one_bloc_s_dated_meeting() -> None:
    got = events("Các khối thi đua thuộc tỉnh Bình Định tổng kết năm 2024\n14/01/2025 10:20\n"
                 "Trong tháng 12/2024, 08 khối thi đua thuộc UBND tỉnh Bình Định đã tổ chức hội nghị tổng kết công "
                 "tác thi đua năm 2024. Ngày 20/12/2024, tại Sở Xây dựng, Khối thi đua Kinh tế tổ chức hội nghị "
                 "tổng kết.")
    assert got == [("conference", "hội nghị tổng kết", "2024-12-20", "Sở Xây dựng", "Khối thi đua Kinh tế")]


def test_a_signing_in_a_paragraph_that_opens_at_the_meeting() -> None:
    got = events("Cụm thi đua số 3 tổng kết năm 2024\n20/12/2024 15:42\n"
                 "Ngày 19/12, tại thành phố Sóc Trăng, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.\n"
                 "Dịp này, lãnh đạo Bộ trao Bằng khen cho 3 tập thể. Các đơn vị cũng đã ký kết giao ước thi đua năm "
                 "2025.")
    assert got[1] == ("signing", "ký kết giao ước thi đua năm 2025", "2024-12-19", "thành phố Sóc Trăng",
                      "Cụm thi đua số 3")


def test_a_venue_written_with_capitals_and_a_signing_meeting_read_once() -> None:
    got = events("Khối thi đua Nội chính tỉnh Hà Nam tổng kết năm 2024\n20/12/2024 10:00\n"
                 "Năm 2024, Khối đã tổ chức Giải bóng bàn năm 2024 tại Nhà thi đấu tỉnh. Trước đó, ngày 15/3/2024, "
                 "Khối đã tổ chức Hội nghị ký kết giao ước thi đua năm 2024 tại Tòa án nhân dân tỉnh.")
    assert [(t, d, p) for t, _, d, p, _ in got] == [("other", None, "Nhà thi đấu tỉnh"),
                                                   ("signing", "2024-03-15", "Tòa án nhân dân tỉnh")]


def test_a_place_after_o_when_it_is_written_with_its_unit() -> None:
    got = events("Cụm thi đua số 2 tổng kết năm 2023\n20/12/2023 09:00\nHội nghị tổng kết năm 2023 của Cụm diễn ra "
                 "ngày 18/12/2023 ở thành phố Thái Bình, với sự tham dự của các đơn vị.")
    assert [(e[0], e[2], e[3]) for e in got] == [("conference", "2023-12-18", "thành phố Thái Bình")]


def test_an_event_noun_inside_a_quoted_movement_is_not_an_event() -> None:
    got = events("Cụm thi đua số 3 tổng kết năm 2023\n20/12/2023 09:00\nCác đơn vị hưởng ứng đợt thi đua cao điểm "
                 "“Bảo đảm an toàn Lễ hội Đền Hùng năm 2023” tại tỉnh Phú Thọ.")
    assert got == []


def test_a_place_with_the_province_it_is_in() -> None:
    got = events("Cụm thi đua số 2 tổng kết năm 2024\n20/12/2024 09:00\nNgày 20/8/2024, tại thành phố Vị Thanh, tỉnh "
                 "Hậu Giang, Cụm tổ chức hội thảo chuyên đề “Chuyển đổi số”.")
    assert [(e[2], e[3]) for e in got] == [("2024-08-20", "thành phố Vị Thanh, tỉnh Hậu Giang")]
