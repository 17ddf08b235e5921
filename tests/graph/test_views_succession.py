"""Succession graphs: leader of Y -> leader of Y+1, deputy of Y -> leader of Y+1."""
from __future__ import annotations

from thidua.graph.views.records import Source, Term
from thidua.graph.views.succession import deputy_leader_graph, rotation_graph, succession_graph


def lead(year: int, org: str, bloc: str = "K", role: str = "leader", *files: str) -> Term:
    return Term(bloc, year, role, org, f"Khối {bloc}", f"Ban {org}", sources=tuple(Source(f) for f in files))


def test_each_leader_hands_over_to_the_next_years_leader_with_bloc_years_and_sources() -> None:
    graph = succession_graph([lead(2021, "A", "K", "leader", "a.txt"), lead(2022, "B", "K", "leader", "b.txt"),
                              lead(2023, "C", "K", "leader", "b.txt")])
    edges = sorted((u, v, d["years"]) for u, v, d in graph.edges(data=True))
    assert edges == [("A", "B", (2021, 2022)), ("B", "C", (2022, 2023))]
    data = graph.get_edge_data("A", "B")
    (attrs,) = data.values()
    assert attrs["bloc"] == "K" and attrs["bloc_label"] == "Khối K" and attrs["relation"] == "succession"
    assert attrs["sources"] == (Source("a.txt"), Source("b.txt"))
    assert graph.nodes["A"] == {"label": "Ban A", "kind": "body"}


def test_a_year_with_no_known_leader_breaks_the_chain() -> None:
    graph = succession_graph([lead(2020, "A"), lead(2022, "B")])
    assert graph.number_of_edges() == 0


def test_re_election_is_a_self_loop_and_blocs_do_not_mix() -> None:
    graph = succession_graph([lead(2020, "A"), lead(2021, "A"), lead(2020, "B", "L"), lead(2021, "A", "L")])
    assert sorted((u, v, d["bloc"]) for u, v, d in graph.edges(data=True)) == [("A", "A", "K"), ("B", "A", "L")]


def test_the_deputy_to_leader_graph_marks_the_deputy_who_became_leader() -> None:
    terms = [lead(2023, "KTNN"), lead(2023, "TA", role="deputy"), lead(2024, "TA"),
             lead(2024, "VKS", role="deputy"), lead(2023, "X", role="standing_deputy")]
    graph = deputy_leader_graph(terms)
    edges = sorted((u, v, d["role"], d["promoted"], d["years"]) for u, v, d in graph.edges(data=True))
    assert edges == [("TA", "TA", "deputy", True, (2023, 2024)),
                     ("X", "TA", "standing_deputy", False, (2023, 2024))]


def test_the_rotation_graph_holds_terms_successions_and_deputy_edges() -> None:
    graph = rotation_graph([lead(2021, "A"), lead(2021, "B", role="deputy"), lead(2022, "B")])
    relations = sorted((u, v, d["relation"]) for u, v, d in graph.edges(data=True))
    assert relations == [("A", "B", "succession"), ("A", "K", "membership"), ("B", "B", "deputy_to_leader"),
                         ("B", "K", "membership"), ("B", "K", "membership")]
    assert graph.nodes["K"]["kind"] == "bloc"
