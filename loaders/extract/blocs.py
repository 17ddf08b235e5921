"""Blocs (Khối thi đua) and clusters (Cụm thi đua): names, member lists, member counts.

Every "Khối thi đua ..." / "Cụm thi đua ..." in the article is a mention; the
mentions of one bloc are grouped (the same number, or one name the start or a
word-subset of the other: "Cụm thi đua số 6" and "Cụm thi đua số 6, Ngành Tổ
chức xây dựng Đảng"), so an article about several blocs keeps their facts
apart. A bare "Khối thi đua" or "Khối" refers to the bloc last named. The
bloc's name is its fullest form in the body; the others are its aliases.

A member list is what the text says the bloc consists of ("bao gồm 14 cơ
quan, đơn vị: ...", "gồm: (1) ...; (2) ...", "gồm Công an các tỉnh: A, B và
C"), never who attended. Lists are split on numbering, semicolons, commas
and "và"; a unit is re-attached to the parent written after it ("Cục Tổ chức
cán bộ, Bộ Công an"), a piece in lower case to the name it continues ("Ban
Bảo vệ, chăm sóc sức khỏe cán bộ"), and a shared head is written out
("Công an các tỉnh A, B" -> "Công an tỉnh A", "Công an tỉnh B"), whether plural
("các ban Tổ chức, Tuyên giáo Tỉnh ủy", "các phòng: PC01, PC02", "Trung ương các
Hội: ..."), written once for several items ("Sở Nội vụ, Xây dựng") or before a
colon ("UBND: TP Quy Nhơn, thị xã An Nhơn") or by the unit of the count before
the list ("gồm 4 phòng: PX01, ..."); the tail the last item has is shared too.
What the counted units are may stand before the colon ("gồm 05 đơn vị thuộc khối
Cảnh sát: ..."). Counts may be written as words ("tám cơ quan, đơn vị"), as a
total ("có tổng số 11 cơ quan, đơn vị"), after a colon ("Khối thi đua X: 09 đơn
vị;") or with no list ("gồm 16 chi nhánh ngân hàng trên địa bàn").

A bloc named as a guest's ("Dự hội nghị có X - đơn vị Khối trưởng Khối Y", "Cùng
dự có Cụm thi đua Y do X làm Cụm trưởng") does not become the bloc a bare "Khối"
refers to, and a section heading that names a bloc by its short name ("2. Khối
Nội chính") does. A table of blocs (:mod:`thidua.loaders.extract.tables`) gives
each row's bloc its count, members and leaders.

>>> split_members("Công an các tỉnh: Bình Phước, Tây Ninh và Long An")
['Công an tỉnh Bình Phước', 'Công an tỉnh Tây Ninh', 'Công an tỉnh Long An']
>>> split_members("(1) Cục Tổ chức cán bộ, Bộ Công an; (2) Ban Tổ chức Tỉnh ủy")
['Cục Tổ chức cán bộ, Bộ Công an', 'Ban Tổ chức Tỉnh ủy']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass, field

from ..facts import Bloc, Leadership, Member, Provenance
from ..gazetteer import lookup_body, name_words, province_named
from ..keys import name_key
from .base import (CAP, COUNT, END, LOW, START, TEXT, UPPER, YEAR, Article, Sentence, count_value, cue_offsets,
                   tokenize, trie_pattern)
from . import tables
from .names import bloc_at, drop_definitions, head_at, lexicon, scan_name

__all__ = ["BlocMention", "BlocGroup", "Blocs", "extract", "split_members"]


@dataclass
class BlocMention:
    """One mention of a bloc in a sentence."""

    sentence: Sentence
    start: int          # offsets in the sentence
    end: int
    name: str
    kind: str
    number: str | None
    qualified: bool
    group: "BlocGroup | None" = None
    aside: bool = False     # a guest's bloc: "Dự hội nghị có đại diện X - đơn vị Khối trưởng Khối thi đua Y"
    shown: str | None = None    # how a table row writes a name it completes ("Nội chính" under "Khối thi đua")


@dataclass
class BlocGroup:
    """One bloc or cluster as the article presents it."""

    kind: str
    mentions: list[BlocMention] = field(default_factory=list)
    stated_member_count: int | None = None
    members: list[Member] = field(default_factory=list)
    leadership: list[Leadership] = field(default_factory=list)
    year: int | None = None
    provenance: Provenance | None = None
    # what the properties below worked out, for as many mentions as there were (an article that names a
    # bloc thousands of times asks for its name thousands of times)
    _seen: dict[str, tuple[int, object]] = field(default_factory=dict, repr=False, compare=False)

    def _cached(self, key: str, compute):
        n = len(self.mentions)
        got = self._seen.get(key)
        if got is None or got[0] != n:
            got = self._seen[key] = (n, compute())
        return got[1]

    @property
    def qualified(self) -> list[BlocMention]:
        return self._cached("qualified", lambda: [m for m in self.mentions if m.qualified])

    @property
    def reportable(self) -> bool:
        return bool(self.qualified)

    @property
    def name(self) -> str:
        """The fullest form in the body; for a numbered cluster whose forms disagree ("Cụm thi đua
        số 8, Bộ Công an" / "Cụm thi đua số 8 Công an các tỉnh ..."), the form they share."""
        return self._cached("name", self._name)

    def _name(self) -> str:
        named = self.qualified
        body = [m for m in named if not m.sentence.is_title] or named
        if not body:
            return self.mentions[0].name
        longest = max(body, key=lambda m: (len(name_key(m.name).split()), m.name[:1].isupper(), m.shown is None,
                                           -m.sentence.index))
        if longest.shown is not None:
            return longest.shown        # a row's name as the row writes it, when nothing names the bloc in full
        if self.number:
            key = name_key(longest.name)
            if any(not key.startswith(name_key(m.name)) for m in named):
                bare = next((m.name for m in named if name_key(m.name).endswith(f"so {name_key(self.number)}")
                             and len(name_key(m.name).split()) <= 5), None)
                if bare:
                    return _capitalised(bare)
                return _capitalised(" ".join(longest.name.split()[:5]).rstrip(",-– "))
        return _capitalised(longest.name)

    @property
    def number(self) -> str | None:
        return next((m.number for m in self.mentions if m.number), None)

    def add_leadership(self, term: Leadership) -> Leadership:
        """Add a yearly term unless the same one (year, role, body) is there already; the term kept."""
        key = (term.year, term.role, name_key(term.org))
        same = next((t for t in self.leadership if (t.year, t.role, name_key(t.org)) == key), None)
        if same is None:
            self.leadership.append(term)
            return term
        return same

    def to_fact(self) -> Bloc:
        name = self.name
        aliases = []
        seen = {name_key(name)}
        for m in self.qualified:
            key = name_key(m.name)
            if key not in seen:
                seen.add(key)
                aliases.append(m.name)
        return Bloc(name=name, kind=self.kind, stated_member_count=self.stated_member_count,
                    members=list(self.members), leadership=list(self.leadership), aliases=aliases,
                    year=self.year, provenance=self.provenance)


def _capitalised(name: str) -> str:
    """ "khối thi đua ..." written in running text is named "Khối thi đua ..."."""
    return name[:1].upper() + name[1:]


@dataclass
class Blocs:
    """All bloc mentions of an article, grouped into blocs."""

    groups: list[BlocGroup]
    mentions: list[BlocMention]
    _by_sentence: dict[int, list[BlocMention]] = field(default_factory=dict, repr=False)
    #: leadership terms a table states (read with the table, added by the leadership extractor)
    table_terms: list[tuple[BlocGroup, Leadership]] = field(default_factory=list, repr=False)
    _order: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for m in self.mentions:
            self._by_sentence.setdefault(m.sentence.index, []).append(m)
        self._order = [(m.sentence.index, m.start) for m in self.mentions]

    @property
    def main(self) -> BlocGroup | None:
        named = [g for g in self.groups if g.reportable]
        if not named:
            return None
        return max(named, key=lambda g: (len(g.mentions), -self.groups.index(g)))

    def current(self, sentence: Sentence, offset: int | None = None, kind: str | None = None) -> BlocGroup | None:
        """The bloc last named at a point of the article (of a kind, when given), else the main one."""
        best = aside = None
        k = bisect_right(self._order, (sentence.index, offset if offset is not None else 10**9))
        for m in reversed(self.mentions[:k] if k < 64 else self.mentions[k - 64:k]):
            if m.group is not None and m.group.reportable and (kind is None or m.kind == kind):
                if m.aside and m.sentence.index != sentence.index:
                    aside = aside or m.group   # a guest's bloc is not what the text goes on about
                    continue
                best = m.group
                break
        best = best or aside
        if best is None:
            main = self.main
            if main is not None and (kind is None or main.kind == kind):
                best = main
            elif kind is not None:
                same = [g for g in self.groups if g.reportable and g.kind == kind]
                best = same[0] if len(same) == 1 else main
        return best

    def in_sentence(self, sentence: Sentence) -> list[BlocMention]:
        return self._by_sentence.get(sentence.index, [])

    def release(self) -> None:
        """Break the cycles between blocs and their mentions once the facts are out, so that the
        article's sentences and tokens are freed at once (not by a later garbage collection)."""
        for g in self.groups:
            g.mentions = []
            g._seen.clear()
        for m in self.mentions:
            m.group = None


# --------------------------------------------------------------------------
# mentions and groups


_BLOC_HINT = re.compile(r"(?:khối|cụm)\s+thi\s+đua")
_BLOC_CUES = ("khối thi đua", "cụm thi đua")


def _bloc_hints(s: Sentence) -> list[int]:
    """Where "khối thi đua" / "cụm thi đua" starts in a sentence (found with str.find: the normalised
    text has one space between words; the pattern reads any other text)."""
    low = s.low
    if "đua" not in low:
        return []
    if "  " in low or "\t" in low or len(low) != len(s.text):
        return [m.start() for m in _BLOC_HINT.finditer(low)]
    return cue_offsets(low, _BLOC_CUES)
_GENERIC_BEFORE = frozenset({"các", "những", "mỗi", "từng", "giữa", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín",
                             "mười", "nhiều"})
#: The last word of a role ("Khối trưởng", "Cụm phó", "Khối phó Thường trực") a bloc's name may follow.
_ROLE_ENDS = frozenset({"trưởng", "phó", "trực"})
#: A sentence about who attended: a bloc named there for a guest's role is the guest's.
_ATTENDANCE = re.compile(r"(?<![^\W\d_])(?:dự|tham dự|được mời)(?!\s+(?:kiến|án|thảo|báo|toán|thi|phòng|bị|đoán|định|tính))"
                         r"(?![^\W\d_])")
#: "(Cùng) dự (hội nghị) có ...", "Tham dự còn có ...": who attended, named after it.
_GUEST = re.compile(r"(?<![^\W\d_])(?:tham dự|dự|được mời)(?:\s+hội nghị)?(?:\s+(?:còn|cũng))?\s+có\s")
_TRAILING_YEAR = re.compile(rf"\s*(?:năm\s+)?{YEAR}$")


#: A bloc's name fits in this many characters (the longest seen runs to about 100), and what decides it
#: (the word before) in _BEFORE: a long sentence not tokenized yet is tokenized only in that window around
#: each mention; one up to _SHORT characters is tokenized whole (other extractors will want its tokens).
_WINDOW = 170
_BEFORE = 24
_SHORT = 264


def _mentions(article: Article) -> list[BlocMention]:
    """Every "Khối thi đua ..." / "Cụm thi đua ..." mention of the article."""
    out = []
    for s in article.sentences:
        if s.shouting:
            continue
        done = -1
        for at in _bloc_hints(s):
            if at < done:
                continue
            if len(s.text) <= _SHORT or "tokens" in s.__dict__:
                toks, shift = s.tokens, 0       # tokenized already, or short
                i = s.token_at(at)
            else:
                shift = max(0, at - _BEFORE)
                toks = tokenize(s.text[shift:at + _WINDOW])
                i = next((k for k, t in enumerate(toks) if t[START] + shift >= at), len(toks))
            span = bloc_at(toks, i) if i < len(toks) else None
            if span is None:
                continue
            t = toks[i]
            done = toks[span.end - 1][END] + shift
            prev = toks[i - 1] if i else None
            if prev is not None and (prev[LOW] in _GENERIC_BEFORE or prev[TEXT][0].isdigit() and len(prev[TEXT]) <= 2
                                     or prev[TEXT] == "," and i > 1 and toks[i - 2][LOW] in ("khối", "cụm")):
                continue
            name = s.text[t[START] + shift:done]
            if name[-1:].isdigit():
                name = _TRAILING_YEAR.sub("", name)
            aside = ("dự" in s.low or "mời" in s.low) and (
                prev is not None and prev[LOW] in _ROLE_ENDS and _ATTENDANCE.search(s.low) is not None
                # "Cùng dự có Cụm thi đua Y do X làm Cụm trưởng": a guest bloc
                or _GUEST.search(s.low, 0, t[START] + shift) is not None)
            out.append(BlocMention(s, t[START] + shift, done, name, span.kind, span.number, span.qualified, aside=aside))
    return out


def _compatible(forms: dict[str, str | None], m: BlocMention) -> bool:
    """Whether a mention names the bloc whose written forms (key -> number) are ``forms``."""
    key = name_key(m.name)
    words = set(key.split())
    for okey, number in forms.items():
        if okey == key:
            return True
        if m.number and number and m.number != number:
            continue
        if m.number and number == m.number:
            return True
        short, long_ = sorted((key, okey), key=len)
        if long_.startswith(short + " ") and len(short.split()) >= 5:
            return True
        sw, lw = sorted((words, set(okey.split())), key=len)
        if len(sw) >= 7 and sw <= lw:
            return True
    return False


def _group(mentions: list[BlocMention]) -> list[BlocGroup]:
    groups: list[BlocGroup] = []
    forms: dict[int, dict[str, str | None]] = {}      # id(group) -> its written forms
    last: dict[str | None, BlocGroup] = {}
    for m in mentions:
        if m.qualified:
            # the recent groups are enough: an article names a handful of blocs
            found = next((g for g in reversed(groups[-12:])
                          if g.kind == m.kind and _compatible(forms[id(g)], m)), None)
            if found is None:
                found = BlocGroup(kind=m.kind)
                groups.append(found)
                forms[id(found)] = {}
            forms[id(found)].setdefault(name_key(m.name), m.number)
            found.mentions.append(m)
            m.group = found
            last[m.kind] = last[None] = found
        else:
            g = last.get(m.kind)
            if g is not None:
                g.mentions.append(m)
                m.group = g
    return groups


# --------------------------------------------------------------------------
# member lists


_TRIGGER = re.compile(r"(?=[bg])(?<![^\W\d_])(?:bao gồm|gồm có|gồm)(?![^\W\d_])")
#: "Khối có 07 đơn vị: ...": "có" opens a list only when a count, its unit and a colon follow.
_HAS_LIST = re.compile(r"có(?=\s+(?:\d{1,3}|[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                       r"\s+(?:cơ quan,\s*đơn vị|cơ quan|đơn vị|thành viên|tỉnh|huyện|sở|bộ|hội|trường)"
                       r"(?:\s+(?:thành viên|sau(?:\s+đây)?))?(?:\s+là\s|(?:\s+là)?\s*:))")
#: What a member count counts ("14 cơ quan, đơn vị", "5 tỉnh, thành phố", "9 hội"), factored by its letters.
_UNIT = "(?:" + trie_pattern([
    "cơ quan, đơn vị", "cơ quan, tổ chức", "cơ quan", "đơn vị thành viên", "đơn vị", "thành viên", "tỉnh, thành phố",
    "tỉnh, thành", "tỉnh", "thành phố", "địa phương", "bộ, ngành", "sở, ban, ngành", "sở, ngành", "huyện", "trường",
    "doanh nghiệp", "huyện, thị xã, thành phố", "huyện, thành phố", "xã, phường, thị trấn", "xã, phường", "xã",
    "phường", "công ty", "bệnh viện", "trung tâm", "phòng", "ban, ngành", "chi nhánh", "sở", "ban", "cục", "ngân hàng",
    "bộ", "tổng cục", "tập đoàn", "tổng công ty", "học viện", "viện"]) + r"|hội(?!\s+(?:viên|nghị|thi|thao|diễn)))"
_COUNT = re.compile(rf"({COUNT})\s+(?P<unit>{_UNIT})(?![^\W\d_])")
_MEMBER_COUNT = re.compile(rf"(?=\d)(?<![\d/.,])(\d{{1,3}})\s+(?:cơ quan,\s*đơn vị|cơ quan|đơn vị)\s+thành viên(?![^\W\d_])")
#: "Khối thi đua X có 12 đơn vị", "Khối thi đua X: 12 đơn vị; ...": a count just after a bloc's name.
_COUNT_AFTER = re.compile(rf"(?:[^.;()]*?\s(?:có|gồm)\s+(?:tổng số\s+|tất cả\s+)?|\s*:\s*)({COUNT})\s+(?:{_UNIT})"
                          r"(?![^\W\d_])")
#: "Khối hiện có 8 thành viên.": a bare "Khối" or "Cụm" counting its members (a list after it is read apart).
_BARE_COUNT = re.compile(rf"(Khối|Cụm)\s+(?:hiện\s+(?:nay\s+)?)?(?:có|gồm)\s+(?:tổng số\s+|tất cả\s+)?({COUNT})\s+(?:{_UNIT})"
                         r"(?:\s+thành viên)?(?=\s*[.;,)]|\s*$)")
#: "8 huyện, thành phố trong Khối": every member counted as the subject of a sentence.
_COUNT_IN = re.compile(rf"(?=\d)(?<![\d/.,])(\d{{1,3}})\s+(?:{_UNIT})(?:,\s*(?:thị xã|thành phố|huyện|quận))*"
                       r"\s+(?:trong|thuộc|của)\s+(?:Khối|Cụm|khối|cụm)(?![^\W\d_])")
_COUNT_IN_CUES = tuple(f"{a} {b}" for a in ("trong", "thuộc", "của") for b in ("khối", "cụm"))
#: What makes such a count a part of the bloc, not the whole: "có 3 đơn vị trong Khối được tặng ...".
_PART_BEFORE = re.compile(r"(?:có|trong đó|với|gồm|trên|hơn|gần|khoảng|\d+/)\s*$")
_PART_AFTER = re.compile(r"[^.;]{0,40}?(?<![^\W\d_])(?:được|đạt|đề nghị|tặng|nhận|bị|chưa|không)(?![^\W\d_])")
_NUMBERED = re.compile(r"(?:^|(?<=[\s;,:]))\(\d{1,2}\)\s*|(?:^|(?<=[;:]\s))\d{1,2}[.)]\s+")
_EXPAND = re.compile(rf"^(?:(?P<head>(?:{UPPER}|[a-zđ])[^,;:]*?)\s+)?(?:các|\d{{1,3}})\s+(?P<unit>[Tt]ỉnh ủy|[Tt]hành ủy|[Hh]uyện ủy|tỉnh,\s*thành phố|tỉnh|"
                     rf"thành phố|huyện|quận|sở|trường)\s*:?\s*(?P<first>{UPPER}.*)$")
#: The provinces and cities a plural unit is written once for ("các tỉnh A, B và C").
_PROVINCE_UNITS = ("tỉnh", "thành phố", "tỉnh, thành phố")
#: A member joined by "và" to the head of a list written out ("thành phố Đà Nẵng và [các tỉnh ...]").
_JOINED = re.compile(r"^(.+?)\s+và$")
_PLACED_BODY = re.compile(rf"^({UPPER}.*?)\s+(?:tỉnh|thành phố|TP\.?)\s+{UPPER}")
_LEAD = re.compile(r"^(?:và|các đơn vị|đơn vị|là|gồm|:)\s+", re.IGNORECASE)
#: What may stand between "gồm" and the first member: "(các) cơ quan, đơn vị (sau):", "thành viên là".
#: (Lists of places keep their unit, "các tỉnh:", for the splitter to write out.)
_LIST_HEAD = re.compile(r"\s*(?:(?:các|những)\s+(?:cơ quan,\s*đơn vị|cơ quan|đơn vị|thành viên|bộ,\s*ngành|"
                        r"sở,\s*ban,\s*ngành|sở,\s*ngành|doanh nghiệp)\s*(?:sau(?:\s+đây)?)?\s*:\s*)?"
                        r"(?:thành viên|đơn vị)?\s*(?:là|sau)?\s*:?\s*")
#: A unit that names its own place ("Cục Thi hành án dân sự tỉnh") is whole: the next item is not its parent.
_PLACED = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố|huyện|quận|Trung ương)$")
_TRAIL = re.compile(r"[\s.;,:…]+$|\s*\([^()]*\)\s*$|\s*,?\s*(?:và\s+)?(?:các|những)$")
_TRAIL_ENDS = frozenset(".;,:…)")
#: Where a member list ends before its sentence does: "..., trong đó X giữ vai trò Cụm trưởng".
_LIST_END = re.compile(r"(?=[,\s])(?<!các)(?<!những),?\s+(?:trong đó|trong số đó|với sự|nhằm|để|đồng thời|đã|đang|sẽ|vừa|cùng|được|tham gia"
                       # the verb of the sentence the list is the subject of: "gồm Công an các tỉnh A, B tổ chức ..."
                       r"|tổ chức|tiến hành|triển khai|thực hiện|ký kết|tổng kết|sơ kết|thống nhất|phát động|bầu)"
                       r"(?![^\W\d_])")
