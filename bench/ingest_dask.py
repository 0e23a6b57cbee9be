"""Ingest throughput on Dask: a plain run, then --dask with 1 and with N local workers.

    python bench/ingest_dask.py ARTICLES.jsonl [--limit 1000] [--workers 2] [--batch-size 16]

Takes the first --limit articles of a JSON Lines file and ingests them three
times into fresh RDF folders and ledgers, each in a fresh process as a user
runs ``kg ingest``:

  1. plain (one process, no Dask)
  2. ``--dask --workers 1``
  3. ``--dask --workers N``

For each it prints the wall time (process start, cluster start and model
loading included) and the steady rate: articles/s between the first and the
last shard written, which is what a long run converges to. The N-vs-1 ratio
of the steady rates is the scaling figure (issue 15's target: 2 workers at
least 1.7x one); it assumes N free cores, so say how loaded the machine was.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(corpus: Path, out: Path, ledger: Path, workers: int, dask: bool,
            batch_size: int) -> dict[str, float]:
    """Runs in a fresh process: one ingest, timed from process start."""
    from kg.distributed import DaskSpec
    from kg.ingest import ingest
    from kg.ledger import Ledger

    marks: list[tuple[float, int]] = []

    def progress(s) -> None:  # type: ignore[no-untyped-def]
        if s.seen and (not marks or marks[-1][1] != s.seen):
            marks.append((time.perf_counter(), s.seen))

    with Ledger(ledger) as book:
        s = ingest([str(corpus)], f"rdf:{out}", ledger=book, workers=workers,
                   dask=DaskSpec() if dask else None, chunk_size=batch_size,
                   on_progress=progress)
    (t0, n0), (t1, n1) = marks[0], marks[-1]
    return {"articles": s.seen, "failed": s.failed, "facts": s.facts,
            "steady": (n1 - n0) / (t1 - t0) if t1 > t0 else 0.0}


def timed(corpus: Path, work: Path, name: str, workers: int, dask: bool,
          batch_size: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--one", json.dumps(
        [str(corpus), str(work / name), str(work / f"{name}.sqlite"), workers, dask,
         batch_size])]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"{name} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall"] = wall
    return result


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        corpus, out, ledger, workers, dask, batch = json.loads(sys.argv[2])
        print(json.dumps(one_run(Path(corpus), Path(out), Path(ledger), workers, dask, batch)))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-dask-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        with args.articles.open(encoding="utf-8") as src:
            lines = list(itertools.islice(src, args.limit))
        corpus.write_text("".join(lines), encoding="utf-8")
        words = sum(len(json.loads(x).get("text", "").split()) for x in lines)
        print(f"{len(lines)} articles ({words / len(lines):.0f} words on average) from "
              f"{args.articles}; {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f} at start; --batch-size {args.batch_size}")
        runs = {}
        for name, workers, dask in (("plain", 1, False), ("dask-1", 1, True),
                                    (f"dask-{args.workers}", args.workers, True)):
            r = timed(corpus, work, name, workers, dask, args.batch_size)
            runs[name] = r
            print(f"  {name:8}: wall {r['wall']:7.1f} s = {r['articles'] / r['wall']:6.2f} "
                  f"articles/s; steady {r['steady']:6.2f} articles/s; {r['facts']:.0f} facts, "
                  f"{r['failed']:.0f} failed; load average {os.getloadavg()[0]:.1f}",
                  flush=True)
        one, many = runs["dask-1"], runs[f"dask-{args.workers}"]
        print(f"{args.workers} Dask workers vs 1: steady {many['steady'] / one['steady']:.2f}x, "
              f"wall {one['wall'] / many['wall']:.2f}x (target >= 1.7x for 2)")
        print(f"Dask 1 worker vs plain: steady {one['steady'] / runs['plain']['steady']:.2f}x")
        same = all(r["facts"] == runs["plain"]["facts"] for r in runs.values())
        print(f"same number of facts in every run: {same}")


if __name__ == "__main__":
    main()
