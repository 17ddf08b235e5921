"""The ``extract`` command: articles in, one facts file per article out.

Thin by design: it finds the articles (:func:`thidua.loaders.inputs.discover`),
calls :func:`thidua.loaders.article.extract_file` on each and writes or prints
the result. A file that cannot be read is one line on stderr; the rest of
the batch goes on and the exit status is 1 at the end.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..loaders.article import ArticleError, extract_file
from ..loaders.facts import Facts, dump_facts, write_facts
from ..loaders.inputs import InputFile, discover

__all__ = ["extract", "COMMANDS", "render"]


def render(facts: Facts, fmt: str) -> str:
    """One facts document as YAML (the SCHEMA.md format) or JSON."""
    if fmt == "json":
        return json.dumps(facts.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n"
    return dump_facts(facts)


def _target(item: InputFile, roots: list[Path], out: Path, suffix: str) -> Path:
    """DIR/x.yaml for x.txt; an article found inside a given folder keeps its sub-folder."""
    for root in roots:
        if root.is_dir():
            try:
                rel = item.path.relative_to(root)
            except ValueError:
                continue
            return out / rel.with_suffix(suffix)
    return out / (item.path.stem + suffix)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write one facts file per article into (x.txt -> OUT/x.yaml).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True,
              help="Output format: the facts YAML of SCHEMA.md, or the same as JSON.")
def extract(paths: tuple[Path, ...], out: Path | None, fmt: str) -> None:
    """Read articles (.txt, .html, .htm) and extract their facts.

    \b
    PATHS are article files or folders (read recursively). With --out, one
    facts file per article is written there; without it, one article's
    facts are printed. A file that cannot be read is reported on one line
    and the others are still extracted; the exit status is then 1.

    \b
    Examples:
      thidua extract ../shared/seeds --out out/facts
      thidua extract article.html --format json
    """
    found, problems = discover(paths, kinds=["article"])
    if out is None and len(found) + len(problems) > 1:
        raise click.UsageError("more than one article: give --out DIR to write one facts file per article")
    skipped: list[str] = []
    for line in problems:
        click.echo(f"skipped {line}", err=True)
        skipped.append(line)
    roots = [Path(p) for p in paths]
    suffix = ".json" if fmt == "json" else ".yaml"
    written: dict[Path, Path] = {}
    articles = facts_count = 0
    for item in found:
        try:
            facts = extract_file(item.path)
        except ArticleError as exc:
            line = f"{item.path}: {exc}"
            click.echo(f"skipped {line}", err=True)
            skipped.append(line)
            continue
        except Exception as exc:  # a bug, not the user's mistake: say so, keep the batch going
            line = f"{item.path}: internal error ({type(exc).__name__}: {exc}); please report it"
            click.echo(f"skipped {line}", err=True)
            skipped.append(line)
            continue
        if out is None:
            sys.stdout.write(render(facts, fmt))
        else:
            target = _target(item, roots, out, suffix)
            if target in written:
                line = f"{item.path}: not written, {target} already holds the facts of {written[target]}"
                click.echo(f"skipped {line}", err=True)
                skipped.append(line)
                continue
            if fmt == "json":
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(render(facts, fmt), encoding="utf-8")
            else:
                write_facts(facts, target)
            written[target] = item.path
        articles += 1
        facts_count += facts.count()
    _summary(articles, facts_count, out, skipped)
    if skipped:
        raise click.exceptions.Exit(1)


def _summary(articles: int, facts: int, out: Path | None, skipped: list[str]) -> None:
    where = f" into {out}" if out is not None else ""
    text = f"extracted {articles} article{'s' if articles != 1 else ''} ({facts} facts){where}"
    if skipped:
        text += f"; skipped {len(skipped)} file{'s' if len(skipped) != 1 else ''} (reasons above)"
    click.echo(text, err=True)


COMMANDS: list[Any] = [extract]
