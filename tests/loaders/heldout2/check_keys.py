#!/usr/bin/env python3
"""Check the answer keys of the second blind set against their articles.

    python tests/loaders/heldout2/check_keys.py [SET_DIR] [--quiet]

For every gold/NAME.yaml:

1. the schema of /work/shared/eval/SCHEMA.md: the sections, their field types and
   enumerations (event type, bloc kind, leadership role, recipient kind, award status),
   ISO dates or "--MM-DD" for a date whose year the text does not give;
2. `article:` names an existing file in articles/ with the same stem;
3. every name string of the key (event titles, places and organisers; bloc names, members and
   leadership organisations; honours and recipients; person names, positions and organisations;
   movements; documents) occurs in the article's text. Before comparing, both sides are put in NFC,
   NO-BREAK SPACE becomes a space and runs of whitespace collapse to one space. For .html articles
   only the visible text counts: <head>, <script>, <style>, <noscript> and <template> are dropped.

Two exceptions are accepted, and each use is reported:

- an inline abbreviation definition dropped from a name ("Phòng ... (PX03)", "Ủy ban nhân dân (UBND)");
- a list that shares a head word, written out: "Phòng PC01" from "các phòng: PC01, PC02",
  "UBND huyện Tam Nông" from "UBND các huyện Tam Nông, ...", "tỉnh Bình Dương" from
  "gồm 05 tỉnh: Bình Dương, ...", "Ban Tổ chức Tỉnh ủy" from "các ban Tổ chức, Tuyên giáo,
  Dân vận Tỉnh ủy" (a shared tail is accepted too).

It also prints the number of facts per article as score.py counts them, the article's length in
words (visible text) and its NO-BREAK SPACEs. Exit status 1 if anything fails.
Needs only the standard library and PyYAML.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import yaml

EVENT_TYPES = {"conference", "congress", "seminar", "signing", "other"}
BLOC_KINDS = {"bloc", "cluster"}
ROLES = {"leader", "standing_deputy", "deputy"}
RECIPIENT_KINDS = {"collective", "individual", "unknown"}
STATUSES = {"proposed", "conferred"}
TOP_KEYS = ["article", "published", "events", "blocs", "awards", "persons", "movements", "documents"]
SECTIONS = ["published", "events", "blocs", "member_counts", "members", "leadership",
            "awards", "persons", "positions", "movements", "documents"]
SKIPPED_TAGS = {"head", "script", "style", "noscript", "template"}
BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
              "td", "th", "section", "article", "aside", "header", "footer", "nav", "main",
              "figure", "figcaption", "form", "label", "title", "time", "span", "a", "b", "i"}


# --- reading the articles -----------------------------------------------------------------

class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS and not self.skip:
            self.parts.append("\n" if tag not in {"span", "a", "b", "i"} else " ")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS and not self.skip:
            self.parts.append("\n" if tag not in {"span", "a", "b", "i"} else " ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def raw_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        parser = _VisibleText()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    return text


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


ABBR_DEF = re.compile(r"\s*\((?:[A-ZĐ][A-Za-zĐđ0-9]*)(?:[,\s]+[A-ZĐ][A-Za-zĐđ0-9]*)*\)")


def _items(span: str) -> list[str]:
    return [p.strip(" :") for p in re.split(r",|\bvà\b", span) if p.strip(" :")]


def shared_head(name: str, text_lower: str) -> str | None:
    """Find "head các item, item ..." (or "N head: item, ...") that writes out to `name`."""
    words = name.lower().split()
    for i in range(1, len(words)):
        head = words[:i]
        head_re = r"\s+".join(r"(?:(?:các|\d+)\s+)?" + re.escape(w) for w in head) + r"\s*:?\s*"
        for m in re.finditer(head_re, text_lower):
            if not re.search(r"(?:^|\s)(?:các|\d+)\s", " " + m.group(0)):
                continue
            span = re.split(r"[.;\n]", text_lower[m.end():m.end() + 500])[0]
            items = _items(span)
            rest = words[i:]
            for j in range(1, len(rest) + 1):
                item, tail = " ".join(rest[:j]), " ".join(rest[j:])
                for k, it in enumerate(items):
                    if it == item and (not tail or any(x.endswith(tail) for x in items[k:])):
                        return m.group(0).strip() + " ... " + item + (" ... " + tail if tail else "")
                    if not tail and it == item:
                        return m.group(0).strip() + " ... " + item
    return None


# --- the schema ---------------------------------------------------------------------------

def _is_date(v) -> bool:
    if isinstance(v, dt.date):
        return True
    if isinstance(v, str):
        if re.fullmatch(r"--\d\d-\d\d", v):
            return True
        try:
            dt.date.fromisoformat(v)
            return True
        except ValueError:
            return False
    return False


def _opt_str(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() != "")


def _opt_int(v) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v > 0)


def check_schema(doc: dict, errors: list[str]) -> None:
    def err(msg):
        errors.append("schema: " + msg)

    if not isinstance(doc, dict):
        err("not a mapping")
        return
    for k in TOP_KEYS:
        if k not in doc:
            err(f"missing top-level key {k!r}")
    for k in doc:
        if k not in TOP_KEYS:
            err(f"unknown top-level key {k!r}")
    if doc.get("published") is not None and not _is_date(doc["published"]):
        err(f"published {doc['published']!r} is not a date")
    for n, ev in enumerate(doc.get("events") or []):
        if ev.get("type") not in EVENT_TYPES:
            err(f"event {n}: type {ev.get('type')!r}")
        if ev.get("date") is not None and not _is_date(ev["date"]):
            err(f"event {n}: date {ev.get('date')!r}")
        for f in ("title", "place", "organiser"):
            if not _opt_str(ev.get(f)):
                err(f"event {n}: {f} {ev.get(f)!r}")
        if not ev.get("title"):
            err(f"event {n}: no title")
    for n, bloc in enumerate(doc.get("blocs") or []):
        if not isinstance(bloc.get("name"), str):
            err(f"bloc {n}: name")
        if bloc.get("kind") not in BLOC_KINDS:
            err(f"bloc {n}: kind {bloc.get('kind')!r}")
        if not _opt_int(bloc.get("stated_member_count")):
            err(f"bloc {n}: stated_member_count {bloc.get('stated_member_count')!r}")
        members = bloc.get("members") or []
        if len(set(members)) != len(members):
            err(f"bloc {n}: duplicate members")
        if bloc.get("stated_member_count") and len(members) > bloc["stated_member_count"]:
            err(f"bloc {n}: more members than the stated count")
        seen = set()
        for lead in bloc.get("leadership") or []:
            if not isinstance(lead.get("year"), int):
                err(f"bloc {n}: leadership year {lead.get('year')!r}")
            if lead.get("role") not in ROLES:
                err(f"bloc {n}: leadership role {lead.get('role')!r}")
            if not isinstance(lead.get("org"), str):
                err(f"bloc {n}: leadership org {lead.get('org')!r}")
            key = (lead.get("year"), lead.get("role"), lead.get("org"))
            if key in seen:
                err(f"bloc {n}: duplicate leadership {key}")
            seen.add(key)
    for n, aw in enumerate(doc.get("awards") or []):
        if not isinstance(aw.get("award"), str):
            err(f"award {n}: award")
        if not _opt_str(aw.get("recipient")):
            err(f"award {n}: recipient")
        if not _opt_int(aw.get("recipient_count")):
            err(f"award {n}: recipient_count {aw.get('recipient_count')!r}")
        if aw.get("recipient_kind") not in RECIPIENT_KINDS:
            err(f"award {n}: recipient_kind {aw.get('recipient_kind')!r}")
        if aw.get("status") not in STATUSES:
            err(f"award {n}: status {aw.get('status')!r}")
        if aw.get("year") is not None and not isinstance(aw.get("year"), int):
            err(f"award {n}: year {aw.get('year')!r}")
    names = [p.get("name") for p in doc.get("persons") or []]
    if len(set(names)) != len(names):
        err("duplicate persons")
    for n, p in enumerate(doc.get("persons") or []):
        if not isinstance(p.get("name"), str):
            err(f"person {n}: name")
        if not isinstance(p.get("positions") or [], list):
            err(f"person {n}: positions")
        if not _opt_str(p.get("org")):
            err(f"person {n}: org")
    for sec in ("movements", "documents"):
        vals = doc.get(sec) or []
        if not all(isinstance(v, str) for v in vals):
            err(f"{sec}: not all strings")
        if len(set(vals)) != len(vals):
            err(f"{sec}: duplicates")


# --- the strings --------------------------------------------------------------------------

def name_strings(doc: dict):
    for n, ev in enumerate(doc.get("events") or []):
        for f in ("title", "place", "organiser"):
            if ev.get(f):
                yield f"events[{n}].{f}", ev[f]
    for n, bloc in enumerate(doc.get("blocs") or []):
        yield f"blocs[{n}].name", bloc.get("name")
        for m in bloc.get("members") or []:
            yield f"blocs[{n}].members", m
        for lead in bloc.get("leadership") or []:
            yield f"blocs[{n}].leadership", lead.get("org")
    for n, aw in enumerate(doc.get("awards") or []):
        yield f"awards[{n}].award", aw.get("award")
        if aw.get("recipient"):
            yield f"awards[{n}].recipient", aw["recipient"]
    for n, p in enumerate(doc.get("persons") or []):
        yield f"persons[{n}].name", p.get("name")
        for pos in p.get("positions") or []:
            yield f"persons[{n}].positions", pos
        if p.get("org"):
            yield f"persons[{n}].org", p["org"]
    for mv in doc.get("movements") or []:
        yield "movements", mv
    for d in doc.get("documents") or []:
        yield "documents", d


def count_facts(doc: dict) -> dict[str, int]:
    c = dict.fromkeys(SECTIONS, 0)
    c["published"] = int(doc.get("published") is not None)
    c["events"] = len(doc.get("events") or [])
    for bloc in doc.get("blocs") or []:
        c["blocs"] += 1
        c["member_counts"] += int(bloc.get("stated_member_count") is not None)
        c["members"] += len(bloc.get("members") or [])
        c["leadership"] += len(bloc.get("leadership") or [])
    c["awards"] = len(doc.get("awards") or [])
    for p in doc.get("persons") or []:
        c["persons"] += 1
        c["positions"] += len(p.get("positions") or [])
    c["movements"] = len(doc.get("movements") or [])
    c["documents"] = len(doc.get("documents") or [])
    return c


def check_one(gold: Path, articles: Path, quiet: bool) -> tuple[list[str], list[str], dict, int, int]:
    errors: list[str] = []
    notes: list[str] = []
    doc = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
    check_schema(doc, errors)
    art = articles / str(doc.get("article", ""))
    if not art.is_file():
        errors.append(f"article file {art.name!r} not found")
        return errors, notes, count_facts(doc), 0, 0
    if art.stem != gold.stem:
        errors.append(f"key {gold.name} names article {art.name} (stems differ)")
    raw = raw_text(art)
    nbsp = raw.count("\u00a0")
    text = normalise(raw)
    words = len(text.split())
    text_lower = text.lower()
    no_abbr = normalise(ABBR_DEF.sub("", raw))
    for where, s in name_strings(doc):
        if not isinstance(s, str):
            errors.append(f"{where}: {s!r} is not a string")
            continue
        ns = normalise(s)
        if ns in text:
            continue
        if ns in no_abbr:
            notes.append(f"{where}: {s!r} found once an abbreviation definition is dropped")
            continue
        how = shared_head(ns, text_lower)
        if how:
            notes.append(f"{where}: {s!r} written out from a shared head ({how})")
            continue
        errors.append(f"{where}: {s!r} does not occur in {art.name}")
    return errors, notes, count_facts(doc), words, nbsp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir", nargs="?", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--quiet", action="store_true", help="print only errors and the totals")
    args = ap.parse_args(argv)
    gold_dir, art_dir = args.set_dir / "gold", args.set_dir / "articles"
    golds = sorted(gold_dir.glob("*.yaml"))
    stems = {p.stem for p in golds}
    failed = 0
    totals = dict.fromkeys(SECTIONS, 0)
    for art in sorted(art_dir.iterdir()):
        if art.stem not in stems:
            print(f"ERROR {art.name}: no answer key")
            failed += 1
    for gold in golds:
        errors, notes, counts, words, nbsp = check_one(gold, art_dir, args.quiet)
        for k, v in counts.items():
            totals[k] += v
        status = "ok" if not errors else "FAIL"
        print(f"{status:4} {gold.name}: {sum(counts.values())} facts, {words} words, {nbsp} NBSP")
        for e in errors:
            print("     ERROR " + e)
        if not args.quiet:
            for n in notes:
                print("     note  " + n)
        failed += bool(errors)
    print("facts per section: " + ", ".join(f"{k} {v}" for k, v in totals.items())
          + f"; total {sum(totals.values())}")
    if failed:
        print(f"{failed} problem(s)")
        return 1
    print("all keys check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
