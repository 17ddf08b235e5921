"""Events the article reports: conferences, congresses, seminars, covenant signings, joint activities.

An event noun from ``events.yaml`` ("Hội nghị", "Đại hội", "Tọa đàm", "Hội
thảo", "Lễ ...") starts an event when it opens a title ("Hội nghị tổng kết
công tác thi đua, khen thưởng năm 2023 ...", "Hội thảo “...”") and the
sentence reports it: it gives a date ("Chiều 10/4/2024"), a place ("tại Hà
Nội") or a reporting verb ("diễn ra", "tổ chức", "khai mạc"). The article's own
title counts when it opens with an event noun (up to a colon: "Đại hội ...: Lan
tỏa ..."). A bare "tại Hội nghị" refers to an event already named, and
"chào mừng Đại hội ...", "chuẩn bị tổ chức Đại hội ...", "hội nghị ... sẽ được
tổ chức" are not reported. A meeting the text says took place is an event
even undated ("đã được thống nhất tại hội nghị tổng kết năm 2019 của Khối"),
and so is a dated one told by its verb ("Ngày 18/12, Khối X đã tổng kết công
tác thi đua năm 2021").

A covenant signing ("ký kết Giao ước thi đua của Khối năm 2024") is an event
when its clause dates it or it is placed at the reported meeting ("Tại Hội
nghị ...", "Kết thúc hội nghị, ...", "Ngay sau đó, ..." in a paragraph about
the meeting), whose date and place it then shares; registering pledges
("đăng ký giao ước") and the practice of signing ("việc ký kết") are not
signings. A joint activity is an event of type other: "... do <body> (chủ
trì) tổ chức", or a hội thao, hội thi, giải ... that the text says was held
("đã ... tổ chức hội thao nghiệp vụ của Cụm", or in a sentence set in the year
under review: "Năm 2022, Khối tổ chức giải cầu lông"), or one a body hosted
("Giải bóng đá ... do Phòng PC04 đăng cai đã ...", undated unless a day is
given), unless it is still to come ("... đăng cai sẽ diễn ra").

Many blocs' meetings told together ("cả 8 khối đã tổ chức hội nghị tổng kết",
"08 khối thi đua thuộc UBND tỉnh đã tổ chức ...") are no one event. A place
written with its unit is its capitalised words ("tại thành phố Đông Hà, các
tỉnh đã ..."); a venue may be written with capitals ("tại Nhà thi đấu tỉnh").

Several blocs named together as holding meetings ("Khối A và Khối B (lần
lượt) tổ chức hội nghị ...") hold one event each, and sign one covenant each,
unless they hold it together
("phối hợp tổ chức", "hội nghị liên tịch"); a later sentence that places one
bloc's meeting ("Buổi chiều cùng ngày, tại Sở X, Khối B tổng kết năm 2019")
gives that event its place.

Several meetings in one sentence, in clauses that each date their own ("Ngày
15/12, Khối A tổ chức hội nghị ...; ngày 16/12, Khối B ..."), are one event each;
two activities in one title ("Hội thi “...” và giải bóng chuyền ...") are two.

A date without a year takes the dateline's year (``--MM-DD`` when there is no
dateline).

>>> from thidua.loaders.article import build_article
>>> from thidua.loaders.extract import blocs as B
>>> art = build_article("Sáng 12/1/2024, tại thành phố Buôn Ma Thuột, Cụm thi đua số 5 tổ chức Hội nghị "
...                     "tổng kết công tác thi đua năm 2023.", "x")
>>> [(e.type, e.title, e.date, e.place, e.organiser) for e in extract(art, B.extract(art))]
... # doctest: +NORMALIZE_WHITESPACE
[('conference', 'Hội nghị tổng kết công tác thi đua năm 2023', '2024-01-12', 'thành phố Buôn Ma Thuột',
  'Cụm thi đua số 5')]
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from ..facts import Event
from ..gazetteer import event_words
from ..keys import name_key
from ..text import unify_tones
from .base import (CAP, END, LOW, START, TEXT, UPPER, YEAR, Article, Sentence, cue_pattern, fewest_cues,
                   first_letters, literal_words, trie_pattern, word_matches)
from .blocs import BlocGroup, Blocs
from .dates import TextDate, dates_in
from .movements import sentence_quotes
from .names import Phrases, drop_definitions, head_at, lexicon, scan_name, span_text

__all__ = ["extract"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = event_words()
    types: dict[str, str] = {}
    for kind, nouns in d["triggers"].items():
        for noun in nouns:
            types[unify_tones(noun).lower()] = kind
    # matched against the lower-cased sentence (same offsets): faster than IGNORECASE
    trigger = literal_words(list(types))
    # read in the lower-cased sentence: a case-blind pattern gives the regex engine nothing to skip by
    not_reported = re.compile(rf"(?:{_alternation(sorted({w.lower() for w in d['not_reported_after']}))})\s*$")
    verbs = {w.lower() for w in d["reported_verbs"]}
    reported = re.compile(rf"{first_letters(verbs)}(?<![^\W\d_]){trie_pattern(verbs)}(?![^\W\d_])")  # lower-cased too
    activity = re.compile(
        rf"(?<![^\W\d_])(?P<title>(?:{_alternation(d['activities'])})(?![^\W\d_])[^.;()]{{0,80}}?)\s+do\s+"
        rf"(?P<org>{UPPER}[^.;()]{{2,120}}?)"
        r"\s+(?:chủ trì\s+|đăng cai\s+|phối hợp\s+)?(?:tổ chức|thực hiện)(?![^\W\d_])")
    return trigger, types, not_reported, reported, activity


@lru_cache(maxsize=1)
def _planned() -> re.Pattern[str]:
    """Words shortly before an event noun that make it planned or the topic of something else."""
    words = [unify_tones(w).lower() for w in event_words()["planned_before"]]
    return re.compile(rf"(?<![^\W\d_])(?:{_alternation(words)})(?![^\W\d_])")


@lru_cache(maxsize=1)
def _joint() -> re.Pattern[str]:
    """Joint activities written in lower case (matched against the lower-cased sentence)."""
    return literal_words([unify_tones(w).lower() for w in event_words()["joint_activities"]])


_DONE = re.compile(r"(?:đã|vừa)\s+(?:long trọng\s+)?tổ chức\s+$")
_TITLE_END = re.compile(   # no leading \s*, and a look at the next character first: tried at every position
    r"(?=[\s(;:.,]|$)(?:[(;:]|\.(?:\s|$)|,\s*tại\s|\s+tại\s|\s+do\s|,?\s+với\s+(?:sự|\d|hơn\s|gần\s|trên\s|khoảng\s|các\s|nhiều\s)"
    r"|,\s+thu hút\s|\s+nhằm\s|\s+diễn ra|\s+(?:được\s+)?tổ chức\s+(?:vào|ngày|sáng|chiều|tối|tại)\s|\s+được tổ chức|\s+vào\s|\s+(?:nhân\s+)?dịp\s|\s+dưới sự\s"
    r"|\s+đã\s|\s+sẽ\s|\s+được\s|,\s+(?:đồng chí|các đồng chí)|$)")


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    d = event_words()
    words = _alternation(d["place_words"] + d["place_units"])
    units = _alternation(d["place_units"])
    # "ở" only before a place written with its unit ("diễn ra ngày 15/12 ở thành phố Nam Định"): it has other uses
    return re.compile(rf"(?<![^\W\d_])(?:[Tt]ại|ở(?=\s+(?:{units})\s+{UPPER}))\s+"
                      rf"(?P<place>(?:(?:{words})\s+)?{UPPER}[^,.;()]{{1,80}})")


_ANCHOR = re.compile(
    r"(?:^|(?<=[\s,]))(?:[Tt]ại|[Tt]rong khuôn khổ|[Nn]hân dịp|[Kk]ết thúc|[Bb]ế mạc|[Cc]ũng tại|[Cc]uối|"
    r"(?:[Nn]gay\s+)?[Ss]au)\s+"
    r"(?:Hội nghị|Đại hội|Tọa đàm|Hội thảo|hội nghị|đại hội|buổi lễ|Lễ)(?![^\W\d_])")
#: A sentence that goes on from the meeting its paragraph is about: "Ngay sau đó, các thành viên ký ...".
_SEQUEL = re.compile(r"^(?:Ngay sau đó|Sau đó|Tiếp đó|Tiếp theo|Dịp này|Nhân dịp này|Cũng tại đây|"
                     r"(?:(?:Buổi\s+)?(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+)?[Cc]ùng ngày)\s*,")
#: A paragraph about the meeting: a sentence whose subject it is ("Hội nghị đã bầu ...").
_MEETING_SUBJECT = re.compile(r"^(?:Hội nghị|Đại hội|Buổi lễ)\s+(?:đã|cũng|đồng thời|thống nhất|bầu|nghe|tiến hành)")
_SIGNING = re.compile(r"(?=k)(?<![^\W\d_])(?<!đăng )(?:ký kết|ký)\s+(?:[Gg]iao ước|bản giao ước)[^.;,()]{0,60}")
_NOT_HELD = re.compile(r"(?=[đsdcth])(?<![^\W\d_])(?:để|sẽ|dự kiến|chuẩn bị|tiến tới|hằng năm|hàng năm)(?![^\W\d_])")
_HABIT_AFTER = re.compile(r"[^.;]{0,30}?(?<![^\W\d_])(?:hằng năm|hàng năm)(?![^\W\d_])")
_SIGNING_TITLE_END = re.compile(r",?\s+(?:với|gồm|trong đó|nhằm|để|tại)\s")
_NOMINAL = re.compile(r"(?<![^\W\d_])(?:việc|công tác|hoạt động|thủ tục)\s+(?:tổ chức\s+)?$")
#: A past meeting the sentence refers to: "đã được thống nhất tại hội nghị tổng kết năm 2019 của Khối".
_AT_PAST = re.compile(r"(?<![^\W\d_])(?:tại|từ)\s+$")
_PAST = re.compile(r"(?=[đv])(?<![^\W\d_])(?:đã|được|vừa)(?![^\W\d_])")
_HELD_VERB = re.compile(r"(?:đã\s+|vừa\s+)?(?:long trọng\s+)?(?:lần lượt\s+)?tổ chức\s*$")
_WILL = re.compile(r"\s*(?:sẽ|dự kiến)(?![^\W\d_])")
_HELD_BY = re.compile(r"(?<![^\W\d_])tổ chức\s+$")
_HELD_BEFORE = re.compile(r"(?<![^\W\d_])tổ chức\s+(?:thành công\s+)?(?:[^\W\d_]+\s+){0,5}?(?:và\s+)?$")
#: Blocs that hold one meeting together ("phối hợp tổ chức", "hội nghị liên tịch"), not one each.
_TOGETHER = re.compile(r"(?<![^\W\d_])(?:phối hợp|liên tịch|cùng|chung)(?![^\W\d_])")
_MEETING_VERB = re.compile(r"\s*(?:-[^-]{0,120}-\s*)?(?:đã\s+|vừa\s+)?(?:tổ chức\s+)?(?:hội nghị|tổng kết|sơ kết|họp)"
                           r"(?![^\W\d_])")


#: No event title runs longer than this.
_LONGEST_TITLE = 400


def _title_end(text: str, start: int) -> int:
    m = _TITLE_END.search(text, start + 1, start + _LONGEST_TITLE)
    return m.start() if m else len(text)


def _title(text: str, start: int) -> str:
    return drop_definitions(text[start:_title_end(text, start)].strip(" ,"))


@lru_cache(maxsize=1)
def _next_activity() -> re.Pattern[str]:
    """ "... và giải bóng chuyền ...": a second activity named in the same title."""
    d = event_words()
    nouns = {unify_tones(w).lower() for w in [*d["activities"], *d["joint_activities"], *d["triggers"]["other"]]}
    nouns -= {"hoạt động", "chương trình", "lễ"}
    return re.compile(rf"(?:\s*,|\s+và)\s+(?=(?i:{_alternation(sorted(nouns))})(?![^\W\d_]))")


def _joint_titles(title: str) -> list[str]:
    """The activities one title names ("Hội thi “...” và giải bóng chuyền ...": two), split outside quotes."""
    if " và " not in title and ", " not in title:
        return [title]
    out, start, depth = [], 0, 0
    for k, c in enumerate(title):
        if c in "“":
            depth += 1
        elif c in "”":
            depth = max(0, depth - 1)
        elif c == '"':
            depth = 1 - depth
        elif depth == 0 and (c == "," or c == " " and title.startswith(" và ", k)):
            m = _next_activity().match(title, k)
            if m:
                out.append(title[start:k].strip(" ,"))
                start = m.end()
    out.append(title[start:].strip(" ,"))
    return [t for t in out if t]


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1


def _place(s: Sentence, start: int = 0, end: int | None = None) -> str | None:
    """The first place a sentence (or the part of it from ``start`` to ``end``) names with "tại"."""
    pattern, stop = _place_pattern(), len(s.text) if end is None else end
    m = pattern.search(s.text, start, stop)
    while m is not None:
        place = _place_of(s, m)
        if place != "":
            return place
        # "tại Hội nghị ... tại thị xã X": a reference; the next "tại" may be inside what it matched
        m = pattern.search(s.text, m.start("place"), stop)
    return None


def _may_name_place(low: str) -> bool:
    """A quick look before :func:`_place`: whether the lower-cased text has a word that opens a place."""
    return "tại " in low or "ở " in low


_AT = re.compile(r"\s*,?\s*(?=[Tt]ại\s)")
#: The first word of a place's unit ("thành phố", "huyện", "thị xã", "xã", "phường", "thị trấn", "đặc khu").
_PLACE_UNITS = frozenset({"thành", "tỉnh", "huyện", "thị", "quận", "xã", "phường", "đặc"})


def _place_after(s: Sentence, end: int) -> str | None:
    """The place written right after an event's title ("giải bóng đá ... tại huyện Tam Nông")."""
    at = _AT.match(s.text, end)
    m = _place_pattern().match(s.text, at.end()) if at else None
    return (_place_of(s, m) or None) if m else None


