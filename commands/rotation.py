"""Commands that follow leadership from year to year and draw the graph: rotation, viz."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..graph.viz import VIEWS, write_page
from ..graph.views.blocs import BlocMatchError
from ..graph.views.export import to_gexf, to_graphml, to_node_link
from ..graph.views.report import FORECAST_NOTE, Rotation, load_rotation
from ..graph.views.timeline import Holder, Timeline
from .output import emit, render_json, render_table

__all__ = ["COMMANDS", "rotation", "viz", "render_rotation"]

_BLOC_HELP = ("One bloc or cluster, by its label or part of it (case, tone marks and abbreviations such as "
              "TW are forgiven).")


def _names(holders: tuple[Holder, ...]) -> str:
    return "; ".join(h.label + ("*" if h.year_basis == "context" else "") for h in holders)


def _timeline_table(timeline: Timeline) -> str:
    rows = []
    for row in timeline.rows:
        files = sorted({s.file for h in row.leaders + row.standing_deputies + row.deputies for s in h.sources})
        rows.append((row.year, _names(row.leaders), _names(row.standing_deputies), _names(row.deputies),
                     " ".join(files)))
    return render_table(["year", "leader", "standing deputy", "deputies", "sources"], rows, max_width=70)


def _by_bloc(analyses: dict[str, Any]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """bloc -> analysis name -> the items of that analysis about the bloc."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name in ("repeat_leaders", "cycles", "years_without_leader", "forecasts"):
        for item in analyses[name]:
            out.setdefault(item["bloc_iri"], {}).setdefault(name, []).append(item)
    for item in analyses["deputy_to_leader"]["observed"]:
        out.setdefault(item["bloc_iri"], {}).setdefault("observed", []).append(item)
    return out


def _bloc_section(timeline: Timeline, analyses: dict[str, list[dict[str, Any]]]) -> list[str]:
    def mine(name: str) -> list[dict[str, Any]]:
        return analyses.get(name, [])

    lines = [f"{timeline.label} ({timeline.kind})", _timeline_table(timeline)]
    if any(h.year_basis == "context" for row in timeline.rows
           for h in row.leaders + row.standing_deputies + row.deputies):
        lines.append("* year taken from the article's framing, not stated in the sentence")
    for term in timeline.undated:
        lines.append(f"no year given: {term.role.replace('_', ' ')} {term.org_label} "
                     f"({', '.join(s.file for s in term.sources)})")
    leaders = {row.year: row for row in timeline.rows if row.leaders}
    passes = [f"{y} {_names(leaders[y].leaders)} → {y + 1} {_names(leaders[y + 1].leaders)}"
              for y in sorted(leaders) if y + 1 in leaders]
    lines.append("leadership passed on: " + ("; ".join(passes) if passes else "no two consecutive years known"))
    observed = mine("observed")
    promoted = sum(1 for t in observed if t["deputy_became_leader"])
    lines.append(f"deputy became leader: {promoted} of {len(observed)} transitions observed" if observed else
                 "deputy became leader: not observed (no year with known deputies followed by a known leader)")
    repeats = mine("repeat_leaders")
    lines.append("led more than once: " + ("; ".join(
        f"{r['org']} in {', '.join(map(str, r['years']))} (intervals {', '.join(map(str, r['intervals']))})"
        for r in repeats) if repeats else "none known"))
    cycles = mine("cycles")
    lines.append("rotation cycles: " + ("; ".join(
        f"{c['org']} led in {c['from_year']} and again in {c['to_year']} ({c['length']} years"
        f"{'' if c['complete'] else ', some years between unknown'})" for c in cycles) if cycles else "none known"))
    for gaps in mine("years_without_leader"):
        span = f"{gaps['first']}–{gaps['last']}" if gaps["first"] != gaps["last"] else str(gaps["first"])
        lines.append(f"years with no known leader ({span}): " +
                     (", ".join(map(str, gaps["years"])) if gaps["years"] else "none"))
    for f in mine("forecasts"):
        lines.append(f"FORECAST for {f['year']} ({FORECAST_NOTE}):")
        if not f["candidates"]:
            lines.append("  no candidate: no other body of the bloc is known")
        for c in f["candidates"][:5]:
            lines.append(f"  {c['rank']}. {c['org']}: {'; '.join(c['reasons'])}")
        if len(f["candidates"]) > 5:
            lines.append(f"  ... and {len(f['candidates']) - 5} more (--format json lists them all)")
        lines.append("  basis: " + "; ".join(f["basis"]))
    return lines


