"""A deterministic generator of synthetic but realistic facts for the store benchmark.

The facts have the shape real articles give (``shared/eval/SCHEMA.md``): one
facts document per source article, and every fact carries the sentence it came
from with its character offsets, so :func:`thidua.graph.build.build` emits the
full provenance (``prov:wasDerivedFrom`` plus a W3C Web Annotation with a
TextQuoteSelector and a TextPositionSelector) exactly as it does for real input.

The world it describes:

* six national emulation clusters of provinces ("Cụm thi đua các tỉnh miền
  núi, biên giới phía Bắc" ...), whose members are the provinces' People's
  Committees;
* for each of the 63 provinces, in order, five emulation blocs of its
  departments and agencies ("Khối thi đua các cơ quan kinh tế tỉnh Bắc Ninh"),
  each with 10 to 20 member bodies;
* for every bloc and every year 2015-2024, the article reporting the year-end
  review conference ("Hội nghị tổng kết công tác thi đua, khen thưởng năm
  2019 ..."): the conference (and often a covenant signing), the bloc with its
  stated member count, its member list in some years, the leadership terms of
  the year under review and of the next year (leader, standing deputy,
  deputies, rotating through the members year by year), honours proposed and
  conferred (named bodies and persons, or counted groups; Cờ thi đua, Bằng
  khen, Huân chương Lao động, Chiến sĩ thi đua ...), the officials who spoke
  with their posts (heads of bodies change every five years), emulation
  movements, and cited legal documents;
* and, when more triples are asked for than those articles give, a second
  round of mid-year review articles ("sơ kết 6 tháng"), smaller ones.

Articles come clusters first, then province by province, so a smaller graph
is the same world with fewer provinces (not thinner articles). The same seed
always gives the same facts, byte for byte.

>>> docs = list(itertools.islice(articles(seed=1), 3))
>>> [d.article for d in docs][:1]
['bench_cum-0_2015.txt']
>>> docs[0].blocs[0].kind
'cluster'
>>> [d.article for d in itertools.islice(articles(seed=1), 3)] == [d.article for d in docs]
True
"""
from __future__ import annotations

import hashlib
import itertools
import random
from typing import Any, Iterator

from thidua.loaders.facts import Facts

__all__ = ["PROVINCES", "CLUSTERS", "YEARS", "article_dicts", "articles"]

YEARS = range(2015, 2025)

#: The 63 provinces and centrally-run cities (the five cities are "thành phố").
CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
PROVINCES = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng", "Bắc Kạn",
    "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên",
    "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên",
    "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
    "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
    "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước",
    "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng",
    "Bạc Liêu", "Cà Mau",
)

#: National clusters of provinces (name, member provinces).
CLUSTERS = (
    ("Cụm thi đua các tỉnh miền núi, biên giới phía Bắc", PROVINCES[5:19]),
    ("Cụm thi đua các tỉnh đồng bằng sông Hồng", PROVINCES[19:28] + ("Hải Phòng",)),
    ("Cụm thi đua các tỉnh Bắc Trung Bộ", PROVINCES[28:34]),
    ("Cụm thi đua các tỉnh duyên hải miền Trung", PROVINCES[34:41] + ("Đà Nẵng",)),
    ("Cụm thi đua các tỉnh Tây Nguyên và Đông Nam Bộ", PROVINCES[41:51] + ("Hồ Chí Minh",)),
    ("Cụm thi đua các tỉnh đồng bằng sông Cửu Long", PROVINCES[51:63] + ("Cần Thơ",)),
)

