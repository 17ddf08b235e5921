"""Find a bloc by what a user types: its label, forgiving case, tone marks and abbreviations.

Labels and the text are compared by their :func:`~thidua.loaders.keys.name_key`;
a label equal to the text wins, else every label that contains it matches,
else every label that has all its words ("Cụm 4" for "Cụm thi đua số 4").
Only when nothing matches are they compared again with every diacritic
folded to ASCII (:func:`~thidua.loaders.keys.slug`), for a terminal without
a Vietnamese keyboard. Nothing matching, or several, is an error that names
the candidates, so a command can say what to type instead.

>>> blocs = {"b1": "Khối thi đua các cơ quan Đảng Trung ương", "b2": "Khối thi đua các bộ, ngành Nội chính TW"}
>>> resolve_bloc(blocs, "Nội Chính trung ương")
'b2'
>>> resolve_bloc(blocs, "co quan dang")
'b1'
>>> resolve_bloc(blocs, "khối thi đua")
Traceback (most recent call last):
...
thidua.graph.views.blocs.AmbiguousBloc: 'khối thi đua' matches 2 blocs: Khối thi đua các bộ, ngành Nội chính TW; Khối thi đua các cơ quan Đảng Trung ương -- give more of the name
"""
from __future__ import annotations

from typing import Mapping

from ...loaders.keys import name_key, slug

__all__ = ["match_blocs", "resolve_bloc", "BlocMatchError", "NoSuchBloc", "AmbiguousBloc"]


class BlocMatchError(LookupError):
    """The text names no bloc, or more than one."""

    def __str__(self) -> str:
        return str(self.args[0])


class NoSuchBloc(BlocMatchError):
    """No bloc's label matches the text."""


class AmbiguousBloc(BlocMatchError):
    """Several blocs' labels match the text."""


def match_blocs(blocs: Mapping[str, str], text: str) -> list[str]:
    """The ids of the blocs whose label is the text, else of those whose label contains it.

    ``blocs`` maps bloc id -> label (:func:`~thidua.graph.views.records.fetch_blocs`).
    A bloc id given as the text matches itself.
    """
    if text in blocs:
        return [text]
    for fold in (name_key, _ascii):
        key = fold(text)
        if not key:
            return []
        labels = {bloc: fold(label) for bloc, label in blocs.items()}
        words = set(key.split())
        found = ([bloc for bloc, label in labels.items() if label == key]
                 or [bloc for bloc, label in labels.items() if key in label]
                 or [bloc for bloc, label in labels.items() if words <= set(label.split())])
        if found:
            return found
    return []


def _ascii(text: str) -> str:
    return slug(text, max_length=10_000).replace("-", " ").strip()


def resolve_bloc(blocs: Mapping[str, str], text: str) -> str:
    """The one bloc the text names; :class:`NoSuchBloc` or :class:`AmbiguousBloc` otherwise."""
    found = match_blocs(blocs, text)
    if len(found) == 1:
        return found[0]
    if not found:
        known = "; ".join(sorted(blocs.values())) or "none (the store has no bloc)"
        raise NoSuchBloc(f"no bloc matches {text!r} (known: {known})")
    names = "; ".join(sorted(blocs[b] for b in found))
    raise AmbiguousBloc(f"{text!r} matches {len(found)} blocs: {names} -- give more of the name")
