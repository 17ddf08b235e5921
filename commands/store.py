"""Commands that fill, question and publish the store: load, query, export, validate, stats, reset."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterator

import click
import pyoxigraph as ox

from .. import queries
from ..graph.identity import default_resolver
from ..graph.remote import RemoteEndpoint
from ..graph.store import EXPORT_FORMATS, StoreError
from ..graph.terms import to_python
from ..graph.validate import validate as validate_store
from ..pipeline import LoadSummary, load_paths
from .output import emit, render_csv, render_json, render_table

__all__ = ["COMMANDS", "progress_bar", "report_load"]

_PROGRESS_FROM = 20


# --------------------------------------------------------------------------- load


@click.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_obj
def load(settings: Any, paths: tuple[Path, ...]) -> None:
    """Load articles, facts files, CSV tables and RDF files into the store.

    \b
    PATHS are files or folders (read recursively):
      *.txt, *.html  articles: extracted into facts, then loaded
      *.yaml, *.json facts files (the SCHEMA.md format, e.g. curated by hand)
      *.csv          tables, one row per membership, leadership term or award
      *.ttl, *.nt, *.trig, *.nq   RDF from elsewhere
    Each source replaces its own named graph, so loading twice changes nothing.
    A file that cannot be read is reported on one line and the rest still load.

    \b
    Example:
      thidua --store kg/ load ../shared/seeds/ curated/ members.csv
    """
    summary = load_paths(settings.store(), paths, default_resolver(settings.identities), progress=progress_bar)
    report_load(summary, "load")


def progress_bar(files: list[Any]) -> Iterator[Any]:
    """Show a progress bar on a terminal when there are many files."""
    if len(files) < _PROGRESS_FROM or not sys.stderr.isatty():
        yield from files
        return
    with click.progressbar(files, label="Loading", file=sys.stderr, show_pos=True,
                           item_show_func=lambda f: f.path.name if f else "") as bar:
        yield from bar


def report_load(summary: LoadSummary, verb: str) -> None:
    """Print what a load did; exit 1 (after loading the rest) when some file was skipped."""
    for line in summary.skipped:
        click.echo(f"skipped {line}", err=True)
    if summary.files == 0:
        raise click.ClickException(f"nothing to {verb}: no article, facts, table or RDF file found")
    click.echo(summary.describe())
    if summary.skipped:
        click.echo(f"{len(summary.skipped)} file(s) skipped", err=True)
        raise click.exceptions.Exit(1)


# --------------------------------------------------------------------------- query

_RESULT_FORMATS = ("table", "csv", "json", "srj", "srx")


def _query_text(query: str) -> tuple[str, str]:
    """The SPARQL to run and where it came from: stdin, a file, a bundled name, or the text itself."""
    if query == "-":
        return sys.stdin.read(), "stdin"
    if query.endswith((".rq", ".sparql")) or os.sep in query:
        path = Path(query)
        if not path.is_file():
            raise StoreError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8"), str(path)
    if query.replace("_", "").isalnum():
        return queries.get(query).text, f"named query {query}"
    return query, "text"


def _parse_params(params: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in params:
        name, sep, value = spec.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{spec!r} is not NAME=VALUE", param_hint="--param")
        out[name.lstrip("?$")] = int(value) if value.lstrip("-").isdigit() else value
    return out


@click.command("query")
@click.argument("query", required=False)
@click.option("--format", "fmt", type=click.Choice(_RESULT_FORMATS), default="table", show_default=True,
              help="Result format; srj and srx are SPARQL 1.1 Query Results JSON and XML.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (IRIs as full IRIs; digits bind integers). Repeatable.")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled named queries and exit.")
@click.option("--endpoint", metavar="URL",
              help="Ask a remote SPARQL endpoint (e.g. a Virtuoso holding `thidua export`) instead of the store.")
@click.option("--max-width", default=60, show_default=True, help="Widest table cell before it is cut.")
@click.pass_obj
def query(settings: Any, query: str | None, fmt: str, params: tuple[str, ...], list_queries: bool,
          endpoint: str | None, max_width: int) -> None:
    """Ask the store a SPARQL question.

    \b
    QUERY is SPARQL text, a .rq file, '-' for stdin, or the name of a bundled
    query (see --list). Queries see the union of all graphs; GRAPH ?g tells
    which source said what. Prefixes tdkt:, org:, skos:, body:, bloc: ... are
    predeclared.

    \b
    Examples:
      thidua query leaders --param year=2023
      thidua query 'SELECT ?bloc ?label WHERE { ?bloc a tdkt:EmulationBloc ; rdfs:label ?label }'
      thidua query my-question.rq --format csv > answer.csv
      thidua query leaders --endpoint http://127.0.0.1:8890/sparql
    """
    if list_queries:
        rows = [(q.name, q.title, ", ".join(q.params)) for q in map(queries.get, queries.names())]
        click.echo(render_table(["name", "title", "parameters"], rows, max_width=70))
        return
    if not query:
        raise click.UsageError("give a QUERY (SPARQL text, a .rq file, '-' or a bundled name), or --list")
    text, _ = _query_text(query)
    bound = _parse_params(params)
    if endpoint:
        _print_remote(RemoteEndpoint(endpoint), text, bound, fmt, max_width)
        return
    result = settings.store().query(text, bound)
    _print_result(result, fmt, max_width)


def _print_remote(remote: RemoteEndpoint, text: str, params: dict[str, Any], fmt: str, max_width: int) -> None:
    form = queries.query_form(text)
    if form == "ASK":
        answer = remote.ask(text, params)
        click.echo(render_json({"boolean": answer}) if fmt in ("json", "srj") else str(answer).lower())
    elif form in ("CONSTRUCT", "DESCRIBE"):
        click.echo(remote.construct(text, params).decode("utf-8"), nl=False)
    elif fmt in ("srj", "srx"):
        click.echo(remote.query_raw(text, params, fmt).decode("utf-8"))
    else:
        result = remote.query_json(text, params)
        columns = result.get("head", {}).get("vars", [])
        rows = remote.rows(result)
        _print_rows(columns, [[row[c] for c in columns] for row in rows], fmt, max_width)


def _print_result(result: Any, fmt: str, max_width: int) -> None:
    if isinstance(result, ox.QueryBoolean):
        click.echo(render_json({"boolean": bool(result)}) if fmt in ("json", "srj") else str(bool(result)).lower())
        return
    if not isinstance(result, ox.QuerySolutions):
        buffer = ox.serialize(list(result), format=ox.RdfFormat.TURTLE)
        click.echo((buffer or b"").decode("utf-8"), nl=False)
        return
    if fmt in ("srj", "srx"):
        format_ = {"srj": ox.QueryResultsFormat.JSON, "srx": ox.QueryResultsFormat.XML}[fmt]
        click.echo(result.serialize(format=format_).decode("utf-8"))
        return
    columns = [v.value for v in result.variables]
    _print_rows(columns, [[to_python(row[c]) for c in columns] for row in result], fmt, max_width)


def _print_rows(columns: list[str], rows: list[list[Any]], fmt: str, max_width: int) -> None:
    if fmt == "table":
        click.echo(render_table(columns, rows, max_width=max_width))
    elif fmt == "csv":
        click.echo(render_csv(columns, rows), nl=False)
    else:
        click.echo(render_json([dict(zip(columns, row)) for row in rows]))


# --------------------------------------------------------------------------- export


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="turtle", show_default=True,
              help="turtle and nt hold the union of the graphs; trig, nquads and jsonld keep the named graphs.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout). Written whole or not at all.")
@click.option("--with-ontology", is_flag=True, help="Include the ontology and honours scheme.")
@click.pass_obj
def export(settings: Any, fmt: str, out: Path | None, with_ontology: bool) -> None:
    """Publish the graph as Turtle, N-Triples, TriG, N-Quads or JSON-LD.

    Output is sorted, so the same graph always gives the same file.

    \b
    Examples:
      thidua export --out thidua.ttl
      thidua export --format trig --out thidua.trig   # one named graph per source
    """
    emit(settings.store().export(fmt, include_ontology=with_ontology), out, fmt)


# --------------------------------------------------------------------------- validate


@click.command("validate")
@click.option("--limit", default=50, show_default=True, help="Most results to print (0: all).")
@click.pass_obj
def validate(settings: Any, limit: int) -> None:
    """Check the graph against the ontology's SHACL shapes; exit 1 on violations.

    \b
    Example:
      thidua validate
    """
    report = validate_store(settings.store())
    violations = [r for r in report.results if r.severity == "Violation"]
    shown = report.results if limit == 0 else report.results[:limit]
    for r in shown:
        where = f" {r.path}" if r.path else ""
        value = f" = {r.value}" if r.value is not None else ""
        click.echo(f"{r.severity}: {r.focus}{where}{value}: {r.message}")
    if len(shown) < len(report.results):
        click.echo(f"... and {len(report.results) - len(shown)} more (use --limit 0)")
    if violations:
        click.echo(f"does not conform: {len(violations)} violation(s) in {report.triples} triples", err=True)
        raise click.exceptions.Exit(1)
    click.echo(f"conforms: {report.triples} triples checked against the shapes")


# --------------------------------------------------------------------------- stats


@click.command("stats")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def stats(settings: Any, fmt: str) -> None:
    """Count nodes per class and triples and facts per source.

    \b
    Example:
      thidua stats --format json
    """
    store = settings.store()
    classes = store.select_named("count_by_class")
    sources = store.select_named("count_by_source")
    if fmt == "json":
        click.echo(render_json({"quads": len(store), "graphs": len(store.graphs()),
                                "classes": classes, "sources": sources}))
        return
    click.echo(f"{len(store)} quads in {len(store.graphs())} named graphs\n")
    click.echo(render_table(["class", "nodes"], [(r["class"], r["nodes"]) for r in classes]))
    click.echo()
    click.echo(render_table(["source", "published", "triples", "facts"],
                            [(r["file"], r["published"], r["triples"], r["facts"]) for r in sources]))


# --------------------------------------------------------------------------- reset


@click.command("reset")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def reset(settings: Any, yes: bool) -> None:
    """Empty the store (asks first unless --yes).

    \b
    Example:
      thidua --store kg/ reset --yes
    """
    store = settings.store()
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("refusing to empty the store without --yes (no terminal to ask on)")
        click.confirm(f"Empty the store at {store.location} ({len(store)} quads)?", abort=True)
    store.reset()
    click.echo(f"emptied the store at {store.location}")


COMMANDS = [load, query, export, validate, stats, reset]
