"""thidua rotation: timelines and analyses as a table or JSON, the rotation graph for Gephi."""
from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner, Result

from thidua.cli import cli
from thidua.graph.store import Store
from thidua.loaders.facts import Facts

BLOC = "Khối thi đua các bộ, ngành Nội chính Trung ương"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = tmp_path_factory.mktemp("rotation") / "kg"
    with Store(location) as kg:
        kg.load_facts([Facts.from_dict({"article": "003.txt", "blocs": [{
            "name": BLOC, "kind": "bloc", "members": ["Bộ Tư pháp"],
            "leadership": [{"year": 2023, "role": "leader", "org": "Kiểm toán Nhà nước"},
                           {"year": 2023, "role": "deputy", "org": "Tòa án nhân dân tối cao",
                            "provenance": {"quote": "Tòa án nhân dân tối cao (Khối phó Khối thi đua năm 2023)"}},
                           {"year": 2024, "role": "leader", "org": "Tòa án nhân dân tối cao"},
                           {"year": 2024, "role": "deputy", "org": "Viện kiểm sát nhân dân tối cao"}]},
            {"name": "Cụm thi đua số 4", "kind": "cluster",
             "leadership": [{"year": 2022, "role": "leader", "org": "Công an tỉnh Sơn La", "year_basis": "context"}]}]})])
    return str(location)


def run(store: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--store", store, "rotation", *args])


def test_the_table_shows_each_blocs_timeline_analyses_and_a_labelled_forecast(store: str) -> None:
    result = run(store)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.index("Cụm thi đua số 4 (cluster)") < out.index(f"{BLOC} (bloc)")
    assert "2024  Tòa án nhân dân tối cao" in out
    assert "Công an tỉnh Sơn La*" in out and "* year taken from the article's framing" in out
    assert "leadership passed on: 2023 Kiểm toán Nhà nước → 2024 Tòa án nhân dân tối cao" in out
    assert "deputy became leader: 1 of 1 transitions observed" in out
    assert "FORECAST for 2025 (a forecast extrapolated from the observed rotation, not a fact" in out
    assert "1. Viện kiểm sát nhân dân tối cao: deputy in 2024" in out
    assert "all 2 blocs: the deputy of one year led the next in 1 of 1 transitions observed (100%)" in out


def test_json_is_records_plus_analyses(store: str) -> None:
    result = run(store, "--bloc", "noi chinh", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"records", "analyses"}
    first = data["records"][0]
    assert {"bloc", "year", "role", "org", "sources"} <= set(first)
    assert [(r["year"], r["role"], r["org"]) for r in data["records"]] == [
        (2023, "leader", "Kiểm toán Nhà nước"), (2023, "deputy", "Tòa án nhân dân tối cao"),
        (2024, "leader", "Tòa án nhân dân tối cao"), (2024, "deputy", "Viện kiểm sát nhân dân tối cao")]
    assert data["records"][1]["sources"] == [
        {"file": "003.txt", "quote": "Tòa án nhân dân tối cao (Khối phó Khối thi đua năm 2023)"}]
    analyses = data["analyses"]
    assert set(analyses) == {"deputy_to_leader", "repeat_leaders", "cycles", "years_without_leader", "forecasts"}
    assert analyses["deputy_to_leader"]["rate"] == 1.0
    (forecast,) = analyses["forecasts"]
    assert forecast["kind"] == "forecast" and forecast["likeliest"] == ["Viện kiểm sát nhân dân tối cao"]


@pytest.mark.parametrize("fmt,read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_the_rotation_graph_for_gephi(store: str, tmp_path: Path, fmt: str, read: object) -> None:
    out = tmp_path / f"rotation.{fmt}"
    result = run(store, "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    graph = read(io.BytesIO(out.read_bytes()))  # type: ignore[operator]
    relations = sorted(d["relation"] for _, _, d in graph.edges(data=True))
    assert relations == ["deputy_to_leader", "membership", "membership", "membership", "membership",
                         "membership", "succession"]


def test_node_link_to_stdout(store: str) -> None:
    data = json.loads(run(store, "--format", "node-link", "--bloc", "Cụm 4").output)
    assert [n["label"] for n in data["nodes"]] == ["Cụm thi đua số 4", "Công an tỉnh Sơn La"]


@pytest.mark.parametrize("text,message", [("Cụm 9", "no bloc matches 'Cụm 9'"), ("thi đua", "matches 2 blocs")])
def test_a_bloc_that_matches_nothing_or_several_is_one_line(store: str, text: str, message: str) -> None:
    result = run(store, "--bloc", text)
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_an_empty_store_says_so(tmp_path: Path) -> None:
    result = run(str(tmp_path / "empty"))
    assert result.exit_code == 0 and result.output == "no leadership term in the store\n"
