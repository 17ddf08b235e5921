"""The curated identity file: a researcher's decisions on which names are which node.

Rules resolve most names (:mod:`thidua.graph.resolver`); where they cannot
know -- a nickname, two people of one name, two nodes that are one body -- a
researcher writes it down in a YAML file and loads with ``thidua --identities
FILE load ...``. The file is applied whenever facts are built, so re-loading
the sources reproduces the same graph. thidua ships its own decisions in
``loaders/gazetteer/identities.yaml`` (same format), applied first.

The format::

    merge:        # these names, as written, are this node
      - into: body/ban-to-chuc-trung-uong
        names: ["Ban TC TW", "Ban Tổ chức"]
        scope: central          # optional, for bodies: only inside blocs (or articles) of this scope
    split:        # this node is another one in these sources ...
      - node: person/nguyen-van-a
        sources: [012_x.txt]
        into: person/nguyen-van-a-bo-cong-an   # optional: else one node per source
      - node: body/hoi-nong-dan  # ... or one node per source, wherever it is mentioned
        by: source
    same_as:      # these nodes are one; the first is kept (thidua entities --similar prints these)
      - [body/ban-to-chuc-dang-uy-khoi-doanh-nghiep-trung-uong, body/ban-to-chuc-dukdn-tw]
    different:    # these nodes are not one; --similar stops proposing them
      - [body/hoi-nong-dan-tinh, body/hoi-nong-dan]

A NODE is written as ``thidua entities`` prints it: ``body/<slug>``,
``bloc/<scope>/<slug>`` or ``person/<slug>``; ``body:<slug>`` and full IRIs
work too. Names are matched on :func:`~thidua.loaders.keys.name_key`. A scope
is ``central``, a province id (``phu-tho``, ``phu-tho-2025``), a gazetteer body
id for a sector (``bo-cong-an``) or ``source-<file>``.

>>> ids = parse_identities({"merge": [{"into": "body/ban-to-chuc-trung-uong", "names": ["Ban TC TW"]}],
...                         "same_as": [["body:a", "body/b"]]})
>>> node_text(ids.merged("body", name_key("Ban TC TW"), None))
'body/ban-to-chuc-trung-uong'
>>> node_text(ids.canonical(node_ref("body/b")))
'body/a'
>>> parse_identities({"same_as": [["body/a", "bloc/central/b"]]})
Traceback (most recent call last):
...
thidua.graph.identity_file.IdentityFileError: identities: same_as[0]: body/a and bloc/central/b are not the same ...
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable

import yaml
from rdflib import URIRef

from ..loaders.gazetteer import read_yaml
from ..loaders.inputs import InputError
from ..loaders.keys import name_key
from ..ontology.vocab import ID
from .iris import file_slug

__all__ = ["IdentityFileError", "Merge", "Split", "Identities", "parse_identities", "read_identities",
           "bundled_identities", "node_ref", "node_text", "node_kind", "source_key", "KINDS"]

#: The kinds of node an identity file may name.
KINDS = ("body", "bloc", "person")
_KEYS = ("merge", "split", "same_as", "different")


class IdentityFileError(InputError):
    """The identity file is not in the documented format; the message names the file and the entry."""


def node_ref(text: str) -> URIRef:
    """The IRI of a node written ``body/x``, ``body:x`` or in full."""
    text = str(text).strip()
    if text.startswith(str(ID)):
        text = text[len(str(ID)):]
    kind, sep, rest = text.partition("/")
    if not sep:
        kind, sep, rest = text.partition(":")
    if kind not in KINDS or not rest or " " in rest:
        raise ValueError(f"{text!r} is not a node (write body/<slug>, bloc/<scope>/<slug> or person/<slug>)")
    return ID[f"{kind}/{rest}"]


def node_text(iri: URIRef | str | None) -> str:
    """A node as identity files and ``thidua entities`` write it: ``body/ban-dan-van-trung-uong``."""
    text = str(iri or "")
    return text[len(str(ID)):] if text.startswith(str(ID)) else text


def node_kind(iri: URIRef | str) -> str:
    """'body', 'bloc' or 'person'."""
    return node_text(iri).split("/", 1)[0]


def source_key(source: str) -> str:
    """How a source is matched: the slug of its file name without the suffix ('000_x.txt' -> '000_x')."""
    return file_slug(Path(source.rstrip("/")).stem or source)


@dataclass(frozen=True)
class Merge:
    """Names (their keys) that are one node, optionally only within one scope."""

    into: URIRef
    names: frozenset[str]
    scope: str | None = None


@dataclass(frozen=True)
class Split:
    """A node that is another node in some sources, or one node per source."""

    node: URIRef
    into: URIRef | None = None
    sources: frozenset[str] = frozenset()

    def applies(self, source: str) -> bool:
        return not self.sources or source_key(source) in self.sources

    def target(self, source: str) -> URIRef:
        return self.into if self.into is not None else ID[f"{node_text(self.node)}/source-{source_key(source)}"]


@dataclass(frozen=True)
class Identities:
    """Every decision of one or more identity files, ready to apply."""

    merges: tuple[Merge, ...] = ()
    splits: tuple[Split, ...] = ()
    same_as: dict[URIRef, URIRef] = field(default_factory=dict)
    different: frozenset[frozenset[URIRef]] = frozenset()

    def merged(self, kind: str, key: str, scope: str | None) -> URIRef | None:
        """The node a name key is merged into (in this scope), if a merge says so."""
        for merge in self.merges:
            if node_kind(merge.into) == kind and key in merge.names and merge.scope in (None, scope):
                return self.canonical(merge.into)
        return None

    def split(self, node: URIRef, source: str) -> URIRef | None:
        """The node a node is split into in this source, if a split says so."""
        for split in self.splits:
            if split.node == node and split.applies(source):
                return split.target(source)
        return None

    def canonical(self, node: URIRef) -> URIRef:
        """The node kept for a node that ``same_as`` joins to others (itself otherwise)."""
        return self.same_as.get(node, node)

    def is_different(self, a: URIRef, b: URIRef) -> bool:
        """Whether the file says two nodes are not one."""
        return frozenset((a, b)) in self.different

    def __add__(self, other: "Identities") -> "Identities":
        groups = [[root, n] for n, root in (*self.same_as.items(), *other.same_as.items())]
        return _checked(self.merges + other.merges, self.splits + other.splits, groups,
                        self.different | other.different, "identities")


# -- parsing -----------------------------------------------------------------------------


def _fail(where: str, msg: str) -> IdentityFileError:
    return IdentityFileError(f"{where}: {msg}")


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(where, f"expected a list, got {type(value).__name__}")
    return value


def _node(value: Any, where: str) -> URIRef:
    try:
        return node_ref(value)
    except ValueError as exc:
        raise _fail(where, str(exc)) from None


def _nodes(value: Any, where: str) -> list[URIRef]:
    nodes = [_node(v, f"{where}[{i}]") for i, v in enumerate(_list(value, where))]
    if len(nodes) < 2:
        raise _fail(where, "give at least two nodes")
    kinds = {node_kind(n) for n in nodes}
    if len(kinds) > 1:
        raise _fail(where, f"{node_text(nodes[0])} and {node_text(nodes[1])} are not the same kind of node")
    return nodes


def _entry(value: Any, allowed: Iterable[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"expected a mapping, got {type(value).__name__}")
    unknown = sorted(str(k) for k in value if k not in set(allowed))
    if unknown:
        raise _fail(where, f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(allowed)})")
    return value


def _merge(value: Any, where: str) -> Merge:
    data = _entry(value, ("into", "names", "scope"), where)
    if "into" not in data:
        raise _fail(where, "give the node to merge into (into: body/...)")
    names = [str(n) for n in _list(data.get("names"), f"{where}.names")]
    if not names:
        raise _fail(f"{where}.names", "give at least one name")
    scope = data.get("scope")
    return Merge(_node(data["into"], f"{where}.into"), frozenset(name_key(n) for n in names),
                 None if scope is None else str(scope))


def _split(value: Any, where: str) -> Split:
    data = _entry(value, ("node", "sources", "into", "by"), where)
    if "node" not in data:
        raise _fail(where, "give the node to split (node: body/...)")
    sources = frozenset(source_key(str(s)) for s in _list(data.get("sources"), f"{where}.sources"))
    by = data.get("by")
    if by is not None and by != "source":
        raise _fail(f"{where}.by", f"{by!r}: the only way to split by is 'source'")
    if not sources and by is None:
        raise _fail(where, "give the sources the node is split in, or by: source")
    into = data.get("into")
    if into is not None and not sources:
        raise _fail(where, "a split into one node needs the sources it applies to")
    node = _node(data["node"], f"{where}.node")
    target = None if into is None else _node(into, f"{where}.into")
    if target is not None and node_kind(target) != node_kind(node):
        raise _fail(where, f"{node_text(node)} and {node_text(target)} are not the same kind of node")
    return Split(node, target, sources)


def _checked(merges: tuple[Merge, ...], splits: tuple[Split, ...], groups: list[list[URIRef]],
             different: frozenset[frozenset[URIRef]], where: str) -> Identities:
    parent: dict[URIRef, URIRef] = {}

    def find(n: URIRef) -> URIRef:
        while parent.get(n, n) != n:
            n = parent[n]
        return n

    for group in groups:
        roots = [find(n) for n in group]
        for root in roots[1:]:
            if root != roots[0]:
                parent[root] = roots[0]
    same = {n: find(n) for n in parent}
    for pair in different:
        a, b = sorted(pair)
        if same.get(a, a) == same.get(b, b):
            raise _fail(where, f"{node_text(a)} and {node_text(b)} are listed as different but same_as joins them")
    return Identities(merges, splits, {n: r for n, r in same.items() if n != r}, different)


def parse_identities(data: Any, where: str = "identities") -> Identities:
    """Check a parsed identity file and make it ready to apply."""
    if data is None:
        return Identities()
    if not isinstance(data, dict):
        raise _fail(where, f"expected a mapping with {', '.join(_KEYS)}, got {type(data).__name__}")
    unknown = sorted(str(k) for k in data if k not in _KEYS)
    if unknown:
        raise _fail(where, f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(_KEYS)})")
    merges = tuple(_merge(v, f"{where}: merge[{i}]") for i, v in enumerate(_list(data.get("merge"), "merge")))
    splits = tuple(_split(v, f"{where}: split[{i}]") for i, v in enumerate(_list(data.get("split"), "split")))
    groups = [_nodes(v, f"{where}: same_as[{i}]") for i, v in enumerate(_list(data.get("same_as"), "same_as"))]
    different = frozenset(frozenset(pair) for i, v in enumerate(_list(data.get("different"), "different"))
                          for pair in combinations(dict.fromkeys(_nodes(v, f"{where}: different[{i}]")), 2))
    return _checked(merges, splits, groups, different, where)


@lru_cache(maxsize=1)
def bundled_identities() -> Identities:
    """The decisions shipped in ``loaders/gazetteer/identities.yaml``."""
    return parse_identities(read_yaml("identities.yaml"), "identities.yaml")


def read_identities(path: str | Path) -> Identities:
    """The bundled decisions plus those of one identity file (YAML)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        raise IdentityFileError(f"{path}: not valid YAML{at}") from None
    return bundled_identities() + parse_identities(data, str(path))
