"""Cited legal and Party documents, with their numbers.

Three forms are read: a numbered document ("Quyết định số 581/QĐ-UBND, ngày
14/3/2022", "Chỉ thị số 05-CT/TW", "Hướng dẫn số 04-HD/BTCTW ngày
17-5-2021", "Chỉ thị số 34"), a law cited by name (``documents.yaml``: "Luật
Thi đua, khen thưởng 2022", "Luật TĐKT") and a Party congress resolution
("Nghị quyết Đại hội XIII của Đảng"). A document is written as the article
writes it, without the comma some writers put before "ngày"; one cited twice
is kept once, in its fullest form (with its date). Text inside quotes is a
name (of a movement, a theme), not a citation.

>>> from thidua.loaders.article import build_article
>>> art = build_article("Thực hiện Kế hoạch số 12/KH-UBND, ngày 5/1/2024 của UBND tỉnh và Luật Thi đua, "
...                     "khen thưởng năm 2022, Chỉ thị số 34-CT/TW.", "x")
>>> [d.title for d in extract(art)]
['Kế hoạch số 12/KH-UBND ngày 5/1/2024', 'Luật Thi đua, khen thưởng năm 2022', 'Chỉ thị số 34-CT/TW']
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Document, Provenance
from ..gazetteer import document_words
from ..keys import name_key
from ..text import unify_tones
from .base import UPPER, YEAR, Article, cue_offsets, finditer_from, first_letters
from .movements import sentence_quotes

__all__ = ["extract"]

_NUMBER = (r"\d+[a-zA-Z]?(?:\s*/\s*\d{4})?(?:\s*[-/]\s*[A-ZĐ][A-Za-zĐđ0-9]*(?:\s*[-/]\s*[A-Za-zĐđ0-9]+)*)")
_DATE = r"(?:ngày|ban hành ngày)\s+\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = document_words()
    types = "|".join(re.escape(t) for t in sorted(words["types"], key=len, reverse=True))
    numbered = re.compile(
        rf"(?<![^\W\d_]){first_letters(words['types'])}(?P<type>{types})\s+(?:(?P<so>số)\s+(?P<n1>{_NUMBER}|\d+)|(?P<n2>{_NUMBER}))"
        rf"(?![\w/-])(?P<date>\s*,?\s*{_DATE})?", re.IGNORECASE)
    laws = sorted((unify_tones(law) for law in words["laws"]), key=len, reverse=True)
    alternatives = "|".join(re.escape(law).replace(r"\ ", r"\s+") for law in laws)
    named = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?P<year>\s+(?:năm\s+)?{YEAR})?"
                       rf"(?P<number>\s+số\s+{_NUMBER})?(?![^\W\d_])", re.IGNORECASE)
    congress = re.compile(
        r"(?<![^\W\d_])Nghị quyết\s+(?:Đại hội|Hội nghị)\s+(?:đại biểu\s+)?(?:Đảng\s+(?:bộ\s+)?"
        # "Đại hội Đảng bộ tỉnh (Nghệ An) lần thứ XIX"
        rf"(?:(?:tỉnh|thành phố|huyện|quận|thị xã|Khối)(?:\s+{UPPER}\w*)*\s+)?)?(?:toàn quốc\s+)?"
        r"(?:lần thứ\s+)?[IVXLC]+(?![^\W\d_])(?:\s+của\s+Đảng|\s+Đảng\s+bộ\s+(?:tỉnh|thành phố)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*)?"
        r"|(?<![^\W\d_])Nghị quyết\s+(?:Trung ương|TW)\s+\d+\s+khóa\s+[IVXLC]+(?![^\W\d_])")
    return numbered, named, congress


_SYMBOL_HINT = re.compile(r"\d\s*[-/]\s*[A-ZĐ]")


@lru_cache(maxsize=1)
def _type_cues() -> tuple[str, ...]:
    """The document types in lower case: every numbered citation starts with one."""
    return tuple(t.lower() for t in document_words()["types"])


@lru_cache(maxsize=1)
def _law_cues() -> tuple[str, ...]:
    """The laws cited by name, in lower case: every such citation starts with one."""
    return tuple(unify_tones(law).lower() for law in document_words()["laws"])


def _matches(pattern: re.Pattern[str], text: str, low: str | None, cues: tuple[str, ...]):
    """A pattern's matches, tried only where its first words stand (all of them when ``low`` is None)."""
    if low is None:
        return pattern.finditer(text)
    return finditer_from(pattern, text, cue_offsets(low, cues))


