"""Benchmark: articles per second for the article extractor, on one core.

Reads the seed articles (``$THIDUA_SHARED/seeds`` or ``../shared/seeds``) and
the test fixtures, extracts each many times after a warm-up, and reports
articles per second and characters per second; "per 10 KB article" scales
the character rate to a 10,000-character article, the size the goal is set
for (>= 200 articles/s). The process is pinned to one CPU where the system
allows it.

The machine may be shared, so the whole measurement is repeated (``--repeat``)
and the report gives the median of the runs with their range; each run is the
median round of ``--rounds`` passes over the corpus. The held-out articles
(``tests/loaders/heldout``, real pages the extractor is developed against) are
measured too, on a line of their own: the headline stays the corpus it has
always been. Writes ``bench/results/extract.md``.

    python bench/bench_extract.py [--rounds 20] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from thidua.loaders.article import extract_file, extract_text, read_article
from thidua.loaders.extract.blocs import _names_a_body

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = Path(os.environ.get("THIDUA_SHARED", REPO.parent / "shared"))
HELDOUT = REPO / "tests" / "loaders" / "heldout" / "articles"


def _paths(which: str) -> list[Path]:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    fixtures = sorted((REPO / "tests" / "loaders" / "fixtures").glob("*.*"))
    heldout = sorted(HELDOUT.glob("*.*"))
    return {"seeds": seeds, "fixtures": fixtures, "all": seeds + fixtures, "heldout": heldout}[which]


def corpus(which: str = "all") -> list[tuple[str, str]]:
    """(name, text) of the seed articles (real pages) and/or the test fixtures (short, dense snippets),
    or of the held-out articles."""
    return [(p.name, read_article(p).text) for p in _paths(which)]


def rate(texts: list[tuple[str, str]], rounds: int) -> tuple[float, float, float]:
    """Median seconds per round, best seconds per round, characters per second (median)."""
    runs = []
    for _ in range(rounds):
        # caches keyed on an article's own text would make repeated rounds faster than a real
        # corpus of distinct articles; empty them (caches keyed on words stay warm, as they would)
        _names_a_body.cache_clear()
        start = time.perf_counter()
        for name, text in texts:
            extract_text(text, name)
        runs.append(time.perf_counter() - start)
    median = statistics.median(runs)
    return median, min(runs), sum(len(t) for _, t in texts) / median


def _spread(values: list[float], scale: float = 1.0) -> str:
    """ "median (min-max)" of several runs."""
    return (f"{statistics.median(values) * scale:,.0f} ({min(values) * scale:,.0f}-"
            f"{max(values) * scale:,.0f})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20, help="passes over the corpus per run (default 20)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of the whole measurement (default 5)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "extract.md")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    texts = corpus()
    if not texts:
        print("no articles found", file=sys.stderr)
        return 1
    seeds, fixtures, heldout = corpus("seeds"), corpus("fixtures"), corpus("heldout")
    for name, text in texts + heldout:            # warm-up: gazetteers, regexes, caches
        extract_text(text, name)
    chars = sum(len(t) for _, t in texts)
    whole: list[tuple[float, float, float]] = []
    parts: dict[str, list[float]] = {"seeds": [], "fixtures": [], "heldout": []}
    for _ in range(max(1, args.repeat)):
        whole.append(rate(texts, args.rounds))
        for key, part in (("seeds", seeds), ("fixtures", fixtures), ("heldout", heldout)):
            if part:
                parts[key].append(rate(part, args.rounds)[2])
    medians = [m for m, _, _ in whole]
    bests = [b for _, b, _ in whole]
    per_char = [c for _, _, c in whole]
    # the same through the file API (decode, HTML stripping, hashing)
    paths = _paths("all")
    start = time.perf_counter()
    for _ in range(max(1, args.rounds // 4)):
        for p in paths:
            extract_file(p)
    file_rate = len(paths) * max(1, args.rounds // 4) / (time.perf_counter() - start)
    n = len(texts)
    lines = [
        "# Article extraction benchmark",
        "",
        f"- machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}, one core",
        f"- corpus: {n} articles ({chars:,} characters, mean {chars // n:,}): the "
        f"{len(seeds)} seed articles and {len(fixtures)} test fixtures; {args.rounds} rounds after a warm-up",
        f"- each figure is the median of {len(whole)} runs (each the median round of its run), with the "
        "range of the runs in brackets: the machine is shared",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| articles/s (whole corpus, median round) | {_spread([n / m for m in medians])} |",
        f"| articles/s (best round) | {_spread([n / b for b in bests])} |",
        f"| ms per article (median) | {statistics.median(medians) / n * 1000:.2f} |",
        f"| characters/s (whole corpus) | {_spread(per_char)} |",
        f"| **10 KB articles/s, whole corpus** (characters/s ÷ 10,000) | **{_spread(per_char, 1e-4)}** |",
    ]
    if parts["seeds"]:
        lines.append(f"| 10 KB articles/s, seed articles only (real pages) | {_spread(parts['seeds'], 1e-4)} |")
    if parts["fixtures"]:
        lines.append(f"| 10 KB articles/s, fixtures only (short, fact-dense) | {_spread(parts['fixtures'], 1e-4)} |")
    if parts["heldout"]:
        held_chars = sum(len(t) for _, t in heldout)
        lines.append(f"| 10 KB articles/s, held-out articles ({len(heldout)} real pages, {held_chars:,} characters; "
                     f"not in the headline) | {_spread(parts['heldout'], 1e-4)} |")
    lines += [
        f"| articles/s through extract_file (decode, HTML, hash) | {file_rate:,.0f} |",
        "",
        "Goal: at least 200 articles/s for 10 KB articles on one core. The 10 KB figure divides the",
        "character rate by 10,000; short, fact-dense fixtures cost more per character than real pages.",
        "",
    ]
    report = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
