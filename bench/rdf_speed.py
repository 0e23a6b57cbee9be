#!/usr/bin/env python3
"""Facts → RDF dataset files: quads/s per format and size, and whether time grows linearly.

    python bench/rdf_speed.py [ARTICLES.jsonl] [--sample 100] [--sizes 300,3000]
                              [--repeat 3] [--cache FILE] [--rdflib] [--queries] [--load]

Real facts are extracted once from the first ``--sample`` articles of
ARTICLES (default: the bench corpus's White House statements) and cached as
JSON Lines (``--cache``); the larger sets repeat them under new article ids, so
each article is its own named graph. For each size the facts are written with
kg's writer (kg.rdfio.write_facts: facts → triples → text, article by
article) as TriG, N-Quads and JSON-LD, and pyoxigraph's own dump of the same
quads, already built, to the same format is the ceiling. Prints quads/s, and the
ratio of the largest size's time to the smallest's (linear: the size ratio).
The machine is shared, so each rate is given by wall-clock time and by the
process's CPU time (what the work costs when it has a core to itself).
``--load`` runs ``kg load rdf:FILE.trig FACTS.jsonl`` (reading, validation and
writing, in a process of its own) on the largest size's facts.
``--rdflib`` adds rdflib's Dataset serializer at the smallest size, for comparison.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import rdfio
from kg.model import ArticleFacts

# the shared bench corpus beside the repository
CORPUS = str(Path(__file__).resolve().parents[2] / "shared/corpus/bench"
             / "whitehouse-statements.jsonl")
FORMATS = ("trig", "nquads", "json-ld")


def sample_facts(source: str, n: int, cache: Path) -> list[ArticleFacts]:
    if cache.exists():
        with cache.open(encoding="utf-8") as fh:
            facts = [ArticleFacts.from_json(json.loads(line)) for line in fh if line.strip()]
        if len(facts) >= n:
            return facts[:n]
    from kg.article import make_article
    from kg.nlp import build_nlp
    from kg.pipeline import run

    articles = []
    with open(source, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            d = json.loads(line)
            articles.append(make_article(d["text"], {"title": d.get("title")},
                                         str(d.get("id") or f"b{i}"),
                                         (d.get("published") or "")[:10] or None))
    t = time.perf_counter()
    facts = [r.accepted for r in run(build_nlp(), articles)]
    print(f"extracted {len(facts)} articles' facts in {time.perf_counter() - t:.1f} s "
          f"(cached in {cache})")
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("w", encoding="utf-8") as fh:
        for f in facts:
            fh.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")
    return facts


def scaled(facts: list[ArticleFacts], size: int) -> list[ArticleFacts]:
    """``size`` articles: the sample repeated under new ids (copy k of article x: x~k)."""
    out = []
    for i in range(size):
        f = facts[i % len(facts)]
        k = i // len(facts)
        if k:
            f = dataclasses.replace(f, article=dataclasses.replace(
                f.article, id=f"{f.article.id}~{k}"))
        out.append(f)
    return out


def timed(fn: object, *args: object) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, value)."""
    t, c = time.perf_counter(), time.process_time()
    value = fn(*args)  # type: ignore[operator]
    return time.perf_counter() - t, time.process_time() - c, value


def time_load(batch: list[ArticleFacts], tmp: Path) -> None:
    """``kg load`` of the batch's facts (JSON Lines) into one TriG file, end to end."""
    import resource
    import subprocess
    import sys

    facts = tmp / "facts.jsonl"
    with facts.open("w", encoding="utf-8") as fh:
        for f in batch:
            fh.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")
    out = tmp / "loaded.trig"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "load", f"rdf:{out}", str(facts)], check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    n = sum(1 for _ in rdfio.read_quads(out, "trig"))
    print(f"kg load {len(batch)} articles: {n} quads, {wall:.1f} s wall ({n / wall:,.0f} quads/s),"
          f" {cpu:.1f} s CPU ({n / cpu:,.0f} quads/s); target >= 50,000 quads/s")
    facts.unlink()
    out.unlink()


def _busiest(batch: list[ArticleFacts]) -> tuple[str, str]:
    """The two actor names in most articles (a busy pair is the slow case)."""
    from collections import Counter

    counts = Counter(a.name for f in batch for a in f.actors)
    top = [n for n, _ in counts.most_common(2)] + ["x", "y"]
    return top[0], top[1]


