"""Whole articles: furniture out, every fact quoted from the original text, the source described."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import yaml

from thidua.loaders.article import build_article, extract_file, extract_text, read_article
from thidua.loaders.facts import Facts, dump_facts

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(os.environ.get("THIDUA_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))


def _provenances(facts: Facts):
    for e in facts.events:
        yield e.provenance
    for b in facts.blocs:
        yield b.provenance
        for m in b.members:
            yield m.provenance
        for t in b.leadership:
            yield t.provenance
    for a in facts.awards:
        yield a.provenance
    for p in facts.persons:
        yield p.provenance
    for m in facts.movements:
        yield m.provenance
    for d in facts.documents:
        yield d.provenance


def _articles(seeds: Path | None) -> list[Path]:
    paths = sorted(FIXTURES.glob("*.*"))
    if seeds is not None:
        paths += sorted(seeds.glob("*.txt"))
    return paths


@pytest.fixture(scope="module")
def seeds() -> Path | None:
    """The seed articles when the shared material is there (the fixtures are checked either way)."""
    path = SHARED / "seeds"
    return path if path.is_dir() else None


def test_every_fact_quotes_its_sentence_from_the_original_text(seeds: Path | None) -> None:
    checked = 0
    for path in _articles(seeds):
        original = read_article(path).text
        facts = extract_file(path)
        for prov in _provenances(facts):
            assert prov is not None, path
            assert original[prov.start:prov.end] == prov.quote, (path, prov)
            assert prov.quote.strip() == prov.quote and prov.quote
            checked += 1
    assert checked > 100


def test_the_source_is_described() -> None:
    path = FIXTURES / "police_cluster.txt"
    facts = extract_file(path)
    assert facts.article == "police_cluster.txt"
    assert facts.source.file == "police_cluster.txt"
    assert facts.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert facts.source.characters == len(path.read_text(encoding="utf-8"))
    assert facts.source.title == "Cụm thi đua số 8 Công an các tỉnh miền Đông Nam Bộ tổng kết phong trào thi đua năm 2023"
    assert facts.published == "2024-01-19"


def test_menus_teasers_credits_and_bylines_give_no_facts() -> None:
    facts = extract_file(FIXTURES / "police_cluster.txt")
    quotes = " ".join(p.quote for p in _provenances(facts) if p)
    for furniture in ("Trang chủ", "Giới thiệu", "Tin liên quan", "Long An", "Ảnh: Minh Khoa"):
        assert furniture not in quotes
    assert [p.name for p in facts.persons] == ["Hoàng Minh Quân", "Trần Quang Vinh"]
    assert "Cờ thi đua của Chính phủ" not in [a.award for a in facts.awards]   # only in the teaser


@pytest.mark.parametrize("header", ["Các tin đã đưa:", "Tin bài khác", "Các bài đã đăng", "Bài viết cùng chuyên mục",
                                    "Tin trong chủ đề"])
def test_a_list_of_earlier_news_ends_the_article(header: str) -> None:
    text = ("Cụm thi đua số 4 Công an tỉnh Nam Định tổng kết năm 2022\n20/12/2022 | 10:05\n"
            "Ngày 19/12, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2022.\n"
            "Hội nghị đánh giá kết quả của các đơn vị trong Cụm.\n"
            "Các đơn vị ký kết giao ước thi đua năm 2023.\n"
            f"{header}\n"
            "› Cụm thi đua số 7 tổng kết công tác năm 2022\n"
            "› Công an tỉnh Nam Định đón nhận Huân chương Chiến công hạng Ba\n")
    facts = extract_text(text, "x.txt")
    assert [b.name for b in facts.blocs] == ["Cụm thi đua số 4"]        # not the 7th of the teasers
    assert facts.awards == []


def test_a_police_cluster_article() -> None:
    facts = extract_file(FIXTURES / "police_cluster.txt")
    [bloc] = facts.blocs
    assert (bloc.name, bloc.kind) == ("Cụm thi đua số 8", "cluster")
    assert set(bloc.aliases) == {"Cụm thi đua số 8 Công an các tỉnh miền Đông Nam Bộ", "Cụm thi đua số 8, Bộ Công an"}
    assert [m.name for m in bloc.members][-1] == "Công an tỉnh Bà Rịa - Vũng Tàu"
    assert [(t.year, t.role, t.org) for t in bloc.leadership] == [
        (2023, "leader", "Công an tỉnh Tây Ninh"), (2024, "leader", "Công an tỉnh Bình Phước"),
        (2024, "deputy", "Công an tỉnh Đồng Nai")]
    assert [(e.type, e.date) for e in facts.events] == [("conference", "2024-01-18"), ("signing", "2024-01-18")]
    assert [m.name for m in facts.movements] == ["Vì an ninh Tổ quốc"]


def test_a_page_with_two_blocs() -> None:
    facts = extract_file(FIXTURES / "two_blocs.html")
    assert [(b.name, len(b.members), [(t.year, t.role, t.org) for t in b.leadership]) for b in facts.blocs] == [
        ("Khối thi đua Văn hóa - Xã hội tỉnh Lâm Đồng", 7,
         [(2024, "leader", "Sở Y tế"), (2024, "deputy", "Sở Giáo dục và Đào tạo"),
          (2023, "leader", "Sở Văn hóa, Thể thao và Du lịch")]),
        ("Khối thi đua Nội chính tỉnh Lâm Đồng", 5,
         [(2024, "leader", "Thanh tra tỉnh"), (2024, "deputy", "Cục Thi hành án dân sự tỉnh")])]
    assert facts.published == "2023-12-28"


def test_a_truncated_article_keeps_what_it_says() -> None:
    facts = extract_file(FIXTURES / "central_truncated.txt")
    [bloc] = facts.blocs
    assert bloc.stated_member_count == 12 and len(bloc.members) == 12
    assert [(a.award, a.recipient_count, a.status) for a in facts.awards] == [
        ("Cờ thi đua", 2, "proposed"), ("Bằng khen", 3, "proposed")]


def test_facts_round_trip_through_yaml() -> None:
    facts = extract_file(FIXTURES / "cluster_provinces.txt")
    again = Facts.from_dict(yaml.safe_load(dump_facts(facts)))
    assert again.to_dict() == facts.to_dict()


def test_extract_text_names_the_article_and_reads_the_years_from_the_framing() -> None:
    facts = extract_text("Khối thi đua các sở, ngành tỉnh Ninh Bình tổng kết công tác thi đua năm 2023\n"
                         "Sở Tài chính (đơn vị Khối trưởng) báo cáo kết quả. Hội nghị bầu Sở Xây dựng làm Khối trưởng.",
                         "nb.txt")
    assert facts.article == "nb.txt"
    assert [(t.year, t.role, t.org, t.year_basis) for t in facts.blocs[0].leadership] == [
        (2023, "leader", "Sở Tài chính", "context"), (2024, "leader", "Sở Xây dựng", "context")]


def test_photo_credits_are_cut_from_their_caption_which_stays() -> None:
    text = ("Hội nghị tổng kết Khối thi đua các huyện năm 2024\n12/03/2025 08:00\n"
            "Quang cảnh hội nghị tổng kết công tác thi đua. (Ảnh: Trần Hải)\n"
            "Đồng chí Lê Văn Tâm phát biểu tại hội nghị. Ảnh minh họa: Nguyễn An\n"
            "Hội nghị đã đánh giá kết quả thi đua năm 2024 của các huyện.\n"
            "Các đại biểu thảo luận phương hướng năm 2025.\n")
    sentences = [s.text for s in build_article(text, "x.txt").sentences]
    assert "Quang cảnh hội nghị tổng kết công tác thi đua." in sentences
    assert "Đồng chí Lê Văn Tâm phát biểu tại hội nghị." in sentences
    assert not any("Trần Hải" in s or "Nguyễn An" in s or s.endswith("(") for s in sentences)


def test_facts_that_run_to_where_the_text_was_cut_off_are_left_out() -> None:
    facts = extract_text(
        "Khối thi đua Kinh tế tỉnh Sóc Trăng tổng kết năm 2023\n"
        "Ngày 10/1, Khối thi đua Kinh tế tỉnh Sóc Trăng gồm: Sở Tài chính, Sở Công Thương, Cục Thuế tỉnh.\n"
        "Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Tài chính, tặng Bằng khen của Chủ tịch", "t.txt")
    assert [(a.award, a.recipient) for a in facts.awards] == [("Cờ thi đua", "Sở Tài chính")]
    cut = extract_text(
        "Khối thi đua Kinh tế tỉnh Sóc Trăng tổng kết năm 2023\n"
        "Ngày 10/1, Khối thi đua Kinh tế tỉnh Sóc Trăng tổ chức hội nghị tổng kết năm 2023.\n"
        "Khối thi đua Kinh tế tỉnh Sóc Trăng gồm: Sở Tài chính, Sở Công Thương, Cục Thu", "t.txt")
    assert [m.name for m in cut.blocs[0].members] == ["Sở Tài chính", "Sở Công Thương"]
    whole = extract_text(
        "Khối thi đua Kinh tế tỉnh Sóc Trăng tổng kết năm 2023\n"
        "Ngày 10/1, Khối thi đua Kinh tế tỉnh Sóc Trăng tổ chức hội nghị tổng kết năm 2023.\n"
        "Khối thi đua Kinh tế tỉnh Sóc Trăng gồm: Sở Tài chính, Sở Công Thương, Cục Thuế tỉnh.", "t.txt")
    assert [m.name for m in whole.blocs[0].members] == ["Sở Tài chính", "Sở Công Thương", "Cục Thuế tỉnh"]