#: A count whose lower-case qualifier ends the clause ("gồm 11 đơn vị cấp huyện, do ..."): no list follows.
_COUNT_ONLY = re.compile(rf"(?:\s+(?!và\s)(?!{UPPER})[^\W\d_]+){{1,4}}\s*(?:[,;.)]|$)")
#: What the counted units are, between the count and the colon of its list, in lower-case words (a
#: capital opens the list's own head: "Công an các tỉnh:"): "thuộc khối Cảnh sát:", "nghiệp vụ thuộc
#: lực lượng An ninh:", "có tính chất đặc thù hoạt động trong phạm vi cả nước:".
_QUALIFIER = re.compile(rf"\s+(?!{UPPER})(?!(?:các|là)\s)[^,;.():“”\"]{{1,90}}?\s*:")
_UNIT_LIST = re.compile(r"^\s*(?:các\s+|\d{1,3}\s+)?(tỉnh,\s*thành phố|tỉnh, thành|tỉnh|thành phố)\s*:\s*")
_UNIT_END = re.compile(r"(?<![^\W\d_])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|sở|đơn vị|trường)$")
_PLACE_FIRST = re.compile(r"(?:tỉnh|thành phố|TP\.?|Tp\.?|thị xã|huyện|quận|xã|phường|thị trấn)\s")
_PLACES_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")
_UNIT_ABBREVIATION = re.compile(r"^(?:TP\.?\s*|Tp\.?\s*|thành phố\s+|tỉnh\s+)")


