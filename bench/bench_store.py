"""Store benchmark: thidua against plain rdflib and raw pyoxigraph, on one graph of this domain.

    python bench/bench_store.py [--triples N] [--repeat K] [--out bench/results/store.md]

One run builds (or reuses) a synthetic graph of about N quads (see
``bench/synthetic.py``), written once as N-Quads, and measures on that same
file, for each engine in a fresh subprocess:

* load -- wall time, and peak memory (``ru_maxrss`` after the load minus
  ``ru_maxrss`` of the same interpreter with rdflib, pyoxigraph and thidua
  imported);
* a set of the bundled SPARQL queries, each repeated, with a per-query
  timeout; the engines must return the same number of rows;
* Turtle export of the union of the graphs.

The engines:

* thidua: ``Store(":memory:").load_rdf(file)`` -- parse, insert, then
  ``refresh_labels()`` (its real path; both parts are also timed apart) --
  ``Store.select_named(name, **params)`` and ``Store.export("turtle")``;
  ``Store.load_facts`` from the Facts documents is measured too, for
  information;
* rdflib: ``Dataset(default_union=True).parse(file, format="nquads")``,
  ``Dataset.query(queries.bind(text, params))`` (rows materialised with
  ``list``), ``Dataset.serialize(format="turtle")``;
* pyoxigraph: ``Store().bulk_load(path=file, format=N_QUADS)`` (``Store.load``
  for information), ``Store.query(text, use_default_graph_as_union=True)``
  (rows materialised), and a union ``CONSTRUCT`` serialised as Turtle.

A query that runs past ``--timeout`` is stopped (SIGALRM in the worker, the
worker killed if it does not come back) and reported as "> T s", its ratio as
a lower bound. A case whose first run takes longer than ``--slow`` seconds is
not repeated (the table says how many runs each median is of). Linux/macOS only
(SIGALRM, ``ru_maxrss``). The results go to ``--out`` (Markdown) and the raw
numbers next to it as JSON.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import itertools
import json
import os
import platform
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: Bumped whenever the generator or the file layout changes, so cached data is rebuilt.
DATA_VERSION = 1

#: The queries measured: (label, bundled query name, parameters); "@fact"/"@bloc" are
#: replaced with a fact node / bloc of the generated graph.
QUERIES: list[tuple[str, str, dict[str, Any]]] = [
    ("leaders", "leaders", {}),
    ("leaders year=2020", "leaders", {"year": 2020}),
    ("leaders bloc=…", "leaders", {"bloc": "@bloc"}),
    ("members", "members", {}),
    ("honours status=conferred", "honours", {"status": "conferred"}),
    ("honours_by_type (skos:broader*)", "honours_by_type", {}),
    ("persons", "persons", {}),
    ("blocs", "blocs", {}),
    ("count_by_class", "count_by_class", {}),
    ("provenance fact=…", "provenance", {"fact": "@fact"}),
]

ENGINES = ("thidua", "rdflib", "pyoxigraph")


# ---------------------------------------------------------------------------------------
# the data


def prepare(triples: int, seed: int, folder: Path, log: Any = print) -> dict[str, Any]:
    """Generate the facts, build their quads with thidua, write the N-Quads file (cached)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"thidua-{triples}-seed{seed}-v{DATA_VERSION}-{_fingerprint()}"
    nq, meta_path = folder / f"{stem}.nq", folder / f"{stem}.json"
    for stale in folder.glob(f"thidua-{triples}-seed{seed}-*"):
        if not stale.name.startswith(stem):
            stale.unlink()  # built by another version of thidua's code
    if nq.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        log(f"data: reusing {nq} ({meta['quads']:,} quads, {meta['articles']:,} articles)")
        return meta

    import pyoxigraph as ox

    import synthetic
    from thidua.graph.build import build
    from thidua.graph.store import Store
    from thidua.graph.iris import source_graph
    from thidua.graph.terms import quad_to_ox
    from thidua.ontology.vocab import FOAF, ORG, SDO, SKOS

    log(f"data: generating about {triples:,} quads into {nq} ...")
    t0 = time.perf_counter()
    labelled: set[Any] = set()
    label_props = {SKOS.prefLabel, SKOS.altLabel, FOAF.name, SDO.name}
    ontology = len(Store(":memory:"))
    out: list[Any] = []
    shared: set[Any] = set()  # quads outside the source's own graph may be stated again: count them once
    fact = bloc = None
    articles = 0
    for facts in synthetic.articles(seed):
        quads = build(facts)  # the default resolver, as Store.load_facts uses
        articles += 1
        for s, p, o, g in quads:
            if p in label_props:
                labelled.add(s)
            if fact is None and p == ORG.role and str(o).endswith("LeaderRole"):
                fact = str(s)
            if bloc is None and p == ORG.organization:
                bloc = str(o)
        own = source_graph(facts.article)
        for q in quads:
            quad = quad_to_ox(q)
            if q[3] != own:
                if quad in shared:
                    continue
                shared.add(quad)
            out.append(quad)
        if len(out) + ontology + len(labelled) >= triples:
            break
    else:
        log(f"data: the generator ran out of articles at {len(out):,} quads")
    build_seconds = time.perf_counter() - t0
    raw = folder / f"{stem}.build.nq"
    ox.serialize(out, str(raw), format=ox.RdfFormat.N_QUADS)
    del out
    # thidua's own path: load, refresh the labels, export every graph (ontology and labels
    # included), so the three engines read exactly the dataset thidua holds.
    store = Store(":memory:")
    store.load_rdf(raw)
    t1 = time.perf_counter()
    data = store.export("nquads", include_ontology=True)
    export_nquads_seconds = time.perf_counter() - t1
    tmp = nq.with_suffix(".nq.tmp")
    tmp.write_bytes(data)
    tmp.replace(nq)
    raw.unlink()
    distinct = store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
                            "{ GRAPH ?g { ?s ?p ?o } } }")[0]["n"]
    meta = {
        "triples_asked": triples, "seed": seed, "file": str(nq), "bytes": nq.stat().st_size,
        "articles": articles, "quads": len(store), "union_triples": distinct,
        "graphs": len(store.graphs()), "fact": fact, "bloc": bloc,
        "generate_build_seconds": round(build_seconds, 1),
        "export_nquads_seconds": round(export_nquads_seconds, 1), "fingerprint": _fingerprint(),
    }
    meta_path.write_text(json.dumps(meta, indent=1))
    log(f"data: {meta['quads']:,} quads ({distinct:,} distinct triples) in {meta['graphs']:,} graphs "
        f"from {articles:,} articles, {meta['bytes'] / 1e6:.0f} MB, in {time.perf_counter() - t0:.0f} s")
    return meta