@lru_cache(maxsize=1)
def _venues() -> Phrases:
    """The words a venue is written with ("trụ sở", "nhà thi đấu"), matched in any case."""
    return Phrases(event_words()["place_words"])


def _place_of(s: Sentence, m: "re.Match[str]") -> str | None:
    """The place a "tại ..." match names; "" when it refers to a meeting ("tại Hội nghị")."""
    place = m.group("place")
    if _tables()[0].match(place.lower()):
        return ""   # "tại Hội nghị": a reference, not a place
    toks = s.tokens
    i = s.token_at(m.start("place"))
    j = i + _venues().match(toks, i)      # "Nhà thi đấu tỉnh", "Hội trường ...": a venue's words, any case
    while j < len(toks) and toks[j][TEXT][0].islower() or j < len(toks) and toks[j][TEXT] == ".":
        j += 1      # "thành phố", "trụ sở", "hội trường": the words before the name
    if j < len(toks) and lexicon().provinces.match(toks, j):
        end = j + lexicon().provinces.match(toks, j)
        return span_text(s.text, toks, i, end)
    if j > i and toks[i][LOW] in _PLACE_UNITS:
        # "thành phố Đông Hà, các tỉnh đã ...": a place written with its unit is its capitalised words
        end = j
        while end < len(toks) and (toks[end][CAP] or toks[end][TEXT] in "-–" and end + 1 < len(toks)
                                   and toks[end + 1][CAP]):
            end += 1
        if end > j:
            # "thành phố Cao Lãnh, tỉnh Đồng Tháp": the province it is in, after a comma
            if end + 2 < len(toks) and toks[end][TEXT] == "," and toks[end + 1][LOW] == "tỉnh" \
                    and toks[i][LOW] != "tỉnh" and (k := lexicon().provinces.match(toks, end + 2)):
                end += 2 + k
            return span_text(s.text, toks, i, end)
    end = scan_name(toks, j) if j < len(toks) and toks[j][CAP] else j
    # "Trung tâm hội nghị APPlaza": a venue's name may run over lower-case words to a capital
    k = end
    while k < len(toks) and k - end < 3 and toks[k][TEXT][0].islower():
        k += 1
    if k > end and k < len(toks) and toks[k][CAP]:
        end = k
        while end < len(toks) and toks[end][CAP]:
            end += 1
    if end > j:
        return span_text(s.text, toks, i, end)
    return place.strip() or None


