"""The five seed articles, extracted and scored against their answer keys with the shared scorer."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from thidua.loaders.article import extract_file
from thidua.loaders.facts import write_facts


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("thidua_shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_articles_score_well(seeds_dir: Path, gold_dir: Path, scorer: Path, tmp_path: Path) -> None:
    for article in sorted(seeds_dir.glob("*.txt")):
        write_facts(extract_file(article), tmp_path / f"{article.stem}.yaml")
    result = _load_scorer(scorer).score(gold_dir, tmp_path)
    overall = result["overall"]["f1"]
    sections = {name: s["f1"] for name, s in result["sections"].items()}
    assert overall >= 0.95, (overall, sections)
    assert all(f1 >= 0.85 for f1 in sections.values()), sections
    assert len(list(tmp_path.glob("*.yaml"))) == len(list(gold_dir.glob("*.yaml")))
