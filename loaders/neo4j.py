"""Neo4jLoader: accepted facts into Neo4j with the official driver.

Reports are buffered and written ``batch_size`` articles per write
transaction (``session.execute_write``, which retries transient errors), as
batched ``UNWIND $rows … MERGE`` statements keyed on the same IRIs as the RDF
encoding. Constraints and indexes are created on first use. Each Article node
keeps a hash of its facts: an unchanged article is skipped, a changed one has
its old facts and mentions removed in the same transaction before the new
ones are merged, so loading is idempotent and a re-run after a crash
converges to the same graph.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any

from kg import ids
from kg.aliases import curated
from kg.errors import LoaderError, Neo4jUnavailable
from kg.identity import resolve
from kg.kb import load as load_kb
from kg.loaders import BaseLoader, LoadResult
from kg.loaders import cypher as q
from kg.model import ArticleFacts, Provenance
from kg.settings import Settings
from kg.validate import Report

log = logging.getLogger(__name__)


def _canonical_fact(fact: Any) -> tuple:
    return tuple(tuple(sorted(v)) if isinstance(v, tuple) else v
                 for v in astuple_shallow(fact))


def astuple_shallow(fact: Any) -> tuple:
    return tuple(getattr(fact, f) for f in fact.__dataclass_fields__)


def _reprs_of(cls: Any) -> Callable[[Any], str]:
    """A function giving ``repr(_canonical_fact(fact))`` for facts of type ``cls``,
    without the per-call work of the generic path: the fields are read by one
    ``attrgetter`` and a Provenance is written by a format made from its fields
    (the text of the dataclass's own ``__repr__``, without its recursion guard)."""
    names = tuple(cls.__dataclass_fields__)
    got: Callable[[Any], tuple[Any, ...]]
    if len(names) == 1:  # attrgetter of one name gives the value itself
        got = lambda f: (getattr(f, names[0]),)  # noqa: E731
    else:
        got = attrgetter(*names)
    prov_fields = [f.name for f in fields(Provenance) if f.repr]
    prov_form = f"{Provenance.__qualname__}(" + ", ".join(f"{n}=%r" for n in prov_fields) + ")"
    prov_values = attrgetter(*prov_fields)

    def write(fact: Any) -> str:
        parts = []
        for v in got(fact):
            if type(v) is str:
                parts.append(repr(v))
            elif isinstance(v, tuple):  # a plain tuple of under two is its own sorted form
                parts.append(repr(v if type(v) is tuple and len(v) < 2 else tuple(sorted(v))))
            elif type(v) is Provenance:
                parts.append(prov_form % prov_values(v))
            else:
                parts.append(repr(v))
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"

    return write


_REPRS: dict[type, Callable[[Any], str]] = {}

#: q.FACT_RELS by section: (field, relationship type) pairs, in FACT_RELS's order.
_RELS: dict[str, list[tuple[str, str]]] = {s: [(f, r) for (sec, f), r in q.FACT_RELS.items()
                                               if sec == s] for s in q.FACT_LABELS}


def facts_hash(facts: ArticleFacts) -> str:
    """A hash of an article's facts that ignores their order (JSON and RDF agree)."""
    meta = sorted((k, v) for k, v in facts.article.meta_json().items() if v is not None)
    parts = [repr(meta)]
    for section in ("actors", "roles", "statements", "commitments", "events"):
        texts = []
        for f in getattr(facts, section):
            write = _REPRS.get(type(f))
            if write is None:
                write = _REPRS[type(f)] = _reprs_of(type(f))
            texts.append(write(f))
        texts.sort()
        parts.append(repr(texts))
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()


def rows_for(batch: list[ArticleFacts]) -> dict[str, Any]:
    """Parameter rows for a batch of articles (pure; used by tests and the bench)."""
    articles: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    actors: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    links: dict[str, list[dict[str, str]]] = defaultdict(list)
    kb, aliases = load_kb(), curated()  # once a batch (curated() stats the alias file)
    for f in batch:
        art = f.article
        props = {k: v for k, v in art.meta_json().items() if v is not None}
        props["iri"] = str(ids.article_iri(art.id))
        props["factsHash"] = facts_hash(f)
        articles.append({"id": art.id, "props": props})
        idents = resolve(f, kb, aliases)  # one node per actor across articles, as in the RDF
        iri_of = {name: str(who.iri) for name, who in idents.items()}
        mine: dict[str, dict[str, Any]] = {}
        for a in f.actors:
            who = idents[a.name]
            iri = iri_of[a.name]
            actors[who.type][iri] = {"iri": iri, "name": who.label, "wikidata": who.wikidata}
            m = mine.setdefault(iri, {"iri": iri, "article": art.id, "aliases": [],
                                      "confidence": None})
            m["aliases"] = sorted({*m["aliases"], *(x for x in (a.name, *a.aliases)
                                                    if x != who.label)})
            if a.provenance and (m["confidence"] is None
                                 or a.provenance.confidence > m["confidence"]):
                m["confidence"] = a.provenance.confidence
        for m in mine.values():  # no alias: no property (an empty list is not stored)
            if not m["aliases"]:
                del m["aliases"]
        mentions.extend(mine.values())
        seen: set[str] = set()
        for section, fact in f.facts():
            if section == "actors":
                continue
            key = ids.key_of(art.id, section, fact)
            iri = ids.fact_iri_text(section, key)
            if iri in seen:  # the same fact twice in one article: keep one
                continue
            seen.add(iri)
            # None and an empty tuple are no property: kg's queries read a missing list as
            # an empty one (any(), coalesce(), collect() skip nulls), and the bulk import's
            # CSV cannot hold an empty list, so both paths give the same graph without a
            # pass that sets [] after the import
            props = {k: (list(v) if isinstance(v, tuple) else v)
                     for k, v in fact.__dict__.items()
                     if k != "provenance" and v is not None and v != ()}
            p = fact.provenance
            if p is not None:
                props.update(confidence=p.confidence, extractor=p.extractor,
                             sentence=p.sentence, start=p.start, end=p.end)
            props["article"] = art.id
            facts[q.FACT_LABELS[section]].append({"iri": iri, "article": art.id,
                                                  "props": props})
            for field, rel in _RELS[section]:
                value = getattr(fact, field)
                names = value if isinstance(value, tuple) else (value,) if value else ()
                for name in dict.fromkeys(names):
                    links[rel].append({"fact": iri, "actor": iri_of[name]})
    return {"articles": articles, "actors": {k: list(v.values()) for k, v in actors.items()},
            "mentions": mentions, "facts": dict(facts), "links": dict(links)}


class Neo4jLoader(BaseLoader):
    def __init__(self, uri: str | None = None, user: str | None = None,
                 password: str | None = None, database: str | None = None,
                 batch_size: int = 100, settings: Settings | None = None,
                 retry_seconds: float = 30.0) -> None:
        import neo4j

        s = settings or Settings()
        self.uri = uri or s.neo4j_uri
        self.database = database or s.neo4j_database
        user = user if user is not None else s.neo4j_user
        password = password if password is not None else s.neo4j_password
        auth = (user, password) if password else None
        self.batch_size = batch_size
        self.pending: list[ArticleFacts] = []
        self.result = LoadResult()
        self.skipped = 0
        self.driver = neo4j.GraphDatabase.driver(
            self.uri, auth=auth, notifications_min_severity="OFF",
            max_transaction_retry_time=retry_seconds)
        try:
            self.driver.verify_connectivity()
        except neo4j.exceptions.AuthError as exc:
            self.driver.close()
            raise LoaderError(f"Neo4j at {self.uri} refused the credentials",
                              hint="set NEO4J_USER and NEO4J_PASSWORD") from exc
        except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired,
                OSError, ValueError) as exc:
            self.driver.close()
            raise Neo4jUnavailable(self.uri) from exc
        self._run(lambda tx: [tx.run(c).consume() for c in q.CONSTRAINTS])

    # -- the Loader interface ---------------------------------------------------
    def load(self, report: Report) -> LoadResult:
        self.pending.append(report.accepted)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return LoadResult(articles=1, facts=report.accepted.count())

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        self.result += self._write(batch)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.driver.close()

    # -- internals -------------------------------------------------------------------
    def _run(self, work: Any) -> Any:
        import neo4j

        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(work)
        except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired) as exc:
            raise Neo4jUnavailable(
                self.uri, hint="the server stopped answering; start it again and re-run: "
                               "articles already loaded are skipped") from exc
        except neo4j.exceptions.Neo4jError as exc:
            raise LoaderError(f"Neo4j at {self.uri} refused a write: {exc.message}") from exc

    def _write(self, batch: list[ArticleFacts]) -> LoadResult:
        # the last version of an article in the batch wins
        by_id = {f.article.id: f for f in batch}
        batch = list(by_id.values())
        rows = rows_for(batch)
        hashes = {r["id"]: r["props"]["factsHash"] for r in rows["articles"]}

        def work(tx: Any) -> LoadResult:
            stored = {r["id"]: r["hash"] for r in tx.run(q.article_hashes(), ids=list(hashes))}
            todo = {i for i, h in hashes.items() if stored.get(i) != h}
            result = LoadResult()
            if not todo:
                return result
            changed = [i for i in todo if i in stored]
            old_actors: list[str] = []
            if changed:
                old_actors = tx.run(q.article_actor_iris(), ids=changed).single()["iris"]
                tx.run(q.delete_article_facts(), ids=changed).consume()
                tx.run(q.delete_article_mentions(), ids=changed).consume()

            def run(stmt: str, data: list[dict[str, Any]], key: str = "article") -> None:
                data = [r for r in data if r.get(key, r.get("id")) in todo]
                if data:
                    summary = tx.run(stmt, rows=data).consume()
                    c = summary.counters
                    result.nodes += c.nodes_created
                    result.relationships += c.relationships_created

            run(q.merge_articles(), rows["articles"], key="id")
            wanted_facts: set[str] = set()
            for data in rows["facts"].values():
                wanted_facts.update(r["iri"] for r in data if r["article"] in todo)
            for label, data in rows["actors"].items():
                summary = tx.run(q.merge_actors(label), rows=data).consume()
                result.nodes += summary.counters.nodes_created
            run(q.merge_mentions(), rows["mentions"])
            for label, data in rows["facts"].items():
                run(q.merge_facts(label), data)
            for rel, data in rows["links"].items():
                data = [r for r in data if r["fact"] in wanted_facts]
                if data:
                    c = tx.run(q.merge_fact_links(rel), rows=data).consume().counters
                    result.relationships += c.relationships_created
            if old_actors:
                tx.run(q.delete_orphan_actors(), iris=old_actors).consume()
            result.articles = len(todo)
            return result

        result = self._run(work)
        self.skipped += len(batch) - result.articles
        log.info("neo4j: %d articles written, %d unchanged", result.articles,
                 len(batch) - result.articles)
        return result

    def missing(self, expected: dict[str, str | None]) -> set[str]:
        """The articles of ``expected`` with no Article node (one indexed lookup)."""
        wanted = list(expected)
        present: set[str] = set()
        for i in range(0, len(wanted), 1000):
            part = wanted[i:i + 1000]
            records = self._run(lambda tx, part=part: [r["id"] for r in tx.run(
                q.article_hashes(), ids=part)])
            present.update(records)
        return set(wanted) - present

    def counts(self) -> tuple[int, int]:
        rec = self.driver.execute_query(q.counts(), database_=self.database).records[0]
        return rec["nodes"], rec["relationships"]
