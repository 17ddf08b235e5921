"""Read inputs of every kind into a store: the loop behind ``thidua load`` and ``thidua build``.

Articles are extracted, facts files and tables read, RDF files parsed; each
source replaces its own named graph. A file that cannot be read is recorded
with its one-line reason and the rest still load; display labels are rebuilt
once at the end.

>>> import tempfile, pathlib
>>> from thidua.graph.store import Store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.yaml").write_text("article: a.txt\\nblocs: [{name: Khối X, kind: bloc}]\\n", encoding="utf-8")
>>> _ = (folder / "b.yaml").write_text("article: [\\n", encoding="utf-8")
>>> summary = load_paths(Store(":memory:"), [folder])
>>> summary.sources, summary.counts["facts"], len(summary.skipped)
(1, 1, 1)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .graph.identity import Resolver, default_resolver
from .graph.store import Store, StoreError
from .loaders.facts import Facts
from .loaders.inputs import InputError, InputFile, discover, read_input

__all__ = ["LoadSummary", "load_paths"]


_NOUNS = {"article": ("article", "articles"), "facts": ("facts file", "facts files"),
          "table": ("table", "tables"), "rdf": ("RDF file", "RDF files")}


@dataclass
class LoadSummary:
    """What a load read and added, and what it skipped and why."""

    counts: dict[str, int] = field(default_factory=lambda: {"article": 0, "facts": 0, "table": 0, "rdf": 0})
    files: int = 0
    sources: int = 0
    facts: int = 0
    quads_before: int = 0
    quads_after: int = 0
    skipped: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return self.quads_after - self.quads_before

    def describe(self) -> str:
        """One line for a terminal: 'loaded 5 sources (5 articles): 180 facts, +2000 triples ...'."""
        read = ", ".join(f"{n} {_NOUNS[kind][n != 1]}" for kind, n in self.counts.items() if n)
        return (f"loaded {self.sources} source{'s' if self.sources != 1 else ''} ({read or 'nothing'}): "
                f"{self.facts} facts, {self.added:+d} triples (store now {self.quads_after} quads)")


def load_paths(store: Store, paths: Iterable[str | Path], resolver: Resolver | None = None,
               on_facts: Callable[[InputFile, Facts], None] | None = None,
               progress: Callable[[list[InputFile]], Iterable[InputFile]] | None = None) -> LoadSummary:
    """Load every input under ``paths`` into ``store``.

    ``on_facts`` sees each facts document as it is read (``thidua build``
    writes the extracted ones to disk); ``progress`` may wrap the file list
    (a progress bar).
    """
    files, problems = discover(paths)
    summary = LoadSummary(files=len(files), quads_before=len(store), skipped=list(problems))
    resolver = resolver or default_resolver()
    for item in (progress(files) if progress else files):
        try:
            if item.kind == "rdf":
                part = store.load_rdf(item.path, refresh=False)
            else:
                documents = read_input(item)
                for facts in documents:
                    if on_facts is not None:
                        on_facts(item, facts)
                part = store.load_facts(documents, resolver, refresh=False)
        except (InputError, StoreError) as exc:
            summary.skipped.append(str(exc).splitlines()[0])
            continue
        summary.counts[item.kind] += 1
        summary.sources += part.sources
        summary.facts += part.facts
    store.refresh_labels()
    summary.quads_after = len(store)
    return summary