def _subject_blocs(s: Sentence, blocs: Blocs, before: int, since: int = 0) -> list[BlocGroup]:
    """The reportable blocs named before an offset of a sentence (and after ``since``), in order, each once."""
    out: list[BlocGroup] = []
    for b in blocs.in_sentence(s):
        if since <= b.start and b.end <= before and b.group is not None and b.group.reportable \
                and b.group not in out:
            out.append(b.group)
    return out


def _joint_subjects(s: Sentence, blocs: Blocs, before: int) -> list[BlocGroup]:
    """Blocs named one after another ("Khối A và Khối B", "Khối A, Khối B") as what a sentence is about,
    before an offset; a lone bloc or blocs apart in the sentence give one or none."""
    run: list[BlocGroup] = []
    last_end = -1
    for b in blocs.in_sentence(s):
        if b.end > before or b.group is None or not b.group.reportable:
            continue
        if run and s.text[last_end:b.start].strip() not in ("và", ",", ", và"):
            run = []            # not listed with the one before it: start again
        if b.group not in run:
            run.append(b.group)
        last_end = b.end
    return run


def _organiser(s: Sentence, blocs: Blocs, trigger_start: int, title: str) -> str | None:
    before = s.text[:trigger_start]
    m = _HELD_VERB.search(before, max(0, trigger_start - 60))     # ends where the noun starts: look near it
    if m:
        # the bloc the sentence is about: "Cụm thi đua số 1 gồm ... đã tổ chức hội nghị"
        # (in its own clause when clauses apart each hold one: "...; ngày 16/12, Khối B tổ chức ...")
        named = _subject_blocs(s, blocs, m.start(), before.rfind(";") + 1) or _subject_blocs(s, blocs, m.start())
        if named:
            return named[0].name
        mentions = [b for b in blocs.in_sentence(s) if b.end <= m.start() + 1]
        if mentions and s.text[mentions[-1].end:m.start()].strip(" ,") == "":
            g = mentions[-1].group
            return g.name if g is not None and g.reportable else mentions[-1].name
        toks = s.tokens
        end = s.token_at(m.start())
        for k in range(max(0, end - 20), end):
            if head_at(toks, k) and scan_name(toks, k, limit=end) == end:
                if k + 1 == end and toks[k][LOW] in ("khối", "cụm"):
                    g = blocs.current(s, toks[k][START], "bloc" if toks[k][LOW] == "khối" else "cluster")
                    if g is not None:
                        return g.name      # "Khối tổ chức ...": the bloc last named
                return span_text(s.text, toks, k, end)
    inside = [b for b in blocs.in_sentence(s) if b.start >= trigger_start and b.qualified
              and b.start < trigger_start + len(title)]
    if inside and inside[0].group is not None:
        return inside[0].group.name
    return None