def _fingerprint() -> str:
    """A short hash of thidua's code and data that shape the graph (build, resolver, ontology,
    gazetteers, queries), so cached data is rebuilt when another engineer changes them."""
    import hashlib
    digest = hashlib.sha256()
    for name, file_hash in sorted(_code_files().items()):
        digest.update(name.encode())
        digest.update(file_hash.encode())
    return digest.hexdigest()[:10]


def _code_files() -> dict[str, str]:
    """The files :func:`_fingerprint` covers, each with a hash of its content."""
    import hashlib
    root = HERE.parent
    out = {}
    paths = [p for pattern in ("graph/*.py", "ontology/*", "loaders/facts.py", "loaders/keys.py",
                               "loaders/document_refs.py", "loaders/*.yaml", "loaders/gazetteer/*", "queries/*")
             for p in root.glob(pattern)]
    for path in sorted(paths):
        if path.is_file() and path.suffix in (".py", ".ttl", ".yaml", ".rq", ".ru", ".csv", ".json", ".txt") \
                and path.name not in ("viz.py", "furniture.yaml"):
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return out


def _git_head() -> str:
    """The commit of thidua measured, with '+changes' when its tree has uncommitted edits."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE.parent, capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "graph", "ontology", "loaders", "queries"],
                               cwd=HERE.parent, capture_output=True, text=True).stdout.strip()
        return head + (" + uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "?"


# ---------------------------------------------------------------------------------------
# the worker: one engine in a fresh interpreter, reporting JSON lines on stdout


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout()


def _emit(**record: Any) -> None:
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def _maxrss_mb() -> float:
    import resource
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def _rss_mb() -> float:
    """The resident set now (Linux), else the peak."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except OSError:
        return _maxrss_mb()


def _timed(fn: Any, timeout: float) -> tuple[float | None, Any]:
    """Run fn under a SIGALRM timeout: (seconds, result), or (None, None) when it timed out."""
    signal.setitimer(signal.ITIMER_REAL, timeout)
    t0 = time.perf_counter()
    try:
        result = fn()
    except _Timeout:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - t0, result


def _repeat(fn: Any, repeat: int, timeout: float, slow: float) -> dict[str, Any]:
    """Times of up to ``repeat`` runs (one only when the first is slow); the last result.

    The timeout is a SIGALRM, which stops Python code (rdflib, thidua's export)."""
    times: list[float] = []
    rows = None
    for _ in range(repeat):
        seconds, result = _timed(fn, timeout)
        if seconds is None:
            return {"times": times, "timeout": timeout, "rows": rows}
        times.append(seconds)
        rows = result
        if seconds > slow:
            break
    return {"times": times, "rows": rows}


