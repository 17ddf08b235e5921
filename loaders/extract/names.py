"""Where the name of a body or a bloc begins and ends, over a sentence's tokens.

Vietnamese names of bodies capitalise the first syllable of each word ("Ban
Tổ chức Trung ương", "Hội Liên hiệp phụ nữ tỉnh"), so a name runs over
capitalised words, over the compounds they open ("Tổ chức", "Dân vận") and
over a closed list of lower-case name words ("nhân dân", "tối cao", "tỉnh",
"cán bộ"); a verb or a function word ends it ("... Đảng Trung ương tổng kết").
Commas and "và" continue a name only while it is still open ("Bộ Văn hóa,
Thể thao và Du lịch"); after a closing word ("Trung ương", "tỉnh Phú Thọ") they
start the next item of a list. Bloc names ("Khối thi đua các bộ, ngành Nội
chính Trung ương") follow the same grammar, and may also list bodies inside
("Khối thi đua các cơ quan Đảng, Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh"),
and keep the body their members belong to ("... trực thuộc Bộ Tư pháp").

Some names run over words the grammar reads as verbs or function words: the
standard units of ``long_names`` ("Phòng Cảnh sát điều tra tội phạm về ma túy"),
a name closed by the code it defines ("... về buôn bán người (PC12)"), and a
name the gazetteer knows with a function word inside ("Ủy ban Quản lý vốn nhà
nước tại doanh nghiệp"). An inline definition is an acronym, a unit's code
("(PC02)") or a brand ("(Agribank)"); a brand or an acronym before "chi nhánh"
names a branch ("BIDV chi nhánh Thái Bình").

All word lists come from the gazetteer (``name_words.yaml``, ``provinces.yaml``).

>>> toks = tokenize("bầu Ban Tổ chức Trung ương làm Khối phó")
>>> toks[scan_name(toks, 1) - 1][TEXT]
'ương'
>>> toks = tokenize("Khối thi đua các bộ, ngành Nội chính Trung ương triển khai công tác")
>>> bloc = bloc_at(toks, 0)
>>> " ".join(t[TEXT] for t in toks[:bloc.end])
'Khối thi đua các bộ , ngành Nội chính Trung ương'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..gazetteer import central_bodies, lookup_body, name_words, positions, provinces, roles
from ..text import _is_syllable, unify_tones
from .base import CAP, END, LOW, START, TEXT, WORD, Token, tokenize

__all__ = ["Phrases", "lexicon", "scan_name", "head_at", "org_ending_at", "bloc_at", "BlocSpan", "span_text",
           "drop_definitions", "abbreviation_end", "is_code"]


#: A trie node's key that marks the end of a phrase (no token is empty).
_PHRASE_END = ""
#: The node of a word that is a whole phrase and opens no longer one (shared, compared by identity).
_ONE_WORD: dict[str, dict] = {_PHRASE_END: {}}


class Phrases:
    """Lower-cased phrases, matched longest first at a token position (tone marks count).

    ``by_first`` maps each phrase's first word to a trie of the words that may follow it, so that the
    longest phrase is found by reading the tokens once, however many phrases share their start.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_first: dict[str, dict[str, dict]] = {}
        for phrase in phrases:
            words = tuple(t[LOW] for t in tokenize(unify_tones(phrase)))
            if words:
                node = self.by_first.setdefault(words[0], {})
                for word in words[1:]:
                    node = node.setdefault(word, {})
                node[_PHRASE_END] = {}
        for first, node in self.by_first.items():
            if node == _ONE_WORD:
                self.by_first[first] = _ONE_WORD     # most words open one phrase: themselves

    def match(self, toks: Sequence[Token], i: int, limit: int | None = None) -> int:
        """How many tokens from ``i`` the longest phrase covers (0 when none starts there)."""
        if i >= len(toks):
            return 0
        node = self.by_first.get(toks[i][LOW])
        if node is None:
            return 0
        if node is _ONE_WORD:
            return 1
        n = len(toks) if limit is None or limit > len(toks) else limit
        longest = 1 if _PHRASE_END in node else 0
        k = i + 1
        while k < n:
            node = node.get(toks[k][LOW])
            if node is None:
                break
            k += 1
            if _PHRASE_END in node:
                longest = k - i
        return longest


