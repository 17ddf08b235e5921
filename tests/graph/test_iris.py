"""IRIs are stable, readable and never collide by accident."""
from __future__ import annotations

import pytest

from thidua.graph import iris


def test_named_iris_fold_spelling_variants() -> None:
    assert iris.named("body", "Toà án nhân dân tối cao") == iris.named("body", "TAND tối cao")
    assert str(iris.named("bloc", "Cụm thi đua số 6")).endswith("/bloc/cum-thi-dua-so-6")


def test_long_names_keep_a_hash_so_shared_beginnings_stay_apart() -> None:
    base = "Khối thi đua các cơ quan Đảng, Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh "
    a, b = iris.named("bloc", base + "Phú Thọ"), iris.named("bloc", base + "Bắc Kạn")
    assert a != b
    assert len(str(a).rsplit("/", 1)[1]) <= 80


def test_hashed_iris_depend_on_every_field_and_on_the_kind() -> None:
    assert iris.hashed("membership", "a", 2023) != iris.hashed("membership", "a", 2024)
    assert iris.hashed("membership", "a", None) != iris.hashed("membership", "a", "")[:-1] + "x"
    assert iris.hashed("membership", "a") != iris.hashed("conferral", "a")


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError):
        iris.named("thing", "x")


def test_source_graphs_keep_file_names_readable() -> None:
    assert str(iris.source_graph("004_1e75b0eb5294bccc.txt")).endswith("/graph/source/004_1e75b0eb5294bccc-txt")
    assert iris.file_slug("Bài viết.html") == "bai-viet-html"
