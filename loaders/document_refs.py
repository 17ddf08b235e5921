"""Read a cited document's title: its type, number and date.

Documents are cited as "Quyết định số 581/QĐ-UBND, ngày 14/3/2022", "Hướng
dẫn số 04-HD/BTCTW ngày 17-5-2021", "Chỉ thị số 34" or by name ("Luật Thi
đua, khen thưởng"). The number and symbol identify a document, so the graph
keys documents on them; a document without one is keyed on its name.

>>> parse_document_ref("Quyết định số 581/QĐ-UBND, ngày 14/3/2022")
DocumentRef(type='Quyết định', number='581/QĐ-UBND', date='2022-03-14')
>>> parse_document_ref("Chỉ thị số 05-CT/TW của Bộ Chính trị")
DocumentRef(type='Chỉ thị', number='05-CT/TW', date=None)
>>> parse_document_ref("Luật Thi đua, khen thưởng").number is None
True
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["DOCUMENT_TYPES", "DocumentRef", "parse_document_ref"]

#: The kinds of document a citation starts with, longest first.
DOCUMENT_TYPES = (
    "Nghị quyết liên tịch", "Thông tư liên tịch", "Quyết định", "Chỉ thị", "Kế hoạch", "Hướng dẫn",
    "Kết luận", "Nghị quyết", "Nghị định", "Thông tư", "Thông báo", "Công điện", "Công văn",
    "Quy định", "Quy chế", "Luật", "Pháp lệnh", "Hiến pháp", "Lệnh", "Đề án", "Chương trình",
)

# "581/QĐ-UBND", "05-CT/TW", "04-HD/BTCTW", "98/2023/NĐ-CP", "06/2022/QH15"
_SYMBOL = re.compile(
    r"(?<![\w/])(\d+[a-zA-Z]?(?:\s*/\s*\d{4})?\s*[-/]\s*[A-ZĐ][A-Za-zĐđ0-9]*(?:\s*[-/]\s*[A-Za-zĐđ0-9]+)*)")
_BARE_NUMBER = re.compile(r"\bsố\s+(\d+[a-zA-Z]?)\b(?!\s*[-/])")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")


@dataclass(frozen=True)
class DocumentRef:
    """What a citation says about a document."""

    type: str | None
    number: str | None
    date: str | None


def parse_document_ref(title: str) -> DocumentRef:
    """The type, number (with symbol) and ISO date of a cited document."""
    text = " ".join(title.split())
    lowered = text.lower()
    doc_type = next((t for t in DOCUMENT_TYPES if lowered.startswith(t.lower())), None)
    number = None
    match = _SYMBOL.search(text)
    if match and not re.fullmatch(r"\d{1,2}\s*[-/]\s*\d{1,2}(\s*[-/]\s*\d{4})?", match.group(1)):
        number = re.sub(r"\s+", "", match.group(1))
    else:
        bare = _BARE_NUMBER.search(text)
        if bare:
            number = bare.group(1)
    date = None
    dm = _DATE.search(text)
    if dm:
        try:
            date = _dt.date(int(dm.group(3)), int(dm.group(2)), int(dm.group(1))).isoformat()
        except ValueError:
            date = None
    return DocumentRef(type=doc_type, number=number, date=date)