def time_queries(batch: list[ArticleFacts], tmp: Path) -> None:
    """Each twin from the TriG file (a store in memory: parse, then the query) and
    on a kept store (built once in a folder)."""
    import shutil

    from kg import queries

    path = tmp / "dataset.trig"
    with path.open("wb") as fh:
        rdfio.write_facts(batch, fh, "trig")
    a, b = _busiest(batch)
    params = {"actor": a, "person": a, "organization": a, "a": a, "b": b,
              "from": "1900-01-01", "to": "2100-12-31", "topic": "the", "title": "minister",
              "type": "Meeting", "status": "agreed", "limit": "10"}
    secs, cpu, store = timed(rdfio.open_store, [str(path)], None, None, False,
                             queries.vocabulary())
    print(f"store in memory from the TriG file ({len(batch)} articles; as kg query: the "
          f"merged triples the twins read): {secs:.2f} s wall, {cpu:.2f} s CPU")
    gs, gc, _ = timed(rdfio.open_store, [str(path)])
    print(f"  (with the named graphs too, as kg sparql: {gs:.2f} s wall, {gc:.2f} s CPU)")
    del _
    ks, kc, kept = timed(rdfio.open_store, [str(path)], tmp / "store")
    print(f"kept store built in a folder: {ks:.2f} s wall, {kc:.2f} s CPU "
          f"(a={a!r}, b={b!r})")
    print(f"  {'query':<22} {'file s':>7} {'cpu':>6} {'kept s':>7} {'cpu':>6}  rows "
          "(file s: the store from the file + the query; target < 5 s; kept < 1 s)")
    for name, q in sorted(queries.load_queries().items()):
        given = {p.name: params[p.name] for p in q.params}
        qs, qc, rows = timed(queries.run_sparql_store, store, name, given)
        ks, kc, rows2 = timed(queries.run_sparql_store, kept, name, given)
        same = "" if len(rows) == len(rows2) else f" (kept: {len(rows2)} rows!)"  # type: ignore[arg-type]
        print(f"  {name:<22} {secs + qs:>7.2f} {cpu + qc:>6.2f} {ks:>7.2f} {kc:>6.2f}  "
              f"{len(rows)}{same}")  # type: ignore[arg-type]
    del store, kept
    shutil.rmtree(tmp / "store")
    path.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", default=CORPUS)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--sizes", default="300,3000")
    ap.add_argument("--cache", type=Path,
                    default=Path(tempfile.gettempdir()) / "kg-rdf-speed-facts.jsonl")
    ap.add_argument("--repeat", type=int, default=3,
                    help="write each size and format this many times; the fastest counts "
                         "(the same number at every size)")
    ap.add_argument("--rdflib", action="store_true")
    ap.add_argument("--load", action="store_true",
                    help="also time `kg load` of the largest size's facts into one TriG file")
    ap.add_argument("--queries", action="store_true",
                    help="also time each SPARQL twin on the largest dataset: parsing the "
                         "TriG file into a store, then the query on the kept store")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    base = sample_facts(args.articles, args.sample, args.cache)
    print(f"{len(base)} sample articles, {sum(f.count() for f in base)} facts")
    tmp = Path(tempfile.mkdtemp(prefix="kg-rdf-speed-"))
    times: dict[tuple[str, int], float] = {}
    print(f"{'format':<8} {'articles':>8} {'quads':>9} {'kg s':>7} {'kg quads/s':>11} "
          f"{'cpu s':>7} {'cpu quads/s':>11} {'ox dump s':>9} {'ox quads/s':>11} {'MB':>6}")
    import resource

    for fmt in FORMATS:  # warm up: first-call costs (imports, caches) count at no size
        with open(os.devnull, "wb") as fh:
            rdfio.write_facts(base, fh, fmt)
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    for size in sizes:
        batch = scaled(base, size)
        rows = []
        for fmt in FORMATS:
            out = tmp / f"d{size}.{fmt}"
            best: tuple[float, float, object] | None = None
            for _ in range(args.repeat):  # the fastest of a few: the least disturbed
                with out.open("wb") as fh:
                    run = timed(rdfio.write_facts, batch, fh, fmt)
                best = run if best is None or run[0] < best[0] else best
            assert best is not None
            secs, cpu, n = best
            times[(fmt, size)] = secs
            rows.append((fmt, secs, cpu, n, os.path.getsize(out) / 1e6))
            out.unlink()
        # the ceiling's quads are built only now: held during kg's writes, their
        # million Python objects would slow its writer (the garbage collector walks them)
        quads = [q for f in batch for q in rdfio.article_quads(f)]
        for fmt, secs, cpu, n, mb in rows:
            t = time.perf_counter()
            with (tmp / "ceiling").open("wb") as fh:
                ox.serialize(quads, fh, format=rdfio.OX_FORMATS[fmt], prefixes=rdfio.PREFIXES)
            ceiling = time.perf_counter() - t
            print(f"{fmt:<8} {size:>8} {n:>9} {secs:>7.2f} {n / secs:>11,.0f} "  # type: ignore[operator]
                  f"{cpu:>7.2f} {n / cpu:>11,.0f} "  # type: ignore[operator]
                  f"{ceiling:>9.2f} {len(quads) / ceiling:>11,.0f} {mb:>6.1f}")
        del quads
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    print(f"while writing: {r1.ru_nvcsw - r0.ru_nvcsw} voluntary context switches (waits "
          f"for I/O), {r1.ru_nivcsw - r0.ru_nivcsw} involuntary (other processes had the "
          f"core); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if len(sizes) > 1:
        lo, hi = sizes[0], sizes[-1]
        for fmt in FORMATS:
            ratio = times[(fmt, hi)] / times[(fmt, lo)]
            print(f"{fmt:<8} time {hi}/{lo} articles: {ratio:.1f}x "
                  f"(linear: {hi / lo:.0f}x; target <= 12x)")
    if args.load:
        time_load(scaled(base, sizes[-1]), tmp)
    if args.queries:
        time_queries(scaled(base, sizes[-1]), tmp)
    if args.rdflib:
        from kg.rdf import facts_to_dataset

        batch = scaled(base, sizes[0])
        for fmt in FORMATS:
            t = time.perf_counter()
            facts_to_dataset(batch).serialize(destination=str(tmp / "rdflib"), format=fmt)
            print(f"rdflib {fmt:<8} {sizes[0]} articles: {time.perf_counter() - t:.2f} s")
    for p in tmp.iterdir():
        p.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
