"""Honours proposed or conferred: the honour as written, how many, to whom, by whom.

Honours are recognised from ``honours_surface.yaml`` (orders and medals with
their class, titles such as "Chiến sĩ thi đua cấp tỉnh", "Bằng khen" and
"Cờ thi đua" with an optional grantor, "Kỷ niệm chương" with its quoted name,
and a bare "Cờ" when counted). Around each honour the sentence says:

* who receives it: counted groups before the verb ("03 tập thể và 01 cá nhân
  được ... tặng Bằng khen") or after "cho" ("tặng Cờ thi đua cho 2 đơn vị"),
  a count written before the honour ("tặng 1 Cờ và 2 Bằng khen cho tập thể"),
  counted just before its own proposal ("... và 15 tập thể đề nghị Chủ tịch UBND
  tỉnh tặng Bằng khen"), a named body or person ("tập thể Ban X đạt danh hiệu
  ...", "X là đơn vị của Cụm được tặng ..."), the people of a place ("cho Nhân dân
  và cán bộ huyện X", "cho Đảng bộ, chính quyền và Nhân dân huyện Y");
* whether it is proposed (đề nghị, trình, bình xét, suy tôn, xét tặng) or
  conferred (tặng, trao, nhận, công nhận, đạt);
* who grants it: "Bằng khen của Thủ tướng Chính phủ", "được Chủ tịch nước
  tặng ..." (``conferred_by``).

A clause that names no recipient takes the previous honour's ("..., được tặng
Bằng khen của ..."). An honour restated without count or recipient (a photo
caption: "trao Bằng khen cho các tập thể") is dropped when a counted or named
award of the same honour is in the article. The year is the one the sentence
or its paragraph opens with, else the year the article reports on.

>>> from thidua.loaders.article import build_article
>>> art = build_article("Năm 2023, Công an tỉnh Lào Cai được Bộ trưởng Bộ Công an tặng Cờ thi đua; "
...                     "Hội nghị đề nghị tặng Bằng khen cho 3 tập thể và 2 cá nhân.", "x")
>>> [(a.award, a.recipient, a.recipient_count, a.recipient_kind, a.status, a.conferred_by) for a in extract(art)]
... # doctest: +NORMALIZE_WHITESPACE
[('Cờ thi đua', 'Công an tỉnh Lào Cai', None, 'collective', 'conferred', 'Bộ trưởng Bộ Công an'),
 ('Bằng khen', None, 3, 'collective', 'proposed', None), ('Bằng khen', None, 2, 'individual', 'proposed', None)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..facts import Award
from ..gazetteer import honours as honour_words
from ..keys import name_key
from ..text import unify_tones
from .base import (CAP, COUNT, END, LOW, START, TEXT, UPPER, YEAR, Article, count_value, Sentence, cue_offsets,
                   cue_pattern, fewest_cues, finditer_from, first_letters, trie_pattern)
from .blocs import split_members
from .names import bloc_at, head_at, org_ending_at, scan_name, span_text
from .persons import _name_at, position_at

__all__ = ["extract", "honour_pattern"]


def _loose(phrase: str) -> str:
    """A regex for a phrase: any case for each word's first letter, sĩ/sỹ alike, flexible spaces."""
    out = []
    for word in unify_tones(phrase).split():
        w = re.escape(word)
        w = w.replace("sĩ", "s[ĩỹ]").replace("sỹ", "s[ĩỹ]")
        if word[0].isalpha():
            w = f"[{word[0].lower()}{word[0].upper()}]{w[1:]}"
        out.append(w)
    return r"\s+".join(out)


@lru_cache(maxsize=1)
def honour_pattern() -> re.Pattern[str]:
    """One regex for every honour form of the gazetteer (longest alternatives first)."""
    d = honour_words()
    classes = "|".join(re.escape(c) for c in sorted(d["classes"], key=len, reverse=True))
    parts = []
    for head, names in d["orders"].items():
        alts = "|".join(_loose(n) for n in sorted(names, key=len, reverse=True))
        parts.append(rf"{_loose(head)}\s+[“\"]?(?:{alts})[”\"]?(?:\s+[hH]ạng\s+(?:{classes})(?![^\W\d_]))?")
    for head in d["with_name"]:
        parts.append(rf"{_loose(head)}\s+(?:“[^”\"]{{3,120}}[”\"]|\"[^\"]{{3,120}}\"|Vì\s+[^,.;()]{{3,80}}?(?=\s+cho\s|[,.;()]|$))")
    titles = sorted(d["titles"], key=len, reverse=True)
    parts.append(rf"(?:[dD]anh hiệu\s+)?[“\"]?(?:{'|'.join(_loose(t) for t in titles)})[”\"]?")
    parts.append(rf"[dD]anh hiệu\s+(?:“{UPPER}[^”\"]{{3,80}}[”\"]|\"{UPPER}[^\"]{{3,80}}\")")
    for form in sorted(d["with_grantor"], key=len, reverse=True):
        parts.append(_loose(form))
    for form in d["counted_only"]:
        parts.append(rf"(?<=\d\s){re.escape(form)}(?!\s+thi\s+đua)")
    heads = [*d["orders"], *d["with_grantor"], *d["with_name"], *titles, *d["counted_only"], "danh", "“", '"']
    return re.compile(rf"(?<![^\W\d_]){first_letters(heads)}(?:{'|'.join(parts)})(?![^\W\d_])")


