"""Graph page benchmark: how fast a page of N nodes is written, settles and pans in headless Chromium.

    python bench/bench_viz.py [--sizes 500 1000 2000 4000] [--out bench/results/viz.md]

For each size, a synthetic rotation (blocs of 28 bodies, ten years of
leader, standing deputy and deputy; the graph of ``tests/graph/test_viz_browser.py``)
is drawn by :func:`thidua.graph.viz.render_page`, then opened from disk in
Debian's ``/usr/bin/chromium`` (headless, software rendering, no network),
driven by the same DevTools-pipe client the browser tests use. Measured:

* render -- Python time to lay out the graph and write the HTML, and its size;
* ready -- from navigation to the page's script having built the network;
* settled -- from navigation to the physics stopped (the layout then stays put);
* pan -- a mouse drag across the graph after it settled: the median and 95th
  percentile of the intervals between animation frames (16.7 ms is 60 fps).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import importlib.util
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _browser_module() -> Any:
    """The DevTools client and the synthetic page of the browser tests (one copy of each)."""
    spec = importlib.util.spec_from_file_location("thidua_browser_tests",
                                                  ROOT / "tests" / "graph" / "test_viz_browser.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RECORD_FRAMES = """(() => {
  window.__frames = [];
  let last = performance.now();
  function tick(now) { window.__frames.push(now - last); last = now; if (window.__frames.length < 400) requestAnimationFrame(tick); }
  requestAnimationFrame(tick);
})()"""


def measure(size: int, tests: Any, workdir: Path) -> dict[str, Any]:
    blocs = max(1, round(size / 29))
    page = workdir / f"page-{size}.html"
    start = time.perf_counter()
    stats = tests.synthetic_page(page, blocs=blocs)
    render = time.perf_counter() - start
    browser = tests.Chromium(width=1400, height=900, timeout=300)
    try:
        browser.open(page)
        browser.wait_for(tests.SETTLED, timeout=300)
        ready, settled = browser.evaluate("[window.thidua.state.readyAt, window.thidua.state.settledAt]")
        x, y = browser.evaluate("(() => { const r = document.getElementById('graph').getBoundingClientRect();"
                                " return [r.left + 60, r.top + 60]; })()")
        browser.evaluate(RECORD_FRAMES)
        browser.call("Input.dispatchMouseEvent", {"type": "mousePressed", "x": x, "y": y, "button": "left",
                                                  "buttons": 1, "clickCount": 1})
        for step in range(1, 61):
            browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x + 8 * step, "y": y + 5 * step,
                                                      "button": "left", "buttons": 1})
            time.sleep(0.016)
        browser.call("Input.dispatchMouseEvent", {"type": "mouseReleased", "x": x + 480, "y": y + 300,
                                                  "button": "left", "buttons": 0, "clickCount": 1})
        frames = [f for f in browser.evaluate("window.__frames")[1:] if f > 0]
    finally:
        browser.close()
    frames.sort()
    return {"nodes": stats["nodes"], "edges": stats["edges"], "render_s": render,
            "html_mb": page.stat().st_size / 1e6, "ready_s": ready / 1000, "settled_s": settled / 1000,
            "frame_median_ms": statistics.median(frames) if frames else None,
            "frame_p95_ms": frames[int(0.95 * (len(frames) - 1))] if frames else None, "frames": len(frames)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "viz.md")
    args = parser.parse_args()
    tests = _browser_module()
    if not tests.CHROMIUM.exists():
        sys.exit(f"needs {tests.CHROMIUM} (Debian package chromium)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            row = measure(size, tests, Path(tmp))
            rows.append(row)
            print(row, flush=True)
    lines = [
        "# Graph page: write, settle, pan",
        "",
        f"{_dt.date.today().isoformat()}, `python bench/bench_viz.py --sizes {' '.join(map(str, args.sizes))}`; "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs (load average "
        f"{os.getloadavg()[0]:.1f} at the end), headless Chromium with software rendering.",
        "",
        "| nodes | edges | render (s) | HTML (MB) | script ready (s) | settled (s) | pan frame median (ms) | pan frame p95 (ms) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(f"| {r['nodes']} | {r['edges']} | {r['render_s']:.2f} | {r['html_mb']:.1f} | {r['ready_s']:.2f} "
                     f"| {r['settled_s']:.2f} | {r['frame_median_ms']:.1f} | {r['frame_p95_ms']:.1f} |")
    lines += ["", "Times from navigation (the file is on disk). A frame interval of 16.7 ms is 60 frames a second."]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
