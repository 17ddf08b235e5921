"""Named SPARQL queries shipped with thidua, one per ``.rq`` file.

Each file starts with comment lines that document it::

    # title: Leadership terms of blocs, year by year
    # description: One row per term: bloc, year, role, body and the sources that state it.
    # param: bloc  IRI of one bloc to keep (optional)

and then a self-contained query (its own PREFIX lines), so that it runs as is
on any SPARQL 1.1 endpoint -- in thidua's embedded store, in Virtuoso, in a
researcher's notebook. Parameters follow grlc's convention: a parameter
``year`` is the variable ``?_year``; :func:`bind` puts a ``VALUES`` block at
the head of the WHERE clause, so the query works the same on every engine,
and an unbound parameter is simply left out (``FILTER (!BOUND(?_year) || ...)``).

>>> q = get("leaders")
>>> q.title
'Leadership terms of blocs, year by year'
>>> "bloc" in q.params
True
>>> print(bind("SELECT ?s WHERE { ?s ?p ?_o }", {"o": 2023}))
SELECT ?s WHERE { VALUES (?_o) { (2023) } ?s ?p ?_o }
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["NamedQuery", "names", "get", "bind", "parameters", "query_form", "QueryNotFound", "ParameterError"]

_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PARAM = re.compile(r"[?$]_([A-Za-z][A-Za-z0-9_]*)")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
_PROLOGUE_LINE = re.compile(r"^\s*(#.*|(PREFIX|BASE)\b.*)?$", re.IGNORECASE)


class ParameterError(ValueError):
    """A parameter the query does not have, or a query that takes none."""


class QueryNotFound(KeyError):
    """No bundled query has that name."""

    def __str__(self) -> str:
        return f"no named query {self.args[0]!r} (known: {', '.join(names())})"


@dataclass(frozen=True)
class NamedQuery:
    """A bundled query: its name, documentation, parameters and text."""

    name: str
    title: str
    description: str
    params: dict[str, str]
    text: str
    is_update: bool = False


def _parse(name: str, text: str, is_update: bool) -> NamedQuery:
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if match:
            fields[match.group(1)].append(match.group(2).strip())
        elif line.strip() and not line.lstrip().startswith("#"):
            break
    params = {}
    for spec in fields["param"]:
        key, _, doc = spec.partition(" ")
        params[key] = doc.strip()
    return NamedQuery(name=name, title=" ".join(fields["title"]), description=" ".join(fields["description"]),
                      params=params, text=text, is_update=is_update)


@lru_cache(maxsize=1)
def _all() -> dict[str, NamedQuery]:
    out = {}
    for entry in resources.files(__name__).iterdir():
        if entry.name.endswith((".rq", ".ru")):
            name = entry.name.rsplit(".", 1)[0]
            out[name] = _parse(name, entry.read_text(encoding="utf-8"), entry.name.endswith(".ru"))
    return out


def names() -> list[str]:
    """The names of the bundled queries (updates excluded)."""
    return sorted(n for n, q in _all().items() if not q.is_update)


def get(name: str) -> NamedQuery:
    """One bundled query or update by name."""
    try:
        return _all()[name]
    except KeyError:
        raise QueryNotFound(name) from None


def parameters(text: str) -> list[str]:
    """The parameter names a query text uses (its ``?_name`` variables)."""
    return sorted(set(_PARAM.findall(text)))


def _sparql_term(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if text.startswith(("http://", "https://", "urn:")) and not any(c in text for c in ' <>"{}|^`\\'):
        return f"<{text}>"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def bind(text: str, params: dict[str, object]) -> str:
    """The query with its ``?_name`` parameters bound by a leading VALUES block.

    IRIs (text starting with http://, https:// or urn:) become IRIs, ints
    integers, anything else a string. Unknown parameters are an error.
    """
    if not params:
        return text
    known = parameters(text)
    unknown = sorted(set(params) - set(known))
    if unknown:
        have = ", ".join(known) if known else "none"
        raise ParameterError(f"the query has no parameter {', '.join(unknown)} (its parameters: {have})")
    match = _WHERE.search(text)
    if match is None:
        raise ParameterError("cannot bind parameters: the query has no WHERE clause")
    names = sorted(params)
    values = (f"VALUES ({' '.join('?_' + n for n in names)}) "
              f"{{ ({' '.join(_sparql_term(params[n]) for n in names)}) }} ")
    return text[: match.end()] + " " + values + text[match.end():].lstrip()


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue and comments.

    >>> query_form("# who\\nPREFIX a: <http://e/>\\nask { ?s ?p ?o }")
    'ASK'
    """
    body = "\n".join(line for line in text.splitlines() if not _PROLOGUE_LINE.match(line))
    match = _FORM.search(body)
    return match.group(1).upper() if match else "SELECT"