def _starts_with(piece: str, heads: tuple[str, ...]) -> bool:
    return any(piece == h or piece.startswith(h + " ") for h in heads)


def _clean(piece: str) -> str:
    piece = piece.strip()
    for _ in range(3):
        new = _LEAD.sub("", piece)
        last = new[-1:]
        if last in _TRAIL_ENDS or last.isspace() or new.endswith(("các", "những")):   # what _TRAIL takes off
            new = _TRAIL.sub("", new)
        new = new.strip()
        if new == piece:
            break
        piece = new
    return piece


def _province_unit(name: str, unit: str) -> str:
    if "," in unit:    # "tỉnh, thành phố": the gazetteer says which
        p = province_named(name)
        return p.unit if p else "tỉnh"
    if unit in ("tỉnh", "thành phố"):
        p = province_named(name)
        if p is not None:
            return p.unit
    return unit


def _place_name(piece: str) -> str:
    """The name at the start of a list item of places: its capitalised words ("Bà Rịa - Vũng Tàu")."""
    toks = tokenize(piece)
    end = 0
    while end < len(toks) and (toks[end][CAP] or toks[end][TEXT] in "-–." and end + 1 < len(toks)
                               and toks[end + 1][CAP]):
        end += 1
    return piece[:toks[end - 1][END]] if end else piece


