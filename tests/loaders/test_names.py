"""Where the name of a body ends: lower-case specific names, inline abbreviations, names that stop at a verb."""
from __future__ import annotations

import pytest

from thidua.loaders.extract.base import TEXT, tokenize
from thidua.loaders.extract.names import drop_definitions, org_ending_at, scan_name, span_text


def name_at_start(text: str) -> str:
    toks = tokenize(text)
    return span_text(text, toks, 0, scan_name(toks, 0))


@pytest.mark.parametrize("text, name", [
    # only the first syllable of a specific name is capitalised; its lower-case words run on to the place
    ("Trung tâm Y tế dự phòng tỉnh Hà Giang tổ chức tập huấn", "Trung tâm Y tế dự phòng tỉnh Hà Giang"),
    ("Công ty TNHH MTV Cấp thoát nước Quảng Ngãi được tặng Bằng khen", "Công ty TNHH MTV Cấp thoát nước Quảng Ngãi"),
    ("Công ty Cổ phần Thương mại Dịch vụ tổng hợp Sông Hậu là Khối phó",
     "Công ty Cổ phần Thương mại Dịch vụ tổng hợp Sông Hậu"),
    ("Bệnh viện Phục hồi chức năng tỉnh là Khối phó", "Bệnh viện Phục hồi chức năng tỉnh"),
    # a verb after the name ends it, however it is capitalised after
    ("Báo Hậu Giang đăng tải Thông báo số 12", "Báo Hậu Giang"),
    ("Sở Nội vụ hướng dẫn Trung tâm Y tế huyện", "Sở Nội vụ"),
    ("Sở Lao động - Thương binh và Xã hội giải quyết việc làm cho Hội Nông dân",
     "Sở Lao động - Thương binh và Xã hội"),
    # a commune or ward is a body with its unit
    ("xã Tân Phú Đông được tặng Cờ thi đua", "xã Tân Phú Đông"),
    # a department named by its code
    ("Phòng PA05 là đơn vị Cụm phó", "Phòng PA05"),
    ("Đội K02 được tặng Giấy khen", "Đội K02"),
    ("Trung ương Hội Sinh viên Việt Nam là Khối phó", "Trung ương Hội Sinh viên Việt Nam"),
])
def test_where_a_name_ends(text: str, name: str) -> None:
    assert name_at_start(text) == name


def test_an_inline_abbreviation_inside_a_name_is_read_over_and_left_out() -> None:
    assert name_at_start("Tòa án nhân dân (TAND) tỉnh Tuyên Quang chủ trì") == "Tòa án nhân dân tỉnh Tuyên Quang"
    assert drop_definitions("Ủy ban nhân dân (UBND) tỉnh Bắc Kạn") == "Ủy ban nhân dân tỉnh Bắc Kạn"
    assert drop_definitions("Hội Cựu chiến binh (CCB)") == "Hội Cựu chiến binh"
    assert drop_definitions("Công ty (ghi chú) tỉnh") == "Công ty (ghi chú) tỉnh"


def test_a_name_ending_in_its_abbreviation_is_found_before_it() -> None:
    text = "Theo đó, Liên đoàn Lao động tỉnh (LĐLĐ) - đơn vị Cụm trưởng"
    toks = tokenize(text)
    end = next(k for k, t in enumerate(toks) if t[TEXT] == "-")
    start = org_ending_at(toks, end)
    assert start is not None and span_text(text, toks, start, end - 3) == "Liên đoàn Lao động tỉnh"


@pytest.mark.parametrize("text, name", [
    # a brand defined inline is read over and left out, like an acronym
    ("Ngân hàng Thương mại cổ phần Công thương Việt Nam (VietinBank) chi nhánh Hà Nam làm Khối phó",
     "Ngân hàng Thương mại cổ phần Công thương Việt Nam chi nhánh Hà Nam"),
    # a brand or an acronym opening a branch names the branch
    ("Vietcombank chi nhánh Nam Định làm Khối trưởng", "Vietcombank chi nhánh Nam Định"),
    ("MB chi nhánh Nam Định làm Khối phó", "MB chi nhánh Nam Định"),
])
def test_banks_known_by_their_brands(text: str, name: str) -> None:
    assert name_at_start(text) == name


def test_a_brand_in_brackets_is_dropped_a_place_word_is_not() -> None:
    assert drop_definitions("Ngân hàng Chính sách xã hội (VBSP) chi nhánh tỉnh") == \
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh"
    assert drop_definitions("Quỹ Hỗ trợ nông dân (Agribank) tỉnh") == "Quỹ Hỗ trợ nông dân tỉnh"
    assert drop_definitions("Hội Đồng hương (Nam) tỉnh") == "Hội Đồng hương (Nam) tỉnh"


def test_a_name_the_gazetteer_knows_goes_on_over_a_function_word() -> None:
    text = "Bộ Tài chính tiếp nhận Ủy ban Quản lý vốn nhà nước tại doanh nghiệp theo Nghị định số 1/2025"
    toks = tokenize(text)
    start = next(k for k, t in enumerate(toks) if t[TEXT] == "Ủy")
    assert span_text(text, toks, start, scan_name(toks, start)) == "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"
    # a name the gazetteer does not know ends before the function word
    assert name_at_start("Sở Tài chính tại doanh nghiệp nhà nước") == "Sở Tài chính"


@pytest.mark.parametrize("text, name", [
    # the standard departments of a provincial police force, whose lower-case words read as verbs
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội được tặng Bằng khen",
     "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
    ("Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh Lào Cai làm Cụm phó",
     "Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh Lào Cai"),
    # a code defined after a name closes it: the lower-case words before it are the name's
    ("Phòng Cảnh sát điều tra tội phạm về buôn bán người (PC12), Phòng Hậu cần",
     "Phòng Cảnh sát điều tra tội phạm về buôn bán người"),
    ("Trung tâm Giám định pháp y tâm thần khu vực miền núi (TTGĐ) được giao", 
     "Trung tâm Giám định pháp y tâm thần khu vực miền núi"),
    # but not over a verb
    ("Phòng Cảnh sát hình sự phối hợp bắt (PC02)", "Phòng Cảnh sát hình sự"),
])
def test_long_lower_case_names_of_standard_units_and_names_closed_by_their_code(text: str, name: str) -> None:
    assert name_at_start(text) == name


@pytest.mark.parametrize("text, name", [
    ("Trường Cao đẳng Cộng đồng Đồng Tháp làm Khối phó", "Trường Cao đẳng Cộng đồng Đồng Tháp"),
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh làm Khối trưởng",
     "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"),
    ("Ban Tiếp công dân tỉnh được tặng Bằng khen", "Ban Tiếp công dân tỉnh"),
])
def test_compounds_whose_second_syllable_is_a_function_word(text: str, name: str) -> None:
    assert name_at_start(text) == name