@lru_cache(maxsize=1)
def _kind_words() -> tuple[re.Pattern[str], dict[str, str]]:
    words = honour_words()["recipient_words"]
    kinds = {w: k for k, ws in words.items() for w in ws}
    alts = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    return re.compile(alts), kinds


@lru_cache(maxsize=1)
def _verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = honour_words()

    def words(key: str) -> re.Pattern[str]:
        # read in lower-cased text: a case-blind pattern gives the regex engine nothing to skip by
        return re.compile(rf"(?<![^\W\d_]){trie_pattern({w.lower() for w in d[key]})}(?![^\W\d_])")

    return words("proposed_verbs"), words("conferred_verbs")


@lru_cache(maxsize=1)
def _groups_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Counted recipients ("03 tập thể và 01 cá nhân"): counts in digits, opened by a digit look-ahead (the
    regex engine skips to digits), and counts in words ("sáu cá nhân"), tried only where such a word is."""
    kind, _ = _kind_words()
    k = kind.pattern
    tail = rf"\s+((?:{k})(?:\s+và\s+(?:{k}))?)(?![^\W\d_])"
    return (re.compile(rf"(?=\d)(?<![\d/.,])(\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}}){tail}"),     # "1.042": thousands
            re.compile(rf"({COUNT}){tail}"))


#: Number words a count written out starts with (lower case, a space before them); "năm" apart, it is
#: mostly "year" ("năm 2023").
_COUNT_WORDS = (" hai ", " ba ", " bốn ", " sáu ", " bảy ", " tám ", " chín ", " mười ")
_FIVE = re.compile(r" năm (?![\d(])")


def _groups(text: str, pos: int = 0) -> "list[re.Match[str]]":
    """The counted recipients written in a text from ``pos``, in order."""
    digits, words = _groups_patterns()
    found = list(digits.finditer(text, pos))
    low = f" {text.lower()}"
    if any(w in low for w in _COUNT_WORDS) or " năm " in low and _FIVE.search(low):
        found += [m for m in words.finditer(text, pos) if not m.group(1)[0].isdigit()]
        found.sort(key=lambda m: m.start())
    return found


def _group_at(text: str, pos: int) -> "re.Match[str] | None":
    """Counted recipients written right at ``pos`` ("02 đơn vị", "hai đơn vị")."""
    digits, words = _groups_patterns()
    return digits.match(text, pos) or words.match(text, pos)


@dataclass
class _Honour:
    start: int
    end: int
    award: str
    grantor: str | None
    family: str


def _family(award: str) -> str:
    """What a restatement shares with the full statement: "bằng khen", "huân chương lao động hạng nhì"."""
    key = name_key(_DANH_HIEU.sub("", award))
    return key.split(" cua ")[0]


def _grantor_after(text: str, toks, i: int) -> tuple[str | None, int]:
    """The grantor written after "của": a post with its body, or a body."""
    if i >= len(toks):
        return None, i
    pos = position_at(text, None, toks, i, len(toks))  # type: ignore[arg-type]
    if pos is not None:
        return pos.text, toks.index(next(t for t in toks if t[END] == pos.end)) + 1
    if head_at(toks, i):
        end = scan_name(toks, i)
        return span_text(text, toks, i, end), end
    return None, i


@lru_cache(maxsize=1)
def _cue_words() -> re.Pattern[str]:
    """Enough of the cues for a sentence to be worth reading (one that contains another goes), as one
    pattern searched in the lower-cased sentence."""
    return cue_pattern(fewest_cues(_cues()))


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    """First words of every honour form, lower-cased: a sentence without any has no honour, and every
    honour starts where one stands (or at the quote just before it)."""
    d = honour_words()
    heads = [*d["orders"], *d["with_grantor"], *d["with_name"]]
    cues = {" ".join(unify_tones(f).split()[:2]).lower() for f in heads} | {"danh hiệu"}
    cues |= {unify_tones(f).lower() for f in d["counted_only"]}
    for title in d["titles"]:
        low = unify_tones(title).lower()
        for variant in ("sĩ", "sỹ"):       # "Chiến sĩ" or "Chiến sỹ": look for what they share
            if variant in low:
                low = low[: low.index(variant) + 1]
        cues.add(low)
    return tuple(sorted(cues))


_GRANTED_FORMS = re.compile(r"Bằng khen|Giấy khen|Cờ thi đua|Cờ$", re.IGNORECASE)
_DANH_HIEU = re.compile(r"^[dD]anh hiệu\s+")
_OWN_GRANTOR = re.compile(r"\s+của\s+(.+)$")
_OF = re.compile(r"\s+của\s+")


def _unquote(award: str) -> str:
    """A title written in quotes loses them ("“Tập thể lao động xuất sắc”"); a quoted name inside stays."""
    if award[:1] in "“\"" and award[-1:] in "”\"":
        return award[1:-1].strip()
    return award


def _honour_matches(s: Sentence) -> "Iterator[re.Match[str]]":
    """The honour pattern's matches in a sentence, tried only where an honour's first words stand."""
    text, low = s.text, s.low
    if len(low) != len(text):
        return honour_pattern().finditer(text)
    starts = cue_offsets(low, _cues())
    quoted = [at - 1 for at in starts if at and text[at - 1] in "“\""]
    return finditer_from(honour_pattern(), text, sorted(set(starts + quoted)) if quoted else starts)


def _honours_in(s: Sentence) -> list[_Honour]:
    out = []
    text = s.text
    for m in _honour_matches(s):
        award = _unquote(_DANH_HIEU.sub("", m.group()))
        grantor, end = None, m.end()
        own = _OWN_GRANTOR.search(award)
        if own:
            grantor = own.group(1)         # "Cờ thi đua của Chính phủ"
        rest = text[m.end():]
        g = _OF.match(rest)
        if g and _GRANTED_FORMS.search(award):
            toks = s.tokens
            i = s.token_at(m.end() + g.end())
            grantor, j = _grantor_after(text, toks, i)
            if grantor:
                end = toks[j - 1][END]
                award = _unquote(_DANH_HIEU.sub("", text[m.start():end]))
        out.append(_Honour(m.start(), end, award, grantor, _family(award)))
    return out


@dataclass
class _Recipients:
    """Who receives: (count, kind, name) per group or named recipient."""

    groups: list[tuple[int | None, str, str | None]]


def _named_list(s: Sentence, text: str, i: int, limit: int | None = None) -> list[tuple[str, str]]:
    """Named recipients from token ``i`` (up to token ``limit``, where the next honour starts): "Sở Tư
    pháp và đồng chí Nguyễn Thị Hoa" -> body, person."""
    toks = s.tokens
    n = len(toks) if limit is None else min(limit, len(toks))
    out: list[tuple[str, str]] = []
    while i < n:
        i += _kind_before_name(toks, i, n)   # "cho tập thể Phòng PC08 và cá nhân đồng chí Lê Văn Minh"
        head = head_at(toks, i)
        if head:
            end = scan_name(toks, i, limit=n)
            if toks[i][LOW] in ("khối", "cụm") and bloc_at(toks, i) is not None:
                break
            out.append((span_text(text, toks, i, end), "collective") if end > i + head or _unique(toks, i, end)
                       else ("", "collective"))     # "cho Bệnh viện": the one named before, not a name
        else:
            j = i + 2 if toks[i][LOW] == "đồng" and i + 1 < len(toks) and toks[i + 1][LOW] == "chí" else \
                i + 1 if toks[i][LOW] in ("ông", "bà") else i
            end = _name_at(toks, j) if j < len(toks) else None
            if not end:
                break
            out.append((span_text(text, toks, j, end), "individual"))
        i = end
        if i + 1 < n and toks[i][LOW] in ("và", ",") and (head_at(toks, i + 1) or toks[i + 1][LOW] in
                                                                 ("đồng", "ông", "bà") or _name_at(toks, i + 1)
                                                                 or _kind_before_name(toks, i + 1, n)):
            i += 1
            continue
        break
    return out


