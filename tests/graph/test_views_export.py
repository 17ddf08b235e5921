"""GraphML, GEXF and node-link JSON read back into the same graph."""
from __future__ import annotations

import io
import json

import networkx as nx

from thidua.graph.views.export import to_gexf, to_graphml, to_node_link
from thidua.graph.views.records import Source, Term
from thidua.graph.views.succession import rotation_graph


def sample() -> nx.MultiDiGraph:
    return rotation_graph([
        Term("K", 2021, "leader", "A", "Khối <K>", "Ban Dân vận", sources=(Source("a.txt", "Ban Dân vận \"trưởng\""),)),
        Term("K", 2021, "deputy", "B", "Khối <K>", "Tòa án", year_basis="context"),
        Term("K", 2022, "leader", "B", "Khối <K>", "Tòa án")])


def test_graphml_keeps_nodes_edges_labels_and_flattens_lists() -> None:
    back = nx.read_graphml(io.BytesIO(to_graphml(sample())))
    assert back.number_of_nodes() == 3 and back.number_of_edges() == 5
    assert back.nodes["A"]["label"] == "Ban Dân vận" and back.nodes["K"]["label"] == "Khối <K>"
    succession = [d for _, _, d in back.edges(data=True) if d["relation"] == "succession"]
    assert succession[0]["years"] == "2021; 2022"
    assert succession[0]["sources"] == "a.txt"
    assert json.loads(succession[0]["sources_quotes"]) == [{"file": "a.txt", "quote": "Ban Dân vận \"trưởng\""}]


def test_gexf_is_readable_by_networkx_with_labels_and_kinds() -> None:
    back = nx.read_gexf(io.BytesIO(to_gexf(sample())))
    assert back.number_of_nodes() == 3 and back.number_of_edges() == 5
    assert back.nodes["B"]["label"] == "Tòa án" and back.nodes["K"]["kind"] == "bloc"
    assert sorted(d["relation"] for _, _, d in back.edges(data=True)).count("membership") == 3


def test_node_link_json_round_trips_with_lists_and_sources() -> None:
    data = json.loads(json.dumps(to_node_link(sample()), ensure_ascii=False))
    back = nx.node_link_graph(data, edges="links")
    assert back.number_of_nodes() == 3 and back.number_of_edges() == 5
    years = sorted(tuple(d["years"]) for _, _, d in back.edges(data=True) if d["relation"] == "succession")
    assert years == [(2021, 2022)]
    (term,) = [d for u, _, d in back.edges(data=True) if u == "A" and d["relation"] == "membership"]
    assert term["sources"] == [{"file": "a.txt", "quote": "Ban Dân vận \"trưởng\""}]