def _repeat_forked(fn: Any, repeat: int, timeout: float, slow: float) -> dict[str, Any]:
    """Like :func:`_repeat`, the runs in a forked child that is killed at the timeout.

    For queries that run in Rust (pyoxigraph, thidua), which a signal cannot stop: the
    child shares the loaded store copy-on-write, so nothing is reloaded. ``fn`` returns an int."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, report each run as a line, exit without cleanup
        os.close(read)
        try:
            for _ in range(repeat):
                t0 = time.perf_counter()
                rows = fn()
                seconds = time.perf_counter() - t0
                os.write(write, f"{seconds} {rows}\n".encode())
                if seconds > slow:
                    break
        finally:
            os._exit(0)
    os.close(write)
    times: list[float] = []
    rows = None
    buffer = b""
    with os.fdopen(read, "rb", buffering=0) as pipe:
        while True:
            ready, _, _ = select.select([pipe], [], [], timeout)
            if not ready:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return {"times": times, "timeout": timeout, "rows": rows}
            chunk = pipe.read(4096)
            if not chunk:
                break
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                seconds, count = line.split()
                times.append(float(seconds))
                rows = int(count)
    os.waitpid(pid, 0)
    return {"times": times, "rows": rows}


def _digest(result: Any, engine: str) -> str:
    """A hash of a result's rows as a multiset of {variable: lexical form}.

    Lexical forms only (no datatypes), and the words of each value sorted, so
    that GROUP_CONCAT lists in another order compare equal."""
    import hashlib

    def norm(value: Any) -> str:
        if value is None:
            return ""
        text = str(value) if engine == "rdflib" else value.value
        return " ".join(sorted(text.split()))

    if engine == "rdflib":
        names = [str(v) for v in result.vars]
        rows = [tuple(sorted((n, norm(row[i])) for i, n in enumerate(names))) for row in result]
    else:
        names = [v.value for v in result.variables]
        rows = [tuple(sorted((n, norm(row[n])) for n in names)) for row in result]
    return hashlib.sha256(repr(sorted(rows)).encode("utf-8")).hexdigest()[:16]


def worker(spec: dict[str, Any]) -> None:
    import gc

    import pyoxigraph as ox
    import rdflib

    import thidua.queries as queries
    from thidua.graph.store import Store
    from thidua.ontology.vocab import PREFIXES

    signal.signal(signal.SIGALRM, _alarm)
    engine, path, meta = spec["engine"], spec["file"], spec["meta"]
    facts = None
    if engine == "thidua-facts":
        import synthetic
        facts = list(itertools.islice(synthetic.articles(meta["seed"]), meta["articles"]))
    gc.collect()
    base = _maxrss_mb()
    parts: dict[str, float] = {}

    t0 = time.perf_counter()
    if engine == "thidua":
        store = Store(":memory:")
        base = _maxrss_mb()  # the empty store (its ontology graph) is part of the baseline
        t0 = time.perf_counter()
        store.load_rdf(path, refresh=False)
        parts["parse+insert"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        store.refresh_labels()
        parts["refresh_labels"] = time.perf_counter() - t1
        size = len(store)
    elif engine == "thidua-facts":
        store = Store(":memory:")
        base = _maxrss_mb()
        t0 = time.perf_counter()
        store.load_facts(facts, refresh=False)
        parts["build+insert"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        store.refresh_labels()
        parts["refresh_labels"] = time.perf_counter() - t1
        size = len(store)
    elif engine == "rdflib":
        ds = rdflib.Dataset(default_union=True)
        ds.parse(path, format="nquads")
        size = len(list(ds.quads((None, None, None, None)))) if spec.get("count") else None
    elif engine == "rdflib-graph":
        graph = rdflib.Graph()
        graph.parse(spec["nt"], format="nt")
        size = len(graph)
    elif engine in ("pyoxigraph", "pyoxigraph-load"):
        ox_store = ox.Store()
        if engine == "pyoxigraph":
            ox_store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
        else:
            ox_store.load(path=path, format=ox.RdfFormat.N_QUADS)
        size = len(ox_store)
    else:
        raise SystemExit(f"unknown engine {engine}")
    seconds = time.perf_counter() - t0
    peak = _maxrss_mb()
    rss = _rss_mb()
    union = None
    if spec.get("full"):  # untimed: the distinct triples of the union, to check the export against
        count = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
        if engine == "rdflib":
            union = len(ds)  # the union of a default_union Dataset is a set of triples
        else:
            target = store._ox if engine == "thidua" else ox_store
            union = int(next(iter(target.query(count)))["n"].value)
    _emit(event="load", seconds=seconds, parts=parts, peak_mb=peak - base, rss_mb=rss - base,
          base_mb=base, size=size, union=union)

    if engine == "thidua-facts" and spec.get("diagnose"):
        # Where load_facts spends its time: build() alone (as load_facts calls it), then
        # Store.add_quads of the built quads source by source (per-source DROP GRAPH + INSERT
        # DATA text), timed per source to see whether it slows down as the store grows, then
        # the same quads inserted with one extend.
        del store
        gc.collect()
        from thidua.graph.build import build
        from thidua.graph.terms import quad_to_ox
        t = time.perf_counter()
        built = [build(f) for f in facts]
        build_s = time.perf_counter() - t
        other = Store(":memory:")
        per_source = []
        for quads in built:
            t = time.perf_counter()
            other.add_quads(quads)
            per_source.append(time.perf_counter() - t)
        del other
        t = time.perf_counter()
        converted = [quad_to_ox(q) for quads in built for q in quads]
        convert_s = time.perf_counter() - t
        third = Store(":memory:")
        t = time.perf_counter()
        third._ox.extend(converted)
        extend_s = time.perf_counter() - t
        tenth = max(1, len(per_source) // 10)
        _emit(event="diagnose", build=build_s, add_quads=sum(per_source), convert=convert_s, extend=extend_s,
              first_tenth_ms=1000 * statistics.mean(per_source[:tenth]),
              last_tenth_ms=1000 * statistics.mean(per_source[-tenth:]), sources=len(per_source))
    if not spec.get("full"):
        return

    timeout, slow, repeat = spec["timeout"], spec["slow"], spec["repeat"]
    gc.collect()
    for label, name, params in spec["queries"]:
        _emit(event="start", what=label)
        text = queries.get(name).text
        if engine == "thidua":
            fn = lambda: len(store.select_named(name, **params))  # noqa: E731
        elif engine == "rdflib":
            bound = queries.bind(text, params)
            fn = lambda: len(list(ds.query(bound)))  # noqa: E731
        else:
            bound = queries.bind(text, params)
            fn = lambda: sum(1 for _ in ox_store.query(bound, use_default_graph_as_union=True))  # noqa: E731
        run = _repeat if engine == "rdflib" else _repeat_forked
        record = run(fn, repeat, timeout, slow)
        if engine != "thidua" and record["times"] and "timeout" not in record and record["times"][0] <= slow:
            # untimed: a digest of the values, to check that rdflib and pyoxigraph agree on them
            result = ds.query(bound) if engine == "rdflib" else ox_store.query(bound, use_default_graph_as_union=True)
            record["digest"] = _digest(result, engine)
        _emit(event="query", what=label, **record)

    _emit(event="start", what="export")
    if engine == "thidua":
        fn = lambda: store.export("turtle", include_ontology=True)  # noqa: E731
    elif engine == "rdflib":
        for prefix, namespace in PREFIXES.items():
            ds.bind(prefix, namespace, override=True, replace=True)
        fn = lambda: ds.serialize(format="turtle", encoding="utf-8")  # noqa: E731
    else:
        construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        fn = lambda: ox.serialize(ox_store.query(construct, use_default_graph_as_union=True),  # noqa: E731
                                  format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    result = _repeat(fn, repeat, spec["export_timeout"], slow)
    data = result.pop("rows")
    export_peak = _maxrss_mb() - base
    triples = None
    if data is not None:
        # Correctness, untimed: the Turtle parses back to the union's distinct triples.
        triples = len(set(ox.parse(data, format=ox.RdfFormat.TURTLE)))
    _emit(event="export", what="export", bytes=None if data is None else len(data), triples=triples,
          peak_after_mb=export_peak, **result)


# ---------------------------------------------------------------------------------------
# the parent: runs the workers, one at a time, and reads their reports


def _resolve(params: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    return {k: (meta[v[1:]] if isinstance(v, str) and v.startswith("@") else v) for k, v in params.items()}


def run_worker(spec: dict[str, Any], args: argparse.Namespace, log: Any) -> Iterator[dict[str, Any]]:
    """Start one worker and yield its records; kill it when it overruns a phase.

    A killed worker yields {"event": "killed", "what": phase}."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(spec)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=str(HERE))
    assert proc.stdout is not None
    phase, deadline = "load", time.monotonic() + args.load_timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([proc.stdout], [], [], max(0.0, remaining))
            if not ready:
                log(f"  {spec['engine']}: {phase} overran its time limit; killing worker {proc.pid}")
                proc.kill()
                proc.wait()
                yield {"event": "killed", "what": phase}
                return
            line = proc.stdout.readline()
            if not line:
                break
            record = json.loads(line)
            if record["event"] == "start":
                phase = record["what"]
                limit = args.export_timeout if phase == "export" else args.timeout
                # the worker's own SIGALRM stops a Python query; Rust code is only
                # interrupted by killing the worker, after a grace period
                deadline = time.monotonic() + limit * args.repeat + 60
                continue
            yield record
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    if proc.returncode:
        raise SystemExit(f"{spec['engine']} worker failed with status {proc.returncode}")