def _dates(article: Article, s: Sentence) -> list[TextDate]:
    return dates_in(s.text, article.dateline_year, s.low) if s.has_digit else []


def _clause_date(dates: list[TextDate], text: str, start: int, end: int) -> str | None:
    """The date written in the clause of ``text[start:end]``, before it or just after it."""
    first, last = _clause_start(text, start), text.find(";", end)
    last = len(text) if last < 0 else last
    for d in dates:
        if first <= d.start < start or end <= d.start < min(last, end + 40):
            return d.iso
    return None


class _Events:
    """The events found so far; mentions of one event are merged."""

    def __init__(self) -> None:
        self.items: list[Event] = []
        self.main: Event | None = None

    def add(self, event: Event) -> Event:
        for other in self.items:
            if other.type != event.type or not _same(other, event):
                continue
            if event.title and (not other.title or len(event.title) > len(other.title) and other.date is None):
                other.title = event.title       # the fuller title, unless the dated mention had its own
            other.date = other.date or event.date
            other.place = other.place or event.place
            other.organiser = other.organiser or event.organiser
            return other
        self.items.append(event)
        if self.main is None or (self.main.date is None and event.date):
            self.main = event
        return event


def _same(a: Event, b: Event) -> bool:
    if a.date and b.date and a.date != b.date:
        return False
    if a.title and b.title and not (_similar(a.title, b.title) or _similar_keys(_bare_title(a), _bare_title(b))):
        return False
    if a.place and b.place and name_key(a.place) != name_key(b.place):
        return False        # two blocs meeting the same day in two places
    return not (_is_bloc(a.organiser) and _is_bloc(b.organiser) and name_key(a.organiser) != name_key(b.organiser))


