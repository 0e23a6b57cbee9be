#!/usr/bin/env python3
"""Print kg's actors and roles for a seeded sample of bench texts, for hand-judging precision.

    python bench/sample_actors.py [--seed 1] [--n 30] [--max-chars 6000] [FILE.jsonl]

Draws ``--n`` articles (seeded, reproducible) of at most ``--max-chars`` characters from a
JSON Lines file with fields id, title, text, published (default: the public-domain White
House bench corpus), runs kg's extraction on them as ``kg ingest`` would, and prints per
article each actor (numbered; type, name, aliases, the first sentence it was read in) and
each role (holder, title, organization, sentence). Judge them against
eval/GUIDELINES.md §Actors and §Roles; the numbers make a tally easy to write down.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from kg.article import check_article, make_article
from kg.errors import InputError
from kg.nlp import build_nlp
from kg.pipeline import extract_facts

BENCH = Path(__file__).resolve().parents[2] / "shared/corpus/bench/whitehouse-statements.jsonl"


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(BENCH))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--max-chars", type=int, default=6000)
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.file).read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if 200 <= len(r.get("text") or "") <= args.max_chars]
    picked = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    articles, kept = [], []
    for i, r in enumerate(picked):
        art = make_article(r["text"], {"title": r.get("title"), "published": r.get("published")},
                           default_id=r.get("id") or f"doc{i}")
        try:
            check_article(art)
        except InputError:  # an HTML scrape or the like: not article text, skip it
            continue
        articles.append(art)
        kept.append(r)
    picked = kept
    nlp = build_nlp()
    n_actors = n_roles = 0
    for row, facts in zip(picked, extract_facts(nlp, articles), strict=True):
        print(f"\n=== {row.get('id')} | {short(row.get('title') or '', 100)}")
        for actor in facts.actors:
            n_actors += 1
            sent = short(actor.provenance.sentence) if actor.provenance else ""
            aliases = "; ".join(actor.aliases)
            print(f"  A{n_actors:03d} {actor.type:<12} {actor.name!r} [{aliases}]  <- {sent}")
        for role in facts.roles:
            n_roles += 1
            sent = short(role.provenance.sentence) if role.provenance else ""
            print(f"  R{n_roles:03d} {role.holder!r} = {role.title!r} of {role.organization!r}"
                  f"  <- {sent}")
    print(f"\n{len(picked)} articles, {n_actors} actors, {n_roles} roles")


if __name__ == "__main__":
    main()