def measure(args: argparse.Namespace, meta: dict[str, Any], log: Any) -> dict[str, Any]:
    queries = [(label, name, _resolve(params, meta)) for label, name, params in QUERIES]
    base = {"file": meta["file"], "meta": meta, "timeout": args.timeout, "slow": args.slow,
            "export_timeout": args.export_timeout, "repeat": args.repeat}
    results: dict[str, Any] = {}
    engines = list(args.engines)
    for engine in engines:
        entry: dict[str, Any] = {"loads": [], "queries": {}, "export": None}
        results[engine] = entry
        full = engine in ENGINES
        runs = args.repeat if engine != "rdflib-graph" else 1
        for i in range(runs):
            # The first worker also runs the queries and the export; the others only load.
            spec = dict(base, engine=engine, full=full and i == 0,
                        queries=[q for q in queries if q[0] not in entry["queries"]],
                        diagnose=engine == "thidua-facts" and i == 0, nt=meta.get("nt"))
            for record in run_worker(spec, args, log):
                event = record["event"]
                if event == "load":
                    entry["loads"].append(record)
                    log(f"  {engine} load #{i + 1}: {record['seconds']:.2f} s, peak +{record['peak_mb']:.0f} MB")
                    if runs > 1 and i == 0 and record["seconds"] > args.slow_load:
                        runs = 1 if record["seconds"] > 2 * args.slow_load else 2
                elif event == "query":
                    entry["queries"][record["what"]] = record
                    log(f"  {engine} {record['what']}: {_fmt_times(record)} rows={record['rows']}")
                elif event == "export":
                    entry["export"] = record
                    log(f"  {engine} export: {_fmt_times(record)} {record['bytes']} bytes")
                elif event == "diagnose":
                    entry["diagnose"] = record
                elif event == "killed":
                    what = record["what"]
                    log(f"  {engine}: worker killed during {what}")
                    if what == "export":
                        entry["export"] = {"times": [], "timeout": args.export_timeout, "killed": True}
                    elif what != "load":
                        entry["queries"][what] = {"times": [], "timeout": args.timeout, "rows": None,
                                                  "killed": True}
                    # the remaining queries are measured by the next worker, if any
            if i >= runs - 1:
                break
        # queries a killed worker left unmeasured: one more worker for them
        if full and len(entry["queries"]) < len(queries):
            spec = dict(base, engine=engine, full=True,
                        queries=[q for q in queries if q[0] not in entry["queries"]], diagnose=False)
            for record in run_worker(spec, args, log):
                if record["event"] == "query":
                    entry["queries"][record["what"]] = record
                elif record["event"] == "export":
                    entry["export"] = record
    return results


