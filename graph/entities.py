"""The nodes of a store as a researcher reviews them: names as written, sources, and how they met.

Every name the builder resolves leaves a ``tdkt:NameMention`` in its
source's graph (the name, the node, how and why). :func:`entity_records`
gathers them per node from the bundled query ``name_mentions``, so ``thidua
entities`` can print each body with every spelling that landed on it and
the sources that wrote each one.

>>> from thidua.graph.store import Store
>>> from thidua.loaders.facts import Facts
>>> store = Store(":memory:")
>>> _ = store.load_facts([Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua X Trung ương",
...     "kind": "bloc", "members": ["Ban Tổ chức TW", "Ban Tổ chức Trung ương"]}]})])
>>> [(r.text, sorted(r.names)) for r in entity_records(store, "body")]
[('body/ban-to-chuc-trung-uong', ['Ban Tổ chức TW', 'Ban Tổ chức Trung ương'])]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .identity_file import node_text
from .store import Store

__all__ = ["EntityRecord", "entity_records"]


@dataclass
class EntityRecord:
    """One node: its kind, display label, every name written for it (with sources) and how each resolved."""

    node: str
    kind: str
    label: str
    names: dict[str, set[str]] = field(default_factory=dict)
    how: dict[str, set[str]] = field(default_factory=dict)
    why: set[str] = field(default_factory=set)

    @property
    def text(self) -> str:
        """The node as identity files write it: ``body/ban-dan-van-trung-uong``."""
        return node_text(self.node)

    @property
    def sources(self) -> set[str]:
        return {s for files in self.names.values() for s in files}

    def to_dict(self) -> dict[str, Any]:
        return {"node": self.text, "kind": self.kind, "label": self.label,
                "names": {n: sorted(f) for n, f in sorted(self.names.items())},
                "resolved": {h: sorted(n) for h, n in sorted(self.how.items())}, "why": sorted(self.why)}


def entity_records(store: Store, kind: str | None = None) -> list[EntityRecord]:
    """Every node that a source names (optionally of one kind), with its names, sources and resolutions."""
    records: dict[str, EntityRecord] = {}
    for row in store.select_named("name_mentions", kind=kind):
        record = records.setdefault(row["node"], EntityRecord(row["node"], row["kind"], row["label"] or ""))
        record.names.setdefault(row["written"], set()).add(row["file"] or "")
        record.how.setdefault(row["how"], set()).add(row["written"])
        if row["why"]:
            record.why.add(row["why"])
    return sorted(records.values(), key=lambda r: (r.kind, r.label.casefold(), r.node))
