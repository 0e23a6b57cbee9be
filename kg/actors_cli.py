"""``kg actors``: list the actors of a graph, and record a researcher's merges and
splits in the alias file (``kg.aliases``) that every later run honours.

\b
    kg actors out/facts.jsonl rdf:out/dir      actors with counts, aliases, links
    kg actors --uri bolt://localhost:7687      the actors of a Neo4j graph
    kg actors merge "Jo Smith" "Joanna Smith"  an actor written A is the actor B
    kg actors split "Biden" "Joe Biden"        A and B are never one actor
    kg actors merge A B --uri bolt://...       ... and re-point A's node in Neo4j now

``list`` is the default command: ``kg actors SOURCES`` is ``kg actors list SOURCES``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import click

from kg import aliases as al
from kg.settings import Settings

ALIASES_OPTION = click.option(
    "--aliases", "aliases_path", type=click.Path(dir_okay=False), envvar="KG_ALIASES",
    show_envvar=True, help="The alias file [default: ~/.config/kg/aliases.tsv].")
URI_HELP = "Neo4j URI (list its actors; with merge: re-point the merged node now)."


class ActorsGroup(click.Group):
    """A group whose first argument, when it names no command, is a source of
    ``list`` (so ``kg actors FILE`` lists)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["list", *args]
        return super().parse_args(ctx, args)


@click.group("actors", cls=ActorsGroup)
def actors_group() -> None:
    """Actors of a graph, and a researcher's merges and splits.

    \b
      kg actors SOURCES...   list actors (the same as: kg actors list SOURCES...)
      kg actors merge A B    an actor written A is the actor B (--uri: in Neo4j now)
      kg actors split A B    actors written A and B are never one actor
      kg actors apply --uri  apply the file's merges to a Neo4j graph now

    Decisions go to the alias file (--aliases FILE or KG_ALIASES; by default
    ~/.config/kg/aliases.tsv, one tab-separated decision a line), which every
    later extract, ingest and load honours.
    """


def _path(given: str | None) -> Path:
    return Path(given or Settings().aliases)


# ------------------------------------------------------------------ list
def actors_of_facts(batch: list[Any], aliases: al.Aliases | None = None) -> list[dict[str, Any]]:
    """One row per actor identity of the facts: label, type, Wikidata id, the
    articles naming it, the facts it takes part in, and the spellings used."""
    from kg.identity import _refs, resolve

    rows: dict[str, dict[str, Any]] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    for f in batch:
        idents = resolve(f, aliases=aliases)
        for a in f.actors:
            who = idents[a.name]
            iri = str(who.iri)
            rows.setdefault(iri, {"actor": who.label, "type": who.type,
                                  "wikidata": who.wikidata, "articles": 0, "facts": 0})
            seen[iri].add(f.article.id)
            spellings[iri].update(x for x in (a.name, *a.aliases) if x != who.label)
        for section, fact in f.facts():
            if section == "actors":
                continue
            for iri in {str(idents[n].iri) for n in _refs(fact) if n in idents}:
                if iri in rows:
                    rows[iri]["facts"] += 1
    for iri, row in rows.items():
        row["articles"] = len(seen[iri])
        row["aliases"] = "; ".join(sorted(spellings[iri]))
    return _ordered(list(rows.values()))


def _ordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (-r["articles"], -r["facts"], r["actor"]))


def _read_sources(sources: tuple[str, ...]) -> list[Any]:
    """ArticleFacts from fact files (JSON, JSON Lines) and RDF files or folders."""
    from rdflib import Dataset

    from kg import rdfio
    from kg.cli import _parse_rdf, _read_facts, _warn
    from kg.rdf import dataset_to_facts

    facts: list[Any] = []
    rdf: list[str] = []
    for s in sources:
        if s.startswith("rdf:") or Path(s).is_dir() or any(c in s for c in "*?[") or \
                Path(s).suffix.lower() in rdfio.SUFFIXES:
            rdf.append(s)
            continue
        batch, errors = _read_facts(s)
        for e in errors:
            _warn(e.message)
        facts.extend(batch)
    for path, _ in rdfio.rdf_sources(rdf) if rdf else []:
        ds = Dataset()
        _parse_rdf(ds, str(path))
        facts.extend(dataset_to_facts(ds))
    return facts


NEO4J_ACTORS = """\
MATCH (x:Actor)
OPTIONAL MATCH (x)-[m:MENTIONED_IN]->(a:Article)
WITH x, count(DISTINCT a) AS articles, collect(m.aliases) AS spellings
OPTIONAL MATCH (f:Fact)-->(x)
WITH x, articles, spellings, count(DISTINCT f) AS facts
RETURN x.name AS actor, [l IN labels(x) WHERE l <> 'Actor'][0] AS type,
       x.wikidata AS wikidata, articles, facts,
       reduce(acc = [], s IN spellings | acc + s) AS aliases"""


def _neo4j_actors(uri: str) -> list[dict[str, Any]]:
    with _Driver(uri) as (driver, database):
        records = driver.execute_query(NEO4J_ACTORS, database_=database).records
    rows = []
    for r in records:
        row = dict(r)
        row["aliases"] = "; ".join(sorted({a for a in row["aliases"] or ()
                                           if a != row["actor"]}))
        rows.append(row)
    return _ordered(rows)


