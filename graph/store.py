"""The embedded store: an on-disk (or in-memory) Oxigraph dataset.

Measured against rdflib's in-memory store on graphs of this domain (see
``bench/``), Oxigraph loads, queries and serialises far faster and in less
memory, and it persists to a directory with no server to run. rdflib stays the
API for the ontology, SHACL validation and small graphs.

* Each source's quads replace that source's named graph in one transaction,
  so loading the same input twice changes nothing and a re-extracted article
  updates cleanly.
* The ontology and the honours scheme live in their own graph, so queries can
  walk ``skos:broader`` and read concept labels.
* Queries see the union of all graphs as their default graph; ``GRAPH ?g``
  still tells which source said what.

>>> store = Store(":memory:")
>>> from thidua.loaders.facts import Facts
>>> report = store.load_facts([Facts.from_dict({"article": "a.txt",
...     "blocs": [{"name": "Khối thi đua X", "kind": "bloc",
...                "leadership": [{"year": 2023, "role": "leader", "org": "Ban Y"}]}]})])
>>> [row["orgLabel"] for row in store.select_named("leaders")]
['Ban Y']
"""
from __future__ import annotations

import hashlib
import io
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pyoxigraph as ox

from .. import queries
from ..loaders.facts import Facts
from ..ontology import ONTOLOGY_FILES, path as ontology_path
from ..ontology.vocab import DCTERMS, GRAPH, ONTOLOGY_GRAPH, PREFIXES
from . import iris
from .build import Quad, build
from .identity import Resolver
from .terms import quad_to_ox, to_ox, to_python

__all__ = ["Store", "StoreError", "LoadReport", "default_location", "EXPORT_FORMATS", "RDF_INPUT_FORMATS"]

#: Export formats: name -> (pyoxigraph format, keeps named graphs)
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}

#: RDF files ``load`` reads, by suffix.
RDF_INPUT_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD,
}

_ONTOLOGY_MARK = ox.NamedNode(str(DCTERMS.identifier))


class StoreError(Exception):
    """A store problem a user can act on (locked, unreadable, bad query); one line."""


def default_location() -> Path:
    """``$THIDUA_STORE``, else ``thidua/store`` in the user's data directory."""
    env = os.environ.get("THIDUA_STORE")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "thidua" / "store"


@dataclass
class LoadReport:
    """What a load added: sources, facts, quads, and the files it skipped with why."""

    sources: int = 0
    facts: int = 0
    quads_before: int = 0
    quads_after: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def added(self) -> int:
        return self.quads_after - self.quads_before


