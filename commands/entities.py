"""The ``entities`` command: the bodies (blocs, persons) of the store, every spelling that met at each node,
and the pairs of nodes a researcher should review."""
from __future__ import annotations

from typing import Any

import click

from ..graph.entities import EntityRecord, entity_records
from ..graph.identity_file import bundled_identities, read_identities
from ..graph.similar import candidates, render_yaml
from .output import render_json, render_table

__all__ = ["COMMANDS", "entities"]


def _names(record: EntityRecord) -> str:
    return " | ".join(f"{name} [{', '.join(sorted(files))}]" for name, files in sorted(record.names.items()))


@click.command("entities")
@click.option("--kind", type=click.Choice(["body", "bloc", "person"]), default="body", show_default=True,
              help="Which nodes to list.")
@click.option("--similar", is_flag=True,
              help="Print pairs of nodes that look like one, as YAML to paste into an identity file.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--max-width", default=90, show_default=True, help="Widest table cell before it is cut.")
@click.pass_obj
def entities(settings: Any, kind: str, similar: bool, fmt: str, max_width: int) -> None:
    """List bodies with every name the sources wrote for them, and how each name met its node.

    \b
    Each row is one node (body/<id> for a gazetteer body, body/<province>/...
    for one qualified by its province, body/unscoped/... for a name nothing
    could place) with its display label, the names as written [with their
    sources] and how they were resolved: gazetteer, scope, key, unscoped,
    curated. --similar prints candidate pairs instead, as YAML for the
    identity file (same_as: to merge, different: to stop the proposal).

    \b
    Examples:
      thidua entities
      thidua entities --kind bloc --format json
      thidua entities --similar > review.yaml    # edit, then:
      thidua --identities review.yaml load ../shared/seeds/
    """
    records = entity_records(settings.store(), kind)
    if similar:
        identities = read_identities(settings.identities) if settings.identities else bundled_identities()
        click.echo(render_yaml(candidates(records, identities), kind), nl=False)
        return
    if fmt == "json":
        click.echo(render_json([r.to_dict() for r in records]))
        return
    rows = [(r.text, r.label, _names(r), " ".join(sorted(r.how))) for r in records]
    click.echo(render_table(["node", "label", "names as written [sources]", "resolved by"], rows,
                            max_width=max_width))


COMMANDS = [entities]
