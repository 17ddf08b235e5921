"""The five seed articles: every body they mention is one node (issue 4, measured).

Two loads: the answer keys (curated facts, stable), and the seed texts
themselves through the article extractor (what ``thidua load seeds/`` does).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from thidua.graph.entities import entity_records
from thidua.graph.store import Store
from thidua.loaders.facts import read_facts
from thidua.loaders.inputs import discover, read_input
from thidua.loaders.keys import name_key

# Every body of the five answer keys: its node, and every spelling the keys use for it.
SEED_BODIES = {
    "body/ban-bi-thu": ["Ban Bí thư"],
    "body/phu-tho-ban-bao-ve-cham-soc-suc-khoe-can-bo": ["Ban Bảo vệ, chăm sóc sức khoẻ cán bộ"],
    "body/ban-dan-van-trung-uong": ["Ban Dân vận Trung ương"],
    "body/phu-tho-ban-dan-van-tinh-uy": ["Ban Dân vận Tỉnh ủy"],
    "body/ban-kinh-te-trung-uong": ["Ban Kinh tế Trung ương"],
    "body/ban-noi-chinh-trung-uong": ["Ban Nội chính Trung ương"],
    "body/ban-quan-ly-lang-chu-tich-ho-chi-minh": ["Ban Quản lý Lăng Chủ tịch Hồ Chí Minh"],
    "body/ban-thi-dua-khen-thuong-trung-uong": ["Ban Thi đua - Khen thưởng Trung ương", "Ban TĐKT Trung ương"],
    "body/ban-tuyen-giao-trung-uong": ["Ban Tuyên giáo Trung ương"],
    "body/phu-tho-ban-tuyen-giao-tinh-uy": ["Ban Tuyên giáo Tỉnh ủy"],
    "body/ban-to-chuc-trung-uong": ["Ban Tổ chức Trung ương"],
    "body/phu-tho-ban-to-chuc-tinh-uy": ["Ban Tổ chức Tỉnh ủy"],
    "body/ban-to-chuc-dang-uy-khoi-doanh-nghiep-trung-uong": [
        "Ban Tổ chức Đảng uỷ Khối Doanh nghiệp Trung ương", "Ban Tổ chức Đảng ủy Khối Doanh nghiệp Trung ương"],
    "body/ban-to-chuc-dang-uy-khoi-cac-co-quan-trung-uong": ["Ban Tổ chức Đảng ủy Khối các cơ quan Trung ương"],
    "body/ban-doi-ngoai-trung-uong": ["Ban Đối ngoại Trung ương"],
    "body/bao-nhan-dan": ["Báo Nhân Dân"],
    "body/phu-tho-bao": ["Báo Phú Thọ"],
    "body/bo-cong-an": ["Bộ Công an"],
    "body/bo-tu-phap": ["Bộ Tư pháp"],
    "body/cuc-can-bo-tong-cuc-chinh-tri": ["Cục Cán bộ, Tổng Cục Chính trị, Quân đội nhân dân Việt Nam"],
    "body/cuc-to-chuc-can-bo-bo-cong-an": ["Cục Tổ chức cán bộ, Bộ Công an"],
    "body/cuc-to-chuc-tong-cuc-chinh-tri": ["Cục Tổ chức, Tổng Cục Chính trị, Quân đội nhân dân Việt Nam"],
    "body/hoc-vien-chinh-tri-quoc-gia-ho-chi-minh": ["Học viện Chính trị Quốc gia Hồ Chí Minh"],
    "body/phu-tho-hoi-cuu-chien-binh": ["Hội Cựu chiến binh"],
    "body/phu-tho-hoi-lien-hiep-phu-nu": ["Hội Liên hiệp phụ nữ"],
    "body/phu-tho-hoi-nong-dan": ["Hội Nông dân", "Hội Nông dân tỉnh"],
    "body/hoi-dong-thi-dua-khen-thuong-trung-uong": ["Hội đồng TĐKT Trung ương"],
    "body/kiem-toan-nha-nuoc": ["Kiểm toán Nhà nước"],
    "body/phu-tho-lien-minh-hop-tac-xa": ["Liên minh Hợp tác xã"],
    "body/phu-tho-lien-doan-lao-dong": ["Liên đoàn lao động"],
    "body/nha-xuat-ban-chinh-tri-quoc-gia-su-that": [
        "Nhà Xuất bản Chính trị quốc gia Sự thật", "Nhà xuất bản Chính trị quốc gia Sự thật"],
    "body/thanh-tra-chinh-phu": ["Thanh tra Chính phủ"],
    "body/phu-tho-truong-chinh-tri": ["Trường Chính trị"],
    "body/toa-an-nhan-dan-toi-cao": ["Tòa án nhân dân tối cao"],
    "body/tap-chi-cong-san": ["Tạp chí Cộng sản"],
    "body/phu-tho-tinh-doan": ["Tỉnh Đoàn Thanh niên cộng sản Hồ Chí Minh"],
    "body/tong-cuc-chinh-tri-quan-doi-nhan-dan-viet-nam": ["Tổng cục Chính trị Quân đội nhân dân Việt Nam"],
    "body/vien-kiem-sat-nhan-dan-toi-cao": ["Viện kiểm sát nhân dân tối cao"],
    "body/van-phong-trung-uong-dang": ["Văn phòng Trung ương Đảng"],
    "body/phu-tho-van-phong-tinh-uy": ["Văn phòng Tỉnh ủy"],
    "body/dang-uy-khoi-cac-co-quan-trung-uong": ["Đảng ủy Khối các cơ quan Trung ương"],
    "body/phu-tho-dang-uy-khoi-cac-co-quan-tinh": ["Đảng ủy Khối các cơ quan tỉnh"],
    "body/dang-uy-khoi-doanh-nghiep-trung-uong": ["Đảng ủy Khối Doanh nghiệp Trung ương"],
    "body/phu-tho-dang-uy-khoi-doanh-nghiep-tinh": ["Đảng ủy Khối Doanh nghiệp tỉnh"],
    "body/uy-ban-kiem-tra-trung-uong": ["Cơ quan Ủy ban Kiểm tra Trung ương"],
    "body/phu-tho-uy-ban-mat-tran-to-quoc": ["Ủy ban Mặt trận Tổ quốc tỉnh"],
}

SEED_BLOCS = {
    "bloc/central/khoi-dang": "Khối thi đua các cơ quan Đảng Trung ương",
    "bloc/ban-to-chuc-trung-uong/cum-so-6": "Cụm thi đua số 6, Ngành Tổ chức xây dựng Đảng",
    "bloc/central/khoi-noi-chinh": "Khối thi đua các bộ, ngành Nội chính Trung ương",
    "bloc/phu-tho/khoi-dang-mat-tran-doan-the":
        "Khối thi đua các cơ quan Đảng, Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh Phú Thọ",
}


@pytest.fixture(scope="module")
def gold(gold_dir: Path) -> Store:
    store = Store(":memory:")
    store.load_facts([read_facts(p) for p in sorted(gold_dir.glob("*.yaml"))])
    return store


def test_every_body_of_the_answer_keys_is_one_node_with_all_its_spellings(gold: Store) -> None:
    found = {r.text: sorted(r.names) for r in entity_records(gold, "body")}
    assert found == {node: sorted(names) for node, names in SEED_BODIES.items()}


def test_bodies_several_seeds_mention_meet(gold: Store) -> None:
    sources = {r.text: {s[:3] for s in r.sources} for r in entity_records(gold, "body")}
    assert sources["body/van-phong-trung-uong-dang"] == {"000", "002"}
    assert sources["body/dang-uy-khoi-doanh-nghiep-trung-uong"] == {"000", "001"}
    assert sources["body/ban-thi-dua-khen-thuong-trung-uong"] == {"000", "002", "003"}


def test_the_seed_blocs_are_four_scoped_nodes_with_canonical_names(gold: Store) -> None:
    assert {r["bloc"].split("/id/", 1)[1]: r["label"] for r in gold.select_named("blocs")} == SEED_BLOCS


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> Store:
    files, problems = discover([seeds_dir])
    assert not problems
    store = Store(":memory:")
    for item in files:
        store.load_facts(read_input(item), refresh=False)
    store.refresh_labels()
    return store


def test_in_the_seed_texts_each_name_is_one_node(seeds: Store) -> None:
    """However the extractor reads the seeds, a name (up to spelling) lands on one node."""
    nodes: dict[str, set[str]] = defaultdict(set)
    for row in seeds.select_named("name_mentions", kind="body"):
        nodes[name_key(row["written"])].add(row["node"])
    split = {name: sorted(n) for name, n in nodes.items() if len(n) > 1}
    assert not split


def test_in_the_seed_texts_ban_to_chuc_trung_uong_is_one_node_and_not_its_namesakes(seeds: Store) -> None:
    records = {r.text: r for r in entity_records(seeds, "body")}
    central = records["body/ban-to-chuc-trung-uong"]
    assert {s[:3] for s in central.sources} >= {"000", "001"}
    dukdn = records["body/ban-to-chuc-dang-uy-khoi-doanh-nghiep-trung-uong"]
    assert {name_key(n) for n in dukdn.names} == {name_key("Ban Tổ chức Đảng ủy Khối Doanh nghiệp Trung ương")}
    assert "body/phu-tho-ban-to-chuc-tinh-uy" in records
