"""Read one article (text or saved HTML) into facts, with provenance.

The steps: decode the bytes (:func:`thidua.loaders.text.decode`), strip markup
(:mod:`thidua.loaders.html`), normalise with an offset map
(:func:`thidua.loaders.text.normalise`), drop the page furniture (menus,
visitor counters, the header block above the title, "Các tin khác" and what
follows, related-news teasers, photo credits, bylines, repeated lines), split
the rest into sentences (each cell of a table row, written with tabs or bars,
is a sentence of its own), work out the year the article reports on, then run
the extractors of :mod:`thidua.loaders.extract` and assemble a
:class:`~thidua.loaders.facts.Facts` whose every fact quotes its sentence with
offsets into the original text.

Public API: :func:`extract_file`, :func:`extract_text` and :class:`ArticleError`.

>>> facts = extract_text("Hội Nông dân tỉnh được giao nhiệm vụ là Trưởng Khối thi đua các cơ quan "
...                      "Đảng, đoàn thể tỉnh Gia Lai năm 2021.", "x.txt")
>>> [(b.name, [(l.year, l.role, l.org) for l in b.leadership]) for b in facts.blocs]
[('Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Gia Lai', [(2021, 'leader', 'Hội Nông dân tỉnh')])]
"""
from __future__ import annotations

import gc
import hashlib
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .facts import Facts, Source
from .gazetteer import furniture, positions
from .html import declared_charset, html_to_text
from .keys import name_key
from .text import ArticleError, Normalised, decode, is_vietnamese, normalise
from .extract import blocs as _blocs
from .extract import documents as _documents
from .extract import events as _events
from .extract import honours as _honours
from .extract import leadership as _leadership
from .extract import movements as _movements
from .extract import persons as _persons
from .extract.base import UPPER, YEAR, Article, Sentence
from .extract.dates import parse_dateline

__all__ = ["ArticleError", "MAX_BYTES", "MAX_CHARS", "extract_file", "extract_text", "read_article", "build_article",
           "extract_article"]

#: Files larger than this are not articles (a news item is 5-100 KB; a saved page rarely passes 2 MB).
MAX_BYTES = 10 * 1024 * 1024
#: Nor is a text longer than this once markup is gone (about two hundred long articles).
MAX_CHARS = 2_000_000
HTML_SUFFIXES = (".html", ".htm")


# --------------------------------------------------------------------------
# reading


@dataclass
class RawArticle:
    """An article's original text and what its file says about it."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    sha256: str | None = None


def read_article(path: str | Path, max_bytes: int = MAX_BYTES) -> RawArticle:
    """Read and decode one article file; HTML is reduced to its text."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"too large for an article ({size / 1_048_576:.1f} MB; the limit is "
                               f"{max_bytes / 1_048_576:.0f} MB)")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError("is a folder, not an article file") from None
    except FileNotFoundError:
        raise ArticleError("no such file") from None
    except PermissionError:
        raise ArticleError("cannot read it (permission denied)") from None
    digest = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() in HTML_SUFFIXES:
        text = _decode_html(data)
        page = html_to_text(text)
        if not page.text.strip():
            raise ArticleError("no text in the page once markup, scripts and navigation are removed")
        return RawArticle(page.text, page.title, page.published, page.url, digest)
    return RawArticle(decode(data), sha256=digest)


def _decode_html(data: bytes) -> str:
    """A page in UTF-8/UTF-16, or in the character set its ``<meta>`` declares."""
    try:
        return decode(data)
    except ArticleError as exc:
        charset = declared_charset(data)
        if not charset or charset.replace("-", "") in ("utf8", "utf16"):
            raise
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise exc from None


# --------------------------------------------------------------------------
# furniture and sentences


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    kind: str = "body"      # body | title | drop
    cells: list[tuple[int, int]] | None = None      # a table row's cells (offsets in ``text``)

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _is_marker(line: str, keys: frozenset[str], pattern: re.Pattern[str]) -> bool:
    text = line.strip()
    if len(text) > 80:
        return False
    return name_key(text.rstrip(":")) in keys or pattern.search(text) is not None


def _line_key(text: str) -> str:
    """What two copies of a line share (a caption printed twice): the text in lower case, end dots off."""
    return text.lower().strip(" .…")


