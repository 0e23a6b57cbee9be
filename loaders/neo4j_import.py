"""Bulk initial load: facts as the CSV files ``neo4j-admin database import full`` reads.

The Bolt loader (``kg.loaders.neo4j``) is transactional and runs at the speed
of ``UNWIND … MERGE``; Neo4j's offline import tool builds a new database an
order of magnitude faster. :func:`export_neo4j_import` writes its input: one
node file per label and one relationship file per type, with the headers the
tool reads, from the same rows the Bolt loader writes (:func:`rows_for`). So
the two graphs have the same nodes, labels, relationship types and typed
properties, keyed by the same ids, and ``kg ingest --to neo4j`` can go on
incrementally on top of an imported graph (its MERGEs find the imported nodes;
the loader creates its constraints and indexes when it connects).

Layout of the output folder (only the files that have rows are written)::

    articles.csv                 :Article          id:ID(Article), iri, factsHash, title, ...
    actors-<Type>.csv            :Actor:<Type>     iri:ID(Actor), name, wikidata
    facts-<Label>.csv            :Fact:<Label>     iri:ID(Fact), <fact fields>, confidence, ...
    rels-MENTIONED_IN.csv        (Actor)-[:MENTIONED_IN {aliases, confidence}]->(Article)
    rels-FROM_ARTICLE.csv        (Fact)-[:FROM_ARTICLE]->(Article)
    rels-<TYPE>.csv              (Fact)-[:SPEAKER|MEMBER|...]->(Actor)
    import.args                  the tool's arguments: ``neo4j-admin database import full
                                 neo4j @import.args``, run in this folder
    after-import.cypher          to run once the server is up (``run_after_import``): kg's
                                 constraints and indexes, and the empty lists CSV cannot hold

Writing streams: one article's rows at a time, constant memory apart from the
set of actor ids already written (actors shared across articles are written
once) and the set of article ids (an article met again is skipped, as
``kg export`` skips a graph met again).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.loaders import cypher as q
from kg.loaders.neo4j import rows_for
from kg.model import SECTIONS, Article, ArticleFacts

#: between the elements of a list property; a control character no text field holds
ARRAY_DELIMITER = "\x1f"
ARGS_FILE = "import.args"
AFTER_FILE = "after-import.cypher"

_PROVENANCE = (("confidence", "double"), ("extractor", "string"), ("sentence", "string"),
               ("start", "long"), ("end", "long"))


def _neo4j_type(annotation: Any) -> str:
    """The import tool's type for a model field (``str | None`` -> string, tuples -> string[])."""
    hint = annotation
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if typing.get_origin(hint) is tuple:
        return "string[]"
    return {str: "string", int: "long", float: "double", bool: "boolean"}[hint]


def _fact_columns(section: str) -> list[tuple[str, str]]:
    cls = SECTIONS[section]
    hints = typing.get_type_hints(cls)
    cols = [(f.name, _neo4j_type(hints[f.name])) for f in dataclasses.fields(cls)
            if f.name != "provenance"]
    return [*cols, *_PROVENANCE, ("article", "string")]


def _article_columns() -> list[tuple[str, str]]:
    meta = [k for k in Article("x", "").meta_json() if k != "id"]
    return [("iri", "string"), ("factsHash", "string"), *((k, "string") for k in meta)]


class _Table:
    """One CSV file: a header line, then one line per row (values by column)."""

    def __init__(self, path: Path, id_column: str | None, columns: list[tuple[str, str]],
                 ends: tuple[str, str] | None = None) -> None:
        self.path = path
        self.ends = ends
        self.name = ""  # the node label or relationship type the after-import fix-ups use
        self.columns = columns
        self.rows = 0
        self.multiline = False  # a quoted value holds a line break
        self.lists = [name for name, kind in columns if kind.endswith("[]")]
        self.empty: set[str] = set()  # list columns that had an empty list
        self.fh: IO[str] = path.open("w", encoding="utf-8", newline="")
        head = [f":START_ID({ends[0]})", f":END_ID({ends[1]})"] if ends else []
        if id_column:
            head.append(id_column)
        head += [name if kind == "string" else f"{name}:{kind}" for name, kind in columns]
        self.fh.write(",".join(head) + "\n")

    def write(self, first: list[str], props: dict[str, Any]) -> None:
        for name in self.lists:
            if name not in self.empty and props.get(name) in ((), []):
                self.empty.add(name)
        line = ",".join([*first, *(_cell(props.get(name)) for name, _ in self.columns)])
        if "\n" in line or "\r" in line:
            self.multiline = True
        self.fh.write(line + "\n")
        self.rows += 1


