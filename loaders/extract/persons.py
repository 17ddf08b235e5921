"""Persons named with their positions.

A name is a Vietnamese family name (``surnames.txt``) followed by one to three
capitalised syllables. Its positions are the chain of titles written before it
("Bí thư Trung ương Đảng, Trưởng ban Ban Dân vận Trung ương Bùi Thị Minh
Hoài") or after it ("Ngô Văn Tuấn, Ủy viên Trung ương Đảng, Tổng Kiểm toán
Nhà nước (Khối trưởng Khối thi đua năm 2023)"); a rank just before the name
("Thượng tướng") is a position too; the post someone acts for is not theirs
("Thừa ủy quyền của Bộ trưởng Bộ Công an, Thiếu tướng X"). A name with no position is not reported
(a byline, a name in passing), and historical names quoted as such ("Chủ tịch
Hồ Chí Minh") never are. A person's body is the body of their last post that
names one ("Phó Chánh án Tòa án nhân dân tối cao" -> "Tòa án nhân dân tối
cao"), else the body the sentence introduces them for ("Về phía Ban Thi đua -
Khen thưởng Trung ương, có đồng chí ...").

Mentions of one person (captions repeat the body's sentences) are merged.

>>> from thidua.loaders.article import build_article
>>> art = build_article("Dự hội nghị có Thiếu tướng Lê Văn Hòa, Phó Giám đốc Công an tỉnh Quảng Trị.", "x")
>>> [(p.name, [x.text for x in p.positions], p.org) for p in extract(art)]
[('Lê Văn Hòa', ['Thiếu tướng', 'Phó Giám đốc Công an tỉnh Quảng Trị'], 'Công an tỉnh Quảng Trị')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from ..facts import Person, Provenance
from ..gazetteer import positions as position_words
from ..gazetteer import province_index, roles, surnames
from ..keys import name_key
from ..text import unify_tones
from .base import CAP, END, LOW, START, TEXT, UPPER, WORD, Article, Sentence, Token, tokenize, trie_pattern
from .names import abbreviation_end, bloc_at, head_at, lexicon, scan_name, span_text

__all__ = ["PositionSpan", "PersonRecord", "extract", "titles"]


@dataclass
class PositionSpan:
    """A position as written, where it is, its title and the body it names."""

    text: str
    sentence: Sentence
    start: int           # offsets in the sentence
    end: int
    title: str
    kind: str            # post | rank | role | membership
    body: str | None = None


@dataclass
class PersonRecord:
    """A person and every position the article gives them."""

    name: str
    positions: list[PositionSpan] = field(default_factory=list)
    org: str | None = None
    provenance: Provenance | None = None
    context_org: str | None = None

    def to_fact(self) -> Person:
        return Person(name=self.name, positions=[p.text for p in self.positions], org=self.org,
                      provenance=self.provenance)


# --------------------------------------------------------------------------
# the title table


@dataclass(frozen=True)
class _Title:
    words: tuple[str, ...]   # as written after the first word; the first word lower-cased
    text: str
    kind: str

    @property
    def rest(self) -> tuple[str, ...]:
        """The words after the first, as a token must read them: role words in any case."""
        return tuple(w.lower() for w in self.words[1:]) if self.kind == "role" else self.words[1:]


@lru_cache(maxsize=1)
def titles() -> dict[str, list[_Title]]:
    """Titles, ranks and role words by their first word (lower case), longest first."""
    pw = position_words()
    table: dict[str, list[_Title]] = {}

    def add(text: str, kind: str) -> None:
        toks = [t[TEXT] for t in tokenize(unify_tones(text))]
        entry = _Title((toks[0].lower(), *toks[1:]), text, kind)
        table.setdefault(entry.words[0], []).append(entry)

    member = {unify_tones(t) for t in pw.membership_titles}
    for t in pw.titles:
        add(t, "membership" if unify_tones(t) in member else "post")
    for t in pw.ranks:
        add(t, "rank")
    for t in roles():
        add(t[0].upper() + t[1:], "role")
    for options in table.values():
        options.sort(key=lambda e: len(e.words), reverse=True)
    return table


@lru_cache(maxsize=1)
def _title_table() -> dict[str, list[tuple[_Title, int, tuple[str, ...], int]]]:
    """The titles by first word with what matching needs: (entry, length, words after the first, the
    token field they compare with: 3 for the lower case of role words, 0 for the text of the rest)."""
    return {first: [(e, len(e.words), e.rest, 3 if e.kind == "role" else 0) for e in entries]
            for first, entries in titles().items()}


def _title_at(toks: Sequence[Token], i: int, limit: int) -> _Title | None:
    if i >= limit:
        return None
    options = _title_table().get(toks[i][LOW])
    if options is None:
        return None
    for entry, n, rest, field in options:
        if i + n > limit:
            continue
        k = 0
        for w in rest:
            if toks[i + 1 + k][field] != w:
                break
            k += 1
        else:
            return entry
    return None


@lru_cache(maxsize=1)
def _needs_body_set() -> frozenset[str]:
    return frozenset(unify_tones(t) for t in position_words().needs_body)


@lru_cache(maxsize=1)
def _body_prefixes() -> dict[str, str]:
    return {unify_tones(t): prefix for t, prefix in position_words().body_in_title.items()}


def _needs_body(title: str) -> bool:
    return unify_tones(title) in _needs_body_set()


def _body_prefix(title: str) -> str | None:
    return _body_prefixes().get(unify_tones(title))


#: A post's body may be a place written with its unit ("công chức Tư pháp - Hộ tịch xã Phú Hữu").
_PLACE_UNITS = frozenset({"xã", "phường", "huyện", "quận", "thị", "thành"})


def position_at(text: str, sentence: Sentence, toks: Sequence[Token], i: int,
                limit: int) -> PositionSpan | None:
    """The position that starts at token ``i`` (a title, then the body it names), ending by ``limit``."""
    entry = _title_at(toks, i, limit)
    if entry is None:
        return None
    e = i + len(entry.words)
    if entry.kind == "post" and e + 1 < limit and toks[e][LOW] == "kiêm":
        second = _title_at(toks, e + 1, limit)
        if second is not None and second.kind == "post":
            entry, e = second, e + 1 + len(second.words)    # "Phó Chủ tịch kiêm Tổng Thư ký Hội X": one post
    title_end = e
    body = None
    if entry.kind == "role":
        start = e - 1 if toks[e - 1][LOW] in ("khối", "cụm") else e   # "Trưởng Khối thi đua X"
        bloc = bloc_at(toks, start) if start < limit else None
        if bloc and bloc.end <= limit:
            e = bloc.end
        if e + 1 < limit and toks[e][LOW] == "năm" and toks[e + 1][TEXT][0].isdigit():
            e += 2
    elif entry.kind != "rank" and e < limit and (toks[e][CAP] or toks[e][LOW] in _PLACE_UNITS) \
            and not _is_name_start(toks, e, limit):
        b = scan_name(toks, e, limit=limit)
        # "khóa XIII" after a Party committee
        if b + 1 < limit and toks[b][LOW] == "khóa" and toks[b + 1][CAP]:
            b += 2
        if b > e:
            prefix = _body_prefix(entry.text)
            written = span_text(text, toks, e, b)
            if prefix is None or written.startswith(prefix + " "):
                body = written
            else:
                body = f"{prefix} {written}" if prefix else None
            e = b
    if e == title_end and entry.kind in ("post", "membership") and _needs_body(entry.text):
        return None
    return PositionSpan(text=span_text(text, toks, i, e), sentence=sentence, start=toks[i][START],
                        end=toks[e - 1][END], title=span_text(text, toks, i, title_end),
                        kind=entry.kind, body=body if entry.kind in ("post", "membership") else None)


# --------------------------------------------------------------------------
# names


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(unify_tones(s) for s in surnames())


@lru_cache(maxsize=1)
def _historical() -> frozenset[str]:
    return frozenset(name_key(n) for n in position_words().historical_names)


def _syllable(t: Token) -> bool:
    return t[WORD] and t[TEXT][0].isupper() and (len(t[TEXT]) == 1 or t[TEXT][1:].islower())


def _is_name_start(toks: Sequence[Token], i: int, limit: int) -> bool:
    return toks[i][TEXT] in _surnames() and i + 1 < limit and _syllable(toks[i + 1]) \
        and not head_at(toks, i + 1) and _title_at(toks, i + 1, limit) is None \
        and not _honorific_before_surname(toks, i)


#: "Ông", "Bà" opening a sentence are honorifics, not the family names they can also be.
_HONORIFICS = frozenset({"ông", "bà"})


def _honorific_before_surname(toks: Sequence[Token], i: int) -> bool:
    return toks[i][LOW] in _HONORIFICS and i + 1 < len(toks) and toks[i + 1][TEXT] in _surnames()


def _name_syllable(toks: Sequence[Token], j: int, n: int) -> int:
    """Tokens the name syllable at ``j`` covers (3 for Ê Đê "H'Hen", "H’Yim", "H' Yim"), else 0."""
    t = toks[j]
    if t[TEXT] == "H" and j + 2 < n and toks[j + 1][TEXT] in "'’" and _syllable(toks[j + 2]) \
            and toks[j + 1][START] == t[END] and toks[j + 2][START] - toks[j + 1][END] <= 1:
        return 3
    if _syllable(t) and not head_at(toks, j) and _title_at(toks, j, n) is None:
        return 1
    return 0


def _name_at(toks: Sequence[Token], i: int) -> int | None:
    """End of a personal name starting at ``i``, else None."""
    n = len(toks)
    if not (toks[i][TEXT] in _surnames() and i + 1 < n) or _honorific_before_surname(toks, i):
        return None
    return _syllables_end(toks, i + 1, n, 1)


def _syllables_end(toks: Sequence[Token], j: int, n: int, have: int) -> int | None:
    """End of the name syllables from ``j`` (a name has 2 to 5 syllables, ``have`` of them before ``j``)."""
    while j < n and have < 5:
        k = _name_syllable(toks, j, n)
        if not k:
            break
        j += k
        have += 1
    return j if have >= 2 else None


#: Words after which capitalised syllables are a person's name whatever the family name
#: ("đồng chí A Pớt", "ông Tẩn Láo Lở", "bà H'Hen Niê").
_NAME_INTRO = frozenset({"chí", "ông", "bà"})


@lru_cache(maxsize=1)
def _rank_ends() -> dict[str, tuple[int, ...]]:
    """The last word of each rank (positions.yaml) with the rank lengths it ends ("tá": 2)."""
    ends: dict[str, set[int]] = {}
    for rank in position_words().ranks:
        words = unify_tones(rank).lower().split()
        ends.setdefault(words[-1], set()).add(len(words))
    return {w: tuple(sorted(ns)) for w, ns in ends.items()}


def _introduces(toks: Sequence[Token], i: int) -> bool:
    """Whether the words before token ``i`` introduce a name: "ông", "bà", "đồng chí", or a military or
    police rank, as an honorific does ("Trung tá H'Lan Niê")."""
    if i == 0:
        return False
    low = toks[i - 1][LOW]
    if low == "chí":
        return i >= 2 and toks[i - 2][LOW] == "đồng"
    for n in _rank_ends().get(low, ()):
        rank = _title_at(toks, i - n, i) if i >= n else None
        if rank is not None and rank.kind == "rank" and len(rank.words) == n:
            return True
    return low in _NAME_INTRO


def _introduced_name_at(toks: Sequence[Token], i: int) -> int | None:
    """End of a name that an honorific or a rank introduces, for names without a known family name."""
    if not _introduces(toks, i):
        return None
    return _syllables_end(toks, i, len(toks), 0)


#: Middle names that almost never start a name: a capitalised syllable just before them is the
#: family name ("Xa Văn Tường", "Lô Thị Hạnh") even when the family name list lacks it.
_MIDDLE_NAMES = frozenset({"Văn", "Thị"})


def _family_before(toks: Sequence[Token], i: int) -> bool:
    """Whether the syllable before a name starting "Văn ..."/"Thị ..." is its family name."""
    if i == 0 or toks[i][TEXT] not in _MIDDLE_NAMES:
        return False
    prev = toks[i - 1]
    if not _syllable(prev) or head_at(toks, i - 1) or _title_at(toks, i - 1, i) is not None:
        return False
    return i == 1 or not toks[i - 2][CAP]        # a lone syllable, not the end of a place or a body


def _rejected(name: str, toks: Sequence[Token], i: int) -> bool:
    key = name_key(name)
    if key in _historical() or key in province_index():
        return True
    if i == 0:
        return False
    if toks[i - 1][LOW] == "tỉnh":
        # "tỉnh Hà Nam" is a place; "Phó Chủ tịch UBND tỉnh Phạm Ngọc Thiện" names no province, so a person
        return bool(lexicon().provinces.match(toks, i))
    # "tại Lâm Đồng", "huyện Lý Sơn": a place, not a person
    return toks[i - 1][LOW] in ("phố", "tại", "huyện", "xã", "tp", "quận", "về")


# --------------------------------------------------------------------------
# position chains


_CHAIN_SEP = (",", ";")


@lru_cache(maxsize=1)
def _name_cue() -> re.Pattern[str]:
    """A family name followed by a capitalised word: a sentence without one names nobody."""
    # no leading assertion, and the names factored by their letters: both keep the scan fast
    return re.compile(rf"{trie_pattern(_surnames())}(?:\s+{UPPER}[^\W\d_]*){{1,3}}")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Places and historical names that look like "family name + name" ("Hà Nội", "Hồ Chí Minh")."""
    from ..gazetteer import provinces

    phrases = [n for p in provinces() for n in p.names] + list(position_words().historical_names)
    return frozenset(" ".join(unify_tones(n).split()) for n in phrases if len(n.split()) >= 2)


