"""Map an honour as written onto the honours scheme of the ontology.

The scheme's ``skos:prefLabel`` and ``skos:altLabel`` (honours.ttl) are the
only source of names; matching is on :func:`thidua.loaders.keys.name_key`, so
case, tone marks, "sỹ"/"sĩ" and "LĐ"/"Lao động" do not matter. A written
honour that names no concept exactly maps onto the longest label it begins
with ("Bằng khen của Ban Tổ chức Trung ương" -> Bằng khen); a grantor named
apart ("được Thủ tướng Chính phủ tặng Bằng khen") can make it more precise.

>>> from thidua.ontology.vocab import HONOUR
>>> honour_concept("Huân chương LĐ hạng Nhì") == HONOUR.HuanChuongLaoDongHangNhi
True
>>> honour_concept("Bằng khen", grantor="Thủ tướng Chính phủ") == HONOUR.BangKhenThuTuongChinhPhu
True
>>> honour_concept("Kỷ niệm chương “Vì sự nghiệp Kiểm toán Nhà nước”") == HONOUR.KyNiemChuong
True
>>> honour_concept("Giải vô địch bóng đá") is None
True
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import URIRef

from ..loaders.keys import name_key
from ..ontology import ontology_graph
from ..ontology.vocab import SKOS, TDKT

__all__ = ["honour_labels", "honour_concept"]


@lru_cache(maxsize=1)
def honour_labels() -> dict[str, URIRef]:
    """Matching key of every Vietnamese label of the honours scheme -> concept."""
    graph = ontology_graph()
    out: dict[str, URIRef] = {}
    for concept in sorted(graph.subjects(SKOS.inScheme, TDKT.HonoursScheme)):
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                if getattr(label, "language", None) == "vi":
                    key = name_key(str(label))
                    if key in out and out[key] != concept:
                        raise ValueError(f"honours.ttl: {label!r} labels both {out[key]} and {concept}")
                    out[key] = concept  # type: ignore[assignment]
    return out


def _longest_prefix(key: str) -> URIRef | None:
    labels = honour_labels()
    words = key.split()
    for n in range(len(words), 0, -1):
        concept = labels.get(" ".join(words[:n]))
        if concept is not None:
            return concept
    return None


def honour_concept(written: str, grantor: str | None = None) -> URIRef | None:
    """The concept of the honours scheme a written honour names, or None."""
    labels = honour_labels()
    precise = labels.get(name_key(f"{written} của {grantor}")) if grantor else None
    return precise or labels.get(name_key(written)) or _longest_prefix(name_key(written))
