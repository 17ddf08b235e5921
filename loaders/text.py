"""Decode article bytes and normalise the text without losing the original.

Articles arrive in UTF-8 (with or without a byte-order mark) or UTF-16, and
their text varies in ways a reader ignores but a pattern does not: NFD letters,
no-break spaces as the only gap between words, zero-width characters, two
placements of the tone mark in one article ("hoá"/"hóa", "Uỷ"/"Ủy"), words
glued together by HTML extraction ("Báo Phú Thọphát động") and punctuation
without its space ("quy định.Bên cạnh"). :func:`normalise` repairs all of
these and keeps, for every character of the normalised text, the offset of the
character it came from, so a fact found in the normalised text can be quoted
from the original (:meth:`Normalised.original_span`).

Tone marks are placed the traditional way ("hóa", "Ủy", "khỏe"), the form most
articles and legal texts use.

>>> n = normalise("Báo Phú Thọphát động\\u00a0phong trào thi đua, khoẻ")
>>> n.text
'Báo Phú Thọ phát động phong trào thi đua, khỏe'
>>> start, end = n.original_span(n.text.index("phát"), n.text.index("phát") + 4)
>>> n.original[start:end]
'phát'
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from .gazetteer import fold, syllable_keep, syllables

__all__ = ["ArticleError", "decode", "Normalised", "normalise", "is_vietnamese", "unify_tones"]


class ArticleError(ValueError):
    """An input that cannot be read as an article; the message is one clear line."""


# --------------------------------------------------------------------------
# decoding

_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows NUL in every other byte of ASCII."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Bytes to text: a BOM decides, else UTF-16 by its NUL pattern, else strict UTF-8.

    Raises :class:`ArticleError` with one clear line for empty, binary or
    undecodable input.

    >>> decode("Khối thi đua".encode("utf-16"))
    'Khối thi đua'
    >>> decode(b"\\xff\\xfe\\x00")
    Traceback (most recent call last):
    ...
    thidua.loaders.text.ArticleError: not valid UTF-16 text (truncated data at byte 2)
    """
    if not data.strip():
        raise ArticleError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, skipped=len(bom))
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise ArticleError(f"not a text file: it looks like {what}")
    encoding = _utf16_without_bom(data)
    if encoding:
        return _strict(data, encoding)
    if b"\x00" in data[:65536]:
        raise ArticleError("not a text file: it contains NUL bytes (binary data)")
    text = _strict(data, "utf-8")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > 0.01 * min(len(text), 65536):
        raise ArticleError(f"not a text file: {controls} control characters in the first 64 KB")
    return text


def _strict(data: bytes, encoding: str, skipped: int = 0) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().replace("-LE", "").replace("-BE", "")
        reason = "truncated data" if "truncated" in exc.reason or "unexpected end" in exc.reason else exc.reason
        raise ArticleError(f"not valid {name} text ({reason} at byte {exc.start + skipped})"
                           + ("; save it as UTF-8" if encoding == "utf-8" else "")) from None
    if not text.strip():
        raise ArticleError("empty file (only white space)")
    return text


_VIET = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_LETTER = re.compile(r"[^\W\d_]")


