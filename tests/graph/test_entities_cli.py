"""``thidua entities``: bodies with their spellings and sources; --similar pairs pasted back as an identity file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from thidua.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"

# "Ban Dân vận" outside any bloc, in an article that names no scope: the resolver will not guess.
LOOSE = """article: loose.txt
published: 2023-05-02
persons:
  - {name: "Trần Thị E", positions: ["Phó Trưởng ban"], org: "Ban Dân vận"}
"""
CENTRAL = """article: central.txt
published: 2023-05-03
persons:
  - {name: "Bùi Thị Minh Hoài", positions: ["Trưởng ban Ban Dân vận Trung ương"], org: "Ban Dân vận Trung ương"}
"""


def _run(runner: CliRunner, *args: str):
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture()
def store(tmp_path: Path) -> str:
    runner = CliRunner()
    (tmp_path / "loose.yaml").write_text(LOOSE, encoding="utf-8")
    (tmp_path / "central.yaml").write_text(CENTRAL, encoding="utf-8")
    kg = str(tmp_path / "kg")
    _run(runner, "--store", kg, "load", str(FIXTURES / "phu_tho_2023.yaml"), str(FIXTURES / "bac_kan_2023.yaml"),
         str(tmp_path / "loose.yaml"), str(tmp_path / "central.yaml"))
    return kg


def test_entities_lists_each_body_with_its_spellings_and_sources(store: str) -> None:
    output = _run(CliRunner(), "--store", store, "entities", "--max-width", "200")
    row = next(line for line in output.splitlines() if line.startswith("body/phu-tho-hoi-nong-dan "))
    assert "Hội Nông dân tỉnh Phú Thọ" in row
    assert "Hội Nông dân [phu_tho_2023.txt]" in row and "Hội Nông dân tỉnh [phu_tho_2023.txt]" in row
    assert row.rstrip().endswith("scope")
    assert any(line.startswith("body/bac-kan-hoi-nong-dan ") for line in output.splitlines())


def test_entities_as_json_for_blocs(store: str) -> None:
    rows = json.loads(_run(CliRunner(), "--store", store, "entities", "--kind", "bloc", "--format", "json"))
    assert {r["node"] for r in rows} == {"bloc/phu-tho/khoi-dang-mat-tran-doan-the",
                                          "bloc/bac-kan/khoi-dang-mat-tran-doan-the"}
    bac_kan = next(r for r in rows if r["node"].startswith("bloc/bac-kan"))
    assert bac_kan["names"] == {
        "Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể tỉnh Bắc Kạn": ["bac_kan_2023.txt"]}


def test_similar_pairs_paste_into_an_identity_file_that_merges_them(store: str, tmp_path: Path) -> None:
    runner = CliRunner()
    proposed = _run(runner, "--store", store, "entities", "--similar")
    data = yaml.safe_load(proposed)
    assert ["body/ban-dan-van-trung-uong", "body/ban-dan-van"] in data["same_as"]
    assert not any("hoi-nong-dan" in node for pair in data["same_as"] for node in pair), "two provinces never pair"
    identities = tmp_path / "review.yaml"
    identities.write_text(proposed, encoding="utf-8")
    _run(runner, "--store", store, "--identities", str(identities), "load", str(tmp_path / "loose.yaml"))
    rows = json.loads(_run(runner, "--store", store, "entities", "--format", "json"))
    central = next(r for r in rows if r["node"] == "body/ban-dan-van-trung-uong")
    assert central["names"] == {"Ban Dân vận": ["loose.txt"], "Ban Dân vận Trung ương": ["central.txt"]}
    assert central["resolved"]["curated"] == ["Ban Dân vận"]
    again = yaml.safe_load(_run(runner, "--store", store, "--identities", str(identities), "entities", "--similar"))
    assert ["body/ban-dan-van-trung-uong", "body/ban-dan-van"] not in (again["same_as"] or [])


def test_a_pair_marked_different_is_not_proposed_again(store: str, tmp_path: Path) -> None:
    identities = tmp_path / "review.yaml"
    identities.write_text("different:\n  - [body/ban-dan-van-trung-uong, body/ban-dan-van]\n", encoding="utf-8")
    data = yaml.safe_load(_run(CliRunner(), "--store", store, "--identities", str(identities), "entities", "--similar"))
    assert ["body/ban-dan-van-trung-uong", "body/ban-dan-van"] not in (data["same_as"] or [])


def test_a_broken_identity_file_is_one_line_and_nothing_loads(store: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("merge: [{names: [x]}]\n", encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text(LOOSE.replace("loose.txt", "other.txt"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", store, "--identities", str(bad), "load", str(other)])
    assert result.exit_code != 0
    assert "merge[0]: give the node to merge into" in result.output and "Traceback" not in result.output
    rows = json.loads(_run(CliRunner(), "--store", store, "entities", "--format", "json"))
    assert not any("other.txt" in files for r in rows for files in r["names"].values())
