"""The rotation of the seed graph (the five answer keys): the two blocs whose leaders are stated
for consecutive years."""
from __future__ import annotations

from pathlib import Path

import pytest

from thidua.graph.store import Store
from thidua.graph.views.analysis import deputy_to_leader
from thidua.graph.views.report import load_rotation
from thidua.graph.views.succession import deputy_leader_graph, succession_graph
from thidua.loaders.facts import read_facts
from thidua.loaders.keys import name_key

PARTY = "Khối thi đua các cơ quan Đảng Trung ương"
INTERNAL = "Khối thi đua các bộ, ngành Nội chính Trung ương"


@pytest.fixture(scope="module")
def store(gold_dir: Path) -> Store:
    kg = Store(":memory:")
    kg.load_facts([read_facts(p) for p in sorted(gold_dir.glob("*.yaml"))])
    return kg


def keys(*names: str) -> list[str]:
    return [name_key(n) for n in names]


def labels(holders: tuple) -> list[str]:  # type: ignore[type-arg]
    return [name_key(h.label) for h in holders]


def test_the_central_party_bloc_year_by_year(store: Store) -> None:
    rotation = load_rotation(store, PARTY)
    (line,) = rotation.timelines.values()
    assert line.years == (2022, 2023)
    y2022, y2023 = line.rows
    assert labels(y2022.leaders) == keys("Ban Dân vận Trung ương")
    assert labels(y2023.leaders) == keys("Nhà xuất bản Chính trị quốc gia Sự thật")
    assert labels(y2023.standing_deputies) == keys("Ban Tổ chức Trung ương")
    assert sorted(labels(y2023.deputies)) == sorted(keys("Ban Nội chính Trung ương",
                                                         "Đảng ủy Khối các cơ quan Trung ương"))
    assert {s.file for s in y2023.leaders[0].sources} == {"000_439e485a4af06bd9.txt"}


def test_the_internal_affairs_bloc_deputy_of_2023_led_in_2024(store: Store) -> None:
    rotation = load_rotation(store, "Nội chính")
    (line,) = rotation.timelines.values()
    assert name_key(line.label) == name_key(INTERNAL)
    assert [labels(r.leaders) for r in line.rows] == [keys("Kiểm toán Nhà nước"), keys("Tòa án nhân dân tối cao")]
    assert [labels(r.deputies) for r in line.rows] == [keys("Tòa án nhân dân tối cao"),
                                                       keys("Viện kiểm sát nhân dân tối cao")]
    rate = deputy_to_leader(rotation.selected)
    assert (rate.promoted, rate.total) == (1, 1)


def test_seed_succession_and_deputy_graphs(store: Store) -> None:
    rotation = load_rotation(store)
    handovers = sorted((name_key(g.nodes[u]["label"]), name_key(g.nodes[v]["label"]), d["years"])
                       for g in [succession_graph(rotation.terms)] for u, v, d in g.edges(data=True))
    assert handovers == sorted([
        (*keys("Ban Dân vận Trung ương", "Nhà xuất bản Chính trị quốc gia Sự thật"), (2022, 2023)),
        (*keys("Kiểm toán Nhà nước", "Tòa án nhân dân tối cao"), (2023, 2024))])
    deputies = deputy_leader_graph(rotation.terms)
    assert [(name_key(deputies.nodes[u]["label"]), d["promoted"]) for u, v, d in deputies.edges(data=True)] == [
        (name_key("Tòa án nhân dân tối cao"), True)]


def test_seed_analyses_and_forecasts(store: Store) -> None:
    analyses = load_rotation(store).analyses()
    assert analyses["deputy_to_leader"]["rate"] == 1.0
    assert analyses["repeat_leaders"] == [] and analyses["cycles"] == []
    assert all(g["years"] == [] for g in analyses["years_without_leader"])
    forecasts = {name_key(f["bloc"]): f for f in analyses["forecasts"]}
    internal = forecasts[name_key(INTERNAL)]
    assert internal["kind"] == "forecast" and internal["year"] == 2025
    assert [name_key(x) for x in internal["likeliest"]] == keys("Viện kiểm sát nhân dân tối cao")
    party = forecasts[name_key(PARTY)]
    assert party["year"] == 2024
    assert [name_key(x) for x in party["likeliest"]] == keys("Ban Tổ chức Trung ương")  # the standing deputy
