"""The main job: a folder of articles in; facts, store, rotation, Turtle, TriG and page out."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from thidua.cli import cli
from thidua.graph.store import Store
from thidua.graph.validate import validate


@pytest.fixture(scope="module")
def built(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("build") / "out"
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out, result.output


def test_every_output_is_written(built: tuple[Path, str], seeds_dir: Path) -> None:
    out, _ = built
    articles = sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert sorted(p.stem for p in (out / "facts").glob("*.yaml")) == articles
    for name in ("thidua.ttl", "thidua.trig", "graph.html"):
        assert (out / name).stat().st_size > 10_000, name
        assert (out / name).stat().st_mode & stat.S_IROTH, f"{name} is not readable by others"
    assert not list(out.glob(".*.tmp")), "a temporary file was left behind"


def test_the_rotation_is_printed(built: tuple[Path, str]) -> None:
    _, output = built
    assert "loaded 5 sources (5 articles)" in output
    assert "Khối thi đua các bộ, ngành Nội chính Trung ương" in output
    assert "deputy became leader: 1 of 1" in output


def test_the_built_graph_conforms_to_the_shapes(built: tuple[Path, str]) -> None:
    # Regression: offsets written as xsd:nonNegativeInteger are stored by Oxigraph as
    # xsd:integer, and the shape rejected every provenance annotation of extracted articles.
    out, _ = built
    with Store(out / "store") as store:
        report = validate(store)
    assert report.conforms, [str(v) for v in report.results[:5]]


def test_the_turtle_dataset_parses_and_the_store_answers(built: tuple[Path, str]) -> None:
    out, _ = built
    graph = rdflib.Graph().parse(out / "thidua.ttl", format="turtle")
    assert len(graph) > 1000
    with Store(out / "store") as store:
        leaders = {(r["year"], r["orgLabel"]) for r in store.select_named("leaders") if r["role"] == "leader"}
    assert (2024, "Tòa án nhân dân tối cao") in leaders


def test_building_again_gives_the_same_files(built: tuple[Path, str], seeds_dir: Path,
                                             tmp_path: Path) -> None:
    out, _ = built
    again = tmp_path / "again"
    CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(again)], catch_exceptions=False)
    for name in ("thidua.ttl", "thidua.trig", "facts/003_7de834158cdbcaa1.yaml"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_a_bad_file_is_reported_and_the_rest_is_built(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((seeds_dir / "003_7de834158cdbcaa1.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "skipped" in result.output and "empty.txt" in result.output
    assert (tmp_path / "out" / "graph.html").exists()
    assert "Tòa án nhân dân tối cao" in result.output