#: Words that say what kind of recipient the name after them is ("tập thể Phòng X", "cá nhân đồng chí Y").
_KIND_BEFORE_NAME = frozenset({("tập", "thể"), ("cá", "nhân"), ("đơn", "vị")})


def _kind_before_name(toks, i: int, n: int) -> int:
    """2 when the kind of recipient is written before its name at ``i`` ("tập thể Ban X"), else 0."""
    if i + 2 < n and (toks[i][LOW], toks[i + 1][LOW]) in _KIND_BEFORE_NAME and (
            toks[i + 2][CAP] or toks[i + 2][LOW] in ("đồng", "ông", "bà")):
        return 2
    return 0


def _kind_of(words: str) -> str:
    _, kinds = _kind_words()
    if " và " in words:
        found = {kinds.get(w.strip()) for w in words.split(" và ")}
        return found.pop() if len(found) == 1 else "unknown"
    return kinds.get(words, "unknown")


_GROUP_GAP = re.compile(r"(?:\s*\([^()]{1,80}\))?(?:\s+(?:thuộc|của|tại|ở)\s+[^;,\d]{1,80})?\s*[;,]?\s*(?:và\s+)?")
_TO = re.compile(r"\s*(?:cho|tới|đến)\s*:?\s+")
#: The year an honour is for, between the honour and its recipients ("tặng Cờ thi đua năm 2024 cho ...").
_FOR_YEAR = re.compile(rf"\s*,?\s*(?:của\s+)?(?:năm|trong năm)\s+{YEAR}(?=\s*,?\s*(?:cho|tới|đến)\s)")
#: A head written once for several places ("UBND các tỉnh A, B và C").
_PLURAL_PLACES = re.compile(r"\s(?:các|\d{1,2})\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s")
_AND_GIVE = re.compile(r"(?:,|và)\s*(?:trao\s+)?tặng\s*$")
_GIVE_END = re.compile(r"\s+(?:(?:đã|vừa|quyết định|đồng ý)\s+)*(?:trao\s+|khen thưởng\s+)?tặng\s*$")


