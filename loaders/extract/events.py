"""Events the article reports: conferences, congresses, seminars, covenant signings, joint activities.

An event noun from ``events.yaml`` ("Hội nghị", "Đại hội", "Tọa đàm", "Hội
thảo", "Lễ ...") starts an event when it opens a title ("Hội nghị tổng kết
công tác thi đua, khen thưởng năm 2023 ...") and the sentence reports it: it
gives a date ("Chiều 10/4/2024"), a place ("tại Hà Nội") or a reporting verb
("diễn ra", "tổ chức", "khai mạc"). The article's own title counts when it
opens with an event noun. A bare "tại Hội nghị" refers to an event already
named, and "chào mừng Đại hội ..." celebrates one that is not reported.

A covenant signing ("ký kết Giao ước thi đua của Khối năm 2024") is an event
when the sentence dates it or places it at the reported meeting ("Tại Hội
nghị ..."), whose date and place it then shares; registering pledges ("đăng ký
giao ước") is not a signing. A joint activity "... do <body> (chủ trì) tổ
chức" is an event of type other with that organiser.

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
from functools import lru_cache

from ..facts import Event
from ..gazetteer import event_words
from ..keys import name_key
from ..text import unify_tones
from .base import UPPER, Article, Sentence, literal_words, word_matches
from .blocs import Blocs
from .dates import dates_in
from .names import head_at, lexicon, scan_name, span_text

__all__ = ["extract"]


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = event_words()
    types: dict[str, str] = {}
    for kind, nouns in d["triggers"].items():
        for noun in nouns:
            types[unify_tones(noun).lower()] = kind
    # matched against the lower-cased sentence (same offsets): faster than IGNORECASE
    trigger = literal_words(list(types))
    not_reported = re.compile(
        r"(?:" + "|".join(re.escape(w) for w in sorted(d["not_reported_after"], key=len, reverse=True)) + r")\s*$",
        re.IGNORECASE)
    reported = re.compile(
        r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in sorted(d["reported_verbs"], key=len, reverse=True))
        + r")(?![^\W\d_])", re.IGNORECASE)
    activities = "|".join(re.escape(w) for w in sorted(d["activities"], key=len, reverse=True))
    activity = re.compile(
        rf"(?<![^\W\d_])(?P<title>(?:{activities})(?![^\W\d_])[^.;()]{{0,80}}?)\s+do\s+(?P<org>{UPPER}[^.;()]{{2,120}}?)"
        r"\s+(?:chủ trì\s+|đăng cai\s+|phối hợp\s+)?(?:tổ chức|thực hiện)(?![^\W\d_])")
    return trigger, types, not_reported, reported, activity


_DONE = re.compile(r"(?:đã|vừa)\s+(?:long trọng\s+)?tổ chức\s+$")
_TITLE_END = re.compile(
    r"\s*(?:[(;:]|\.(?:\s|$)|,\s*tại\s|\s+tại\s|\s+do\s|,?\s+với\s+sự|\s+nhằm\s|\s+diễn ra|\s+được tổ chức|\s+vào\s"
    r"|\s+đã\s|\s+sẽ\s|\s+được\s|,\s+(?:đồng chí|các đồng chí)|$)")
@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(event_words()["place_words"], key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])[Tt]ại\s+(?P<place>(?:(?:thành phố|tỉnh|TP\.?|huyện|thị xã|{words})\s+)?"
                      rf"{UPPER}[^,.;()]{{1,80}})")
_ANCHOR = re.compile(r"(?:^|(?<=[\s,]))(?:[Tt]ại|[Tt]rong khuôn khổ|[Nn]hân dịp)\s+(?:Hội nghị|Đại hội|Tọa đàm|Hội thảo|hội nghị|đại hội|buổi lễ|Lễ)(?![^\W\d_])")
_SIGNING = re.compile(r"(?<![^\W\d_])(?<!đăng )(?:ký kết|ký)\s+(?:[Gg]iao ước|bản giao ước)[^.;,()]{0,60}")


def _title(text: str, start: int) -> str:
    m = _TITLE_END.search(text, start + 1)
    end = m.start() if m else len(text)
    return text[start:end].strip(" ,")


def _place(s: Sentence) -> str | None:
    for m in _place_pattern().finditer(s.text):
        place = m.group("place")
        toks = s.tokens
        i = s.token_at(m.start("place"))
        if _tables()[0].match(place.lower()):   # "tại Hội nghị": a reference
            continue   # "tại Hội nghị": a reference, not a place
        j = i
        while j < len(toks) and toks[j].is_lower or j < len(toks) and toks[j].text == ".":
            j += 1      # "thành phố", "trụ sở", "hội trường": the words before the name
        if j < len(toks) and lexicon().provinces.match(toks, j):
            end = j + lexicon().provinces.match(toks, j)
            return span_text(s.text, toks, i, end)
        end = scan_name(toks, j) if j < len(toks) and toks[j].is_cap else j
        # "Trung tâm hội nghị APPlaza": a venue's name may run over lower-case words to a capital
        k = end
        while k < len(toks) and k - end < 3 and toks[k].is_lower:
            k += 1
        if k > end and k < len(toks) and toks[k].is_cap:
            end = k
            while end < len(toks) and toks[end].is_cap:
                end += 1
        if end > j:
            return span_text(s.text, toks, i, end)
        return place.strip() or None
    return None


def _organiser(s: Sentence, blocs: Blocs, trigger_start: int, title: str) -> str | None:
    before = s.text[:trigger_start]
    m = re.search(r"(?:đã\s+|vừa\s+)?(?:long trọng\s+)?tổ chức\s*$", before)
    if m:
        # the bloc the sentence is about: "Cụm thi đua số 1 gồm ... đã tổ chức hội nghị"
        named = [b for b in blocs.in_sentence(s) if b.end <= m.start() and b.group is not None
                 and b.group.reportable]
        if named:
            return named[0].group.name if named[0].group else named[0].name
        mentions = [b for b in blocs.in_sentence(s) if b.end <= m.start() + 1]
        if mentions and s.text[mentions[-1].end:m.start()].strip(" ,") == "":
            g = mentions[-1].group
            return g.name if g is not None and g.reportable else mentions[-1].name
        toks = s.tokens
        end = s.token_at(m.start())
        for k in range(max(0, end - 20), end):
            if head_at(toks, k) and scan_name(toks, k, limit=end) == end:
                return span_text(s.text, toks, k, end)
    inside = [b for b in blocs.in_sentence(s) if b.start >= trigger_start and b.qualified
              and b.start < trigger_start + len(title)]
    if inside and inside[0].group is not None:
        return inside[0].group.name
    return None


def _dates(article: Article, s: Sentence) -> list[str]:
    return [d.iso for d in dates_in(s.text, article.dateline_year)]


def extract(article: Article, blocs: Blocs) -> list[Event]:
    """The events an article reports, merged across mentions, in order of first mention."""
    trigger, types, not_reported, reported, activity = _tables()
    events: list[Event] = []

    def add(event: Event) -> None:
        for other in events:
            if other.type != event.type:
                continue
            same = (not other.date or not event.date or other.date == event.date) and (
                not event.title or not other.title or _similar(event.title, other.title))
            if same:
                other.date = other.date or event.date
                other.place = other.place or event.place
                other.organiser = other.organiser or event.organiser
                if event.title and (not other.title or len(event.title) > len(other.title) and other.date is None):
                    other.title = event.title
                return
        events.append(event)

    main: Event | None = None
    nouns = _nouns()
    for s in article.sentences:
        text = s.text
        has_event = _has_event_noun(s)
        has_signing = "giao ước" in s.low
        has_activity = " do " in text
        if not (has_event or has_signing or has_activity):
            continue
        dates = _dates(article, s) if s.has_digit else []
        place = _place(s) if "tại " in s.low else None
        for m in (word_matches(trigger, s.low if len(s.low) == len(text) else text.lower()) if has_event else ()):
            kind = types[" ".join(m.group().split())]
            if kind == "signing":
                continue
            if not text[m.start()].isupper() and not (dates or s.is_title or _DONE.search(text, 0, m.start())):
                continue
            if not_reported.search(text[max(0, m.start() - 60):m.start()]):
                continue
            title = _title(text, m.start())
            rest = title[len(m.group()):].strip()
            if not rest or not rest[0].isalnum() or rest.split()[0].lower() in ("này", "đó", "đã", "lần", "là"):
                if not (rest.lower().startswith("lần") and (dates or s.is_title)):
                    continue
            title_line = s.is_title and m.start() == 0
            if not (title_line or dates or place or reported.search(text[:m.start()])):
                continue
            if title_line:
                title = text.rstrip(" .")
            if kind == "conference" and _SIGNING.match(title, len(m.group()) + 1):
                kind = "signing"        # "hội nghị ký kết giao ước thi đua": the meeting is the signing
            event = Event(type=kind, title=title, date=dates[0] if dates else None,
                          place=place if not title_line else None,
                          organiser=_organiser(s, blocs, m.start(), title),
                          provenance=article.provenance(s))
            add(event)
            if main is None or (main.date is None and event.date):
                main = events[-1] if events[-1] is event else main
            break   # one event per sentence: later nouns are parts of its title
        for m in (_SIGNING.finditer(text) if has_signing else ()):
            # "Tại Hội nghị, ..." earlier in the sentence or in its paragraph places it at the meeting
            anchored = _ANCHOR.search(text[:m.start()]) is not None or any(
                _ANCHOR.search(o.text) for o in article.sentences if o.line == s.line and o.index < s.index)
            if not (dates or anchored):
                continue
            if anchored and main is None:
                continue
            date = dates[0] if dates else (main.date if main else None)
            begin = m.start() - 3 if text[:m.start()].endswith(("Lễ ", "lễ ")) else m.start()
            title = text[begin:m.end()].strip(" ,")
            event = Event(type="signing", title=title, date=date,
                          place=place or (main.place if main else None),
                          organiser=(main.organiser if main else None) or _organiser(s, blocs, begin, title),
                          provenance=article.provenance(s))
            add(event)
        for m in (activity.finditer(text) if has_activity else ()):
            title = m.group("title")
            last = None
            for last in re.finditer(_ACTIVITY_NOUNS(), title):
                pass
            if last is not None and last.start():
                title = title[last.start():]
            toks = s.tokens
            i = s.token_at(m.start("org"))
            org = span_text(text, toks, i, scan_name(toks, i)) if head_at(toks, i) else m.group("org")
            add(Event(type="other", title=title.strip(" ,"), date=dates[0] if dates else None,
                      place=None, organiser=org, provenance=article.provenance(s)))
    return events


@lru_cache(maxsize=1)
def _event_cue() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """For a quick look: noun phrases (any case), and one-word nouns ("Lễ") written capitalised."""
    nouns = _nouns()
    phrases = tuple(n for n in nouns if " " in n)
    single = tuple(n[0].upper() + n[1:] for n in nouns if " " not in n)
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, single)) + r")(?![^\W\d_])")
    return phrases, single, pattern


def _has_event_noun(s: Sentence) -> bool:
    phrases, single, pattern = _event_cue()
    if s.mentions(*phrases):
        return True
    return any(w in s.text for w in single) and pattern.search(s.text) is not None


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    """The event nouns, lower-cased, for a quick look before the regexes."""
    return tuple(sorted({unify_tones(n).lower() for nouns in event_words()["triggers"].values() for n in nouns}))


@lru_cache(maxsize=1)
def _ACTIVITY_NOUNS() -> re.Pattern[str]:
    nouns = sorted(event_words()["activities"], key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in nouns) + r")(?![^\W\d_])")


def _similar(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    return ka == kb or ka.startswith(kb) or kb.startswith(ka) or f" {kb}" in f" {ka}" or f" {ka}" in f" {kb}"
