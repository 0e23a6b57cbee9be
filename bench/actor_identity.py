#!/usr/bin/env python3
"""How many actor IRIs does one real-world actor get across articles?

    python bench/actor_identity.py [ARTICLES.jsonl] [--every 10] [--limit 150]
                                   [--title WORD] [--facts CACHE.jsonl] [--validate]
                                   [--sample N]

Extracts every --every-th article of a JSON Lines file (lines 0, 10, 20, ...;
the first --limit of them), writes each article's named graph as ``kg ingest
--to rdf:DIR`` does, and reads the union of the graphs. For each of a fixed
list of well-known actors it prints the actor IRIs whose ``skos:prefLabel``
names that actor, with their labels (target: exactly one IRI each), then the
share of actor IRIs (and of per-article actors) linked to Wikidata. With
--validate it also runs the SHACL shapes over the union graph.

The matchers below are the bench's own, deliberately independent of kg's
name rules: a label names an actor when its words, lower-cased and without
titles, punctuation and initials, are that actor's surname plus words from
its given names ("Joseph R. Biden Jr." and "President Biden" are Joe Biden;
"Jill Biden" and "Melania Trump" are not).

--facts caches the extracted facts (JSON Lines of ``ArticleFacts.to_json``):
if the file exists it is read instead of extracting again.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Dataset, URIRef

from kg.model import ArticleFacts
from kg.rdf import bind, facts_to_dataset
from kg.vocab import KG, OWL, RDF, SKOS

# the project's shared corpus sits beside the repository (../shared)
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bench" / \
    "whitehouse-statements.jsonl"

# name: (surname forms, other words allowed)
PEOPLE = {
    "Joe Biden": ({"biden"}, {"joe", "joseph", "robinette"}),
    "Kamala Harris": ({"harris"}, {"kamala", "devi"}),
    "Jake Sullivan": ({"sullivan"}, {"jake", "jacob"}),
    "Volodymyr Zelenskyy": ({"zelenskyy", "zelensky", "zelenskiy", "zelenski"},
                            {"volodymyr", "oleksandrovych"}),
    "Benjamin Netanyahu": ({"netanyahu"}, {"benjamin", "bibi"}),
    "Fumio Kishida": ({"kishida"}, {"fumio"}),
    "Emmanuel Macron": ({"macron"}, {"emmanuel"}),
    "Olaf Scholz": ({"scholz"}, {"olaf"}),
    "Donald Trump": ({"trump"}, {"donald", "john"}),
}
PLACES = {
    "United States": {"united states", "us", "usa", "united states of america", "america"},
    "Ukraine": {"ukraine"},
    "Israel": {"israel", "state of israel"},
    "Japan": {"japan"},
    "European Union": {"european union", "eu"},
}
US_LEADERS = {"biden", "harris", "trump", "obama", "vance", "pence", "bush", "clinton"}
TITLES = set("""president vice prime minister secretary national security advisor adviser
mr mrs ms dr jr sr his her excellency majesty chancellor former the""".split())


def words(label: str) -> list[str]:
    label = label.lower().replace("\u2019", "'").replace("'s", "")
    return re.sub(r"[^\w\s]", " ", label).split()


def target_of(label: str) -> str | None:
    w = words(label)
    joined = " ".join(x for x in w if x != "the")
    for name, forms in PLACES.items():
        if joined in forms:
            return name
    if w and w[-1] == "administration" and w[:-1] and set(w[:-1]) <= US_LEADERS:
        return "United States"
    core = [x for x in w if x not in TITLES and len(x) > 1]
    for name, (surnames, given) in PEOPLE.items():
        if core and core[-1] in surnames and set(core[:-1]) <= given:
            return name
    return None


def article_lines(path: Path, every: int, limit: int, title: str | None = None) -> list[dict]:
    """Every ``every``-th article (of those whose title has ``title``, if given)."""
    out = []
    n = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if title is not None:
                row = json.loads(line)
                if title.lower() not in str(row.get("title", "")).lower():
                    continue
            if n % every == 0:
                out.append(json.loads(line))
                if len(out) >= limit:
                    break
            n += 1
    return out


def extract(rows: list[dict]) -> list[ArticleFacts]:
    from kg.article import check_article, make_article
    from kg.errors import InputError
    from kg.nlp import build_nlp
    from kg.pipeline import run

    arts = []
    for r in rows:
        try:  # what kg ingest refuses (an HTML page, say) is skipped here too
            arts.append(check_article(make_article(r["text"], r, default_id=r["id"],
                                                   where=r["id"])))
        except InputError as exc:
            print(f"# skipped: {exc}", file=sys.stderr)
    return [rep.accepted for rep in run(build_nlp(), arts)]


def print_sample(batch: list[ArticleFacts], n: int) -> None:
    """A fixed sample of linked (article, actor) pairs, one per distinct name and label."""
    import hashlib

    from kg.identity import resolve

    rows = {}
    for facts in batch:
        idents = resolve(facts)
        for a in facts.actors:
            i = idents[a.name]
            if i.linked:
                key = hashlib.sha1(f"{a.name}|{i.label}".encode()).hexdigest()
                rows.setdefault((a.name, i.label), (key, facts.article.id, a, i))
    print(f"# sample of {n} of {len(rows)} distinct linked (name, label) pairs")
    for _key, aid, a, i in sorted(rows.values(), key=lambda r: r[0])[:n]:
        sent = " ".join((a.provenance.sentence if a.provenance else "").split())[:160]
        print(f"{a.name!r} ({a.type}) -> {i.label} [{i.type} {i.wikidata or '-'}]  "
              f"{aid[:40]}: {sent}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles", nargs="?", default=str(DEFAULT))
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--title", help="only articles whose title contains this (e.g. Readout)")
    ap.add_argument("--facts", help="cache of extracted facts (JSON Lines)")
    ap.add_argument("--validate", action="store_true", help="SHACL-validate the union graph")
    ap.add_argument("--sample", type=int, default=0,
                    help="print N linked actors (a fixed sample) with their sentence, to check")
    args = ap.parse_args()

    cache = Path(args.facts) if args.facts else None
    if cache is not None and cache.exists():
        batch = [ArticleFacts.from_json(json.loads(x)) for x in cache.read_text().splitlines()]
    else:
        batch = extract(article_lines(Path(args.articles), args.every, args.limit, args.title))
        if cache is not None:
            cache.write_text("".join(json.dumps(f.to_json()) + "\n" for f in batch))

    # one Dataset per article, as rdf:DIR writes them, then their union
    union = Dataset()
    bind(union)
    for facts in batch:
        for s, p, o, g in facts_to_dataset([facts]).quads((None, None, None, None)):
            union.add((s, p, o, g))

    labels: dict[URIRef, set[str]] = defaultdict(set)
    for s, _, o, _ in union.quads((None, SKOS.prefLabel, None, None)):
        labels[s].add(str(o))  # type: ignore[index]
    found: dict[str, dict[URIRef, set[str]]] = {t: {} for t in (*PEOPLE, *PLACES)}
    for iri, labs in labels.items():
        for lab in labs:
            t = target_of(lab)
            if t is not None:
                found[t][iri] = labs
    which = f" titled *{args.title}*" if args.title else ""
    print(f"# {len(batch)} articles: every {args.every}th{which} of {args.articles}")
    total = 0
    for t, iris in found.items():
        total += len(iris)
        print(f"{t:22} {len(iris)} IRI(s)")
        for iri, labs in sorted(iris.items()):
            print(f"    {iri}  {sorted(labs)}")
    print(f"total: {total} IRIs for {len(found)} actors (target {len(found)})")

    actors = {s for s, _, _, _ in union.quads((None, RDF.type, KG.Actor, None))}
    linked = {s for s, _, _, _ in union.quads((None, OWL.sameAs, None, None)) if s in actors}
    per_article = sum(len(f.actors) for f in batch)
    per_article_linked = sum(1 for f in batch for a in f.actors if a.wikidata)
    two_labels = sum(1 for labs in labels.values() if len(labs) > 1)
    print(f"actor IRIs: {len(actors)}; linked to Wikidata: {len(linked)} "
          f"({len(linked) / max(1, len(actors)):.1%})")
    print(f"actors per article: {per_article}; with a Wikidata id: {per_article_linked} "
          f"({per_article_linked / max(1, per_article):.1%})")
    print(f"actor IRIs with more than one prefLabel: {two_labels}")
    if args.sample:
        print_sample(batch, args.sample)
    if args.validate:
        from kg.validate import union_graph, validate_graph

        ok, results = validate_graph(union_graph(union))
        print(f"union graph conforms: {ok}; violations: {len(results)}")
        for r in results[:10]:
            print(f"    {r.focus}: {r.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