def _is_bloc(name: str | None) -> bool:
    return bool(name) and name_key(name).startswith(_BLOC_KEYS)


_BLOC_KEYS = (name_key("Khối thi đua"), name_key("Cụm thi đua"))


def _meetings(article: Article, s: Sentence, blocs: Blocs, found: _Events, dates: list[TextDate],
              place_of: "Callable[[], str | None]") -> None:
    """The conference, congress, seminar or ceremony a sentence reports: one per sentence, or one per
    clause when clauses apart (";") each date their own ("Ngày 15/12, Khối A tổ chức hội nghị ...; ngày
    16/12, Khối B tổ chức hội nghị ... tại X")."""
    text = s.text
    low = s.low if len(s.low) == len(text) else text.lower()
    made: list[tuple["re.Match[str]", int, int, list[Event]]] = []
    for m in word_matches(_tables()[0], low):
        if made and ";" not in text:
            break               # later nouns are parts of the first one's title
        if any(opened < m.start() < close for opened, _, _, close in sentence_quotes(s)):
            continue            # inside a quoted name ("đợt thi đua “Bảo vệ an toàn Lễ hội X”"): not an event
        first = text.rfind(";", 0, m.start()) + 1 if made or ";" in text else 0
        last = text.find(";", m.start())
        last = len(text) if last < 0 else last
        if made and (first == made[-1][1] or not any(first <= d.start < last for d in dates)):
            continue            # the same clause, or a clause with no date of its own
        events = _meeting(article, s, blocs, m, dates, place_of)
        if events:
            made.append((m, first, last, events))
    if len(made) > 1:           # each clause's own date and place
        for k, (m, first, last, _) in enumerate(made):
            here = [d for d in dates if first <= d.start < last]
            place = _place(s, first, last) if _may_name_place(low[first:last]) else None
            made[k] = (m, first, last, _meeting(article, s, blocs, m, here, lambda place=place: place))
    for _, _, _, events in made:
        for event in events:
            found.add(event)