def _with_unit(head: str, name: str, unit: str) -> str:
    """ "Công an" + "Hà Giang" -> "Công an tỉnh Hà Giang"; an item that names its unit keeps it;
    no head: "tỉnh Hà Giang"."""
    if not head:
        return name if _UNIT_ABBREVIATION.match(name) else f"{_province_unit(name, unit)} {name}"
    head = head[0].upper() + head[1:]
    if _UNIT_ABBREVIATION.match(name):
        return f"{head} {name}"
    return f"{head} {_province_unit(name, unit)} {name}"


def _pieces(text: str, known: dict[str, bool] | None = None) -> list[str]:
    """Cut a list at commas, semicolons and "và", except where a body's name runs on over them.

    ``known`` learns, for each piece, whether it starts with a body's head (read off the list's own
    tokens, so the pieces need not be tokenized again).
    """
    toks = tokenize(text)
    n = len(toks)
    out: list[str] = []
    i = 0
    stop = lexicon().stop
    while i < n:
        if toks[i][TEXT] in ",;.:" or toks[i][LOW] == "và":
            i += 1
            continue
        start = i
        head = head_at(toks, i)
        end = scan_name(toks, i) if head else i
        j, depth = max(end, i + 1), 0
        while j < n:
            t = toks[j]
            if t[TEXT] == "(":
                depth += 1
            elif t[TEXT] == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and (t[TEXT] in ",;" or t[LOW] == "và" and j + 1 < n
                                 and (toks[j + 1][CAP] or head_at(toks, j + 1))):
                break
            elif depth == 0 and j >= end and t[LOW] in stop and t[TEXT][0].islower():
                break           # a verb after the name: the rest is not part of the item
            j += 1
        piece = text[toks[start][START]:toks[j - 1][END]]
        out.append(piece)
        if known is not None and (not head or start + head <= j):
            known[piece] = bool(head)       # a head found inside the piece is the piece's own
        while j < n and toks[j][TEXT] not in ",;" and toks[j][LOW] != "và":
            j += 1          # skip what followed the name up to the next item
        i = j
    return out


def split_members(text: str, unit: str | None = None) -> list[str]:
    """Split a written member list into member names (see the module docstring)."""
    end = _LIST_END.search(text)
    if end:
        text = text[:end.start()]
    if _NUMBERED.search(text):
        items = [_clean(p) for p in _NUMBERED.split(text) if p.strip()]
        return [drop_definitions(p) for p in items if p and p[0].isupper()]
    out = _split(text, unit)
    bodies = sum(1 for _, body in out if body)
    # "Bảo hiểm xã hội (BHXH) tỉnh": the abbreviation defined on the way is not part of the name
    return [drop_definitions(name) for name, _ in out] if out and bodies * 2 >= len(out) else []


