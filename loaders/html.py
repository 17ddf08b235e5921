"""Saved HTML pages to plain text, with the standard library's ``html.parser``.

Scripts, styles, forms, navigation, menus, sidebars, page headers and footers
are dropped (by tag, and by class or id words such as ``menu``, ``sidebar``,
``related``, ``comment``); block elements become line breaks so paragraphs
stay paragraphs; inline elements do not, which is how words get glued
together in the first place (repaired later by :mod:`thidua.loaders.text`).
The page title (``<h1>``, else ``og:title``, else ``<title>``) and a publication
date from the page's metadata are kept beside the text.

The parser never raises on tag soup: unclosed and stray tags are tolerated,
and whatever was read before a fatal error is kept.

>>> page = html_to_text('<html><head><title>T</title><script>x=1</script></head><body>'
...     '<nav>Trang chủ</nav><h1>Khối thi đua</h1><p>Báo <b>Phú Thọ</b>phát động.</p></body></html>')
>>> page.title, page.text
('Khối thi đua', 'Khối thi đua\\n\\nBáo Phú Thọphát động.')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlText", "html_to_text", "declared_charset"]

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "form", "button", "select", "option", "textarea", "input", "nav", "aside", "menu", "head", "dialog",
})
# Dropped unless they sit inside <article> or <main>, where they hold the title and dateline.
_PAGE_TAGS = frozenset({"header", "footer"})
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "table",
    "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "figure", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "address", "center", "header", "footer", "time",
})
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "figure"})
#: Table structure: rows are lines, cells are apart by tabs (see _Reader._cell).
_TABLE_TAGS = frozenset({"table", "tr", "td", "th"})
_CELL_SEP, _CELL_BREAK = "\ue000", "\ue001"     # placeholders until a row is known to be a row
#: A row longer than this is a layout table holding the article, not a row of data; one of fewer cells than
#: this is read as lines (a meta line "date | views" laid out in two cells stays two lines).
_MAX_ROW = 1000
_MIN_CELLS = 3
_VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
                        "track", "wbr", "param"})
_FURNITURE_WORDS = re.compile(
    r"(?:^|[-_\s])(?:menu|nav|navbar|navigation|sidebar|side-bar|breadcrumbs?|footer|header-top|topbar|"
    r"share|sharing|social|comments?|binh-?luan|related|tin-?lien-?quan|lien-?quan|banner|ads?|advert\w*|"
    r"quang-?cao|widget|cookie|popup|modal|toolbar|pagination|paging|login|search|tags?|keywords?)(?:$|[-_\s])",
    re.IGNORECASE)
#: Inline elements that hold a line of their own: the date, the author, the view counter of a page's
#: meta line ("<span class=date>Thứ Tư, 15/3/2023</span> <span class=views>Lượt xem: 1.284</span>").
_LINE_WORDS = re.compile(
    r"(?:^|[-_\s])(?:date|time|datetime|pubdate|published|publish-date|post-date|ngay-?dang|thoi-?gian|"
    r"author|tac-?gia|byline|views?|luot-?xem|view-?count)(?:$|[-_\s])", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f\v]+")   # not \u00a0: a no-break space is text
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_META = frozenset({"article:published_time", "og:published_time", "pubdate", "publishdate", "date",
                        "dc.date.issued", "dc.date", "datepublished", "article.published", "publish-date"})


@dataclass
class HtmlText:
    """The readable text of a page and what its markup says about it."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []   # (tag, dropped here, a line of its own)
        self.dropped = 0
        self.in_article = 0
        self.parts: list[str] = []
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.h1_parts: list[str] | None = None
        self.h1: str | None = None
        self.og_title: str | None = None
        self.published: str | None = None
        self.url: str | None = None
        # open table rows: [where in parts the row starts, cells begun, a cell is open]
        self.rows: list[list[int]] = []

    # -- helpers
    def _break(self, tag: str) -> None:
        if self.rows and tag not in _TABLE_TAGS:
            if self.rows[-1][2]:
                self.parts.append(_CELL_BREAK)   # a block inside a cell: a space if the row stays a row
                return
        self.parts.append("\n\n" if tag in _PARAGRAPH_TAGS else "\n")

    def _cell(self, tag: str, start: bool) -> None:
        """Table rows become one line, their cells apart by tabs (a row of a layout table, long or
        full of paragraphs, stays lines)."""
        if tag == "tr":
            self._end_row()
            if start:
                self.parts.append("\n")
                self.rows.append([len(self.parts), 0, 0])
            return
        if tag == "table" and not start:
            while self.rows:
                self._end_row()
            self.parts.append("\n\n")
            return
        if tag in ("td", "th") and self.rows:
            row = self.rows[-1]
            if start:
                if row[1]:
                    self.parts.append(_CELL_SEP)
                row[1] += 1
                row[2] = 1
            else:
                row[2] = 0

    def _end_row(self) -> None:
        if not self.rows:
            return
        at, cells, _ = self.rows.pop()
        text = "".join(self.parts[at:])
        if cells >= _MIN_CELLS and len(text) <= _MAX_ROW and _CELL_BREAK * 2 not in text:
            text = text.replace(_CELL_BREAK, " ").replace(_CELL_SEP, "\t")
        else:
            text = text.replace(_CELL_BREAK, "\n").replace(_CELL_SEP, "\n")
        del self.parts[at:]
        self.parts.append(text + "\n")

    def _furniture(self, attrs: list[tuple[str, str | None]]) -> bool:
        for name, value in attrs:
            if name in ("class", "id", "role") and value and _FURNITURE_WORDS.search(value):
                return True
            if name == "role" and value in ("navigation", "banner", "contentinfo", "complementary", "search"):
                return True
        return False

    @staticmethod
    def _own_line(attrs: list[tuple[str, str | None]]) -> bool:
        return any(name in ("class", "id", "itemprop") and value and _LINE_WORDS.search(value)
                   for name, value in attrs)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content") or ""
        if key == "og:title" and content:
            self.og_title = content.strip()
        elif key in ("og:url",) and content:
            self.url = content.strip()
        elif key in _DATE_META and not self.published:
            m = _DATE.search(content)
            if m:
                self.published = m.group()

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta":
            self._meta(a)
            return
        if tag == "link" and (a.get("rel") or "").lower() == "canonical" and a.get("href"):
            self.url = self.url or a["href"]
            return
        if tag == "time" and not self.published and a.get("datetime"):
            m = _DATE.search(a["datetime"] or "")
            if m:
                self.published = m.group()
        if tag == "title" and self.title is None:
            self.title_parts = []
        if tag in _VOID_TAGS:
            if tag in ("br", "hr") and not self.dropped:
                self.parts.append("\n")
            return
        drop = (tag in _DROP_TAGS or (tag in _PAGE_TAGS and not self.in_article)
                or (tag not in ("body", "html", "article", "main") and self._furniture(attrs)))
        line = tag not in _BLOCK_TAGS and self._own_line(attrs)
        self.stack.append((tag, drop, line))
        if drop:
            self.dropped += 1
        if tag in ("article", "main"):
            self.in_article += 1
        if tag == "h1" and self.h1 is None and not self.dropped:
            self.h1_parts = []
        if tag in _TABLE_TAGS and not self.dropped:
            self._cell(tag, True)
        elif (tag in _BLOCK_TAGS or line) and not self.dropped:
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.title = _SPACE.sub(" ", "".join(self.title_parts)).strip() or None
            self.title_parts = None
        if tag == "h1" and self.h1_parts is not None:
            self.h1 = _SPACE.sub(" ", "".join(self.h1_parts)).strip() or None
            self.h1_parts = None
        if not any(t == tag for t, _, _ in self.stack):
            return  # a stray end tag
        line = False
        while self.stack:
            open_tag, drop, line = self.stack.pop()
            if drop:
                self.dropped -= 1
            if open_tag in ("article", "main"):
                self.in_article -= 1
            if open_tag == tag:
                break
        if tag in _TABLE_TAGS and not self.dropped:
            self._cell(tag, False)
        elif (tag in _BLOCK_TAGS or line) and not self.dropped:
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.dropped:
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        self.parts.append(_SPACE.sub(" ", data))


