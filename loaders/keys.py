"""Matching keys and slugs for Vietnamese names.

A *key* folds what a reader forgives -- Unicode form, letter case, tone-mark
placement and tone marks themselves, quotes, dashes, spacing and the usual
abbreviations -- so that "Ban Tổ chức TW" and "Ban tổ chức Trung ương" meet.
It keeps the vowel-quality marks (ă â ê ô ơ ư) and đ, which change the word.
A *slug* is the ASCII form of a key, for readable IRIs.

The abbreviation table is the one ``shared/eval/score.py`` uses, plus a few
more seen in articles; it lives in ``abbreviations.yaml`` beside this module.

>>> name_key("Ban Tổ chức TW") == name_key("ban tổ chức  Trung ương")
True
>>> name_key("Toà án nhân dân tối cao") == name_key("TAND tối cao")
True
>>> slug("Nhà xuất bản Chính trị quốc gia Sự thật")
'nha-xuat-ban-chinh-tri-quoc-gia-su-that'
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["TONE_MARKS", "abbreviations", "strip_tones", "name_key", "slug"]

# The five tone marks as combining characters (huyền, sắc, ngã, hỏi, nặng).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

_PUNCT = re.compile(r"[\"“”‘’'«»()\[\]{},.;:!?…/\\*•·]")
_DASHES = re.compile(r"[-‐‑‒–—―]")
# i/y spellings of one syllable after tones are gone ("Chiến sỹ" / "Chiến sĩ").
_IY = {"sy": "si", "ky": "ki"}


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Lower-case abbreviation -> lower-case expansion (with tone marks)."""
    data = yaml.safe_load(resources.files(__package__).joinpath("abbreviations.yaml").read_text("utf-8"))
    return {str(k).lower(): str(v).lower() for k, v in data.items()}


def strip_tones(text: str) -> str:
    """Drop the five tone marks, keep every other letter (ă, ơ, đ ...)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The matching key of a name: what two spellings of one name share."""
    s = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("ð", "đ").replace("Ð", "Đ")
    s = _DASHES.sub(" ", _PUNCT.sub(" ", s.lower()))
    table = abbreviations()
    s = " ".join(table.get(w, w) for w in s.split())
    words = strip_tones(s).split()
    return " ".join(_IY.get(w, w) for w in words)


_ASCII = str.maketrans({"đ": "d", "Đ": "D"})


def slug(text: str, max_length: int = 80) -> str:
    """A readable ASCII slug of a name's key, for IRIs: 'ban-to-chuc-trung-uong'."""
    folded = unicodedata.normalize("NFKD", name_key(text).translate(_ASCII))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(out) > max_length:
        out = out[:max_length].rsplit("-", 1)[0]
    return out or "x"