def _active_grantor(s: Sentence, text: str, start: int, end: int) -> str | None:
    """A grantor that is the subject of "tặng": "Thủ tướng Chính phủ tặng Bằng khen cho ...".

    Only a post or a body counts; a named person handing an honour over is not its grantor.
    """
    m = _GIVE_END.search(text, max(start, end - 80), end)      # ends where the honour starts: look near it
    if m is None:
        return None
    toks = s.tokens
    verb = s.token_at(m.start())
    for first in range(s.token_at(start), verb):      # "Trong đó, Thủ tướng Chính phủ tặng ..."
        if not toks[first][CAP]:
            continue
        pos = position_at(text, s, toks, first, verb)
        if pos is not None and s.token_at(pos.end) == verb and pos.kind == "post":
            return pos.text
        if head_at(toks, first) and scan_name(toks, first, limit=verb) == verb:
            return span_text(text, toks, first, verb)
    return None


#: Adverbs between a subject and its verb.
_ADVERBS = frozenset({"đã", "còn", "cũng", "đều", "vừa", "lại", "cùng"})


def _bodies_ending_at(text: str, toks, start: int, end: int) -> list[str]:
    """The body at tokens start..end and those listed before it: "Sở A và Sở B", "Sở A, Sở B và Sở C"."""
    out = [span_text(text, toks, start, end)]
    while start > 1 and toks[start - 1][LOW] in ("và", ","):
        k = org_ending_at(toks, start - 1, max(0, start - 26))
        if k is None or bloc_at(toks, k) is not None:
            break
        out.insert(0, span_text(text, toks, k, start - 1))
        start = k
    return out


def _posts_to(s: Sentence, text: str, toks, j: int, v: int) -> bool:
    """Whether a run of posts ("Trưởng phòng PC08, Cụm trưởng ...") covers tokens j..v exactly."""
    while j < v:
        pos = position_at(text, s, toks, j, v)
        if pos is None:
            return False
        j = s.token_at(pos.end)
        if j < v and toks[j][TEXT] == ",":
            j += 1
    return j == v


#: Heads that name one body on their own; any other head alone ("Bệnh viện", "Sở", "Trường") refers to a
#: body named before, as "the hospital" does.
_UNIQUE = frozenset({"chính phủ", "quốc hội", "nhà nước"})


def _unique(toks, start: int, end: int) -> bool:
    return " ".join(t[LOW] for t in toks[start:end]) in _UNIQUE


#: "... là đơn vị (duy nhất) của Cụm", "là tập thể trong Khối": what the subject is, between it and its verb.
_IS_UNIT = re.compile(r"\s+là\s+(?:một\s+)?(?:đơn vị|cơ quan|tập thể|địa phương)(?:\s+duy nhất)?"
                      r"(?:\s+(?:của|trong|thuộc)\s+(?:Khối|Cụm|khối|cụm)(?:\s+thi đua)?)?(?:\s+duy nhất)?$")
_HONORIFIC_END = re.compile(rf"(?:đồng chí|ông|bà)\s+{UPPER}\w*(?:\s+{UPPER}\w*)?\s*$")
#: (not the "nhận" of "ghi nhận", "nhận thấy", "nhận định": to acknowledge, to find)
_SUBJECT_VERB = re.compile(r"(?=[đnv])(?<![^\W\d_])(?:được|đạt|(?<![Gg]hi )nhận(?!\s+(?:thấy|định|xét|rõ|thức))|đón nhận"
                           r"|vinh dự)(?![^\W\d_])")


