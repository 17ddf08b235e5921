"""The ``thidua`` command line: a click group, one module per command family.

The group opens the store lazily (``--store PATH``, ``$THIDUA_STORE``, or the
user's data directory) and turns every user mistake -- a missing file, bad
YAML, bad SPARQL, an unknown format, a locked store -- into one line on
stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from . import __version__
from .graph.remote import RemoteError
from .graph.store import Store, StoreError, default_location
from .loaders.facts import FactsError
from .loaders.inputs import InputError
from .queries import QueryNotFound

__all__ = ["cli", "main", "Settings", "USER_ERRORS"]

#: Exceptions that mean the user asked for something that cannot be done.
#: OSError covers what the file system refuses (a missing folder, no permission, a full disk).
USER_ERRORS: tuple[type[BaseException], ...] = (StoreError, RemoteError, FactsError, InputError, QueryNotFound,
                                                OSError)


@dataclass
class Settings:
    """What the group's options say, and the store once opened."""

    store_location: str | None = None
    identities: Path | None = None
    _store: Store | None = field(default=None, repr=False)

    def use(self, store: Store) -> None:
        """Make ``store`` the one commands of this run use (closed when the run ends)."""
        self.close()
        self._store = store

    def store(self) -> Store:
        """The store, opened on first use."""
        if self._store is None:
            self._store = Store(self.store_location or default_location())
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class ThiduaGroup(click.Group):
    """A group that reports user errors as one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except USER_ERRORS as exc:
            raise click.ClickException(_one_line(exc)) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise click.exceptions.Exit(1) from None


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


@click.group(cls=ThiduaGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--store", "store_location", metavar="PATH", envvar="THIDUA_STORE",
              help="Store directory (default: $THIDUA_STORE, else thidua/store in the user data directory); "
                   "':memory:' for a throwaway store.")
@click.option("--identities", metavar="FILE", envvar="THIDUA_IDENTITIES",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Curated identity file (YAML) that merges or splits nodes; applied whenever facts are built.")
@click.version_option(__version__, prog_name="thidua")
@click.pass_context
def cli(ctx: click.Context, store_location: str | None, identities: Path | None) -> None:
    """thidua: a knowledge graph of Vietnam's emulation blocs, their leaders and honours.

    \b
    Read articles into facts, load facts into an RDF store, ask SPARQL questions,
    follow leadership as it rotates from year to year, and publish the graph.

    \b
    Example:
      thidua build ../shared/seeds --out out/
      thidua --store kg/ load out/facts/
      thidua --store kg/ query leaders
    """
    settings = Settings(store_location=store_location, identities=identities)
    ctx.obj = settings
    ctx.call_on_close(settings.close)


def _register() -> None:
    """Add the commands of every command family (one module each, FtM-style)."""
    from .commands import build, entities, extract, rotation, store

    for module in (build, store, extract, entities, rotation):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    """Entry point of the ``thidua`` script and ``python -m thidua``."""
    cli(prog_name="thidua")


if __name__ == "__main__":  # pragma: no cover
    main()