@lru_cache(maxsize=1)
def _shared_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A plural head written once before a list ("các ban Tổ chức, ...", "các Hội: ..."), matched where
    "các" stands; and the tail the last item may share with the others ("... Dân vận Tỉnh ủy")."""
    nw = name_words()
    heads = "|".join(re.escape(h) for h in sorted(nw.shared_heads, key=len, reverse=True))
    shared = re.compile(rf"các\s+(?P<head>(?i:{heads}))(?P<colon>\s*:\s*|\s+)(?=[“\"]?(?:{UPPER}|\d))")
    tails = "|".join(re.escape(t) for t in sorted(nw.shared_tails, key=len, reverse=True))
    tail = re.compile(rf"\s(?P<tail>(?:{tails})(?:\s+{UPPER}[^\W\d_]*)*)$")
    return shared, tail


def _shared_head(text: str) -> "tuple[int, str, re.Match[str]] | None":
    """Where a plural head written once starts (with the words before it that every item shares,
    "Trung ương các Hội: ..."), those words, and the head's match; None when the list has none."""
    pattern = _shared_pattern()[0]
    at = text.find("các ")
    while at >= 0:
        m = pattern.match(text, at) if at == 0 or not text[at - 1].isalpha() else None
        if m is not None:
            sep = max(text.rfind(",", 0, at), text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1
            prefix = text[sep:at].strip()
            words = prefix.split()
            if not prefix:
                return sep, "", m
            if words[-1] == "và":
                return at, "", m    # "Tỉnh Đoàn và các hội: A, B": a member, then the list sharing a head
            # "Trung ương các Hội": capitalised words; not a body whose own name has "các" ("Liên hiệp
            # các Hội Khoa học và Kỹ thuật tỉnh")
            if len(words) <= 3 and prefix[0].isupper() and "và" not in words and not head_at(tokenize(prefix), 0):
                return sep, prefix, m
        at = text.find("các ", at + 1)
    return None


#: "UBND: TP Quy Nhơn, thị xã An Nhơn, huyện Tuy Phước": a head, a colon, the places it is written out for.
_HEAD_COLON = re.compile(r"\s*([^\W\d_][^,;:()]{0,40}?)\s*:\s+(?=\S)")


def _head_colon(text: str) -> tuple[str, str] | None:
    """The head written before a colon that every item of the list after it takes, and that list."""
    m = _HEAD_COLON.match(text)
    if m is None or not m.group(1)[0].isupper() or " các " in f" {m.group(1)} " or _UNIT_END.search(m.group(1)):
        return None     # "Công an các tỉnh: A, B", "Công an 4 tỉnh:": the unit is written out from there
    toks = tokenize(m.group(1))
    if not head_at(toks, 0) or scan_name(toks, 0) != len(toks):
        return None
    return m.group(1), text[m.end():]


def _split(text: str, unit: str | None) -> list[tuple[str, bool]]:
    """The members of a list, each with whether it names a body by its own words."""
    if ":" in text[:44]:
        headed = _head_colon(text)
        if headed is not None:
            head, rest = headed
            items = _split_plain(rest, unit)
            if items and all(not body or _PLACE_FIRST.match(item) for item, body in items):
                return [(f"{head} {item}", True) for item, _ in items]
    shared = _shared_head(text) if "các " in text else None
    if shared is not None:
        start, prefix, m = shared
        items, rest = _shared_items(text, prefix, m)
        if items:
            after = _split(rest, unit) if rest.strip(" ,;.") else []
            before = re.sub(r"(?:\s*,|\s+và)\s*$", "", text[:start])     # "Tỉnh Đoàn và [các hội: ...]"
            return _split(before, unit) + [(item, True) for item in items] + after
    return _split_plain(text, unit)


def _shared_items(text: str, prefix: str, m: "re.Match[str]") -> tuple[list[str], str]:
    """The items a plural head is written once for, written out; and the text after them."""
    head = m.group("head")
    head = head[0].upper() + head[1:]
    body = text[m.end():]
    limit = len(body)
    if ":" in m.group("colon") and ";" in body:
        limit = body.index(";")         # "Trung ương các Hội: A, B, C; D ...": the semicolon ends it
    pieces: list[tuple[str, int]] = []
    pos = 0
    known: dict[str, bool] = {}
    for piece in _pieces(body[:limit], known):
        at = body.find(piece, pos)
        if pieces and known.get(piece, False) and not lookup_body(f"{head} {piece}"):
            break                       # a body named in full: the shared head is over ("Liên hiệp Phụ nữ" is a Hội's)
        pieces.append((_clean(piece), at))
        pos = at + len(piece)
    pieces = [(p, at) for p, at in pieces if p and (p[0].isupper() or p[0].isdigit())]
    if not pieces:
        return [], text
    joined: list[tuple[str, int]] = []
    for p, at in pieces:
        if joined:
            q, qat = joined[-1]
            both = body[qat:at + len(p)]
            if both == f"{q} và {p}" and lookup_body(f"{head} {both}"):
                joined[-1] = (both, qat)     # "các sở: ..., Kế hoạch và Đầu tư": one body, named with "và"
                continue
            # "Nông nghiệp và Phát triển nông thôn": the same, the second part read short ("phát triển" is
            # also a verb): the whole stretch to the next comma names one body the gazetteer knows
            stops = [k for k in (body.find(",", at), body.find(";", at)) if k >= 0]
            whole = body[qat:min(stops + [limit])].strip(" .")
            if whole.startswith(f"{q} và {p}") and lookup_body(f"{head} {whole}"):
                joined[-1] = (whole, qat)
                continue
        joined.append((p, at))
    pieces = joined
    end = pieces[-1][1] + len(pieces[-1][0])
    names = [p for p, _ in pieces]
    tail = _shared_pattern()[1]
    t = tail.search(names[-1]) if len(names) > 1 else None
    if t is not None and not any(tail.search(p) for p in names[:-1]):
        names = [f"{p} {t.group('tail')}" for p in names[:-1]] + names[-1:]     # "Tổ chức" + "Tỉnh ủy"
    lead = f"{prefix} {head}" if prefix else head
    return [f"{lead} {p}" for p in names], body[end:]


def _split_plain(text: str, unit: str | None) -> list[tuple[str, bool]]:
    nw = name_words()
    m = _UNIT_LIST.match(text)
    if m:
        unit, text = m.group(1), text[m.end():]
    raw: list[str] = []
    known: dict[str, bool] = {}

    def names_a_body(piece: str) -> bool:
        found = known.get(piece)
        return _names_a_body(piece) if found is None else found

    for piece in _pieces(text, known):
        part = _clean(piece)
        if not part:
            continue
        if part != piece and piece in known and piece.startswith(part):
            known[part] = known[piece]      # only its end was trimmed: the same head
        if raw and part[0].islower() and not names_a_body(part) and _name_words_start(part):
            raw[-1] = f"{raw[-1]}, {part}"                  # a name's lower-case tail
        elif raw and _starts_with(raw[-1], nw.unit_heads) and _starts_with(part, nw.parent_heads) \
                and not _PLACED.search(raw[-1]):
            raw[-1] = f"{raw[-1]}, {part}"                  # "Cục Tổ chức cán bộ, Bộ Công an"
        else:
            raw.append(part)
    if len(raw) > 1 and any(", " in p or not names_a_body(p) for p in raw):
        raw = _heads_written_once(raw, names_a_body)
        for part in raw:
            if part not in known and part.startswith(_singular_heads()):
                known[part] = True          # written out with its head
    out: list[str] = []
    head: tuple[str, str] | None = None
    for part in raw:
        m = _EXPAND.match(part)
        if m and not m.group("head") and not (m.group("unit") in _PROVINCE_UNITS
                                              and province_named(_place_name(m.group("first")))):
            m = None            # "các tỉnh Tây Nguyên": a region, not a list of provinces
        if m:
            head = (m.group("head") or "", m.group("unit"))
            joined = _JOINED.match(head[0])
            if joined:          # "thành phố Đà Nẵng và các tỉnh A, B": a member, then the list
                out.append(joined.group(1))
                known.setdefault(out[-1], names_a_body(out[-1]))
                # "Công an thành phố Đà Nẵng và các tỉnh A, B": the body's head is the list's
                placed = _PLACED_BODY.match(joined.group(1))
                head = (placed.group(1) if placed else "", head[1])
            # "UBND các huyện Tam Nông, Tháp Mười, Cao Lãnh": places the name grammar read as one piece
            for place in _PLACES_SPLIT.split(m.group("first")):
                if _clean(place):
                    out.append(_with_unit(head[0], _place_name(_clean(place)), head[1]))
                    known[out[-1]] = True
            continue
        if head and (not names_a_body(part) or _UNIT_ABBREVIATION.match(part)):
            if (part[:1].isupper() or _UNIT_ABBREVIATION.match(part)) \
                    and (head[0] or province_named(_place_name(_UNIT_ABBREVIATION.sub("", part)))):
                out.append(_with_unit(head[0], _place_name(part), head[1]))
                known[out[-1]] = True
                continue
            break       # "... Thái Nguyên tổ chức hội nghị và ký kết ...": no place, so no more members
        head = None
        if unit and unit.split(",")[0] in ("tỉnh", "thành phố") and province_named(_place_name(part)):
            name = _place_name(part)
            out.append(f"{_province_unit(name, unit)} {name}")
            known[out[-1]] = True           # a place with its unit is a body
            continue
        if part[0].isupper() or names_a_body(part):
            out.append(part)
    return [(item, names_a_body(item)) for item in out]


@lru_cache(maxsize=1)
def _singular_heads() -> tuple[str, ...]:
    """The plural-able heads as they open a name, with the space after them ("Ban ", "Trung tâm "),
    longest first."""
    heads = {h[0].upper() + h[1:] + " " for h in name_words().shared_heads}
    return tuple(sorted(heads, key=len, reverse=True))


def _heads_written_once(raw: list[str], names_a_body) -> list[str]:
    """Items that share the head of the item before them ("Ban Tổ chức, Tuyên giáo, Dân vận Tỉnh ủy",
    "Sở Tài chính, Xây dựng, Công Thương"), written out with the head and the tail the last one has."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        part = raw[k]
        heads = _singular_heads()
        head = next((h[:-1] for h in heads if part.startswith(h)), None) if part.startswith(heads) else None
        if head is None or " các " in part:
            out.append(part)
            k += 1
            continue
        items = _known_parts(part, head)
        j = k + 1
        while j < len(raw) and raw[j][:1].isupper() and not names_a_body(raw[j]) \
                and not _UNIT_ABBREVIATION.match(raw[j]):
            items.append(raw[j])     # "Tuyên giáo": no head of its own
            j += 1
        if len(items) > 1:
            tail = _shared_pattern()[1].search(items[-1])
            if tail is not None and any(_shared_pattern()[1].search(x) for x in items[:-1]):
                tail = None
            items = [items[0]] + [f"{head} {x}" for x in items[1:]]
            if tail is not None:
                items = [f"{x} {tail.group('tail')}" for x in items[:-1]] + items[-1:]
        out.extend(items)
        k = j
    return out


def _known_parts(part: str, head: str) -> list[str]:
    """A name the grammar read over commas that the gazetteer does not know as one body, when its
    first part (with the tail the last part ends with) is one: its parts ("Sở Tài chính, Xây dựng")."""
    if ", " not in part or lookup_body(part):
        return [part]
    first, *rest = part.split(", ")
    tail = _shared_pattern()[1].search(rest[-1])
    if not all(r[:1].isupper() for r in rest):
        return [part]
    if lookup_body(first) or tail is not None and lookup_body(f"{first} {tail.group('tail')}"):
        return [first, *rest]
    return [part]


def _name_words_start(piece: str) -> bool:
    """Whether a lower-case piece starts with a word names use ("chăm sóc sức khỏe cán bộ")."""
    toks = tokenize(piece[:40])
    lex = lexicon()
    return bool(toks) and bool(lex.free.match(toks, 0) or lex.inner.match(toks, 0))


@lru_cache(maxsize=4096)
def _names_a_body(piece: str) -> bool:
    return bool(head_at(tokenize(piece[:60]), 0))


def _list_end(text: str, start: int, open_paren: bool) -> int:
    if open_paren:
        depth = 0
        for k in range(start, len(text)):
            if text[k] == "(":
                depth += 1
            elif text[k] == ")":
                if depth == 0:
                    return k
                depth -= 1
    return len(text)


#: A line that is an item of a list: a bullet ("- ", "• ", "+ ") or a number ("1. ", "(2) ", "c) ").
_LIST_LINE = re.compile(r"^\s*(?:[-–•+*]|\(?\d{1,2}[.)]|[a-đ]\))\s+(?=\S)")


def _whole_name(line: str, unit: str | None) -> bool:
    """Whether a line is one body's name and nothing else ("Báo Tiền Phong;")."""
    bare = line.rstrip(" ;.,")
    if len(bare) > 150 or not bare[:1].isupper():
        return False
    names = split_members(bare, unit)
    return len(names) == 1 and names[0] == drop_definitions(bare) and _names_a_body(names[0])


_MARKER_ONLY = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[a-đ]\))$")