def _inside(spans: list[tuple[int, int, int, int]], start: int) -> bool:
    return any(a <= start < b for _, a, b, _ in spans)


def _number_key(number: str) -> str:
    return re.sub(r"\s+", "", number).upper()


#: Words of a document's title that name the law it is about ("quy định chi tiết thi hành một số điều của").
_TITLE_WORDS = re.compile(r"(?<![^\W\d_])(?:quy định|hướng dẫn|thi hành|sửa đổi|bổ sung)(?![^\W\d_])")
_LISTED = re.compile(r"(?:\s(?:và|cùng|với)|,)\s*$")


def _in_title(text: str, doc_end: int, law_start: int) -> bool:
    """Whether a law named at ``law_start`` is inside the title of the document cited just before it."""
    if not 0 <= law_start - doc_end <= 160:
        return False
    gap = text[doc_end:law_start]
    return ";" not in gap and _TITLE_WORDS.search(gap) is not None and _LISTED.search(gap) is None


def extract(article: Article, movement_provenance: list[Provenance | None] | None = None) -> list[Document]:
    """The documents an article cites, first citation first, each kept once in its fullest form."""
    numbered, named, congress = _patterns()
    by_key: dict[str, Document] = {}
    order: list[str] = []

    def add(key: str, title: str, prov: Provenance) -> None:
        if key in by_key:
            if len(title) > len(by_key[key].title):
                by_key[key] = Document(title, by_key[key].provenance)
            return
        by_key[key] = Document(title, prov)
        order.append(key)

    for s in article.sentences:
        text = s.text
        has_number = s.has_digit and (" số " in s.low or ("/" in text or "-" in text)
                                      and _SYMBOL_HINT.search(text) is not None)
        has_law = "luật" in s.low
        has_resolution = "Nghị quyết" in text
        if not (has_number or has_law or has_resolution):
            continue
        quotes = sentence_quotes(s)
        found: list[tuple[int, int, str, str]] = []
        low = s.low if len(s.low) == len(text) else None
        for m in (_matches(numbered, text, low, _type_cues()) if has_number else ()):
            if _inside(quotes, m.start()):
                continue
            number = m.group("n1") or m.group("n2")
            kind = m.group("type")
            if not kind[0].isupper() and not m.group("so"):
                continue
            title = f"{kind} {'số ' if m.group('so') else ''}{' '.join(number.split())}"
            if m.group("date"):
                title += " " + re.sub(r"^\s*,?\s*", "", m.group("date"))
            found.append((m.start(), m.end(), "n:" + kind.lower() + ":" + _number_key(number), title))
        for pattern, prefix, cue, cues in ((named, "l:", has_law, _law_cues()), (congress, "c:", has_resolution, None)):
            if not cue:
                continue
            matches = _matches(pattern, text, low, cues) if cues else \
                finditer_from(pattern, text, cue_offsets(text, ("Nghị quyết",)))   # it opens every match
            for m in matches:
                if _inside(quotes, m.start()) or any(a <= m.start() < b for a, b, _, _ in found):
                    continue
                if prefix == "l:" and any(_in_title(text, b, m.start()) for _, b, k, _ in found if k[0] == "n"):
                    continue        # "Nghị định số 98/2023/NĐ-CP ... quy định chi tiết ... của Luật X": its title
                title = " ".join(m.group().split())
                cut = [m.start(g) for g in ("year", "number") if prefix == "l:" and m.group(g)]
                base = m.group()[: min(cut) - m.start()] if cut else m.group()
                found.append((m.start(), m.end(), prefix + name_key(base), title))
        prov = None
        for _, end, key, title in sorted(found):
            if s.reaches_cut(end):
                continue        # a citation cut off: its number may not be whole
            prov = prov or article.provenance(s)
            add(key, title, prov)
    return [by_key[k] for k in order]