@dataclass(frozen=True)
class Lexicon:
    heads: Phrases
    free: Phrases
    inner: Phrases
    cap_compounds: Phrases
    closers: Phrases
    provinces: Phrases
    titles: Phrases
    stop: frozenset[str]
    known_tails: Phrases = Phrases(())
    long_names: Phrases = Phrases(())
    unit_stops: frozenset[str] = frozenset({"ủy", "đoàn", "ủy ban", "hội"})


_LEXICON: "Lexicon | None" = None


def lexicon() -> Lexicon:
    """The phrase tables, built once from the gazetteer."""
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = _build_lexicon()
    return _LEXICON


def _build_lexicon() -> Lexicon:
    nw = name_words()
    names = [n for p in provinces() for n in p.names]
    pw = positions()
    title_words = [*pw.titles, *pw.ranks, *roles()]
    stop = frozenset(unify_tones(w) for w in nw.stop)
    return Lexicon(heads=Phrases(nw.heads), free=Phrases(nw.free), inner=Phrases(nw.inner),
                   cap_compounds=Phrases(nw.cap_compounds), closers=Phrases(nw.closers),
                   provinces=Phrases(names), titles=Phrases(title_words),
                   stop=stop, known_tails=Phrases(_known_tails()), long_names=Phrases(nw.long_names))


#: Function words a known body's name may have inside ("... tại doanh nghiệp"): elsewhere they end a name.
_LINKING = frozenset({"tại", "của", "về", "cho", "trong", "thuộc", "với", "ở"})


def _known_tails() -> set[str]:
    """The ends of the names the gazetteer knows from a word that would end a name on its own ("tại
    doanh nghiệp" of "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")."""
    out = set()
    for body in central_bodies():
        for name in body.names:
            words = unify_tones(name).split()
            at = next((k for k in range(2, len(words)) if words[k] in _LINKING), None)
            if at is not None:
                out.add(" ".join(words[at:]))
    return out


#: "Sở Xây dựng - đơn vị Khối trưởng", "... – cơ quan thường trực": after a dash, what the body is, not its name.
_APPOSED = frozenset({"đơn", "cơ"})
_NUMBER_AFTER = frozenset({"số", "khu", "đoàn", "vùng", "đội", "khóa"})
_PROVINCE_UNITS = frozenset({"tỉnh", "phố", "tp"})
_AND, _SO, _NAM, _CAC = "và", "số", "năm", "các"
_LIST_WORDS = frozenset({_AND, _CAC})
_KHOI, _CUM, _THI, _DUA, _NGANH = "khối", "cụm", "thi", "đua", "ngành"
_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})(?<=.)")      # I .. XXIX, a bloc's number


#: Administrative units written before a place's name: (first word, second word or None).
_UNIT_WORDS = {"tỉnh": None, "thành": "phố", "tp": None, "thị": ("xã", "trấn"), "huyện": None, "quận": None,
               "xã": None, "phường": None, "đặc": "khu"}


def head_at(toks: Sequence[Token], i: int) -> int:
    """Length of the head word ("Ban", "Nhà xuất bản", "Ủy ban") a name starts with at ``i``, else 0.

    A place named with its unit ("tỉnh Hà Tĩnh", "thành phố Sầm Sơn", "thị xã Bỉm Sơn", "huyện
    Đông Sơn") is a body too: the members of a cluster of provinces or districts. Its head is
    the unit word; after "tỉnh" the name must be a province's.
    """
    if i >= len(toks):
        return 0
    t = toks[i]
    low = t[LOW]
    if low not in _UNIT_WORDS:
        # the common case, kept lean: a capitalised word that opens one of the heads
        if not t[CAP]:
            return 0
        if low not in (_LEXICON or lexicon()).heads.by_first:
            return 1 if i + 2 < len(toks) and toks[i + 1][LOW] == "chi" and _branch(toks, i) else 0
        return _LEXICON.heads.match(toks, i)
    if t[LOW] in _UNIT_WORDS:
        second = _UNIT_WORDS[t[LOW]]
        j = i + 1
        if second is not None:
            if not (j < len(toks) and toks[j][LOW] in (second if isinstance(second, tuple) else (second,))):
                return 0 if not t[CAP] else lexicon().heads.match(toks, i)
            j += 1
        if j < len(toks) and toks[j][TEXT] == ".":
            j += 1
        if j < len(toks) and toks[j][CAP] and toks[j][LOW] not in lexicon().unit_stops:
            if t[LOW] != "tỉnh" or lexicon().provinces.match(toks, j):
                return j - i
        return 0 if not t[CAP] else lexicon().heads.match(toks, i)
    if not t[CAP]:
        return 0
    return lexicon().heads.match(toks, i)