def _subject(s: Sentence, text: str, left: str, left_start: int) -> _Recipients | None:
    """Who the clause before the honour says receives it."""
    verbs = list(_SUBJECT_VERB.finditer(left))
    if not verbs:
        return None
    verb = verbs[0]
    head = left[:verb.start()]
    people = _PEOPLE.search(head, max(0, len(head) - 120))
    if people is not None and not head[people.end():].strip(" ,"):
        # "Nhân dân và cán bộ huyện X vinh dự được ...": the people of a place
        return _Recipients([(None, "collective", people.group().rstrip(" ,"))])
    groups = _groups(head)
    if groups:
        last = groups[-1]
        # "03 tập thể và 01 cá nhân": read the whole run of groups
        run_start = last.start()
        found = [last]
        for g in reversed(groups[:-1]):
            if re.fullmatch(r"\s*(?:,|và)\s*", head[g.end():run_start]):
                found.insert(0, g)
                run_start = g.start()
        between = head[found[-1].end():]
        # "5 tập thể và 10 cá nhân thuộc Khối thi đua X được ...": a qualifier may sit in between
        if not between.strip(" ,") or (len(between) <= 80 and not re.search(r"[\d;]", between)):
            return _Recipients([(count_value(g.group(1)), _kind_of(g.group(2)), None) for g in found])
    toks = s.tokens
    v = s.token_at(left_start + verb.start())
    while v > 0 and toks[v - 1][LOW] in _ADVERBS:
        v -= 1          # "VKSND tỉnh X còn vinh dự được ...", "Sở Y tế đã được ..."
    if v > 2 and " là " in head:
        unit = _IS_UNIT.search(text, max(0, toks[v - 1][END] - 60), toks[v - 1][END])
        if unit is not None:
            v = s.token_at(unit.start() + 1)    # "Công an tỉnh X là đơn vị của Cụm được tặng ...": X
    if v > 2 and toks[v - 1][TEXT] == ")":
        # "Sở Giáo dục và Đào tạo (Khối phó) được suy tôn ...": a note between the body and its verb
        opened = next((k for k in range(v - 2, max(0, v - 12), -1) if toks[k][TEXT] == "("), None)
        if opened is not None:
            v = opened
    # a named body or person right before the verb
    for k in range(max(0, v - 25), v):
        if head_at(toks, k) and scan_name(toks, k, limit=v) == v:
            if toks[k][LOW] in ("khối", "cụm") and k + 1 < len(toks) and toks[k + 1][LOW] == "thi":
                break       # a bloc's name qualifies the recipients, it does not receive
            before = text[max(0, toks[k][START] - 20):toks[k][START]].lower()
            if re.search(r"(?:đồng chí|ông|bà|trưởng|phó|giám đốc|chủ tịch|bí thư)\s*$", before):
                return _Recipients([(None, "individual", None)])    # "đồng chí Trưởng Ban": a person by post
            if v - k < 2:
                continue
            if v - k == head_at(toks, k) and not _unique(toks, k, v):
                return _Recipients([(None, "collective", None)])    # "Bệnh viện được ...": named before
            return _Recipients([(None, "collective", name) for name in _bodies_ending_at(text, toks, k, v)])
        end = _name_at(toks, k)
        if end == v or end is not None and end < v and toks[end][TEXT] == "," and _posts_to(s, text, toks, end + 1, v):
            # "Đồng chí Lê Văn Minh(, Trưởng phòng PC08) được tặng ...": the person, whatever their posts
            return _Recipients([(None, "individual", span_text(text, toks, k, end))])
    tail = head.strip().split()[-3:]
    kind_re, kinds = _kind_words()
    for n in (2, 1):
        if len(tail) >= n:
            words = " ".join(tail[-n:]).lower()
            if words in kinds:
                return _Recipients([(None, kinds[words], None)])
    if _HONORIFIC_END.search(head):
        return _Recipients([(None, "individual", None)])
    return None


#: The decision an honour was granted by, cited between the honour and its recipients
#: ("tặng Bằng khen theo Quyết định số 215/QĐ-TTg ngày 20/02/2023 cho 5 tập thể").
_DECISION = re.compile(r"\s*,?\s*\(?(?:theo|tại)\s+(?:Quyết định|Nghị quyết|Công văn|Tờ trình|Thông báo)"
                       r"(?![^\W\d_])[^;]{0,80}?\)?(?=\s*,?\s*(?:cho|tới|đến)\s)")