def _meeting(article: Article, s: Sentence, blocs: Blocs, m: "re.Match[str]", dates: list[TextDate],
             place_of: "Callable[[], str | None]") -> list[Event]:
    """The event a noun found by the trigger pattern opens, if the sentence reports one."""
    trigger, types, not_reported, reported, _ = _tables()
    text = s.text
    low = s.low if len(s.low) == len(text) else text.lower()
    kind = types[" ".join(m.group().split())]
    if kind == "signing":
        return []
    clause = _clause_start(text, m.start())
    lead = text[max(clause, m.start() - 80):m.start()]
    past = bool(_AT_PAST.search(lead) and _PAST.search(text, clause, m.start()))
    if not text[m.start()].isupper() and not (dates or s.is_title or past or _DONE.search(text, max(0, m.start() - 40), m.start())):
        return []
    if not_reported.search(low, max(0, m.start() - 60), m.start()) or _planned().search(lead.lower()):
        return []
    title = _title(text, m.start())
    rest = title[len(m.group()):].strip()
    if _WILL.match(text, m.start() + len(title)):
        return []           # "hội nghị tổng kết ... sẽ được tổ chức vào giữa tháng 12"
    if not rest or not (rest[0].isalnum() or rest[0] in "“\"") or \
            rest.split()[0].lower() in ("này", "đó", "đã", "lần", "là"):
        if not (rest.lower().startswith("lần") and (dates or s.is_title)) and not (
                not rest and dates and _HELD_BY.search(text, max(0, m.start() - 30), m.start())
                and _subject_blocs(s, blocs, m.start())):
            return []       # "Ngày 22/12, Khối X tổ chức hội nghị.": a bare noun, held by a bloc on a day
    if _MANY.search(text, max(clause, m.start() - 100), m.start()):
        return []           # "cả 8 khối đã tổ chức hội nghị ...": many meetings told together, none on its own
    title_line = s.is_title and m.start() == 0
    place = place_of()
    host = _host(s, m.start() + len(title)) if kind == "other" and " do " in text else None
    if not (title_line or dates or place or past or host or reported.search(low, 0, m.start())):
        return []
    if title_line:
        title = drop_definitions(text.rstrip(" ."))
        colon = title.find(": ")
        if colon > 0 and len(title[:colon].split()) >= 4:
            title = title[:colon]       # "Đại hội ... lần thứ VI: Lan tỏa ...": a headline's subtitle
    if kind == "conference" and _SIGNING.match(title, len(m.group()) + 1):
        kind = "signing"        # "hội nghị ký kết giao ước thi đua": the meeting is the signing
    date = dates[0].iso if dates and not past else None
    event = Event(type=kind, title=title, date=date, place=place if not (title_line or past) else None,
                  organiser=host or _organiser(s, blocs, m.start(), title), provenance=article.provenance(s))
    subjects = _joint_subjects(s, blocs, m.start())
    if len(subjects) > 1 and not _TOGETHER.search(text, 0, m.start() + len(title)):
        return [replace(event, organiser=group.name) for group in subjects]  # "Khối A và Khối B tổ chức ...": one each
    if kind == "other" and not title_line:
        return [replace(event, title=one) for one in _joint_titles(title)]  # "Hội thi X và giải Y": two
    return [event]


#: Many blocs holding their meetings, told together: "cả 8 khối đã tổ chức hội nghị", "các cụm đều tổ chức".
_MANY = re.compile(r"(?=[cn\dt])(?<![^\W\d_])(?:các|cả(?:\s+\d{1,2})?|\d{1,2}|những|tất cả(?:\s+các)?)\s+(?:khối|cụm)"
                   r"(?:\s+thi đua)?(?:\s+(?:thuộc|của|trong|trực thuộc)\s+[^,.;]{1,40}?)?"
                   r"\s+(?:(?:đều|đã|cũng|lần lượt|đồng loạt)\s+)*tổ chức\s+$")
#: "... do <body> đăng cai": the host of an activity (what follows the body's name).
_HOSTED = re.compile(r"\s+(?:(?:chủ trì|phối hợp)\s+)?(?:đăng cai(?:\s+tổ chức)?|tổ chức)(?![^\W\d_])")
_DO = re.compile(r"\s+do\s+")


def _host(s: Sentence, end: int) -> str | None:
    """The body an activity's title is said to be hosted by ("Giải bóng đá ... do Phòng PC04 đăng cai
    đã ...", "Hội thao ... do Ngân hàng X đăng cai vào tháng 10"), unless it is still to come."""
    m = _DO.match(s.text, end)
    if m is None:
        return None
    toks = s.tokens
    i = s.token_at(m.end())
    if i >= len(toks) or not head_at(toks, i):
        return None
    stop = scan_name(toks, i)
    after = toks[stop - 1][END]
    verb = _HOSTED.match(s.text, after)
    if verb is None or _WILL.match(s.text, verb.end()):
        return None
    return span_text(s.text, toks, i, stop)


def _session(s: Sentence, blocs: Blocs, found: _Events, place: str | None) -> None:
    """A sentence that places one bloc's meeting: "Buổi chiều cùng ngày, tại Sở X, Khối B tổng kết năm 2019"."""
    if place is None:
        return
    for b in blocs.in_sentence(s):
        if b.group is None or not b.group.reportable or not _MEETING_VERB.match(s.text, b.end):
            continue
        if ";" in s.text:       # clauses apart: the place must be in the bloc's own
            first = s.text.rfind(";", 0, b.start) + 1
            last = s.text.find(";", b.end)
            if _place(s, first, len(s.text) if last < 0 else last) is None:
                continue
        key = name_key(b.group.name)
        for event in found.items:
            if event.place is None and event.organiser and name_key(event.organiser) == key:
                event.place = place
                return


#: A bloc reviewing its work as the verb of a sentence: "Khối X (đã) tổng kết công tác thi đua năm 2023".
_REVIEW_VERB = re.compile(r"\s*(?:đã\s+|vừa\s+)?(?:long trọng\s+)?(?P<noun>tổng kết|sơ kết)(?![^\W\d_])")


