"""Named emulation movements: quoted names after "phong trào" or "với chủ đề"."""
from __future__ import annotations

from thidua.loaders.article import extract_text
from thidua.loaders.extract.movements import quoted_spans


def movements(text: str) -> list[str]:
    return [m.name for m in extract_text("Tin thi đua\n" + text, "t.txt").movements]


def test_a_list_of_quoted_movements_after_a_colon() -> None:
    assert movements('Các đơn vị hưởng ứng các phong trào thi đua do Chính phủ phát động: "Cả nước chung tay '
                     'vì người nghèo", "Doanh nghiệp Việt Nam hội nhập và phát triển", gắn với nhiệm vụ chính trị.') == [
        "Cả nước chung tay vì người nghèo", "Doanh nghiệp Việt Nam hội nhập và phát triển"]


def test_curly_quotes_closed_by_a_straight_one_and_gaps_between_items() -> None:
    assert movements("Trường Chính trị tỉnh triển khai phong trào thi đua: “Dạy tốt, học tốt\"; “Xây dựng Trường "
                     "chính trị chuẩn” giai đoạn 2022 - 2025; “Kỷ cương, trách nhiệm”.") == [
        "Dạy tốt, học tốt", "Xây dựng Trường chính trị chuẩn", "Kỷ cương, trách nhiệm"]


def test_an_unclosed_quote_ends_where_the_next_item_starts() -> None:
    assert movements("Phong trào “Giảng dạy tốt, phục vụ tốt...; Báo Kon Tum phát động phong trào thi đua "
                     "“Người làm báo tận tụy”.") == ["Giảng dạy tốt, phục vụ tốt", "Người làm báo tận tụy"]


def test_themes_of_a_drive_count_but_not_titles_mottos_or_campaigns() -> None:
    assert movements('Đợt thi đua cao điểm với chủ đề "Đoàn kết, kỷ cương, sáng tạo"; tập thể đạt danh hiệu '
                     '"Tập thể lao động xuất sắc"; quán triệt phương châm “Vững nguyên tắc”; thực hiện chủ đề công '
                     'tác “Năm kỷ cương”; gắn với cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".') == [
        "Đoàn kết, kỷ cương, sáng tạo"]


def test_quoted_spans() -> None:
    text = 'A “một, hai” và "ba" rồi “bốn'
    assert [text[a:b] for _, a, b, _ in quoted_spans(text)] == ["một, hai", "ba"]


def test_a_quote_after_other_words_is_not_the_next_movement_of_the_list() -> None:
    facts = extract_text("Tin\nCác đơn vị hưởng ứng phong trào “Vì biển đảo quê hương”, trao tặng 12 “Mái ấm công "
                         "đoàn”, “Nhà khăn quàng đỏ” cho học sinh.", "t.txt")
    assert [m.name for m in facts.movements] == ["Vì biển đảo quê hương"]
    facts = extract_text("Tin\nCác đơn vị triển khai phong trào “Xanh hóa công sở”, “Thi đua vì người nghèo” giai "
                         "đoạn 2021 - 2025 và đợt thi đua cao điểm “Lập thành tích chào mừng Quốc khánh”.", "t.txt")
    assert [m.name for m in facts.movements] == [
        "Xanh hóa công sở", "Thi đua vì người nghèo", "Lập thành tích chào mừng Quốc khánh"]


def test_a_quoted_peak_campaign_is_a_movement() -> None:
    assert movements("Đợt cao điểm “100 ngày đêm cấp căn cước cho công dân” giúp toàn Cụm hoàn thành chỉ tiêu.") == [
        "100 ngày đêm cấp căn cước cho công dân"]