def _object(s: Sentence, text: str, right: str, right_start: int) -> _Recipients | None:
    """Who "cho ..." after the honour names."""
    cited = _DECISION.match(right) or _FOR_YEAR.match(right)
    m = _TO.match(right, cited.end() if cited else 0)
    if not m:
        return None
    rest = right[m.end():]
    groups = []
    pos = 0
    for g in _groups(rest):
        gap = rest[pos:g.start()]
        # "cho 14 cá nhân thuộc Bộ A; 79 tập thể và 86 cá nhân thuộc Bộ B": qualifiers between groups
        if groups and not _GROUP_GAP.fullmatch(gap):
            break
        if not groups and gap.strip(" ,"):
            break
        groups.append((count_value(g.group(1)), _kind_of(g.group(2)), None))
        pos, unit = g.end(), g.group(2)
    if len(groups) == 1 and groups[0][0] and (colon := re.match(r"\s*:\s*|\s+là\s+", rest[pos:])):
        # "cho 04 tỉnh: A, B, C và D", "cho 02 đơn vị là A và B": the count, then the recipients it counts, named
        named = split_members(rest[pos + colon.end():], unit)
        if len(named) == groups[0][0]:
            return _Recipients([(None, groups[0][1], name) for name in named])
    if groups:
        return _Recipients(groups)
    people = _PEOPLE.match(rest) if rest[:1] in "NnCcĐQq" else None
    if people is not None:
        return _Recipients([(None, "collective", people.group().rstrip(" ,"))])
    named = _named_list(s, text, s.token_at(right_start + m.end()), s.token_at(right_start + len(right)))
    if named:
        last_name = named[-1][0]
        last_end = rest.rfind(last_name) + len(last_name) if last_name and last_name in rest else -1
        if last_end >= 0 and _PLURAL_PLACES.search(last_name):
            # "cho UBND các tỉnh Quảng Nam, Phú Yên và Bình Thuận": one head written for each place
            at = last_end - len(last_name)
            places = split_members(rest[at:])
            if len(places) > 1:
                named = named[:-1] + [(place, "collective") for place in places]
                last_end = _written_end(rest, at, places[-1])
        out = [(None, kind, name or None) for name, kind in named]
        if last_end >= 0:       # "cho Phòng PC08, Phòng PA09 và 05 cá nhân": the named, then a count
            g = _and_group().match(rest, last_end)
            if g is not None:
                out.append((count_value(g.group(1)), _kind_of(g.group(2)), None))
        return _Recipients(out)
    kind = re.match(r"(?:các\s+|những\s+)?(\w+(?:\s+\w+)?)", rest)
    if kind:
        _, kinds = _kind_words()
        for words in (kind.group(1), kind.group(1).split()[0]):
            if words.lower() in kinds:
                return _Recipients([(None, kinds[words.lower()], None)])
    return None


def _written_end(text: str, start: int, item: str) -> int:
    """Where an item of a list written with a shared head ends in ``text`` (after ``start``): the end of
    the longest tail of its words written there ("Công an tỉnh Tiền Giang" -> after "Tiền Giang")."""
    words = item.split()
    for k in range(len(words), 0, -1):
        tail = " ".join(words[-k:])
        at = text.rfind(tail, start)
        if at >= 0:
            return at + len(tail)
    return -1


#: The people of a place as a recipient: "Nhân dân và cán bộ huyện X", "cán bộ, chiến sĩ và Nhân dân tỉnh X",
#: "Nhân dân và cán bộ, chiến sĩ lực lượng vũ trang xã Y", "Đảng bộ, chính quyền và Nhân dân huyện Z".
_PEOPLE = re.compile(r"(?:[Nn]hân dân|[Cc]án bộ|Đảng bộ|[Qq]uân và dân)(?:\s*,?\s*(?:và\s+)?(?:[Nn]hân dân|cán bộ|chiến sĩ|"
                     r"công nhân viên chức|đảng viên|lực lượng vũ trang|các dân tộc|chính quyền|quân và dân))*"
                     r"\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|"
                     rf"thị trấn)\s+{UPPER}[^\W\d_]*(?:\s+{UPPER}[^\W\d_]*)*")


@lru_cache(maxsize=1)
def _and_group() -> re.Pattern[str]:
    """Counted recipients after named ones: ", và 05 cá nhân"."""
    return re.compile(r"\s*(?:,|và)\s*" + _groups_patterns()[1].pattern)


_CHOSEN = re.compile(r"(?=[sbl])(?<![^\W\d_])(?:suy tôn|bình chọn|bầu chọn|lựa chọn)\s+")


