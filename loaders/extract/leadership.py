"""Yearly leadership of blocs: which member is Khối trưởng, Khối phó Thường trực, Khối phó.

Reporters write it in many ways; each is read around a role word of
``roles.yaml`` (Khối trưởng, Trưởng Khối, Cụm trưởng, Khối phó Thường trực,
Phó Khối, Cụm phó ...):

* a body before a linking verb: "bầu X làm Khối trưởng; Y làm Khối phó Thường
  trực; Z và W làm Khối phó Khối thi đua năm 2023", "X được giao nhiệm vụ là
  Trưởng Khối thi đua", "X và Y được bầu làm Khối trưởng và Khối phó ...", "X
  tiếp tục làm Khối trưởng", "X luân phiên giữ chức Khối trưởng", "X được các
  đơn vị thành viên tín nhiệm bầu làm Khối trưởng";
* a body after the role: "bầu Khối trưởng Khối thi đua năm 2024 là X, Khối
  phó là Y", "Cụm trưởng: X", "Khối phó: Y, Z" (several deputies); not when each
  body has its own role in brackets after ("... năm 2025: X (Khối trưởng), Y
  (Khối phó)");
* a body with the role in apposition: "X (đơn vị Khối trưởng)", "X - Cụm
  trưởng Cụm thi đua số 8 năm 2023", "X và Y - đơn vị Khối trưởng, Khối phó
  năm 2025" (in order);
* roles then their bodies "lần lượt là X, Y và Z" (the deputies are the rest);
* a handover: "X chuyển giao nhiệm vụ Cụm trưởng năm 2024 cho Y"; a giver
  written as a person's post ("Ông A, Phó Chủ tịch UBND tỉnh X bàn giao ...")
  names the body of that post, which gives way like a person's post;
* a person's position: "Ngô Văn Tuấn, ..., Tổng Kiểm toán Nhà nước (Khối
  trưởng Khối thi đua năm 2023)" -- the body is the person's;
* the role first: "Với vai trò là đơn vị Khối trưởng, X đã ...";
* the role given by another: "X được Sở Y tế giao nhiệm vụ Trưởng khối", "X được
  Giám đốc Công an tỉnh giao nhiệm vụ Cụm trưởng" (X holds it);
* a table row (:mod:`thidua.loaders.extract.tables`).

One term is kept once: a shorter form of its body ("tỉnh Tây Ninh" beside "UBND tỉnh
Tây Ninh") and a person's post restating a sentence's term give way.

The year is the one the sentence states (after the role, at the end of an
election list, or opening the sentence); otherwise the article's framing
gives it, recorded with ``year_basis: context``: the year under review for a
body that holds the role, the year being planned for one just elected, or,
in an article that reviews no year, the year of the roles it is about
("chỉ định đơn vị Khối trưởng, Khối phó năm 2024").

>>> from thidua.loaders.article import build_article
>>> from thidua.loaders.extract import blocs as B, persons as P
>>> art = build_article("Hội nghị tổng kết năm 2023 Cụm thi đua số 8. Hội nghị bầu Công an tỉnh "
...                     "Bình Phước làm Cụm trưởng, Công an tỉnh Tây Ninh làm Cụm phó.", "x")
>>> found = B.extract(art); extract(art, found, P.extract(art))
>>> [(t.year, t.role, t.org, t.year_basis) for t in found.groups[0].leadership]
[(2024, 'leader', 'Công an tỉnh Bình Phước', 'context'), (2024, 'deputy', 'Công an tỉnh Tây Ninh', 'context')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..facts import Leadership
from ..keys import name_key
from ..gazetteer import roles
from .base import END, LOW, START, TEXT, UPPER, YEAR, Article, Sentence, Token, literal_words, word_matches
from .blocs import BlocGroup, Blocs
from .names import abbreviation_end, bloc_at, head_at, lexicon, org_ending_at, scan_name, span_text
from .persons import PersonRecord

__all__ = ["extract", "role_pattern"]


@lru_cache(maxsize=1)
def role_pattern() -> re.Pattern[str]:
    """All role words, longest first, as whole words; matched against lower-cased text."""
    return literal_words(list(roles()))


def _notation(word: str) -> str:
    return roles()[" ".join(word.lower().split())]


@dataclass
class _Hit:
    start: int
    end: int
    role: str
    kind: str             # bloc | cluster: what the role word names
    done: bool = False


_LINK = re.compile(
    r"(?P<verb>(?:(?:đã|sẽ|cũng|vẫn|tiếp tục|luân phiên|lần lượt)\s+){0,2}(?:được\s+)?"
    # "được các thành viên (trong Khối) tín nhiệm bầu làm": the members who elect, named between
    r"(?:(?:các|toàn thể|tập thể)\s+(?:đơn vị\s+)?(?:thành viên|đơn vị|cơ quan|tỉnh|bộ, ngành)"
    r"(?:\s+(?:trong|của)\s+(?:Khối|Cụm|khối|cụm))?\s+"
    r"|(?:hội nghị|đại hội)\s+)?"      # "được hội nghị thống nhất bầu làm"
    r"(?:(?:nhất trí|thống nhất|tín nhiệm|tiến hành)\s+)?"
    r"(?:(?P<elect>bầu chọn|bầu|suy tôn|chọn|cử|giao|phân công)?\s*(?:nhiệm vụ\s+)?"
    r"(?:làm|là|giữ|đảm nhận|đảm nhiệm|tiếp nhận|nhận bàn giao|nhận)"
    r"(?:\s+(?:vai trò|nhiệm vụ|chức vụ|chức|cương vị))?"
    # "X với vai trò Cụm trưởng đã chủ trì ...", "trên cương vị Khối trưởng" (not "phối hợp với Cụm trưởng")
    r"|(?:với|trên)\s+(?:vai trò|cương vị|tư cách)(?:\s+là)?"
    # "được giao nhiệm vụ Khối trưởng": the task names the role without a linking verb
    r"|(?:giao|phân công)\s+(?:nhiệm vụ|vai trò)"
    # "X đã hoàn thành tốt nhiệm vụ Khối trưởng năm 2023": the one that held it
    r"|(?:hoàn thành|thực hiện)(?:\s+(?:tốt|rất tốt|xuất sắc))?\s+(?:nhiệm vụ|vai trò))"
    # "là đơn vị Khối trưởng"
    r"(?:\s+(?:đơn vị|cơ quan))?)\s*$")
#: "nhiệm vụ Cụm trưởng do X đảm nhận": the body after the role, in the passive.
_BY = re.compile(r"\s*,?\s*(?:do|thuộc về)\s+")
_BY_VERB = re.compile(r"\s+(?:đảm nhận|đảm nhiệm|đảm đương|giữ|phụ trách|thực hiện)(?![^\W\d_])")
_APPOSITION = re.compile(r"(?:\(|,|-|–|—)\s*(?:là\s+)?(?:đơn vị|cơ quan)?\s*$")
#: "bàn giao nhiệm vụ", "trao cờ luân lưu" (the flag that passes from one year's leader to the next)
_HANDOVER = re.compile(r"(?<!nhận )(?:chuyển giao|bàn giao|trao)\s+(?:lại\s+)?(?:nhiệm vụ\s+|vai trò\s+|chức\s+|"
                       r"[Cc]ờ luân lưu\s+)?$")
_RECEIVE = re.compile(r"(?:nhận bàn giao|tiếp nhận bàn giao|tiếp nhận|nhận)\s+(?:nhiệm vụ\s+|vai trò\s+|chức\s+|"
                      r"[Cc]ờ luân lưu\s+)?$")
_YEAR_AFTER = re.compile(rf"^\s*(?:,\s*)?(?:cho\s+|trong\s+)?(?:năm|nhiệm kỳ)\s+({YEAR})(?![\d])")
_OPENING_YEAR = re.compile(rf"^(?:Trong\s+|Sang\s+)?[Nn]ăm\s+({YEAR})\s*,")
_CLAUSE_YEAR = re.compile(rf"\s*(?:trong\s+|sang\s+|từ\s+)?[Nn]ăm\s+({YEAR})\b")
#: "Trước đó, trong năm 2022, X ...", "Theo phân công, năm 2024 X ...": a year set off before the role's subject.
_LEAD_YEAR = re.compile(rf"(?:^|,|(?<![^\W\d_])(?:thống nhất|nhất trí|quyết định|đồng ý|phân công))\s*"
                        rf"(?:[Tt]rong|[Vv]ào|[Ss]ang)?\s*[Nn]ăm\s+({YEAR})\s*(?:,|(?=\s+{UPPER}))")
#: "Khối trưởng, Khối phó năm 2024 lần lượt là X và Y": the bodies of the roles listed before, in order.
_RESPECTIVELY = re.compile(r"\s*,?\s*(?:lần lượt|theo thứ tự)\s+(?:là|thuộc về)\s+")
#: "Với vai trò (là) đơn vị Khối trưởng, X ...", "Là đơn vị Cụm trưởng năm 2023, X ...": the role first, its body
#: the subject of the clause after the comma.
_ROLE_FIRST = re.compile(r"(?:(?:^|,)\s*(?:[Vv]ới|[Tt]rong|[Ởở])\s+(?:vai trò|cương vị|tư cách)\s+(?:là\s+)?|^\s*[Ll]à\s+)"
                         r"(?:đơn vị\s+|cơ quan\s+)?$")
#: "X được Sở Y tế giao nhiệm vụ Trưởng khối": the body before "được" holds the role, the one after gives it.
_PASSIVE = frozenset({"được"})
_FROM = re.compile(r"\s*(?:từ|của)\s+")
_TO = re.compile(r"\s*(?:lại\s+)?cho\s+")
_IS = re.compile(r"\s*(?:là|:)\s+")
_COMMA = re.compile(r"\s*,\s*")
_BRACKETED = re.compile(r"\s*\(\s*")
_LINKING_VERBS = frozenset({"làm", "là", "giữ", "đảm", "được"})
#: A body's own role in brackets right after it: "X (Khối phó Thường trực)".
_OWN_ROLE = re.compile(r"\s*\((?:đơn vị\s+)?(?:[Kk]hối|[Cc]ụm|[Tt]rưởng|[Pp]hó)\s")
_ELECTION = re.compile(r"(?=[bsnt])(?<![^\W\d_])(?:bầu|suy tôn|bầu chọn|nhất trí chọn|thống nhất chọn)(?![^\W\d_])")


#: The linking words before a role ("đã được nhất trí bầu chọn làm", "(đơn vị", "chuyển giao nhiệm vụ") never
#: run longer than this: the patterns that must end where the role word starts look only this far back.
_LINK_SPAN = 70


def _ending(pattern: re.Pattern[str], left: str) -> "re.Match[str] | None":
    """A pattern anchored at the end of ``left`` (``...$``), looked for only near that end."""
    if pattern is _LINK:
        if not left.rstrip().endswith(_LINK_LAST_WORDS):
            return None     # the linking words end with one of these: no need to try the pattern
    elif pattern is _APPOSITION:
        if not left.rstrip().endswith(_APPOSITION_LAST):
            return None
    else:
        words = _NEEDS.get(pattern)
        if words is not None and not any(w in left[-45:] for w in words):
            return None     # a handover's or a takeover's verb is not near the end
    return pattern.search(left, max(0, len(left) - _LINK_SPAN))


#: What _APPOSITION can end with, and words _HANDOVER and _RECEIVE cannot do without.
_APPOSITION_LAST = ("(", ",", "-", "–", "—", "là", "đơn vị", "cơ quan")
_NEEDS = {_HANDOVER: ("giao", "trao"), _RECEIVE: ("nhận",)}
#: The words _LINK can end with.
_LINK_LAST_WORDS = ("làm", "là", "giữ", "đảm nhận", "đảm nhiệm", "nhận", "bàn giao", "vai trò", "nhiệm vụ", "chức vụ",
                    "chức", "cương vị", "đơn vị", "cơ quan")


def _clause_floor(toks: Sequence[Token], end: int) -> int:
    k = end
    while k > 0 and end - k < 80:
        if toks[k - 1][TEXT] == ")" and k >= 3 and abbreviation_end(toks, k - 3, end) == k:
            k -= 3          # "Viện kiểm sát nhân dân (VKSND) tỉnh Sơn La": an inline definition
            continue
        if toks[k - 1][TEXT] in (";", ":", ".", "(", ")"):
            break
        k -= 1
    return k


def _after_title(toks: Sequence[Token], k: int | None) -> bool:
    """Whether the body at token ``k`` is the body of a post written before it ("Phó Chủ tịch UBND tỉnh A")."""
    if not k:
        return False
    lex = lexicon()
    return any(lex.titles.match(toks, t, k) == k - t for t in range(max(0, k - 5), k))


def _titled_agent(toks: Sequence[Token], agent: int) -> int | None:
    """Where a giver written as a post of its body starts ("được Giám đốc Công an tỉnh giao nhiệm vụ ..."):
    at the title, when "được" stands before it; else None."""
    lex = lexicon()
    for k in range(max(0, agent - 5), agent - 1):
        if toks[k][LOW] in _PASSIVE and lex.titles.match(toks, k + 1, agent) == agent - k - 1:
            return k + 1
    return None


def _orgs_before(text: str, toks: Sequence[Token], end: int) -> list[str]:
    """The bodies listed just before token ``end``: "X", "X và Y", "X, Y và Z".

    A list stops at a bloc's own name and at a body that follows a role word
    ("là Trưởng Khối thi đua, X được giao ...": X alone).
    """
    floor = _clause_floor(toks, end)
    out: list[str] = []
    while end > floor:
        k = org_ending_at(toks, end, floor)
        if k is None or bloc_at(toks, k) is not None:
            break
        out.insert(0, span_text(text, toks, k, end))
        if k - 1 > floor and toks[k - 1][LOW] in ("và", ","):
            before = text[toks[max(floor, k - 8)][START]:toks[k - 1][START]]
            if word_matches(role_pattern(), before.lower()) or bloc_at(toks, _prev_name_start(toks, k - 1, floor)) is not None:
                break
            end = k - 1
            continue
        break
    return out


def _prev_name_start(toks: Sequence[Token], end: int, floor: int) -> int:
    k = org_ending_at(toks, end, floor)
    return k if k is not None else end


def _org_after(text: str, toks: Sequence[Token], i: int) -> str | None:
    if i < len(toks) and head_at(toks, i):
        end = scan_name(toks, i)
        if end > i:
            return span_text(text, toks, i, end)
    return None


def _role_kind(word: str) -> str:
    return "cluster" if "cụm" in word.lower() else "bloc"


#: How much text before a role word its patterns look at.
_WINDOW = 400


def _context_year(article: Article, elected: bool) -> tuple[int | None, str]:
    if article.role_year is not None:
        return article.role_year, "context"     # "... chỉ định đơn vị Khối trưởng, Khối phó năm 2024"
    if elected:
        year = article.plan_year or article.dateline_year
    else:
        year = article.review_year or (article.dateline_year - 1 if article.dateline_year else None)
    return year, "context"


class _Reader:
    """Reads the leadership terms of one sentence."""

    def __init__(self, article: Article, blocs: Blocs, s: Sentence, skip: list[tuple[int, int]],
                 recent: dict[int, tuple[int, int | None]] | None = None) -> None:
        self.article, self.blocs, self.s = article, blocs, s
        self.of_persons: set[int] = set()      # terms whose body is a person's post's
        self.recent = recent or {}     # id(group) -> (sentence index, year) of its last term
        low = s.low if len(s.low) == len(s.text) else s.text.lower()
        self.hits = [_Hit(m.start(), m.end(), _notation(m.group()), _role_kind(m.group()))
                     for m in word_matches(role_pattern(), low)
                     if not any(a <= m.start() < b for a, b in skip) and self._is_role(m)]
        self.election = bool(_ELECTION.search(s.text))
        self._after_cache: dict[int, tuple[BlocGroup | None, int | None, int]] = {}

    @property
    def toks(self) -> list[Token]:
        return self.s.tokens          # tokenized only when a role word is there

    def _is_role(self, m: re.Match[str]) -> bool:
        word = self.s.text[m.start():m.end()]
        if word[0].islower() and word.split()[0].lower() in ("trưởng", "phó"):
            before = self.s.text[:m.start()].rstrip()
            if before and before[-1].isalpha():
                return False      # "Bộ trưởng Khối ..." is not a role word
        return True

    # -- what follows a role word: the bloc named, the year
    def _after(self, hit: _Hit) -> tuple[BlocGroup | None, int | None, int]:
        if hit.start not in self._after_cache:
            self._after_cache[hit.start] = self._read_after(hit)
        return self._after_cache[hit.start]

    def _read_after(self, hit: _Hit) -> tuple[BlocGroup | None, int | None, int]:
        toks, s = self.toks, self.s
        i = s.token_at(hit.end)
        if i > 0 and toks[i - 1][LOW] in ("khối", "cụm"):
            i -= 1          # "Trưởng Khối thi đua X": the bloc's name starts inside the role word
        group = None
        span = bloc_at(toks, i)
        pos = hit.end
        if span is not None:
            mention = next((m for m in self.blocs.in_sentence(s) if m.start == toks[i][START]), None)
            if mention is not None and mention.group is not None and mention.group.reportable:
                group = mention.group
            pos = max(pos, toks[span.end - 1][END])
        m = _YEAR_AFTER.match(s.text[pos:])
        year = None
        if m:
            year = int(m.group(1))
            pos += m.end()
        return group, year, pos

    def _group(self, hit: _Hit, explicit: BlocGroup | None) -> BlocGroup | None:
        if explicit is not None:
            return explicit
        before = [m for m in self.blocs.in_sentence(self.s)
                  if m.end <= hit.start and m.group is not None and m.group.reportable and m.kind == hit.kind]
        if before:
            return before[-1].group
        return self.blocs.current(self.s, hit.start, hit.kind)

    def _year(self, hit: _Hit, stated: int | None, elected: bool,
              group: BlocGroup | None = None) -> tuple[int | None, str]:
        if stated is not None:
            return stated, "stated"
        # an election list whose year closes it: "... Z làm Khối phó Khối thi đua năm 2023"
        later = [h for h in self.hits if hit.start < h.start < hit.start + 2 * _WINDOW]
        for h in later:
            _, year, _ = self._after(h)
            if year is not None:
                between = self.s.text[hit.end:h.start]
                if "." not in between:
                    return year, "stated"
        m = _OPENING_YEAR.match(self.s.text)
        if m:
            return int(m.group(1)), "stated"
        # "...; năm 2024 Ban X làm Khối trưởng": a year opening the role's own clause
        clause = max(self.s.text.rfind(";", 0, hit.start), self.s.text.rfind(":", 0, hit.start)) + 1
        m = _CLAUSE_YEAR.match(self.s.text, clause)
        if m:
            return int(m.group(1)), "stated"
        # "Trước đó, trong năm 2022, X giữ vai trò Cụm phó": a year set off by commas before the role
        m = None
        for m in _LEAD_YEAR.finditer(self.s.text, clause, hit.start):
            pass
        if m is not None:
            return int(m.group(1)), "stated"
        # "Cụm trưởng năm 2024 là X, Cụm phó là Y": one year for the list
        for h in self.hits:
            if h.start >= hit.start:
                break
            if h.start < hit.start - 2 * _WINDOW:
                continue
            _, year, _ = self._after(h)
            if year is not None and "." not in self.s.text[h.end:hit.start]:
                return year, "stated"
        # "... bầu X làm Khối trưởng năm 2024. Y làm Khối phó.": the sentence before says the year
        if group is not None and id(group) in self.recent and not elected:
            index, year = self.recent[id(group)]
            if index == self.s.index - 1 and year is not None:
                return year, "context"
        return _context_year(self.article, elected)

    def _respectively(self, n: int) -> list[tuple[_Hit, str]]:
        """Roles listed from hit ``n`` on ("Khối trưởng, Khối phó") and then their bodies "lần lượt là X
        và Y", paired in order; empty unless the roles and the bodies are as many."""
        text, toks = self.s.text, self.toks
        roles = [self.hits[n]]
        _, _, pos = self._after(self.hits[n])
        while len(roles) < len(self.hits) - n and re.fullmatch(r"\s*(?:,|và)\s*", text[pos:self.hits[n + len(roles)].start]):
            roles.append(self.hits[n + len(roles)])
            _, _, pos = self._after(roles[-1])
        m = _RESPECTIVELY.match(text, pos) if len(roles) > 1 else None
        if m is None:
            return []
        orgs: list[str] = []
        i = self.s.token_at(m.end())
        while len(orgs) < len(roles):
            end = scan_name(toks, i) if i < len(toks) and head_at(toks, i) else i
            if end <= i:
                break
            orgs.append(span_text(text, toks, i, end))
            i = end
            if i < len(toks) and toks[i][LOW] in (",", "và"):
                i += 1
            elif len(orgs) < len(roles):
                break
        if len(orgs) < len(roles) or self.s.cut and self.s.reaches_cut(toks[i - 1][END]):
            return []       # fewer bodies than roles, or the last runs to where the text was cut off
        pairs = list(zip(roles, orgs))
        if roles[-1].role == "deputy":
            # "Khối trưởng, Khối phó ... lần lượt là X, Y và Z": the deputies are the rest
            while i < len(toks) and toks[i - 1][LOW] in (",", "và") and head_at(toks, i):
                end = scan_name(toks, i)
                if end <= i or self.s.cut and self.s.reaches_cut(toks[end - 1][END]):
                    break
                pairs.append((roles[-1], span_text(text, toks, i, end)))
                i = end + 1 if end < len(toks) and toks[end][LOW] in (",", "và") else end
        return pairs

    def _more_after(self, i: int) -> list[str]:
        """The bodies listed after the one that starts at token ``i`` ("X, Y và Z"), each with its head; one
        that a linking verb follows ("..., Y làm Khối phó Thường trực") has a role of its own."""
        toks, text = self.toks, self.s.text
        end = scan_name(toks, i)
        out: list[str] = []
        while end + 1 < len(toks) and toks[end][LOW] in (",", "và") and head_at(toks, end + 1):
            nxt = scan_name(toks, end + 1)
            if nxt <= end + 1 or nxt < len(toks) and toks[nxt][LOW] in _LINKING_VERBS:
                break
            if self.s.cut and self.s.reaches_cut(toks[nxt - 1][END]):
                break
            out.append(span_text(text, toks, end + 1, nxt))
            end = nxt
        return out

    def _listed_roles(self, n: int, after: int) -> list[_Hit]:
        """Hit ``n`` and the role words listed right after it ("Khối trưởng, Khối phó", "... và Khối phó")."""
        roles_here = [self.hits[n]]
        k, pos, text = n + 1, after, self.s.text
        while k < len(self.hits) and re.fullmatch(r"\s*(?:,|và)\s*", text[pos:self.hits[k].start]):
            roles_here.append(self.hits[k])
            _, _, pos = self._after(self.hits[k])
            k += 1
        return roles_here

    def read(self) -> list[tuple[BlocGroup, Leadership]]:
        out: list[tuple[BlocGroup, Leadership]] = []
        if not self.hits:
            return out
        prov = self.article.provenance(self.s)
        text, toks = self.s.text, self.toks
        for n, hit in enumerate(self.hits):
            if hit.done:
                continue
            explicit, stated, after = self._after(hit)
            base = max(0, hit.start - _WINDOW)
            left = text[base:hit.start]
            # taking over: "Y nhận bàn giao Cụm trưởng năm 2024 từ X"
            took = _ending(_RECEIVE, left)
            if took:
                group = self._group(hit, explicit)
                receivers = _orgs_before(text, toks, self.s.token_at(base + took.start()))
                m = _FROM.match(text, after)
                giver = _org_after(text, toks, self.s.token_at(m.end())) if m else None
                if group is not None and receivers:
                    year, basis = self._year(hit, stated, elected=True)
                    out.append((group, Leadership(year, hit.role, receivers[-1], basis, prov)))
                    if giver:
                        gyear, gbasis = _context_year(self.article, elected=False)
                        if year is not None and (gyear is None or gyear >= year):
                            gyear, gbasis = year - 1, "context"   # the one who hands over led the year before
                        out.append((group, Leadership(gyear, hit.role, giver, gbasis, prov)))
                    continue
            # handover: "X chuyển giao nhiệm vụ Cụm trưởng năm 2024 cho Y"
            hand = _ending(_HANDOVER, left)
            if hand:
                m = _TO.match(text, after)
                receiver = _org_after(text, toks, self.s.token_at(m.end())) if m else None
                giver_end = self.s.token_at(base + hand.start())
                while giver_end > 0:
                    if toks[giver_end - 1][LOW] in ("đã", "sẽ", "vừa"):
                        giver_end -= 1
                    elif giver_end > 1 and toks[giver_end - 1][LOW] == "thức" and toks[giver_end - 2][LOW] == "chính":
                        giver_end -= 2      # "chính thức" (not the "chính" of "Sở Tài chính")
                    else:
                        break
                givers = _orgs_before(text, toks, giver_end)
                # "Ông X, Phó Chủ tịch UBND tỉnh A bàn giao ...": the body of the giver's post
                of_person = bool(givers) and _after_title(toks, org_ending_at(toks, giver_end,
                                                                             _clause_floor(toks, giver_end)))
                group = self._group(hit, explicit)
                if group is None:
                    continue
                if receiver:
                    year, basis = self._year(hit, stated, elected=True)
                    out.append((group, Leadership(year, hit.role, receiver, basis, prov)))
                if givers:
                    year, basis = _context_year(self.article, elected=False)
                    if stated is not None and (year is None or year >= stated):
                        year, basis = stated - 1, "context"
                    out.append((group, Leadership(year, hit.role, givers[-1], basis, prov)))
                    if of_person:
                        self.of_persons.add(id(out[-1][1]))
                continue
            orgs: list[str] = []
            elected = False
            respective = self._respectively(n)
            if respective:
                for h, org in respective:
                    h.done = True
                    h_explicit, h_stated, _ = self._after(h)
                    group = self._group(h, h_explicit or explicit)
                    if group is not None:
                        year, basis = self._year(h, h_stated if h_stated is not None else stated, self.election, group)
                        out.append((group, Leadership(year, h.role, org, basis, prov)))
                continue
            # body after: "Khối trưởng ... là X", "Cụm trưởng: X"
            m = _IS.match(text, after)
            if m:
                org = _org_after(text, toks, self.s.token_at(m.end()))
                # "Khối trưởng, Khối phó năm 2025: X (Khối trưởng), Y (Khối phó)": each body's own role says
                if org and not _OWN_ROLE.match(text, text.find(org, m.end()) + len(org)):
                    orgs = [org]
                    elected = self.election
                    if hit.role == "deputy":
                        orgs += self._more_after(self.s.token_at(m.end()))  # "Khối phó: Sở Tư pháp, Thanh tra tỉnh"
            if not orgs:
                m = _BRACKETED.match(text, after)
                org = _org_after(text, toks, self.s.token_at(m.end())) if m else None
                if org and text.startswith(")", m.end() + len(org)):
                    orgs = [org]        # "Khối trưởng năm 2024 (Sở Y tế) đã chủ trì ..."
            if not orgs:
                m = _BY.match(text, after)
                if m:
                    org = _org_after(text, toks, self.s.token_at(m.end()))
                    if org and (text.startswith("thuộc về", m.end() - len("thuộc về ")) or
                                _BY_VERB.match(text, m.end() + len(org))):
                        orgs = [org]
            roles_here = [hit]
            if not orgs and ("vai trò" in left[-_LINK_SPAN:] or "cương vị" in left[-_LINK_SPAN:]
                             or "tư cách" in left[-_LINK_SPAN:] or "là" in left[:8].lower()) \
                    and _ROLE_FIRST.search(left, max(0, len(left) - _LINK_SPAN)):
                m = _COMMA.match(text, after)
                org = _org_after(text, toks, self.s.token_at(m.end())) if m else None
                if org:
                    orgs = [org]
            if not orgs:
                link = _ending(_LINK, left)
                if link:
                    verb_at = self.s.token_at(base + link.start("verb"))
                    agent = org_ending_at(toks, verb_at, _clause_floor(toks, verb_at)) \
                        if "được " in text[max(0, toks[verb_at][START] - 80):toks[verb_at][START]] else None
                    if agent is not None and agent > 0 and toks[agent - 1][LOW] not in _PASSIVE:
                        agent = _titled_agent(toks, agent)
                    if agent is not None and agent > 0 and toks[agent - 1][LOW] in _PASSIVE:
                        verb_at = agent - 1     # "X được Sở Y tế giao nhiệm vụ ...": X, not the giver
                    orgs = _orgs_before(text, toks, verb_at)
                    floor = _clause_floor(toks, verb_at)
                    lead = text[toks[floor][START] if floor < len(toks) else 0:base + link.start("verb")]
                    elected = bool(link.group("elect") and link.group("elect") != "giao") \
                        or bool(_ELECTION.search(lead))
                    # "X và Y được bầu làm Khối trưởng và Khối phó": one role each
                    roles_here = self._listed_roles(n, after)
                    if len(roles_here) > 1 and len(roles_here) != len(orgs):
                        roles_here = [hit]
                elif _ending(_APPOSITION, left) and (left.rstrip().endswith(("(", "đơn vị", "cơ quan"))
                                                   or re.search(r"[,–—-]\s*$", left)):
                    mark = _ending(_APPOSITION, left)
                    orgs = _orgs_before(text, toks, self.s.token_at(base + mark.start()))
                    roles_here = self._listed_roles(n, after)
                    if len(roles_here) < 2 or len(roles_here) != len(orgs):
                        # "X và Y - đơn vị Khối trưởng, Khối phó": one role each, in order; else the last body
                        roles_here, orgs = [hit], orgs[-1:]
            if not orgs:
                continue
            if len(roles_here) > 1:
                pairs = list(zip(roles_here, orgs))
            else:
                pairs = [(hit, org) for org in orgs]
            for h, org in pairs:
                h.done = True
                h_explicit, h_stated, _ = self._after(h)
                group = self._group(h, h_explicit or explicit)
                if group is None:
                    continue
                year, basis = self._year(h, h_stated if h_stated is not None else stated, elected, group)
                if self.s.cut and self.s.reaches_cut(text.rfind(org) + len(org)):
                    continue    # the body's name runs to where the text was cut off
                out.append((group, Leadership(year, h.role, org, basis, prov)))
        return out


