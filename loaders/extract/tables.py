"""Tables of blocs: one row per bloc, its size and its leaders in columns.

A province's summary of its blocs is often a table copied from the web page
(its cells separated by tabs) or an HTML ``<table>``; :mod:`thidua.loaders.article`
reads each cell as a sentence of its own (``Sentence.cell`` is its column).
A table is read when its header row names the bloc column ("Khối thi đua",
"Tên cụm thi đua", "Khối") and at least one column this module knows:

* the member count ("Số đơn vị", "Số thành viên", "Số lượng cơ quan, đơn vị");
* a role, with or without a year ("Khối trưởng năm 2023", "Khối phó", "Đơn vị
  Cụm phó Thường trực năm 2024");
* the members ("Đơn vị thành viên", "Các cơ quan, đơn vị thành viên").

Each row below it is one bloc, named as the row names it (a bare "Nội chính"
under "Khối thi đua" is the bloc the text calls "Khối thi đua Nội chính", if it
does, and is named "Nội chính" if it does not); a cell holding several
bodies ("Hội Cựu chiến binh tỉnh; Tỉnh Đoàn") gives one fact each. A role
column without a year takes the year the sentence before the table states
("Kết quả bầu Khối trưởng, Khối phó năm 2024 như sau:"), else the article's
framing (the year being planned when that sentence elects, else the year under
review).

>>> from thidua.loaders.article import build_article
>>> art = build_article("Tổng kết năm 2023.\\n\\nTên khối\\tSố đơn vị\\tKhối trưởng năm 2024\\n"
...                     "Khối thi đua Nội chính\\t06\\tCông an tỉnh", "t.txt")
>>> [(r.name, r.count, [(c.role, c.year, c.orgs) for c in r.roles]) for t in read(art) for r in t.rows]
[('Khối thi đua Nội chính', 6, [('leader', 2024, ['Công an tỉnh'])])]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..gazetteer import roles
from .base import YEAR, Article, Sentence

__all__ = ["Column", "RoleCell", "Row", "Table", "read"]


@dataclass(frozen=True)
class Column:
    """What a header cell says its column holds."""

    kind: str                   # name | count | role | members
    role: str | None = None     # leader | standing_deputy | deputy (role columns)
    year: int | None = None     # the year a role column states
    prefix: str = ""            # the bloc words a name column gives its rows ("Khối thi đua")
    bloc_kind: str = "bloc"     # bloc | cluster


@dataclass
class RoleCell:
    """The bodies one row names under one role column."""

    role: str
    year: int | None
    year_stated: bool
    orgs: list[str]
    sentence: Sentence


@dataclass
class Row:
    """One bloc of a table."""

    name: str
    kind: str
    sentence: Sentence          # the name's cell
    count: int | None = None
    members: list[str] = field(default_factory=list)
    members_cell: Sentence | None = None
    roles: list[RoleCell] = field(default_factory=list)


@dataclass
class Table:
    rows: list[Row]
    lead: Sentence | None       # the sentence just before the table


_NAME = re.compile(r"^(?:tên\s+)?(?:(khối|cụm)(?:\s*[,/]\s*(?:khối|cụm))?\s+thi\s+đua|(khối|cụm)(?:\s*[,/]\s*(?:khối|cụm))?)$")
_COUNT = re.compile(r"^(?:tổng\s+)?số\s+(?:lượng\s+)?(?:đơn vị|thành viên|cơ quan(?:,\s*đơn vị)?|tỉnh(?:,\s*thành(?: phố)?)?"
                    r"|huyện(?:,\s*thành phố)?|sở,\s*ngành|bộ,\s*ngành)(?:\s+thành viên)?(?:\s*\(.*\))?$")
_MEMBERS = re.compile(r"^(?:các\s+)?(?:(?:cơ quan,\s*)?đơn vị|cơ quan|thành viên)(?:\s+thành viên)?$"
                      r"|^(?:đơn vị|cơ quan) thành viên$")
_ROLE = re.compile(rf"^(?:(?:đơn vị|cơ quan)\s+)?(?P<role>.+?)(?:\s*[,(]?\s*(?:năm\s+)?(?P<year>{YEAR})\s*\)?)?$")
_NUMBER = re.compile(r"^\d{1,3}$")
_YEAR_IN = re.compile(rf"(?<!\d)({YEAR})(?!\d)")
_ELECTS = re.compile(r"(?<![^\W\d_])(?:bầu|bầu chọn|suy tôn)(?![^\W\d_])")


def _role_words() -> dict[str, str]:
    return {" ".join(w.lower().split()): notation for w, notation in roles().items()}


def _column(text: str) -> Column | None:
    low = " ".join(text.lower().split()).strip(" :.")
    m = _NAME.match(low)
    if m:
        word = m.group(1) or m.group(2)
        # the words a row's short name takes to be the bloc's name in full ("Nội chính" -> "Khối thi đua Nội chính")
        return Column("name", prefix=f"{word.capitalize()} thi đua", bloc_kind="cluster" if word == "cụm" else "bloc")
    if _COUNT.match(low):
        return Column("count")
    if _MEMBERS.match(low):
        return Column("members")
    m = _ROLE.match(low)
    if m:
        role = _role_words().get(m.group("role").strip())
        if role is not None:
            return Column("role", role=role, year=int(m.group("year")) if m.group("year") else None)
    return None


def _header(cells: list[Sentence]) -> dict[int, Column] | None:
    columns = {s.cell: c for s in cells if (c := _column(s.text)) is not None}
    names = [c for c in columns.values() if c.kind == "name"]
    if len(names) != 1 or len(columns) < 2:
        return None
    return columns


def _orgs(text: str) -> list[str]:
    """The bodies a cell names: one, or several apart by semicolons or line breaks."""
    from .blocs import split_members     # (blocs reads tables: imported here, not at the top)
    out = []
    for part in re.split(r"\s*;\s*", text.strip(" .;")):
        if not part:
            continue
        if "," in part or " và " in part:
            items = split_members(part)
            if len(items) > 1:
                out.extend(items)
                continue
        out.append(part)
    return out


def _rows(article: Article) -> list[list[Sentence]]:
    """The cells of the article, line by line, in order."""
    rows: list[list[Sentence]] = []
    line = None
    for s in article.sentences:
        if s.cell < 0:
            continue
        if s.line != line:
            rows.append([])
            line = s.line
        rows[-1].append(s)
    return rows


def read(article: Article) -> list[Table]:
    """The tables of blocs in an article (none unless it has table rows)."""
    if "\t" not in article.norm.original and "|" not in article.norm.original:
        return []
    lines = _rows(article)
    tables: list[Table] = []
    k = 0
    while k < len(lines):
        columns = _header(lines[k])
        if columns is None:
            k += 1
            continue
        first = lines[k][0]
        lead = article.sentences[first.index - 1] if first.index > 0 else None
        lead_year, elects = None, False
        if lead is not None and lead.cell < 0:
            years = _YEAR_IN.findall(lead.text)
            lead_year = int(years[-1]) if years else None
            elects = _ELECTS.search(lead.low) is not None
        rows: list[Row] = []
        j = k + 1
        last_line = article.sentences[-1].line
        while j < len(lines) and lines[j][0].line == lines[j - 1][0].line + 1:
            cells = lines[j]
            if cells[0].line == last_line and len(cells) < len(lines[k]) and not cells[-1].text.endswith("."):
                cells = cells[:-1]      # the text stops inside its last row: the last cell may be cut off
            row = _row(article, cells, columns, lead_year, elects)
            if row is not None:
                rows.append(row)
            j += 1
        if rows:
            tables.append(Table(rows, lead))
        k = j
    return tables


def _row(article: Article, cells: list[Sentence], columns: dict[int, Column], lead_year: int | None,
         elects: bool) -> Row | None:
    by_column = {s.cell: s for s in cells}
    name_at = next(k for k, c in columns.items() if c.kind == "name")
    name_cell = by_column.get(name_at)
    if name_cell is None or not name_cell.text[:1].isalpha():
        return None
    column = columns[name_at]
    name = name_cell.text.strip(" .;")
    low = name.lower()
    if low.startswith(("khối ", "cụm ")):
        kind = "cluster" if low.startswith("cụm") else "bloc"
    else:
        name, kind = f"{column.prefix} {name}", column.bloc_kind
    row = Row(name=name, kind=kind, sentence=name_cell)
    for k, column in columns.items():
        cell = by_column.get(k)
        if cell is None or column.kind == "name":
            continue
        text = cell.text.strip()
        if column.kind == "count":
            if _NUMBER.match(text):
                row.count = int(text)
        elif column.kind == "members":
            from .blocs import split_members
            row.members = split_members(text) or _orgs(text)
            row.members_cell = cell
        elif column.kind == "role" and text[:1].isalpha():
            if column.year is not None:
                year, stated = column.year, True
            elif lead_year is not None:
                year, stated = lead_year, True
            else:
                year = (article.plan_year if elects else article.review_year) or article.dateline_year
                stated = False
            row.roles.append(RoleCell(column.role or "leader", year, stated, _orgs(text), cell))
    return row
