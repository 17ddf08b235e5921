"""Candidate pairs of nodes that may be one body (or bloc, or person), for a researcher to review.

The resolver never merges on a near miss; it leaves that to a person. This
module proposes the pairs worth a look, and prints them as YAML a researcher
pastes into the curated identity file -- under ``same_as:`` to make them one
node, under ``different:`` so they are not proposed again.

A pair is proposed when a name of one node is a short form of a name of the
other (its words begin the other's: "Ban Dân vận" / "Ban Dân vận Trung
ương"), or when two names differ only slightly (a typo, glued words). Never
proposed: two gazetteer bodies (the gazetteer says they differ), nodes of two
different provinces or scopes, nodes of different kinds, pairs the identity
file lists as different, and a longer name that adds words *before* the
other ("Ban Tổ chức Đảng ủy Khối Doanh nghiệp Trung ương" is a body under
"Đảng ủy Khối Doanh nghiệp Trung ương", not the same one).

>>> a = EntityRecord(node_ref("body/ban-dan-van"), "body", "Ban Dân vận", {"Ban Dân vận": {"x.txt"}})
>>> b = EntityRecord(node_ref("body/ban-dan-van-trung-uong"), "body", "Ban Dân vận Trung ương",
...                  {"Ban Dân vận Trung ương": {"y.txt"}})
>>> [(c.keep.text, c.other.text, c.reason) for c in candidates([a, b])]
[('body/ban-dan-van-trung-uong', 'body/ban-dan-van', 'a short form')]
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations
from typing import Iterable

from ..loaders.keys import name_key
from .catalogue import body_by_id
from .entities import EntityRecord
from .identity_file import Identities, node_ref

__all__ = ["Candidate", "candidates", "render_yaml", "THRESHOLD"]

#: Least similarity of two spellings (difflib ratio of their keys) for a pair to be proposed.
THRESHOLD = 0.88
#: A word shared by more nodes than this does not make two nodes worth comparing.
_COMMON = 200


@dataclass(frozen=True)
class Candidate:
    """Two nodes that may be one: the one to keep first, the names that look alike, why, how alike."""

    keep: EntityRecord
    other: EntityRecord
    keep_name: str
    other_name: str
    reason: str
    score: float


def _gazetteer_id(record: EntityRecord) -> str | None:
    kind, _, rest = record.text.partition("/")
    return rest if kind == "body" and rest in body_by_id() else None


def _scope(record: EntityRecord) -> str | None:
    """The province (or bloc scope) a node belongs to, when its IRI or the gazetteer says."""
    gid = _gazetteer_id(record)
    if gid is not None:
        return body_by_id()[gid].province
    parts = record.text.split("/")
    if len(parts) == 3 and parts[1] != "unscoped":
        return parts[1]
    return None


def _compare(a: str, b: str) -> tuple[str, float] | None:
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return "the same name", 1.0
    wa, wb = ka.split(), kb.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 2 and long[:len(short)] == short:
        return "a short form", round(len(short) / len(long), 2)
    ratio = SequenceMatcher(None, ka, kb, autojunk=False).ratio()
    if ratio >= THRESHOLD:
        return "spellings differ slightly", round(ratio, 2)
    return None


def _blocks(records: list[EntityRecord]) -> Iterable[tuple[EntityRecord, EntityRecord]]:
    """Pairs of nodes of one kind that share a not-too-common word: the only ones worth comparing."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        words = {w for name in record.names for w in name_key(name).split()}
        for word in words:
            index[(record.kind, word)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) <= _COMMON:
            pairs.update(combinations(members, 2))
    for i, j in sorted(pairs):
        yield records[i], records[j]


def _order(a: EntityRecord, b: EntityRecord) -> tuple[EntityRecord, EntityRecord]:
    """The node to keep first: a gazetteer body, else the one more sources name, else the first by IRI."""
    def rank(r: EntityRecord) -> tuple[int, int, str]:
        return (0 if _gazetteer_id(r) else 1, -len(r.sources), r.node)
    return (a, b) if rank(a) <= rank(b) else (b, a)


def candidates(records: Iterable[EntityRecord], identities: Identities | None = None) -> list[Candidate]:
    """The pairs worth a researcher's look, most alike first."""
    identities = identities or Identities()
    out: list[Candidate] = []
    for a, b in _blocks(list(records)):
        if _gazetteer_id(a) and _gazetteer_id(b):
            continue
        sa, sb = _scope(a), _scope(b)
        if sa and sb and sa != sb:
            continue
        if identities.is_different(node_ref(a.text), node_ref(b.text)):
            continue
        best: tuple[str, float, str, str] | None = None
        for na in a.names:
            for nb in b.names:
                found = _compare(na, nb)
                if found and (best is None or found[1] > best[1]):
                    best = (found[0], found[1], na, nb)
        if best is None:
            continue
        keep, other = _order(a, b)
        names = (best[2], best[3]) if keep is a else (best[3], best[2])
        out.append(Candidate(keep, other, names[0], names[1], best[0], best[1]))
    return sorted(out, key=lambda c: (-c.score, c.keep.node, c.other.node))


def _sources(record: EntityRecord, name: str) -> str:
    return ", ".join(sorted(record.names.get(name, ()))) or "?"


def render_yaml(found: list[Candidate], kind: str = "body") -> str:
    """The pairs as YAML to paste into an identity file (each pair under same_as: or different:)."""
    lines = [f"# thidua entities --similar: {len(found)} pair(s) of {kind} nodes that may be one.",
             "# Review each. Keep a pair under same_as: to make it one node (the first is kept),",
             "# or move it under different: so it is not proposed again; then load with",
             "# thidua --identities FILE load ...",
             "same_as:" if found else "same_as: []"]
    for c in found:
        lines.append(f'  # "{c.keep_name}" ({_sources(c.keep, c.keep_name)}) ~ '
                     f'"{c.other_name}" ({_sources(c.other, c.other_name)}): {c.reason}, {c.score:.2f}')
        lines.append(f"  - [{c.keep.text}, {c.other.text}]")
    lines.append("different: []")
    return "\n".join(lines) + "\n"
