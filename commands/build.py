"""The main job: articles in; facts, a store, the leadership rotation, a Turtle dataset and a graph page out."""
from __future__ import annotations

import shutil
from pathlib import Path

import click

from ..graph.identity import default_resolver
from ..graph.store import Store
from ..graph.viz import write_page
from ..loaders.facts import Facts, write_facts
from ..loaders.inputs import InputFile
from ..pipeline import load_paths
from .rotation import rotation
from ..files import write_atomically
from .store import progress_bar, report_load

__all__ = ["COMMANDS", "build"]


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the results (created if missing).")
@click.pass_context
def build(ctx: click.Context, paths: tuple[Path, ...], out: Path) -> None:
    """Read a folder of articles and publish the knowledge graph they make.

    \b
    PATHS are articles (.txt, .html) or folders of them; facts files, CSV
    tables and RDF files are taken too. Into OUT it writes:
      facts/*.yaml   the facts read from each article (the SCHEMA.md format)
      store/         the embedded store (then: thidua --store OUT/store query leaders)
      thidua.ttl     the graph as Turtle (union of all sources)
      thidua.trig    the same with one named graph per source (provenance kept)
      graph.html     the interactive graph page (works offline)
    and prints the leadership rotation of every bloc. The store is rebuilt from
    scratch (OUT/store, or --store when given), so the same inputs always give
    the same results.

    \b
    Example:
      thidua build ../shared/seeds --out out/
    """
    settings = ctx.obj
    out.mkdir(parents=True, exist_ok=True)
    store_dir = Path(settings.store_location) if settings.store_location else out / "store"
    if store_dir.is_dir() and not settings.store_location:
        shutil.rmtree(store_dir)
    store = Store(store_dir)
    settings.use(store)
    store.reset()

    def keep_extracted(item: InputFile, facts: Facts) -> None:
        if item.kind == "article":
            write_facts(facts, out / "facts" / f"{item.path.stem}.yaml")

    summary = load_paths(store, paths, default_resolver(settings.identities), on_facts=keep_extracted,
                         progress=progress_bar)
    try:
        report_load(summary, "build")
    except click.exceptions.Exit:
        pass  # skipped files were reported; build the rest, exit 1 at the end
    click.echo()
    ctx.invoke(rotation, bloc=None, fmt="table", out=None)
    write_atomically(out / "thidua.ttl", store.export("turtle"))
    write_atomically(out / "thidua.trig", store.export("trig"))
    page = write_page(store, out / "graph.html", view="all")
    click.echo(f"\nwrote {out / 'facts'}/ ({summary.counts['article']} facts files), {store_dir}/, "
               f"{out / 'thidua.ttl'}, {out / 'thidua.trig'}, {out / 'graph.html'} "
               f"({page['nodes']} nodes, {page['edges']} edges)")
    if summary.skipped:
        raise click.exceptions.Exit(1)


COMMANDS = [build]
