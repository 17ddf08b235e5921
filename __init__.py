"""thidua: a knowledge graph of Vietnam's emulation-and-commendation system.

Articles about emulation blocs (Khối thi đua), clusters (Cụm thi đua), their
yearly leaders and the honours they propose and confer become an RDF graph
in the terms of W3C ORG, SKOS, PROV-O and W3C Web Annotation, with every fact
traced to the sentence it came from.

>>> import thidua
>>> kg = thidua.open(":memory:")
>>> facts = thidua.Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua X",
...     "kind": "bloc", "leadership": [{"year": 2024, "role": "leader", "org": "Ban Y"}]}]})
>>> kg.load_facts([facts]).sources
1
>>> [(r["year"], r["role"], r["orgLabel"]) for r in kg.select_named("leaders")]
[(2024, 'leader', 'Ban Y')]
"""
from __future__ import annotations

from pathlib import Path

from .graph.store import Store, StoreError, default_location
from .loaders.facts import Facts, FactsError, read_facts, write_facts

__version__ = "0.1.0"
__all__ = ["open", "Store", "StoreError", "default_location", "Facts", "FactsError", "read_facts",
           "write_facts", "__version__"]


def open(location: str | Path | None = None) -> Store:  # noqa: A001 - mirrors io.open / dbm.open
    """Open (or create) a thidua store: a directory, ``":memory:"``, or the default location."""
    return Store(location)
