"""The extract command: one facts file per article, one line per bad file, exit status and summary."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from thidua.commands.extract import extract

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_folder_is_read_recursively_into_one_yaml_per_article(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(FIXTURES / "police_cluster.txt", src / "a.txt")
    shutil.copy(FIXTURES / "two_blocs.html", src / "sub" / "b.html")
    (src / "notes.md").write_text("not an article", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(extract, [str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == ["a.yaml", "sub/b.yaml"]
    doc = yaml.safe_load((out / "a.yaml").read_text(encoding="utf-8"))
    assert doc["article"] == "a.txt" and doc["blocs"][0]["name"] == "Cụm thi đua số 8"
    assert "extracted 2 articles" in result.output


def test_one_article_printed_as_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(extract, [str(FIXTURES / "cluster_provinces.txt"), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["published"] == "2024-03-05" and doc["blocs"][0]["kind"] == "cluster"


def test_bad_files_are_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02" * 100)
    shutil.copy(FIXTURES / "central_truncated.txt", tmp_path / "good.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(extract, [str(tmp_path / "empty.txt"), str(tmp_path / "binary.html"),
                                          str(tmp_path / "good.txt"), str(tmp_path / "missing.txt"),
                                          "--out", str(out)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    skipped = [line for line in lines if line.startswith("skipped ")]
    assert len(skipped) == 3
    assert any("empty.txt: empty file" in line for line in skipped)
    assert any("binary.html" in line and "binary" in line for line in skipped)
    assert any("missing.txt: no such file" in line for line in skipped)
    assert "Traceback" not in result.output
    assert lines[-1].startswith("extracted 1 article") and "skipped 3 files" in lines[-1]
    assert (out / "good.yaml").is_file()


def test_several_articles_need_an_output_folder() -> None:
    result = CliRunner().invoke(extract, [str(FIXTURES / "police_cluster.txt"), str(FIXTURES / "two_blocs.html")])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_two_articles_that_would_write_the_same_file(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "police_cluster.txt", tmp_path / "x.txt")
    (tmp_path / "x.html").write_text("<p>" + (FIXTURES / "police_cluster.txt").read_text(encoding="utf-8") + "</p>",
                                     encoding="utf-8")
    result = CliRunner().invoke(extract, [str(tmp_path / "x.html"), str(tmp_path / "x.txt"),
                                          "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "already holds the facts of" in result.stderr
