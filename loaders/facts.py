"""The facts one article states: one typed model and its YAML form.

The YAML form is the exchange format of ``shared/eval/SCHEMA.md``: one
document per article, sections ``published``, ``events``, ``blocs``,
``awards``, ``persons``, ``movements`` and ``documents``, every name written
as the article writes it. The extractor writes it, researchers curate it by
hand, and :mod:`thidua.graph.build` turns it into RDF.

thidua adds a few optional keys the schema does not have; the scorer ignores
them and a hand-written file may leave them out:

* ``source`` (top level): what the article is (file name, title, URL,
  SHA-256 of its bytes, length in characters).
* ``provenance`` on every mapping fact (event, bloc, leadership term, award,
  person): ``{quote, start, end}`` -- the sentence the fact came from and its
  character offsets into the *original* text (``text[start:end] == quote``).
* ``members_provenance`` (per bloc), ``movements_provenance`` and
  ``documents_provenance`` (top level): the same, one entry per item of the
  string list beside them, because the schema keeps those items plain strings.
* ``aliases`` and ``year`` on a bloc (other spellings in the text; the year the
  article reports on), ``year_basis`` on a leadership term and an award
  (``stated`` in the sentence or taken from the article's ``context``),
  ``conferred_by`` and ``proposed_by`` on an award.

>>> f = Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua X",
...     "kind": "bloc", "leadership": [{"year": 2023, "role": "leader", "org": "Ban Y"}]}]})
>>> f.blocs[0].leadership[0].org
'Ban Y'
>>> Facts.from_dict({"article": "a.txt", "blocs": [{"name": "K", "kind": "khoi"}]})
Traceback (most recent call last):
...
thidua.loaders.facts.FactsError: blocs[0].kind: 'khoi' is not one of bloc, cluster
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from ..files import write_atomically

__all__ = [
    "EVENT_TYPES", "BLOC_KINDS", "ROLES", "STATUSES", "RECIPIENT_KINDS", "YEAR_BASES",
    "FactsError", "Provenance", "Source", "Event", "Member", "Leadership", "Bloc",
    "Award", "Person", "Movement", "Document", "Facts",
    "read_facts", "write_facts", "dump_facts", "parse_date", "read_utf8",
]

# The closed vocabularies of the exchange format. The ontology defines the same
# values as skos:notation of its concepts (tests/ontology/test_vocab.py checks).
EVENT_TYPES = ("conference", "congress", "seminar", "signing", "other")
BLOC_KINDS = ("bloc", "cluster")
ROLES = ("leader", "standing_deputy", "deputy")
STATUSES = ("proposed", "conferred")
RECIPIENT_KINDS = ("collective", "individual", "unknown")
YEAR_BASES = ("stated", "context")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^--\d{2}-\d{2}$")


class FactsError(ValueError):
    """A facts document does not follow the exchange format; the message says where."""


# --------------------------------------------------------------------------
# value checks, each raising FactsError with the path of the bad value


def _where(path: str, msg: str) -> FactsError:
    path = path.lstrip(".")
    return FactsError(f"{path}: {msg}" if path else msg)


def _mapping(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _where(path, f"expected a mapping, got {type(value).__name__}")
    return value


def _no_unknown(value: Mapping[str, Any], allowed: Iterable[str], path: str) -> None:
    unknown = sorted(str(k) for k in value if k not in set(allowed))
    if unknown:
        raise _where(path, f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(allowed)})")


def _str(value: Any, path: str, *, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise _where(path, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _where(path, f"expected text, got {type(value).__name__}")
    text = str(value).strip()
    if required and not text:
        raise _where(path, "must not be empty")
    return text or None


def _int(value: Any, path: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _where(path, "expected a whole number, got a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise _where(path, f"expected a whole number, got {value!r}")


def _year(value: Any, path: str) -> int | None:
    year = _int(value, path)
    if year is not None and not 1900 <= year <= 2100:
        raise _where(path, f"{year} is not a plausible year (1900-2100)")
    return year


def _choice(value: Any, choices: tuple[str, ...], path: str, *, default: str | None = None) -> str:
    if value is None and default is not None:
        return default
    if value not in choices:
        raise _where(path, f"{value!r} is not one of {', '.join(choices)}")
    return str(value)


def parse_date(value: Any, path: str = "date") -> str | None:
    """An ISO date, or ``--MM-DD`` when the text gives no year (SCHEMA.md)."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    if _ISO_DATE.match(text):
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            raise _where(path, f"{text!r} is not a real date") from None
        return text
    if _MONTH_DAY.match(text):
        month, day = int(text[2:4]), int(text[5:7])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise _where(path, f"{text!r} is not a real month and day")
        return text
    raise _where(path, f"{text!r} is not a date (YYYY-MM-DD, or --MM-DD when the year is unknown)")