def _tidy(text: str) -> str:
    lines = [line.strip(" ") for line in text.split("\n")]
    out: list[str] = []
    blank = False
    for line in lines:
        if not line:
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


def html_to_text(html: str) -> HtmlText:
    """The article text of an HTML page, with its title, date and URL when the markup gives them."""
    reader = _Reader()
    try:
        reader.feed(html)
        reader.close()
    except (AssertionError, ValueError, IndexError):   # pragma: no cover - html.parser on broken markup
        pass
    while reader.rows:
        reader._end_row()       # rows a page left open
    text = _tidy("".join(reader.parts))
    if not text.strip():
        # Everything sat in dropped containers (broken markup, a page that is all <div class=nav>):
        # read it again keeping everything but scripts and styles.
        fallback = _Reader()
        fallback._furniture = lambda attrs: False  # type: ignore[method-assign]
        try:
            fallback.feed(re.sub(r"<(/?)(?:nav|aside|header|footer|menu|form)\b", r"<\1div", html, flags=re.I))
            fallback.close()
        except (AssertionError, ValueError, IndexError):   # pragma: no cover
            pass
        text = _tidy("".join(fallback.parts))
    title = reader.h1 or reader.og_title or reader.title
    if title and title not in text[: max(len(title) * 3, 400)]:
        text = f"{title}\n\n{text}" if text else title
    return HtmlText(text=text, title=title, published=reader.published, url=reader.url)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The character set a page declares in a ``<meta>`` tag of its first 4 KB, lower-cased."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None