def render_rotation(rotation: Rotation) -> str:
    """The text report of ``thidua rotation``: per bloc its timeline, analyses and forecast."""
    analyses = rotation.analyses()
    if not rotation.timelines:
        return "no leadership term in the store" + (" for this bloc" if rotation.blocs else "")
    by_bloc = _by_bloc(analyses)
    sections = ["\n".join(_bloc_section(timeline, by_bloc.get(bloc, {})))
                for bloc, timeline in rotation.timelines.items()]
    rate = analyses["deputy_to_leader"]
    if len(rotation.timelines) > 1:
        share = f" ({rate['rate']:.0%})" if rate["rate"] is not None else ""
        sections.append(f"all {len(rotation.timelines)} blocs: the deputy of one year led the next in "
                        f"{rate['promoted']} of {rate['transitions']} transitions observed{share}")
    return "\n\n".join(sections)


@click.command("rotation")
@click.option("--bloc", metavar="TEXT", help=_BLOC_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "graphml", "gexf", "node-link"]),
              default="table", show_default=True,
              help="table and json: timelines and analyses; graphml, gexf (Gephi) and node-link: the rotation graph.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout). Written whole or not at all.")
@click.pass_obj
def rotation(settings: Any, bloc: str | None, fmt: str, out: Path | None) -> None:
    """Follow each bloc's leadership from year to year.

    \b
    For every bloc (or the one --bloc names): who led, who was standing deputy
    and deputy in each year, with the sources; whom the leadership passed to;
    how often the previous year's deputy became leader; bodies that led more
    than once; the leadership returning to a body (cycles); years with no
    known leader; and a FORECAST of next year's leader, which is an
    extrapolation of the observed rotation, never a fact.

    \b
    json prints {"records": [{"bloc", "year", "role", "org", "sources", ...}],
    "analyses": {...}}. graphml, gexf and node-link write the rotation graph:
    blocs and bodies, with edges of relation "membership" (a term, with its
    role and year), "succession" (leader of Y to leader of Y+1) and
    "deputy_to_leader" (deputy of Y to leader of Y+1).

    \b
    Examples:
      thidua rotation
      thidua rotation --bloc "Nội chính" --format json
      thidua rotation --format gexf --out rotation.gexf
    """
    try:
        report = load_rotation(settings.store(), bloc)
    except BlocMatchError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "table":
        text = render_rotation(report) + "\n"
        if out is None:
            click.echo(text, nl=False)
        else:
            emit(text.encode("utf-8"), out, "table")
        return
    if fmt == "json":
        data = render_json({"records": report.records(), "analyses": report.analyses()})
    elif fmt == "node-link":
        data = render_json(to_node_link(report.graph()))
    else:
        graph = report.graph()
        emit(to_graphml(graph) if fmt == "graphml" else to_gexf(graph), out, fmt)
        return
    emit((data + "\n").encode("utf-8"), out, fmt)


@click.command("viz")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--bloc", metavar="TEXT", help=_BLOC_HELP)
@click.option("--year", type=int, help="Keep that year's facts (and those with no year).")
@click.option("--view", type=click.Choice(VIEWS), default="all", show_default=True,
              help="rotation: terms, succession, deputy to leader; membership: bodies and blocs; "
                   "honours: recipients and honours.")
@click.pass_obj
def viz(settings: Any, out: Path, bloc: str | None, year: int | None, view: str) -> None:
    """Draw the graph as one HTML page that works offline.

    \b
    Everything is inside the file (no network, no CDN): colours by kind of
    node, edges labelled with role and year, the source and quoted sentence
    of every fact on hover, a legend, a year filter and a search box. Big
    graphs are laid out once, then stay still while you pan and zoom.

    \b
    Examples:
      thidua viz --out graph.html
      thidua viz --out rotation.html --view rotation --bloc "cơ quan Đảng Trung ương" --year 2023
    """
    try:
        stats = write_page(settings.store(), out, view=view, bloc=bloc, year=year)
    except BlocMatchError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {out}: {stats['nodes']} nodes, {stats['edges']} edges ({view} view, "
               f"{stats['bytes'] // 1024} KiB, opens offline in any browser)", err=True)


COMMANDS = [rotation, viz]
