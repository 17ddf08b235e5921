"""The interactive graph page: one self-contained HTML file that works with no network.

The graph comes from the views (:mod:`thidua.graph.views`); pyvis turns it
into vis-network nodes, edges and options; the page is thidua's own template
(``graph/templates/page.*``), with vis-network's script and style inlined from
the copy pyvis ships. pyvis's own template is not used: even with
``cdn_resources="in_line"`` it loads Bootstrap and tom-select from a CDN, and
``write_html`` writes in the locale's encoding.

Safety: every string from an article travels as JSON inside a
``<script type="application/json">`` (``<``, ``>``, ``&`` escaped), and the
page puts it on screen only through ``textContent`` or the canvas, so a body
named ``<img src=x onerror=alert(1)>`` shows as text. A Content-Security-Policy
allows only the page's own two scripts (by hash) and no request at all.

>>> from thidua.graph.store import Store
>>> from thidua.loaders.facts import Facts
>>> kg = Store(":memory:")
>>> _ = kg.load_facts([Facts.from_dict({"article": "a.txt", "blocs": [{"name": "Khối thi đua X", "kind": "bloc",
...     "members": ["Ban A"], "leadership": [{"year": 2023, "role": "leader", "org": "Ban A"}]}]})])
>>> html = render_page(page_graph(kg))
>>> "<script src" in html or "https://cdn" in html
False
"""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FunctionLoader, select_autoescape
from markupsafe import Markup
import pyvis
from pyvis.network import Network

from .. import __version__
from ..files import write_atomically
from ..ontology import notations, ontology_graph
from ..ontology.vocab import SKOS, TDKT
from .views.blocs import resolve_bloc
from .views.honours import HONOUR, honours_graph
from .views.layout import initial_layout
from .views.membership import MEMBERSHIP, membership_graph
from .views.records import (MEMBER, Conferral, Selectable, Source, fetch_blocs, fetch_body_kinds,
                            fetch_conferrals, fetch_memberships, fetch_terms)
from .views.succession import DEPUTY_TO_LEADER, SUCCESSION, rotation_graph

__all__ = ["VIEWS", "page_graph", "in_year", "render_page", "write_page", "BIG_GRAPH"]

#: What the page can show.
VIEWS = ("rotation", "membership", "honours", "all")
#: From this many nodes on, the page trades looks for speed (straight edges, fewer layout steps).
BIG_GRAPH = 400

_TITLES = {"rotation": "Leadership rotation of emulation blocs", "membership": "Members of emulation blocs",
           "honours": "Honours proposed and conferred", "all": "Emulation blocs: leadership, members and honours"}

# -- the look ---------------------------------------------------------------------------------------

#: kind -> (shape, fill, border, legend text)
_NODE_STYLE = {
    "bloc": ("box", "#1d3557", "#1d3557", "Emulation bloc (Khối thi đua)"),
    "cluster": ("box", "#457b9d", "#457b9d", "Emulation cluster (Cụm thi đua)"),
    "body": ("dot", "#a8dadc", "#457b9d", "Body (kind not known)"),
    "person": ("triangle", "#ffb4a2", "#c9737a", "Person"),
    "honour": ("star", "#ffd166", "#b8860b", "Honour"),
}
#: Bodies by their kind (skos:notation in tdkt:BodyKindScheme), first match in this order.
_BODY_KIND_COLOUR = {
    "party": "#e76f51", "state": "#f4a261", "socio_political": "#2a9d8f", "press": "#9d8bd6",
    "academy": "#e9c46a", "armed_forces": "#6a994e", "economic": "#bc6c25", "province_level": "#90be6d",
    "other": "#adb5bd",
}
#: edge style name -> (colour, width, dashes)
_EDGE_STYLE = {
    "leader": ("#d62839", 3.0, False),
    "standing_deputy": ("#f28f3b", 2.5, False),
    "deputy": ("#e9b44c", 2.0, False),
    "member": ("#c3cad6", 1.0, False),
    SUCCESSION: ("#1d3557", 2.5, False),
    DEPUTY_TO_LEADER: ("#2a9d8f", 2.0, True),
    "proposed": ("#b8860b", 1.5, True),
    "conferred": ("#b8860b", 2.0, False),
}


