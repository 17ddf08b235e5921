"""What one article's facts say about scope: its date, its provinces, its blocs' members.

A name alone is often ambiguous: "Cụm thi đua số 6" could be a cluster of a
province, of a sector or of Bộ Công an; "Hội Nông dân tỉnh" is a body of one
of 63 provinces. The article around the name usually says which. These
functions read the article's facts (never its text) and answer:

* :func:`reference_date` -- the date the article speaks of, for choosing
  between the units before and after the 2025 merger;
* :func:`mentioned_provinces` -- the provinces the article names explicitly,
  and :func:`dominant_province` -- the one it is about, if clearly one;
* :func:`member_scope` -- the scope a bloc's members and leaders point to
  (one province; the police of several provinces; central bodies);
* :func:`full_form_scopes` -- the scope stated where the article writes the
  bloc's name in full elsewhere ("Cụm trưởng Cụm Thi đua số 6, Ngành Tổ chức
  xây dựng Đảng năm 2023" in a person's position).

>>> from thidua.loaders.facts import Facts
>>> f = Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Cụm thi đua số 4", "kind": "cluster",
...     "members": ["Công an tỉnh Sơn La", "Công an tỉnh Điện Biên"]}]})
>>> member_scope(f.blocs[0], None, numbered=True)
Scope(kind='sector', id='bo-cong-an', label=None)
>>> reference_date(f) is None
True
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

from ..loaders.facts import Bloc, Facts
from ..loaders.gazetteer import Province
from ..loaders.keys import name_key
from .catalogue import lookup, province_by_id, template_of
from .scopes import CENTRAL, Scope, find_province, parse_bloc, pick_province, rules

__all__ = ["reference_date", "article_strings", "mentioned_provinces", "dominant_province", "facts_bloc",
           "member_scope", "full_form_scopes"]


def reference_date(facts: Facts) -> str | None:
    """The date an article speaks of: its publication date, else 1 January of the latest year it states.

    Only the 2025 merger makes this matter; a year alone (no publication date)
    is read as its first day, so a report on 2025 without a date keeps the
    units of early 2025.
    """
    if facts.published and not facts.published.startswith("--"):
        return facts.published
    years = [b.year for b in facts.blocs if b.year]
    years += [t.year for b in facts.blocs for t in b.leadership if t.year]
    years += [a.year for a in facts.awards if a.year]
    years += [int(e.date[:4]) for e in facts.events if e.date and not e.date.startswith("--")]
    return f"{max(years)}-01-01" if years else None


def article_strings(facts: Facts) -> Iterator[str]:
    """Every name and title an article's facts hold (not event places: an event in Hà Nội says nothing)."""
    if facts.source.title:
        yield facts.source.title
    for bloc in facts.blocs:
        yield bloc.name
        yield from bloc.aliases
        yield from (m.name for m in bloc.members)
        yield from (t.org for t in bloc.leadership)
    for event in facts.events:
        yield from (x for x in (event.title, event.organiser) if x)
    for award in facts.awards:
        yield award.award
        yield from (x for x in (award.recipient, award.conferred_by, award.proposed_by) if x)
    for person in facts.persons:
        yield from person.positions
        if person.org:
            yield person.org


def mentioned_provinces(facts: Facts, date: str | None) -> Counter[str]:
    """Province id -> how many of the article's names state it (after a unit word, or as a capitalised tail)."""
    counts: Counter[str] = Counter()
    for text in article_strings(facts):
        if _central(text):
            continue  # "Đại học Quốc gia Hà Nội" names a central body, not a province
        for mention in find_province(tuple(name_key(text).split()), text):
            unit = pick_province(mention.units, date)
            if unit is not None:
                counts[unit.id] += 1
    return counts