def _reviews(article: Article, s: Sentence, blocs: Blocs, found: _Events, dates: list[TextDate],
             place_of: "Callable[[], str | None]") -> None:
    """A dated meeting told by its verb: "Ngày 12/12, tại X, Khối Y đã tổng kết công tác thi đua năm 2023"
    (unless the bloc's meeting of that day is known already)."""
    text = s.text
    for b in blocs.in_sentence(s):
        if b.group is None or not b.group.reportable:
            continue
        m = _REVIEW_VERB.match(text, b.end)
        if m is None:
            continue
        date = _clause_date(dates, text, b.start, m.end())
        title = _title(text, m.start("noun"))
        if date is None or len(title.split()) < 3:
            continue
        key = name_key(b.group.name)
        if any(e.date == date and e.organiser and name_key(e.organiser) == key for e in found.items):
            return
        found.add(Event(type="conference", title=title, date=date, place=place_of(), organiser=b.group.name,
                        provenance=article.provenance(s)))
        return


def _signings(article: Article, s: Sentence, blocs: Blocs, found: _Events, dates: list[TextDate],
              place_of: "Callable[[], str | None]") -> None:
    text = s.text
    main = found.main
    for m in _SIGNING.finditer(text):
        if _NOMINAL.search(text, max(0, m.start() - 20), m.start()):
            continue        # "việc ký kết giao ước": the practice, not an occasion
        if text[max(0, m.start() - 9):m.start()].lower() == "hội nghị ":
            continue        # "Hội nghị ký kết giao ước ...": the meeting is the signing, read as such
        clause = _clause_start(text, m.start())
        if _NOT_HELD.search(text, clause, m.start()) or _HABIT_AFTER.match(text, m.end()):
            continue        # "để thống nhất và ký kết giao ước thi đua hằng năm": a purpose, a habit
        # "Tại Hội nghị, ...", "Kết thúc hội nghị, ...", "Ngay sau đó, ..." in the sentence, or a paragraph
        # about the meeting ("Hội nghị đã bầu ... Các thành viên cùng ký giao ước ...") places it there
        earlier = article.earlier_in_paragraph(s)
        anchored = _ANCHOR.search(text, 0, m.start()) is not None or _SEQUEL.match(text) is not None or any(
            _ANCHOR.search(o.text) or _MEETING_SUBJECT.match(o.text) or _SEQUEL.match(o.text) for o in earlier)
        date = _clause_date(dates, text, m.start(), m.end())
        if not (date or anchored) or anchored and main is None:
            continue
        if date is None and main is not None:
            date = main.date
        begin = m.start() - 3 if text[:m.start()].endswith(("Lễ ", "lễ ")) else m.start()
        end = _SIGNING_TITLE_END.search(text, m.start(), m.end())
        title = text[begin:end.start() if end else m.end()].strip(" ,")
        event = Event(type="signing", title=title, date=date, place=place_of() or (main.place if main else None),
                      organiser=(main.organiser if main else None) or _organiser(s, blocs, begin, title),
                      provenance=article.provenance(s))
        subjects = _joint_subjects(s, blocs, begin)
        if len(subjects) > 1 and not _TOGETHER.search(text, 0, m.end()):
            for group in subjects:          # "Khối A và Khối B tổ chức hội nghị và ký kết ...": each signs its own
                found.add(replace(event, organiser=group.name))
        else:
            found.add(event)


#: "Năm 2023, ...", "Trong năm qua, ...": a sentence set in a year.
_YEAR_FRAME = re.compile(rf"(?:Trong\s+|Qua\s+)?[Nn]ăm\s+(?:(?P<year>{YEAR})|qua)\s*,")


def _past_frame(article: Article, text: str) -> bool:
    """Whether a sentence opens in a year gone by: the year under review or one before the dateline's."""
    m = _YEAR_FRAME.match(text)
    if m is None:
        return False
    if m.group("year") is None:
        return True
    year = int(m.group("year"))
    return year == article.review_year or article.dateline_year is not None and year < article.dateline_year