def _chosen(s: Sentence, text: str, start: int, end: int) -> list[tuple[int | None, str, str | None]]:
    """The bodies a meeting singled out before proposing them: "suy tôn Công an tỉnh X dẫn đầu ...",
    or how many: "suy tôn 02 đơn vị dẫn đầu, đề nghị ... tặng Cờ thi đua"."""
    for m in _CHOSEN.finditer(text, start, end):
        g = _group_at(text, m.end())
        if g is not None:
            return [(count_value(g.group(1)), _kind_of(g.group(2)), None)]
        named = _named_list(s, text, s.token_at(m.end()))
        if named:
            return [(None, kind, name or None) for name, kind in named]
    return []


#: Counted recipients, then the proposal: "18 tập thể (có thành tích xuất sắc) (được) đề nghị ... tặng".
_PROPOSED_FOR = re.compile(r"\s*(?:[^\W\d_]+\s+){0,6}?(?:được\s+)?(?:đề nghị|trình)\s")


def _proposed_for(left: str) -> "_Recipients | None":
    """The recipients counted just before the proposal an honour's clause makes."""
    groups = _groups(left)
    if not groups:
        return None
    last = groups[-1]
    if _PROPOSED_FOR.match(left, last.end()) is None:
        return None
    return _Recipients([(count_value(last.group(1)), _kind_of(last.group(2)), None)])


_A_YEAR = re.compile(rf"(?<![^\W\d_])năm\s+{YEAR}")
_COUNT_BEFORE = re.compile(r"(?<![\d/.,])(\d{1,4})\s+$")
_AGENT = re.compile(rf"được\s+(?P<agent>(?:các\s+[^\W\d_]|{UPPER})(?:(?!tặng|được)[^;]){{1,80}}?)\s+(?:khen thưởng\s+)?(?:trao\s+)?tặng\s*$")
_PROPOSAL_TARGET = re.compile(rf"(?:trình|đề nghị)\s+(?P<target>{UPPER}[^;,]{{1,60}}?)\s+(?:xem xét\s+)?(?:xét\s+)?tặng\s*$")
_OPENING_YEAR = re.compile(rf"^(?:Trong\s+)?[Nn]ăm\s+({YEAR})\s*,")
_YEAR_NEAR = re.compile(rf"(?:năm|trong năm)\s+({YEAR})(?!\s*[-–])")


def _status(clause: str) -> str | None:
    proposed, conferred = _verbs()
    low = clause.lower()
    last_p = None
    for m in proposed.finditer(low):
        last_p = m
    if last_p is not None:
        after = low[last_p.end():]
        if not re.search(r"(?<![^\W\d_])được(?![^\W\d_])", after):
            return "proposed"
    if conferred.search(low):
        return "conferred"
    return None


#: A period or a school year an honour is for ("năm học 2022 - 2023", "giai đoạn 2019 - 2023", "từ năm 2019 đến năm
#: 2023"): no one year.
_PERIOD = re.compile(rf"(?:năm học|giai đoạn|nhiệm kỳ|từ năm)\s+{YEAR}\s*(?:[-–]|đến(?:\s+năm)?)\s*{YEAR}")
_CLAUSE_YEAR = re.compile(rf"\s*(?:[Tt]rong\s+)?[Nn]ăm\s+({YEAR})\s*,")


def _year(article: Article, s: Sentence, clause: str) -> tuple[int | None, str | None]:
    m = _CLAUSE_YEAR.match(clause) or _OPENING_YEAR.match(s.text)     # "...; năm 2022, được tặng ...": its own
    if m:
        return int(m.group(1)), "stated"
    m = _YEAR_NEAR.search(clause)
    if m:
        return int(m.group(1)), "stated"
    for other in article.earlier_in_paragraph(s):
        m = _OPENING_YEAR.match(other.text)
        if m:
            return int(m.group(1)), "context"
    if article.review_year:
        return article.review_year, "context"
    return None, None


#: A clause that goes on with the verb alone: the subject and its status are the clause's before.
_GIVE_ON = re.compile(r"\s*(?:và\s+)?(?:trao\s+)?tặng\s")
_MORE_GROUPS = re.compile(r";\s*\d{1,4}\s+\w")


def _object_end(text: str, start: int, low: str) -> int:
    """Where an honour's "cho ..." ends: the next ";" unless only more counted groups follow it."""
    pos = start
    while True:
        semi = text.find(";", pos)
        if semi < 0:
            return len(text)
        following = text.find(";", semi + 1)
        clause_end = following if following >= 0 else len(text)
        if not _MORE_GROUPS.match(text, semi) or _verbs()[1].search(low, semi, clause_end):
            return semi
        pos = semi + 1