class _Driver:
    """A verified Neo4j driver and the database name, as a context manager."""

    def __init__(self, uri: str | None) -> None:
        self.settings = Settings()
        self.uri = uri or self.settings.neo4j_uri

    def __enter__(self) -> tuple[Any, str]:
        import neo4j

        from kg.errors import Neo4jUnavailable

        s = self.settings
        auth = (s.neo4j_user, s.neo4j_password) if s.neo4j_password else None
        self.driver = neo4j.GraphDatabase.driver(self.uri, auth=auth,
                                                 notifications_min_severity="OFF")
        try:
            self.driver.verify_connectivity()
        except (neo4j.exceptions.ServiceUnavailable, OSError) as exc:
            self.driver.close()
            raise Neo4jUnavailable(self.uri) from exc
        return self.driver, s.neo4j_database

    def __exit__(self, *exc: object) -> None:
        self.driver.close()


@actors_group.command("list")
@click.argument("sources", nargs=-1)
@click.option("--uri", help=URI_HELP)
@click.option("--match", "match", metavar="TEXT",
              help="Only actors one of whose names contains TEXT (any case).")
@click.option("-n", "--limit", type=click.IntRange(1), help="Show at most this many.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@ALIASES_OPTION
def list_cmd(sources: tuple[str, ...], uri: str | None, match: str | None, limit: int | None,
             fmt: str, aliases_path: str | None) -> None:
    """List the actors of SOURCES (fact files kg wrote: JSON, JSON Lines, RDF files
    or rdf:DIR folders) or of Neo4j (--uri, or no SOURCES: NEO4J_URI): each with
    its canonical name, type, Wikidata id, the articles naming it, the facts it
    takes part in, and the other names the articles used. Fact files are
    identified anew with the alias file's decisions."""
    from kg.cli import _print_rows

    if sources and uri:
        raise click.UsageError("give SOURCES or --uri, not both")
    if sources:
        rows = actors_of_facts(_read_sources(sources), al.read(_path(aliases_path)))
    else:
        rows = _neo4j_actors(uri or Settings().neo4j_uri)
    if match:
        m = al.key(match)
        rows = [r for r in rows if m in al.key(r["actor"]) or m in al.key(r["aliases"])]
    _print_rows(rows[:limit] if limit else rows, fmt)


# ------------------------------------------------------------------ decisions
@actors_group.command("merge")
@click.argument("name")
@click.argument("canonical")
@click.option("--type", "type_", type=click.Choice(al.TYPES),
              help="The type the merged actor takes (where the rules do not settle it).")
@click.option("--uri", help=URI_HELP)
@ALIASES_OPTION
def merge_cmd(name: str, canonical: str, type_: str | None, uri: str | None,
              aliases_path: str | None) -> None:
    """Record that an actor written NAME is the actor CANONICAL.

    Every later extraction, ingest and load gives NAME the identity CANONICAL
    has (its IRI, label and links). Merges chain (A into B, then B into C: A is
    C); running the same merge again changes nothing. With --uri the actor
    named NAME in Neo4j is merged into CANONICAL's node at once (its
    relationships re-pointed, the node removed).
    """
    path = _path(aliases_path)
    before = al.read(path)
    after = before.merge(name, canonical, type_)
    if uri:
        from kg.loaders.neo4j_merge import merge_in_neo4j

        with _Driver(uri) as (driver, database):
            moved = merge_in_neo4j(driver, name, canonical, after, database, type_)
        if type_ is None and not moved.linked and moved.type:
            # the type the graph gave it, so later ingests write the same node
            after = before.merge(name, canonical, moved.type)
        click.echo(f"neo4j: {moved.nodes} node(s) merged into {moved.target!r}, "
                   f"{moved.relationships} relationship(s) re-pointed")
    _record(path, before, after, f"merge {name!r} into {canonical!r}")


@actors_group.command("apply")
@click.option("--uri", help="Neo4j URI [default: NEO4J_URI].")
@ALIASES_OPTION
def apply_cmd(uri: str | None, aliases_path: str | None) -> None:
    """Apply every merge of the alias file to Neo4j now: each merged name's nodes
    are merged into its canonical actor's node. Running it again changes
    nothing. (Splits take effect when the articles are loaded again: kg ingest
    --force.)"""
    from kg.loaders.neo4j_merge import merge_in_neo4j

    path = _path(aliases_path)
    decisions = al.read(path)
    nodes = rels = 0
    with _Driver(uri) as (driver, database):
        for name, canonical, type_ in decisions.merges:
            done = merge_in_neo4j(driver, name, canonical, decisions, database, type_)
            nodes, rels = nodes + done.nodes, rels + done.relationships
    click.echo(f"neo4j: {len(decisions.merges)} merge(s) of {path} applied: {nodes} node(s) "
               f"merged, {rels} relationship(s) re-pointed")


@actors_group.command("split")
@click.argument("name")
@click.argument("other")
@ALIASES_OPTION
def split_cmd(name: str, other: str, aliases_path: str | None) -> None:
    """Record that actors written NAME and OTHER are never one actor.

    A merge that made one the other is dropped; where the rules would give NAME
    the identity OTHER is (a bare surname, say), NAME keeps its own name,
    unlinked, in every later extraction, ingest and load (re-ingest with
    --force to apply it to articles already loaded).
    """
    path = _path(aliases_path)
    before = al.read(path)
    _record(path, before, before.split(name, other), f"keep {name!r} and {other!r} apart")


def _record(path: Path, before: al.Aliases, after: al.Aliases, what: str) -> None:
    if after.to_text() == before.to_text():
        click.echo(f"{path}: already recorded ({what})")
        return
    al.write(path, after)
    click.echo(f"{path}: recorded ({what})")
