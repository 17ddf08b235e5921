"""CSV tables a researcher keeps become facts, and their mistakes are named by row."""
from __future__ import annotations

from pathlib import Path

import pytest

from thidua.loaders.facts import FactsError
from thidua.loaders.table import COLUMNS, read_table, read_table_text

TABLE = """record,source,published,bloc,bloc_kind,year,role,org,award,recipient_count,recipient_kind,status,quote
leadership,bao-a,2022-02-01,Cụm thi đua số 3,cluster,2022,leader,Công an tỉnh Hà Giang,,,,,bầu Công an tỉnh Hà Giang làm Cụm trưởng
leadership,bao-a,2022-02-01,Cụm thi đua số 3,cluster,2022,deputy,Công an tỉnh Tuyên Quang,,,,,
member,bao-a,2022-02-01,Cụm thi đua số 3,cluster,2022,,Công an tỉnh Hà Giang,,,,,
member,bao-a,2022-02-01,Cụm thi đua số 3,cluster,2022,,Công an tỉnh Tuyên Quang,,,,,
award,bao-b,,,,2021,,,Cờ thi đua của Bộ Công an,2,collective,conferred,
"""


def test_rows_group_into_one_facts_document_per_source() -> None:
    docs = {f.article: f for f in read_table_text(TABLE, "cum3.csv")}
    assert set(docs) == {"bao-a", "bao-b"}
    bloc_rows = docs["bao-a"].blocs
    assert [b.name for b in bloc_rows] == ["Cụm thi đua số 3", "Cụm thi đua số 3"]
    leadership = [t for b in bloc_rows for t in b.leadership]
    assert [(t.year, t.role, t.org) for t in leadership] == [
        (2022, "leader", "Công an tỉnh Hà Giang"), (2022, "deputy", "Công an tỉnh Tuyên Quang")]
    assert leadership[0].provenance.quote.startswith("bầu Công an")
    members = [m.name for b in bloc_rows for m in b.members]
    assert members == ["Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang"]
    assert docs["bao-a"].published == "2022-02-01"
    award = docs["bao-b"].awards[0]
    assert (award.award, award.recipient_count, award.status, award.year) == ("Cờ thi đua của Bộ Công an", 2, "conferred", 2021)


def test_a_spreadsheet_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("\ufeff".encode("utf-8") + TABLE.encode("utf-8"))
    assert len(read_table(path)) == 2


@pytest.mark.parametrize("text, message", [
    ("", "the table is empty"),
    ("bloc,org\nK,B\n", "no 'record' column"),
    ("record,colour\nmember,red\n", "unknown column(s) colour"),
    ("record,bloc,bloc_kind\nmember,K,bloc\n", "row 2: a member row needs org"),
    ("record\nmeeting\n", "row 2: record 'meeting' is not one of member, leadership, award"),
    ("record,bloc,bloc_kind,year,role,org\nleadership,K,bloc,2023,chief,B\n", "row 2: role: 'chief' is not one of"),
    ("record,award,status\naward,Cờ,proposed,extra\n", "row 2: more cells than the header has columns"),
])
def test_table_mistakes_name_the_row(text: str, message: str) -> None:
    with pytest.raises(FactsError) as info:
        read_table_text(text, "t.csv")
    assert message in str(info.value)


def test_documented_columns_are_the_accepted_ones() -> None:
    doc = read_table_text.__module__
    import thidua.loaders.table as table

    for column in COLUMNS:
        assert f"\n{column} " in table.__doc__, f"column {column} is not documented"
    assert doc == "thidua.loaders.table"