@lru_cache(maxsize=1)
def _concept_labels() -> dict[str, dict[str, str]]:
    """Display names of roles and kinds of body, read from the ontology (notation -> lang -> label)."""
    graph = ontology_graph()
    out: dict[str, dict[str, str]] = {}
    for scheme in (TDKT.BlocRoleScheme, TDKT.BodyKindScheme):
        for note, concept in notations(scheme).items():
            labels = {str(label.language): str(label) for label in graph.objects(concept, SKOS.prefLabel)}
            cluster = [str(a) for a in graph.objects(concept, SKOS.altLabel) if str(a).startswith("Cụm ")]
            labels["cluster"] = min(cluster) if cluster else labels.get("vi", note)
            out[note] = labels
    return out


def _role(role: str, lang: str = "en") -> str:
    return _concept_labels().get(role, {}).get(lang, role.replace("_", " "))


def _edge_legend_text() -> dict[str, str]:
    return {
        "leader": f"Leader ({_role('leader', 'vi')}), with year",
        "standing_deputy": f"Standing deputy ({_role('standing_deputy', 'vi')})",
        "deputy": f"Deputy ({_role('deputy', 'vi')})",
        "member": "Member of the bloc",
        SUCCESSION: "Leadership passed on, year Y → Y+1",
        DEPUTY_TO_LEADER: "Deputy in Y → leader in Y+1",
        "proposed": "Honour proposed",
        "conferred": "Honour conferred",
    }


# -- the graph the page shows ------------------------------------------------------------------------


def _bloc_conferrals(conferrals: list[Conferral], bloc: str, bodies: set[str]) -> list[Conferral]:
    """The conferrals about one bloc: for one of its bodies, or granted or proposed by the bloc."""
    return [c for c in conferrals if c.recipient in bodies or bloc in (c.grantor, c.proposer)]


