"""HTML pages to text: furniture elements out, paragraphs kept, title and date from the markup."""
from __future__ import annotations

from pathlib import Path

from thidua.loaders.html import declared_charset, html_to_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_scripts_styles_navigation_and_page_furniture_are_dropped() -> None:
    page = html_to_text((FIXTURES / "two_blocs.html").read_text(encoding="utf-8"))
    assert "quảng cáo" not in page.text            # <script>
    assert "color:red" not in page.text            # <style>
    assert "Trang chủ" not in page.text            # <nav>, breadcrumb
    assert "Tin liên quan" not in page.text        # aside.related-news
    assert "Bản quyền" not in page.text            # <footer>
    assert "Bình luận" not in page.text            # div.comments
    assert "Sở Giáo dục và Đào tạo" in page.text


def test_title_date_and_paragraphs_come_from_the_markup() -> None:
    page = html_to_text((FIXTURES / "two_blocs.html").read_text(encoding="utf-8"))
    assert page.title and page.title.startswith("Khối thi đua Văn hóa - Xã hội")
    assert "| Báo Lâm Đồng" not in page.title       # the <h1>, not the <title> with the site name
    assert page.published == "2023-12-28"
    lines = page.text.split("\n")
    assert lines[0] == page.title
    assert any(line.startswith("Tại Hội nghị, Khối thi đua đã bầu") for line in lines)


def test_header_inside_the_article_keeps_title_and_dateline() -> None:
    page = html_to_text("<header class=top>Menu</header><article><header><h1>Khối thi đua A</h1>"
                        "<time datetime='2024-05-02T08:00'>02/05/2024</time></header><p>Nội dung.</p></article>")
    assert page.text.split("\n")[0] == "Khối thi đua A"
    assert "02/05/2024" in page.text and "Menu" not in page.text
    assert page.published == "2024-05-02"


def test_inline_elements_do_not_break_lines_and_entities_are_decoded() -> None:
    page = html_to_text("<p>Báo <b>Gia Lai</b>phát động &amp; <i>thi</i>&nbsp;đua</p>")
    assert page.text == "Báo Gia Laiphát động & thi\u00a0đua"


def test_tag_soup_never_raises() -> None:
    soup = "<div><p>Khối <b>thi <i>đua</p></div></b></span><table><tr><td>A<td>B</table>< < <!-- x <p>z" * 50
    page = html_to_text(soup)
    assert "Khối thi đua" in page.text


def test_a_page_that_is_all_navigation_still_yields_its_text() -> None:
    page = html_to_text("<div class='menu'><p>Khối thi đua các cơ quan tỉnh tổng kết năm 2023.</p></div>")
    assert "Khối thi đua các cơ quan tỉnh" in page.text


def test_declared_charset() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1258">') == "windows-1258"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">') == "utf-8"
    assert declared_charset(b"<p>none</p>") is None


def test_the_parts_of_a_meta_line_are_lines_of_their_own() -> None:
    page = html_to_text('<article><h1>Khối thi đua tổng kết</h1><div class="meta"><span class="post-date">'
                        'Thứ Hai, 08/01/2024 - 10:15</span> <span class="view-count">Lượt xem: 532</span> '
                        '<span class="author">Hải Yến</span></div><p>Nội dung.</p></article>')
    lines = [line for line in page.text.split("\n") if line]
    assert lines[1:4] == ["Thứ Hai, 08/01/2024 - 10:15", "Lượt xem: 532", "Hải Yến"]


def test_the_dateline_of_a_page_meta_line_dates_the_article() -> None:
    from thidua.loaders.article import extract_text
    page = html_to_text('<article><h1>Cụm thi đua số 2 tổng kết năm 2023</h1><div class="info"><span '
                        'class="date">08/01/2024 10:15</span> | <span class="views">Lượt xem: 532</span></div>'
                        '<p>Sáng 6/1, tại thành phố Bắc Ninh, Cụm thi đua số 2 tổ chức Hội nghị tổng kết công '
                        'tác thi đua năm 2023.</p><p class="author">Bài, ảnh: Hải Yến</p></article>')
    facts = extract_text(page.text, "p.html", title=page.title)
    assert facts.published == "2024-01-08"
    assert [(e.date, e.place) for e in facts.events] == [("2024-01-06", "thành phố Bắc Ninh")]