def _activities(article: Article, s: Sentence, found: _Events, dates: list[TextDate]) -> None:
    """Joint activities: "... do <body> (chủ trì) tổ chức"; a hội thao, hội thi, giải ... that was held."""
    text = s.text
    if " do " in text:
        for m in _tables()[4].finditer(text):
            title = m.group("title")
            last = None
            for last in re.finditer(_activity_nouns(), title):
                pass
            if last is not None and last.start():
                title = title[last.start():]
            toks = s.tokens
            i = s.token_at(m.start("org"))
            org = span_text(text, toks, i, scan_name(toks, i)) if head_at(toks, i) else m.group("org")
            found.add(Event(type="other", title=title.strip(" ,"), date=dates[0].iso if dates else None,
                            place=None, organiser=org, provenance=article.provenance(s)))
    low = s.low if len(s.low) == len(text) else text.lower()
    for m in word_matches(_joint(), low):
        if text[m.start()].isupper():
            continue        # capitalised: read as an event noun
        clause = _clause_start(text, m.start())
        held = _HELD_BEFORE.search(text, max(clause, m.start() - 100), m.start())   # ends at the noun: look near it
        if held is None or not (_PAST.search(text, 0, held.start()) or _past_frame(article, text)) \
                or _planned().search(low, clause, m.start()):
            continue        # only what the text says was held: "đã phối hợp ... tổ chức hội thao ..."
        end = _title_end(text, m.start())
        title = _title(text, m.start())
        if len(title.split()) < 3:
            continue
        date = _clause_date(dates, text, m.start(), m.start() + len(title))
        place = _place_after(s, end) if "tại " in s.low else None
        for one in _joint_titles(title):
            found.add(Event(type="other", title=one, date=date, place=place, organiser=None,
                            provenance=article.provenance(s)))


def extract(article: Article, blocs: Blocs) -> list[Event]:
    """The events an article reports, merged across mentions, in order of first mention."""
    found = _Events()
    for s in article.sentences:
        has_event = _has_event_noun(s)
        has_signing = "giao ước" in s.low
        has_activity = " do " in s.text or _has_joint_activity(s)
        has_session = "tại " in s.low and bool(blocs.in_sentence(s)) and found.items
        has_review = s.has_digit and ("tổng kết" in s.low or "sơ kết" in s.low)
        if not (has_event or has_signing or has_activity or has_session or has_review):
            continue
        dates = _dates(article, s)
        places: list[str | None] = []

        def place_of(s: Sentence = s, places: list[str | None] = places) -> str | None:
            """The sentence's place, read once and only when asked for (it tokenizes the sentence)."""
            if not places:
                places.append(_place(s) if _may_name_place(s.low) else None)
            return places[0]

        if has_event:
            _meetings(article, s, blocs, found, dates, place_of)
        elif has_review and dates:
            _reviews(article, s, blocs, found, dates, place_of)
        if has_session:
            _session(s, blocs, found, place_of())
        if has_signing:
            _signings(article, s, blocs, found, dates, place_of)
        if has_activity:
            _activities(article, s, found, dates)
    return found.items


@lru_cache(maxsize=1)
def _event_cue() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """For a quick look: noun phrases (any case), and one-word nouns ("Lễ") written capitalised."""
    nouns = _nouns()
    phrases = cue_pattern(fewest_cues([n for n in nouns if " " in n]))
    single = tuple(n[0].upper() + n[1:] for n in nouns if " " not in n)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, single)) + r")(?![^\W\d_])")
    return phrases, single, pattern


def _has_event_noun(s: Sentence) -> bool:
    phrases, single, pattern = _event_cue()
    low = s.low
    # every noun phrase has one of these in it: most sentences need no pattern
    if any(w in low for w in _NOUN_PARTS) and phrases.search(low):
        return True
    return any(w in s.text for w in single) and pattern.search(s.text) is not None


#: What every multi-word event noun of events.yaml contains ("hội nghị", "đại hội", "tọa đàm", "diễn đàn",
#: "ký kết giao ước", "liên hoan", "lễ ký kết"); checked against the gazetteer by a test.
_NOUN_PARTS = ("hội", "đà", "giao ước", "liên hoan", "lễ ký")


@lru_cache(maxsize=1)
def _joint_words() -> re.Pattern[str]:
    return cue_pattern(fewest_cues([unify_tones(w).lower() for w in event_words()["joint_activities"]]))


def _has_joint_activity(s: Sentence) -> bool:
    return "tổ chức" in s.low and _joint_words().search(s.low) is not None


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    """The event nouns, lower-cased, for a quick look before the regexes."""
    return tuple(sorted({unify_tones(n).lower() for nouns in event_words()["triggers"].values() for n in nouns}))


@lru_cache(maxsize=1)
def _activity_nouns() -> re.Pattern[str]:
    nouns = sorted(event_words()["activities"], key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in nouns) + r")(?![^\W\d_])")


def _similar(a: str, b: str) -> bool:
    return _similar_keys(name_key(a), name_key(b))


def _similar_keys(ka: str, kb: str) -> bool:
    return ka == kb or ka.startswith(kb) or kb.startswith(ka) or f" {kb}" in f" {ka}" or f" {ka}" in f" {kb}"


def _bare_title(e: Event) -> str:
    """An event's title without its organiser's name: a headline names the bloc inside the title
    ("Đại hội Thi đua yêu nước Khối thi đua X lần thứ II") that the body writes apart."""
    key = name_key(e.title or "")
    org = name_key(e.organiser or "")
    if org and f" {org} " in f" {key} ":
        return " ".join(f" {key} ".replace(f" {org} ", " ").split())
    return key