class Store:
    """A thidua knowledge graph in an Oxigraph store.

    ``location`` is a directory (created if missing), ``":memory:"`` for a
    throwaway store, or None for :func:`default_location`.
    """

    def __init__(self, location: str | Path | None = None) -> None:
        if location is None:
            location = default_location()
        self.location = str(location)
        if self.location == ":memory:":
            self._ox = ox.Store()
        else:
            target = Path(location)
            if target.exists() and not target.is_dir():
                raise StoreError(f"store path {target} is a file, not a directory")
            try:
                target.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(target))
            except OSError as exc:
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                if "lock" in detail.lower():
                    detail = "it is in use by another thidua process"
                raise StoreError(f"cannot open the store at {target}: {detail}") from None
        self._ensure_ontology()

    # -- the ontology graph ---------------------------------------------------------

    def _ensure_ontology(self) -> None:
        """Load the bundled ontology into its graph when missing or out of date."""
        digest = hashlib.sha256()
        for name in ONTOLOGY_FILES:
            digest.update(ontology_path(name).read_bytes())
        mark = ox.Literal(digest.hexdigest())
        graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
        if list(self._ox.quads_for_pattern(graph, _ONTOLOGY_MARK, mark, graph)):
            return
        quads = [ox.Quad(graph, _ONTOLOGY_MARK, mark, graph)]
        for name in ONTOLOGY_FILES:
            quads.extend(_in_graph(ox.parse(path=str(ontology_path(name)), format=ox.RdfFormat.TURTLE), graph))
        self._replace_graph(graph, quads)

    # -- writing -------------------------------------------------------------------

    def _replace_graph(self, graph: Any, quads: list[ox.Quad]) -> None:
        """Replace one named graph's content in a single transaction."""
        body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        self._ox.update(f"DROP SILENT GRAPH {graph} ; INSERT DATA {{ GRAPH {graph} {{ {body} }} }}")

    def add_quads(self, quads: Iterable[Quad], replace: Iterable[Any] = ()) -> None:
        """Add rdflib quads, each named graph they fall in replaced as a whole;
        the graphs in ``replace`` are emptied even when no quad falls in them.

        A source's statements and what the gazetteer says of the nodes it names
        sit in two graphs of their own, so reloading a source refreshes both.
        """
        by_graph: dict[Any, list[ox.Quad]] = {graph: [] for graph in replace}
        for quad in quads:
            by_graph.setdefault(quad[3], []).append(quad_to_ox(quad))
        for graph, oxquads in by_graph.items():
            self._replace_graph(to_ox(graph), oxquads)

    def load_facts(self, documents: Iterable[Facts], resolver: Resolver | None = None,
                   refresh: bool = True) -> LoadReport:
        """Build and store facts documents; each source replaces its own graph.

        ``refresh=False`` leaves the display labels stale, for a caller that
        loads many batches and calls :meth:`refresh_labels` once at the end.
        """
        report = LoadReport(quads_before=len(self))
        for facts in documents:
            self.add_quads(build(facts, resolver),
                           replace=(iris.source_graph(facts.article), iris.gazetteer_graph(facts.article)))
            report.sources += 1
            report.facts += facts.count()
        if refresh:
            self.refresh_labels()
        report.quads_after = len(self)
        return report

    def load_rdf(self, path: str | Path, format: str | None = None, refresh: bool = True) -> LoadReport:
        """Load an RDF file. Turtle and N-Triples go into a graph named after the file;
        TriG and N-Quads keep their graphs. The file is parsed whole before anything is written."""
        path = Path(path)
        rdf_format = RDF_INPUT_FORMATS.get(f".{format}" if format else path.suffix.lower())
        if rdf_format is None:
            raise StoreError(f"{path}: not an RDF file thidua reads ({', '.join(RDF_INPUT_FORMATS)})")
        report = LoadReport(quads_before=len(self))
        graph = ox.NamedNode(str(GRAPH[f"file/{iris.file_slug(path.name)}"]))
        # extend() is one transaction: a syntax error anywhere in the file writes nothing,
        # and the quads stream through instead of being held in a list (half the peak memory).
        try:
            self._ox.extend(_in_graph(ox.parse(path=str(path), format=rdf_format, rename_blank_nodes=True), graph))
        except SyntaxError as exc:
            raise StoreError(f"{path}: not valid {rdf_format.name}: {str(exc).splitlines()[0]}") from None
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: cannot read: {str(exc).splitlines()[0]}") from None
        report.sources = 1
        if refresh:
            self.refresh_labels()
        report.quads_after = len(self)
        return report

    def refresh_labels(self) -> None:
        """Rebuild the derived display labels (one rdfs:label per named node)."""
        self._ox.update(queries.get("refresh_labels").text)

    def reset(self) -> None:
        """Empty the store (the ontology graph is put back)."""
        self._ox.clear()
        self._ensure_ontology()

    def flush(self) -> None:
        """Write pending changes to disk (a no-op in memory)."""
        if self.location != ":memory:":
            self._ox.flush()

    def close(self) -> None:
        """Flush and release the store's directory, so another process (or Store) may open it."""
        if getattr(self, "_ox", None) is not None:
            self.flush()
            del self._ox
            self._ox = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ox)

    def query(self, sparql: str, params: Mapping[str, Any] | None = None) -> Any:
        """Run SPARQL over the union of all graphs; ``params`` bind its ``?_name`` variables."""
        try:
            text = queries.bind(sparql, {k: v for k, v in (params or {}).items() if v is not None})
            return self._ox.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
        except queries.ParameterError as exc:
            raise StoreError(str(exc)) from None
        except SyntaxError as exc:
            raise StoreError(f"not valid SPARQL: {str(exc).splitlines()[0]}") from None

    def select(self, sparql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a SELECT and return its rows as dicts of plain Python values."""
        result = self.query(sparql, params)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
        names = [v.value for v in result.variables]
        return [{name: to_python(row[name]) for name in names} for row in result]

    def select_named(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run one of the bundled queries (see :mod:`thidua.queries`) with its parameters."""
        return self.select(queries.get(name).text, params)

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs."""
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, include_ontology: bool = False) -> Iterator[ox.Quad]:
        """All quads, the ontology graph left out unless asked for."""
        ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
        for quad in self._ox.quads_for_pattern(None, None, None, None):
            if include_ontology or quad.graph_name != ontology:
                yield quad

    # -- export ----------------------------------------------------------------------

    def export(self, format: str = "turtle", include_ontology: bool = False) -> bytes:
        """Serialise the dataset, sorted so that the same graph always gives the same bytes.

        Turtle and N-Triples get the union of the graphs; TriG, N-Quads and
        JSON-LD keep every named graph.
        """
        if format not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {format!r} (one of {', '.join(EXPORT_FORMATS)})")
        rdf_format, keeps_graphs = EXPORT_FORMATS[format]
        items: list[Any]
        if keeps_graphs:
            items = sorted(self.quads(include_ontology), key=lambda q: (str(q.graph_name), str(q.subject),
                                                                        str(q.predicate), str(q.object)))
        else:
            triples = {q.triple for q in self.quads(include_ontology)}
            items = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        buffer = io.BytesIO()
        kwargs: dict[str, Any] = {}
        if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            kwargs["prefixes"] = PREFIXES
        ox.serialize(items, buffer, format=rdf_format, **kwargs)
        return buffer.getvalue()


def _in_graph(quads: Iterable[ox.Quad], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """Parsed quads, those of the default graph moved into ``graph``."""
    for q in quads:
        yield ox.Quad(q.subject, q.predicate, q.object, graph) if isinstance(q.graph_name, ox.DefaultGraph) else q
