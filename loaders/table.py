"""Facts from a CSV table a researcher keeps in a spreadsheet.

One row per membership, leadership term or award conferral. The header names
the columns (any order; unknown columns are an error, so a typo loses
nothing silently); empty cells are "not stated":

=================  ======================================================================
column             meaning
=================  ======================================================================
record             ``member``, ``leadership`` or ``award`` (required)
source             the article or document the row comes from (default: the CSV file)
published          publication date of that source, ``YYYY-MM-DD``
bloc               name of the bloc or cluster (member, leadership)
bloc_kind          ``bloc`` or ``cluster`` (member, leadership)
year               emulation year (leadership; member: year of the list; award: achievement)
role               ``leader``, ``standing_deputy`` or ``deputy`` (leadership)
org                the member or leading body (member, leadership)
award              the honour as written (award)
recipient          named recipient (award)
recipient_count    number of recipients (award)
recipient_kind     ``collective``, ``individual`` or ``unknown`` (award)
status             ``proposed`` or ``conferred`` (award)
conferred_by       the grantor (award)
quote              the sentence the row was read from (optional provenance)
=================  ======================================================================

>>> import io
>>> rows = "record,bloc,bloc_kind,year,role,org\\nleadership,Khối thi đua X,bloc,2023,leader,Ban Y\\n"
>>> [f.blocs[0].leadership[0].org for f in read_table_text(rows, "t.csv")]
['Ban Y']
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from .facts import Award, Bloc, Facts, FactsError, Leadership, Member, Provenance, Source, parse_date, read_utf8

__all__ = ["COLUMNS", "RECORDS", "read_table", "read_table_text"]

COLUMNS = ("record", "source", "published", "bloc", "bloc_kind", "year", "role", "org", "award",
           "recipient", "recipient_count", "recipient_kind", "status", "conferred_by", "quote")
RECORDS = ("member", "leadership", "award")
_REQUIRED = {
    "member": ("bloc", "bloc_kind", "org"),
    "leadership": ("bloc", "bloc_kind", "year", "role", "org"),
    "award": ("award", "status"),
}


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.strip() or None) if isinstance(v, str) else v for k, v in row.items()}


def read_table_text(text: str, name: str) -> list[Facts]:
    """Facts documents (one per source named in the table) from CSV text."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if not header:
        raise FactsError(f"{name}: the table is empty (no header row)")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise FactsError(f"{name}: unknown column(s) {', '.join(unknown)} (allowed: {', '.join(COLUMNS)})")
    if "record" not in header:
        raise FactsError(f"{name}: the header has no 'record' column")
    reader.fieldnames = header
    documents: dict[str, dict[str, Any]] = {}
    for number, raw in enumerate(reader, start=2):
        where = f"{name}, row {number}"
        if None in raw:
            raise FactsError(f"{where}: more cells than the header has columns")
        row = _clean(raw)
        if not any(row.values()):
            continue
        record = row.get("record")
        if record not in RECORDS:
            raise FactsError(f"{where}: record {record!r} is not one of {', '.join(RECORDS)}")
        missing = [c for c in _REQUIRED[record] if not row.get(c)]
        if missing:
            raise FactsError(f"{where}: a {record} row needs {', '.join(missing)}")
        source = row.get("source") or name
        doc = documents.setdefault(source, {"article": source, "published": row.get("published"),
                                            "blocs": {}, "awards": []})
        provenance = {"quote": row["quote"]} if row.get("quote") else None
        try:
            _add_row(doc, record, row, provenance, where)
        except FactsError as exc:
            raise FactsError(f"{where}: {exc}") from None
    out = []
    for source, doc in documents.items():
        out.append(Facts(article=source, published=parse_date(doc["published"], f"{name}: published"),
                         source=Source(file=name), blocs=list(doc["blocs"].values()), awards=doc["awards"]))
    return out


def _add_row(doc: dict[str, Any], record: str, row: dict[str, Any], provenance: Any, where: str) -> None:
    prov = Provenance.from_dict(provenance, "quote")
    if record == "award":
        data = {k: row.get(k) for k in ("award", "recipient", "recipient_count", "recipient_kind", "status",
                                        "year", "conferred_by")}
        award = Award.from_dict(data, "")
        award.provenance = prov
        doc["awards"].append(award)
        return
    year = row.get("year")
    key = (row["bloc"], row["bloc_kind"], year if record == "member" else None)
    bloc = doc["blocs"].get(key)
    if bloc is None:
        bloc = Bloc.from_dict({"name": row["bloc"], "kind": row["bloc_kind"],
                               "year": year if record == "member" else None}, "")
        doc["blocs"][key] = bloc
    if record == "member":
        bloc.members.append(Member(row["org"], prov))
    else:
        term = Leadership.from_dict({"year": year, "role": row.get("role"), "org": row["org"]}, "")
        term.provenance = prov
        bloc.leadership.append(term)


def read_table(path: str | Path) -> list[Facts]:
    """Facts documents from a CSV file (UTF-8, with or without the BOM spreadsheets write)."""
    path = Path(path)
    text = read_utf8(path)
    try:
        return read_table_text(text, path.name)
    except csv.Error as exc:
        raise FactsError(f"{path}: not a valid CSV table: {exc}") from None