def _first_of_each(members: list[Member]) -> list[Member]:
    """Each member once, where it is first listed."""
    return list({m.name: m for m in reversed(members)}.values())[::-1]


def _listed_below(article: Article, s: Sentence, unit: str | None) -> list[Member]:
    """The members written one per line below a sentence that ends in a colon, each with the
    provenance of its own line."""
    out: list[Member] = []
    line = s.line
    following = article.sentences[s.index + 1:]
    k = 0
    while k < len(following) and following[k].line == line:
        k += 1                      # the rest of the colon's own line
    while k < len(following) and following[k].line == line + 1:
        nxt = following[k]
        m = _LIST_LINE.match(nxt.text)
        if m is not None:
            item = nxt.text[m.end():]
        elif _MARKER_ONLY.match(nxt.text) and k + 1 < len(following) and following[k + 1].line == nxt.line:
            k += 1                  # "1." split off as a sentence of its own: the item is what follows it
            nxt, item = following[k], following[k].text
        elif _whole_name(nxt.text, unit):
            item = nxt.text         # an item without a mark (an HTML list's <li>): a line that is one name
        else:
            break
        if nxt.reaches_cut(len(nxt.text)):
            break                   # the text was cut off in this item
        names = split_members(item, unit)
        if not names:
            break
        prov = article.provenance(nxt)
        out.extend(Member(name, prov) for name in names)
        line = nxt.line
        while k < len(following) and following[k].line == line:
            k += 1
    return out


