"""The curated identity file: merge, split, same_as, different -- applied whenever facts are built."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from thidua.graph.identity import default_resolver
from thidua.graph.identity_file import IdentityFileError, parse_identities, read_identities
from thidua.graph.store import Store
from thidua.loaders.facts import Facts, read_facts
from thidua.ontology.vocab import ID

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(article: str, bloc: str, members: list[str], persons: list[tuple[str, str]] = ()) -> Facts:
    return Facts.from_dict({"article": article, "published": "2024-03-01",
                            "blocs": [{"name": bloc, "kind": "bloc", "members": members}],
                            "persons": [{"name": n, "positions": ["Trưởng ban"], "org": o} for n, o in persons]})


CENTRAL = "Khối thi đua các cơ quan Đảng Trung ương"
ARTICLES = [
    _facts("a.txt", CENTRAL, ["Ban TC TW", "Ban Tổ chức Đảng ủy Khối Doanh nghiệp TW"], [("Nguyễn Văn A", "Ban TC TW")]),
    _facts("b.txt", CENTRAL, ["Ban Tổ chức Trung ương", "Ban TC Đảng ủy Khối Doanh nghiệp TW"],
           [("Nguyễn Văn A", "Bộ Tư pháp")]),
]


def _load(tmp_path: Path, text: str | None, articles: list[Facts] = ARTICLES) -> Store:
    resolver = default_resolver(None)
    if text is not None:
        path = tmp_path / "identities.yaml"
        path.write_text(text, encoding="utf-8")
        resolver = default_resolver(path)
    store = Store(":memory:")
    store.load_facts(articles, resolver)
    return store


def _nodes(store: Store, written: str, article: str | None = None) -> set[str]:
    return {r["node"] for r in store.select_named("name_mentions")
            if r["written"] == written and (article is None or r["file"] == article)}


def test_without_a_file_an_unknown_abbreviation_is_its_own_node(tmp_path: Path) -> None:
    store = _load(tmp_path, None)
    assert _nodes(store, "Ban TC TW") == {str(ID["body/ban-tc-trung-uong"])}
    assert _nodes(store, "Ban Tổ chức Trung ương") == {str(ID["body/ban-to-chuc-trung-uong"])}


def test_a_merge_puts_a_name_onto_a_gazetteer_body_with_its_canonical_name(tmp_path: Path) -> None:
    store = _load(tmp_path, 'merge: [{into: body/ban-to-chuc-trung-uong, names: ["Ban TC TW"]}]\n')
    assert _nodes(store, "Ban TC TW") == _nodes(store, "Ban Tổ chức Trung ương") == {str(ID["body/ban-to-chuc-trung-uong"])}
    rows = store.select_named("name_mentions", node=str(ID["body/ban-to-chuc-trung-uong"]))
    assert {(r["written"], r["how"]) for r in rows} == {("Ban TC TW", "curated"), ("Ban Tổ chức Trung ương", "gazetteer")}
    assert {r["label"] for r in rows} == {"Ban Tổ chức Trung ương"}


def test_same_as_joins_two_nodes_and_keeps_the_first(tmp_path: Path) -> None:
    keep, other = "body/ban-to-chuc-dang-uy-khoi-doanh-nghiep-trung-uong", "body/ban-tc-dang-uy-khoi-doanh-nghiep-trung-uong"
    before = _load(tmp_path, None)
    assert _nodes(before, "Ban TC Đảng ủy Khối Doanh nghiệp TW") == {str(ID[other])}
    store = _load(tmp_path, f"same_as: [[{keep}, {other}]]\n")
    assert _nodes(store, "Ban TC Đảng ủy Khối Doanh nghiệp TW") == {str(ID[keep])}
    assert not store.select(f"SELECT ?p WHERE {{ <{ID[other]}> ?p ?o }}")


def test_a_split_by_source_keeps_a_node_apart_in_each_source(tmp_path: Path) -> None:
    store = _load(tmp_path, "split: [{node: person/nguyen-van-a, by: source}]\n")
    a, b = _nodes(store, "Nguyễn Văn A", "a.txt"), _nodes(store, "Nguyễn Văn A", "b.txt")
    assert a == {str(ID["person/nguyen-van-a/source-a"])} and b == {str(ID["person/nguyen-van-a/source-b"])}


def test_a_split_into_a_node_in_some_sources_only(tmp_path: Path) -> None:
    store = _load(tmp_path, "split: [{node: person/nguyen-van-a, sources: [b.txt], into: person/nguyen-van-a-tu-phap}]\n")
    assert _nodes(store, "Nguyễn Văn A", "a.txt") == {str(ID["person/nguyen-van-a"])}
    assert _nodes(store, "Nguyễn Văn A", "b.txt") == {str(ID["person/nguyen-van-a-tu-phap"])}


def test_a_scoped_merge_applies_only_inside_that_scope(tmp_path: Path) -> None:
    articles = [read_facts(FIXTURES / "phu_tho_2023.yaml"), read_facts(FIXTURES / "bac_kan_2023.yaml")]
    store = _load(tmp_path, 'merge: [{into: body/phu-tho-ban-dan-van-tinh-uy, names: ["Sở Ngoại vụ"], scope: phu-tho}]\n',
                  articles)
    assert _nodes(store, "Sở Ngoại vụ", "phu_tho_2023.txt") == {str(ID["body/phu-tho-ban-dan-van-tinh-uy"])}
    assert _nodes(store, "Sở Ngoại vụ tỉnh", "bac_kan_2023.txt") == {str(ID["body/bac-kan/so-ngoai-vu"])}


def test_reloading_with_the_file_reproduces_the_same_graph(tmp_path: Path) -> None:
    text = ('merge: [{into: body/ban-to-chuc-trung-uong, names: ["Ban TC TW"]}]\n'
            'split: [{node: person/nguyen-van-a, by: source}]\n')
    store = _load(tmp_path, text)
    before = store.export("nquads")
    store.load_facts(list(reversed(ARTICLES)), default_resolver(tmp_path / "identities.yaml"))
    assert store.export("nquads") == before
    assert store.export("nquads") == _load(tmp_path, text).export("nquads")


@pytest.mark.parametrize("data, message", [
    ({"merge": [{"names": ["x"]}]}, "merge[0]: give the node to merge into"),
    ({"merge": [{"into": "organ/x", "names": ["x"]}]}, "merge[0].into: 'organ/x' is not a node"),
    ({"split": [{"node": "body/x"}]}, "split[0]: give the sources the node is split in, or by: source"),
    ({"same_as": [["body/a"]]}, "same_as[0]: give at least two nodes"),
    ({"same_as": [["body/a", "body/b"]], "different": [["body/b", "body/a"]]}, "listed as different but same_as joins them"),
    ({"merged": []}, "unknown key(s) merged"),
])
def test_mistakes_in_the_file_are_named(data: object, message: str) -> None:
    with pytest.raises(IdentityFileError, match=re.escape(message)):
        parse_identities(data)


def test_a_file_that_is_not_yaml_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("merge: [unclosed\n", encoding="utf-8")
    with pytest.raises(IdentityFileError, match=r"bad.yaml: not valid YAML at line 2"):
        read_identities(path)