def page_graph(store: Selectable, view: str = "all", bloc: str | None = None,
               year: int | None = None) -> nx.MultiDiGraph:
    """The graph one page shows: a view of the store, for one bloc and one year if asked.

    ``bloc`` is (part of) a bloc's label or its IRI; with it, the honours
    view keeps the honours of the bloc's bodies and those the bloc granted or
    proposed. ``year`` keeps what :func:`in_year` keeps.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (one of {', '.join(VIEWS)})")
    blocs = fetch_blocs(store)
    bloc_id = resolve_bloc(blocs, bloc) if bloc else None
    terms = fetch_terms(store, bloc=bloc_id)
    graphs = []
    if view in ("rotation", "all"):
        graphs.append(rotation_graph(terms))
    memberships = fetch_memberships(store, bloc=bloc_id) if view in ("membership", "honours", "all") else []
    if view in ("membership", "all"):
        graphs.append(membership_graph(memberships, terms))
    if view in ("honours", "all"):
        conferrals = fetch_conferrals(store)
        if bloc_id is not None:
            bodies = {t.org for t in terms} | {m.org for m in memberships}
            conferrals = _bloc_conferrals(conferrals, bloc_id, bodies)
        graphs.append(honours_graph(conferrals))
    graph = nx.compose_all(graphs) if graphs else nx.MultiDiGraph()
    kinds = fetch_body_kinds(store)
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "body" and node in kinds:
            data["body_kinds"] = kinds[node]
    graph.graph.update(view=view, bloc=bloc_id, bloc_label=blocs.get(bloc_id or ""), year=year)
    return in_year(graph, year) if year is not None else graph


def _edge_years(data: dict[str, Any]) -> tuple[int, ...]:
    if data.get("years"):
        return tuple(data["years"])
    return () if data.get("year") is None else (data["year"],)


def in_year(graph: nx.MultiDiGraph, year: int) -> nx.MultiDiGraph:
    """What the page's year filter shows for ``year``: edges of that year and edges with no year,
    the nodes they touch, and edgeless nodes of that year (or of none).

    >>> g = nx.MultiDiGraph()
    >>> g.add_edges_from([("A", "K", {"year": 2022}), ("B", "K", {"year": 2023}), ("C", "K", {"year": None}),
    ...                   ("A", "B", {"years": (2022, 2023)})])
    [0, 0, 0, 0]
    >>> sorted(in_year(g, 2023).edges())
    [('A', 'B'), ('B', 'K'), ('C', 'K')]
    """
    kept = nx.MultiDiGraph()
    kept.graph.update(graph.graph, year=year)
    for u, v, key, data in graph.edges(keys=True, data=True):
        years = _edge_years(data)
        if not years or year in years:
            kept.add_node(u, **graph.nodes[u])
            kept.add_node(v, **graph.nodes[v])
            kept.add_edge(u, v, key=key, **data)
    for node, data in graph.nodes(data=True):
        if graph.degree(node) == 0 and (not data.get("years") or year in data["years"]):
            kept.add_node(node, **data)
    return kept


# -- graph -> vis-network items --------------------------------------------------------------------


def _sources(sources: tuple[Source, ...]) -> list[dict[str, Any]]:
    return [{"file": s.file, "quote": s.quote} for s in sources]


def _body_colour(data: dict[str, Any]) -> tuple[str, str | None]:
    kinds = data.get("body_kinds", ())
    for kind, colour in _BODY_KIND_COLOUR.items():
        if kind in kinds:
            return colour, kind
    return _NODE_STYLE["body"][1], None


def _node_tip(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> dict[str, Any]:
    kind = data.get("kind", "body")
    lines = []
    if kind in ("bloc", "cluster"):
        lines.append(_NODE_STYLE[kind][3])
        members = {u for u, _, d in graph.in_edges(node, data=True) if d.get("relation") == MEMBERSHIP}
        lines.append(f"{len(members)} bod{'y' if len(members) == 1 else 'ies'} in this graph")
    elif kind == "honour":
        lines.append("Honour" + (f", written: {'; '.join(data['as_written'])}" if data.get("as_written") else ""))
        lines.append(f"proposed for {data.get('proposed', 0)}, conferred on {data.get('conferred', 0)} recipient(s) "
                     f"in {data.get('statements', 0)} statement(s)")
        if data.get("years"):
            lines.append("years of achievement: " + ", ".join(str(y) for y in data["years"]))
    else:
        kinds = [_concept_labels().get(k, {}).get("en", k) for k in data.get("body_kinds", ())]
        lines.append(("Person" if kind == "person" else "Body") + (f" ({', '.join(kinds)})" if kinds else ""))
        roles = sorted((d.get("year") or 0, _role(d["role"]), graph.nodes[v].get("label", v))
                       for _, v, d in graph.out_edges(node, data=True)
                       if d.get("relation") == MEMBERSHIP and d.get("role") != MEMBER)
        lines.extend(f"{role} of {bloc}{f' in {y}' if y else ''}" for y, role, bloc in roles)
    return {"title": data.get("label", node), "lines": lines, "sources": [], "iri": node}


def _edge_item(graph: nx.MultiDiGraph, u: str, v: str, data: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(style, label, tip) of one edge."""
    relation = data.get("relation")
    name = {n: graph.nodes[n].get("label", n) for n in (u, v)}
    sources = _sources(data.get("sources", ()))
    if relation == MEMBERSHIP:
        role, year = data["role"], data.get("year")
        kind = graph.nodes[v].get("kind", "bloc")
        vi = _role(role, "cluster" if kind == "cluster" else "vi")
        when = f" in {year}" if year else " (year not stated)"
        basis = {"context": "year taken from the article's framing", "stated": "year stated"}.get(
            data.get("year_basis") or "", "")
        lines = [f"{_role(role)} ({vi}) of {name[v]}{when}"] + ([basis] if basis else [])
        label = f"{_role(role)} {year}" if year else ("" if role == MEMBER else _role(role))
        return role, label, {"title": name[u], "lines": lines, "sources": sources}
    if relation == SUCCESSION:
        y0, y1 = data["years"]
        return SUCCESSION, f"{y0}→{y1}", {
            "title": f"Leadership of {data['bloc_label']}",
            "lines": [f"{name[u]} led in {y0}", f"{name[v]} led in {y1}"], "sources": sources}
    if relation == DEPUTY_TO_LEADER:
        y0, y1 = data["years"]
        became = "the deputy became leader" if data.get("promoted") else "another body became leader"
        return DEPUTY_TO_LEADER, f"{_role(data['role'])} {y0} → leader {y1}", {
            "title": f"{data['bloc_label']}: {became}",
            "lines": [f"{name[u]}: {_role(data['role'])} in {y0}", f"{name[v]}: leader in {y1}"],
            "sources": sources}
    if relation == HONOUR:
        status, year = data["status"], data.get("year")
        lines = [f"{status} for {name[u]}" + (f", achievements of {year}" if year else "")]
        if data.get("as_written"):
            lines.append(f"written: {data['as_written']}")
        for what, key in (("granted by", "grantor_label"), ("proposed by", "proposer_label")):
            if data.get(key):
                lines.append(f"{what} {data[key]}")
        return status, f"{status} {year}" if year else status, {"title": name[v], "lines": lines, "sources": sources}
    return "member", "", {"title": f"{name[u]} → {name[v]}", "lines": [], "sources": sources}