def _place_end(toks: Sequence[Token], i: int, n: int) -> int:
    """End of a place written with its unit at ``i`` ("tỉnh Hà Tĩnh", "thị xã Bỉm Sơn"), else 0."""
    k = head_at(toks, i)
    if not k or not (toks[i][LOW] in _UNIT_WORDS):
        return 0
    j = i + k
    province = lexicon().provinces.match(toks, j, n)
    if province:
        return j + province
    while j < n and (toks[j][CAP] or toks[j][TEXT] in "-–" and j + 1 < n and toks[j + 1][CAP]):
        j += 1
    return j


def _known_across(toks: Sequence[Token], i: int, j: int, n: int) -> int:
    """The end of a body the gazetteer knows whose name runs from ``i`` over the "và" at ``j``, else 0."""
    after = scan_name(toks, j + 1, limit=min(n, j + 1 + _LONGEST_NAME), join=False)
    if after > j + 1 and lookup_body(" ".join(t[TEXT] for t in toks[i:after])):
        return after
    return 0


def scan_name(toks: Sequence[Token], i: int, limit: int | None = None, bloc: bool = False,
              join: bool = True) -> int:
    """The end (exclusive token index) of the name that starts at token ``i``.

    ``bloc`` lets a comma or "và" go on to another body's name while the name
    is open (bloc names list the kinds of body they gather). ``join`` lets a
    "và" before another body go on when the gazetteer knows the whole as one.
    """
    lex = lexicon()
    # the first words of each table, to skip the calls that cannot match (most words open none)
    free, free_first = lex.free, lex.free.by_first
    cap_compounds, cap_first = lex.cap_compounds, lex.cap_compounds.by_first
    inner, inner_first = lex.inner, lex.inner.by_first
    heads_first, closers_first, long_first = lex.heads.by_first, lex.closers.by_first, lex.long_names.by_first
    n = len(toks) if limit is None else min(limit, len(toks))
    j = end = i
    closed = False
    specific = -1           # where the specific part of the name starts (after its head and legal form)
    if i < n and toks[i][LOW] in long_first:
        k = lex.long_names.match(toks, i, n)
        if k > 1:
            j = end = i + k     # "Phòng Cảnh sát điều tra tội phạm về ma túy": a standard unit's long name
    while j < n:
        t = toks[j]
        low = t[LOW]
        if t[TEXT] == "(" and j == end and j > i:
            k = abbreviation_end(toks, j, n)
            if k and k < n and _continues_after_abbreviation(toks, k, n):
                j = k       # "Viện kiểm sát nhân dân (VKSND) tỉnh Sơn La": a definition inside the name
                continue
            break
        if t[WORD]:
            if j > i and low in ("khối", "cụm") and j + 2 < n and toks[j + 1][LOW] == "thi" \
                    and toks[j + 2][LOW] == "đua":
                break       # "Khối thi đua X và Khối thi đua Y": the next bloc
            if j == i and low in _UNIT_WORDS:
                place = _place_end(toks, j, n)
                if place:
                    return place    # "thị xã Bỉm Sơn", "TP. Hồ Chí Minh": a place ends its own name
            k = head_at(toks, j) if low in _UNIT_WORDS or t[CAP] and low in heads_first else 0
            if k and not (j > i and toks[j - 1][TEXT] == "," and not bloc):
                j += k
                end = specific = j
                closed = False
                continue
            k = free.match(toks, j, n) if low in free_first else 0
            if k:
                first = t[CAP] and _opens_specific(toks, i, j, specific)
                j += k
                end = j
                closed = toks[j - k][LOW] in closers_first and bool(lex.closers.match(toks, j - k, j))
                run = _lower_run(toks, j, n) if first and not closed else 0
                if run:
                    j = end = specific = run        # "Y tế dự phòng tỉnh", "Cấp thoát nước Quảng Ngãi"
                continue
            k = cap_compounds.match(toks, j, n) if t[CAP] and low in cap_first else 0
            if k:
                first = _opens_specific(toks, i, j, specific)
                j += k
                end = j
                closed = False
                run = _lower_run(toks, j, n) if first else 0
                if run:
                    j = end = specific = run        # "Quản lý dự án Đầu tư xây dựng tỉnh"
                continue
            k = inner.match(toks, j, n) if low in inner_first else 0
            if k:
                if low == _AND and (closed and not bloc or j + 1 >= n):
                    break
                if low == _AND and (not bloc and head_at(toks, j + 1) or lex.titles.match(toks, j + 1, n)):
                    joined = _known_across(toks, i, j, n) if join and not bloc else 0
                    if joined:
                        j = end = joined    # "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one body, named with "và"
                        continue
                    break
                if t[CAP]:
                    end = j + k
                j += k
                continue
            if t[CAP]:
                k = lex.closers.match(toks, j, n) if low in closers_first else 0
                if k:
                    j += k
                    end = j
                    closed = True
                    continue
                if j > i and toks[j - 1][LOW] in _PROVINCE_UNITS:
                    k = lex.provinces.match(toks, j, n)
                    if k:
                        j += k
                        end = j
                        closed = True
                        continue
                first = _opens_specific(toks, i, j, specific)
                j += 1
                end = j
                closed = False
                if first and _is_acronym(t):
                    specific = j        # "Công ty TNHH MTV ...": the legal form belongs to the head
                    continue
                if first:
                    run = _lower_run(toks, j, n)
                    if run:
                        # "Trung tâm Kiểm soát bệnh tật tỉnh", "Xổ số kiến thiết Bình Dương"; the capital
                        # the run reaches may open the next one ("Thương mại Xuất nhập khẩu Thanh Lễ")
                        j = end = specific = run
                        continue
                # "Tổ chức", "Dân vận": a capitalised syllable and the lower-case one it opens
                if (j < n and toks[j][TEXT][0].islower() and toks[j][LOW] not in lex.stop
                        and not lex.free.match(toks, j, n) and not lex.inner.match(toks, j, n)
                        and _continues(toks, j + 1, n)):
                    j += 1
                    end = j
                continue
            if bloc and j == end and (low == "thuộc" or low == "trực") and j > i:
                # "Khối thi đua các trường đại học trực thuộc Bộ Giáo dục và Đào tạo": the body the bloc is of
                k = j + 1 if low == "thuộc" else j + 2 if j + 1 < n and toks[j + 1][LOW] == "thuộc" else 0
                if k and k < n and (head_at(toks, k) or toks[k][LOW] in _PROVINCE_UNITS):
                    j = k
                    continue
            break
        c = t[TEXT]
        if c[0].isdigit():
            if j > i and (toks[j - 1][LOW] in _NUMBER_AFTER or _code_digits(toks[j - 1], t)):
                j += 1
                end = j
                continue
            break
        if c in "-–—&" and j == end and j + 1 < n and not lex.titles.match(toks, j + 1, n) and (
                toks[j + 1][CAP] or j > i and toks[j][START] > toks[j - 1][END] and toks[j + 1][LOW] in free_first
                and toks[j + 1][LOW] not in _APPOSED and free.match(toks, j + 1, n)):
            j += 1          # "Sản - Nhi", "chính trị - xã hội": a dash between two words of a name
            continue
        if c == "," and j == end and not closed and j + 1 < n and not lex.titles.match(toks, j + 1, n):
            nxt = toks[j + 1]
            if nxt[CAP] and (bloc or not head_at(toks, j + 1)) and nxt[LOW] not in lex.stop:
                j += 1
                continue
            if nxt[TEXT][0].islower() and (lex.free.match(toks, j + 1, n) or lex.inner.match(toks, j + 1, n)) \
                    and nxt[LOW] != _AND and (bloc or not head_at(toks, j + 1)):
                j += 1
                continue
        break
    if end > i and end < n and toks[end][WORD] and toks[end][TEXT].islower() \
            and (toks[end][LOW] not in _UNCODED or toks[end][LOW] in lex.known_tails.by_first):
        return _run_on(toks, i, end, n) or end
    return end


