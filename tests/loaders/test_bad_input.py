"""Bad input never crashes or hangs: each is one clear ArticleError line, or facts from what is readable."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from thidua.loaders.article import MAX_BYTES, ArticleError, extract_file, extract_text

VIETNAMESE = ("Khối thi đua các cơ quan Đảng tỉnh Hà Giang tổng kết năm 2023\n"
              "Hội nghị bầu Ban Tổ chức Tỉnh ủy làm Khối trưởng năm 2024.\n")


def _error(path: Path) -> str:
    with pytest.raises(ArticleError) as err:
        extract_file(path)
    message = str(err.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_text("   \n\n", encoding="utf-8")
    assert "empty" in _error(tmp_path / "empty.txt")
    assert "empty" in _error(tmp_path / "blank.html")


def test_binary_files(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (tmp_path / "random.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(5000)))
    assert "PNG" in _error(tmp_path / "image.txt")
    assert "not" in _error(tmp_path / "random.txt")


def test_a_100_mb_file_is_refused_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:           # a sparse file: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    assert big.stat().st_size > MAX_BYTES
    assert "too large" in _error(big)


def test_text_in_another_language(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("The annual meeting of the emulation bloc was held in Hanoi on Friday.\n" * 20, encoding="utf-8")
    assert "not Vietnamese" in _error(path)


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Khôi thi đua các cơ quan Đang".encode("cp1258"))
    assert "UTF-8" in _error(path)


def test_a_folder_or_a_missing_file(tmp_path: Path) -> None:
    assert "folder" in _error(tmp_path)
    assert "no such file" in _error(tmp_path / "missing.txt")


def test_utf16_files_are_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_text(VIETNAMESE, encoding="utf-16")
    facts = extract_file(path)
    assert [(t.year, t.org) for t in facts.blocs[0].leadership] == [(2024, "Ban Tổ chức Tỉnh ủy")]


def test_html_soup_gives_what_it_can(tmp_path: Path) -> None:
    path = tmp_path / "soup.html"
    path.write_text("<html><body><div><p>Khối thi đua các cơ quan Đảng tỉnh Hà Giang<b> tổng kết <p>Hội nghị "
                    "bầu <i>Ban Tổ chức Tỉnh ủy</b> làm Khối trưởng năm 2024.</div></span></td><script>x(</p>",
                    encoding="utf-8")
    facts = extract_file(path)
    assert [(t.year, t.role, t.org) for t in facts.blocs[0].leadership] == [(2024, "leader", "Ban Tổ chức Tỉnh ủy")]


def test_an_html_page_with_no_text(tmp_path: Path) -> None:
    path = tmp_path / "scripts.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>",
                    encoding="utf-8")
    message = _error(path)
    assert "no text" in message or "not Vietnamese" in message


def test_a_truncated_article_mid_word() -> None:
    text = VIETNAMESE + "Khối thi đua gồm: Sở Nội vụ, Sở Tư pháp, Thanh tra tỉnh, Sở Tài ch"
    facts = extract_text(text, "cut.txt")
    assert [m.name for m in facts.blocs[0].members][:3] == ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"]


def test_text_that_is_not_prose_still_finishes(tmp_path: Path) -> None:
    # one enormous line of names and role words: the rules stay linear on it
    text = "Khối thi đua các cơ quan tỉnh\n" + "Sở A làm Khối trưởng, Nguyễn Văn Bình, Phó Giám đốc, " * 2000
    facts = extract_text(text, "odd.txt")
    assert facts.article == "odd.txt"


def test_a_file_that_cannot_be_opened(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(VIETNAMESE, encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):       # running as root: permissions do not apply
            pytest.skip("file permissions are not enforced for this user")
        assert "permission" in _error(path)
    finally:
        path.chmod(0o644)