def _from_persons(article: Article, blocs: Blocs, persons: list[PersonRecord],
                  out: list[tuple[BlocGroup, Leadership]]) -> None:
    """Roles in a person's positions: the person's body holds the role."""
    for person in persons:
        if not person.org:
            continue
        for pos in person.positions:
            if pos.kind != "role":
                continue
            s = pos.sentence
            m = role_pattern().match(pos.text.lower())
            if m is None:
                continue
            kind = _role_kind(m.group())
            group = None
            for mention in blocs.in_sentence(s):
                if pos.start <= mention.start < pos.end and mention.group is not None and mention.group.reportable:
                    group = mention.group
            group = group or blocs.current(s, pos.start, kind)
            if group is None:
                continue
            y = re.search(rf"năm\s+({YEAR})\s*$", pos.text)
            year, basis = (int(y.group(1)), "stated") if y else _context_year(article, elected=False)
            out.append((group, Leadership(year, _notation(m.group()), person.org, basis, article.provenance(s))))


def extract(article: Article, blocs: Blocs, persons: list[PersonRecord]) -> None:
    """Attach every leadership term the article states to its bloc (in place)."""
    terms: list[tuple[BlocGroup, Leadership]] = []
    _from_persons(article, blocs, persons, terms)
    from_persons = {id(term) for _, term in terms}
    terms.extend(blocs.table_terms)
    recent: dict[int, tuple[int, int | None]] = {}
    for s in article.sentences:
        low = s.low
        if ("trưởng" not in low and "phó" not in low) or ("khối" not in low and "cụm" not in low) or s.shouting:
            continue        # every role word has both: "Khối trưởng", "Phó Cụm trưởng"
        skip = [(p.start, p.end) for person in persons for p in person.positions
                if p.sentence is s and p.kind == "role"]
        reader = _Reader(article, blocs, s, skip, recent)
        found = reader.read()
        from_persons |= reader.of_persons
        for group, term in found:
            recent[id(group)] = (s.index, term.year)
        terms.extend(found)
    for group, term in terms:
        # the body is written as the sentence that states the role writes it ("UBND tỉnh Lạng Sơn là Cụm
        # trưởng" gives "UBND tỉnh Lạng Sơn", whatever the member list calls the province)
        kept = group.add_leadership(term)
        if kept is not term and id(kept) in from_persons and id(term) not in from_persons:
            # a sentence that states a role names the body as it wants it named ("Liên đoàn Lao động
            # tỉnh (LĐLĐ) - đơn vị Khối trưởng"), over a person's post ("Chủ tịch LĐLĐ tỉnh, Khối trưởng")
            kept.org = term.org
            from_persons.discard(id(kept))
    for group in blocs.groups:
        if len(group.leadership) > 1:
            group.leadership = _without_restatements(group.leadership, from_persons)


