#!/usr/bin/env python3
"""Check the answer keys of evaluation sets against the schema and their articles.

    python tests/loaders/check_keys.py SET_DIR [SET_DIR ...] [--quiet] [--stats]

A set folder holds `articles/` and `gold/` (tests/loaders/heldout, heldout2, ...). For every
gold/NAME.yaml it checks:

* the schema of $THIDUA_SHARED/eval/SCHEMA.md (default ../shared beside the checkout): the
  sections, the fields of events and awards, field types, the enumerations, ISO dates (a date
  whose year the text does not give may be "--MM-DD"; `published` may not), no duplicate members,
  leadership facts, persons, movements or documents, no more members than the stated count;
* that `article:` names a file of articles/ with the key's stem, and that every article has a key;
* that every name string of the key (event titles, places and organisers; bloc names, members
  and leadership organisations; honours and recipients; person names, positions and
  organisations; movements; documents) occurs in its article. Both sides are put in NFC,
  NO-BREAK SPACE becomes a space and runs of whitespace collapse to one. For .html only the
  visible text counts: <head>, <script>, <style>, <noscript> and <template> are dropped, block
  elements end a line and inline ones do not ("<b>X</b>đã" stays glued, as in a browser).

Two exceptions are accepted, and each use is reported as a note:

* an inline abbreviation or code definition dropped from a name: "Ủy ban nhân dân (UBND) tỉnh"
  gives "Ủy ban nhân dân tỉnh", also "(PC02)", "(Agribank)", "(KH-CAT)", "(UBND, HĐND)";
* a list sharing a head word, written out: the head with "các" or a count before one of its
  words ("Công an các tỉnh", "UBND các huyện", "gồm 05 tỉnh:", "chín tỉnh", "các phòng:")
  followed in the same sentence, within 600 characters, by the rest of the name, whole or as a
  list item plus a shared tail ("Ban Tuyên giáo Tỉnh ủy" from "các ban Tổ chức, Tuyên giáo,
  Dân vận Tỉnh ủy"). Case is ignored here.

--stats also prints the facts per section as score.py counts them and scores the keys against
themselves (must be F1 1.000) and against a copy with every list reversed (the scorer's
matching is greedy). Exit status 1 if any set fails. Standard library and PyYAML only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import yaml

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("THIDUA_SHARED", REPO.parent / "shared"))
SCHEMA_MD = SHARED / "eval" / "SCHEMA.md"
SCORE_PY = SHARED / "eval" / "score.py"

SECTIONS = ("article", "published", "events", "blocs", "awards", "persons", "movements", "documents")
EVENT_FIELDS = {"type", "title", "date", "place", "organiser"}
AWARD_FIELDS = {"award", "recipient", "recipient_count", "recipient_kind", "status", "year"}
ENUMS = {
    "event type": {"conference", "congress", "seminar", "signing", "other"},
    "bloc kind": {"bloc", "cluster"},
    "leadership role": {"leader", "standing_deputy", "deputy"},
    "recipient_kind": {"collective", "individual", "unknown"},
    "award status": {"proposed", "conferred"},
}
ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}

# --- article text ----------------------------------------------------------------------------

HIDDEN_TAGS = {"head", "script", "style", "noscript", "template"}
BLOCK_TAGS = {"html", "body", "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
              "li", "dl", "dt", "dd", "table", "tr", "td", "th", "section", "article", "aside",
              "header", "footer", "nav", "main", "figure", "figcaption", "blockquote", "form",
              "title", "time"}


class _VisibleText(HTMLParser):
    """Collects the text a browser shows; block elements end a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    """The article's text; for HTML only the visible part."""
    data = path.read_bytes()
    # UTF-16 by its byte-order mark, else UTF-8 (with or without one), as the extractor reads articles
    raw = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    if path.suffix.lower() in {".html", ".htm"}:
        parser = _VisibleText()
        parser.feed(raw)
        parser.close()
        raw = "".join(parser.parts)
    return raw