def _fmt_times(record: dict[str, Any]) -> str:
    if record.get("timeout") is not None and not record["times"]:
        return f"> {record['timeout']:g} s"
    return f"median {statistics.median(record['times']):.3f} s of {len(record['times'])}"


# ---------------------------------------------------------------------------------------
# the report


def _median(record: dict[str, Any] | None) -> float | None:
    if not record or not record.get("times"):
        return None
    return statistics.median(record["times"])


def _cell_time(record: dict[str, Any] | None) -> str:
    if record is None:
        return "–"
    if not record.get("times"):
        return f"> {record.get('timeout', 0):g} s"
    t = statistics.median(record["times"])
    text = f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"
    n = len(record["times"])
    return text if n >= 3 else f"{text} ({n}×)"


def _ratio(num: dict[str, Any] | None, den: dict[str, Any] | None) -> str:
    """num / den with '>' when num timed out (a lower bound)."""
    d = _median(den)
    if num is None or d is None or d == 0:
        return "–"
    n = _median(num)
    if n is None:
        return f"> {num.get('timeout', 0) / d:,.0f}×"
    r = n / d
    return f"{r:,.0f}×" if r >= 100 else f"{r:,.1f}×" if r >= 10 else f"{r:.2f}×"


def _loads(entry: dict[str, Any] | None) -> dict[str, Any] | None:
    if not entry or not entry["loads"]:
        return None
    return {"times": [r["seconds"] for r in entry["loads"]],
            "peak": statistics.median(r["peak_mb"] for r in entry["loads"]),
            "rss": statistics.median(r["rss_mb"] for r in entry["loads"])}