def _str_list(value: Any, path: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _where(path, f"expected a list, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        text = _str(item, f"{path}[{i}]", required=True)
        assert text is not None
        out.append(text)
    return out


def _list(value: Any, path: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _where(path, f"expected a list, got {type(value).__name__}")
    return value


# --------------------------------------------------------------------------
# the model


@dataclass
class Provenance:
    """Where a fact came from: the sentence and its offsets into the original text."""

    quote: str
    start: int | None = None
    end: int | None = None

    KEYS = ("quote", "start", "end")

    @classmethod
    def from_dict(cls, value: Any, path: str) -> "Provenance | None":
        if value is None:
            return None
        data = _mapping(value, path)
        _no_unknown(data, cls.KEYS, path)
        quote = _str(data.get("quote"), f"{path}.quote", required=True)
        start = _int(data.get("start"), f"{path}.start")
        end = _int(data.get("end"), f"{path}.end")
        if (start is None) != (end is None):
            raise _where(path, "give both start and end, or neither")
        if start is not None and end is not None and not 0 <= start <= end:
            raise _where(path, f"offsets {start}..{end} are not an increasing range")
        assert quote is not None
        return cls(quote=quote, start=start, end=end)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"quote": self.quote}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out


def _provenance_list(value: Any, n: int, path: str) -> list[Provenance | None]:
    items = _list(value, path)
    if items and len(items) != n:
        raise _where(path, f"has {len(items)} entries but the list beside it has {n}")
    out = [Provenance.from_dict(item, f"{path}[{i}]") for i, item in enumerate(items)]
    return out or [None] * n


@dataclass
class Source:
    """The article the facts were read from."""

    file: str | None = None
    title: str | None = None
    url: str | None = None
    sha256: str | None = None
    characters: int | None = None

    KEYS = ("file", "title", "url", "sha256", "characters")

    @classmethod
    def from_dict(cls, value: Any, path: str) -> "Source":
        if value is None:
            return cls()
        data = _mapping(value, path)
        _no_unknown(data, cls.KEYS, path)
        return cls(
            file=_str(data.get("file"), f"{path}.file"),
            title=_str(data.get("title"), f"{path}.title"),
            url=_str(data.get("url"), f"{path}.url"),
            sha256=_str(data.get("sha256"), f"{path}.sha256"),
            characters=_int(data.get("characters"), f"{path}.characters"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.KEYS if getattr(self, k) is not None}


@dataclass
class Event:
    """A conference, congress, seminar, covenant signing or other event."""

    type: str
    title: str | None = None
    date: str | None = None
    place: str | None = None
    organiser: str | None = None
    provenance: Provenance | None = None

    KEYS = ("type", "title", "date", "place", "organiser", "provenance")

    @classmethod
    def from_dict(cls, value: Any, path: str) -> "Event":
        data = _mapping(value, path)
        _no_unknown(data, cls.KEYS, path)
        return cls(
            type=_choice(data.get("type"), EVENT_TYPES, f"{path}.type"),
            title=_str(data.get("title"), f"{path}.title"),
            date=parse_date(data.get("date"), f"{path}.date"),
            place=_str(data.get("place"), f"{path}.place"),
            organiser=_str(data.get("organiser"), f"{path}.organiser"),
            provenance=Provenance.from_dict(data.get("provenance"), f"{path}.provenance"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "title": self.title, "date": _date_out(self.date),
                               "place": self.place, "organiser": self.organiser}
        if self.provenance:
            out["provenance"] = self.provenance.to_dict()
        return out


@dataclass
class Member:
    """A body the text says belongs to a bloc (attendance is not membership)."""

    name: str
    provenance: Provenance | None = None


@dataclass
class Leadership:
    """A yearly leadership term: which member led or deputised a bloc in which year."""

    year: int | None
    role: str
    org: str
    year_basis: str | None = None
    provenance: Provenance | None = None

    KEYS = ("year", "role", "org", "year_basis", "provenance")

    @classmethod
    def from_dict(cls, value: Any, path: str) -> "Leadership":
        data = _mapping(value, path)
        _no_unknown(data, cls.KEYS, path)
        org = _str(data.get("org"), f"{path}.org", required=True)
        assert org is not None
        basis = data.get("year_basis")
        return cls(
            year=_year(data.get("year"), f"{path}.year"),
            role=_choice(data.get("role"), ROLES, f"{path}.role"),
            org=org,
            year_basis=None if basis is None else _choice(basis, YEAR_BASES, f"{path}.year_basis"),
            provenance=Provenance.from_dict(data.get("provenance"), f"{path}.provenance"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"year": self.year, "role": self.role, "org": self.org}
        if self.year_basis:
            out["year_basis"] = self.year_basis
        if self.provenance:
            out["provenance"] = self.provenance.to_dict()
        return out


@dataclass
class Bloc:
    """An emulation bloc (Khối thi đua) or cluster (Cụm thi đua) as one article presents it."""

    name: str
    kind: str
    stated_member_count: int | None = None
    members: list[Member] = field(default_factory=list)
    leadership: list[Leadership] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    year: int | None = None
    provenance: Provenance | None = None

    KEYS = ("name", "kind", "stated_member_count", "members", "leadership", "aliases", "year",
            "provenance", "members_provenance")

    @classmethod
    def from_dict(cls, value: Any, path: str) -> "Bloc":
        data = _mapping(value, path)
        _no_unknown(data, cls.KEYS, path)
        name = _str(data.get("name"), f"{path}.name", required=True)
        assert name is not None
        names = _str_list(data.get("members"), f"{path}.members")
        provs = _provenance_list(data.get("members_provenance"), len(names), f"{path}.members_provenance")
        count = _int(data.get("stated_member_count"), f"{path}.stated_member_count")
        if count is not None and count < 0:
            raise _where(f"{path}.stated_member_count", "must not be negative")
        return cls(
            name=name,
            kind=_choice(data.get("kind"), BLOC_KINDS, f"{path}.kind"),
            stated_member_count=count,
            members=[Member(n, p) for n, p in zip(names, provs)],
            leadership=[Leadership.from_dict(item, f"{path}.leadership[{i}]")
                        for i, item in enumerate(_list(data.get("leadership"), f"{path}.leadership"))],
            aliases=_str_list(data.get("aliases"), f"{path}.aliases"),
            year=_year(data.get("year"), f"{path}.year"),
            provenance=Provenance.from_dict(data.get("provenance"), f"{path}.provenance"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "stated_member_count": self.stated_member_count,
            "members": [m.name for m in self.members],
            "leadership": [lead.to_dict() for lead in self.leadership],
        }
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.year is not None:
            out["year"] = self.year
        if self.provenance:
            out["provenance"] = self.provenance.to_dict()
        if any(m.provenance for m in self.members):
            out["members_provenance"] = [m.provenance.to_dict() if m.provenance else None for m in self.members]
        return out


@dataclass
class Award:
    """An honour proposed for or conferred on a named recipient or a counted group."""

    award: str
    status: str
    recipient: str | None = None
    recipient_count: int | None = None
    recipient_kind: str = "unknown"
    year: int | None = None
    year_basis: str | None = None
    conferred_by: str | None = None
    proposed_by: str | None = None
    provenance: Provenance | None = None

    KEYS = ("award", "recipient", "recipient_count", "recipient_kind", "status", "year", "year_basis",
            "conferred_by", "proposed_by", "provenance")

    @classmethod
    def from_dict(cls, value: Any, path: str) -> "Award":
        data = _mapping(value, path)
        _no_unknown(data, cls.KEYS, path)
        award = _str(data.get("award"), f"{path}.award", required=True)
        assert award is not None
        count = _int(data.get("recipient_count"), f"{path}.recipient_count")
        if count is not None and count < 0:
            raise _where(f"{path}.recipient_count", "must not be negative")
        basis = data.get("year_basis")
        return cls(
            award=award,
            status=_choice(data.get("status"), STATUSES, f"{path}.status"),
            recipient=_str(data.get("recipient"), f"{path}.recipient"),
            recipient_count=count,
            recipient_kind=_choice(data.get("recipient_kind"), RECIPIENT_KINDS, f"{path}.recipient_kind",
                                   default="unknown"),
            year=_year(data.get("year"), f"{path}.year"),
            year_basis=None if basis is None else _choice(basis, YEAR_BASES, f"{path}.year_basis"),
            conferred_by=_str(data.get("conferred_by"), f"{path}.conferred_by"),
            proposed_by=_str(data.get("proposed_by"), f"{path}.proposed_by"),
            provenance=Provenance.from_dict(data.get("provenance"), f"{path}.provenance"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "award": self.award,
            "recipient": self.recipient,
            "recipient_count": self.recipient_count,
            "recipient_kind": self.recipient_kind,
            "status": self.status,
            "year": self.year,
        }
        for key in ("year_basis", "conferred_by", "proposed_by"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.provenance:
            out["provenance"] = self.provenance.to_dict()
        return out


@dataclass
class Person:
    """A person named with at least one position (bylines are not persons)."""

    name: str
    positions: list[str] = field(default_factory=list)
    org: str | None = None
    provenance: Provenance | None = None

    KEYS = ("name", "positions", "org", "provenance")

    @classmethod
    def from_dict(cls, value: Any, path: str) -> "Person":
        data = _mapping(value, path)
        _no_unknown(data, cls.KEYS, path)
        name = _str(data.get("name"), f"{path}.name", required=True)
        assert name is not None
        return cls(
            name=name,
            positions=_str_list(data.get("positions"), f"{path}.positions"),
            org=_str(data.get("org"), f"{path}.org"),
            provenance=Provenance.from_dict(data.get("provenance"), f"{path}.provenance"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "positions": list(self.positions), "org": self.org}
        if self.provenance:
            out["provenance"] = self.provenance.to_dict()
        return out


@dataclass
class Movement:
    """A named emulation movement (phong trào thi đua), as quoted."""

    name: str
    provenance: Provenance | None = None


@dataclass
class Document:
    """A cited legal or Party document ("Quyết định số 581/QĐ-UBND ngày 14/3/2022")."""

    title: str
    provenance: Provenance | None = None


@dataclass
class Facts:
    """Everything one article states, in the sections of SCHEMA.md."""

    article: str
    published: str | None = None
    events: list[Event] = field(default_factory=list)
    blocs: list[Bloc] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    movements: list[Movement] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    source: Source = field(default_factory=Source)

    KEYS = ("article", "published", "source", "events", "blocs", "awards", "persons", "movements",
            "documents", "movements_provenance", "documents_provenance")

    @classmethod
    def from_dict(cls, value: Any, where: str = "") -> "Facts":
        """Validate a parsed YAML/JSON document; ``where`` prefixes error messages."""
        prefix = f"{where}: " if where else ""
        try:
            return cls._from_dict(value)
        except FactsError as exc:
            raise FactsError(f"{prefix}{exc}") from None

    @classmethod
    def _from_dict(cls, value: Any) -> "Facts":
        if value is None:
            raise FactsError("the document is empty")
        data = _mapping(value, "")
        _no_unknown(data, cls.KEYS, "")
        article = _str(data.get("article"), "article", required=True)
        assert article is not None
        movements = _str_list(data.get("movements"), "movements")
        documents = _str_list(data.get("documents"), "documents")
        mprov = _provenance_list(data.get("movements_provenance"), len(movements), "movements_provenance")
        dprov = _provenance_list(data.get("documents_provenance"), len(documents), "documents_provenance")
        return cls(
            article=article,
            published=parse_date(data.get("published"), "published"),
            source=Source.from_dict(data.get("source"), "source"),
            events=[Event.from_dict(x, f"events[{i}]") for i, x in enumerate(_list(data.get("events"), "events"))],
            blocs=[Bloc.from_dict(x, f"blocs[{i}]") for i, x in enumerate(_list(data.get("blocs"), "blocs"))],
            awards=[Award.from_dict(x, f"awards[{i}]") for i, x in enumerate(_list(data.get("awards"), "awards"))],
            persons=[Person.from_dict(x, f"persons[{i}]")
                     for i, x in enumerate(_list(data.get("persons"), "persons"))],
            movements=[Movement(n, p) for n, p in zip(movements, mprov)],
            documents=[Document(t, p) for t, p in zip(documents, dprov)],
        )

    def to_dict(self) -> dict[str, Any]:
        """The SCHEMA.md document, with thidua's optional keys where they have values."""
        out: dict[str, Any] = {"article": self.article, "published": _date_out(self.published)}
        source = self.source.to_dict()
        if source:
            out["source"] = source
        out["events"] = [e.to_dict() for e in self.events]
        out["blocs"] = [b.to_dict() for b in self.blocs]
        out["awards"] = [a.to_dict() for a in self.awards]
        out["persons"] = [p.to_dict() for p in self.persons]
        out["movements"] = [m.name for m in self.movements]
        out["documents"] = [d.title for d in self.documents]
        if any(m.provenance for m in self.movements):
            out["movements_provenance"] = [m.provenance.to_dict() if m.provenance else None
                                           for m in self.movements]
        if any(d.provenance for d in self.documents):
            out["documents_provenance"] = [d.provenance.to_dict() if d.provenance else None
                                           for d in self.documents]
        return out

    def count(self) -> int:
        """How many scorable facts this document states (as ``score.py`` counts them)."""
        n = (self.published is not None) + len(self.events) + len(self.awards) + len(self.movements)
        n += len(self.documents)
        for bloc in self.blocs:
            n += 1 + (bloc.stated_member_count is not None) + len(bloc.members) + len(bloc.leadership)
        for person in self.persons:
            n += 1 + len(person.positions)
        return n


def _date_out(value: str | None) -> Any:
    """Full dates go out as YAML dates (unquoted, like the answer keys); ``--MM-DD`` as text."""
    if value and _ISO_DATE.match(value):
        return _dt.date.fromisoformat(value)
    return value


# --------------------------------------------------------------------------
# YAML I/O


def dump_facts(facts: Facts) -> str:
    """The YAML text of one facts document (block style, Unicode as is, no folding)."""
    return yaml.safe_dump(facts.to_dict(), allow_unicode=True, sort_keys=False, width=10_000,
                          default_flow_style=False)


def read_utf8(path: Path) -> str:
    """A file's text, UTF-8 with or without a BOM; anything else is a FactsError naming the file."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FactsError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def read_facts(path: str | Path) -> Facts:
    """Read and validate one facts YAML (or JSON) file; errors name the file and the key."""
    path = Path(path)
    text = read_utf8(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FactsError(f"{path}: not valid YAML{where}: {problem}") from None
    return Facts.from_dict(data, where=str(path))


def write_facts(facts: Facts, path: str | Path) -> Path:
    """Write one facts YAML atomically (a half-written file never replaces a good one)."""
    return write_atomically(path, dump_facts(facts).encode("utf-8"))