def is_vietnamese(text: str) -> bool:
    """Whether a text is written in Vietnamese: letters only Vietnamese uses make up 1 % of its letters.

    >>> is_vietnamese("Khối thi đua các cơ quan Đảng"), is_vietnamese("The annual meeting of the bloc")
    (True, False)
    """
    sample = text[:200_000]
    need = max(3, -(-len(sample) // 100))
    if next(islice(_VIET.finditer(sample), need - 1, None), None) is not None:
        return True                         # enough already: stop looking (most articles)
    special = len(_VIET.findall(sample))
    if special < 3:
        return False
    if special >= 0.01 * len(sample):      # every letter is a character: no need to count letters
        return True
    return special >= 0.01 * len(_LETTER.findall(sample))


# --------------------------------------------------------------------------
# normalising with an offset map


class _StageMap:
    """Where each character of one stage's output came from in its input.

    Built from the stage's edits; answers in O(log edits), so no per-character
    array is kept for the (mostly untouched) text.
    """

    __slots__ = ("out_starts", "edits", "deltas")

    def __init__(self, edits: list["Edit"]) -> None:
        self.out_starts: list[int] = []
        self.edits = edits
        self.deltas: list[int] = []   # output - input after each edit
        delta = 0
        for start, end, repl in edits:
            self.out_starts.append(start + delta)
            delta += len(repl) - (end - start)
            self.deltas.append(delta)

    def source(self, q: int) -> int:
        i = bisect_right(self.out_starts, q) - 1
        if i < 0:
            return q
        start, end, repl = self.edits[i]
        k = q - self.out_starts[i]
        if k < len(repl):
            return start + k if len(repl) == end - start else start
        return q - self.deltas[i]


@dataclass
class Normalised:
    """A normalised text, and the way back from its offsets to the original's.

    Inserted characters point at the original character that follows them;
    a character that replaced several (NFC) points at the first of them.
    """

    original: str
    text: str
    stages: list[_StageMap]

    def offset(self, q: int) -> int:
        """The original offset of normalised offset ``q`` (``len(text)`` maps to ``len(original)``)."""
        for stage in reversed(self.stages):
            q = stage.source(q)
        return q

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of ``text[start:end]``, trimmed of surrounding white space."""
        a, b = self.offset(start), self.offset(end)
        if b < a:
            b = a
        while a < b and (self.original[a].isspace() or self.original[a] in _INVISIBLE):
            a += 1
        while b > a and (self.original[b - 1].isspace() or self.original[b - 1] in _INVISIBLE):
            b -= 1
        return a, b

    def original_text(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.original[a:b]


Edit = tuple[int, int, str]


def _apply(text: str, edits: list[Edit], stages: list[_StageMap]) -> str:
    """Apply sorted, non-overlapping edits (start, end, replacement); record the stage map."""
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for start, end, repl in edits:
        parts.append(text[pos:start])
        parts.append(repl)
        pos = end
    parts.append(text[pos:])
    stages.append(_StageMap(edits))
    return "".join(parts)


# Stage 1: characters. Same-length replacements by a translation table (odd
# spaces to a space, lone CR and line separators to a line feed, the eth some
# old sources use for đ); edits only where characters disappear (CR of CRLF,
# invisible characters).
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
_SAME_LENGTH = {**{c: " " for c in _SPACES}, "\r": "\n", "\u2028": "\n", "\u2029": "\n",
                "\u0085": "\n", "ð": "đ", "Ð": "Đ"}
_DROP = re.compile(rf"\r(?=\n)|[{_INVISIBLE}]+")
_COMBINING = re.compile(r"[^\W\d_]?[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _drop_edits(text: str) -> list[Edit]:
    if "\r" not in text and not any(c in text for c in _INVISIBLE):
        return []
    return [(m.start(), m.end(), "") for m in _DROP.finditer(text)]


def _nfc_edits(text: str) -> list[Edit]:
    if unicodedata.is_normalized("NFC", text):
        return []
    edits = []
    for m in _COMBINING.finditer(text):
        composed = unicodedata.normalize("NFC", m.group())
        if composed != m.group():
            edits.append((m.start(), m.end(), composed))
    return edits


# Stage 2: tone-mark placement, same length. In an open syllable "oa", "oe"
# and "uy" (not after q) carry the mark on their first vowel.
_MARKED = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
_NEW_STYLE = re.compile(rf"([oOuU])([{_MARKED}])(?![^\W\d_])")
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


def _old_style(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    if m.start() and m.string[m.start() - 1] in "qQ":
        return m.group()  # "quý": the u belongs to the onset
    base, *marks = unicodedata.normalize("NFD", second)
    if (first.lower(), base.lower()) not in _PAIRS or len(marks) != 1:
        return m.group()
    return unicodedata.normalize("NFC", first + marks[0]) + base


def unify_tones(text: str) -> str:
    """Place tone marks the traditional way ("hoá" -> "hóa", "Uỷ" -> "Ủy"); same length.

    >>> unify_tones("Toạ đàm, sức khoẻ, quý")
    'Tọa đàm, sức khỏe, quý'
    """
    return _NEW_STYLE.sub(_old_style, text)


# Stage 3: spaces that extraction lost. Inserted before a glued syllable and
# after punctuation that runs into the next word.
_RUN = re.compile(r"[^\W\d_]{4,}")
# Punctuation that runs into the next word: checked around each candidate.
_PUNCT = re.compile(r"[.;:!?,\u201d)](?=[^\s\d.,;:!?\u2026)\]\u201d\"'\-/%])|(?<=[^\W_])[\u201c(]")
_OPENERS = "\u201c\"("


_STOP_FINAL = re.compile(r"(?:c|ch|p|t)$")
_SAC_NANG = ("\u0301", "\u0323")


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    """A written syllable: onset + rhyme, and a stop final (c, ch, p, t) only under sắc or nặng."""
    folded = fold(word)
    if folded not in syllables():
        return False
    if _STOP_FINAL.search(folded):
        return any(mark in unicodedata.normalize("NFD", word) for mark in _SAC_NANG)
    return True


def _split_syllables(word: str) -> list[int] | None:
    """Cut points splitting a glued word into 2-3 known syllables of 2+ letters, else None.

    Prefers a second part that starts with a consonant, then the shortest first
    part, which leaves digraph onsets whole ("thọ|phát", not "thọp|hát").
    """
    n = len(word)
    best: tuple[tuple[int, int], list[int]] | None = None
    for i in range(n - 2, 1, -1):
        left, right = word[:i], word[i:]
        if not _is_syllable(left):
            continue
        if _is_syllable(right):
            cuts = [i]
        else:
            inner = next((j for j in range(len(right) - 2, 1, -1)
                          if _is_syllable(right[:j]) and _is_syllable(right[j:])), None)
            if inner is None:
                continue
            cuts = [i, i + inner]
        rank = (0 if fold(right[0]) in "aăâeêioôơuưy" else 1, -i, -len(cuts))
        if best is None or rank > best[0]:
            best = (rank, cuts)
    return best[1] if best else None


@lru_cache(maxsize=65536)
def _suspect(word: str) -> bool:
    """A word the glue repair should look at: not a syllable, not an acronym, not kept."""
    return not (word.isascii() or _is_syllable(word) or word.isupper() or fold(word) in syllable_keep())


def _occurrences(text: str, words: set[str], whole: bool = True) -> list[tuple[str, int]]:
    """Where each of a few words occurs in a text (as a whole word), in order; str.find is fast."""
    out = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not whole or ((start == 0 or not text[start - 1].isalpha())
                             and (end == len(text) or not text[end].isalpha())):
                out.append((word, start))
            start = text.find(word, end)
    return sorted(out, key=lambda item: item[1])


def _suspect_words(token: str) -> tuple[str, ...]:
    return tuple(w for w in _RUN.findall(token) if _suspect(w))


#: What the glue and punctuation passes make of each distinct token seen: the tokens neither pass has
#: anything to do with (nearly all), and (glued words, punctuation touching) for the others. One set
#: difference then leaves only an article's few suspects and new tokens to look at.
_CLEAN_TOKENS: set[str] = set()
_TOKEN_CLASS: dict[str, tuple[tuple[str, ...], bool]] = {}
_TOKEN_CLASS_LIMIT = 200_000


def _suspects(words: "set[str] | list[str]") -> tuple[set[str], set[str]]:
    """The glued words and the tokens with touching punctuation among an article's tokens."""
    clean, cache = _CLEAN_TOKENS, _TOKEN_CLASS
    if len(clean) + len(cache) > _TOKEN_CLASS_LIMIT:
        clean.clear()
        cache.clear()
    get = cache.get
    glued: set[str] = set()
    punct: set[str] = set()
    for token in (words if isinstance(words, set) else set(words)) - clean:
        found = get(token)
        if found is None:
            found = (_suspect_words(token), _punct_suspect(token))
            if not (found[0] or found[1]):
                clean.add(token)
                continue
            cache[token] = found
        if found[0]:
            glued.update(found[0])
        if found[1]:
            punct.add(token)
    return glued, punct


def _glue_edits(text: str, tokens: set[str] | None = None, suspects: set[str] | None = None) -> list[Edit]:
    edits: list[Edit] = []
    keep = syllable_keep()
    if suspects is None:
        suspects = _suspects(tokens if tokens is not None else set(text.split()))[0]
    if not suspects:
        return edits
    for word, start in _occurrences(text, suspects):
        m_start = start
        # a lower-to-upper change inside a word: "củaTỉnh", "đạocủaTỉnh"
        pieces: list[tuple[int, str]] = []
        start = 0
        for i in range(1, len(word)):
            if word[i].isupper() and word[i - 1].islower():
                pieces.append((start, word[start:i]))
                start = i
        pieces.append((start, word[start:]))
        if len(pieces) > 1 and not all(_is_syllable(p) or _split_syllables(p) for _, p in pieces[:-1]):
            continue  # "ThS", "iPhone", "McDonald": leave them
        for k, (offset, piece) in enumerate(pieces):
            if k:
                edits.append((m_start + offset, m_start + offset, " "))
            if len(piece) < 4 or _is_syllable(piece) or fold(piece) in keep:
                continue
            if piece.isascii() or not (piece.islower() or piece[0].isupper() and piece[1:].islower()):
                continue  # English words and acronyms: not ours to split
            cuts = _split_syllables(piece)
            for cut in cuts or ():
                edits.append((m_start + offset + cut, m_start + offset + cut, " "))
    return sorted(edits)


def _punct_suspect(token: str) -> bool:
    return _PUNCT.search(token) is not None


def _punct_edits(text: str, words: set[str] | None = None, tokens: set[str] | None = None) -> list[Edit]:
    """A space after . ; : ! ? , ” ) that touch the next word, and before a touching “ or (."""
    edits: list[Edit] = []
    n = len(text)
    if tokens is None:
        tokens = _suspects(words if words is not None else set(text.split()))[1]
    if not tokens:
        return edits
    spans = sorted({(start, start + len(token)) for token, start in _occurrences(text, tokens, whole=False)})
    matches = (m for a, b in spans for m in _PUNCT.finditer(text, a, b))
    seen: set[int] = set()
    for m in matches:
        if m.start() in seen:
            continue
        seen.add(m.start())
        c, at = m.group(), m.start()
        if c in _OPENERS:
            edits.append((at, at, " "))
            continue
        nxt = text[at + 1] if at + 1 < n else ""
        prev = text[at - 1] if at else ""
        if c == ".":
            # "quy định.Bên" but not "kiemsat.vn", "4.290", "TP.HCM" stays legible either way
            ok = (nxt.isupper() or nxt in _OPENERS) and (prev.isalpha() or prev in "\u201d\")")
            if ok and at >= 2 and text[at - 2:at].isupper() and text[at - 2:at].isalpha() and nxt.isupper():
                ok = False  # acronyms with dots: "TP.HCM", "Q.TB"
        elif c in ";:!?":
            ok = nxt.isalpha() or nxt in _OPENERS
        elif c == ",":
            ok = nxt.isalpha() and (prev.isalnum() or prev in "\u201d\")")
        else:  # ” )
            ok = nxt.isalpha()
        if ok:
            edits.append((at + 1, at + 1, " "))
    return edits


# Stage 4: white space. One space between words, none at line ends, at most one blank line.
_INNER_SPACES = re.compile(r" {2,}")


def _ws_edits(text: str) -> list[Edit]:
    """One space between words, none at line ends or starts, at most one blank line; line by line."""
    core = text.rstrip("\n")
    if core and not (core[0] in " \n" or core[-1] == " " or "  " in core or "\n " in core or " \n" in core
                     or "\n\n\n" in core):
        # nothing to do but the line breaks at the end (most texts once the earlier stages are done)
        return [(len(core), len(text), "")] if len(core) < len(text) else []
    edits: list[Edit] = []
    pos = 0
    blank_from: int | None = None        # where a run of blank lines began
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip(" ")
        if not stripped:
            if blank_from is None:
                blank_from = pos
        else:
            if blank_from is not None:
                # keep one line break of the run (none at the very start of the text)
                cut_to = pos if blank_from == 0 else pos - 1
                if blank_from < cut_to:
                    edits.append((blank_from, cut_to, ""))
                blank_from = None
            lead = len(line) - len(line.lstrip(" "))
            trail = len(line) - len(line.rstrip(" "))
            if lead:
                edits.append((pos, pos + lead, ""))
            if "  " in stripped:
                for m in _INNER_SPACES.finditer(line, lead, len(line) - trail):
                    edits.append((pos + m.start() + 1, pos + m.end(), ""))
            if trail:
                edits.append((end - trail, end, ""))
        pos = end + 1
    if blank_from is not None:           # blank lines at the end, with the line break before them
        edits.append((max(blank_from - 1, 0), len(text), ""))
    return _nonoverlapping(edits)


def _nonoverlapping(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits):
        if out and e[0] < out[-1][1]:
            last = out.pop()
            e = (last[0], max(last[1], e[1]), "")
        out.append(e)
    return out


def _merge(*edit_lists: list[Edit]) -> list[Edit]:
    """Insertions at one position are merged into one; overlapping edits keep the first."""
    merged: list[Edit] = []
    for e in sorted((e for lst in edit_lists for e in lst), key=lambda e: (e[0], e[1])):
        if merged and e[0] < merged[-1][1]:
            continue
        if merged and e[0] == e[1] == merged[-1][0] == merged[-1][1]:
            continue
        merged.append(e)
    return merged


def normalise(original: str) -> Normalised:
    """Normalise an article's text, keeping the way back to offsets in ``original``."""
    stages: list[_StageMap] = []
    text = original
    for char, same in _SAME_LENGTH.items():      # (a look for each, and a replace of the few there, beat a scan)
        if char in text:
            text = text.replace(char, same)     # (no replacement is itself replaced: one pass each is enough)
    text = _apply(text, _drop_edits(text), stages)
    text = _apply(text, _nfc_edits(text), stages)
    text = unify_tones(text)                         # same length: no map needed
    glued, punct = _suspects(text.split())
    text = _apply(text, _merge(_glue_edits(text, suspects=glued), _punct_edits(text, tokens=punct)), stages)
    text = _apply(text, _ws_edits(text), stages)
    return Normalised(original=original, text=text, stages=stages)