#: Words that never run on to an inline code: auxiliaries, prepositions and the verbs of reports.
_UNCODED = frozenset({"đã", "đang", "sẽ", "được", "bị", "là", "làm", "có", "của", "với", "cho", "tại", "trong", "theo",
                      "do", "từ", "để", "đến", "khi", "những", "này", "đó", "thì", "mà", "nên", "cũng", "vừa", "các",
                      "gồm", "thuộc", "như", "không", "chưa", "cùng", "và", "giao", "bầu", "nhận", "trao", "tặng",
                      "chủ", "tổ", "đề", "ký", "năm", "phối", "tham", "triển", "thực", "tiến", "đạt", "giữ", "đảm",
                      "lãnh", "khai", "họp", "dự", "diễn", "phát", "tích", "hoàn", "tiếp", "bắt", "triệt", "phá"})
#: How many lower-case words a name may run over to reach its code.
_CODED_RUN = 10


def _run_on(toks: Sequence[Token], i: int, k: int, n: int) -> int:
    """Where a name that stopped at a lower-case word at ``k`` really ends, else 0: at the code it
    defines ("Phòng Cảnh sát điều tra tội phạm về buôn lậu (PC03)": the code closes the name, so the
    words before it are the name's), or over a function word the gazetteer knows inside it ("Ủy ban
    Quản lý vốn nhà nước tại doanh nghiệp")."""
    start = k
    tails = (_LEXICON or lexicon()).known_tails.by_first
    while k < n and k - start < _CODED_RUN:
        t = toks[k]
        if t[WORD] and t[TEXT].islower():
            if t[LOW] in tails:
                m = _LEXICON.known_tails.match(toks, k, n)
                if m and k - start < 4 and lookup_body(" ".join(x[TEXT] for x in toks[i:k + m])):
                    return k + m
            if t[LOW] in _UNCODED:
                return 0
            k += 1
        elif t[TEXT] == "," and k + 1 < n and toks[k + 1][WORD] and toks[k + 1][TEXT].islower():
            k += 1
        elif t[TEXT] == "(" and abbreviation_end(toks, k, n):
            return k
        else:
            return 0
    return 0