#: The province blocs: name (before "tỉnh X") and the pool of bodies they draw members from.
BLOCS = (
    ("Khối thi đua các cơ quan tổng hợp", (
        "Văn phòng Ủy ban nhân dân", "Văn phòng Hội đồng nhân dân", "Sở Nội vụ", "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư", "Sở Tư pháp", "Thanh tra", "Ban Dân tộc", "Cục Thống kê",
        "Kho bạc Nhà nước", "Cục Thuế", "Cục Hải quan", "Trường Chính trị", "Sở Ngoại vụ",
        "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy",
        "Ban Nội chính Tỉnh ủy", "Ban Dân vận Tỉnh ủy")),
    ("Khối thi đua các cơ quan kinh tế", (
        "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải",
        "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Khoa học và Công nghệ",
        "Ban Quản lý các khu công nghiệp", "Ban Quản lý dự án đầu tư xây dựng",
        "Quỹ Đầu tư phát triển", "Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "Chi cục Kiểm lâm",
        "Chi cục Thủy lợi", "Ban Quản lý Khu kinh tế", "Cục Quản lý thị trường", "Sở Du lịch",
        "Liên minh Hợp tác xã")),
    ("Khối thi đua các cơ quan văn hóa - xã hội", (
        "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông", "Báo", "Đài Phát thanh và Truyền hình",
        "Bảo hiểm xã hội", "Trường Đại học", "Trường Cao đẳng Y tế", "Trường Cao đẳng Sư phạm",
        "Bệnh viện Đa khoa", "Trung tâm Kiểm soát bệnh tật", "Hội Chữ thập đỏ", "Thư viện",
        "Bảo tàng", "Liên hiệp các Hội Khoa học và Kỹ thuật", "Hội Văn học nghệ thuật")),
    ("Khối thi đua các đoàn thể chính trị - xã hội", (
        "Ủy ban Mặt trận Tổ quốc Việt Nam", "Liên đoàn Lao động", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ",
        "Hội Nông dân", "Hội Cựu chiến binh", "Hội Người cao tuổi", "Hội Khuyến học", "Hội Luật gia",
        "Hội Nhà báo", "Liên hiệp các tổ chức hữu nghị", "Hội Cựu thanh niên xung phong",
        "Hội Nạn nhân chất độc da cam/dioxin", "Hội Bảo trợ người khuyết tật và trẻ mồ côi")),
    ("Khối thi đua các cơ quan Trung ương đóng trên địa bàn", (
        "Công an", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng", "Tòa án nhân dân",
        "Viện Kiểm sát nhân dân", "Cục Thi hành án dân sự", "Ngân hàng Nhà nước chi nhánh",
        "Ngân hàng Chính sách xã hội chi nhánh", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh",
        "Công ty Điện lực", "Viễn thông", "Bưu điện", "Công ty Xổ số kiến thiết",
        "Công ty Cấp thoát nước", "Chi nhánh Ngân hàng Công thương", "Chi nhánh Ngân hàng Đầu tư và Phát triển")),
)

#: Who heads a body: the post title before the body's name.
HEAD = {"Sở": "Giám đốc", "Ban": "Trưởng ban", "Văn phòng": "Chánh Văn phòng", "Cục": "Cục trưởng",
        "Hội": "Chủ tịch", "Ủy ban": "Chủ tịch", "Liên đoàn": "Chủ tịch", "Trường": "Hiệu trưởng",
        "Công an": "Giám đốc", "Bộ": "Chỉ huy trưởng", "Tòa án": "Chánh án", "Viện": "Viện trưởng",
        "Bệnh viện": "Giám đốc", "Báo": "Tổng Biên tập", "Tỉnh đoàn": "Bí thư"}

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân", "Hồng", "Công", "Quang",
          "Thế", "Kim", "Bá", "Đình")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khoa",
         "Lan", "Long", "Mai", "Minh", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thành",
         "Thảo", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Yến", "Hiếu", "Khánh", "Lâm", "Nhung", "Oanh")

MOVEMENTS = (
    "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
    "Cả nước thi đua xây dựng nông thôn mới",
    "Doanh nghiệp Việt Nam hội nhập và phát triển",
    "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
    "Cả nước thi đua đổi mới, sáng tạo trong quản lý, sản xuất kinh doanh",
    "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "Dân vận khéo",
    "Thi đua đặc biệt phòng, chống dịch COVID-19",
)

NATIONAL_DOCUMENTS = (
    "Luật Thi đua, khen thưởng năm 2022",
    "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023",
    "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017",
    "Chỉ thị số 34-CT/TW ngày 07/4/2014",
    "Thông tư số 12/2019/TT-BNV ngày 04/11/2019",
    "Kết luận số 83-KL/TW ngày 28/10/2020",
)