def dominant_province(counts: Counter[str]) -> str | None:
    """The article's province: the only one it names, or one named at least twice and three times as often as any other.

    >>> dominant_province(Counter({"phu-tho": 5, "ha-giang": 1})), dominant_province(Counter({"a": 2, "b": 1}))
    ('phu-tho', None)
    """
    ranked = counts.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0]
    if len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] >= 3 * ranked[1][1]:
        return ranked[0][0]
    return None


def facts_bloc(facts: Facts | None, name: str) -> Bloc | None:
    """The bloc of an article whose name or an alias is this name."""
    if facts is None:
        return None
    key = name_key(name)
    for bloc in facts.blocs:
        if key in {name_key(n) for n in (bloc.name, *bloc.aliases)}:
            return bloc
    return None


def _central(name: str) -> bool:
    candidates = lookup(name)
    return len(candidates) == 1 and candidates[0].province is None


def _vote(name: str, date: str | None) -> tuple[str, Province | None, str | None] | None:
    """What one member name says: ('central', None, None) or ('province', unit, template id)."""
    if _central(name):
        return ("central", None, None)
    words = tuple(name_key(name).split())
    stated = find_province(words, name)
    candidates = lookup(name)
    if stated:
        unit = pick_province(stated[-1].units, date)
        if unit is None:
            return None
        named = [b for b in candidates if b.province == unit.id]
        return ("province", unit, template_of(named[0]) if len(named) == 1 else None)
    ids = {b.province for b in candidates}
    if not candidates or None in ids:
        return None
    units = [province_by_id()[i] for i in sorted(ids) if i]
    if len({name_key(u.name) for u in units}) != 1:
        return None  # a name every province has ("Hội Nông dân tỉnh") says nothing
    unit = pick_province(units, date)
    named = [b for b in candidates if unit is not None and b.province == unit.id]
    return ("province", unit, template_of(named[0])) if named else None


def member_scope(bloc: Bloc, date: str | None, numbered: bool) -> Scope | None:
    """The scope a bloc's members and leaders point to, if they agree.

    Members of one province: that province. Members of several provinces, all
    of one system (the police, the farmers' unions ...): the sector of that
    system; of several systems: a central cluster of provinces. Central bodies
    only: central, unless the bloc is numbered (numbered clusters belong to a
    system, which members alone do not tell).
    """
    votes = [v for v in (_vote(n, date) for n in {*(m.name for m in bloc.members), *(t.org for t in bloc.leadership)})
             if v is not None]
    provincial = [v for v in votes if v[0] == "province"]
    central = [v for v in votes if v[0] == "central"]
    if provincial and not central:
        names = {name_key(v[1].name) for v in provincial if v[1] is not None}
        sectors = {rules().systems.get(v[2] or "") for v in provincial}
        if len(names) >= 2:
            sector = next(iter(sectors)) if len(sectors) == 1 else None
            return Scope("sector", sector) if sector else CENTRAL
        unit = provincial[0][1]
        return Scope("province", unit.id, unit.name) if unit is not None else None
    if central and not provincial and not numbered:
        return CENTRAL
    return None


def full_form_scopes(facts: Facts, kind: str, distinctive: str, date: str | None) -> set[Scope]:
    """Scopes stated where the article writes a bloc of this kind and distinctive name in full.

    Every place a name of the same kind starts inside the article's strings
    is read as a bloc name; one whose distinctive words begin with ours and
    which states a scope counts ("... Cụm thi đua số 6, Ngành Tổ chức xây
    dựng Đảng năm 2023" for "Cụm thi đua số 6").
    """
    ours = distinctive.split()
    head = name_key("Khối" if kind == "bloc" else "Cụm")
    found: set[Scope] = set()
    if not ours:
        return found
    for text in article_strings(facts):
        words = name_key(text).split()
        for i, word in enumerate(words):
            if word != head:
                continue
            parsed = parse_bloc(" ".join(words[i:]), date)
            theirs = parsed.distinctive.split()
            if parsed.scope is not None and theirs[:len(ours)] == ours:
                found.add(parsed.scope)
    return found
