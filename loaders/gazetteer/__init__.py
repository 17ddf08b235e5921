"""Gazetteers: the data the article extractor matches against.

Everything here is read from the YAML and text files beside this module, so
adding a body, a province, a role word or a furniture marker is a data change,
not a code change. Each loader is cached: the files are read once per process.

The body files (``central_party.yaml``, ``central_state.yaml``,
``socio_political.yaml`` and the province-instantiated
``provincial_templates.yaml``) share one entry shape, also used by the identity
resolver (one institution, one node): ``id``, ``name``, ``aliases``, ``kind``,
``parent``, ``scope`` and optional ``valid_from``/``valid_until``/``successor``.

>>> [b.id for b in lookup_body("Ban Tổ chức TW")]
['ban-to-chuc-trung-uong']
>>> province_named("Thanh Hoá").unit
'tỉnh'
>>> roles()["cụm phó"]
'deputy'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..keys import name_key

__all__ = [
    "BODY_FILES", "BODY_KINDS", "Body", "Province", "Positions", "NameWords",
    "read_yaml", "read_lines", "central_bodies", "provinces", "province_named", "province_index",
    "provincial_bodies", "bodies", "body_index", "lookup_body", "surnames", "roles", "positions",
    "furniture", "honours", "name_words", "syllables", "event_words", "document_words", "fold",
]

BODY_FILES = ("central_party.yaml", "central_state.yaml", "socio_political.yaml")
BODY_KINDS = ("party", "state", "socio_political", "press", "academy", "armed_forces", "economic", "other")
SCOPES = ("central", "province", "sector")


# libyaml's parser when PyYAML was built with it: the gazetteer is thousands of lines.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def read_yaml(name: str) -> Any:
    """Parse one YAML file of this package, once per process (treat the result as read-only)."""
    return yaml.load(resources.files(__package__).joinpath(name).read_text("utf-8"), Loader=_Loader)


def read_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of one text file of this package."""
    text = resources.files(__package__).joinpath(name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Dropping tone marks with a translation table is much faster than NFD per call.
def _tone_table() -> dict[int, str]:
    from ..keys import strip_tones

    table: dict[int, str] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1EA0, 0x1F00)):
        ch = chr(code)
        plain = strip_tones(ch)
        if plain != ch and len(plain) == 1:
            table[code] = plain
    return table


_TONES = _tone_table()


def fold(text: str) -> str:
    """Lower case without tone marks ("Hoá" -> "hoa"), keeping ă â ê ô ơ ư đ; same length.

    >>> fold("Thanh Hoá"), fold("Khoẻ")
    ('thanh hoa', 'khoe')
    """
    return text.lower().translate(_TONES)


# --------------------------------------------------------------------------
# bodies and provinces


@dataclass(frozen=True)
class Body:
    """One institution: the entry shape shared by all body files."""

    id: str
    name: str
    kind: str
    scope: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    successor: str | None = None
    province: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Province:
    """A province or centrally governed city, with its validity across the 2025 merger."""

    id: str
    name: str
    kind: str  # province | city
    aliases: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_until: str | None = None
    successor: str | None = None
    merged_from: tuple[str, ...] = ()

    @property
    def unit(self) -> str:
        """How the text writes its kind: "tỉnh" or "thành phố"."""
        return "thành phố" if self.kind == "city" else "tỉnh"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _body(entry: dict[str, Any], **extra: Any) -> Body:
    return Body(
        id=str(entry["id"]), name=str(entry["name"]), kind=str(entry["kind"]),
        scope=str(entry.get("scope", extra.pop("scope", "central"))),
        aliases=tuple(str(a) for a in entry.get("aliases") or ()),
        parent=_str(entry.get("parent")), valid_from=_str(entry.get("valid_from")),
        valid_until=_str(entry.get("valid_until")), successor=_str(entry.get("successor")), **extra)


