#!/usr/bin/env python3
"""Print the commitments and statements kg finds in a seeded sample of bench texts.

    python bench/sample_facts.py [TEXTS] [--seed N] [--per-kind K] [--max-chars C]

TEXTS is a JSON Lines file (``id``, ``title``, ``text``, ``published``); default the
public-domain White House bench corpus. Texts are grouped by kind from the title
(readout, joint statement, press secretary, fact sheet, other statement) and K are
drawn from each kind with ``random.Random(seed)``, so a sample is reproducible and a
fresh seed gives texts nobody has judged. Each fact is printed with its extractor id
and its sentence, for judging by hand against the annotation guidelines.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from kg.article import make_article, refuse_text
from kg.errors import InputError
from kg.nlp import build_nlp
from kg.pipeline import extract_facts

DEFAULT = str(Path(__file__).resolve().parents[2] / "shared/corpus/bench"
              / "whitehouse-statements.jsonl")
KINDS = (("readout", "readout"), ("joint", "joint statement"),
         ("press secretary", "press secretary"), ("fact sheet", "fact sheet"))


def kind_of(title: str) -> str:
    t = title.lower()
    for key, kind in KINDS:
        if key in t:
            return kind
    return "other statement" if "statement" in t else "other"


def sample(path: str, seed: int, per_kind: int, max_chars: int) -> list[dict]:
    groups: dict[str, list[dict]] = {}
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if not d.get("text") or len(d["text"]) > max_chars:
                continue
            groups.setdefault(kind_of(d.get("title", "")), []).append(d)
    rng = random.Random(seed)
    out: list[dict] = []
    for kind in sorted(groups):
        docs = groups[kind]
        for d in rng.sample(docs, min(per_kind, len(docs))):
            out.append({**d, "kind": kind})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", nargs="?", default=DEFAULT)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=7)
    ap.add_argument("--max-chars", type=int, default=6000)
    args = ap.parse_args()
    docs = sample(args.texts, args.seed, args.per_kind, args.max_chars)
    nlp = build_nlp()
    arts, kept = [], []
    for d in docs:
        try:
            refuse_text(d["text"], d["id"])
            arts.append(make_article(d["text"], {"title": d.get("title", "")}, d["id"],
                                     (d.get("published") or "")[:10] or None))
            kept.append(d)
        except InputError as e:  # e.g. a bench text that is really an HTML page
            print(f"# skipped {d['id']}: {e}")
    docs = kept
    for d, facts in zip(docs, extract_facts(nlp, arts), strict=True):
        js = facts.to_json()
        print(f"\n=== [{d['kind']}] {d['id']}")
        for c in js.get("commitments", []):
            p = c["provenance"]
            print(f"  C {c['status']:<11} {c['actors']} -> {c.get('counterparts', [])}"
                  f" | {c['action']!r} [{p['extractor']}]\n      S: {p['sentence']}")
        for s in js.get("statements", []):
            p = s["provenance"]
            print(f"  S {s['mode']:<8} {s['speaker']} | {s['content'][:160]!r}"
                  f" [{p['extractor']}]\n      S: {p['sentence'][:300]}")


if __name__ == "__main__":
    main()