def _opens_specific(toks: Sequence[Token], i: int, j: int, specific: int) -> bool:
    """Whether the capitalised word at ``j`` opens a specific name: right after the head, or after a
    word in lower case ("Thương mại Xuất ..."), not inside a proper name ("Cà Mau đăng tải ...")."""
    return j == specific or (j > i and toks[j - 1][TEXT][0].islower() and toks[j - 1][WORD]
                             and toks[j - 1][LOW] not in _LIST_WORDS)


def _is_acronym(t: Token) -> bool:
    return len(t[TEXT]) >= 2 and t[TEXT].isupper() and t[WORD]


def _code_digits(letters: Token, digits: Token) -> bool:
    """Whether digits glued to capitals make one unit code ("PC02", "PA09", "A05"): the police and
    army name their departments so ("Phòng PC02")."""
    return letters[END] == digits[START] and letters[WORD] and letters[TEXT].isupper() and len(letters[TEXT]) <= 4 \
        and len(digits[TEXT]) <= 3


def is_code(t: Token) -> bool:
    """An acronym ("VKSND", "BIDV") or a brand written as one word that is no Vietnamese syllable
    ("Agribank", "VietinBank"): what a body is also known by."""
    text = t[TEXT]
    if len(text) < 2 or not t[WORD]:
        return False
    return text.isupper() or t[CAP] and len(text) >= 4 and text.isascii() and not _is_syllable(text)


