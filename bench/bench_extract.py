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

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = Path(os.environ.get("THIDUA_SHARED", REPO.parent / "shared"))


def corpus() -> list[tuple[str, str]]:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((REPO / "tests" / "loaders" / "fixtures").glob("*.*"))
    return [(p.name, read_article(p).text) for p in paths]


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
    runs = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for name, text in texts:
            extract_text(text, name)
        runs.append(time.perf_counter() - start)
    best, median = min(runs), statistics.median(runs)
    per_article = median / len(texts)
    chars_per_s = chars / median
    per_10kb = chars_per_s / 10_000
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
        f"- corpus: {len(texts)} articles ({chars:,} characters, mean {chars // len(texts):,}), "
        f"{args.rounds} rounds after a warm-up",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| articles/s (this corpus, median round) | {len(texts) / median:,.0f} |",
        f"| articles/s (best round) | {len(texts) / best:,.0f} |",
        f"| ms per article (median) | {per_article * 1000:.2f} |",
        f"| characters/s | {chars_per_s:,.0f} |",
        f"| **10 KB articles/s** (characters/s ÷ 10,000) | **{per_10kb:,.0f}** |",
        f"| articles/s through extract_file (decode, HTML, hash) | {file_rate:,.0f} |",
        "",
        "Goal: at least 200 articles/s for 10 KB articles on one core.",
        "",
    ]
    report = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
