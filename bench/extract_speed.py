#!/usr/bin/env python3
"""Words per second of kg's extraction against bare spaCy, on the same texts, in one run.

    python bench/extract_speed.py [TEXTS] [--limit N]

TEXTS is a JSON Lines file of articles (``text``, ``published``) or a folder of
.txt files; without it, the bundled example article repeated. Prints words/s of
(1) bare spaCy ``nlp.pipe`` with the same model, (2) kg's components on top
(extraction), (3) extraction plus SHACL validation (what ``kg extract`` does
before writing: kg.shacl's compiled shapes, with pySHACL's time beside it), and
the overheads as ratios, by wall time and by the process's CPU time. Shared
machines are noisy: each stage runs twice, alternating, and the faster run counts.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import spacy

from kg.article import make_article, refuse_text
from kg.errors import InputError
from kg.nlp import build_nlp, model_name
from kg.pipeline import extract_facts
from kg.settings import Settings
from kg.validate import validate


def load_texts(source: str | None, limit: int) -> list[tuple[str, str | None]]:
    if source is None:
        from importlib import resources

        text = (resources.files("kg") / "examples" / "example-readout.txt").read_text("utf-8")
        return [(text, "2026-11-20")] * limit
    p = Path(source)
    out = []
    if p.is_dir():
        for f in sorted(p.glob("*.txt"))[:limit]:
            out.append((f.read_text(encoding="utf-8"), None))
    else:
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                try:  # texts kg refuses (e.g. HTML pages) are left out of both runs
                    refuse_text(d["text"], "bench", 1_000_000)
                except InputError:
                    continue
                out.append((d["text"], (d.get("published") or "")[:10] or None))
                if len(out) >= limit:
                    break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", nargs="?")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()
    texts = load_texts(args.texts, args.limit)
    words = sum(len(t.split()) for t, _ in texts)
    name = model_name(Settings())
    bare = spacy.load(name)
    kg_nlp = build_nlp()
    articles = [make_article(t, {}, f"b{i}", pub) for i, (t, pub) in enumerate(texts)]

    def run_bare() -> None:
        for _ in bare.pipe((t for t, _ in texts), batch_size=args.batch_size):
            pass

    facts_out: list = []

    def run_kg() -> None:
        facts_out.clear()
        facts_out.extend(extract_facts(kg_nlp, articles, batch_size=args.batch_size))

    def validating(engine: str) -> Any:
        def run() -> None:
            for i in range(0, len(facts_out), args.batch_size):
                validate(facts_out[i:i + args.batch_size], engine=engine)
        return run

    timings: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for _ in range(2):
        for label, fn in (("bare", run_bare), ("kg", run_kg), ("validate", validating("compiled")),
                          ("pyshacl", validating("pyshacl"))):
            t, c = time.perf_counter(), time.process_time()
            fn()
            timings[label] = min(timings.get(label, 1e9), time.perf_counter() - t)
            cpu[label] = min(cpu.get(label, 1e9), time.process_time() - c)
    facts = sum(f.count() for f in facts_out)
    print(f"model {name}; {len(texts)} texts, {words} words, {facts} facts")
    print(f"bare spaCy (nlp.pipe)          {words / timings['bare']:>10.0f} words/s"
          f"  {timings['bare']:.2f} s")
    print(f"kg extraction                  {words / timings['kg']:>10.0f} words/s"
          f"  {timings['kg']:.2f} s")
    both = timings["kg"] + timings["validate"]
    print(f"kg extraction + SHACL          {words / both:>10.0f} words/s  {both:.2f} s")
    print(f"extraction overhead over spaCy {timings['kg'] / timings['bare'] - 1:>+10.1%}"
          "  (target <= +25%)")
    print(f"validation over spaCy          {timings['validate'] / timings['bare']:>+10.1%}"
          "  (target <= +10%; kg.shacl, the compiled shapes)")
    print(f"  the same with pySHACL        {timings['pyshacl'] / timings['bare']:>+10.1%}"
          "  (the reference engine, for comparison)")
    print(f"extraction + validation        {both / timings['bare'] - 1:>+10.1%}")
    # CPU time of this process: what the work costs when it has a core, less moved
    # than wall time by other processes on a shared machine
    print(f"by CPU time: bare {cpu['bare']:.2f} s, kg {cpu['kg']:.2f} s "
          f"({cpu['kg'] / cpu['bare'] - 1:+.1%}), validation {cpu['validate']:.2f} s "
          f"({cpu['validate'] / cpu['bare']:+.1%}), pySHACL {cpu['pyshacl']:.2f} s "
          f"({cpu['pyshacl'] / cpu['bare']:+.1%})")


if __name__ == "__main__":
    main()