def _members(article: Article, blocs: Blocs) -> None:
    for s in article.sentences:
        low = s.low
        if "gồm" in low:
            triggers = list(_TRIGGER.finditer(s.text))
        elif "có " in low and (":" in s.text or " là " in low):     # "Khối có 07 đơn vị: ...", "... là A, B"
            triggers = []
            at = low.find("có ")
            while at >= 0:
                if (at == 0 or not low[at - 1].isalpha()) \
                        and (s.text.find(":", at, at + 60) >= 0 or low.find(" là ", at, at + 60) >= 0) \
                        and (m := _HAS_LIST.match(s.text, at)) is not None:
                    triggers.append(m)
                at = low.find("có ", at + 1)
        else:
            continue
        mentions = blocs.in_sentence(s)
        for trig in triggers:
            before = [m for m in mentions if m.end <= trig.start()]
            if before:
                group = before[-1].group
            elif re.search(r"(?<![^\W\d_])(?:Khối|Cụm)(?![^\W\d_])|thành viên", s.text[:trig.start()]):
                group = blocs.current(s, trig.start())
            else:
                continue
            if group is None or group.members:
                continue
            anchor = before[-1].end if before else 0
            window = s.text[anchor:trig.start()]
            open_paren = window.count("(") > window.count(")")
            rest = s.text[trig.end():]
            counted = _COUNT.match(rest.lstrip())
            unit = None
            list_start = trig.end()
            if counted:
                unit = counted.group("unit")
                count = count_value(counted.group(1))
                list_start += (len(rest) - len(rest.lstrip())) + counted.end()
            else:
                near = list(_COUNT.finditer(window[-60:]))
                # "gồm Công an 4 tỉnh: ...": a count inside the list's own head
                head = re.match(r"[^:;.()]{0,40}?:", rest)
                inner = _COUNT.search(head.group()) if head else None
                if inner:
                    near = [inner]
                count = count_value(near[-1].group(1)) if near else None
                unit = near[-1].group("unit") if near else None
            if counted and (s.text[list_start:list_start + 1] in (",", ";", ".", ")", "")
                            or _COUNT_ONLY.match(s.text, list_start)):
                if group.stated_member_count is None:
                    group.stated_member_count = count
                continue        # "gồm 15 doanh nghiệp, Khối trưởng là ...": a count, and no list after it
            if counted:
                # "gồm 05 đơn vị thuộc khối Cảnh sát: ...": what the counted units are, up to the colon
                qualifier = _QUALIFIER.match(s.text, list_start)
                if qualifier is not None:
                    list_start = qualifier.end()
            m = _LIST_HEAD.match(s.text, list_start)
            list_start = m.end() if m else list_start
            list_end = _list_end(s.text, list_start, open_paren)
            # "Khối A gồm ...: X, Y; Khối B gồm ...": the next bloc named ends the list
            list_end = min([list_end] + [b.start for b in mentions if b.start > list_start])
            written = s.text[list_start:list_end]
            if counted and unit in name_words().shared_heads and written[:1].isupper() \
                    and not _names_a_body(written):
                written = f"các {unit}: {written}"  # "gồm 5 phòng: PA01, PA02 ...": the count's unit is their head
            items = split_members(written, unit)
            if items and s.reaches_cut(list_end):
                items = items[:-1]      # the list ran to where the text was cut off: its last item is not whole
            if not items and not written.strip() and s.text.rstrip().endswith(":"):
                listed = _listed_below(article, s, unit)     # "gồm 08 cơ quan, đơn vị:" and a line per member
                if listed:
                    group.members = _first_of_each(listed)
                    if count is not None and group.stated_member_count is None:
                        group.stated_member_count = count
                    continue
            if not items:
                if counted and group.stated_member_count is None and ":" not in s.text[list_start:list_end]:
                    group.stated_member_count = count   # "Khối gồm 16 chi nhánh ngân hàng trên địa bàn": no list
                continue
            prov = article.provenance(s)
            group.members = [Member(name, prov) for name in dict.fromkeys(items)]
            if count is not None and group.stated_member_count is None:
                group.stated_member_count = count


def _counts(article: Article, blocs: Blocs) -> None:
    """Member counts stated apart from a list: "14 cơ quan thành viên Khối thi đua"."""
    for s in article.sentences:
        low = s.low
        mentions = blocs.in_sentence(s)
        verb = "có " in low or "gồm " in low
        if not s.has_digit:
            if (verb or mentions and ":" in s.text) and (mentions or "khối " in low or "cụm " in low):
                _counted_apart(s, blocs, mentions, verb)    # counts written as words ("Khối có tám thành viên")
            continue
        if mentions or verb:
            _counted_apart(s, blocs, mentions, verb)
        for m in (_MEMBER_COUNT.finditer(s.text) if "thành viên" in low else ()):
            after = [b for b in blocs.in_sentence(s) if b.start >= m.end() and b.start - m.end() < 40]
            group = after[0].group if after else blocs.current(s, m.start())
            if group is not None and group.stated_member_count is None:
                group.stated_member_count = int(m.group(1))
        for m in (_COUNT_IN.finditer(s.text) if ("khối" in low or "cụm" in low)
                  and any(w in low for w in _COUNT_IN_CUES) else ()):
            if _PART_BEFORE.search(s.text, max(0, m.start() - 12), m.start()) or _PART_AFTER.match(s.text, m.end()):
                continue
            group = blocs.current(s, m.start())
            if group is not None and group.stated_member_count is None:
                group.stated_member_count = int(m.group(1))


def _counted_apart(s: Sentence, blocs: Blocs, mentions: list[BlocMention], verb: bool) -> None:
    """ "Khối thi đua X có 12 đơn vị", and a bare "Khối hiện có 8 thành viên." (the bloc last named);
    ``verb``: whether the sentence has "có" or "gồm" at all."""
    for b in mentions:
        if b.group is None or b.group.stated_member_count is not None:
            continue
        m = _COUNT_AFTER.match(s.text[b.end:b.end + 60])
        if m:
            b.group.stated_member_count = count_value(m.group(1))
    text = s.text
    if not verb:
        return
    for word in ("Khối ", "Cụm "):
        at = text.find(word)
        while at >= 0:
            m = _BARE_COUNT.match(text, at) if at == 0 or not text[at - 1].isalpha() else None
            if m is not None:
                group = blocs.current(s, at, "bloc" if word == "Khối " else "cluster")
                if group is not None and group.stated_member_count is None:
                    group.stated_member_count = count_value(m.group(2))
            at = text.find(word, at + 1)