def machine() -> dict[str, str]:
    import pyoxigraph
    import rdflib
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "memory": mem, "os": platform.platform(),
            "python": platform.python_version(), "rdflib": rdflib.__version__,
            "pyoxigraph": pyoxigraph.__version__}


def report(args: argparse.Namespace, meta: dict[str, Any], results: dict[str, Any], seconds: float) -> tuple[str, list[str]]:
    th, rd, ox_ = (results.get(e) for e in ENGINES)
    m = machine()
    problems: list[str] = []
    lines = [
        "# Store benchmark: thidua vs rdflib vs pyoxigraph",
        "",
        f"Run {_dt.datetime.now().strftime('%Y-%m-%d %H:%M')} with `python bench/bench_store.py "
        f"{' '.join(sys.argv[1:])}` (--triples {args.triples} --repeat {args.repeat} --timeout {args.timeout:g}; "
        f"whole run {seconds / 60:.1f} min, preparing the data included).",
        "",
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory']} RAM, {m['os']}; shared and noisy "
        f"(1-minute load average {meta['load_average'][0]} at the start, {meta['load_average'][1]} at the end). "
        f"Python {m['python']}, rdflib {m['rdflib']}, pyoxigraph {m['pyoxigraph']}; thidua at {_git_head()}.",
        "",
        f"Data: {meta['quads']:,} quads ({meta['union_triples']:,} distinct triples in the union) in "
        f"{meta['graphs']:,} named graphs, from {meta['articles']:,} synthetic articles "
        f"(`bench/synthetic.py`, seed {meta['seed']}), built with thidua's `build()`; one N-Quads file of "
        f"{meta['bytes'] / 1e6:.0f} MB read by all three engines.",
        "",
        "Times are medians of the runs (3 unless marked `(n×)`: a case slower than "
        f"{args.slow:g} s is run once; a slow rdflib load fewer times). Memory is the peak resident set "
        "(`ru_maxrss`) after the load minus that of the same interpreter with the libraries imported, "
        "each engine in a fresh process. `rdflib ÷ thidua` is how many times faster thidua is; "
        "`thidua ÷ pyoxigraph` is thidua's overhead over raw pyoxigraph (1.00× = none). "
        "`> T s` is a query stopped at the timeout; its ratio is then a lower bound.",
        "",
        "| benchmark | thidua | rdflib | pyoxigraph | rdflib ÷ thidua | thidua ÷ pyoxigraph | rows |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lt, lr, lo = _loads(th), _loads(rd), _loads(ox_)
    lines.append(f"| load (time) | {_cell_time(lt)} | {_cell_time(lr)} | {_cell_time(lo)} | "
                 f"{_ratio(lr, lt)} | {_ratio(lt, lo)} | |")
    if lt and lr and lo and lt["peak"] > 0 and lo["peak"] > 0 and lt["rss"] > 0 and lo["rss"] > 0:
        lines.append(f"| load (peak memory) | {lt['peak']:,.0f} MB | {lr['peak']:,.0f} MB | {lo['peak']:,.0f} MB | "
                     f"{lr['peak'] / lt['peak']:.2f}× | {lt['peak'] / lo['peak']:.2f}× | |")
        lines.append(f"| resident after load | {lt['rss']:,.0f} MB | {lr['rss']:,.0f} MB | {lo['rss']:,.0f} MB | "
                     f"{lr['rss'] / lt['rss']:.2f}× | {lt['rss'] / lo['rss']:.2f}× | |")
    for label, _, _ in QUERIES:
        qt, qr, qo = (e["queries"].get(label) if e else None for e in (th, rd, ox_))
        counts = {name: q.get("rows") for name, q in zip(ENGINES, (qt, qr, qo)) if q and q.get("times")}
        distinct = set(counts.values())
        if len(distinct) > 1:
            rows = "**MISMATCH** " + ", ".join(f"{k} {v:,}" for k, v in counts.items())
            problems.append(f"{label}: row counts differ: {counts}")
        elif not distinct:
            rows = "–"
        else:
            rows = f"{distinct.pop():,}"
            if len(counts) < len(ENGINES):
                rows += f" ({', '.join(counts)} only)"
            digests = {name: q.get("digest") for name, q in (("rdflib", qr), ("pyoxigraph", qo))
                       if q and q.get("digest")}
            if len(set(digests.values())) > 1:
                rows += " **VALUES DIFFER**"
                problems.append(f"{label}: same number of rows, different values (rdflib vs pyoxigraph)")
        lines.append(f"| `{label}` | {_cell_time(qt)} | {_cell_time(qr)} | {_cell_time(qo)} | "
                     f"{_ratio(qr, qt)} | {_ratio(qt, qo)} | {rows} |")
    et, er, eo = (e.get("export") if e else None for e in (th, rd, ox_))
    # Each engine's Turtle must read back as the distinct triples of its own union.
    unions = {name: e["loads"][0].get("union") for name, e in zip(ENGINES, (th, rd, ox_)) if e and e["loads"]}
    sizes = {name: x.get("triples") for name, x in zip(ENGINES, (et, er, eo)) if x and x.get("triples") is not None}
    wrong = {name: (n, unions.get(name)) for name, n in sizes.items() if n != unions.get(name)}
    if wrong:
        problems.append("Turtle export: triples read back differ from the engine's union: "
                        + ", ".join(f"{k} {n:,} vs {u}" for k, (n, u) in wrong.items()))
        triples = "**MISMATCH** " + ", ".join(f"{k} {v:,}" for k, v in sizes.items())
    else:
        triples = " / ".join(f"{sizes[k]:,}" for k in ENGINES if k in sizes) + " triples"
    lines.append(f"| Turtle export | {_cell_time(et)} | {_cell_time(er)} | {_cell_time(eo)} | "
                 f"{_ratio(er, et)} | {_ratio(et, eo)} | {triples} |")
    if et and er and eo and all(x.get("bytes") for x in (et, er, eo)):
        lines.append(f"| Turtle size | {et['bytes'] / 1e6:.0f} MB | {er['bytes'] / 1e6:.0f} MB | "
                     f"{eo['bytes'] / 1e6:.0f} MB | | | |")

    lines += ["", "## Details", ""]
    if th and th["loads"]:
        parts = {k: statistics.median(r["parts"][k] for r in th["loads"]) for k in th["loads"][0]["parts"]}
        lines.append("- thidua `load_rdf` = " + " + ".join(f"{k} {v:.2f} s" for k, v in parts.items())
                     + " (medians).")
    facts = results.get("thidua-facts")
    lf = _loads(facts)
    if lf:
        parts = {k: statistics.median(r["parts"][k] for r in facts["loads"]) for k in facts["loads"][0]["parts"]}
        lines.append(f"- thidua `load_facts` of the {meta['articles']:,} Facts documents (for information, "
                     f"refresh included): {_cell_time(lf)}, peak +{lf['peak']:,.0f} MB; "
                     + " + ".join(f"{k} {v:.2f} s" for k, v in parts.items()) + ".")
        d = facts.get("diagnose")
        if d:
            lines.append(f"  Split: `build()` of every document (as `load_facts` calls it) {d['build']:.2f} s; "
                         f"`Store.add_quads` source by source {d['add_quads']:.2f} s "
                         f"({d['first_tenth_ms']:.1f} ms per source over the first tenth of the "
                         f"{d['sources']:,} sources, {d['last_tenth_ms']:.1f} ms over the last tenth). "
                         f"For comparison, converting all the built quads to pyoxigraph terms takes "
                         f"{d['convert']:.2f} s and inserting them with one `extend` {d['extend']:.2f} s.")
        sizes_ok = facts["loads"][0]["size"] == (th["loads"][0]["size"] if th and th["loads"] else None)
        lines.append(f"  It gives {facts['loads'][0]['size']:,} quads "
                     f"({'the same as' if sizes_ok else '**not** the same as'} `load_rdf` of the file).")
    lp = _loads(results.get("pyoxigraph-load"))
    if lp:
        lines.append(f"- raw pyoxigraph `Store.load` (transactional, instead of `bulk_load`): {_cell_time(lp)}, "
                     f"peak +{lp['peak']:,.0f} MB.")
    lg = _loads(results.get("rdflib-graph"))
    if lg:
        lines.append(f"- rdflib `Graph().parse` of the union as N-Triples (no named graphs): {_cell_time(lg)}, "
                     f"peak +{lg['peak']:,.0f} MB.")
    lines.append(f"- Preparing the data (generate + `build()`): {meta['generate_build_seconds']} s; thidua "
                 f"`export('nquads')` of it: {meta['export_nquads_seconds']} s.")
    if unions:
        lines.append("- Distinct triples in each engine's union after the load: "
                     + ", ".join(f"{k} {v:,}" for k, v in unions.items() if v is not None) + ".")
    if lt and lr and lo:
        lines.append("- Load runs (s): " + "; ".join(
            f"{name} {', '.join(f'{t:.1f}' for t in x['times'])}" for name, x in zip(ENGINES, (lt, lr, lo))) + ".")
    if meta.get("changed_during_run"):
        lines.append("- **thidua's code changed while the benchmark ran** (other work on the tree: "
                     f"{', '.join(f'`{n}`' for n in meta['changed_during_run'])}); the data was built with "
                     "the code at the start (or earlier, when it was reused from the cache).")
    if problems:
        lines += ["", "## Mismatches", ""] + [f"- **{p}**" for p in problems]
    lines.append("")
    return "\n".join(lines), problems


# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the graph in quads (1,000,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement, median reported (3)")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "store.md", help="Markdown results")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "thidua-bench",
                        help="where the generated N-Quads are cached (not in the repository)")
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--timeout", type=float, default=60, help="per-query time limit in seconds (60)")
    parser.add_argument("--export-timeout", type=float, default=900, help="Turtle export time limit (900)")
    parser.add_argument("--slow", type=float, default=20, help="run a query or export once when it takes "
                                                               "longer than this (20 s)")
    parser.add_argument("--slow-load", type=float, default=60, help="load fewer times when the first load "
                                                                    "takes longer than this (60 s)")
    parser.add_argument("--load-timeout", type=float, default=1800, help=argparse.SUPPRESS)
    parser.add_argument("--engines", nargs="+", default=["thidua", "pyoxigraph", "rdflib", "thidua-facts",
                                                          "pyoxigraph-load"],
                        choices=list(ENGINES) + ["thidua-facts", "pyoxigraph-load", "rdflib-graph"],
                        help="what to run (rdflib-graph: rdflib Graph load of N-Triples, off by default)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(json.loads(args.worker))
        return 0
    if args.prepare:
        spec = json.loads(args.prepare)
        meta = prepare(spec["triples"], spec["seed"], Path(spec["data"]),
                       lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True))
        if spec["nt"]:
            meta["nt"] = _union_nt(meta, log=lambda msg: print(msg, file=sys.stderr))
        print(json.dumps(meta))
        return 0

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    start = time.perf_counter()
    load_before = os.getloadavg()
    code_at_start = _code_files()
    # The data is prepared in its own process: a worker started by a parent that once held
    # the whole graph would inherit the parent's high-water mark in ru_maxrss.
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--prepare",
                           json.dumps({"triples": args.triples, "seed": args.seed, "data": str(args.data),
                                       "nt": "rdflib-graph" in args.engines})],
                          stdout=subprocess.PIPE, text=True, cwd=str(HERE))
    if done.returncode:
        return done.returncode
    meta = json.loads(done.stdout)
    results = measure(args, meta, log)
    seconds = time.perf_counter() - start
    meta["load_average"] = [round(load_before[0], 1), round(os.getloadavg()[0], 1)]
    if _fingerprint() != meta["fingerprint"]:
        now = _code_files()
        changed = sorted(name for name in set(now) | set(code_at_start)
                         if now.get(name) != code_at_start.get(name))
        log(f"thidua's code changed during the run ({', '.join(changed)}): the data was built before the change")
        meta["changed_during_run"] = changed
    text, problems = report(args, meta, results, seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()},
                                                         "machine": machine(), "meta": meta,
                                                         "seconds": seconds, "results": results}, indent=1))
    print(text)
    log(f"wrote {args.out} ({seconds / 60:.1f} min)")
    for p in problems:
        log(f"MISMATCH: {p}")
    return 3 if problems else 0


def _union_nt(meta: dict[str, Any], log: Any) -> str:
    """The union of the graphs as N-Triples, for rdflib's Graph (cached beside the N-Quads)."""
    import pyoxigraph as ox
    nt = Path(meta["file"]).with_suffix(".union.nt")
    if not nt.exists():
        store = ox.Store()
        store.bulk_load(path=meta["file"], format=ox.RdfFormat.N_QUADS)
        result = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        result.serialize(str(nt), format=ox.RdfFormat.N_TRIPLES)
        log(f"data: wrote {nt}")
    return str(nt)


if __name__ == "__main__":
    sys.exit(main())
