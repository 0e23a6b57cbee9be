#!/usr/bin/env python3
"""Neo4j load rate of kg's loader against a bare-driver UNWIND of the same rows.

    python bench/neo4j_load.py [--articles 3000] [--uri bolt://127.0.0.1:7687]

Builds synthetic fact sets shaped like real articles (actors shared across
articles, ~45 facts each), loads them with Neo4jLoader into an empty database,
then empties it and writes exactly the same parameter rows with bare
``UNWIND … MERGE`` statements in one transaction per batch (no hash check, no
replace logic, no constraints beyond the same ones). Prints relationships/s of
both and the ratio. It DELETES everything in the target database.
"""

from __future__ import annotations

import argparse
import os
import random
import time

import neo4j

from kg.loaders import cypher as q
from kg.loaders.neo4j import Neo4jLoader, rows_for
from kg.model import Actor, Article, ArticleFacts, Commitment, Event, Provenance, Role, Statement
from kg.validate import Report

COUNTRIES = [f"Country {i}" for i in range(60)]
PEOPLE = [f"Person {i}" for i in range(400)]


def synthetic(n: int, seed: int = 7) -> list[ArticleFacts]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        p = Provenance("A sentence of the article.", 10, 40, "bench", 0.8)
        cs = rnd.sample(COUNTRIES, 4)
        ps = rnd.sample(PEOPLE, 6)
        actors = tuple(Actor(c, "Country", (c[:3],), None, p) for c in cs) + tuple(
            Actor(x, "Person", (x.split()[-1],), None, p) for x in ps)
        roles = tuple(Role(x, "Minister", cs[k % 4], p) for k, x in enumerate(ps))
        statements = tuple(Statement(ps[k % 6], f"statement {i}-{k} about talks", "reported",
                                     "2026-01-02", p) for k in range(15))
        commitments = tuple(Commitment((cs[k % 4], cs[(k + 1) % 4]), (cs[(k + 2) % 4],),
                                       f"action {i}-{k}", "agreed", "2026-01-02", p)
                            for k in range(12))
        events = tuple(Event("Meeting", (ps[k % 6], ps[(k + 1) % 6], cs[k % 4]), "2026-01-02",
                             None, p) for k in range(6))
        out.append(ArticleFacts(Article(f"bench-{i}", ""), actors, roles, statements,
                                commitments, events))
    return out


def bare_load(driver: neo4j.Driver, batches: list[list[ArticleFacts]], db: str) -> int:
    rels = 0
    for batch in batches:
        rows = rows_for(batch)

        def work(tx: neo4j.ManagedTransaction, rows: dict = rows) -> int:
            n = 0
            tx.run(q.merge_articles(), rows=rows["articles"]).consume()
            for label, data in rows["actors"].items():
                tx.run(q.merge_actors(label), rows=data).consume()
            n += tx.run(q.merge_mentions(), rows=rows["mentions"]).consume() \
                .counters.relationships_created
            for label, data in rows["facts"].items():
                n += tx.run(q.merge_facts(label), rows=data).consume() \
                    .counters.relationships_created
            for rel, data in rows["links"].items():
                n += tx.run(q.merge_fact_links(rel), rows=data).consume() \
                    .counters.relationships_created
            return n

        with driver.session(database=db) as s:
            rels += s.execute_write(work)
    return rels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--uri", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    ap.add_argument("--database", default=os.environ.get("NEO4J_DATABASE", "neo4j"))
    args = ap.parse_args()
    facts = synthetic(args.articles)
    driver = neo4j.GraphDatabase.driver(args.uri, notifications_min_severity="OFF")

    def wipe() -> None:
        for stmt in ("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
                     "MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS n"):
            while driver.execute_query(stmt, database_=args.database).records[0]["n"]:
                pass

    batches = [facts[i:i + args.batch_size] for i in range(0, len(facts), args.batch_size)]

    def run_kg() -> tuple[float, int]:
        t = time.perf_counter()
        with Neo4jLoader(args.uri, database=args.database,
                         batch_size=args.batch_size) as loader:
            for f in facts:
                loader.load(Report(f))
        return time.perf_counter() - t, loader.result.relationships

    def run_bare() -> tuple[float, int]:
        t = time.perf_counter()
        rels = bare_load(driver, batches, args.database)
        return time.perf_counter() - t, rels

    # alternate the two, twice, on an emptied database; the faster run of each counts
    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.rounds):
        for label, fn in (("kg", run_kg), ("bare", run_bare)):
            wipe()
            took = fn()
            if label not in best or took[0] < best[label][0]:
                best[label] = took
    t = time.perf_counter()
    wipe()
    run_kg()
    t = time.perf_counter()
    with Neo4jLoader(args.uri, database=args.database, batch_size=args.batch_size) as again:
        for f in facts:
            again.load(Report(f))
    reload_time = time.perf_counter() - t
    (kg_time, kg_rels), (bare_time, bare_rels) = best["kg"], best["bare"]
    driver.close()
    print(f"{args.articles} articles, {sum(f.count() for f in facts)} facts, "
          f"batch {args.batch_size}")
    print(f"kg loader        {kg_rels:>8} relationships in {kg_time:6.1f} s = "
          f"{kg_rels / kg_time:>8.0f} rel/s")
    print(f"bare UNWIND      {bare_rels:>8} relationships in {bare_time:6.1f} s = "
          f"{bare_rels / bare_time:>8.0f} rel/s")
    print(f"ratio kg/bare    {(kg_rels / kg_time) / (bare_rels / bare_time):>8.2f}  "
          "(target >= 0.8; and >= 10,000 rel/s)")
    print(f"reload unchanged {reload_time:6.1f} s ({again.skipped} articles skipped)")


if __name__ == "__main__":
    main()