_NUMBERING = re.compile(r"[IVX]{1,4}\.|\d{1,2}\.|[a-đ]\)")
_HEADING = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|[a-đ])?[.)/-]?\s*(Khối|Cụm)\s+(?!thi\s)(?!trưởng)(?!phó)"
                      rf"((?:các\s+)?{UPPER}[^\W\d_]*(?:\s+[^\W\d_]+|\s+-\s+{UPPER}[^\W\d_]*){{0,7}}"
                      r"|các\s+[^\W\d_]+(?:\s+[^\W\d_]+){1,6})\s*(?::|$)")


def _headings(article: Article, groups: list[BlocGroup]) -> list[BlocMention]:
    """Section headings that name a bloc by its short name ("2. Khối Nội chính", "Khối Kinh tế tổng hợp:
    Cục Thuế dẫn đầu"): mentions of the one bloc whose name has those words, so a bare "Khối" in the
    section is that bloc."""
    out = []
    previous = None
    for s in article.sentences:
        # (a number opening the line is cut off as a sentence of its own: "1." "Khối Nội chính")
        before, previous = previous, s
        if len(s.text) > 160 or s.is_title or ("Khối " not in s.text and "Cụm " not in s.text):
            continue
        if not (before is None or before.line != s.line or len(before.text) <= 5 and _NUMBERING.fullmatch(before.text)):
            continue    # not where a line starts
        m = _HEADING.match(s.text)
        if m is None:
            continue
        kind = "bloc" if m.group(1) == "Khối" else "cluster"
        words = f" {name_key(m.group(2))} "
        named = [g for g in groups if g.kind == kind and g.reportable and words in f" {name_key(g.name)} "]
        if len(named) == 1:
            mention = BlocMention(s, m.start(1), m.end(2), m.group(0).strip(" :"), kind, None, False, named[0])
            named[0].mentions.append(mention)
            out.append(mention)
    return out


def _table_mentions(article: Article, tabs: list[tables.Table], mentions: list[BlocMention]) -> list[BlocMention]:
    """A mention for each table row whose cell does not name its bloc in full ("Nội chính" under "Khối
    thi đua"), in the article's order."""
    named = {id(m.sentence) for m in mentions if m.qualified}
    extra = [BlocMention(r.sentence, 0, len(r.sentence.text), r.name, r.kind, None, True,
                         shown=r.sentence.text.strip(" .;"))
             for t in tabs for r in t.rows if id(r.sentence) not in named]
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda m: (m.sentence.index, m.start))


#: The header of a table's column of members, one per row ("Đơn vị", "Tên cơ quan, đơn vị", "Địa phương").
_MEMBER_COLUMN = re.compile(r"(?:tên\s+)?(?:cơ quan,\s*đơn vị|đơn vị|cơ quan|thành viên|địa phương|tỉnh,\s*thành phố"
                            r"|tỉnh|huyện|sở,\s*ngành)(?:\s+thành viên)?")
_BLOC_WORD = re.compile(r"(?<![^\W\d_])(?:khối|cụm)(?![^\W\d_])")


def _member_tables(article: Article, blocs: Blocs) -> None:
    """Members listed one per row of a table ("TT | Đơn vị | Tổng điểm | Xếp loại") below a sentence
    about the members of a bloc ("... của 11 đơn vị thành viên Khối như sau:")."""
    sentences = article.sentences
    k = 0
    while k < len(sentences):
        header = sentences[k]
        if header.cell < 0:
            k += 1
            continue
        row = [x for x in sentences[k:k + 20] if x.line == header.line]
        k += len(row)
        column = next((c.cell for c in row if _MEMBER_COLUMN.fullmatch(c.low.strip(" .:"))), None)
        if column is None or any(_BLOC_WORD.search(c.low) for c in row):
            continue            # not a column of members, or a table of blocs (read by the tables module)
        lead = next((x for x in reversed(sentences[:header.index]) if x.cell < 0), None)
        if lead is None or lead.line != header.line - 1 or not _BLOC_WORD.search(lead.low) \
                or not lead.text.rstrip().endswith(":"):
            continue
        group = blocs.current(lead, len(lead.text))
        if group is None or group.members:
            continue
        members: list[Member] = []
        line = header.line
        while k < len(sentences) and sentences[k].cell >= 0 and sentences[k].line == line + 1:
            line = sentences[k].line
            cells = [x for x in sentences[k:k + 20] if x.line == line]
            k += len(cells)
            cell = next((c for c in cells if c.cell == column), None)
            names = split_members(cell.text) if cell is not None else []
            if len(names) == 1:
                members.append(Member(names[0], article.provenance(cell)))
        if members:
            group.members = _first_of_each(members)


def _table_facts(article: Article, tabs: list[tables.Table], blocs: Blocs) -> None:
    """What the rows of a table say of their blocs: the member count, the members, the leaders."""
    for table in tabs:
        for row in table.rows:
            mention = next((m for m in blocs.in_sentence(row.sentence) if m.qualified and m.group is not None), None)
            if mention is None:
                continue
            group = mention.group
            if row.count is not None and group.stated_member_count is None:
                group.stated_member_count = row.count
            if row.members and not group.members and row.members_cell is not None:
                prov = article.provenance(row.members_cell)
                group.members = [Member(name, prov) for name in dict.fromkeys(row.members)]
            for cell in row.roles:
                prov = article.provenance(cell.sentence)
                basis = "stated" if cell.year_stated else "context"
                for org in cell.orgs:
                    blocs.table_terms.append((group, Leadership(cell.year, cell.role, org, basis, prov)))


def extract(article: Article) -> Blocs:
    """Find the blocs of an article with their members and stated member counts."""
    mentions = _mentions(article)
    tabs = tables.read(article)
    if tabs:
        mentions = _table_mentions(article, tabs, mentions)
    groups = _group(mentions)
    headings = _headings(article, groups)
    if headings:
        mentions = sorted(mentions + headings, key=lambda m: (m.sentence.index, m.start))
    blocs = Blocs(groups=groups, mentions=mentions)
    for g in groups:
        first = next((m for m in g.mentions if m.qualified), None)
        if first is not None:
            g.provenance = article.provenance(first.sentence)
        g.year = article.review_year
    if tabs:
        _table_facts(article, tabs, blocs)
    _members(article, blocs)
    _member_tables(article, blocs)
    _counts(article, blocs)
    return blocs