@lru_cache(maxsize=1)
def _introduced_cue() -> re.Pattern[str]:
    """The words a name may follow whatever its family name: honorifics, and the last words of ranks
    (literal words first: scanned fast)."""
    words = ["chí", "ông", "Ông", "bà", "Bà", *sorted(_rank_ends())]
    return re.compile(rf"(?:{'|'.join(words)})\s+(?={UPPER})")


def _introduced(text: str) -> list[tuple[int, int]]:
    """Where a capital follows the word "chí", "ông" or "bà" or a rank's last word: a name may start
    there whatever its family name (not the "ông" that ends "công" or "Đông")."""
    cue = _introduced_cue()
    m = cue.search(text)       # (most sentences have none: one search says so)
    if m is None:
        return []
    return [(m.end(), m.end() + 1) for m in cue.finditer(text, m.start())
            if not (m.start() and text[m.start() - 1].isalpha())]


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Where names may start in a sentence, as (start, end) offsets of the stretches to look at;
    empty when the sentence names nobody (a family name before a capital is always a candidate, but
    only a stretch other than a place or a historical name makes the sentence worth reading)."""
    cue = _name_cue()
    first = cue.search(text)
    spans = [(m.start(), m.end()) for m in cue.finditer(text, first.start())] if first is not None else []
    introduced = _introduced(text)
    if introduced:
        # "đồng chí A Kiên": a name without a known family name
        return sorted(spans + introduced)
    if spans:
        stop, family = _not_names(), _surnames()
        for a, b in spans:
            words = text[a:b].split()
            place = 0
            for k in range(2, len(words) + 1):
                if " ".join(words[:k]) in stop:
                    place = k
            # a place alone names nobody; one followed by a family name and more may ("tỉnh Hà Tĩnh
            # Nguyễn Hồng Phong")
            if not place or len(words) - place >= 2 and words[place] in family:
                return spans
    return []


def _chain_after(text: str, s: Sentence, toks: Sequence[Token], j: int) -> list[PositionSpan]:
    """Positions after a name: ", Ủy viên ..., Tổng Kiểm toán Nhà nước (Khối trưởng ...)"."""
    out: list[PositionSpan] = []
    n = len(toks)
    if j < n and toks[j][TEXT] in (",", "-", "–", "—"):
        j += 1
    elif j < n and toks[j][TEXT] == "(":
        pass
    else:
        return out
    while j < n:
        if toks[j][TEXT] == "(":
            close = next((k for k in range(j + 1, n) if toks[k][TEXT] == ")"), None)
            if close is None:
                break
            inner = _chain_from(text, s, toks, j + 1, close)
            if not inner:
                break
            out.extend(inner)
            j = close + 1
            if j < n and toks[j][TEXT] == ",":
                j += 1
            continue
        pos = position_at(text, s, toks, j, n)
        if pos is None:
            break
        out.append(pos)
        j = s.token_at(pos.end)
        if j < n and (toks[j][TEXT] == "," or (toks[j][TEXT] in "-–—" or toks[j][LOW] == "kiêm")
                      and _title_at(toks, j + 1, n) is not None):
            j += 1          # ", Phó Cục trưởng ... - Thường trực Hội đồng ...", "... kiêm Trưởng Ban ...": the next post
        elif not (j < n and toks[j][TEXT] == "("):
            break
    return out


def _chain_from(text: str, s: Sentence, toks: Sequence[Token], j: int, limit: int) -> list[PositionSpan]:
    """A comma-separated run of positions that covers tokens j..limit exactly, else []."""
    out: list[PositionSpan] = []
    while j < limit:
        pos = position_at(text, s, toks, j, limit)
        if pos is None:
            return []
        out.append(pos)
        j = s.token_at(pos.end)
        if j < limit:
            if toks[j][TEXT] not in _CHAIN_SEP:
                return []
            j += 1
    return out


_BREAKS = frozenset({";", ":", ".", "(", ")", "“", "”", '"'})


def _chain_before(text: str, s: Sentence, toks: Sequence[Token], name_start: int) -> list[PositionSpan]:
    """Positions written before a name: "Ủy viên Trung ương Đảng, Phó Trưởng ban ... Phạm Tất Thắng"."""
    floor = name_start
    while floor > 0 and name_start - floor < 60:
        if toks[floor - 1][TEXT] in _BREAKS:
            if toks[floor - 1][TEXT] == ")" and floor >= 3 and abbreviation_end(toks, floor - 3, floor) == floor:
                floor -= 3      # "Hội đồng Thi đua - Khen thưởng (TĐKT) tỉnh": an inline definition
                continue
            break
        floor -= 1
    resume = floor
    for k in range(floor, name_start):
        if k < resume or _title_at(toks, k, name_start) is None:
            continue
        if k > floor and toks[k - 1][TEXT] not in _CHAIN_SEP and toks[k - 1][WORD] \
                and _title_at(toks, k - 1, name_start) is None and toks[k - 1][LOW] not in _INTRO_WORDS:
            # a title glued to a preceding word is part of something else ("Lăng Chủ tịch")
            continue
        if k >= 2 and toks[k - 1][LOW] in _FOR_ANOTHER and _for_another(toks, k):
            # "Thừa ủy quyền của Bộ trưởng Bộ Công an, Thiếu tướng X": the minister's post is not X's
            resume = next((j + 1 for j in range(k, name_start) if toks[j][TEXT] in _CHAIN_SEP), name_start)
            continue
        chain = _chain_from(text, s, toks, k, name_start)
        if chain:
            return chain
    return []


#: The last word of "thừa ủy quyền của", "thay mặt", "ủy quyền cho": the post after it is another person's.
_FOR_ANOTHER = frozenset({"của", "mặt", "quyền"})


def _for_another(toks: Sequence[Token], k: int) -> bool:
    """Whether a post at token ``k`` is written as the one someone acts for ("thừa ủy quyền của Chủ tịch
    nước", "thay mặt Ban Chấp hành")."""
    words = " ".join(t[LOW] for t in toks[max(0, k - 3):k])
    return words.endswith(("ủy quyền của", "uỷ quyền của", "ủy quyền", "thay mặt"))


_INTRO_WORDS = frozenset({"có", "và", "là", "của", "cùng", "với", "đồng", "chí", "các", "ông", "bà", "thì", "do", "bởi"})
_CONTEXT_ORG = ("về phía", "đại diện")


def _context_org(text: str, s: Sentence, toks: Sequence[Token], name_start: int) -> str | None:
    """The body a sentence introduces a person for: "Về phía Ban X, có đồng chí ..."."""
    for k in range(name_start - 1, -1, -1):
        if toks[k][TEXT] in (";", ":"):
            break
        pair = f"{toks[k][LOW]} {toks[k + 1][LOW]}" if k + 1 < len(toks) else ""
        if pair in _CONTEXT_ORG and k + 2 < name_start and head_at(toks, k + 2):
            end = scan_name(toks, k + 2, limit=name_start)
            if end > k + 2:
                return span_text(text, toks, k + 2, end)
    return None


# --------------------------------------------------------------------------
# extraction


def _person_org(positions: list[PositionSpan]) -> str | None:
    for kind in ("post", "membership"):
        for p in reversed(positions):
            if p.kind == kind and p.body:
                return p.body
    return None


def _merge(record: PersonRecord, new: list[PositionSpan]) -> None:
    keys = [name_key(p.text) for p in record.positions]
    for pos in new:
        key = name_key(pos.text)
        if any(k == key or k.startswith(key + " ") for k in keys):
            continue
        longer = [i for i, k in enumerate(keys) if key.startswith(k + " ")]
        if longer:
            record.positions[longer[0]] = pos
            keys[longer[0]] = key
            continue
        record.positions.append(pos)
        keys.append(key)


def _candidates(s: Sentence, spans: list[tuple[int, int]]):
    """The token indexes inside the stretches where names may start, in order, each once."""
    last = -1
    for a, b in spans:
        for i in range(max(last + 1, s.token_at(a)), s.token_at(b)):
            last = i
            yield i


def extract(article: Article) -> list[PersonRecord]:
    """Every person the article names with a position, mentions merged, in order of first mention."""
    records: dict[str, PersonRecord] = {}
    family = _surnames()
    for s in article.sentences:
        done = 0
        if s.shouting:
            continue
        spans = _name_spans(s.text)
        if not spans:
            continue
        toks = s.tokens
        for i in _candidates(s, spans):
            if i < done:
                continue        # inside a name read already
            end = _name_at(toks, i) if toks[i][TEXT] in family else None
            if end is not None and _family_before(toks, i):
                i -= 1
            if end is None and i and toks[i][CAP] and _introduces(toks, i):
                end = _introduced_name_at(toks, i)
            if end is None:
                continue
            name = span_text(s.text, toks, i, end)
            if _rejected(name, toks, i):
                # "tỉnh Hà Tĩnh Nguyễn Hồng Phong": only the place is skipped, the name after it is read
                place = lexicon().provinces.match(toks, i, end)
                done = i + place if place else end
                continue
            before = _chain_before(s.text, s, toks, i)
            rank = []
            if not before and i > 0:
                r = position_at(s.text, s, toks, i - 1, i) if toks[i - 1][WORD] else None
                if r is None and i > 1:
                    r = position_at(s.text, s, toks, i - 2, i)
                if r is not None and r.kind == "rank":
                    rank = [r]
            after = _chain_after(s.text, s, toks, end)
            found = [p for p in before + rank + after if not s.reaches_cut(p.end)]   # not a post cut off
            if found:
                key = name_key(name)
                record = records.get(key)
                if record is None:
                    record = records[key] = PersonRecord(name=name, provenance=article.provenance(s))
                _merge(record, found)
                if record.context_org is None:
                    record.context_org = _context_org(s.text, s, toks, i)
            # the posts after a name are read: a family name inside them ("Hiệu trưởng Trường Đại học
            # Nông Lâm") starts no name
            done = s.token_at(after[-1].end) if after else end
    out = []
    for record in records.values():
        record.org = _person_org(record.positions) or record.context_org
        out.append(record)
    return out
