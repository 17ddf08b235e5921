"""The answer keys of the four evaluation sets pass tests/loaders/check_keys.py, which rejects bad keys."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

HERE = Path(__file__).resolve().parent


def _load_checker() -> ModuleType:
    """check_keys.py imported by path (tests/loaders is not a package)."""
    spec = importlib.util.spec_from_file_location("thidua_check_keys", HERE / "check_keys.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


check_keys = _load_checker()

ARTICLE = ("Ngày 12/01/2024, Cụm thi đua số 8 gồm Công an các tỉnh Quảng Bình, Quảng Trị và "
           "Quảng Nam tổ chức hội nghị tổng kết tại Ủy ban nhân dân (UBND) tỉnh Quảng Bình.\n")
KEY = {
    "article": "t01.txt", "published": None, "events": [],
    "blocs": [{"name": "Cụm thi đua số 8", "kind": "cluster", "stated_member_count": None,
               "members": ["Công an tỉnh Quảng Bình", "Công an tỉnh Quảng Nam"], "leadership": []}],
    "awards": [], "persons": [], "movements": [],
    "documents": [],
}


def _tiny_set(tmp_path: Path, **changes) -> Path:
    """A one-article set in tmp_path whose key is KEY with the bloc's fields changed."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "t01.txt").write_text(ARTICLE, encoding="utf-8")
    key = {**KEY, "blocs": [{**KEY["blocs"][0], **changes}]}
    (tmp_path / "gold" / "t01.yaml").write_text(yaml.safe_dump(key, allow_unicode=True), encoding="utf-8")
    return tmp_path


def _errors(rep: check_keys.SetReport) -> list[str]:
    """The set's errors and its keys' errors, one list."""
    return rep.errors + [f"{k.key}: {e}" for k in rep.keys for e in k.errors]


@pytest.mark.parametrize("name", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"])
def test_the_evaluation_set_keys_check_out(name: str) -> None:
    rep = check_keys.check_set(HERE / name)
    assert len(rep.keys) >= 10
    assert not _errors(rep)


def test_a_tiny_key_passes_with_its_exceptions_reported(tmp_path: Path) -> None:
    rep = check_keys.check_set(_tiny_set(tmp_path, leadership=[
        {"year": 2024, "role": "leader", "org": "Ủy ban nhân dân tỉnh Quảng Bình"}]))
    assert not _errors(rep)
    notes = rep.keys[0].notes
    assert any("Công an tỉnh Quảng Nam" in n and "shared head" in n for n in notes)
    assert any("Ủy ban nhân dân tỉnh Quảng Bình" in n and "abbreviation" in n for n in notes)


def test_a_name_not_in_the_article_is_rejected(tmp_path: Path) -> None:
    rep = check_keys.check_set(_tiny_set(tmp_path, members=["Công an tỉnh Quảng Bình", "Công an tỉnh Hà Tĩnh"]))
    assert _errors(rep) == ["t01.yaml: blocs[0].members: 'Công an tỉnh Hà Tĩnh' not in t01.txt"]
    assert check_keys.main([str(tmp_path), "--quiet"]) == 1


def test_a_bad_enum_value_is_rejected(tmp_path: Path) -> None:
    rep = check_keys.check_set(_tiny_set(tmp_path, kind="khoi"))
    assert _errors(rep) == ["t01.yaml: blocs[0].kind 'khoi'"]


def test_the_enumerations_are_those_of_schema_md() -> None:
    if not check_keys.SCHEMA_MD.is_file():
        pytest.skip(f"SCHEMA.md not found at {check_keys.SCHEMA_MD} (set THIDUA_SHARED)")
    schema = check_keys.SCHEMA_MD.read_text(encoding="utf-8")
    for values in check_keys.ENUMS.values():
        for value in values:
            assert re.search(rf"\b{value}\b", schema), value
