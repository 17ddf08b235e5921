"""Tables of blocs: rows copied with tabs, HTML tables, the columns a header names."""
from __future__ import annotations

from thidua.loaders.article import extract_text
from thidua.loaders.html import html_to_text


def _blocs(text: str) -> dict:
    facts = extract_text(text, "t.txt")
    return {b.name: b for b in facts.blocs}


def _terms(bloc) -> set:
    return {(t.year, t.role, t.org) for t in bloc.leadership}


CLUSTER_TABLE = (
    "Các cụm thi đua của tỉnh Hải Dương tổng kết năm 2024\n\n"
    "Hội đồng Thi đua - Khen thưởng tỉnh đã tổng kết công tác thi đua năm 2024 của các cụm. "
    "Kết quả bầu Cụm trưởng, Cụm phó năm 2025 như sau:\n\n"
    "TT\tTên cụm thi đua\tSố thành viên\tCụm trưởng\tCụm phó\n"
    "1\tCụm thi đua các huyện phía Bắc\t04\tUBND huyện Thanh Hà\tUBND huyện Kim Thành\n"
    "2\tCụm thi đua các huyện phía Nam\t5\tUBND huyện Ninh Giang\tUBND huyện Thanh Miện; UBND huyện Gia Lộc\n"
    "\nCác cụm sẽ ký kết giao ước thi đua trong tháng 3.\n"
)


def test_a_table_of_clusters_gives_counts_and_leaders_with_the_year_of_the_sentence_before():
    blocs = _blocs(CLUSTER_TABLE)
    north = blocs["Cụm thi đua các huyện phía Bắc"]
    south = blocs["Cụm thi đua các huyện phía Nam"]
    assert north.kind == south.kind == "cluster"
    assert (north.stated_member_count, south.stated_member_count) == (4, 5)
    assert _terms(north) == {(2025, "leader", "UBND huyện Thanh Hà"), (2025, "deputy", "UBND huyện Kim Thành")}
    # a cell naming two bodies apart by a semicolon gives one term each
    assert _terms(south) == {(2025, "leader", "UBND huyện Ninh Giang"), (2025, "deputy", "UBND huyện Thanh Miện"),
                             (2025, "deputy", "UBND huyện Gia Lộc")}


def test_a_header_cell_is_not_a_bloc_and_every_quote_is_its_cell():
    text = CLUSTER_TABLE
    facts = extract_text(text, "t.txt")
    assert all(not b.name.startswith("Tên") and "Số thành viên" not in b.name for b in facts.blocs)
    for bloc in facts.blocs:
        for term in bloc.leadership:
            p = term.provenance
            assert text[p.start:p.end] == p.quote and "\t" not in p.quote


def test_short_names_under_the_bloc_column_are_the_blocs_the_text_names_and_years_come_from_the_header():
    text = ("Sở Nội vụ tỉnh Long An tổng kết thi đua năm 2023 của các khối\n\n"
            "Số liệu các khối thi đua năm 2023 được tổng hợp tại bảng sau.\n\n"
            "Khối thi đua\tSố đơn vị\tKhối trưởng năm 2023\tKhối phó năm 2023\n"
            "Văn hóa - Xã hội\t12\tSở Y tế\tSở Văn hóa, Thể thao và Du lịch\n"
            "Kinh tế ngành\t08\tSở Công Thương\tCục Thống kê tỉnh\n\n"
            "Năm 2024, Khối thi đua Văn hóa - Xã hội sẽ tổ chức hội thao.")
    blocs = _blocs(text)
    culture = blocs["Khối thi đua Văn hóa - Xã hội"]     # named in full in the text
    assert culture.stated_member_count == 12
    assert _terms(culture) == {(2023, "leader", "Sở Y tế"), (2023, "deputy", "Sở Văn hóa, Thể thao và Du lịch")}
    assert _terms(blocs["Kinh tế ngành"]) == {(2023, "leader", "Sở Công Thương"),     # named only by the row
                                              (2023, "deputy", "Cục Thống kê tỉnh")}
    assert len(blocs) == 2


def test_tabs_in_prose_and_a_table_without_a_bloc_column_are_not_tables():
    text = ("Khối thi đua các cơ quan tỉnh Tây Ninh tổng kết năm 2023\n\n"
            "Năm 2024, Sở Tư pháp làm Khối trưởng.\tSở Nội vụ làm Khối phó.\n\n"
            "Chỉ tiêu\tKế hoạch\tThực hiện\n"
            "Thu ngân sách\t100\t112\n")
    blocs = _blocs(text)
    assert list(blocs) == ["Khối thi đua các cơ quan tỉnh Tây Ninh"]
    # (one tab in a line of prose is white space: both sentences are read)
    assert _terms(blocs["Khối thi đua các cơ quan tỉnh Tây Ninh"]) == {(2024, "leader", "Sở Tư pháp"),
                                                                       (2024, "deputy", "Sở Nội vụ")}


