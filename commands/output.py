"""Render query results for a terminal or a file: tables, CSV, JSON, SPARQL results.

The table aligns Vietnamese text by its display width (combining marks take
no column), shortens IRIs to thidua's prefixes and cuts long cells with "…".
"""
from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Sequence

import click

from ..files import write_atomically

from ..ontology.vocab import shorten

__all__ = ["display_width", "render_table", "render_csv", "render_json", "cell", "emit"]


def display_width(text: str) -> int:
    """Columns a string takes in a terminal."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cut(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def cell(value: Any) -> str:
    """A value as table text: IRIs shortened, None empty."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(("http://", "https://")):
        return shorten(text)
    return " ".join(text.split())


def render_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], max_width: int = 60) -> str:
    """An aligned text table with a header rule."""
    body = [[_cut(cell(v), max_width) for v in row] for row in rows]
    widths = [display_width(c) for c in columns]
    for row in body:
        widths = [max(w, display_width(v)) for w, v in zip(widths, row)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(columns), "  ".join("─" * w for w in widths)]
    out.extend(line(row) for row in body)
    out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(out)


def render_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV with plain values (full IRIs)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue()


def render_json(records: Any) -> str:
    """JSON with Unicode as is; dates as ISO text."""
    return json.dumps(records, ensure_ascii=False, indent=2, default=str)


def emit(data: bytes, out: Path | None, what: str) -> None:
    """Bytes to stdout, or to a file written whole (saying so on stderr)."""
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomically(out, data)
        click.echo(f"wrote {out} ({len(data)} bytes, {what})", err=True)
