"""What every extractor reads: the normalised article, its sentences and tokens.

An :class:`Article` is built by :mod:`thidua.loaders.article` once furniture
is gone. Extractors read its sentences (with offsets into the normalised text)
and turn a sentence into a :class:`~thidua.loaders.facts.Provenance` whose
offsets point into the *original* text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Final, Iterator

from ..facts import Provenance
from ..text import Normalised

__all__ = ["Token", "TEXT", "START", "END", "LOW", "CAP", "WORD", "token", "Sentence", "Article", "tokenize", "YEAR", "UPPER", "COUNT", "count_value"]

#: A plausible year of this genre.
YEAR = r"(?:19[4-9]\d|20\d\d)"

#: A regex class of the capital letters Vietnamese uses. (A range such as
#: "À-Ỹ" would also take lower-case letters, which sit between capitals in
#: Unicode's Latin blocks.)
UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha()
                      and (c < 0x250 or c >= 0x1E00)) + "]"

_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
          "tám": 8, "chín": 9}
_ONES = "(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín)"
#: A count as the text writes it: digits ("09", "12") or words up to twenty-nine ("tám", "mười hai",
#: "hai mươi mốt"). "một" alone is left out (it is also the article "a"), and so is "năm" where it is
#: "the year" ("trong năm", "cả năm", "hằng năm").
COUNT = (r"(?=[\dhbsctnmHBSCTNM])(?:(?<![\d/.,])(?:\d{1,3}(?:\.\d{3})+(?![\d.,])|\d{1,4})|(?<![^\W\d_])(?i:hai\s+mươi(?:\s+(?:mốt|" + _ONES[3:-1] + r"))?|mười(?:\s+"
         + _ONES + r")?|hai|ba|bốn|sáu|bảy|tám|chín|(?<!trong )(?<!cả )(?<!mỗi )(?<!hằng )(?<!hàng )(?<!một )năm))")


def count_value(written: str) -> int:
    """The number a :data:`COUNT` match states: ``count_value("mười hai") == 12``."""
    if written[0].isdigit():
        return int(written.replace(".", ""))      # "1.042": a dot between thousands
    words = written.lower().split()
    if words[0] == "mười":
        return 10 + (_UNITS[words[1]] if len(words) > 1 else 0)
    if len(words) >= 2 and words[1] == "mươi":
        return 10 * _UNITS[words[0]] + (_UNITS[words[2]] if len(words) > 2 else 0)
    return _UNITS[words[0]]


def trie_pattern(words: "list[str] | tuple[str, ...] | set[str]", space: str = r"\s+") -> str:
    """A regex source for a set of literal phrases, shared prefixes factored out (a space matches any
    white space).

    The regex engine tries the alternatives of an alternation one by one at every candidate position;
    factored by their letters, a few hundred family names cost a few character tests instead. Longer
    phrases are still preferred (an optional tail is greedy), as in a longest-first alternation.

    >>> print(trie_pattern(["hội nghị", "hội thảo", "hội"]))
    (?:hội(?:\\s+(?:nghị|thảo))?)
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        alternatives = [(space if ch == " " else re.escape(ch)) + build(child)
                        for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        if len(alternatives) == 1 and not ends:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + (")?" if ends else ")")

    return "(?:" + build(trie) + ")"


#: The characters of lower-cased Vietnamese news prose, most frequent first (counted over real articles);
#: any other character is rarer than these.
_COMMON = " nhtcigđuaomváưpàrkbộyệdlốịơsạủếâảôqêểởăựụí"


def cue_pattern(words: "list[str] | tuple[str, ...] | set[str]") -> re.Pattern[str]:
    """A pattern that finds whether any of some lower-case phrases is in a text, as written:
    ``pattern.search(s.low)`` says what ``any(w in s.low for w in words)`` says, faster for more than a
    handful of phrases. (Only whether: a match starts at the phrase's rarest letter, not at the phrase.)

    Each phrase is looked for from its rarest letter, the letters before it checked behind: the regex
    engine skips ahead to those letters (few of a text) instead of trying the phrases where any of their
    first letters stands ("c", "n", "t": most of a text).

    >>> print(cue_pattern(["cờ", "bằng khen"]).pattern)
    ằ(?<=bằ)ng\\ khen|ờ(?<=cờ)
    """
    def rarity(c: str) -> int:
        return -_COMMON.index(c) if c in _COMMON else -len(_COMMON)

    alternatives = set()
    for w in words:
        k = min(range(len(w)), key=lambda i: (rarity(w[i]), i))      # the rarest letter, the first of equals
        behind = f"(?<={re.escape(w[:k + 1])})" if k else ""
        alternatives.add(re.escape(w[k]) + behind + re.escape(w[k + 1:]))
    return re.compile("|".join(sorted(alternatives)))


def literal_words(words: "list[str] | tuple[str, ...] | set[str]") -> re.Pattern[str]:
    """An alternation of lower-case literal phrases, whole words at their end.

    It starts with no assertion, so the regex engine can skip ahead to a possible
    first character; :func:`word_matches` checks the word boundary before.
    """
    return re.compile(rf"{trie_pattern(words)}(?![^\W\d_])")


def word_matches(pattern: re.Pattern[str], text: str) -> "list[re.Match[str]]":
    """The matches of a :func:`literal_words` pattern that start a word."""
    first = pattern.search(text)        # (often none: one search says so)
    if first is None:
        return []
    return [m for m in pattern.finditer(text, first.start()) if not (m.start() and text[m.start() - 1].isalpha())]


def fewest_cues(words: "list[str] | tuple[str, ...] | set[str]") -> tuple[str, ...]:
    """The cue words a substring test needs: one that contains another is found through it.

    >>> fewest_cues(["cờ thi đua", "cờ", "bằng khen"])
    ('bằng khen', 'cờ')
    """
    ordered = sorted(set(words), key=len)
    kept: list[str] = []
    for w in ordered:
        if not any(k in w for k in kept):
            kept.append(w)
    return tuple(sorted(kept))


def cue_offsets(low: str, cues: "tuple[str, ...] | list[str]") -> list[int]:
    """Where any of some lower-case phrases occurs in a lower-cased text, in order (str.find is fast)."""
    found: set[int] = set()
    for cue in cues:
        at = low.find(cue)
        while at >= 0:
            found.add(at)
            at = low.find(cue, at + 1)
    return sorted(found)


def finditer_from(pattern: re.Pattern[str], text: str, starts: "list[int]") -> "Iterator[re.Match[str]]":
    r"""What ``pattern.finditer(text)`` finds, when every match starts at one of ``starts``.

    A long alternation opened by a look-behind gives the regex engine nothing to skip ahead by, so it
    tries every position of the text; trying only where a cue word stands is much cheaper.

    >>> [m.group() for m in finditer_from(re.compile(r"(?<!\w)khen\w*"), "Bằng khen, khen thưởng", [5, 11])]
    ['khen', 'khen']
    """
    last = 0
    match = pattern.match
    for at in starts:
        if at < last:
            continue
        m = match(text, at)
        if m is not None:
            last = m.end() if m.end() > m.start() else at + 1
            yield m


def first_letters(words: "list[str] | tuple[str, ...] | set[str]") -> str:
    """A lookahead for the first characters of some phrases, in either case.

    Put after a word-boundary check it lets the regex engine skip most positions
    of a text before trying a long alternation.
    """
    chars = set()
    for w in words:
        c = w.strip()[0]
        chars.update((c.lower(), c.upper()))
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


class cached_property:
    """``functools.cached_property`` without its per-instance lock (Python 3.11 takes one on
    every first access, a measurable cost over thousands of sentences; nothing here is shared
    between threads)."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\s\w]|_")


#: A token: a word, a number or one punctuation character, with offsets in its sentence. A plain tuple
#: whose fields are read by index, with the names below: articles have thousands of tokens, and a plain
#: tuple is the cheapest object Python makes and reads (a tuple subclass with named fields costs twice as
#: much to make and free, and reading a field by its name costs a call). What is asked of every token the
#: name rules pass is worked out once. A number starts with a digit (``t[TEXT][0].isdigit()``), a word
#: in lower case with a small letter (``t[TEXT][0].islower()``).
Token = tuple[str, int, int, str, bool, bool]
TEXT: Final = 0     # the token as written
START: Final = 1    # its offset in the sentence
END: Final = 2      # the offset after it
LOW: Final = 3      # lower case, tone marks kept (the normalised text has one tone placement)
CAP: Final = 4      # whether it starts with a capital letter ("Ban", "TĐKT", "XIII")
WORD: Final = 5     # whether it starts with a letter (a word, not a number or a punctuation mark)


def token(text: str, start: int, end: int) -> Token:
    """The token ``text`` at offsets ``start``-``end``, as :func:`tokenize` makes it."""
    return (text, start, end, text.lower(), text[0].isupper(), text[0].isalpha())


def tokenize(text: str) -> list[Token]:
    """Words, numbers ("4.290", "61,67") and single punctuation characters.

    >>> [t[TEXT] for t in tokenize("Cụm thi đua số 6, Ngành (2023).")]
    ['Cụm', 'thi', 'đua', 'số', '6', ',', 'Ngành', '(', '2023', ')', '.']
    """
    out: list[Token] = []
    append = out.append
    pos = 0
    # the normalised text has one space between words: most chunks between spaces are one word
    for chunk in text.split(" "):
        n = len(chunk)
        if chunk.isalpha():
            if chunk.islower():     # most words: their lower case is themselves
                append((chunk, pos, pos + n, chunk, False, True))
            else:
                append((chunk, pos, pos + n, chunk.lower(), chunk[0].isupper(), True))
        elif n > 1 and chunk[:-1].isalpha() and not ((c := chunk[-1]).isalnum() or c == "_" or c.isspace()):
            # a word and the punctuation after it ("tỉnh,", "2023." is not one: digits go below); the mark
            # is what the token pattern reads alone ([^\s\w])
            word = chunk[:-1]
            end = pos + n - 1
            append((word, pos, end, word.lower(), word[0].isupper(), True))
            append((chunk[-1], end, end + 1, chunk[-1], False, False))
        elif n > 1 and chunk[1:].isalpha() and not ((c := chunk[0]).isalnum() or c == "_" or c.isspace()):
            # the punctuation before a word ("(Khối", "“Vì")
            word = chunk[1:]
            append((chunk[0], pos, pos + 1, chunk[0], False, False))
            append((word, pos + 1, pos + n, word.lower(), word[0].isupper(), True))
        elif chunk:
            find = chunk.find
            at = 0
            for word in _TOKEN.findall(chunk):   # findall and find beat finditer's match objects
                start = find(word, at)
                at = start + len(word)
                append((word, pos + start, pos + at, word.lower(), word[0].isupper(), word[0].isalpha()))
        pos += n + 1
    return out


@dataclass
class Sentence:
    """One sentence of the article body (or its title), with offsets in the normalised text."""

    index: int
    start: int
    end: int
    text: str
    line: int
    is_title: bool = False
    cut: bool = False       # the article's text stops in the middle of this sentence
    cell: int = -1          # the column of a table row this is a cell of (-1: prose)

    def reaches_cut(self, end: int) -> bool:
        """Whether something ending at offset ``end`` runs to where the text was cut off (so may be
        incomplete: "tặng Bằng khen của Chủ tịch" of a text that stopped there)."""
        return self.cut and end >= len(self.text.rstrip(" ,;:-–"))

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def low(self) -> str:
        """The sentence lower-cased: extractors look for their key words in it before tokenizing."""
        return self.text.lower()

    def mentions(self, *words: str) -> bool:
        """Whether the sentence contains any of these lower-case words."""
        low = self.low
        return any(w in low for w in words)    # substring tests beat one regex alternation here

    @cached_property
    def shouting(self) -> bool:
        """Written in capitals (a title in upper case): names cannot be told apart in it."""
        text = self.text
        count = text.count
        common = count("n") + count("h") + count("t")
        if 5 * common > len(text) or 5 * (common + count("i") + count("c") + count("g")) > len(text):
            return False  # a fifth of it in these small letters alone (most prose): no need to count
        if 5 * sum(map(str.islower, text)) > len(text):
            return False  # more than a fifth small letters: cannot be four fifths capitals
        letters = sum(map(str.isalpha, text))
        return letters >= 12 and sum(map(str.isupper, text)) > 0.8 * letters

    @cached_property
    def has_digit(self) -> bool:
        text = self.text
        # (ten one-character substring tests cost less than one search for a character class)
        return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text
                or "6" in text or "7" in text or "8" in text or "9" in text)

    @cached_property
    def _starts(self) -> list[int]:
        return list(map(itemgetter(START), self.tokens))

    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after ``offset`` (sentence offsets)."""
        return bisect_left(self._starts, offset)


@dataclass
class Article:
    """The normalised article the extractors read."""

    name: str
    norm: Normalised
    sentences: list[Sentence]
    title: str | None = None
    published: str | None = None
    review_year: int | None = None
    plan_year: int | None = None
    role_year: int | None = None      # the year of the roles an article that reviews no year is about
    notes: dict[str, object] = field(default_factory=dict)
    _provenance: dict[int, tuple[str, int, int]] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def dateline_year(self) -> int | None:
        return int(self.published[:4]) if self.published else None

    def provenance(self, sentence: Sentence) -> Provenance:
        """The sentence quoted from the original text, with its original offsets."""
        cached = self._provenance.get(sentence.index)
        if cached is None:
            start, end = self.norm.original_span(sentence.start, sentence.end)
            cached = self._provenance[sentence.index] = (self.norm.original[start:end], start, end)
        quote, start, end = cached
        return Provenance(quote=quote, start=start, end=end)

    def earlier_in_paragraph(self, sentence: Sentence) -> list[Sentence]:
        """The sentences of a sentence's paragraph (its line) that come before it, in order."""
        k = sentence.index
        while k > 0 and self.sentences[k - 1].line == sentence.line:
            k -= 1
        return self.sentences[k:sentence.index]

    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.is_title]