def test_html_table_rows_become_tab_separated_lines():
    page = ("<html><body><article><h1>Kết quả bầu khối trưởng các khối thi đua năm 2024</h1>"
            "<p>Kết quả bầu Khối trưởng năm 2024 của các khối như sau:</p><table>"
            "<tr><th>STT</th><th>Khối thi đua</th><th>Khối trưởng</th></tr>"
            "<tr><td>1</td><td><p>Khối thi đua Nội chính</p></td><td>Công an tỉnh</td></tr>"
            "<tr><td>2<td>Khối thi đua các Hội đặc thù<td>Hội Chữ thập đỏ tỉnh</table>"
            "<p>Các khối đã ký kết giao ước.</p></article></body></html>")
    text = html_to_text(page).text
    assert "STT\tKhối thi đua\tKhối trưởng" in text
    assert "2\tKhối thi đua các Hội đặc thù\tHội Chữ thập đỏ tỉnh" in text
    blocs = _blocs(text)
    assert _terms(blocs["Khối thi đua các Hội đặc thù"]) == {(2024, "leader", "Hội Chữ thập đỏ tỉnh")}


def test_a_layout_table_holding_paragraphs_stays_lines():
    page = ("<html><body><table><tr><td><p>Đoạn thứ nhất của bài.</p><p>Đoạn thứ hai của bài.</p></td>"
            "<td>Cột bên phải</td></tr></table></body></html>")
    text = html_to_text(page).text
    assert "\t" not in text and "Đoạn thứ nhất của bài.\n" in text


def test_a_row_the_text_stops_in_keeps_only_its_whole_cells() -> None:
    text = ("Các khối thi đua tỉnh Tiền Giang bầu khối trưởng năm 2024\n\n"
            "Kết quả bầu Khối trưởng, Khối phó năm 2024:\n\n"
            "Khối thi đua\tSố đơn vị\tKhối trưởng\tKhối phó\n"
            "Khối thi đua Nội chính\t06\tCông an tỉnh\tSở Tư pháp\n"
            "Khối thi đua các Hội đặc thù\t08\tHội Chữ thập")
    blocs = _blocs(text)
    assert _terms(blocs["Khối thi đua Nội chính"]) == {(2024, "leader", "Công an tỉnh"), (2024, "deputy", "Sở Tư pháp")}
    assert blocs["Khối thi đua các Hội đặc thù"].stated_member_count == 8
    assert _terms(blocs["Khối thi đua các Hội đặc thù"]) == set()


def test_a_members_column_lists_each_bloc_s_members() -> None:
    text = ("Các khối thi đua của tỉnh Ninh Bình năm 2025\n\nDanh sách các khối thi đua năm 2025:\n\n"
            "TT\tTên khối thi đua\tĐơn vị thành viên\tKhối trưởng năm 2025\n"
            "1\tKhối thi đua Nội chính\tCông an tỉnh, Tòa án nhân dân tỉnh, Sở Tư pháp\tSở Tư pháp\n"
            "2\tKhối thi đua Văn hóa - Xã hội\tSở Y tế; Sở Văn hóa, Thể thao và Du lịch\tSở Y tế\n")
    blocs = _blocs(text)
    assert [m.name for m in blocs["Khối thi đua Nội chính"].members] == [
        "Công an tỉnh", "Tòa án nhân dân tỉnh", "Sở Tư pháp"]
    assert [m.name for m in blocs["Khối thi đua Văn hóa - Xã hội"].members] == [
        "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"]
    assert _terms(blocs["Khối thi đua Văn hóa - Xã hội"]) == {(2025, "leader", "Sở Y tế")}


def test_a_table_written_with_bars() -> None:
    text = ("Kết quả bầu cụm trưởng các cụm thi đua năm 2025\n\nKết quả bầu Cụm trưởng, Cụm phó năm 2025:\n\n"
            "| STT | Cụm thi đua | Cụm trưởng | Cụm phó |\n|---|---|---|---|\n"
            "| 1 | Cụm thi đua số 1 | UBND huyện Krông Pắc | UBND huyện Ea Kar |\n")
    blocs = _blocs(text)
    assert _terms(blocs["Cụm thi đua số 1"]) == {(2025, "leader", "UBND huyện Krông Pắc"),
                                                (2025, "deputy", "UBND huyện Ea Kar")}
    for term in blocs["Cụm thi đua số 1"].leadership:
        assert text[term.provenance.start:term.provenance.end] == term.provenance.quote


def test_a_two_cell_row_stays_two_lines() -> None:
    page = ("<html><body><article><h1>Tiêu đề bài viết về khối thi đua</h1><table><tr><td>Thứ Hai, 13/01/2025</td>"
            "<td>Lượt xem: 120</td></tr></table><p>Nội dung.</p></article></body></html>")
    assert "Thứ Hai, 13/01/2025\nLượt xem: 120" in html_to_text(page).text


def test_header_cells_written_other_ways() -> None:
    from thidua.loaders.extract.tables import _column
    assert _column("Khối, cụm thi đua").kind == "name"
    assert (_column("Khối phó (năm 2024)").role, _column("Khối phó (năm 2024)").year) == ("deputy", 2024)
    assert (_column("Khối trưởng 2024").role, _column("Khối trưởng 2024").year) == ("leader", 2024)
    assert _column("Đơn vị Cụm phó Thường trực năm 2025").role == "standing_deputy"
    assert _column("Số đơn vị thành viên").kind == "count"
    assert _column("Ghi chú") is None
