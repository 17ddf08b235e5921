"""Inputs are found recursively and read by kind; what cannot be used is named."""
from __future__ import annotations

from pathlib import Path

import pytest

from thidua.loaders.inputs import InputError, InputFile, discover, read_input


def test_folders_are_walked_recursively_in_order_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.yaml", "a.txt", "t.csv", "g.ttl", "notes.md", ".git/x.yaml", "b/.hidden.yaml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found, problems = discover([tmp_path])
    assert [(f.path.relative_to(tmp_path).as_posix(), f.kind) for f in found] == [
        ("a.txt", "article"), ("b/z.yaml", "facts"), ("g.ttl", "rdf"), ("t.csv", "table")]
    assert problems == []


def test_a_missing_path_and_an_unknown_file_are_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    found, problems = discover([tmp_path / "nope", tmp_path / "notes.md"])
    assert found == []
    assert problems[0].endswith("nope: no such file or folder")
    assert "notes.md: not a file thidua reads here" in problems[1]


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("article: a.txt\n", encoding="utf-8")
    found, _ = discover([path, tmp_path])
    assert len(found) == 1


def test_a_bad_facts_file_is_one_input_error(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("article: a.txt\nblocs: 3\n", encoding="utf-8")
    with pytest.raises(InputError, match="a.yaml: blocs: expected a list"):
        read_input(InputFile(path, "facts"))
