"""Find the input files under the paths a user gives, and read each by its kind.

* articles (``.txt``, ``.html``, ``.htm``) are extracted into facts;
* facts files (``.yaml``, ``.yml``, ``.json``) are read as curated facts;
* tables (``.csv``) are read by :mod:`thidua.loaders.table`;
* RDF files (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``) are left to the store.

Folders are walked recursively in sorted order; hidden files and folders are
skipped. Every failure is an :class:`InputError` with one line that names the
file, so a batch can report it and go on.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .facts import Facts, FactsError, read_facts
from .table import read_table

__all__ = ["KINDS", "InputError", "InputFile", "discover", "kind_of", "read_input"]

#: suffix -> kind of input
KINDS: dict[str, str] = {
    ".txt": "article", ".html": "article", ".htm": "article",
    ".yaml": "facts", ".yml": "facts", ".json": "facts",
    ".csv": "table",
    ".ttl": "rdf", ".turtle": "rdf", ".nt": "rdf", ".trig": "rdf", ".nq": "rdf", ".jsonld": "rdf",
}


class InputError(Exception):
    """An input that cannot be read; the message is one line naming the file."""


@dataclass(frozen=True)
class InputFile:
    """A file to read and what kind of input it is."""

    path: Path
    kind: str


def kind_of(path: Path) -> str | None:
    """The kind of input a file is, from its suffix (None if thidua does not read it)."""
    return KINDS.get(path.suffix.lower())


def discover(paths: Iterable[str | Path], kinds: Iterable[str] | None = None) -> tuple[list[InputFile], list[str]]:
    """The readable files under ``paths`` (recursively) and the paths that could not be used.

    A file named explicitly with an unknown suffix is reported; files of other
    kinds met inside a folder are passed over quietly.
    """
    wanted = set(kinds) if kinds is not None else set(KINDS.values())
    found: list[InputFile] = []
    problems: list[str] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            problems.append(f"{path}: no such file or folder")
            continue
        if path.is_dir():
            for child in sorted(_walk(path)):
                kind = kind_of(child)
                if kind in wanted and child.resolve() not in seen:
                    seen.add(child.resolve())
                    found.append(InputFile(child, kind))
            continue
        kind = kind_of(path)
        if kind not in wanted:
            known = ", ".join(sorted(s for s, k in KINDS.items() if k in wanted))
            problems.append(f"{path}: not a file thidua reads here ({known})")
        elif path.resolve() not in seen:
            seen.add(path.resolve())
            found.append(InputFile(path, kind))
    return found, problems


def _walk(folder: Path) -> Iterator[Path]:
    for child in folder.iterdir():
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def read_input(item: InputFile) -> list[Facts]:
    """The facts documents one article, facts file or table holds."""
    try:
        if item.kind == "facts":
            return [read_facts(item.path)]
        if item.kind == "table":
            return read_table(item.path)
        if item.kind == "article":
            from .article import ArticleError, extract_file

            try:
                return [extract_file(item.path)]
            except ArticleError as exc:
                raise InputError(str(exc) if str(item.path) in str(exc) else f"{item.path}: {exc}") from None
    except FactsError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(f"{item.path}: cannot read ({exc.strerror or exc})") from None
    raise InputError(f"{item.path}: {item.kind} files are not read as facts")
