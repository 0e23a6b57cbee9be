"""Ingest throughput: 1 vs N workers on the same articles, and the cost of a re-ingest.

    python bench/ingest_speed.py ARTICLES.jsonl [--limit 200] [--workers 2]

Takes the first --limit articles of a JSON Lines file (id, title, text,
published, ...), and in one run times, as a user would run them (``kg ingest``
in a fresh process, model loading included):

  1. a first ingest with 1 worker into a fresh RDF folder and ledger
  2. the same with --workers N into another fresh folder and ledger
  3. a re-ingest of the unchanged articles into the first folder

and prints articles/s, the N-vs-1 speed-up and the re-ingest time as a
fraction of the first ingest (target: at most 5%).
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def kg_ingest(source: Path, out: Path, ledger: Path, workers: int) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "kg", "ingest", str(source), "--to", f"rdf:{out}",
           "--ledger", str(ledger), "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"kg ingest failed ({proc.returncode}): {proc.stderr.strip()}")
    return seconds, proc.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("articles", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        with args.articles.open(encoding="utf-8") as src, corpus.open("w", encoding="utf-8") as dst:
            lines = list(itertools.islice(src, args.limit))
            dst.writelines(lines)
        n = len(lines)
        print(f"{n} articles from {args.articles}")
        one, line1 = kg_ingest(corpus, work / "one", work / "one.sqlite", 1)
        print(f"  1 worker : {one:7.1f} s  {n / one:6.2f} articles/s   [{line1}]")
        many, line2 = kg_ingest(corpus, work / "many", work / "many.sqlite", args.workers)
        print(f"  {args.workers} workers: {many:7.1f} s  {n / many:6.2f} articles/s   [{line2}]")
        again, line3 = kg_ingest(corpus, work / "one", work / "one.sqlite", 1)
        print(f"  re-ingest: {again:7.1f} s  (unchanged corpus)   [{line3}]")
        print(f"speed-up with {args.workers} workers: {one / many:.2f}x")
        print(f"re-ingest / first ingest: {again / one:.1%} (target <= 5%)")


if __name__ == "__main__":
    main()
