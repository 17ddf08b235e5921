"""Dates: the dateline that says when an article was published, and dates in sentences.

Datelines come in many forms ("29/04/2023 - 14:22", "Thứ ba, 27.06.2023 00:42",
"11/04/2024 07:44", "Cập nhật: 14:22 29/04/2023"); a line is a dateline only
when the date (with its weekday, time and label) is all it holds. A date in a
sentence counts only after a word that introduces one ("Ngày 28/4", "Chiều
10/4/2024", "sáng nay (10/4)"), so fractions ("13/14 đơn vị") and counts
("4.290/9.317 văn bản") are never dates, and a date that follows a document
number ("581/QĐ-UBND, ngày 14/3/2022") belongs to the document. A date without
a year takes the dateline's year, or stays ``--MM-DD`` when there is none.

>>> parse_dateline("Thứ ba, 27.06.2023 00:42")
'2023-06-27'
>>> parse_dateline("Thứ hai, kết quả thực hiện")
>>> [d.iso for d in dates_in("BTĐKT - Ngày 28/4, tại Hà Nội", default_year=2023)]
['2023-04-28']
>>> [d.iso for d in dates_in("có 13/14 đơn vị tham gia", default_year=2023)]
[]
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .base import cue_offsets, finditer_from

__all__ = ["parse_dateline", "dates_in", "TextDate", "make_date"]

_WEEKDAY = r"(?:[Tt]hứ\s*(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s*[Nn]hật|CN)"
_LABEL = (r"(?:[Cc]ập nhật(?: lúc| ngày)?|[Nn]gày (?:đăng|cập nhật|phát hành|xuất bản)|[Đđ]ăng ngày|[Đđ]ăng lúc"
          r"|[Tt]hời gian(?: đăng| cập nhật)?|[Xx]uất bản|[Nn]gày)")
_TIME = r"\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH|am|pm))?"
#: the place an official-style dateline starts with ("Hà Nội, ngày 20 tháng 7 năm 2024"): capitalised words
_PLACE = r"(?:TP\.\s*)?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]\w*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]\w*){0,3}"
_DATELINE = re.compile(
    rf"^\(?\s*(?:{_PLACE}\s*,\s*(?=[Nn]gày))?(?:{_LABEL}\s*:?\s*)?(?:{_WEEKDAY}\s*[,-]?\s*)?(?:ngày\s+)?"
    rf"(?:(?P<t1>{_TIME})\s*[-|,]?\s*(?:{_WEEKDAY}\s*[,-]?\s*)?(?:ngày\s+)?)?"
    r"(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<wd>\d{1,2})\s+[Tt]háng\s+(?P<wm>\d{1,2})\s*(?:năm|,)\s*(?P<wy>\d{4}))"
    rf"(?:\s*[-|,]?\s*(?:lúc\s*)?(?P<t2>{_TIME}))?"
    r"(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?)?\s*\)?\s*$")


def make_date(day: int, month: int, year: int | None) -> str | None:
    """An ISO date, ``--MM-DD`` without a year, or None when it is not a real date."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")


#: What a page's meta line may show beside its date, after a bar: "| Lượt xem: 1.245", "| Tác giả: ...".
_META = re.compile(r"\s*(?:[Ll]ượt\s+(?:xem|đọc|truy cập|thích)|[Tt]ác giả|[Nn]guồn|[Bb]ình luận|[Cc]hia sẻ|[Ll]ượt)"
                   r"(?![^\W\d_])[^|]*$")


#: What parts a meta line: a bar, or a dash between spaces.
_META_BAR = re.compile(r"\s*\|\s*|\s+[-–]\s+")


def parse_dateline(line: str) -> str | None:
    """The ISO date a dateline line states, else None.

    A meta line may carry a reading count or an author after a bar or a dash ("Ngày đăng: 31 tháng
    12 năm 2024 | Lượt xem: 1.245", "05/03/2024 08:15 - Lượt xem: 312"): the date is read from the
    part before it.

    >>> parse_dateline("05/03/2024 08:15 - Lượt xem: 312")
    '2024-03-05'
    """
    line = line.strip()
    if len(line) > 80 or _DIGIT.search(line) is None:
        return None
    m = _DATELINE.match(line)
    if not m and ("|" in line or " - " in line or " – " in line):
        parts = _META_BAR.split(line)
        while len(parts) > 1 and _META.match(parts[0]):
            parts.pop(0)        # "Tác giả: Minh Anh | 12/02/2024"
        m = _DATELINE.match(" - ".join(parts).strip())
        while m is None and len(parts) > 1 and _META.match(parts[-1]):
            parts.pop()         # "12/01/2024 09:40 - Lượt xem: 1.205"
            m = _DATELINE.match(" - ".join(parts).strip())
    if not m:
        return None
    if m.group("iy"):
        return make_date(int(m.group("id")), int(m.group("im")), int(m.group("iy")))
    if m.group("wy"):
        return make_date(int(m.group("wd")), int(m.group("wm")), int(m.group("wy")))
    return make_date(int(m.group("d")), int(m.group("m")), int(m.group("y")))


@dataclass(frozen=True)
class TextDate:
    """A date written in a sentence, with its offsets there."""

    start: int
    end: int
    iso: str
    year_stated: bool


_INTRO = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)"
_IN_TEXT = re.compile(     # the first letters looked at first: the pattern is tried at every position
    rf"(?=[NnSsCcTtĐđHh])(?<![\w/]){_INTRO}(?:\s+(?:nay|qua|mai))?\s*\(?\s*(?:ngày\s+)?"
    r"(?:(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})(?:\s*[/\-.]\s*(?P<y>\d{4}))?(?![\d/])"
    r"|(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s*(?:năm|,)\s*(?P<wy>\d{4}))?)")
_DOCUMENT_BEFORE = re.compile(r"\d+[a-zA-Z]?\s*[-/]\s*[A-ZĐ][\w/\-]*\s*,?\s*$")


#: The words that introduce a date (what _INTRO matches), lower-cased: a date can start only there.
_INTRO_CUES = ("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm")


def dates_in(text: str, default_year: int | None = None, low: str | None = None) -> list[TextDate]:
    """The dates a sentence states, in order; a document's own date is left out. ``low``, the text
    lower-cased when the caller has it, lets the pattern be tried only where an introducing word stands."""
    out = []
    found = finditer_from(_IN_TEXT, text, cue_offsets(low, _INTRO_CUES)) \
        if low is not None and len(low) == len(text) else _IN_TEXT.finditer(text)
    for m in found:
        if _DOCUMENT_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        if m.group("d"):
            day, month, year = m.group("d"), m.group("m"), m.group("y")
        else:
            day, month, year = m.group("wd"), m.group("wm"), m.group("wy")
        stated = year is not None
        iso = make_date(int(day), int(month), int(year) if year else default_year)
        if iso:
            out.append(TextDate(m.start(), m.end(), iso, stated))
    return out