def abbreviation_end(toks: Sequence[Token], j: int, n: int) -> int:
    """After an inline definition "(VKSND)", "(Agribank)" that starts at ``j``, else 0."""
    if j + 2 < n and toks[j][TEXT] == "(" and toks[j + 2][TEXT] == ")" and is_code(toks[j + 1]):
        return j + 3
    if j + 3 < n and toks[j][TEXT] == "(" and toks[j + 3][TEXT] == ")" and toks[j + 1][TEXT].isupper() \
            and _code_digits(toks[j + 1], toks[j + 2]):
        return j + 4    # "(PC02)": a unit's code
    return 0


def _branch(toks: Sequence[Token], i: int) -> bool:
    """A brand or an acronym opening a branch's name ("BIDV chi nhánh Thái Bình", "Vietcombank chi nhánh
    ...": the body is the branch)."""
    return i + 2 < len(toks) and toks[i + 1][LOW] == "chi" and toks[i + 2][LOW] == "nhánh" and is_code(toks[i])


def _continues_after_abbreviation(toks: Sequence[Token], k: int, n: int) -> bool:
    """Whether a name goes on after its inline abbreviation: a place unit or a name word, not a verb."""
    lex = lexicon()
    t = toks[k]
    return t[WORD] and t[LOW] not in lex.stop and bool(
        t[LOW] in _UNIT_WORDS or lex.free.match(toks, k, n) or t[CAP] and not head_at(toks, k))


#: At most this many lower-case words run on after the first capitalised word of a name.
_LOWER_RUN = 3
#: Place units that may end such a run ("... bệnh tật tỉnh", "... dự phòng thành phố").
_RUN_UNITS = frozenset({"tỉnh", "huyện", "quận", "phường"})
_RUN_UNIT_PAIRS = frozenset({("thành", "phố"), ("thị", "xã")})


def _lower_run(toks: Sequence[Token], j: int, n: int) -> int:
    """End of lower-case words that continue a name's first specific word, else 0.

    Vietnamese capitalises only the first syllable of a body's specific name
    ("Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai", "Công ty Xổ số kiến thiết
    Bình Dương"), so up to three lower-case words run on when what follows
    plainly continues the name: a place unit ("tỉnh", "huyện") or a capitalised
    word that opens no new body, title or document. Verbs and function words
    (the ``stop`` list) never do.
    """
    lex = lexicon()
    k, words = j, 0
    while k < n and words < _LOWER_RUN and toks[k][TEXT][0].islower() and toks[k][WORD] \
            and toks[k][LOW] not in _UNIT_WORDS and toks[k][LOW] not in _RUN_UNITS:
        size = lex.free.match(toks, k, n) or (1 if toks[k][LOW] not in lex.stop else 0)
        if not size:
            break
        k += size
        words += 1
    if k == j or k >= n:
        return 0
    nxt = toks[k]
    stop = abbreviation_end(toks, k, n)
    if stop and stop < n:
        k, nxt = stop, toks[stop]
    if nxt[LOW] in _RUN_UNITS or k + 1 < n and (nxt[LOW], toks[k + 1][LOW]) in _RUN_UNIT_PAIRS:
        return k
    if nxt[CAP] and nxt[WORD] and not _is_acronym(nxt) and not head_at(toks, k) \
            and not lex.titles.match(toks, k, n):
        return k
    return 0


def _continues(toks: Sequence[Token], j: int, n: int) -> bool:
    """Whether the name goes on at ``j`` (a capital word or a name word), for "Tổ chức Tỉnh ủy"."""
    if j >= n:
        return True
    lex = lexicon()
    t = toks[j]
    return t[CAP] or bool(lex.free.match(toks, j, n) or lex.inner.match(toks, j, n)) or t[TEXT] in ",;:.()"


