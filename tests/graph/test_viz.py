"""The graph page without a browser: which graph it draws, and an HTML file that is
self-contained, escaped, UTF-8 and says what it holds."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from thidua.cli import cli
from thidua.graph.store import Store
from thidua.graph.views.blocs import AmbiguousBloc, NoSuchBloc
from thidua.graph.viz import in_year, page_graph, render_page, write_page
from thidua.loaders.facts import Facts

HOSTILE = "<img src=x onerror=alert(1)>"
CLOSER = "Khối thi đua </script><script>alert(2)</script>"
PARTY = "Khối thi đua các cơ quan Đảng Trung ương"


def facts() -> list[Facts]:
    return [
        Facts.from_dict({"article": "a.txt", "blocs": [{
            "name": PARTY, "kind": "bloc", "members": ["Ban Dân vận Trung ương", "Ban Tổ chức Trung ương"],
            "leadership": [{"year": 2022, "role": "leader", "org": "Ban Dân vận Trung ương",
                            "provenance": {"quote": "Ban Dân vận Trung ương (đơn vị Khối trưởng)"}},
                           {"year": 2022, "role": "deputy", "org": "Ban Tổ chức Trung ương"},
                           {"year": 2023, "role": "leader", "org": "Ban Tổ chức Trung ương"}]}],
            "awards": [{"award": "Cờ thi đua", "recipient": "Ban Tổ chức Trung ương", "recipient_kind": "collective",
                        "status": "proposed", "year": 2023},
                       {"award": "Bằng khen", "recipient_count": 5, "recipient_kind": "collective",
                        "status": "conferred", "year": 2022}]}),
        Facts.from_dict({"article": "b.txt", "blocs": [{
            "name": CLOSER, "kind": "cluster", "members": [HOSTILE],
            "leadership": [{"year": 2023, "role": "leader", "org": HOSTILE,
                            "provenance": {"quote": f"{HOSTILE} làm Cụm trưởng"}}]}]}),
    ]


@pytest.fixture(scope="module")
def store() -> Store:
    kg = Store(":memory:")
    kg.load_facts(facts())
    return kg


def relations(graph: Any) -> list[tuple[str, str]]:
    return sorted({(d["relation"], d.get("role") or d.get("status") or "") for _, _, d in graph.edges(data=True)})


class TestWhatEachViewDraws:
    def test_rotation_terms_succession_and_deputy_edges(self, store: Store) -> None:
        graph = page_graph(store, view="rotation")
        assert relations(graph) == [("deputy_to_leader", "deputy"), ("membership", "deputy"),
                                    ("membership", "leader"), ("succession", "")]
        assert {d["kind"] for _, d in graph.nodes(data=True)} == {"bloc", "cluster", "body"}

    def test_membership_members_and_terms(self, store: Store) -> None:
        graph = page_graph(store, view="membership")
        assert relations(graph) == [("membership", "deputy"), ("membership", "leader"), ("membership", "member")]

    def test_honours_named_recipients_and_tallies(self, store: Store) -> None:
        graph = page_graph(store, view="honours")
        assert relations(graph) == [("honour", "proposed")]
        tallies = sorted((d["label"], d["proposed"], d["conferred"]) for _, d in graph.nodes(data=True)
                         if d["kind"] == "honour")
        assert tallies == [("Bằng khen", 0, 5), ("Cờ thi đua", 1, 0)]

    def test_all_is_the_union(self, store: Store) -> None:
        everything = page_graph(store)
        parts = [page_graph(store, view=v) for v in ("rotation", "membership", "honours")]
        assert set(everything.nodes) == set().union(*(p.nodes for p in parts))
        # 3 memberships, 4 terms, 1 succession, 1 deputy to leader, 1 named honour
        assert everything.number_of_edges() == 3 + 4 + 1 + 1 + 1
        assert sorted(relations(everything)) == sorted(set(relations(parts[0]) + relations(parts[1])
                                                           + relations(parts[2])))

    def test_one_bloc_keeps_its_bodies_and_their_honours(self, store: Store) -> None:
        graph = page_graph(store, bloc="Đảng TW")
        labels = {d["label"] for _, d in graph.nodes(data=True)}
        assert HOSTILE not in labels and CLOSER not in labels
        assert {"Ban Dân vận Trung ương", "Ban Tổ chức Trung ương", "Cờ thi đua"} <= labels
        assert "Bằng khen" not in labels  # counted recipients: not about this bloc's bodies

    def test_one_year_keeps_that_years_edges_and_those_with_none(self, store: Store) -> None:
        graph = page_graph(store, view="membership", bloc=PARTY, year=2023)
        edges = sorted((graph.nodes[u]["label"], d["role"], d["year"]) for u, _, d in graph.edges(data=True))
        assert edges == [("Ban Dân vận Trung ương", "member", None), ("Ban Tổ chức Trung ương", "leader", 2023),
                         ("Ban Tổ chức Trung ương", "member", None)]

    def test_a_bloc_that_is_not_there_or_ambiguous(self, store: Store) -> None:
        with pytest.raises(NoSuchBloc):
            page_graph(store, bloc="Cụm thi đua số 99")
        with pytest.raises(AmbiguousBloc):
            page_graph(store, bloc="khối thi đua")
        with pytest.raises(ValueError, match="unknown view"):
            page_graph(store, view="everything")


def test_in_year_keeps_edgeless_nodes_of_that_year_only() -> None:
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node("H1", kind="honour", years=(2022,))
    graph.add_node("H2", kind="honour", years=(2023,))
    graph.add_node("H3", kind="honour", years=())
    graph.add_edge("A", "B", years=(2021, 2022))
    kept = in_year(graph, 2022)
    assert sorted(kept.nodes) == ["A", "B", "H1", "H3"]
    assert sorted(in_year(graph, 2023).nodes) == ["H2", "H3"]


# -- the HTML ---------------------------------------------------------------------------------------


def page_data(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="thidua-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def html(store: Store) -> str:
    return render_page(page_graph(store))


def test_the_page_references_nothing_outside_itself(html: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html, re.I)
    assert not re.search(r"\b(src|href)\s*=\s*['\"]?(https?:)?//", html, re.I)


def test_the_content_security_policy_allows_only_the_pages_own_scripts(html: str) -> None:
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert policy
    csp = policy.group(1).replace("&#39;", "'")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_strings_from_articles_cannot_break_out_and_arrive_intact(html: str) -> None:
    assert HOSTILE not in html and "</script><script>alert(2)" not in html
    data = page_data(html)
    labels = {n["label"] for n in data["nodes"]}
    assert {HOSTILE, CLOSER} <= labels  # the JSON still carries them exactly, as data
    quotes = [s["quote"] for e in data["edges"] for s in e["tip"]["sources"] if s["quote"]]
    assert f"{HOSTILE} làm Cụm trưởng" in quotes


def test_edges_are_labelled_by_role_and_year_and_nodes_coloured_by_kind(html: str) -> None:
    data = page_data(html)
    labels = {e["label"] for e in data["edges"]}
    assert {"leader 2022", "deputy 2022", "leader 2023", "2022→2023", "deputy 2022 → leader 2023",
            "proposed 2023"} <= labels
    colours = {n["kind"]: n["color"]["background"] for n in data["nodes"]}
    assert len({colours["bloc"], colours["cluster"], colours["body"], colours["honour"]}) == 4
    assert "Legend" in html and 'id="year"' in html and 'id="search"' in html
    assert [o for o in re.findall(r'<option value="(\d+)">', html)] == ["2022", "2023"]


def test_write_page_writes_utf8_whatever_the_locale(tmp_path: Path) -> None:
    # pyvis's write_html uses the locale's encoding; the page must not.
    script = tmp_path / "draw.py"
    script.write_text(
        "import sys\n"
        "from thidua.graph.store import Store\n"
        "from thidua.graph.viz import write_page\n"
        "from thidua.loaders.facts import Facts\n"
        "kg = Store(':memory:')\n"
        "kg.load_facts([Facts.from_dict({'article': 'a.txt', 'blocs': [{'name': 'Kh\\u1ed1i thi \\u0111ua X',\n"
        "    'kind': 'bloc', 'members': ['Ban T\\u1ed5 ch\\u1ee9c Trung \\u01b0\\u01a1ng']}]})])\n"
        "print(write_page(kg, sys.argv[1]))\n", encoding="ascii")
    out = tmp_path / "deep" / "page.html"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, str(script), str(out)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = out.read_bytes().decode("utf-8")
    assert "Ban Tổ chức Trung ương" in text and '<meta charset="utf-8">' in text
    assert "{'nodes': 2, 'edges': 1" in done.stdout


def test_write_page_returns_what_it_drew(store: Store, tmp_path: Path) -> None:
    stats = write_page(store, tmp_path / "p.html", view="rotation")
    data = page_data((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert (stats["nodes"], stats["edges"]) == (len(data["nodes"]), len(data["edges"]))
    assert stats["bytes"] == (tmp_path / "p.html").stat().st_size


def test_a_big_graph_trades_looks_for_speed() -> None:
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node("K", kind="bloc", label="K")
    graph.add_edges_from((f"b{i}", "K", {"relation": "membership", "role": "member", "year": None})
                         for i in range(500))
    data = page_data(render_page(graph))
    assert data["options"]["edges"]["smooth"] is False
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True
    assert data["options"]["physics"]["stabilization"]["iterations"] < 300
    assert all("x" in n and "y" in n for n in data["nodes"])  # laid out before the browser starts


# -- the command --------------------------------------------------------------------------------------


@pytest.fixture()
def disk_store(tmp_path: Path) -> str:
    location = tmp_path / "kg"
    with Store(location) as kg:
        kg.load_facts(facts())
    return str(location)


def test_thidua_viz_writes_the_page_and_says_what_it_holds(disk_store: str, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(cli, ["--store", disk_store, "viz", "--out", str(out), "--view", "rotation",
                                      "--bloc", "đảng trung ương", "--year", "2023"])
    assert result.exit_code == 0, result.output
    assert re.search(r"wrote .*graph\.html: 3 nodes, 3 edges \(rotation view", result.output)
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 3


def test_thidua_viz_says_in_one_line_when_the_bloc_is_ambiguous(disk_store: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", disk_store, "viz", "--out", str(tmp_path / "g.html"),
                                      "--bloc", "Khối thi đua"])
    assert result.exit_code == 1
    assert "matches 2 blocs" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "g.html").exists()
