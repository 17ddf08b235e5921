"""thidua's exports parse with an independent parser (Raptor's rapper) to the same triples."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from thidua.graph.store import Store
from thidua.loaders.facts import read_facts

pytestmark = pytest.mark.raptor


@pytest.fixture(scope="module")
def store(gold_dir: Path) -> Store:
    if shutil.which("rapper") is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed; .ci/test.sh installs it")
    kg = Store(":memory:")
    kg.load_facts([read_facts(p) for p in sorted(gold_dir.glob("*.yaml"))])
    return kg


def _rapper(path: Path, syntax: str) -> list[str]:
    result = subprocess.run(["rapper", "-q", "-i", syntax, "-o", "ntriples", str(path)], capture_output=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return sorted(set(result.stdout.decode("utf-8").splitlines()))


@pytest.mark.parametrize("fmt, syntax", [("turtle", "turtle"), ("nt", "ntriples"), ("trig", "trig")])
def test_rapper_reads_every_export_to_the_same_triples(store: Store, tmp_path: Path, fmt: str, syntax: str) -> None:
    path = tmp_path / f"dump.{fmt}"
    path.write_bytes(store.export(fmt))
    reference = tmp_path / "reference.nt"
    reference.write_bytes(store.export("nt"))
    triples = _rapper(path, syntax)
    assert len(triples) > 1000
    # rapper's N-Triples escape non-ASCII as \\u; compare after reading both through rapper
    assert triples == _rapper(reference, "ntriples")
