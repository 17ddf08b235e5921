"""Named emulation movements: the quoted names after "phong trào (thi đua)" or "với chủ đề".

A movement is named in quotes: phong trào thi đua “Lao động giỏi, lao động
sáng tạo”; several may follow one another ("...: "A", "B", "C"") with short
gaps between them ("“A”;“B” giai đoạn 2022 - 2025;“C”"); a gap with other words ends the list
("phong trào “A”, hỗ trợ xây dựng 46 “Nhà đồng đội”": a house, not a movement). Quotes are read as
writers use them: opened with “ and closed with ” or ", or straight quotes on
both sides; a quote left open ends where the next item starts ("...;", "; "
before a capital, or the next opening quote). Quotes after "danh hiệu",
"phương châm", "chủ đề công tác" or "gắn với (việc thực hiện)" name titles,
mottos, themes and campaigns, not movements.

>>> from thidua.loaders.article import build_article
>>> art = build_article('Hội Nông dân tỉnh Lào Cai phát động phong trào thi đua “Nông dân giỏi” và '
...                     '“Chung tay xây dựng nông thôn mới”.', "x")
>>> [m.name for m in extract(art)]
['Nông dân giỏi', 'Chung tay xây dựng nông thôn mới']
"""
from __future__ import annotations

import re

from ..facts import Movement
from ..keys import name_key
from .base import UPPER, Article, Sentence, cue_offsets, finditer_from

__all__ = ["extract", "quoted_spans"]

_TRIGGER = re.compile(
    r"(?<![^\W\d_])(?:phong trào(?:\s+thi đua)?(?:\s+yêu nước)?|đợt thi đua|cuộc thi đua|đợt cao điểm|"
    r"(?:với|có|theo|mang)\s+chủ đề)(?![^\W\d_])", re.IGNORECASE)
#: Where a trigger can start: the regex is tried only there.
_TRIGGER_CUES = ("phong trào", "đợt thi đua", "cuộc thi đua", "đợt cao điểm", "với chủ đề", "có chủ đề", "theo chủ đề", "mang chủ đề")
_NOT_MOVEMENT = re.compile(r"danh hiệu|phương châm|chủ đề công tác|gắn với|khẩu hiệu|Chỉ thị|Nghị quyết|"
                           r"Kết luận|[;.!?]", re.IGNORECASE)
_SEMI_CAPITAL = re.compile(rf";\s?(?:{UPPER}|[“\"])")
_NOT_LISTED = re.compile(r"[.!?]\s|phong trào|danh hiệu|cuộc vận động|chương trình|đề án|chủ đề|khẩu hiệu|"
                         r"phương châm|Chỉ thị|Nghị quyết|Kết luận|Kế hoạch", re.IGNORECASE)
#: What may stand between two movements of one list: separators, a period, another "đợt thi đua"; any
#: other word makes the next quote something else ("hỗ trợ xây dựng 46 “Nhà đồng đội”": a house).
_LIST_GAP = re.compile(r"(?:\s+|[,;]|và|(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–]\s*\d{4}|(?:trong\s+)?năm\s+\d{4}"
                       r"|(?:các\s+)?(?:đợt|cuộc) thi đua(?:\s+(?:cao điểm|đặc biệt))?)*", re.IGNORECASE)
_OPENERS = "“\""
_OPENING = re.compile("[“\"]")
_INSIDE = re.compile("[”\"“;]")
_CLOSERS = "”\""


def quoted_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Quoted passages as (open, content start, content end, close end) offsets.

    >>> t = 'thi đua “Giảng dạy tốt, phục vụ tốt...; Báo X phát động “Toàn thể cán bộ”.'
    >>> [t[a:b] for _, a, b, _ in quoted_spans(t)]
    ['Giảng dạy tốt, phục vụ tốt', 'Toàn thể cán bộ']
    """
    out: list[tuple[int, int, int, int]] = []
    if "“" not in text and '"' not in text:
        return out
    i, n = 0, len(text)
    while i < n:
        found = _OPENING.search(text, i)
        if found is None:
            break
        i = found.start()
        c = text[i]
        if c == '"' and i and text[i - 1].isalnum():
            i += 1
            continue
        start = i + 1
        j = start
        end = close = None
        while j < n:
            nxt = _INSIDE.search(text, j)
            if nxt is None:
                break
            j = nxt.start()
            d = text[j]
            if d in _CLOSERS and j > start:
                end, close = j, j + 1
                break
            if d == "“" and j > start:                       # a second opening: the first was never closed
                end, close = j, j
                break
            if d == ";" and (text[j - 3:j] == "..." or text[j - 1:j] == "…"
                             or _SEMI_CAPITAL.match(text, j)):
                end, close = j, j + 1
                break
            j += 1
        if end is None:
            break
        content_end = end
        while content_end > start and text[content_end - 1] in " .…,;":
            content_end -= 1
        if content_end > start:
            out.append((i, start, content_end, close))
        i = close if close > i else i + 1
    return out


def sentence_quotes(s: Sentence) -> list[tuple[int, int, int, int]]:
    """The quoted passages of a sentence, worked out once per sentence."""
    cached = s.__dict__.get("_quotes")
    if cached is None:
        cached = s.__dict__["_quotes"] = quoted_spans(s.text)
    return cached


def extract(article: Article) -> list[Movement]:
    """The movements an article names, first mention kept, in order."""
    out: list[Movement] = []
    seen: set[str] = set()
    for s in article.sentences:
        text = s.text
        quotes = sentence_quotes(s)
        if not quotes:
            continue
        used: set[int] = set()
        low = s.low
        triggers = finditer_from(_TRIGGER, text, cue_offsets(low, _TRIGGER_CUES)) if len(low) == len(text) \
            else _TRIGGER.finditer(text)
        for trig in triggers:
            pos = trig.end()
            first = True
            for q in quotes:
                opening, a, b, close = q
                if opening < pos or opening in used:
                    continue
                gap = text[pos:opening]
                if first:
                    if len(gap) > 100 or _NOT_MOVEMENT.search(gap) or any(ch in gap for ch in _OPENERS + "”"):
                        break
                elif len(gap) > 40 or _NOT_LISTED.search(gap) or not _LIST_GAP.fullmatch(gap):
                    break
                first = False
                used.add(opening)
                pos = close
                name = text[a:b].strip()
                key = name_key(name)
                if len(key.split()) < 2 or key in seen:
                    continue
                seen.add(key)
                out.append(Movement(name, article.provenance(s)))
    return out