def _may_repeat(text: str, key: str) -> bool:
    """A quick look before :func:`_line_key` compares a line with a key: its first character."""
    first = text[:1]
    return first in " .…" or first.lower() == key[:1]


_END = re.compile(r"[.!?…:;\"”)]\s*$")


def _headline_like(line: _Line) -> bool:
    return 3 <= line.words <= 35 and not _END.search(line.text)


def _byline_like(text: str, prefixes: tuple[str, ...]) -> bool:
    """A short line of capitalised words, optionally after a degree or a rank: "ThS. Nguyễn Thị Nhàn",
    "Hưng Vũ", "Thượng tá Trần Thị Lan"."""
    rank = next((r for r in positions().ranks if text.startswith(r + " ")), None)
    if rank:
        text = text[len(rank) + 1:]
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 6 or _END.search(text.rstrip(".")):
        return False
    rest = [w for w in words if w.rstrip(".").rstrip(",") not in prefixes]
    return bool(rest) and all(w[0].isupper() for w in rest)


def _strip_furniture(text: str, title_hint: str | None, low: str | None = None) -> tuple[list[_Line], str | None]:
    """Classify the lines of a normalised article; return them and the dateline's date. ``low`` is the
    text lower-cased one character for one (see :func:`_lower_case`), else None."""
    fur = furniture()
    lines = _lines(text)

    def key_of(line: _Line) -> str:
        """The line's :func:`_line_key`, sliced from the lower-cased text while the line is a slice of the text."""
        if low is not None and text.startswith(line.text, line.start):
            return low[line.start:line.start + len(line.text)].strip(" .…")
        return _line_key(line.text)
    # the dateline, near the top (before furniture goes: a dateline has no letters to speak of)
    published, date_line = None, None
    for line in lines[:30]:
        published = parse_dateline(line.text)
        if published:
            date_line = line
            break
    for line in lines:
        if line is not date_line and _is_marker(line.text, fur["line_markers"], fur["line_pattern"]):
            line.kind = "drop"
    live = [ln for ln in lines if ln.kind != "drop"]
    date_at = None
    if date_line is not None:
        date_at = live.index(date_line)
        date_line.kind = "drop"
    # the title: the page's own title, else the last heading-like line above the dateline, else the first line
    title_at = None
    if title_hint:
        key = _line_key(title_hint)
        title_at = next((k for k, ln in enumerate(live[:20]) if key_of(ln) == key), None)
    if title_at is None and date_at is not None:
        title_at = next((k for k in range(date_at - 1, -1, -1)
                         if live[k].kind != "drop" and live[k].words >= 4 and not _END.search(live[k].text)), None)
    if title_at is None:
        title_at = next((k for k, ln in enumerate(live[:5]) if ln.kind != "drop" and ln.words >= 3), None)
    if title_at is not None:
        live[title_at].kind = "title"
        title_key = key_of(live[title_at])
        for k, line in enumerate(live):
            if k < title_at and line.kind == "body" and (line.words <= 15 or not _END.search(line.text)):
                line.kind = "drop"           # menus and link lists above the title
            elif k > title_at and len(line.text) < 400 and _may_repeat(line.text, title_key) \
                    and key_of(line) == title_key:
                line.kind = "drop"           # the title repeated
    # the end of the article: comment boxes, "other news", teasers
    body_seen = 0
    for k, line in enumerate(live):
        if line.kind != "body":
            continue
        cut = False
        if body_seen and _is_marker(line.text, fur["tail_markers"], fur["tail_pattern"]):
            cut = True
        elif body_seen >= 3 and line.text.startswith("(") and any(p.search(line.text) for p in fur["teaser_patterns"]):
            cut = True
            prev = next((j for j in range(k - 1, -1, -1) if live[j].kind == "body"), None)
            if prev is not None and _headline_like(live[prev]):
                live[prev].kind = "drop"
        if cut:
            for rest in live[k:]:
                rest.kind = "drop"
            break
        body_seen += 1
    # bylines: the last one or two short lines of names ("ThS. Nguyễn Thị Nhàn" / "Trưởng phòng ...")
    body = [ln for ln in live if ln.kind == "body"]
    prefixes = fur["byline_prefixes"]
    if len(body) >= 3:
        last = body[-1]
        if _byline_like(last.text, prefixes):
            last.kind = "drop"
        elif len(body) >= 4 and last.words <= 10 and not _END.search(last.text) \
                and _byline_like(body[-2].text, prefixes):
            last.kind = body[-2].kind = "drop"
    # photo credits, source lines, repeated lines (captions often appear twice)
    seen: set[str] = set()
    for line in live:
        if line.kind == "drop":
            continue
        if ":" in line.text or line.text.startswith("("):
            for pattern in fur["credit_patterns"]:
                m = pattern.search(line.text)
                if m:
                    line.text = line.text[:m.start()].rstrip()
                    if line.text.endswith("("):           # a credit in brackets: its bracket too
                        line.text = line.text[:-1].rstrip()
                    line.end = line.start + len(line.text)
        key = key_of(line)
        if not key or key in seen:
            line.kind = "drop"
        seen.add(key)
    return [ln for ln in live if ln.kind != "drop"], published


