#!/usr/bin/env python3
"""rows_for (the rows both Neo4j paths load: Bolt and bulk import) in articles/s.

    python bench/rows_speed.py [--size 1000] [--batch 100] [--rounds 3]
                               [--before REV] [--cache FILE] [--facts FILE] [--profile]

The facts are bench/rdf_speed.py's cached sample, repeated under new article ids
up to ``--size`` (built from the bench corpus on first use), or with ``--facts``
the first ``--size`` articles of a JSON Lines file of facts, all distinct (the
repeated sample lets identities remembered from one copy serve the next). ``--before REV`` times
the code of git revision REV too, in the same run: its tree is unpacked into a
temporary directory and run in a child process, rounds alternating with this
tree's; the best round of each is kept, and the two trees' rows and facts hashes
must be identical (a digest of all of them is compared). Rates are per CPU second of the
process (wall time on a shared machine measures the other processes). ``--profile`` prints
the cProfile of one round of this tree.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(tempfile.gettempdir()) / "kg-rdf-speed-facts.jsonl"


def use_tree(tree: Path) -> None:
    """Import kg (and its loaders, ontology, queries) from ``tree``, not the install."""
    sys.path.insert(0, str(tree))
    for name, folder in (("kg.loaders", "loaders"), ("kg.ontology", "ontology"),
                         ("kg.queries", "queries")):
        init = tree / folder / "__init__.py"
        spec = importlib.util.spec_from_file_location(
            name, init, submodule_search_locations=[str(tree / folder)])
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


def one_round(size: int, batch: int, cache: Path,
              given: Path | None = None) -> tuple[float, str]:
    """(articles/s, digest of every row and hash) for one pass over ``size`` articles."""
    sys.path.insert(1, str(ROOT / "bench"))
    from rdf_speed import CORPUS, sample_facts, scaled

    from kg.loaders.neo4j import rows_for
    from kg.model import ArticleFacts

    if given:
        with given.open(encoding="utf-8") as fh:
            facts = [ArticleFacts.from_json(json.loads(line)) for line in fh if line.strip()]
        facts = facts[:size]
        size = len(facts)
    else:
        facts = scaled(sample_facts(CORPUS, 100, cache), size)
    rows_for(facts[:10])  # the knowledge base and the alias file loaded, as in a long run
    t = time.process_time()  # CPU time: the machine is shared, wall time measures others
    out = [rows_for(facts[i:i + batch]) for i in range(0, size, batch)]
    rate = size / (time.process_time() - t)
    text = json.dumps(out, ensure_ascii=False, default=repr)
    return rate, hashlib.sha1(text.encode("utf-8")).hexdigest()


def child(tree: str | None, args: argparse.Namespace) -> tuple[float, str]:
    cmd = [sys.executable, __file__, "--size", str(args.size), "--batch", str(args.batch),
           "--cache", str(args.cache), "--child"] + (["--tree", tree] if tree else []) + (
               ["--facts", str(args.facts)] if args.facts else [])
    rate, dig = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
    return float(rate), dig


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=100, help="articles per rows_for call")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--before", metavar="REV", help="also time git revision REV")
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--facts", type=Path, help="JSON Lines of distinct articles' facts")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--tree", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        if args.tree:
            use_tree(Path(args.tree))
        rate, dig = one_round(args.size, args.batch, args.cache, args.facts)
        print(rate, dig)
        return
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(one_round, args.size, args.batch, args.cache, args.facts)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    with tempfile.TemporaryDirectory() as tmp:
        trees: dict[str, str | None] = {"this tree": None}
        if args.before:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            trees = {args.before: tmp, **trees}
        best: dict[str, float] = {}
        digests: dict[str, str] = {}
        for _ in range(args.rounds):
            for label, tree in trees.items():
                rate, digests[label] = child(tree, args)
                best[label] = max(best.get(label, 0.0), rate)
    for label in trees:
        print(f"{label:>12}: rows_for {best[label]:8.1f} articles/s "
              f"({args.size} articles, {args.batch} a call, best of {args.rounds}); "
              f"rows digest {digests[label][:12]}")
    if args.before:
        a, b = (best[k] for k in trees)
        same = len(set(digests.values())) == 1
        print(f"speed-up {b / a:.2f}x; rows and hashes identical: {same}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
