#!/usr/bin/env python3
"""Check the held-out answer keys against their articles.

    python tests/loaders/heldout/check_keys.py [HELDOUT_DIR]

For every gold/NAME.yaml it checks that
  * the file follows the schema of /work/shared/eval/SCHEMA.md (sections, enums, types);
  * `article:` names an existing file in articles/;
  * every name string of the key (event title/place/organiser, bloc name, member, leadership org,
    honour, recipient, person name/position/org, movement, document) occurs in the article's text
    after NFC, NO-BREAK SPACE -> space and whitespace collapsing. For .html only the visible text
    counts (<head>, <script>, <style>, <noscript>, <template> are dropped);
  * two documented exceptions are accepted and reported:
      - an inline abbreviation definition "(UBND)", "(TĐKT)" dropped from a name;
      - a list sharing a head word written out: "Công an tỉnh Quảng Nam" from
        "Công an các tỉnh Quảng Bình, ... và Quảng Nam" (the text must contain "<head> các <type>"
        followed within 200 characters by the rest of the name).
It also prints the article's word count. Exit status 1 on any error.
It uses only the standard library and PyYAML.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import yaml

HIDDEN = {"head", "script", "style", "noscript", "template"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "br", "figcaption", "section", "article",
         "header", "footer", "nav", "ul", "ol", "tr", "td", "span", "a", "b", "strong", "form"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.depth += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.depth = max(0, self.depth - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        p = _Visible()
        p.feed(raw)
        raw = "".join(p.parts)
    return raw


def flat(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    return " ".join(text.split())


ABBR_DEF = re.compile(r"\s*\((?:[A-ZĐ][A-ZĐ0-9]*)(?:,\s*[A-ZĐ][A-ZĐ0-9]*)*\)")

ENUMS = {
    "event.type": {"conference", "congress", "seminar", "signing", "other"},
    "bloc.kind": {"bloc", "cluster"},
    "lead.role": {"leader", "standing_deputy", "deputy"},
    "award.recipient_kind": {"collective", "individual", "unknown"},
    "award.status": {"proposed", "conferred"},
}
SECTIONS = ["article", "published", "events", "blocs", "awards", "persons", "movements", "documents"]


def _date_ok(v) -> bool:
    if v is None or isinstance(v, dt.date):
        return True
    return isinstance(v, str) and re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", v) is not None


def names_of(doc: dict):
    """Yield (where, string) for every name string of a key."""
    for i, ev in enumerate(doc.get("events") or []):
        for f in ("title", "place", "organiser"):
            if ev.get(f) is not None:
                yield f"events[{i}].{f}", ev[f]
    for i, b in enumerate(doc.get("blocs") or []):
        yield f"blocs[{i}].name", b.get("name")
        for m in b.get("members") or []:
            yield f"blocs[{i}].members", m
        for lead in b.get("leadership") or []:
            yield f"blocs[{i}].leadership", lead.get("org")
    for i, a in enumerate(doc.get("awards") or []):
        yield f"awards[{i}].award", a.get("award")
        if a.get("recipient") is not None:
            yield f"awards[{i}].recipient", a["recipient"]
    for i, p in enumerate(doc.get("persons") or []):
        yield f"persons[{i}].name", p.get("name")
        for pos in p.get("positions") or []:
            yield f"persons[{i}].positions", pos
        if p.get("org") is not None:
            yield f"persons[{i}].org", p["org"]
    for m in doc.get("movements") or []:
        yield "movements", m
    for d in doc.get("documents") or []:
        yield "documents", d


def schema_errors(doc: dict) -> list[str]:
    errs = []
    for s in SECTIONS:
        if s not in doc:
            errs.append(f"missing section {s!r}")
    if not _date_ok(doc.get("published")):
        errs.append(f"bad published {doc.get('published')!r}")
    for i, ev in enumerate(doc.get("events") or []):
        if ev.get("type") not in ENUMS["event.type"]:
            errs.append(f"events[{i}].type {ev.get('type')!r}")
        if not _date_ok(ev.get("date")):
            errs.append(f"events[{i}].date {ev.get('date')!r}")
        for f in ("title", "date", "place", "organiser"):
            if f not in ev:
                errs.append(f"events[{i}] lacks {f}")
    for i, b in enumerate(doc.get("blocs") or []):
        if b.get("kind") not in ENUMS["bloc.kind"]:
            errs.append(f"blocs[{i}].kind {b.get('kind')!r}")
        c = b.get("stated_member_count")
        if c is not None and not isinstance(c, int):
            errs.append(f"blocs[{i}].stated_member_count {c!r}")
        if not isinstance(b.get("members"), list) or not isinstance(b.get("leadership"), list):
            errs.append(f"blocs[{i}] members/leadership must be lists")
        for lead in b.get("leadership") or []:
            if lead.get("role") not in ENUMS["lead.role"] or not isinstance(lead.get("year"), int):
                errs.append(f"blocs[{i}].leadership {lead!r}")
    for i, a in enumerate(doc.get("awards") or []):
        if a.get("status") not in ENUMS["award.status"]:
            errs.append(f"awards[{i}].status {a.get('status')!r}")
        if a.get("recipient_kind") not in ENUMS["award.recipient_kind"]:
            errs.append(f"awards[{i}].recipient_kind {a.get('recipient_kind')!r}")
        for f in ("recipient_count", "year"):
            v = a.get(f)
            if v is not None and not isinstance(v, int):
                errs.append(f"awards[{i}].{f} {v!r}")
        for f in ("award", "recipient", "recipient_count", "recipient_kind", "status", "year"):
            if f not in a:
                errs.append(f"awards[{i}] lacks {f}")
    for i, p in enumerate(doc.get("persons") or []):
        if not isinstance(p.get("positions"), list):
            errs.append(f"persons[{i}].positions must be a list")
    for s in ("movements", "documents"):
        if not isinstance(doc.get(s), list):
            errs.append(f"{s} must be a list")
    return errs


def expanded_head(name: str, text: str) -> bool:
    """'Công an tỉnh Quảng Nam' from 'Công an các tỉnh Quảng Bình, ... và Quảng Nam'."""
    words = name.split()
    for k in range(1, len(words) - 1):
        head, typ, tail = " ".join(words[:k]), words[k], " ".join(words[k + 1:])
        for m in re.finditer(re.escape(f"{head} các {typ} "), text):
            if tail in text[m.end(): m.end() + 200]:
                return True
    return False


def check(heldout: Path) -> int:
    gold_dir, art_dir = heldout / "gold", heldout / "articles"
    n_err = 0
    for g in sorted(gold_dir.glob("*.yaml")):
        doc = yaml.safe_load(g.read_text(encoding="utf-8")) or {}
        errs = schema_errors(doc)
        art = art_dir / str(doc.get("article"))
        if not art.exists():
            errs.append(f"article file {art.name} not found")
            print(f"{g.name}: " + "; ".join(errs))
            n_err += len(errs)
            continue
        if art.stem != g.stem:
            errs.append(f"article {art.name} does not match key name {g.name}")
        text = flat(visible_text(art))
        text_noabbr = " ".join(ABBR_DEF.sub("", text).split())
        notes, n_names = [], 0
        for where, s in names_of(doc):
            n_names += 1
            if not isinstance(s, str) or not s.strip():
                errs.append(f"{where}: empty or not a string: {s!r}")
                continue
            s = flat(s)
            if s in text:
                continue
            if s in text_noabbr:
                notes.append(f"{where}: {s!r} (inline abbreviation definition dropped)")
            elif expanded_head(s, text):
                notes.append(f"{where}: {s!r} (shared head word written out)")
            else:
                errs.append(f"{where}: {s!r} not in article")
        words = len(text.split())
        status = "OK" if not errs else f"{len(errs)} ERROR(S)"
        print(f"{g.name}: {status}; {n_names} name strings; {words} words of visible text")
        for n in notes:
            print(f"    note  {n}")
        for e in errs:
            print(f"    ERROR {e}")
        n_err += len(errs)
    print("all keys OK" if not n_err else f"{n_err} error(s)")
    return 1 if n_err else 0


if __name__ == "__main__":
    here = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    sys.exit(check(here))