#: Abbreviations a full stop does not end a sentence after.
_ABBREVIATIONS = frozenset({"ThS", "TS", "GS", "PGS", "TP", "Tp", "NXB", "Q", "P", "K", "v.v", "Th.S", "BS", "KS"})
# (A character class first lets the regex engine skip ahead to the candidates.)
_SENTENCE_END = re.compile(r"[.!?…](?:(?<=[.!?])[.!?]*|(?<=…))[\"”’)]*\s+(?=[\"“‘(]?(?:" + UPPER + r"|\d))")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


#: Sentences longer than this are cut (at a semicolon, else a comma, else anywhere): prose never
#: runs so long, and it keeps the rules linear on text that is not prose (tables, soup, lists).
MAX_SENTENCE = 4000
_CUT = re.compile(r"[;.]\s|,\s")


def _chunks(piece: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    while len(piece) - pos > MAX_SENTENCE:
        window = piece[pos:pos + MAX_SENTENCE]
        cut = max((m.end() for m in _CUT.finditer(window, MAX_SENTENCE // 2)), default=MAX_SENTENCE)
        out.append((pos, piece[pos:pos + cut].rstrip()))
        pos += cut
    out.append((pos, piece[pos:]))
    return [(p, s) for p, s in out if s.strip()]


#: A table row copied from a page keeps a tab between its cells: at least this many cells make a row.
MIN_CELLS = 3


def _mark_cells(norm: Normalised, lines: list[_Line]) -> None:
    """Find the table rows: lines whose original text has tabs between cells ("1\tKhối thi đua
    Nội chính\t07\tCông an tỉnh"). The normalised text has a space where each tab was; the cells
    are noted as offsets in the line so that each is read as a sentence of its own."""
    original = norm.original
    tabs = "\t" in original
    bars = [line.text.count(" | ") if "|" in line.text else 0 for line in lines]
    for n, line in enumerate(lines):
        if line.text.startswith("|") and line.text.count("|") >= MIN_CELLS:
            _pipe_cells(line)           # "| STT | Khối thi đua | Khối trưởng |": a table written with bars
            continue
        if bars[n] >= MIN_CELLS - 1 and (n and bars[n - 1] == bars[n] or n + 1 < len(lines) and bars[n + 1] == bars[n]):
            _pipe_cells(line, outer=False)      # "TT | Đơn vị | Tổng điểm": bars between the cells only, row after row
            continue
        if not tabs:
            continue
        a, b = norm.offset(line.start), norm.offset(line.end)
        if original.count("\t", a, b) < MIN_CELLS - 1:
            continue
        bounds, at = [], original.find("\t", a, b)
        while at >= 0:
            lo, hi = line.start, line.end      # the first normalised offset at or after the tab
            while lo < hi:
                mid = (lo + hi) // 2
                if norm.offset(mid) < at:
                    lo = mid + 1
                else:
                    hi = mid
            bounds.append(lo - line.start)
            at = original.find("\t", at + 1, b)
        cells, prev = [], 0
        for cut in bounds + [len(line.text)]:
            piece = line.text[prev:cut]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                cells.append((prev + lead, prev + len(piece.rstrip())))
            prev = cut
        if len(cells) >= MIN_CELLS - 1:
            line.cells = cells


def _pipe_cells(line: _Line, outer: bool = True) -> None:
    """The cells of a row written between bars (``outer``: the row opens and closes with one too)."""
    cells, at = [], 0 if outer else -1
    text = line.text
    while True:
        nxt = text.find("|", at + 1)
        if nxt < 0 and not outer and at < len(text):
            nxt = len(text)         # the last cell runs to the end of the line
        if nxt < 0:
            break
        piece = text[at + 1:nxt]
        if piece.strip(" -:"):
            lead = len(piece) - len(piece.lstrip())
            cells.append((at + 1 + lead, at + 1 + len(piece.rstrip())))
        at = nxt
    if len(cells) >= MIN_CELLS - 1:
        line.cells = cells


def _sentences(text: str, lines: list[_Line], low: str | None = None) -> list[Sentence]:
    """The sentences of the lines; ``low`` (the text lower-cased one character for one, else None) gives
    each its lower case, sliced instead of lower-cased again."""
    out: list[Sentence] = []

    def new(start: int, piece: str, n: int, line: _Line, cell: int) -> Sentence:
        sentence = Sentence(len(out), start, start + len(piece), piece, n, line.kind == "title", cell=cell)
        if low is not None and text.startswith(piece, start):
            sentence.__dict__["low"] = low[start:start + len(piece)]    # what Sentence.low would work out
        return sentence

    def add(offset: int, piece: str, n: int, line: _Line, cell: int = -1) -> None:
        if len(piece) <= MAX_SENTENCE:      # nearly always: one sentence, no cutting to do
            out.append(new(line.start + offset, piece, n, line, cell))
            return
        for p, chunk in _chunks(piece):
            out.append(new(line.start + offset + p, chunk, n, line, cell))

    for n, line in enumerate(lines):
        if line.cells is not None:          # a table row: each cell is read apart
            for k, (a, b) in enumerate(line.cells):
                add(a, line.text[a:b], n, line, k)
            continue
        pos = 0
        body = line.text
        for m in _SENTENCE_END.finditer(body):
            if body[m.start()] == ".":
                before = _WORD_BEFORE.search(body, max(0, m.start() - 12), m.start())
                if before and before.group(1) in _ABBREVIATIONS:
                    continue
            piece = body[pos:m.end()].rstrip()
            if piece:
                add(pos, piece, n, line)
            pos = m.end()
        piece = body[pos:].rstrip()
        if piece:
            add(pos, piece, n, line)
    return out


# --------------------------------------------------------------------------
# the year the article reports on


# (Both read the lower-cased sentence: a case-blind pattern gives the regex engine nothing to skip by.)
_REVIEW = re.compile(rf"(?:tổng kết|sơ kết|kết quả|hoàn thành(?: xuất sắc)?(?: nhiệm vụ)?)[^.;]{{0,60}}?"
                     rf"(?:năm|trong năm)\s+({YEAR})")
_PLAN = re.compile(rf"(?:phương hướng|nhiệm vụ|kế hoạch|giao ước thi đua|triển khai)[^.;]{{0,50}}?"
                   rf"(?:năm\s+)?({YEAR})\b")
_OPENING_YEAR = re.compile(rf"^(?:Trong\s+)?[Nn]ăm\s+({YEAR})\s*,")


#: "chỉ định đơn vị Khối trưởng, Khối phó năm 2024", "Cụm trưởng năm 2025": the year of the roles an article is about.
_ROLE_YEAR = re.compile(rf"(?:khối|cụm)\s+(?:trưởng|phó)[^.;]{{0,40}}?năm\s+({YEAR})")


def _role_year(sentences: list[Sentence]) -> int | None:
    """The year of the roles an article that reviews no year is about ("UBND tỉnh chỉ định đơn vị Khối
    trưởng, Khối phó năm 2024"), from its title and opening."""
    for s in sentences[:4]:
        m = _ROLE_YEAR.search(s.low) if "trưởng" in s.low or "phó" in s.low else None
        if m:
            return int(m.group(1))
    return None


def _review_stated(sentences: list[Sentence]) -> int | None:
    """The year the title or the opening says is reviewed ("tổng kết công tác thi đua năm 2023"), else None."""
    for s in sentences[:6]:
        m = _REVIEW.search(s.low)
        if m:
            return int(m.group(1))
    return None


def _context_years(sentences: list[Sentence], stated: int | None) -> tuple[int | None, int | None]:
    """The year under review and the year being planned, from the title and the opening (``stated``:
    what :func:`_review_stated` found)."""
    review = stated
    if review is None:
        openings = Counter(int(m.group(1)) for s in sentences if (m := _OPENING_YEAR.match(s.text)))
        if openings:
            review = openings.most_common(1)[0][0]
    plan = None
    for s in sentences:
        if review is None or str(review + 1) not in s.text:
            continue
        for m in _PLAN.finditer(s.low):
            year = int(m.group(1))
            if review is not None and year == review + 1:
                plan = year
                break
        if plan:
            break
    if plan is None and review is not None:
        plan = review + 1
    return review, plan


# --------------------------------------------------------------------------
# assembling


#: How a sentence ends; a text whose last sentence ends otherwise (and is not a short caption or a
#: name) was cut off mid-sentence, and what runs to its end may be incomplete.
_FINISHED = ('.', '!', '?', '…', ':', ';', '"', '”', '’', ')', ']', '»')
_CUT_WORDS = 8


def _mark_cut(sentences: list[Sentence]) -> None:
    body = [s for s in sentences if not s.is_title]
    if len(body) >= 2:
        last = body[-1]
        if last.cell < 0 and not last.text.rstrip().endswith(_FINISHED) and len(last.text.split()) >= _CUT_WORDS:
            last.cut = True


def _lower_case(text: str) -> str | None:
    """The text lower-cased, when that maps each character to one character on its own (nearly always):
    then any slice of it is the lower case of the same slice of the text, and the lines and sentences
    take theirs from it instead of lower-casing their text again. None when a character lower-cases to
    several ("İ") or by its context (the Greek capital sigma)."""
    low = text.lower()
    return low if len(low) == len(text) and "Σ" not in text else None


def build_article(original: str, name: str, *, title: str | None = None,
                  published: str | None = None) -> Article:
    """Normalise an article's text, drop its furniture, split its sentences, find its years."""
    norm = normalise(original)
    low = _lower_case(norm.text)
    lines, dateline = _strip_furniture(norm.text, title, low)
    if "\t" in original or "|" in original:
        _mark_cells(norm, lines)
    sentences = _sentences(norm.text, lines, low)
    _mark_cut(sentences)
    title_sentence = next((s for s in sentences if s.is_title), None)
    article = Article(name=name, norm=norm, sentences=sentences,
                      title=title_sentence.text if title_sentence else title,
                      published=published or dateline)
    stated = _review_stated(sentences)
    article.review_year, article.plan_year = _context_years(sentences, stated)
    if stated is None:
        article.role_year = _role_year(sentences)
    return article


def extract_article(article: Article) -> Facts:
    """Run every extractor over a built article and assemble its facts."""
    persons = _persons.extract(article)
    blocs = _blocs.extract(article)
    _leadership.extract(article, blocs, persons)
    movements = _movements.extract(article)
    facts = Facts(
        article=article.name,
        published=article.published,
        events=_events.extract(article, blocs),
        blocs=[b.to_fact() for b in blocs.groups if b.reportable],
        awards=_honours.extract(article),
        persons=[p.to_fact() for p in persons],
        movements=movements,
        documents=_documents.extract(article, [m.provenance for m in movements]),
    )
    blocs.release()
    return facts


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """No cyclic garbage collection while one article is read: it makes tens of thousands of short-lived
    tokens, which reference counting frees, and the collector would walk them again and again (about 3 %
    of the time). The few cycles an article makes are collected after."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_text(text: str, article: str, *, title: str | None = None, published: str | None = None,
                 sha256: str | None = None, url: str | None = None) -> Facts:
    """The facts of one article given as text; ``article`` names it (the facts file is named after it)."""
    if not text.strip():
        raise ArticleError("empty article (no text)")
    if len(text) > MAX_CHARS:
        raise ArticleError(f"too long for an article ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    if not is_vietnamese(text):
        raise ArticleError("not Vietnamese text (no Vietnamese letters found)")
    with _no_gc_pauses():
        built = build_article(text, article, title=title, published=published)
        facts = extract_article(built)
        title = built.title
        del built       # its sentences and tokens go now, by reference counting, not in a collection later
    facts.source = Source(file=article, title=title, url=url,
                          sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
                          characters=len(text))
    return facts


def extract_file(path: str | Path) -> Facts:
    """The facts of one article file (.txt, .html, .htm); :class:`ArticleError` if it cannot be read."""
    path = Path(path)
    raw = read_article(path)
    return extract_text(raw.text, path.name, title=raw.title, published=raw.published, sha256=raw.sha256,
                        url=raw.url)