def flat(text: str) -> str:
    """NFC, NO-BREAK SPACE as a space, whitespace runs collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split())


# --- the two accepted exceptions -------------------------------------------------------------

_TOKEN = r"[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-Za-zĐđ0-9&]+)*"
#: "(UBND)", "(PC02)", "(X03)", "(TĐKT)", "(Agribank)", "(KH-CAT)", "(UBND, HĐND)"
ABBR_DEF = re.compile(rf"\s*\((?:(?=[^()\s]*[A-ZĐ])[^()\s]{{2,12}}|{_TOKEN}(?:[,\s]+{_TOKEN})*)\)")
_COUNT = r"(?:các|\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai)?)"


def _word_at(needle: str, hay: str, start: int = 0) -> int | None:
    """End of the first whole-word occurrence of needle in hay at or after start, else None."""
    m = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)").search(hay, start)
    return m.end() if m else None


def shared_head(name: str, text: str) -> str | None:
    """How name is written out from a list sharing its head word, or None (see the docstring)."""
    low, words = text.lower(), name.lower().split()
    for i in range(1, len(words)):
        head, rest = words[:i], words[i:]
        for k in range(i):
            plural = " ".join([*map(re.escape, head[:k]), _COUNT, *map(re.escape, head[k:])])
            for m in re.finditer(rf"(?<!\w){plural}(?!\w)", low):
                window = low[m.end(): m.end() + 600].split(". ")[0]
                for j in range(len(rest), 0, -1):
                    item, tail = " ".join(rest[:j]), " ".join(rest[j:])
                    at = _word_at(item, window)
                    if at is not None and (not tail or _word_at(tail, window, at) is not None):
                        return m.group(0) + " ... " + item + (" ... " + tail if tail else "")
    return None


# --- the schema ------------------------------------------------------------------------------

def _is_int(v: Any, positive: bool = False) -> bool:
    """An int, not a bool (and above 0 if positive)."""
    return isinstance(v, int) and not isinstance(v, bool) and (v > 0 or not positive)


def _opt_str(v: Any) -> bool:
    """None or a non-empty string."""
    return v is None or (isinstance(v, str) and v.strip() != "")


def _is_date(v: Any, partial: bool = True) -> bool:
    """A date, an ISO date string, or (if partial) "--MM-DD"."""
    if isinstance(v, dt.date):
        return True
    if not isinstance(v, str):
        return False
    m = re.fullmatch(r"(\d{4}|-)-(\d\d)-(\d\d)", v)
    if not m or (m.group(1) == "-" and not partial):
        return False
    try:
        dt.date(2000 if m.group(1) == "-" else int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


def _fields(where: str, rec: dict, expected: set[str]) -> list[str]:
    """Fields missing from rec or unknown to the schema."""
    errs = [f"{where} lacks {f!r}" for f in sorted(expected - set(rec))]
    return errs + [f"{where} has unknown field {f!r}" for f in sorted(set(rec) - expected)]


def _dupes(where: str, values: list) -> list[str]:
    """Values given more than once."""
    seen, out = set(), []
    for v in values:
        key = repr(v)
        if key in seen:
            out.append(f"{where}: duplicate {v!r}")
        seen.add(key)
    return out


def _records(doc: dict, section: str, errs: list[str]) -> list[tuple[str, dict]]:
    """The mappings of a list section, with their locations; reports what is not."""
    value = doc.get(section)
    if value is None:
        return []
    if not isinstance(value, list):
        errs.append(f"{section} must be a list")
        return []
    out = []
    for i, rec in enumerate(value):
        if isinstance(rec, dict):
            out.append((f"{section}[{i}]", rec))
        else:
            errs.append(f"{section}[{i}] must be a mapping")
    return out


def schema_errors(doc: Any) -> list[str]:
    """Everything in a key that does not follow SCHEMA.md."""
    if not isinstance(doc, dict):
        return ["key is not a mapping"]
    errs = [f"missing section {s!r}" for s in SECTIONS if s not in doc]
    errs += [f"unknown section {s!r}" for s in doc if s not in SECTIONS]
    if doc.get("published") is not None and not _is_date(doc["published"], partial=False):
        errs.append(f"published {doc['published']!r} is not a full date")
    for w, ev in _records(doc, "events", errs):
        errs += _fields(w, ev, EVENT_FIELDS)
        if ev.get("type") not in ENUMS["event type"]:
            errs.append(f"{w}.type {ev.get('type')!r}")
        if ev.get("date") is not None and not _is_date(ev["date"]):
            errs.append(f"{w}.date {ev['date']!r}")
        if not isinstance(ev.get("title"), str) or not ev["title"].strip():
            errs.append(f"{w} has no title")
        errs += [f"{w}.{f} {ev[f]!r}" for f in ("place", "organiser") if not _opt_str(ev.get(f))]
    for w, bloc in _records(doc, "blocs", errs):
        if not isinstance(bloc.get("name"), str) or not bloc["name"].strip():
            errs.append(f"{w}.name {bloc.get('name')!r}")
        if bloc.get("kind") not in ENUMS["bloc kind"]:
            errs.append(f"{w}.kind {bloc.get('kind')!r}")
        count = bloc.get("stated_member_count")
        if count is not None and not _is_int(count, positive=True):
            errs.append(f"{w}.stated_member_count {count!r}")
        members = bloc.get("members")
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            errs.append(f"{w}.members must be a list of strings")
            members = []
        errs += _dupes(f"{w}.members", members)
        if _is_int(count) and len(members) > count:
            errs.append(f"{w}: {len(members)} members, more than the stated {count}")
        if not isinstance(bloc.get("leadership"), list):
            errs.append(f"{w}.leadership must be a list")
        leads = _records(bloc, "leadership", errs)
        for lw, lead in leads:
            if not _is_int(lead.get("year")):
                errs.append(f"{w}.{lw}.year {lead.get('year')!r}")
            if lead.get("role") not in ENUMS["leadership role"]:
                errs.append(f"{w}.{lw}.role {lead.get('role')!r}")
            if not isinstance(lead.get("org"), str) or not lead["org"].strip():
                errs.append(f"{w}.{lw}.org {lead.get('org')!r}")
        errs += _dupes(f"{w}.leadership", [(ld.get("year"), ld.get("role"), ld.get("org")) for _, ld in leads])
    for w, aw in _records(doc, "awards", errs):
        errs += _fields(w, aw, AWARD_FIELDS)
        if not isinstance(aw.get("award"), str) or not aw["award"].strip():
            errs.append(f"{w}.award {aw.get('award')!r}")
        if not _opt_str(aw.get("recipient")):
            errs.append(f"{w}.recipient {aw.get('recipient')!r}")
        if aw.get("recipient_count") is not None and not _is_int(aw["recipient_count"], positive=True):
            errs.append(f"{w}.recipient_count {aw['recipient_count']!r}")
        if aw.get("recipient_kind") not in ENUMS["recipient_kind"]:
            errs.append(f"{w}.recipient_kind {aw.get('recipient_kind')!r}")
        if aw.get("status") not in ENUMS["award status"]:
            errs.append(f"{w}.status {aw.get('status')!r}")
        if aw.get("year") is not None and not _is_int(aw["year"]):
            errs.append(f"{w}.year {aw['year']!r}")
    persons = _records(doc, "persons", errs)
    for w, p in persons:
        if not isinstance(p.get("name"), str) or not p["name"].strip():
            errs.append(f"{w}.name {p.get('name')!r}")
        if not isinstance(p.get("positions"), list) or not all(isinstance(x, str) for x in p["positions"]):
            errs.append(f"{w}.positions must be a list of strings")
        if not _opt_str(p.get("org")):
            errs.append(f"{w}.org {p.get('org')!r}")
    errs += _dupes("persons", [p.get("name") for _, p in persons])
    for s in ("movements", "documents"):
        vals = doc.get(s, [])
        if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
            errs.append(f"{s} must be a list of strings")
        else:
            errs += _dupes(s, vals)
    return errs


def name_strings(doc: dict) -> Iterator[tuple[str, Any]]:
    """(where, value) for every name string of a key that must occur in its article."""
    def items(v: Any) -> list:
        return v if isinstance(v, list) else []

    def recs(d: dict, s: str) -> list:
        return [r for r in items(d.get(s)) if isinstance(r, dict)]

    for i, ev in enumerate(recs(doc, "events")):
        for f in ("title", "place", "organiser"):
            if ev.get(f) is not None:
                yield f"events[{i}].{f}", ev[f]
    for i, bloc in enumerate(recs(doc, "blocs")):
        yield f"blocs[{i}].name", bloc.get("name")
        for m in items(bloc.get("members")):
            yield f"blocs[{i}].members", m
        for lead in recs(bloc, "leadership"):
            yield f"blocs[{i}].leadership", lead.get("org")
    for i, aw in enumerate(recs(doc, "awards")):
        yield f"awards[{i}].award", aw.get("award")
        if aw.get("recipient") is not None:
            yield f"awards[{i}].recipient", aw["recipient"]
    for i, p in enumerate(recs(doc, "persons")):
        yield f"persons[{i}].name", p.get("name")
        for pos in items(p.get("positions")):
            yield f"persons[{i}].positions", pos
        if p.get("org") is not None:
            yield f"persons[{i}].org", p["org"]
    for s in ("movements", "documents"):
        for v in items(doc.get(s)):
            yield s, v


# --- checking a key and a set ----------------------------------------------------------------

@dataclass
class KeyReport:
    """What checking one answer key found."""

    key: str
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    doc: Any = None
    names: int = 0
    words: int = 0
    nbsp: int = 0


@dataclass
class SetReport:
    """What checking one set folder found; errors are the set's own (missing keys, ...)."""

    folder: Path
    errors: list[str] = field(default_factory=list)
    keys: list[KeyReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No error in the set or any of its keys."""
        return not self.errors and not any(k.errors for k in self.keys)


def check_key(gold: Path, articles: Path) -> KeyReport:
    """Check one answer key against the schema and its article."""
    rep = KeyReport(gold.name)
    try:
        rep.doc = doc = yaml.safe_load(gold.read_text(encoding="utf-8"))
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: an impossible date such as 2024-02-30
        rep.errors.append(f"not valid YAML: {' '.join(str(exc).split())}")
        return rep
    rep.errors += schema_errors(doc)
    if not isinstance(doc, dict):
        return rep
    art = articles / str(doc.get("article"))
    if not isinstance(doc.get("article"), str) or not art.is_file():
        rep.errors.append(f"article file {doc.get('article')!r} not found in {articles}")
        return rep
    if art.stem != gold.stem:
        rep.errors.append(f"article {art.name} does not match the key's name {gold.name}")
    raw = visible_text(art)
    rep.nbsp = raw.count("\u00a0")
    text = flat(raw)
    rep.words = len(text.split())
    no_abbr = flat(ABBR_DEF.sub("", text))
    for where, s in name_strings(doc):
        rep.names += 1
        if not isinstance(s, str) or not s.strip():
            continue  # reported by schema_errors
        s = flat(s)
        if s in text:
            continue
        if s in no_abbr:
            rep.notes.append(f"{where}: {s!r}: inline abbreviation definition dropped")
        elif how := shared_head(s, text):
            rep.notes.append(f"{where}: {s!r}: shared head written out ({how})")
        else:
            rep.errors.append(f"{where}: {s!r} not in {art.name}")
    return rep


def check_set(folder: Path) -> SetReport:
    """Check every key of a set folder (gold/ and articles/)."""
    rep = SetReport(folder)
    gold_dir, art_dir = folder / "gold", folder / "articles"
    if not gold_dir.is_dir() or not art_dir.is_dir():
        rep.errors.append(f"{folder} lacks gold/ or articles/")
        return rep
    golds = sorted(gold_dir.glob("*.yaml"))
    if not golds:
        rep.errors.append(f"no keys in {gold_dir}")
    stems = {g.stem for g in golds}
    rep.errors += [f"article {a.name} has no key" for a in sorted(art_dir.iterdir())
                   if a.suffix.lower() in ARTICLE_SUFFIXES and a.stem not in stems]
    rep.keys = [check_key(g, art_dir) for g in golds]
    return rep


# --- the optional statistics -----------------------------------------------------------------

def load_scorer() -> ModuleType:
    """The shared score.py, imported by path."""
    spec = importlib.util.spec_from_file_location("thidua_shared_score", SCORE_PY)
    if spec is None or not SCORE_PY.is_file():
        raise FileNotFoundError(f"score.py not found at {SCORE_PY} (set THIDUA_SHARED)")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _reversed_lists(v: Any) -> Any:
    """A copy of a key with every list reversed."""
    if isinstance(v, dict):
        return {k: _reversed_lists(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_reversed_lists(x) for x in reversed(v)]
    return v


def print_stats(rep: SetReport, score: ModuleType) -> list[str]:
    """Print facts per section as score.py counts them and the two scores; a self-score below 1 is an error."""
    cols = list(score.SECTIONS)
    print(f"{'key':<40}" + "".join(f"{c[:7]:>8}" for c in cols) + f"{'total':>8}")
    totals = dict.fromkeys(cols, 0)
    for k in rep.keys:
        if not isinstance(k.doc, dict):
            continue
        counts = {c: len(v) for c, v in score.facts(k.doc).items()}
        for c in cols:
            totals[c] += counts[c]
        print(f"{Path(k.key).stem[:39]:<40}" + "".join(f"{counts[c]:>8}" for c in cols)
              + f"{sum(counts.values()):>8}")
    print(f"{'all':<40}" + "".join(f"{totals[c]:>8}" for c in cols) + f"{sum(totals.values()):>8}")
    gold = rep.folder / "gold"
    f1 = score.score(gold, gold)["overall"]["f1"]
    with tempfile.TemporaryDirectory() as tmp:
        for k in rep.keys:
            Path(tmp, k.key).write_text(yaml.safe_dump(_reversed_lists(k.doc), allow_unicode=True),
                                        encoding="utf-8")
        rev = score.score(gold, Path(tmp))["overall"]["f1"]
    print(f"self-score F1 {f1:.3f}; against reversed lists F1 {rev:.3f}")
    return [f"self-score F1 {f1:.3f}, not 1.000"] if f1 < 1.0 else []


# --- command line ----------------------------------------------------------------------------

def report(rep: SetReport, quiet: bool) -> None:
    """Print one set's findings."""
    print(f"== {rep.folder}")
    for k in rep.keys:
        if k.errors or not quiet:
            print(f"{'ok' if not k.errors else 'FAIL':4} {k.key}: {k.names} name strings, "
                  f"{k.words} words, {k.nbsp} NBSP")
        if not quiet:
            for n in k.notes:
                print(f"     note  {n}")
        for e in k.errors:
            print(f"     ERROR {e}")
    for e in rep.errors:
        print(f"ERROR {e}")


def summary(rep: SetReport) -> str:
    """One line: the set's verdict."""
    n_err = len(rep.errors) + sum(len(k.errors) for k in rep.keys)
    n_notes = sum(len(k.notes) for k in rep.keys)
    if n_err:
        return f"{rep.folder}: {n_err} error(s)"
    return f"{rep.folder}: all {len(rep.keys)} keys OK ({n_notes} accepted exception(s) noted)"


def main(argv: list[str] | None = None) -> int:
    """Check each set folder given; exit status 1 if any fails."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=f"schema: {SCHEMA_MD}")
    ap.add_argument("sets", nargs="+", type=Path, metavar="SET_DIR", help="folder with gold/ and articles/")
    ap.add_argument("--quiet", action="store_true", help="print only errors and the verdicts")
    ap.add_argument("--stats", action="store_true",
                    help="also print facts per section (score.py) and the self- and reversed-lists scores")
    args = ap.parse_args(argv)
    try:
        score = load_scorer() if args.stats else None
    except FileNotFoundError as exc:
        ap.error(str(exc))
    failed = 0
    for folder in args.sets:
        rep = check_set(folder)
        report(rep, args.quiet)
        if score is not None and rep.keys:
            for e in print_stats(rep, score):
                print(f"ERROR {e}")
                rep.errors.append(e)
        print(summary(rep))
        failed += not rep.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