@lru_cache(maxsize=1)
def central_bodies() -> tuple[Body, ...]:
    """The central Party, State and socio-political bodies."""
    out: list[Body] = []
    for name in BODY_FILES:
        out.extend(_body(entry) for entry in read_yaml(name))
    return tuple(out)


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """All provinces and cities: the 63 before 2025, Huế, and the units of 2025."""
    return tuple(
        Province(id=str(e["id"]), name=str(e["name"]), kind=str(e["kind"]),
                 aliases=tuple(str(a) for a in e.get("aliases") or ()),
                 valid_from=_str(e.get("valid_from")), valid_until=_str(e.get("valid_until")),
                 successor=_str(e.get("successor")), merged_from=tuple(e.get("merged_from") or ()))
        for e in read_yaml("provinces.yaml"))


@lru_cache(maxsize=1)
def province_index() -> dict[str, tuple[Province, ...]]:
    """name_key of every name and alias -> the units that carry it."""
    index: dict[str, list[Province]] = {}
    for p in provinces():
        for n in p.names:
            index.setdefault(name_key(n), []).append(p)
    return {k: tuple(v) for k, v in index.items()}


def province_named(name: str) -> Province | None:
    """The unit a name denotes (the pre-2025 one where a name was reused), else None."""
    found = province_index().get(name_key(name))
    return found[0] if found else None


def _fill(template: str, p: Province) -> str:
    city = p.kind == "city"
    return (template.replace("{P}", p.name).replace("{unit}", p.unit)
            .replace("{Committee}", "Thành ủy" if city else "Tỉnh ủy")
            .replace("{Youth}", "Thành Đoàn" if city else "Tỉnh Đoàn"))


def _later(a: str | None, b: str | None) -> str | None:
    return max((x for x in (a, b) if x), default=None)


def _earlier(a: str | None, b: str | None) -> str | None:
    return min((x for x in (a, b) if x), default=None)


@lru_cache(maxsize=None)
def provincial_bodies(province_id: str) -> tuple[Body, ...]:
    """The template bodies instantiated for one province ("Ban Tổ chức Tỉnh ủy Phú Thọ" ...)."""
    p = next(x for x in provinces() if x.id == province_id)
    templates = read_yaml("provincial_templates.yaml")
    suffixes = {str(t["id"]) for t in templates}
    out = []
    for t in templates:
        parent = t.get("parent")
        if parent in suffixes:
            parent = f"{p.id}-{parent}"
        out.append(Body(
            id=f"{p.id}-{t['id']}", name=_fill(str(t["name"]), p), kind=str(t["kind"]), scope="province",
            aliases=tuple(dict.fromkeys(_fill(str(a), p) for a in t.get("aliases") or ())),
            parent=_str(parent), valid_from=_later(_str(t.get("valid_from")), p.valid_from),
            valid_until=_earlier(_str(t.get("valid_until")), p.valid_until), province=p.id))
    return tuple(out)


@lru_cache(maxsize=1)
def bodies() -> tuple[Body, ...]:
    """Every body: the central ones and the provincial templates for every unit."""
    out = list(central_bodies())
    for p in provinces():
        out.extend(provincial_bodies(p.id))
    return tuple(out)


@lru_cache(maxsize=1)
def body_index() -> dict[str, tuple[Body, ...]]:
    """name_key of every name and alias -> the bodies that carry it (several for "Hội Nông dân tỉnh")."""
    index: dict[str, list[Body]] = {}
    for b in bodies():
        for n in b.names:
            bucket = index.setdefault(name_key(n), [])
            if b not in bucket:
                bucket.append(b)
    return {k: tuple(v) for k, v in index.items()}


def lookup_body(name: str) -> tuple[Body, ...]:
    """The bodies a written name can denote (empty when the gazetteer does not know it)."""
    return body_index().get(name_key(name), ())


