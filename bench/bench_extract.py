"""Benchmark: articles per second for the article extractor, on one core.

Reads the seed articles (``$THIDUA_SHARED/seeds`` or ``../shared/seeds``) and
the test fixtures, extracts each many times after a warm-up, and reports
articles per second and characters per second; "per 10 KB article" scales
the character rate to a 10,000-character article, the size the goal is set
for (>= 200 articles/s). The process is pinned to one CPU where the system
allows it. Writes ``bench/results/extract.md``.

    python bench/bench_extract.py [--rounds 20]
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


def corpus(which: str = "all") -> list[tuple[str, str]]:
    """(name, text) of the seed articles (real pages) and/or the test fixtures (short, dense snippets)."""
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    fixtures = sorted((REPO / "tests" / "loaders" / "fixtures").glob("*.*"))
    paths = {"seeds": seeds, "fixtures": fixtures, "all": seeds + fixtures}[which]
    return [(p.name, read_article(p).text) for p in paths]


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20, help="passes over the corpus (default 20)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "extract.md")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    texts = corpus()
    if not texts:
        print("no articles found", file=sys.stderr)
        return 1
    for name, text in texts:                       # warm-up: gazetteers, regexes, caches
        extract_text(text, name)
    chars = sum(len(t) for _, t in texts)
    median, best, chars_per_s = rate(texts, args.rounds)
    seeds = corpus("seeds")
    seed_rate = rate(seeds, args.rounds)[2] if seeds else None
    fixtures = corpus("fixtures")
    fixture_rate = rate(fixtures, args.rounds)[2] if fixtures else None
    # the same through the file API (decode, HTML stripping, hashing)
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((REPO / "tests" / "loaders" / "fixtures").glob("*.*"))
    start = time.perf_counter()
    for _ in range(max(1, args.rounds // 4)):
        for p in paths:
            extract_file(p)
    file_rate = len(paths) * max(1, args.rounds // 4) / (time.perf_counter() - start)
    lines = [
        "# Article extraction benchmark",
        "",
        f"- machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}, one core",
        f"- corpus: {len(texts)} articles ({chars:,} characters, mean {chars // len(texts):,}): the "
        f"{len(seeds)} seed articles and {len(fixtures)} test fixtures; {args.rounds} rounds after a warm-up",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| articles/s (whole corpus, median round) | {len(texts) / median:,.0f} |",
        f"| articles/s (best round) | {len(texts) / best:,.0f} |",
        f"| ms per article (median) | {median / len(texts) * 1000:.2f} |",
        f"| characters/s (whole corpus) | {chars_per_s:,.0f} |",
        f"| **10 KB articles/s, whole corpus** (characters/s ÷ 10,000) | **{chars_per_s / 10_000:,.0f}** |",
    ]
    if seed_rate:
        lines.append(f"| 10 KB articles/s, seed articles only (real pages) | {seed_rate / 10_000:,.0f} |")
    if fixture_rate:
        lines.append(f"| 10 KB articles/s, fixtures only (short, fact-dense) | {fixture_rate / 10_000:,.0f} |")
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