def org_ending_at(toks: Sequence[Token], end: int, floor: int = 0) -> int | None:
    """Start of the longest name of a body that ends exactly at token ``end``, else None.

    >>> toks = tokenize("theo báo cáo của đại diện Ban Dân vận Trung ương (đơn vị Khối trưởng)")
    >>> k = org_ending_at(toks, 11)
    >>> " ".join(t[TEXT] for t in toks[k:11])
    'Ban Dân vận Trung ương'
    """
    if end - 3 >= floor and toks[end - 1][TEXT] == ")" and abbreviation_end(toks, end - 3, end) == end:
        end -= 3            # "Liên đoàn Lao động tỉnh (LĐLĐ) - đơn vị Khối trưởng"
    heads_first = (_LEXICON or lexicon()).heads.by_first
    for k in range(max(floor, end - _LONGEST_NAME, 0), end):
        low = toks[k][LOW]
        if (low in _UNIT_WORDS or toks[k][CAP] and (low in heads_first or k + 2 < len(toks) and toks[k + 1][LOW] == "chi"
                                                         and _branch(toks, k))) \
                and head_at(toks, k) \
                and scan_name(toks, k, limit=end) == end:
            return k
    return None


#: No body's name runs longer than this many tokens; it bounds the backward search.
_LONGEST_NAME = 30


@dataclass(frozen=True)
class BlocSpan:
    """A mention of a bloc or cluster in a token list."""

    start: int
    end: int           # exclusive, after the qualifier (if any)
    kind: str          # bloc | cluster
    number: str | None
    qualified: bool    # the name says which bloc ("Khối thi đua các ..."), not just "Khối thi đua"


def bloc_at(toks: Sequence[Token], i: int) -> BlocSpan | None:
    """The bloc name ("Khối thi đua ...", "Cụm thi đua số 8 ...") that starts at token ``i``."""
    if i + 2 >= len(toks) or toks[i][LOW] not in (_KHOI, _CUM):
        return None
    if toks[i + 1][LOW] != _THI or toks[i + 2][LOW] != _DUA:
        return None
    kind = "bloc" if toks[i][LOW] == _KHOI else "cluster"
    j = i + 3
    number = None
    if j + 1 < len(toks) and toks[j][LOW] == _SO and (toks[j + 1][TEXT][0].isdigit() or toks[j + 1][TEXT].isupper()):
        number = toks[j + 1][TEXT]
        j += 2
    elif j < len(toks) and _ROMAN.fullmatch(toks[j][TEXT]):      # "Cụm thi đua III", without "số"
        number = toks[j][TEXT]
        j += 1
    end = j
    if j < len(toks):
        t = toks[j]
        starts = bool(t[CAP] or lexicon().free.match(toks, j) or lexicon().inner.match(toks, j))
        if t[TEXT] in ",-–" and j + 1 < len(toks) and (toks[j + 1][CAP] or toks[j + 1][LOW] == _NGANH):
            starts = True
        if starts and t[LOW] not in (_NAM, _AND) and not (t[TEXT] == "," and number is None):
            k = j + 1 if t[TEXT] in ",-–" else j
            stop = scan_name(toks, k, bloc=True)
            if stop > k:
                end = stop
    # a trailing "và các" or "," never ends a name
    while end > j and toks[end - 1][LOW] in (_AND, _CAC, ",", "-"):
        end -= 1
    return BlocSpan(start=i, end=end, kind=kind, number=number, qualified=end > j or number is not None)


_DEFINITION = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ0-9]|CB, CC, VC|(?P<brand>[A-Z][A-Za-z]{3,}))\)(?=[\s,.;:)]|$)")


def _definition(m: "re.Match[str]") -> str:
    brand = m.group("brand")
    return m.group() if brand is not None and (brand.isupper() or _is_syllable(brand)) else ""


def drop_definitions(name: str) -> str:
    """A name without the abbreviations it defines inline: "Ủy ban nhân dân (UBND) tỉnh" -> "Ủy ban nhân dân
    tỉnh", "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) chi nhánh" -> "... nông thôn chi nhánh"."""
    return _DEFINITION.sub(_definition, name) if "(" in name else name


def span_text(text: str, toks: Sequence[Token], start: int, end: int) -> str:
    """The text a token range covers, as written, less the abbreviations it defines inline."""
    if start >= end:
        return ""
    return drop_definitions(text[toks[start][START]:toks[end - 1][END]])
