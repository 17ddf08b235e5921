#!/usr/bin/env python3
"""Check the answer keys of the fourth held-out set against its articles.

    python tests/loaders/heldout4/check_keys.py [--quiet]

Checks, for every key in gold/:
  * the schema of /work/shared/eval/SCHEMA.md: sections, field types, enumerations, ISO dates or
    "--MM-DD", `article:` naming the article with the same stem; every article has a key;
  * that every name string of the key occurs in its article (event titles, places, organisers,
    bloc names, members, leadership organisations, honours, recipients, person names, positions,
    person organisations, movements, documents).

Before comparing, the article text is put in NFC, NO-BREAK SPACE becomes a space and runs of
whitespace collapse to one space. For .html files only the visible text is used: <head>, <script>,
<style>, <noscript> and <template> are dropped; block elements end a line, inline elements do not
(so "<strong>X</strong>đã" stays glued, as a browser copy would give it).

Two exceptions are accepted and reported:
  * an inline abbreviation or code definition dropped from a name ("Bảo hiểm xã hội (BHXH) tỉnh"
    gives "Bảo hiểm xã hội tỉnh");
  * a list sharing a head word, written out ("Công an tỉnh Cà Mau" from "Công an các tỉnh An
    Giang, ..., Bạc Liêu và Cà Mau"; "tỉnh Quảng Nam" from "các tỉnh Quảng Nam, ..."). The plural
    head ("Công an các tỉnh", "các tỉnh", "N tỉnh") must occur, with the tail after it in the same
    sentence (within 600 characters).

Also prints each key's fact count as score.py counts them, the article's length in words and its
number of NO-BREAK SPACEs, and finally scores the keys against themselves and against a copy with
every list reversed (the scorer's matching is greedy). Needs only the standard library and PyYAML.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"
SCORE_PY = Path("/work/shared/eval/score.py")

EVENT_TYPES = {"conference", "congress", "seminar", "signing", "other"}
ROLES = {"leader", "standing_deputy", "deputy"}
KINDS = {"bloc", "cluster"}
RKINDS = {"collective", "individual", "unknown"}
STATUSES = {"proposed", "conferred"}
SECTIONS = {"article", "published", "events", "blocs", "awards", "persons", "movements", "documents"}

BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr", "td", "th",
              "table", "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption",
              "main", "time", "blockquote", "form", "hr", "body", "html", "title", "dl", "dt", "dd"}
HIDDEN_TAGS = {"head", "script", "style", "noscript", "template"}
NUM_WORDS = r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một|mười hai)"


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = _Visible()
        p.feed(raw)
        raw = "".join(p.parts)
    return raw


def flat(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    return " ".join(text.split())


ABBR_DEF = re.compile(r"\s*\((?:[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-Za-zĐđ0-9&]+)*)(?:,\s*[A-ZĐ][A-Za-zĐđ0-9&]*)*\)")


def find(s: str, text: str, text_noabbr: str) -> str | None:
    """Return None when s occurs, else a note on how it was accepted, else 'MISSING'."""
    s = flat(s)
    if s in text:
        return None
    if s in text_noabbr:
        return "abbreviation definition dropped"
    words = s.split()
    for i in range(1, len(words)):
        head, tail = words[:i], " ".join(words[i:])
        plural = " ".join(head[:-1] + ["các", head[-1]])
        counted = (" ".join(head[:-1]) + " " if head[:-1] else "") + NUM_WORDS + " " + re.escape(head[-1])
        for pat in (counted, re.escape(plural)):
            for m in re.finditer(pat, text):
                window = text[m.end(): m.end() + 600].split(". ")[0]   # same sentence
                if re.search(r"(?<![\wÀ-ỹ])" + re.escape(tail) + r"(?![\wÀ-ỹ])", window):
                    return f"shared head '{text[m.start():m.end()]}' written out"
    return "MISSING"


def name_strings(doc: dict):
    for ev in doc.get("events") or []:
        for k in ("title", "place", "organiser"):
            if ev.get(k) is not None:
                yield f"event.{k}", ev[k]
    for b in doc.get("blocs") or []:
        yield "bloc.name", b.get("name")
        for m in b.get("members") or []:
            yield "bloc.member", m
        for lead in b.get("leadership") or []:
            yield "bloc.leadership", lead.get("org")
    for a in doc.get("awards") or []:
        yield "award.award", a.get("award")
        if a.get("recipient") is not None:
            yield "award.recipient", a["recipient"]
    for p in doc.get("persons") or []:
        yield "person.name", p.get("name")
        for pos in p.get("positions") or []:
            yield "person.position", pos
        if p.get("org") is not None:
            yield "person.org", p["org"]
    for m in doc.get("movements") or []:
        yield "movement", m
    for d in doc.get("documents") or []:
        yield "document", d


def is_date(v, allow_partial=True) -> bool:
    if isinstance(v, dt.date):
        return True
    if isinstance(v, str):
        if allow_partial and re.fullmatch(r"--\d\d-\d\d", v):
            return True
        try:
            dt.date.fromisoformat(v)
            return True
        except ValueError:
            return False
    return False


def schema_errors(doc: dict, stem: str) -> list[str]:
    err = []
    if not isinstance(doc, dict):
        return ["not a mapping"]
    extra = set(doc) - SECTIONS
    if extra:
        err.append(f"unknown sections {sorted(extra)}")
    for s in SECTIONS:
        if s not in doc:
            err.append(f"missing section {s}")
    if Path(str(doc.get("article"))).stem != stem:
        err.append(f"article: {doc.get('article')} does not match {stem}")
    if doc.get("published") is not None and not is_date(doc["published"], allow_partial=False):
        err.append(f"bad published {doc['published']!r}")
    for ev in doc.get("events") or []:
        if ev.get("type") not in EVENT_TYPES:
            err.append(f"bad event type {ev.get('type')!r}")
        if ev.get("date") is not None and not is_date(ev["date"]):
            err.append(f"bad event date {ev.get('date')!r}")
        if not isinstance(ev.get("title"), str):
            err.append("event without title")
        if set(ev) - {"type", "title", "date", "place", "organiser"}:
            err.append(f"unknown event fields {set(ev)}")
    for b in doc.get("blocs") or []:
        if b.get("kind") not in KINDS:
            err.append(f"bad bloc kind {b.get('kind')!r}")
        c = b.get("stated_member_count")
        if c is not None and not isinstance(c, int):
            err.append(f"bad member count {c!r}")
        if not isinstance(b.get("members"), list) or not isinstance(b.get("leadership"), list):
            err.append(f"bloc {b.get('name')!r}: members/leadership must be lists")
        for lead in b.get("leadership") or []:
            if lead.get("role") not in ROLES or not isinstance(lead.get("year"), int):
                err.append(f"bad leadership {lead}")
    for a in doc.get("awards") or []:
        if a.get("status") not in STATUSES or a.get("recipient_kind") not in RKINDS:
            err.append(f"bad award {a}")
        if a.get("recipient_count") is not None and not isinstance(a["recipient_count"], int):
            err.append(f"bad recipient_count {a}")
        if a.get("year") is not None and not isinstance(a["year"], int):
            err.append(f"bad award year {a}")
        if set(a) != {"award", "recipient", "recipient_count", "recipient_kind", "status", "year"}:
            err.append(f"award fields {sorted(a)}")
    for p in doc.get("persons") or []:
        if not isinstance(p.get("name"), str) or not isinstance(p.get("positions"), list):
            err.append(f"bad person {p}")
    for k in ("movements", "documents"):
        if not isinstance(doc.get(k), list) or not all(isinstance(x, str) for x in doc.get(k) or []):
            err.append(f"{k} must be a list of strings")
    return err


def _load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _reverse_lists(doc):
    if isinstance(doc, dict):
        return {k: _reverse_lists(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_reverse_lists(v) for v in reversed(doc)]
    return doc


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    score = _load_score()
    problems = 0
    articles = {p.stem: p for p in sorted(ARTICLES.iterdir()) if p.suffix in (".txt", ".html")}
    keys = {p.stem: p for p in sorted(GOLD.glob("*.yaml"))}
    for stem in sorted(set(articles) - set(keys)):
        print(f"ERROR {stem}: article has no key")
        problems += 1
    for stem in sorted(set(keys) - set(articles)):
        print(f"ERROR {stem}: key has no article")
        problems += 1
    totals: dict[str, int] = {}
    header = ["published", "events", "blocs", "member_counts", "members", "leadership", "awards",
              "persons", "positions", "movements", "documents"]
    rows = []
    for stem, kpath in keys.items():
        if stem not in articles:
            continue
        doc = yaml.safe_load(kpath.read_text(encoding="utf-8"))
        for e in schema_errors(doc, stem):
            print(f"ERROR {stem}: {e}")
            problems += 1
        apath = articles[stem]
        raw = apath.read_text(encoding="utf-8")
        vis = visible_text(apath)
        text = flat(vis)
        text_noabbr = flat(ABBR_DEF.sub("", unicodedata.normalize("NFC", vis)))
        for where, s in name_strings(doc):
            if not isinstance(s, str) or not s.strip():
                print(f"ERROR {stem}: empty {where}")
                problems += 1
                continue
            note = find(s, text, text_noabbr)
            if note == "MISSING":
                print(f"ERROR {stem}: {where} not in article: {s!r}")
                problems += 1
            elif note and not quiet:
                print(f"  note {stem}: {where} {s!r}: {note}")
        f = score.facts(doc)
        counts = [len(f[s]) for s in header]
        for s, c in zip(header, counts):
            totals[s] = totals.get(s, 0) + c
        nbsp = raw.count("\u00a0") + raw.count("&nbsp;")
        rows.append((stem, counts, len(text.split()), nbsp))
    if not quiet:
        print()
        print("article".ljust(40) + "".join(h[:7].rjust(8) for h in header) + "   total   words  nbsp")
        for stem, counts, words, nbsp in rows:
            print(stem[:39].ljust(40) + "".join(str(c).rjust(8) for c in counts)
                  + str(sum(counts)).rjust(8) + str(words).rjust(8) + str(nbsp).rjust(6))
        print("all".ljust(40) + "".join(str(totals[h]).rjust(8) for h in header)
              + str(sum(totals.values())).rjust(8))
    # self-score and order effect
    import tempfile
    res = score.score(GOLD, GOLD)
    f1 = res["overall"]["f1"]
    with tempfile.TemporaryDirectory() as tmp:
        for kpath in keys.values():
            doc = yaml.safe_load(kpath.read_text(encoding="utf-8"))
            Path(tmp, kpath.name).write_text(yaml.safe_dump(_reverse_lists(doc), allow_unicode=True),
                                             encoding="utf-8")
        rev = score.score(GOLD, Path(tmp))["overall"]["f1"]
    print(f"self-score F1 {f1:.3f}; against reversed lists F1 {rev:.3f}")
    if f1 < 1.0:
        problems += 1
    print("OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