@dataclass
class _Page:
    """A graph turned into vis-network items, plus what the legend needs."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    node_kinds: list[str]
    body_kinds: list[str]
    edge_styles: list[str]
    years: list[int]


def _options(nodes: int) -> dict[str, Any]:
    big = nodes >= BIG_GRAPH
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {
            "enabled": nodes > 0,
            "solver": "barnesHut",
            # avoidOverlap reads better but costs too much on a big graph, which starts untangled anyway
            "barnesHut": {"gravitationalConstant": -5500, "centralGravity": 0.3 if big else 0.6, "springLength": 120,
                          "springConstant": 0.03, "damping": 0.5 if big else 0.4, "avoidOverlap": 0 if big else 1},
            # the starting layout is already untangled: the bigger the graph, the fewer steps it needs
            "stabilization": {"enabled": True, "iterations": max(30, min(400, 60_000 // max(nodes, 1))),
                              "updateInterval": 10,
                              "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "keyboard": {"enabled": True, "bindToWindow": False}, "multiselect": True},
        "nodes": {"font": {"size": 17, "face": "system-ui, sans-serif", "color": "#1d2433",
                           "strokeWidth": 4, "strokeColor": "#ffffff"}, "borderWidth": 1.5},
        "edges": {"smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.2},
                  "font": {"size": 13, "face": "system-ui, sans-serif", "color": "#37425a", "strokeWidth": 4,
                           "strokeColor": "#ffffff", "align": "middle"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
                  "selectionWidth": 2, "hoverWidth": 1.5},
    }


def _network(graph: nx.MultiDiGraph) -> _Page:
    """Build the pyvis network of a graph and take its nodes, edges and options."""
    net = Network(directed=True, height="100%", width="100%")
    node_kinds, body_kinds, years = set(), set(), set()
    positions = initial_layout(graph)
    for node in sorted(graph, key=lambda n: (graph.nodes[n].get("kind", ""), graph.nodes[n].get("label", n), n)):
        data = graph.nodes[node]
        kind = data.get("kind", "body")
        shape, fill, border, _ = _NODE_STYLE.get(kind, _NODE_STYLE["body"])
        body_kind = None
        if kind == "body":
            fill, body_kind = _body_colour(data)
            if body_kind:
                body_kinds.add(body_kind)
        node_kinds.add(kind if body_kind is None else "")
        label = str(data.get("label", node))
        item: dict[str, Any] = {
            "color": {"background": fill, "border": border,
                      "highlight": {"background": fill, "border": "#111111"},
                      "hover": {"background": fill, "border": "#111111"}},
            "kind": kind, "tip": _node_tip(graph, node, data), "years": list(data.get("years", ())), "search": label,
            "x": positions[node][0], "y": positions[node][1],
        }
        if kind in ("bloc", "cluster"):
            item.update(font={"color": "#ffffff", "size": 18, "strokeWidth": 0}, margin=8,
                        widthConstraint={"maximum": 230})
        elif kind == "honour":
            item.update(size=17, widthConstraint={"maximum": 170})
        else:
            item.update(size=11, widthConstraint={"maximum": 170})
        years.update(data.get("years", ()))
        net.add_node(node, label=label, shape=shape, **item)
    edges: list[tuple[str, str, Any, dict[str, Any]]] = sorted(
        graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    styles: set[str] = set()
    parallel: dict[frozenset[str], int] = {}
    for index, (u, v, _key, data) in enumerate(edges):
        style, label, tip = _edge_item(graph, u, v, data)
        styles.add(style)
        colour, width, dashes = _EDGE_STYLE[style]
        edge_years = _edge_years(data)
        years.update(edge_years)
        options: dict[str, Any] = {"id": f"e{index}", "label": label, "color": {"color": colour, "highlight": "#111111",
                                   "hover": "#111111"}, "width": width, "dashes": dashes, "tip": tip,
                                   "years": list(edge_years)}
        pair = frozenset((u, v))
        seen = parallel.get(pair, 0)
        parallel[pair] = seen + 1
        if seen and u != v:
            options["smooth"] = {"enabled": True, "type": "curvedCW" if seen % 2 else "curvedCCW",
                                 "roundness": 0.18 * ((seen + 1) // 2)}
        net.add_edge(u, v, **options)
    nodes, vis_edges, _heading, _height, _width, _options_json = net.get_network_data()
    return _Page(nodes, vis_edges, _options(len(nodes)), sorted(node_kinds - {""}, key=list(_NODE_STYLE).index),
                 sorted(body_kinds, key=list(_BODY_KIND_COLOUR).index), sorted(styles, key=list(_EDGE_STYLE).index),
                 sorted(years))


# -- the HTML ---------------------------------------------------------------------------------------


def _template_source(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def _vis_file(name: str) -> str:
    """A file of the vis-network copy pyvis ships."""
    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FunctionLoader(_template_source), autoescape=select_autoescape(default=True),
                      keep_trailing_newline=True)
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False}
    return env


def _trusted(text: str, tag: str) -> Markup:
    """Bundled code to inline as is: it must not close its own element early."""
    if f"</{tag}" in text.lower():
        raise ValueError(f"cannot inline code that contains </{tag}")
    return Markup(text)


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def render_page(graph: nx.MultiDiGraph, title: str | None = None) -> str:
    """The HTML page of a graph (from :func:`page_graph`), everything inlined."""
    page = _network(graph)
    view = graph.graph.get("view", "all")
    filters = []
    if graph.graph.get("bloc_label"):
        filters.append(f"bloc {graph.graph['bloc_label']}")
    if graph.graph.get("year") is not None:
        filters.append(f"year {graph.graph['year']}")
    stats = {"nodes": len(page.nodes), "edges": len(page.edges)}
    subtitle = " · ".join([f"{stats['nodes']} nodes, {stats['edges']} edges", f"view: {view}", *filters,
                           "every edge cites its sources"])
    vis_js, page_js = _vis_file("vis-network.min.js"), _template_source("page.js")
    edge_text = _edge_legend_text()
    legend_nodes = [{"label": _NODE_STYLE[k][3], "shape": _NODE_STYLE[k][0], "color": _NODE_STYLE[k][1],
                     "border": _NODE_STYLE[k][2]} for k in page.node_kinds]
    bodies_at = sum(1 for k in page.node_kinds if k in ("bloc", "cluster"))
    legend_nodes[bodies_at:bodies_at] = [
        {"label": "Body: " + _concept_labels()[k]["en"], "shape": "dot", "color": _BODY_KIND_COLOUR[k],
         "border": _NODE_STYLE["body"][2]} for k in page.body_kinds]
    legend_edges = [{"label": edge_text[s], "color": _EDGE_STYLE[s][0], "width": max(1, round(_EDGE_STYLE[s][1])),
                     "dashes": _EDGE_STYLE[s][2]} for s in page.edge_styles]
    template = _environment().get_template("page.html")
    return template.render(
        title=title or _TITLES.get(view, _TITLES["all"]), subtitle=subtitle, version=__version__,
        years=page.years, legend_nodes=legend_nodes, legend_edges=legend_edges, stats=stats,
        filters=", ".join(filters), data={"nodes": page.nodes, "edges": page.edges, "options": page.options},
        script_hashes=" ".join((_hash(vis_js), _hash(page_js))),
        vis_css=_trusted(_vis_file("vis-network.css"), "style"), page_css=_trusted(_template_source("page.css"), "style"),
        vis_js=_trusted(vis_js, "script"), page_js=_trusted(page_js, "script"))


def write_page(store: Selectable, out_path: str | os.PathLike[str], view: str = "all", bloc: str | None = None,
               year: int | None = None) -> dict[str, int]:
    """Write the graph page of a store to ``out_path`` (UTF-8) and return its size.

    Parameters
    ----------
    store : the store to draw (:class:`~thidua.graph.store.Store`).
    out_path : the HTML file to write; its folder is created if missing.
    view : "rotation", "membership", "honours" or "all".
    bloc : (part of) one bloc's label, or its IRI; raises
        :class:`~thidua.graph.views.blocs.BlocMatchError` when it names none or several.
    year : keep that year's facts and those with no year.

    Returns
    -------
    dict with ``nodes`` and ``edges`` (as drawn) and ``bytes`` (the file's size).
    """
    graph = page_graph(store, view=view, bloc=bloc, year=year)
    html = render_page(graph).encode("utf-8")
    path = Path(out_path)
    write_atomically(path, html)
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "bytes": len(html)}
