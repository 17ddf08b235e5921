"""The shared machinery of the extractors: tokens, cue words, factored phrase patterns."""
from __future__ import annotations

import re

import pytest

from thidua.loaders.extract.base import (_TOKEN, CAP, END, START, TEXT, WORD, Token, cue_offsets, cue_pattern,
                                         fewest_cues, finditer_from, literal_words, token, tokenize, trie_pattern)

SENTENCES = [
    "Ngày 12/3/2024, tại thành phố Pleiku, Khối thi đua các cơ quan Đảng (gồm 9 đơn vị) tổ chức hội nghị.",
    "Sở Y tế, Sở Giáo dục và Đào tạo; “Vì người nghèo” - 4.290/9.317 văn bản, 61,67%...",
    "(1) Văn phòng Tỉnh ủy; (2) Ban Tổ chức Tỉnh ủy.",
    "đồng chí H’Bla Êban,Phó Chủ tịch UBND tỉnh_x  hai khoảng trắng ²³ kết thúc ",
    "",
]


def _reference(text: str) -> list[Token]:
    """Tokens as the token pattern reads the whole text."""
    out, pos = [], 0
    for word in _TOKEN.findall(text):
        start = text.find(word, pos)
        pos = start + len(word)
        out.append(token(word, start, pos))
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_what_the_token_pattern_reads(text: str) -> None:
    tokens = tokenize(text)
    assert tokens == _reference(text)
    assert all(text[t[START]:t[END]] == t[TEXT] and t[CAP] == t[TEXT][0].isupper()
               and t[WORD] == t[TEXT][0].isalpha() for t in tokens)


def test_cues_found_with_find_give_the_pattern_s_matches() -> None:
    pattern = re.compile(r"(?<![^\W\d_])(?:bằng khen|giấy khen)(?:\s+của\s+\w+)?")
    text = "tặng bằng khen của bộ; giấy khen; ngbằng khen không tính; bằng khen"
    starts = cue_offsets(text, ("bằng khen", "giấy khen"))
    assert [m.span() for m in finditer_from(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


def test_fewest_cues_keep_what_the_others_contain() -> None:
    assert fewest_cues(["hội nghị biểu dương", "hội nghị", "lễ ký kết", "ký kết"]) == ("hội nghị", "ký kết")


@pytest.mark.parametrize("words", [
    ["hội nghị", "hội nghị biểu dương", "hội thảo", "hội", "đại hội"],
    ["Nguyễn", "Ngô", "Ng", "Lê", "Lường", "Y"],
])
def test_a_factored_pattern_matches_as_the_longest_first_alternation(words: list[str]) -> None:
    plain = re.compile("(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                        for w in sorted(words, key=len, reverse=True)) + ")")
    factored = re.compile(trie_pattern(words))
    text = " ".join(words) + " hội nghị biểu dương; Nguyễn Ngô Lườngg, đại hội"
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert literal_words(words).search("xyz") is None
    assert bool(cue_pattern(words).search("đây là " + words[1])) is True


@pytest.mark.parametrize("words", [
    ["bằng khen", "giấy khen", "cờ", "huân chương", "chiến s", "danh hiệu"],
    ["hội nghị", "đại hội", "tọa đàm", "a", "ký kết giao ước"],
])
def test_a_cue_pattern_finds_what_a_substring_test_finds(words: list[str]) -> None:
    pattern = cue_pattern(words)
    texts = ["tặng bằng khen của bộ", "nhận cờ thi đua", "không có gì", "chiến sĩ thi đua", "ab", "", "cờ",
             "danh hiệu", "danh hiệ", "hội nghị", "ký kết giao ướ", "đại hội; tọa đàm", "xyz huân chương"]
    assert [pattern.search(t) is not None for t in texts] == [any(w in t for w in words) for t in texts]