def _text(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _cell(value: Any) -> str:
    """A CSV field: strings quoted (so "" is an empty string, not a missing value),
    numbers bare, lists joined by ARRAY_DELIMITER, None empty (no property)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        for v in value:
            if ARRAY_DELIMITER in v:
                raise ValueError(f"a list element holds the array delimiter U+001F: {v!r}")
        return _text(ARRAY_DELIMITER.join(value))
    raise TypeError(f"no CSV encoding for {type(value).__name__}")


class ImportWriter:
    """Writes articles' facts into ``folder`` for ``neo4j-admin database import full``.

    Use as a context manager; :meth:`write` one ArticleFacts at a time. The
    folder must be empty or absent (the files of an earlier export would be
    mixed with this one's).
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and (not self.folder.is_dir() or any(self.folder.iterdir())):
            raise InputError(str(folder), "exists and is not an empty folder; "
                                          "give a new folder for the import files")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.tables: dict[str, _Table] = {}
        self.node_files: list[tuple[str, _Table]] = []  # (labels, table)
        self.rel_files: list[tuple[str, _Table]] = []   # (type, table)
        self.actors: set[str] = set()
        self.articles: set[str] = set()
        self.skipped = 0

    def __enter__(self) -> ImportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- tables, opened on first use --------------------------------------------------
    def _nodes(self, key: str, labels: str, file: str, id_column: str,
               columns: Callable[[], list[tuple[str, str]]]) -> _Table:
        t = self.tables.get(key)
        if t is None:
            t = self.tables[key] = _Table(self.folder / file, id_column, columns())
            t.name = labels.split(":")[-1]
            self.node_files.append((labels, t))
        return t

    def _rels(self, rel: str, ends: tuple[str, str],
              columns: list[tuple[str, str]] | None = None) -> _Table:
        t = self.tables.get(rel)
        if t is None:
            t = self.tables[rel] = _Table(self.folder / f"rels-{rel}.csv", None, columns or [],
                                          ends)
            t.name = rel
            self.rel_files.append((rel, t))
        return t

    # -- writing ---------------------------------------------------------------------------
    def write(self, facts: ArticleFacts) -> bool:
        """Write one article's rows; False if an article of that id was written before."""
        if facts.article.id in self.articles:
            self.skipped += 1
            return False
        self.articles.add(facts.article.id)
        rows = rows_for([facts])
        for r in rows["articles"]:
            t = self._nodes("Article", "Article", "articles.csv", "id:ID(Article)",
                            _article_columns)
            t.write([_text(r["id"])], r["props"])
        for label, data in rows["actors"].items():
            t = self._nodes(f"Actor:{label}", f"Actor:{label}", f"actors-{label}.csv",
                            "iri:ID(Actor)", lambda: [("name", "string"), ("wikidata", "string")])
            for r in data:
                if r["iri"] not in self.actors:
                    self.actors.add(r["iri"])
                    t.write([_text(r["iri"])], r)
        mentions = self._rels("MENTIONED_IN", ("Actor", "Article"),
                              [("aliases", "string[]"), ("confidence", "double")])
        for r in rows["mentions"]:
            mentions.write([_text(r["iri"]), _text(r["article"])], r)
        sections = {v: k for k, v in q.FACT_LABELS.items()}
        for label, data in rows["facts"].items():
            t = self._nodes(f"Fact:{label}", f"Fact:{label}", f"facts-{label}.csv",
                            "iri:ID(Fact)", partial(_fact_columns, sections[label]))
            origin = self._rels("FROM_ARTICLE", ("Fact", "Article"))
            for r in data:
                t.write([_text(r["iri"])], r["props"])
                origin.write([_text(r["iri"]), _text(r["article"])], {})
        for rel, data in rows["links"].items():
            t = self._rels(rel, ("Fact", "Actor"))
            for r in data:
                t.write([_text(r["fact"]), _text(r["actor"])], {})
        return True

    def close(self) -> None:
        for t in self.tables.values():
            t.fh.close()
        lines = ["# neo4j-admin database import full neo4j @import.args  (run in this folder)",
                 "--array-delimiter=U+001F"]
        if any(t.multiline for t in self.tables.values()):
            lines.append("--multiline-fields=true")
        lines += [f"--nodes={labels}={t.path.name}" for labels, t in self.node_files]
        lines += [f"--relationships={rel}={t.path.name}" for rel, t in self.rel_files]
        (self.folder / ARGS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
        (self.folder / AFTER_FILE).write_text(after_import_cypher(
            [(name, t.name, t.ends is not None)
             for t in self.tables.values() for name in sorted(t.empty)]), encoding="utf-8")

    def counts(self) -> dict[str, int]:
        nodes = sum(t.rows for _, t in self.node_files)
        rels = sum(t.rows for _, t in self.rel_files)
        return {"articles": len(self.articles), "nodes": nodes, "relationships": rels,
                "files": len(self.tables), "skipped": self.skipped}


FACT_SUFFIXES = (".json", ".jsonl", ".ndjson")


def source_files(sources: Iterable[str]) -> list[Path]:
    """Fact files (.json .jsonl) and RDF files (what ``kg.rdfio.rdf_sources`` takes)
    from files, folders (an ``rdf:DIR`` too) and globs, in order."""
    import glob

    from kg.loaders.rdf import FORMATS

    out: list[Path] = []
    for raw in sources:
        given = raw[4:] if raw.startswith("rdf:") else raw
        paths = ([Path(m) for m in sorted(glob.glob(given, recursive=True))]
                 if any(c in given for c in "*?[") else [Path(given)])
        found = [f for p in paths
                 for f in (sorted(p.iterdir()) if p.is_dir() else [p] if p.is_file() else [])
                 if f.is_file() and f.suffix.lower() in (*FACT_SUFFIXES, *FORMATS)]
        if not found:
            raise InputError(raw, "no such file, or no fact or RDF files in it",
                             hint="give fact files (.json .jsonl from kg extract), RDF files "
                                  "(.trig .nq .ttl .nt .jsonld), folders of them, or a quoted glob")
        out += found
    return out


def _is_json_lines(path: Path) -> bool:
    """Whether the first line that is not blank is a whole JSON value (kg extract of
    one article writes indented JSON, whatever the file's suffix)."""
    from kg.model import parse_json

    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            if line.strip():
                try:
                    parse_json(line)
                except ValueError:
                    return False
                return True
    return False


def _jsonl_facts(path: Path, errors: list[InputError]) -> Iterator[ArticleFacts]:
    """One ArticleFacts per line of a JSON Lines file, read a line at a time."""
    from kg.model import parse_json

    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield ArticleFacts.from_json(parse_json(line))
            except ValueError as exc:  # json.JSONDecodeError is a ValueError
                errors.append(InputError(f"{path}:{n}", f"not a kg fact line ({exc})"))


def import_sources(sources: Iterable[str],
                   read_file: Callable[[str], tuple[list[ArticleFacts], list[InputError]]],
                   errors: list[InputError]) -> Iterator[ArticleFacts]:
    """ArticleFacts from ``sources``: JSON Lines streamed a line at a time, other
    files (a JSON document, an RDF file: one per article in an rdf:DIR) whole
    through ``read_file``. A file or line that fails is appended to ``errors``; a
    source that names nothing raises InputError here, before anything is read."""
    paths = source_files(sources)

    def read() -> Iterator[ArticleFacts]:
        for path in paths:
            if path.suffix.lower() in (".jsonl", ".ndjson") and _is_json_lines(path):
                yield from _jsonl_facts(path, errors)
                continue
            try:
                batch, errs = read_file(str(path))
            except InputError as exc:
                errors.append(exc)
                continue
            errors.extend(errs)
            yield from batch

    return read()


def export_neo4j_import(batches: Iterable[ArticleFacts], folder: str | Path) -> dict[str, int]:
    """Write the import files for ``batches`` into ``folder``; the counts written."""
    with ImportWriter(folder) as w:
        for facts in batches:
            w.write(facts)
    return w.counts()


def after_import_cypher(empty_lists: list[tuple[str, str, bool]]) -> str:
    """The Cypher to run once after an import: the Bolt loader's constraints and
    indexes (so ``kg ingest --to neo4j`` can MERGE on top), then an empty list for
    each list property that was empty. The import tool reads an empty CSV array as
    no property; the Bolt loader stores ``[]``. ``empty_lists`` holds
    (property, label or type, is a relationship)."""
    lines = ["// Run once after `neo4j-admin database import full` (statements end with ';').",
             *(f"{c};" for c in q.CONSTRAINTS)]
    for prop, name, is_rel in empty_lists:
        match = f"MATCH ()-[x:{name}]->()" if is_rel else f"MATCH (x:{name})"
        lines.append(f"{match} WHERE x.{prop} IS NULL "
                     f"CALL {{ WITH x SET x.{prop} = [] }} IN TRANSACTIONS OF 10000 ROWS;")
    return "\n".join(lines) + "\n"


def run_after_import(uri: str, folder: str | Path, database: str | None = None,
                     timeout: int = 3600) -> int:
    """Run ``folder``'s after-import.cypher against ``uri`` (auth off or from NEO4J_*
    settings) and wait for the indexes to come online; the number of statements."""
    import neo4j

    from kg.settings import Settings

    s = Settings()
    auth = (s.neo4j_user, s.neo4j_password) if s.neo4j_password else None
    text = (Path(folder) / AFTER_FILE).read_text(encoding="utf-8")
    code = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
    stmts = [st.strip() for st in code.split(";\n") if st.strip().rstrip(";")]
    stmts = [st.rstrip(";") for st in stmts]
    with neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as d:
        with d.session(database=database or s.neo4j_database) as session:
            for st in stmts:
                session.run(st).consume()  # type: ignore[arg-type]
            session.run(f"CALL db.awaitIndexes({int(timeout)})").consume()
    return len(stmts)
