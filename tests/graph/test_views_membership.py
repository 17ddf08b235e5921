"""The membership graph (bodies -> blocs, by role and year) and the honours graph."""
from __future__ import annotations

from thidua.graph.views.honours import honours_graph
from thidua.graph.views.membership import membership_graph
from thidua.graph.views.records import Conferral, Membership, Source, Term


def test_one_edge_per_body_bloc_role_and_year() -> None:
    graph = membership_graph(
        [Membership("K", "A", None, "Khối K", "Ban A"), Membership("K", "A", 2023), Membership("L", "A", 2023,
                                                                                              bloc_kind="cluster")],
        [Term("K", 2023, "leader", "A"), Term("K", 2024, "deputy", "B")])
    edges = sorted(((u, v, d["role"], d["year"]) for u, v, d in graph.edges(data=True)), key=str)
    assert edges == [("A", "K", "leader", 2023), ("A", "K", "member", 2023), ("A", "K", "member", None),
                     ("A", "L", "member", 2023), ("B", "K", "deputy", 2024)]
    assert graph.nodes["K"] == {"label": "Khối K", "kind": "bloc"}
    assert graph.nodes["L"]["kind"] == "cluster" and graph.nodes["A"]["label"] == "Ban A"


def test_the_same_membership_from_two_records_keeps_both_sources() -> None:
    graph = membership_graph([Membership("K", "A", sources=(Source("a.txt"),)),
                              Membership("K", "A", sources=(Source("b.txt", "A là thành viên"),))])
    (data,) = graph.get_edge_data("A", "K").values()
    assert data["sources"] == (Source("a.txt"), Source("b.txt", "A là thành viên"))


def c(iri: str, status: str, recipient: str | None = None, count: int | None = None, honour: str | None = "H",
      year: int | None = None, kind: str = "body") -> Conferral:
    return Conferral(iri, honour, "Bằng khen", status, as_written=f"Bằng khen {iri}", recipient=recipient,
                     recipient_label=recipient or "", recipient_type=kind if recipient else None,
                     recipient_count=count, year=year)


def test_named_recipients_link_to_honours_and_counted_ones_are_tallied_on_the_honour() -> None:
    graph = honours_graph([c("c1", "conferred", "A", year=2023), c("c2", "proposed", "P", kind="person"),
                           c("c3", "proposed", count=5, year=2022), c("c4", "conferred", count=2)])
    assert sorted((u, v, d["status"], d["year"]) for u, v, d in graph.edges(data=True)) == [
        ("A", "H", "conferred", 2023), ("P", "H", "proposed", None)]
    honour = graph.nodes["H"]
    assert (honour["proposed"], honour["conferred"], honour["statements"]) == (6, 3, 4)
    assert honour["years"] == (2022, 2023)
    assert graph.nodes["P"]["kind"] == "person" and graph.nodes["A"]["kind"] == "body"


def test_an_honour_not_in_the_scheme_is_a_node_of_its_own() -> None:
    graph = honours_graph([c("c1", "conferred", "A", honour=None), c("c2", "conferred", "B", honour=None)])
    assert sorted(v for _, v in graph.edges()) == ["c1", "c2"]
