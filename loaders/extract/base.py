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
from functools import cached_property

from ..facts import Provenance
from ..text import Normalised

__all__ = ["Token", "Sentence", "Article", "tokenize", "YEAR", "UPPER"]

#: A plausible year of this genre.
YEAR = r"(?:19[4-9]\d|20\d\d)"

#: A regex class of the capital letters Vietnamese uses. (A range such as
#: "À-Ỹ" would also take lower-case letters, which sit between capitals in
#: Unicode's Latin blocks.)
UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha()
                      and (c < 0x250 or c >= 0x1E00)) + "]"

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\s\w]|_")


@dataclass(frozen=True)
class Token:
    """A word, a number or one punctuation character, with offsets in its sentence."""

    text: str
    start: int
    end: int

    @cached_property
    def low(self) -> str:
        """Lower case, tone marks kept (the normalised text has one tone placement)."""
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter ("Ban", "TĐKT", "XIII")."""
        return self.text[0].isupper()

    @property
    def is_lower(self) -> bool:
        return self.text[0].islower()


def tokenize(text: str) -> list[Token]:
    """Words, numbers ("4.290", "61,67") and single punctuation characters.

    >>> [t.text for t in tokenize("Cụm thi đua số 6, Ngành (2023).")]
    ['Cụm', 'thi', 'đua', 'số', '6', ',', 'Ngành', '(', '2023', ')', '.']
    """
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass
class Sentence:
    """One sentence of the article body (or its title), with offsets in the normalised text."""

    index: int
    start: int
    end: int
    text: str
    line: int
    is_title: bool = False

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

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
    notes: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def dateline_year(self) -> int | None:
        return int(self.published[:4]) if self.published else None

    def provenance(self, sentence: Sentence) -> Provenance:
        """The sentence quoted from the original text, with its original offsets."""
        start, end = self.norm.original_span(sentence.start, sentence.end)
        return Provenance(quote=self.norm.original[start:end], start=start, end=end)

    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.is_title]