# --------------------------------------------------------------------------
# word lists


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Vietnamese family names, as written (capitalised)."""
    return frozenset(read_lines("surnames.txt"))


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """Lower-cased role word -> notation (leader | standing_deputy | deputy)."""
    out: dict[str, str] = {}
    for notation, words in read_yaml("roles.yaml").items():
        for w in words:
            out[str(w).lower()] = str(notation)
    return out


@dataclass(frozen=True)
class Positions:
    titles: tuple[str, ...]
    needs_body: frozenset[str]
    body_in_title: dict[str, str]
    membership_titles: frozenset[str]
    ranks: tuple[str, ...]
    honorifics: tuple[str, ...]
    historical_names: frozenset[str]


@lru_cache(maxsize=1)
def positions() -> Positions:
    """Position titles, ranks, honorifics and historical names (positions.yaml)."""
    d = read_yaml("positions.yaml")
    return Positions(
        titles=tuple(d["titles"]), needs_body=frozenset(d["needs_body"]),
        body_in_title={str(k): str(v) for k, v in d["body_in_title"].items()},
        membership_titles=frozenset(d["membership_titles"]), ranks=tuple(d["ranks"]),
        honorifics=tuple(d["honorifics"]), historical_names=frozenset(d["historical_names"]))


@lru_cache(maxsize=1)
def furniture() -> dict[str, Any]:
    """Furniture markers with their patterns compiled (furniture.yaml)."""
    d = read_yaml("furniture.yaml")
    flags = re.IGNORECASE
    return {
        "tail_markers": frozenset(name_key(m) for m in d["tail_markers"]),
        # each list of patterns as one (any of them): one search per line instead of one per pattern
        "tail_pattern": re.compile("|".join(f"(?:{p})" for p in d["tail_patterns"]), flags),
        "line_markers": frozenset(name_key(m) for m in d["line_markers"]),
        "line_pattern": re.compile("|".join(f"(?:{p})" for p in d["line_patterns"]), flags),
        "credit_patterns": [re.compile(p, flags) for p in d["credit_patterns"]],
        "teaser_patterns": [re.compile(p, flags) for p in d["teaser_patterns"]],
        "byline_prefixes": tuple(d["byline_prefixes"]),
    }


@lru_cache(maxsize=1)
def honours() -> dict[str, Any]:
    """Honour surface forms, recipient words and status verbs (honours_surface.yaml)."""
    return read_yaml("honours_surface.yaml")


@dataclass(frozen=True)
class NameWords:
    """Words and phrases of name_words.yaml, lower-cased (heads keep their case)."""

    heads: frozenset[str]
    free: frozenset[str]
    inner: frozenset[str]
    cap_compounds: frozenset[str]
    stop: frozenset[str]
    closers: frozenset[str]
    unit_heads: tuple[str, ...]
    parent_heads: tuple[str, ...]
    shared_heads: tuple[str, ...] = ()
    shared_tails: tuple[str, ...] = ()
    long_names: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """Words allowed inside names of bodies and blocs, folded (name_words.yaml)."""
    d = read_yaml("name_words.yaml")
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d[key])

    return NameWords(heads=words("heads"), free=words("free"), inner=words("inner"),
                     cap_compounds=words("cap_compounds"), stop=words("stop"), closers=words("closers"),
                     unit_heads=tuple(d["unit_heads"]), parent_heads=tuple(d["parent_heads"]),
                     shared_heads=tuple(d.get("shared_heads", ())), shared_tails=tuple(d.get("shared_tails", ())),
                     long_names=tuple(f"{h} {n}".strip() for n in d.get("long_names", ())
                                      for h in ("", *d.get("long_name_heads", ()))))


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every written Vietnamese syllable without tone marks (onset + rhyme), lower case."""
    d = read_yaml("syllables.yaml")
    front_only, not_front = set(d["front_only"]), set(d["not_front"])
    out = set()
    for onset in d["onsets"]:
        for rhyme in d["rhymes"]:
            front = rhyme[0] in "ieêy"
            if onset in front_only and not front or onset in not_front and front:
                continue
            if onset == "qu" and rhyme[0] in "ouư":
                continue
            if onset == "gi" and rhyme[0] == "i":
                out.add("g" + rhyme)  # "gì", "gìn": gi + i... is written with one i
            out.add(onset + rhyme)
    return frozenset(out)


@lru_cache(maxsize=1)
def syllable_keep() -> frozenset[str]:
    return frozenset(fold(w) for w in read_yaml("syllables.yaml")["keep"])


@lru_cache(maxsize=1)
def event_words() -> dict[str, Any]:
    """Event trigger nouns by type, activity nouns and reporting verbs (events.yaml)."""
    return read_yaml("events.yaml")


@lru_cache(maxsize=1)
def document_words() -> dict[str, Any]:
    """Document types and named laws (documents.yaml)."""
    return read_yaml("documents.yaml")