#: Roles one body holds in a bloc's year: another body for it is the same one written another way.
_ONE_HOLDER = frozenset({"leader", "standing_deputy"})


def _without_restatements(terms: list[Leadership], from_persons: set[int]) -> list[Leadership]:
    """One term per fact: a shorter form of a body stated for the same year and role ("tỉnh Tây Ninh"
    beside "UBND tỉnh Tây Ninh") goes, and so does a person's post that restates a term a sentence
    states ("Chỉ huy trưởng Bộ đội Biên phòng tỉnh, Trưởng khối" beside "Bộ Chỉ huy Bộ đội Biên phòng
    tỉnh làm Khối trưởng")."""
    keys = [f" {name_key(t.org)} " for t in terms]
    slots: dict[tuple[int | None, str], list[int]] = {}
    for k, t in enumerate(terms):
        slots.setdefault((t.year, t.role), []).append(k)
    dropped: set[int] = set()
    for (_, role), members in slots.items():
        if len(members) < 2:
            continue
        stated = [j for j in members if id(terms[j]) not in from_persons]
        for k in members:
            if id(terms[k]) in from_persons and stated and (
                    role in _ONE_HOLDER or any(keys[k] in keys[j] or keys[j] in keys[k] for j in stated)):
                dropped.add(k)
        # the word-final parts of each body's key: a shorter key among them is the same body
        kept = [j for j in members if j not in dropped]
        tails = {keys[j][at:] for j in kept for at in range(1, len(keys[j]) - 1) if keys[j][at] == " "}
        for k in kept:
            if keys[k] in tails:
                dropped.add(k)
    return [t for k, t in enumerate(terms) if k not in dropped]
