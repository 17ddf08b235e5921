"""The command line: every command has help with an example; user mistakes are one clean line."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli

FACTS = """article: cli.txt
published: 2022-03-01
blocs:
  - name: Cụm thi đua số 4
    kind: cluster
    members: [Công an tỉnh Sơn La, Công an tỉnh Điện Biên]
    leadership:
      - {year: 2022, role: leader, org: Công an tỉnh Sơn La}
"""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def store(tmp_path: Path) -> str:
    return str(tmp_path / "kg")


@pytest.fixture()
def facts_file(tmp_path: Path) -> Path:
    path = tmp_path / "cli.yaml"
    path.write_text(FACTS, encoding="utf-8")
    return path


def _run(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_help_lists_every_command_and_each_has_an_example(runner: CliRunner) -> None:
    result = _run(runner, "--help")
    assert result.exit_code == 0
    for name, command in cli.commands.items():
        assert name in result.output
        assert "Example" in (command.help or ""), f"thidua {name} --help has no example"


def test_load_query_export_round_trip(runner: CliRunner, store: str, facts_file: Path, tmp_path: Path) -> None:
    result = _run(runner, "--store", store, "load", str(facts_file))
    assert result.exit_code == 0, result.output
    assert "loaded 1 source" in result.output and "+" in result.output
    again = _run(runner, "--store", store, "load", str(facts_file))
    assert "+0 triples" in again.output
    rows = json.loads(_run(runner, "--store", store, "query", "leaders", "--format", "json").output)
    assert [(r["year"], r["role"], r["orgLabel"]) for r in rows] == [(2022, "leader", "Công an tỉnh Sơn La")]
    out = tmp_path / "kg.ttl"
    result = _run(runner, "--store", store, "export", "--out", str(out))
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("@prefix")


def test_query_formats(runner: CliRunner, store: str, facts_file: Path) -> None:
    _run(runner, "--store", store, "load", str(facts_file))
    q = "SELECT ?label WHERE { ?b a tdkt:EmulationCluster ; rdfs:label ?label }"
    table = _run(runner, "--store", store, "query", q).output
    assert "Cụm thi đua số 4" in table and "(1 row)" in table
    assert _run(runner, "--store", store, "query", q, "--format", "csv").output == "label\nCụm thi đua số 4\n"
    srj = json.loads(_run(runner, "--store", store, "query", q, "--format", "srj").output)
    assert srj["results"]["bindings"][0]["label"]["value"] == "Cụm thi đua số 4"
    assert "<sparql" in _run(runner, "--store", store, "query", q, "--format", "srx").output
    assert _run(runner, "--store", store, "query", "ASK { ?b a tdkt:EmulationCluster }").output.strip() == "true"
    assert _run(runner, "--store", store, "query", "-", input=q).output == table


def test_query_from_a_file_and_the_list_of_named_queries(runner: CliRunner, store: str, tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text("SELECT (1 AS ?one) WHERE {}", encoding="utf-8")
    assert "1" in _run(runner, "--store", store, "query", str(path)).output
    listing = _run(runner, "--store", store, "query", "--list").output
    assert "leaders" in listing and "members" in listing


def test_validate_stats_reset(runner: CliRunner, store: str, facts_file: Path) -> None:
    _run(runner, "--store", store, "load", str(facts_file))
    result = _run(runner, "--store", store, "validate")
    assert result.exit_code == 0 and "conforms" in result.output
    stats = json.loads(_run(runner, "--store", store, "stats", "--format", "json").output)
    assert {"class": "https://w3id.org/thidua/ontology#EmulationCluster", "nodes": 1} in stats["classes"]
    assert _run(runner, "--store", store, "reset", "--yes").exit_code == 0
    assert json.loads(_run(runner, "--store", store, "query", "leaders", "--format", "json").output) == []


def test_validate_reports_violations_and_exits_1(runner: CliRunner, store: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix org: <http://www.w3.org/ns/org#> .\n"
                   "<https://w3id.org/thidua/id/membership/x> a org:Membership .\n", encoding="utf-8")
    _run(runner, "--store", store, "load", str(bad))
    result = runner.invoke(cli, ["--store", store, "validate"])
    assert result.exit_code == 1
    assert "A membership has exactly one member body." in result.output


# ----------------------------------------------------------------------------- user mistakes

def _error(runner: CliRunner, *args: str, input: str | None = None) -> str:
    result = runner.invoke(cli, list(args), input=input)
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.output


def test_missing_file(runner: CliRunner, store: str, tmp_path: Path) -> None:
    output = _error(runner, "--store", store, "load", str(tmp_path / "nope.yaml"))
    assert "nope.yaml: no such file or folder" in output


def test_bad_yaml_is_skipped_and_the_rest_still_loads(runner: CliRunner, store: str, facts_file: Path,
                                                       tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("article: [unclosed\n", encoding="utf-8")
    result = runner.invoke(cli, ["--store", store, "load", str(bad), str(facts_file)])
    assert result.exit_code == 1
    assert "bad.yaml: not valid YAML at line" in result.output
    assert "loaded 1 source" in result.output


def test_facts_that_break_the_schema(runner: CliRunner, store: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("article: a.txt\nblocs: [{name: K, kind: khoi}]\n", encoding="utf-8")
    assert "blocs[0].kind: 'khoi' is not one of bloc, cluster" in _error(runner, "--store", store, "load", str(bad))


def test_bad_sparql(runner: CliRunner, store: str) -> None:
    assert "not valid SPARQL" in _error(runner, "--store", store, "query", "SELECT ?x WHERE { ?x")


def test_unknown_named_query_and_unknown_parameter(runner: CliRunner, store: str) -> None:
    assert "no named query 'leaderz'" in _error(runner, "--store", store, "query", "leaderz")
    assert "no parameter colour" in _error(runner, "--store", store, "query", "leaders", "--param", "colour=red")
    assert "is not NAME=VALUE" in _error(runner, "--store", store, "query", "leaders", "--param", "year")


def test_missing_query_file(runner: CliRunner, store: str) -> None:
    assert "missing.rq: no such query file" in _error(runner, "--store", store, "query", "missing.rq")


def test_unknown_format(runner: CliRunner, store: str) -> None:
    assert "Invalid value for '--format'" in _error(runner, "--store", store, "export", "--format", "rdfxml")
    assert "Invalid value for '--format'" in _error(runner, "--store", store, "query", "leaders", "--format", "xls")


def test_unreadable_rdf(runner: CliRunner, store: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    assert "bad.nt: not valid N-Triples" in _error(runner, "--store", store, "load", str(bad))


def test_store_path_is_a_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    assert "is a file, not a directory" in _error(runner, "--store", str(path), "stats")


def test_reset_without_yes_and_without_a_terminal(runner: CliRunner, store: str) -> None:
    assert "refusing to empty the store without --yes" in _error(runner, "--store", store, "reset")


def test_export_to_an_unwritable_place(runner: CliRunner, store: str, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    output = _error(runner, "--store", store, "export", "--out", str(blocker / "out.ttl"))
    assert "blocker" in output


def test_nothing_to_load(runner: CliRunner, store: str, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert "nothing to load" in _error(runner, "--store", store, "load", str(tmp_path / "empty"))


def test_python_dash_m_runs_the_same_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "thidua", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("thidua, version ")