def _rng(*parts: object) -> random.Random:
    """A generator seeded from the parts (stable across Python runs, unlike hash())."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _province(p: str) -> str:
    return f"thành phố {p}" if p in CITIES else f"tỉnh {p}"


def _head_title(body: str) -> str:
    for prefix, title in sorted(HEAD.items(), key=lambda kv: -len(kv[0])):
        if body.startswith(prefix):
            return f"{title} {body}"
    return f"Giám đốc {body}"


def _person(seed: int, body: str, year: int) -> str:
    """The head of a body in a year: the same person for a five-year term."""
    r = _rng(seed, "head", body, (year - 2013) // 5)
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"


class _Text:
    """Places quoted sentences one after another in an imaginary article text."""

    def __init__(self, r: random.Random) -> None:
        self.cursor = r.randint(200, 600)  # the dateline, title and lead come first
        self.r = r

    def prov(self, quote: str) -> dict[str, Any]:
        start = self.cursor
        self.cursor += len(quote) + self.r.randint(1, 400)
        return {"quote": quote, "start": start, "end": start + len(quote)}


def _bloc_article(seed: int, index: int, bloc: str, kind: str, scope: str, members: list[str],
                  year: int, mid_year: bool) -> dict[str, Any]:
    r = _rng(seed, "article", bloc, year, mid_year)
    text = _Text(r)
    review = f"sơ kết 6 tháng đầu năm {year}" if mid_year else f"tổng kết công tác thi đua, khen thưởng năm {year}"
    conference = f"Hội nghị {review} {bloc}"
    pub_year = year if mid_year else year + 1
    pub_month = r.randint(7, 8) if mid_year else r.randint(1, 3)
    published = f"{pub_year}-{pub_month:02d}-{r.randint(1, 28):02d}"
    day_before = f"{pub_year}-{pub_month:02d}-{max(1, int(published[-2:]) - 1):02d}"
    slug = f"{'cum' if kind == 'cluster' else 'khoi'}-{index}_{year}{'-sk' if mid_year else ''}"
    article = f"bench_{slug}.txt"
    place = scope.replace("tỉnh ", "").replace("thành phố ", "") if scope else "Hà Nội"
    n = len(members)
    host = members[(year - 2015 + index) % n]

    events = [{"type": "conference", "title": conference, "date": day_before, "place": place,
               "organiser": bloc,
               "provenance": text.prov(f"Ngày {int(day_before[-2:])}/{int(day_before[5:7])}, tại {place}, "
                                       f"{bloc} tổ chức {conference[0].lower()}{conference[1:]}.")}]
    if not mid_year and r.random() < 0.6:
        events.append({"type": "signing", "title": f"Lễ ký kết giao ước thi đua năm {year + 1}",
                       "date": day_before, "place": place, "organiser": bloc,
                       "provenance": text.prov(f"Tại Hội nghị, các đơn vị thành viên {bloc} đã ký kết "
                                               f"giao ước thi đua năm {year + 1}.")})

    def rotation(y: int) -> list[tuple[str, str]]:
        start = (y - 2015 + index) % n
        order = [members[(start + k) % n] for k in range(4)]
        return [("leader", order[0]), ("standing_deputy", order[1]), ("deputy", order[2]), ("deputy", order[3])]

    leadership = []
    # The year under review: the leader presents the report (the year comes from the framing);
    # a mid-year article names the whole leadership of the year.
    for role, org in rotation(year)[: 4 if mid_year else 1]:
        word = {"leader": "Khối trưởng", "standing_deputy": "Khối phó Thường trực", "deputy": "Khối phó"}[role]
        if kind == "cluster":
            word = word.replace("Khối", "Cụm")
        leadership.append({"year": year, "role": role, "org": org, "year_basis": "context",
                           "provenance": text.prov(f"Theo báo cáo do đại diện {org} (đơn vị {word}) "
                                                   f"trình bày tại Hội nghị ...")})
    if not mid_year:
        elected = rotation(year + 1)
        sentence = (f"Hội nghị đã bầu {elected[0][1]} làm {'Cụm' if kind == 'cluster' else 'Khối'} trưởng; "
                    f"{elected[1][1]} làm {'Cụm' if kind == 'cluster' else 'Khối'} phó Thường trực; "
                    f"{elected[2][1]} và {elected[3][1]} làm {'Cụm' if kind == 'cluster' else 'Khối'} phó "
                    f"năm {year + 1}.")
        prov = text.prov(sentence)
        for role, org in elected:
            leadership.append({"year": year + 1, "role": role, "org": org, "year_basis": "stated",
                               "provenance": prov})

    listed = (not mid_year) and year % 3 == 0
    bloc_dict: dict[str, Any] = {
        "name": bloc, "kind": kind, "stated_member_count": n, "year": year,
        "members": members if listed else [],
        "leadership": leadership,
        "provenance": text.prov(f"{bloc} gồm {n} cơ quan, đơn vị thành viên."),
    }
    if listed:
        quote = f"{bloc} bao gồm {n} đơn vị: {', '.join(members)}."
        prov = text.prov(quote)
        bloc_dict["members_provenance"] = [prov] * n
    if r.random() < 0.3:
        bloc_dict["aliases"] = [bloc.replace("Khối thi đua", "Khối").replace("Cụm thi đua", "Cụm")]

    # Honours: who the bloc proposes, and who received what at the conference.
    awards = []
    granting = "Ủy ban nhân dân " + scope if scope else "Chính phủ"
    chair = "Chủ tịch Ủy ban nhân dân " + scope if scope else "Thủ tướng Chính phủ"
    if not mid_year:
        best = [host] + r.sample([m for m in members if m != host], k=min(2, n - 1))
        awards.append({"award": "Cờ thi đua của Chính phủ", "recipient": best[0], "recipient_kind": "collective",
                       "status": "proposed", "year": year, "year_basis": "context", "proposed_by": bloc,
                       "provenance": text.prov(f"Hội nghị thống nhất đề nghị Chính phủ tặng Cờ thi đua "
                                               f"cho {best[0]}.")})
        awards.append({"award": "Bằng khen của Thủ tướng Chính phủ", "recipient_count": r.randint(2, 5),
                       "recipient_kind": "collective", "status": "proposed", "year": year,
                       "year_basis": "context", "proposed_by": bloc,
                       "provenance": text.prov("... và đề nghị Thủ tướng Chính phủ tặng Bằng khen cho "
                                               "các tập thể có thành tích xuất sắc.")})
        for org in best[1:]:
            awards.append({"award": f"Cờ thi đua của Ủy ban nhân dân {scope}" if scope else "Cờ thi đua",
                           "recipient": org, "recipient_kind": "collective", "status": "conferred",
                           "year": year, "year_basis": "stated", "conferred_by": granting,
                           "provenance": text.prov(f"{org} vinh dự đón nhận Cờ thi đua của {granting} "
                                                   f"năm {year}.")})
        awards.append({"award": f"Bằng khen của {chair}", "recipient_count": r.randint(3, 12),
                       "recipient_kind": r.choice(["collective", "individual"]), "status": "conferred",
                       "year": year, "conferred_by": chair,
                       "provenance": text.prov(f"Dịp này, {chair} tặng Bằng khen cho các tập thể, "
                                               f"cá nhân có thành tích xuất sắc năm {year}.")})
        if r.random() < 0.35:
            who = _person(seed, host, year)
            honour = r.choice(["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì",
                               "Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua toàn quốc",
                               "Huân chương Bảo vệ Tổ quốc hạng Ba"])
            awards.append({"award": honour, "recipient": who, "recipient_kind": "individual",
                           "status": r.choice(["proposed", "conferred"]), "year": year,
                           "provenance": text.prov(f"Đồng chí {who} được tặng {honour}.")})
        if r.random() < 0.25:
            awards.append({"award": "Huân chương Lao động hạng Ba", "recipient": best[-1],
                           "recipient_kind": "collective", "status": "conferred", "year": year - 1,
                           "conferred_by": "Chủ tịch nước",
                           "provenance": text.prov(f"{best[-1]} được Chủ tịch nước tặng Huân chương "
                                                   f"Lao động hạng Ba.")})
    else:
        awards.append({"award": "Giấy khen", "recipient_count": r.randint(2, 6), "recipient_kind": "collective",
                       "status": "conferred", "year": year,
                       "provenance": text.prov("Các đơn vị được tặng Giấy khen vì thành tích 6 tháng đầu năm.")})

    # The officials who spoke: the chair, the head of the host body, one or two more.
    persons = []
    official = _person(seed, f"lãnh đạo {scope or 'Chính phủ'}", year)
    persons.append({"name": official,
                    "positions": [f"Phó Chủ tịch Ủy ban nhân dân {scope}" if scope
                                  else "Phó Trưởng ban Ban Thi đua - Khen thưởng Trung ương"],
                    "org": f"Ủy ban nhân dân {scope}" if scope else "Ban Thi đua - Khen thưởng Trung ương",
                    "provenance": text.prov(f"Dự Hội nghị có đồng chí {official}.")})
    for org in [host] + r.sample(members, k=r.randint(1, 3 if not mid_year else 1)):
        name = _person(seed, org, year)
        if any(p["name"] == name for p in persons):
            continue
        positions = [_head_title(org)]
        if r.random() < 0.3:
            positions.append(f"Bí thư Đảng ủy {org}")
        persons.append({"name": name, "positions": positions, "org": org,
                        "provenance": text.prov(f"Đồng chí {name}, {positions[0]}, phát biểu tại Hội nghị.")})

    movements = r.sample(MOVEMENTS, k=r.randint(0, 2))
    documents = [r.choice(NATIONAL_DOCUMENTS)]
    if not mid_year:
        number = r.randint(100, 3999)
        documents.append(f"Quyết định số {number}/QĐ-UBND ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{year}"
                         if scope else f"Quyết định số {number}/QĐ-TTg ngày {r.randint(1, 28)}/"
                                       f"{r.randint(1, 12)}/{year}")
    if r.random() < 0.3:
        documents.append(f"Kế hoạch số {r.randint(10, 300)}/KH-{'UBND' if scope else 'BTĐKT'} ngày "
                         f"{r.randint(1, 28)}/{r.randint(1, 12)}/{year}")

    doc: dict[str, Any] = {
        "article": article,
        "published": published,
        "source": {"file": article, "title": f"{conference[0].upper()}{conference[1:]}",
                   "url": f"https://thiduakhenthuong.example.vn/tin-tuc/{slug}.html",
                   "sha256": hashlib.sha256(article.encode("utf-8")).hexdigest()},
        "events": events,
        "blocs": [bloc_dict],
        "awards": awards,
        "persons": persons,
        "movements": movements,
        "movements_provenance": [text.prov(f"... gắn với phong trào thi đua “{m}”.") for m in movements],
        "documents": documents,
        "documents_provenance": [text.prov(f"Thực hiện {d}, ...") for d in documents],
    }
    doc["source"]["characters"] = text.cursor + r.randint(100, 800)
    return doc


def _blocs(seed: int) -> Iterator[tuple[str, str, str, list[str]]]:
    """(name, kind, scope, members) of every bloc: the clusters, then province by province."""
    for name, provinces in CLUSTERS:
        yield name, "cluster", "", [f"Ủy ban nhân dân {_province(p)}" for p in provinces]
    for p in PROVINCES:
        scope = _province(p)
        for name, pool in BLOCS:
            r = _rng(seed, "members", p, name)
            k = r.randint(10, min(20, len(pool)))
            members = sorted(r.sample(pool, k=k), key=pool.index)
            yield f"{name} {scope}", "bloc", scope, [f"{m} {scope}" for m in members]


def article_dicts(seed: int = 20240501) -> Iterator[dict[str, Any]]:
    """Facts documents as SCHEMA.md mappings, in a fixed order (endless but finite: ~6,400)."""
    blocs = list(_blocs(seed))
    for mid_year in (False, True):
        for i, (name, kind, scope, members) in enumerate(blocs):
            for year in YEARS:
                yield _bloc_article(seed, i, name, kind, scope, members, year, mid_year)


def articles(seed: int = 20240501) -> Iterator[Facts]:
    """The same documents as validated :class:`~thidua.loaders.facts.Facts`."""
    for data in article_dicts(seed):
        yield Facts.from_dict(data, where=data["article"])
