"""The bundled queries give the same answers on a real Virtuoso as in the embedded store.

The test command (``.ci/test.sh``) starts Virtuoso on 127.0.0.1 and sets
``THIDUA_TEST_VIRTUOSO`` to the folder it may bulk-load from; without it these
tests are skipped (a developer machine without Virtuoso), never silently passed
in CI, which always sets it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from thidua.cli import cli
from thidua.graph.remote import RemoteEndpoint, RemoteError
from thidua.graph.store import Store
from thidua.loaders.facts import read_facts
from thidua.queries import names

pytestmark = pytest.mark.virtuoso

ENDPOINT = f"http://127.0.0.1:{os.environ.get('VIRTUOSO_HTTP_PORT', '8890')}/sparql"
SQL = f"127.0.0.1:{os.environ.get('VIRTUOSO_SQL_PORT', '1111')}"


def _isql(statement: str) -> str:
    result = subprocess.run(["isql-vt", SQL, "dba", "dba", f"exec={statement}"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and "*** Error" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def loaded(gold_dir: Path) -> tuple[Store, RemoteEndpoint]:
    """The answer keys in the embedded store and, through its export, in Virtuoso."""
    folder = os.environ.get("THIDUA_TEST_VIRTUOSO")
    if not folder:
        pytest.skip("THIDUA_TEST_VIRTUOSO is not set (run the tests through .ci/test.sh)")
    assert shutil.which("isql-vt"), "THIDUA_TEST_VIRTUOSO is set but isql-vt is missing"
    store = Store(":memory:")
    store.load_facts([read_facts(p) for p in sorted(gold_dir.glob("*.yaml"))])
    dump = Path(folder) / "thidua-gold.nq"
    dump.write_bytes(store.export("nquads", include_ontology=True))
    _isql("SPARQL CLEAR GRAPH <https://w3id.org/thidua/graph/ontology>; "
          "DELETE FROM DB.DBA.RDF_QUAD WHERE starts_with(id_to_iri(G), 'https://w3id.org/thidua/'); "
          f"DELETE FROM DB.DBA.load_list WHERE ll_file = '{dump}'; "
          f"ld_dir('{folder}', '{dump.name}', 'urn:thidua:default'); rdf_loader_run(); checkpoint;")
    errors = _isql(f"SELECT ll_error FROM DB.DBA.load_list WHERE ll_file = '{dump}' AND ll_error IS NOT NULL;")
    assert "0 Rows" in errors, errors
    return store, RemoteEndpoint(ENDPOINT)


def _normal(rows: list[dict[str, Any]]) -> list[str]:
    """Rows compared as sets; GROUP_CONCAT order and empty-vs-unbound differ between engines."""
    def value(v: Any) -> Any:
        if v == "":
            return None
        return " ".join(sorted(v.replace("|", " ").split())) if isinstance(v, str) else v
    return sorted(repr(sorted((k, value(v)) for k, v in row.items())) for row in rows)


@pytest.mark.parametrize("name", names())
def test_every_named_query_answers_alike(loaded: tuple[Store, RemoteEndpoint], name: str) -> None:
    store, remote = loaded
    local_rows = store.select_named(name)
    assert _normal(remote.select_named(name)) == _normal(local_rows)


def test_parameters_bind_alike(loaded: tuple[Store, RemoteEndpoint]) -> None:
    store, remote = loaded
    assert _normal(remote.select_named("leaders", year=2024)) == _normal(store.select_named("leaders", year=2024))
    leaders = {r["orgLabel"] for r in remote.select_named("leaders", year=2024) if r["role"] == "leader"}
    assert leaders == {"Tòa án nhân dân tối cao"}


def test_the_remote_graph_has_every_quad(loaded: tuple[Store, RemoteEndpoint]) -> None:
    store, remote = loaded
    rows = remote.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                         "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/thidua/graph/')) }")
    assert rows == [{"n": len(list(store.quads(include_ontology=True)))}]


def test_ask_through_the_cli(loaded: tuple[Store, RemoteEndpoint]) -> None:
    result = CliRunner().invoke(cli, ["--store", ":memory:", "query", "--endpoint", ENDPOINT,
                                      "ASK { ?b a tdkt:EmulationCluster }"])
    assert result.exit_code == 0 and result.output.strip() == "true"


def test_leaders_through_the_cli_as_csv(loaded: tuple[Store, RemoteEndpoint]) -> None:
    result = CliRunner().invoke(cli, ["--store", ":memory:", "query", "--endpoint", ENDPOINT, "leaders",
                                      "--param", "year=2022", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Ban Dân vận Trung ương" in result.output and "Hội Nông dân tỉnh" in result.output


def test_an_unreachable_endpoint_is_one_line() -> None:
    with pytest.raises(RemoteError, match="cannot reach http://127.0.0.1:9/sparql"):
        RemoteEndpoint("http://127.0.0.1:9/sparql", timeout=5).select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    result = CliRunner().invoke(cli, ["--store", ":memory:", "query", "--endpoint", "http://127.0.0.1:9/sparql",
                                      "leaders"])
    assert result.exit_code == 1 and "cannot reach" in result.output and "Traceback" not in result.output
