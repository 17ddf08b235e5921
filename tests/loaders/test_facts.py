"""The facts model reads and writes the SCHEMA.md YAML exactly and rejects malformed documents clearly."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from thidua.loaders.facts import Facts, FactsError, dump_facts, read_facts, write_facts

MINIMAL = {"article": "a.txt"}


def test_every_answer_key_round_trips_and_scores_perfectly(gold_dir: Path, scorer: Path, tmp_path: Path) -> None:
    for path in sorted(gold_dir.glob("*.yaml")):
        write_facts(read_facts(path), tmp_path / path.name)
    result = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(tmp_path)],
                            capture_output=True, text=True, check=True)
    assert "overall F1 1.000" in result.stdout


def test_a_written_document_reads_back_equal() -> None:
    facts = Facts.from_dict({
        "article": "x.txt", "published": "2024-04-11",
        "source": {"file": "x.txt", "sha256": "0" * 64, "characters": 10},
        "events": [{"type": "signing", "title": "ký kết", "date": "--04-10", "place": None, "organiser": "Khối A",
                    "provenance": {"quote": "Các đơn vị ký kết", "start": 3, "end": 20}}],
        "blocs": [{"name": "Cụm thi đua số 2", "kind": "cluster", "stated_member_count": 2,
                   "members": ["Công an tỉnh Lào Cai", "Công an tỉnh Yên Bái"],
                   "members_provenance": [{"quote": "Công an tỉnh Lào Cai", "start": 0, "end": 20}, None],
                   "leadership": [{"year": 2021, "role": "deputy", "org": "Công an tỉnh Yên Bái",
                                   "year_basis": "context"}], "aliases": ["Cụm 2"], "year": 2021}],
        "awards": [{"award": "Cờ thi đua", "status": "proposed", "recipient_count": 1,
                    "recipient_kind": "collective", "conferred_by": "Bộ Công an"}],
        "persons": [{"name": "Lê Văn A", "positions": ["Giám đốc Công an tỉnh Lào Cai"], "org": "Công an tỉnh Lào Cai"}],
        "movements": ["Vì an ninh Tổ quốc"], "documents": ["Quyết định số 1/QĐ-BCA"],
        "documents_provenance": [{"quote": "Quyết định số 1/QĐ-BCA"}],
    })
    again = Facts.from_dict(yaml.safe_load(dump_facts(facts)))
    assert again == facts
    assert again.blocs[0].members[1].provenance is None
    assert again.events[0].date == "--04-10"


@pytest.mark.parametrize("document, message", [
    (None, "the document is empty"),
    ([], "expected a mapping"),
    ({"published": "2023-04-29"}, "article: is required"),
    ({**MINIMAL, "blocs": [{"name": "K", "kind": "khoi"}]}, "blocs[0].kind: 'khoi' is not one of bloc, cluster"),
    ({**MINIMAL, "blocs": [{"name": "K", "kind": "bloc", "leadership": [{"year": 2023, "role": "boss", "org": "B"}]}]},
     "blocs[0].leadership[0].role: 'boss' is not one of leader, standing_deputy, deputy"),
    ({**MINIMAL, "blocs": [{"name": "K", "kind": "bloc", "leadership": [{"year": 23, "role": "leader", "org": "B"}]}]},
     "not a plausible year"),
    ({**MINIMAL, "published": "2023-02-30"}, "is not a real date"),
    ({**MINIMAL, "published": "29/04/2023"}, "is not a date"),
    ({**MINIMAL, "awards": [{"award": "Cờ", "status": "given"}]}, "awards[0].status"),
    ({**MINIMAL, "awards": [{"award": "Cờ", "status": "proposed", "recipient_count": -2}]}, "must not be negative"),
    ({**MINIMAL, "leadershp": []}, "unknown key(s) leadershp"),
    ({**MINIMAL, "blocs": [{"name": "K", "kind": "bloc", "members": ["A", "B"], "members_provenance": [{"quote": "A"}]}]},
     "has 1 entries but the list beside it has 2"),
    ({**MINIMAL, "events": [{"type": "conference", "provenance": {"quote": "x", "start": 9, "end": 3}}]},
     "not an increasing range"),
    ({**MINIMAL, "persons": [{"name": "", "positions": []}]}, "persons[0].name: must not be empty"),
])
def test_malformed_documents_name_the_key_at_fault(document: object, message: str) -> None:
    with pytest.raises(FactsError, match=None) as info:
        Facts.from_dict(document, where="f.yaml")
    assert str(info.value).startswith("f.yaml: ")
    assert message in str(info.value)


def test_bad_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("article: a.txt\nblocs: [\n  - name: x\n", encoding="utf-8")
    with pytest.raises(FactsError, match=r"bad\.yaml: not valid YAML at line \d+"):
        read_facts(path)


def test_non_utf8_facts_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("article: ả.txt\n".encode("utf-16"))
    with pytest.raises(FactsError, match="latin.yaml: not UTF-8 text"):
        read_facts(path)


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = write_facts(Facts.from_dict(MINIMAL), tmp_path / "sub" / "a.yaml")
    assert out.read_text(encoding="utf-8").startswith("article: a.txt\n")
    assert [p.name for p in out.parent.iterdir()] == ["a.yaml"]


def test_count_matches_what_the_scorer_counts(gold_dir: Path) -> None:
    # 173 scorable facts across the five answer keys (shared/notes: "Totals: 173 scorable facts").
    assert sum(read_facts(p).count() for p in gold_dir.glob("*.yaml")) == 173
