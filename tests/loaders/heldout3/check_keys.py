#!/usr/bin/env python3
"""Check the answer keys of the third held-out set against their articles.

    python tests/loaders/heldout3/check_keys.py [--quiet]

For every gold/*.yaml it checks
  * the schema of /work/shared/eval/SCHEMA.md: sections, field types, enumerations,
    dates written as ISO dates or as "--MM-DD";
  * that `article:` names an article in articles/ with the same stem;
  * that every name string of the key occurs in the article: event titles, places
    and organisers; bloc names, members and leadership organisations; honours and
    recipients; person names, positions and organisations; movements; documents.

Before comparing, both sides are put in NFC, NO-BREAK SPACE becomes a space and runs
of whitespace collapse to one space. For .html articles only the visible text is
used: <head>, <script>, <style>, <noscript> and <template> are dropped, and block
elements end a line.

Two exceptions are accepted, and each use is reported:
  * an inline abbreviation or code definition dropped from a name:
    "Ủy ban nhân dân (UBND) tỉnh Điện Biên" -> "Ủy ban nhân dân tỉnh Điện Biên",
    "Phòng Cảnh sát hình sự (PC02)" -> "Phòng Cảnh sát hình sự";
  * a list that shares a head word, written out: "Công an tỉnh Bình Định" from
    "Công an các tỉnh: Quảng Ngãi, Bình Định, ...", "tỉnh Nghệ An" from
    "gồm 6 tỉnh: Thanh Hoá, Nghệ An, ...", "UBND huyện Sơn Tịnh" from
    "UBND các huyện Bình Sơn, Sơn Tịnh, ...".

It also prints, per key, the number of facts as score.py counts them, the length of
the article in words and the number of NO-BREAK SPACEs in it. Needs only the
standard library and PyYAML. Exit status 1 if anything fails.
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
SCORER = Path("/work/shared/eval/score.py")

EVENT_TYPES = {"conference", "congress", "seminar", "signing", "other"}
BLOC_KINDS = {"bloc", "cluster"}
ROLES = {"leader", "standing_deputy", "deputy"}
RECIPIENT_KINDS = {"collective", "individual", "unknown"}
STATUSES = {"proposed", "conferred"}
TOP_KEYS = {"article", "published", "events", "blocs", "awards", "persons", "movements", "documents"}

# ---------------------------------------------------------------- article text

HIDDEN = {"head", "script", "style", "noscript", "template"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
         "figcaption", "section", "article", "aside", "header", "footer", "nav", "main",
         "br", "tr", "td", "th", "table", "blockquote", "time"}


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        parser = _Visible()
        parser.feed(raw)
        return "".join(parser.parts)
    return raw


def flat(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


# "(UBND)", "(X03)", "(PC02)", "(TĐKT)", "(Agribank)": one token, no spaces.
ABBR_DEF = re.compile(r" ?\((?=[^()\s]*[A-ZĐ])[^()\s]{2,12}\)")
SHARED_HEADS = ["Công an tỉnh", "UBND tỉnh", "UBND huyện", "tỉnh"]


def shared_head_ok(name: str, text: str) -> bool:
    for head in SHARED_HEADS:
        if not name.startswith(head + " "):
            continue
        tail = name[len(head) + 1:]
        if tail not in text:
            continue
        *front, last = head.split()
        plural = " ".join(front + ["các", last])          # "Công an các tỉnh", "UBND các huyện"
        counted = re.compile(r"\b\d+ " + re.escape(last) + r" ?:")   # "gồm 6 tỉnh:"
        if plural in text or counted.search(text):
            return True
    return False


# ---------------------------------------------------------------- schema

def _date_ok(v) -> bool:
    if v is None:
        return True
    if isinstance(v, dt.date):
        return True
    s = str(v)
    if re.fullmatch(r"--\d\d-\d\d", s):
        return True
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_schema(doc: dict, errs: list[str]) -> None:
    if not isinstance(doc, dict):
        errs.append("key is not a mapping")
        return
    missing = TOP_KEYS - set(doc)
    extra = set(doc) - TOP_KEYS
    if missing:
        errs.append(f"missing sections: {sorted(missing)}")
    if extra:
        errs.append(f"unknown sections: {sorted(extra)}")
    if not _date_ok(doc.get("published")):
        errs.append(f"published: bad date {doc.get('published')!r}")
    for ev in doc.get("events") or []:
        if ev.get("type") not in EVENT_TYPES:
            errs.append(f"event type {ev.get('type')!r}")
        if not _date_ok(ev.get("date")):
            errs.append(f"event date {ev.get('date')!r}")
        if not ev.get("title"):
            errs.append("event without title")
        if set(ev) - {"type", "title", "date", "place", "organiser"}:
            errs.append(f"event fields {sorted(ev)}")
    for b in doc.get("blocs") or []:
        if b.get("kind") not in BLOC_KINDS:
            errs.append(f"bloc kind {b.get('kind')!r}")
        c = b.get("stated_member_count")
        if c is not None and not isinstance(c, int):
            errs.append(f"stated_member_count {c!r}")
        if not isinstance(b.get("members"), list):
            errs.append(f"bloc {b.get('name')!r}: members is not a list")
        for lead in b.get("leadership") or []:
            if lead.get("role") not in ROLES:
                errs.append(f"role {lead.get('role')!r}")
            if not isinstance(lead.get("year"), int):
                errs.append(f"leadership year {lead.get('year')!r}")
            if not lead.get("org"):
                errs.append("leadership without org")
    for a in doc.get("awards") or []:
        if a.get("status") not in STATUSES:
            errs.append(f"award status {a.get('status')!r}")
        if a.get("recipient_kind") not in RECIPIENT_KINDS:
            errs.append(f"recipient_kind {a.get('recipient_kind')!r}")
        for k in ("recipient_count", "year"):
            v = a.get(k)
            if v is not None and not isinstance(v, int):
                errs.append(f"award {k} {v!r}")
        if set(a) != {"award", "recipient", "recipient_count", "recipient_kind", "status", "year"}:
            errs.append(f"award fields {sorted(a)}")
    for p in doc.get("persons") or []:
        if not p.get("name"):
            errs.append("person without name")
        if not isinstance(p.get("positions"), list):
            errs.append(f"person {p.get('name')!r}: positions is not a list")
    for k in ("movements", "documents"):
        if not isinstance(doc.get(k), list):
            errs.append(f"{k} is not a list")


def name_strings(doc: dict):
    for ev in doc.get("events") or []:
        for k in ("title", "place", "organiser"):
            if ev.get(k):
                yield f"event {k}", ev[k]
    for b in doc.get("blocs") or []:
        yield "bloc", b["name"]
        for m in b.get("members") or []:
            yield "member", m
        for lead in b.get("leadership") or []:
            yield "leadership org", lead["org"]
    for a in doc.get("awards") or []:
        yield "award", a["award"]
        if a.get("recipient"):
            yield "recipient", a["recipient"]
    for p in doc.get("persons") or []:
        yield "person", p["name"]
        for pos in p.get("positions") or []:
            yield "position", pos
        if p.get("org"):
            yield "person org", p["org"]
    for m in doc.get("movements") or []:
        yield "movement", m
    for d in doc.get("documents") or []:
        yield "document", d


def load_scorer():
    spec = importlib.util.spec_from_file_location("thidua_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    scorer = load_scorer()
    failures = 0
    totals: dict[str, int] = {s: 0 for s in scorer.SECTIONS}
    keys = sorted(GOLD.glob("*.yaml"))
    arts = {p.stem: p for p in ARTICLES.iterdir() if p.is_file()}
    if {k.stem for k in keys} != set(arts):
        print(f"FAIL: keys {sorted(k.stem for k in keys)} vs articles {sorted(arts)}")
        failures += 1
    header = f"{'key':<42}" + "".join(f"{s[:6]:>7}" for s in scorer.SECTIONS) + f"{'total':>7}{'words':>7}{'nbsp':>5}"
    print(header)
    for kpath in keys:
        errs: list[str] = []
        notes: list[str] = []
        doc = yaml.safe_load(kpath.read_text(encoding="utf-8"))
        check_schema(doc, errs)
        art = arts.get(kpath.stem)
        if art is None:
            errs.append("no article")
        elif doc.get("article") != art.name:
            errs.append(f"article: {doc.get('article')!r}, expected {art.name!r}")
        if art is not None:
            raw = visible_text(art)
            text = flat(raw)
            no_abbr = ABBR_DEF.sub("", text)
            for what, s in name_strings(doc):
                s2 = flat(str(s))
                if s2 in text:
                    continue
                if s2 in no_abbr:
                    notes.append(f"abbreviation/code dropped: {what} {s2!r}")
                elif shared_head_ok(s2, text):
                    notes.append(f"shared head written out: {what} {s2!r}")
                else:
                    errs.append(f"{what} not in article: {s2!r}")
            words = len(re.findall(r"\w+", text))
            nbsp = raw.count("\u00a0")
        else:
            words = nbsp = 0
        f = scorer.facts(doc)
        counts = {s: len(f[s]) for s in scorer.SECTIONS}
        for s, n in counts.items():
            totals[s] += n
        print(f"{kpath.stem:<42}" + "".join(f"{counts[s]:>7}" for s in scorer.SECTIONS)
              + f"{sum(counts.values()):>7}{words:>7}{nbsp:>5}")
        if not quiet:
            for n in notes:
                print(f"    note: {n}")
        for e in errs:
            print(f"    FAIL: {e}")
        failures += bool(errs)
    print(f"{'all':<42}" + "".join(f"{totals[s]:>7}" for s in scorer.SECTIONS) + f"{sum(totals.values()):>7}")
    print("OK" if not failures else f"{failures} key(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
