"""Decoding and normalising: every repair keeps the way back to the original offsets."""
from __future__ import annotations

import re
import unicodedata

import pytest

from thidua.loaders.text import ArticleError, decode, is_vietnamese, normalise, unify_tones

SAMPLE = "Khối thi đua các cơ quan Đảng tỉnh Gia Lai tổng kết công tác năm 2023."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_utf8_and_utf16_with_or_without_a_bom_decode_to_the_same_text(encoding: str) -> None:
    assert decode(SAMPLE.encode(encoding)) == SAMPLE


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"   \n\t ", "empty file"),
    (b"%PDF-1.7 binary", "looks like a PDF"),
    (b"PK\x03\x04 zip", "ZIP archive"),
    (b"abc\x00\x01\x02def" * 3, "binary"),
    ("Khôi thi đua các cơ quan".encode("cp1258"), "not valid UTF-8"),
])
def test_what_cannot_be_decoded_is_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError) as err:
        decode(data)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(ArticleError, match=r"at byte 6"):
        decode("Khối".encode() + b"\xc3\x28" + " tiếp".encode())


def _words_map_back(n) -> bool:
    for m in re.finditer(r"\S+", n.text):
        a, b = n.original_span(m.start(), m.end())
        piece = n.original[a:b]
        if unicodedata.normalize("NFC", piece).replace("\u00a0", " ") != m.group() and \
                unify_tones(unicodedata.normalize("NFC", piece)) != m.group():
            return False
    return True


def test_nfd_text_is_composed_and_offsets_point_at_the_decomposed_original() -> None:
    original = unicodedata.normalize("NFD", "Hội nghị Cụm thi đua số 5")
    n = normalise(original)
    assert n.text == "Hội nghị Cụm thi đua số 5"
    start = n.text.index("Cụm")
    a, b = n.original_span(start, start + 3)
    assert unicodedata.normalize("NFC", original[a:b]) == "Cụm"


def test_no_break_space_and_zero_width_characters() -> None:
    original = "Quân đội nhân dân\u00a0đã tham mưu.\u00a0Ban\u200b Tổ chức"
    n = normalise(original)
    assert n.text == "Quân đội nhân dân đã tham mưu. Ban Tổ chức"
    assert _words_map_back(n)


@pytest.mark.parametrize("new, old", [("hoá", "hóa"), ("Uỷ ban", "Ủy ban"), ("Toạ đàm", "Tọa đàm"),
                                      ("sức khoẻ", "sức khỏe"), ("thuỷ", "thủy")])
def test_tone_marks_are_placed_one_way(new: str, old: str) -> None:
    assert normalise(new).text == old


@pytest.mark.parametrize("word", ["quý", "Quỳnh", "hoàn", "khuyến", "giữa", "ngoài", "khoảng"])
def test_tone_placement_leaves_closed_syllables_and_qu_alone(word: str) -> None:
    assert normalise(word).text == word


@pytest.mark.parametrize("glued, repaired", [
    ("Công an tỉnh Gia Laitriển khai", "Công an tỉnh Gia Lai triển khai"),
    ("Hội Cựu chiến binh huyệnphát động", "Hội Cựu chiến binh huyện phát động"),
    ("đã tổ chứcthành công", "đã tổ chức thành công"),
    ("sự chỉ đạocủaThành ủy", "sự chỉ đạo của Thành ủy"),
    ("cá nhâncó thành tích", "cá nhân có thành tích"),
])
def test_words_glued_by_html_extraction_are_split(glued: str, repaired: str) -> None:
    n = normalise(glued)
    assert n.text == repaired
    assert _words_map_back(n)


@pytest.mark.parametrize("text", ["ThS. Nguyễn Văn An", "TĐKT", "ĐUKDN", "online", "kiemsat.vn", "Huẩn",
                                  "4.290/9.317 văn bản", "61,67%", "Covid-19", "Mác - Lênin", "iPhone"])
def test_glue_repair_leaves_real_words_acronyms_numbers_and_urls(text: str) -> None:
    assert normalise(text).text == text


@pytest.mark.parametrize("glued, repaired", [
    ("theo quy định.Bên cạnh", "theo quy định. Bên cạnh"),
    ("tuyên truyền,vận động", "tuyên truyền, vận động"),
    ("gồm:Sở Y tế", "gồm: Sở Y tế"),
    ("“Nông dân giỏi”;“Xây dựng", "“Nông dân giỏi”; “Xây dựng"),
    ("phục vụ tốt...;Báo Gia Lai", "phục vụ tốt...; Báo Gia Lai"),
])
def test_punctuation_gets_its_space_back(glued: str, repaired: str) -> None:
    assert normalise(glued).text == repaired


def test_white_space_is_collapsed_and_paragraphs_kept() -> None:
    n = normalise("  Dòng một   có  cách.\r\n\r\n\r\n   Dòng hai.  ")
    assert n.text == "Dòng một có cách.\n\nDòng hai."
    a, b = n.original_span(n.text.index("Dòng hai"), len(n.text))
    assert n.original[a:b] == "Dòng hai."


def test_is_vietnamese() -> None:
    assert is_vietnamese(SAMPLE)
    assert not is_vietnamese("Le bloc d'émulation a été créé à Paris en été.")
    assert not is_vietnamese("The emulation bloc met in Hanoi on Friday.")