def _in_sentence(article: Article, s: Sentence) -> list[Award]:
    text = s.text
    found = _honours_in(s)
    out: list[Award] = []
    prev_recipients: _Recipients | None = None
    prev_status: str | None = None
    prev_grantor: str | None = None
    prev_end = 0
    for n, h in enumerate(found):
        clause_start = max(text.rfind(";", 0, h.start) + 1, h.start - 400, 0)
        left_start = max(prev_end, clause_start)
        left = text[left_start:h.start]
        next_start = found[n + 1].start if n + 1 < len(found) else len(text)
        right_end = min(next_start, _object_end(text, h.end, s.low if len(s.low) == len(text) else text.lower()))
        right = text[h.end:right_end]
        clause = text[clause_start:h.start]
        status = _status(clause) or _status(left + " " + right[:20]) or prev_status
        if status == "conferred" and prev_status == "proposed" and _GIVE_ON.match(clause):
            status = "proposed"     # "đề nghị UBND tỉnh tặng Cờ thi đua cho X; tặng Bằng khen cho Y": still proposed
        if status is None:
            prev_end = h.end
            continue
        count_before = _COUNT_BEFORE.search(left, max(0, len(left) - 8))
        colon = left.rfind(": ")      # "Nhiều tập thể được khen thưởng: 02 tập thể được tặng ...": its own subject
        recipients = _object(s, text, right, h.end) or (
            _subject(s, text, left[colon + 2:], left_start + colon + 2) if colon >= 0
            else _subject(s, text, left, left_start))
        if count_before:
            kind = recipients.groups[0][1] if recipients and recipients.groups[0][1] != "unknown" else None
            if kind is None:
                ahead = re.search(r"\scho\s+(?:các\s+)?(\w+(?:\s+\w+)?)", text[h.end:text.find(";", h.end) if ";" in text[h.end:] else len(text)])
                _, kinds = _kind_words()
                if ahead:
                    words = ahead.group(1).lower()
                    kind = kinds.get(words) or kinds.get(words.split()[0])
            recipients = _Recipients([(int(count_before.group(1)), kind or "unknown",
                                       recipients.groups[0][2] if recipients else None)])
        if recipients is None and prev_recipients is not None and "," in text[prev_end:h.start] \
                and not re.search(r"\d", _A_YEAR.sub("", left)):     # "...; năm 2022, được tặng ...": the same
            recipients = prev_recipients
        if recipients is None and status == "proposed":
            recipients = _proposed_for(left)    # "... và 18 tập thể đề nghị Chủ tịch UBND tỉnh tặng Bằng khen"
        if recipients is None:
            chosen = _chosen(s, text, clause_start, h.start) if status == "proposed" else []
            recipients = _Recipients(chosen or [(None, "unknown", None)])
        agent = _AGENT.search(left)
        target = _PROPOSAL_TARGET.search(left)
        conferred_by = h.grantor or (agent.group("agent") if agent and status == "conferred" else None) \
            or (target.group("target") if target and status == "proposed" else None)
        if conferred_by is None and _status(left) is None and _AND_GIVE.search(left):
            conferred_by = prev_grantor     # "trình Chính phủ tặng Cờ ... và tặng Bằng khen ..."
        if conferred_by is None and status == "conferred":
            conferred_by = _active_grantor(s, text, clause_start, h.start)
        year, basis = (None, None) if _PERIOD.search(right) else _year(article, s, left + right)
        prov = article.provenance(s)
        for count, kind, named in recipients.groups:
            if s.cut and (s.reaches_cut(h.end) or named and s.reaches_cut(text.rfind(named) + len(named))):
                continue        # the honour or its recipient runs to where the text was cut off
            out.append(Award(award=h.award, status=status, recipient=named, recipient_count=count,
                             recipient_kind=kind, year=year, year_basis=basis, conferred_by=conferred_by,
                             provenance=prov))
        prev_recipients, prev_status, prev_end = recipients, status, h.end
        prev_grantor = None if h.grantor else conferred_by
    return out


def extract(article: Article) -> list[Award]:
    """Every honour the article says was proposed or conferred, restatements removed."""
    awards: list[Award] = []
    words = _cue_words()
    for s in article.sentences:
        if not s.shouting and words.search(s.low):
            awards.extend(_in_sentence(article, s))
    # the same award stated twice (body and caption)
    unique: list[Award] = []
    seen = set()
    for a in awards:
        key = (name_key(a.award), a.recipient_count, a.recipient_kind, a.status, name_key(a.recipient or ""))
        if key in seen:
            continue
        seen.add(key)
        unique.append(a)
    families = {(_family(a.award), a.status) for a in unique if a.recipient_count or a.recipient}
    return [a for a in unique
            if a.recipient_count or a.recipient or (_family(a.award), a.status) not in families]
