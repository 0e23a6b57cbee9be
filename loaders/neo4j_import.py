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
                                 constraints and indexes (nothing else: neither loader
                                 stores an empty list, which CSV cannot hold)

Writing streams: articles are formatted :data:`CHUNK` at a time (in worker
processes when ``workers`` > 1) and written in their order; memory holds the
chunks in flight, the set of actor ids already written (actors shared across
articles are written once) and the set of article ids (an article met again is
skipped, as ``kg export`` skips a graph met again).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from multiprocessing.pool import AsyncResult, Pool
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
#: articles formatted per task when several processes write (big enough that a
#: task's pickling is small beside its work, small enough to keep every worker busy)
CHUNK = 64

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


class _Null(int):
    """A missing value: the csv module leaves numbers unquoted and writes str() of
    them, so this is written as an empty unquoted field, which the import tool reads
    as no property (None would be written as "", an empty string)."""

    def __str__(self) -> str:
        return ""


NULL = _Null()


@dataclasses.dataclass(frozen=True)
class _Spec:
    """One CSV file: its name, header line, the labels (nodes) or type (relationship)
    it is imported as, and its property columns."""

    key: str
    file: str
    header: str
    name: str  # labels (Actor:Person) or relationship type
    is_rel: bool
    columns: tuple[str, ...]
    lists: tuple[int, ...]  # the positions of list columns in a row (ids first)


def _make_spec(key: str, file: str, name: str, id_column: str | None,
               columns: list[tuple[str, str]], ends: tuple[str, str] | None = None) -> _Spec:
    head = [f":START_ID({ends[0]})", f":END_ID({ends[1]})"] if ends else []
    if id_column:
        head.append(id_column)
    first = len(head)
    head += [n if kind == "string" else f"{n}:{kind}" for n, kind in columns]
    lists = tuple(first + i for i, (_, kind) in enumerate(columns) if kind.endswith("[]"))
    return _Spec(key, file, ",".join(head) + "\n", name, ends is not None,
                 tuple(n for n, _ in columns), lists)


@cache
def _spec(key: str) -> _Spec:
    """The file of a table key: ``Article``, ``Actor:<Type>``, ``Fact:<Label>`` or a
    relationship type."""
    kind, _, label = key.partition(":")
    if key == "Article":
        return _make_spec(key, "articles.csv", "Article", "id:ID(Article)", _article_columns())
    if kind == "Actor":
        return _make_spec(key, f"actors-{label}.csv", key, "iri:ID(Actor)",
                          [("name", "string"), ("wikidata", "string")])
    if kind == "Fact":
        sections = {v: k for k, v in q.FACT_LABELS.items()}
        return _make_spec(key, f"facts-{label}.csv", key, "iri:ID(Fact)",
                          _fact_columns(sections[label]))
    if key == "MENTIONED_IN":
        return _make_spec(key, "rels-MENTIONED_IN.csv", key, None,
                          [("aliases", "string[]"), ("confidence", "double")],
                          ("Actor", "Article"))
    if key == "FROM_ARTICLE":
        return _make_spec(key, "rels-FROM_ARTICLE.csv", key, None, [], ("Fact", "Article"))
    if key in q.FACT_RELS.values():
        return _make_spec(key, f"rels-{key}.csv", key, None, [], ("Fact", "Actor"))
    raise ValueError(f"no import file for {key!r}")


@dataclasses.dataclass
class _Part:
    """Formatted rows of some articles: text (and row count) per table, in the order
    first met; actor rows apart, as (iri, line), since the writer keeps the first of
    each actor across all articles; the tables with a line break inside a value."""

    text: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    rows: dict[str, int] = dataclasses.field(default_factory=dict)
    actors: dict[str, list[tuple[str, str]]] = dataclasses.field(default_factory=dict)
    multiline: set[str] = dataclasses.field(default_factory=set)


def _list_cell(value: Any) -> Any:
    if not value:
        return NULL
    joined = ARRAY_DELIMITER.join(value)
    if joined.count(ARRAY_DELIMITER) != len(value) - 1:
        bad = next(v for v in value if ARRAY_DELIMITER in v)
        raise ValueError(f"a list element holds the array delimiter U+001F: {bad!r}")
    return joined


def _table_text(spec: _Spec, rows: list[list[Any]]) -> str:
    """CSV lines: strings quoted (so "" is an empty string, not a missing value),
    numbers bare, lists joined by ARRAY_DELIMITER, missing values empty."""
    for row in rows:
        for i in spec.lists:
            row[i] = _list_cell(row[i])
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(rows)
    return buf.getvalue()


class _Sink:
    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append


def _cells(ids: list[str], props: dict[str, Any], columns: tuple[str, ...]) -> list[Any]:
    return [*ids, *[NULL if v is None else v for v in map(props.get, columns)]]


def format_articles(batch: list[ArticleFacts]) -> _Part:
    """The CSV rows of some articles (pure; what each worker process runs).

    The rows are built once for the whole batch (``rows_for`` reads the knowledge
    base and the alias file once a call, and an actor met in several of the batch's
    articles is one row); a table's rows are in the batch's article order."""
    rows = rows_for(batch)
    tables: dict[str, list[list[Any]]] = {}
    part = _Part()
    sink: list[str] = []  # csv.writer calls write() once per row
    actor_csv = csv.writer(_Sink(sink), quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")

    def table(key: str) -> tuple[list[list[Any]], tuple[str, ...]]:
        return tables.setdefault(key, []), _spec(key).columns

    out, cols = table("Article")
    out.extend(_cells([r["id"]], r["props"], cols) for r in rows["articles"])
    for label, data in rows["actors"].items():
        key = f"Actor:{label}"
        cols = _spec(key).columns
        pairs = part.actors.setdefault(key, [])
        for r in data:  # one line each (the writer keeps the first of an actor)
            actor_csv.writerow(_cells([r["iri"]], r, cols))
            pairs.append((r["iri"], sink.pop()))
    if rows["mentions"]:
        out, cols = table("MENTIONED_IN")
        out.extend(_cells([r["iri"], r["article"]], r, cols) for r in rows["mentions"])
    for label, data in rows["facts"].items():
        out, cols = table(f"Fact:{label}")
        out.extend(_cells([r["iri"]], r["props"], cols) for r in data)
        tables.setdefault("FROM_ARTICLE", []).extend([r["iri"], r["article"]] for r in data)
    for rel, links in rows["links"].items():
        tables.setdefault(rel, []).extend([r["fact"], r["actor"]] for r in links)
    for key, rows_ in tables.items():
        if not rows_:
            continue
        text = _table_text(_spec(key), rows_)
        part.text[key] = [text]
        part.rows[key] = len(rows_)
        if "\r" in text or text.count("\n") != len(rows_):
            part.multiline.add(key)
    for key, pairs in part.actors.items():
        if any("\r" in line or line.count("\n") != 1 for _, line in pairs):
            part.multiline.add(key)
    return part


class ImportWriter:
    """Writes articles' facts into ``folder`` for ``neo4j-admin database import full``.

    Use as a context manager; :meth:`write` one ArticleFacts at a time. The
    folder must be empty or absent (the files of an earlier export would be
    mixed with this one's). With ``workers`` > 1, articles are formatted in that
    many processes, :data:`CHUNK` articles per task, and written in their order,
    so the files are the same as with one.
    """

    def __init__(self, folder: str | Path, workers: int | None = None) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and (not self.folder.is_dir() or any(self.folder.iterdir())):
            raise InputError(str(folder), "exists and is not an empty folder; "
                                          "give a new folder for the import files")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.workers = max(1, workers if workers is not None else default_workers())
        self.files: dict[str, IO[str]] = {}  # by table key, in the order first met
        self.rows: dict[str, int] = {}
        self.multiline: set[str] = set()
        self.actors: set[str] = set()
        self.articles: set[str] = set()
        self.skipped = 0
        self.chunk: list[ArticleFacts] = []
        self.pool: Pool | None = None
        self.running: deque[AsyncResult[_Part]] = deque()

    def __enter__(self) -> ImportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:  # stop the workers; write the files' tails all the same
            if self.pool is not None:
                self.pool.terminate()
                self.pool = None
            self.running.clear()
            self.chunk = []
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def write(self, facts: ArticleFacts) -> bool:
        """Write one article's rows; False if an article of that id was written before."""
        if facts.article.id in self.articles:
            self.skipped += 1
            return False
        self.articles.add(facts.article.id)
        self.chunk.append(facts)
        if len(self.chunk) >= CHUNK:
            self._submit()
        return True

    def _submit(self) -> None:
        batch, self.chunk = self.chunk, []
        if not batch:
            return
        if self.workers == 1:
            self._put(format_articles(batch))
            return
        if self.pool is None:
            self.pool = Pool(self.workers)
        self.running.append(self.pool.apply_async(format_articles, (batch,)))
        while len(self.running) > 2 * self.workers:
            self._put(self.running.popleft().get())

    def _file(self, key: str) -> IO[str]:
        fh = self.files.get(key)
        if fh is None:
            spec = _spec(key)
            fh = self.files[key] = (self.folder / spec.file).open(
                "w", encoding="utf-8", newline="", buffering=1 << 20)
            fh.write(spec.header)
            self.rows[key] = 0
        return fh

    def _put(self, part: _Part) -> None:
        for key, pairs in part.actors.items():
            fh = self._file(key)
            for iri, line in pairs:
                if iri not in self.actors:
                    self.actors.add(iri)
                    fh.write(line)
                    self.rows[key] += 1
        for key, texts in part.text.items():
            self._file(key).writelines(texts)
            self.rows[key] += part.rows[key]
        self.multiline |= part.multiline

    def close(self) -> None:
        try:
            self._submit()
            while self.running:
                self._put(self.running.popleft().get())
        finally:
            if self.pool is not None:
                self.pool.close()
                self.pool.join()
                self.pool = None
            for fh in self.files.values():
                fh.close()
        specs = [_spec(k) for k in self.files]
        lines = ["# neo4j-admin database import full neo4j @import.args  (run in this folder)",
                 "--array-delimiter=U+001F"]
        # v1: every file is parsed the slower way; v2 (only the files named) fails in
        # Neo4j 5.26 on a multiline file longer than the tool's 4 MB read buffer
        # ("found CR outside a text cell")
        if self.multiline:
            lines.append("--multiline-fields=true")
        lines += [f"--nodes={s.name}={s.file}" for s in specs if not s.is_rel]
        lines += [f"--relationships={s.name}={s.file}" for s in specs if s.is_rel]
        (self.folder / ARGS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
        (self.folder / AFTER_FILE).write_text(after_import_cypher(), encoding="utf-8")

    def counts(self) -> dict[str, int]:
        nodes = sum(n for k, n in self.rows.items() if not _spec(k).is_rel)
        rels = sum(n for k, n in self.rows.items() if _spec(k).is_rel)
        return {"articles": len(self.articles), "nodes": nodes, "relationships": rels,
                "files": len(self.files), "skipped": self.skipped}


def default_workers() -> int:
    """Processes for formatting: the cores this process may use, at most 8; one (no
    worker processes) on two cores or fewer. Handing articles to a worker costs
    their pickling both ways, which on 3,000 bench articles took the export from
    about 3 to 5.5 CPU seconds, while the reading process needs a core of its own:
    on two cores a pool was slower than one process in wall time too."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores, 8) if cores > 2 else 1


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


def export_neo4j_import(batches: Iterable[ArticleFacts], folder: str | Path,
                        workers: int | None = None) -> dict[str, int]:
    """Write the import files for ``batches`` into ``folder``; the counts written."""
    with ImportWriter(folder, workers) as w:
        for facts in batches:
            w.write(facts)
    return w.counts()


def after_import_cypher() -> str:
    """The Cypher to run once after an import: the Bolt loader's constraints and
    indexes (so ``kg ingest --to neo4j`` can MERGE on top). Nothing else: neither
    path stores an empty list, so the imported properties are the Bolt loader's."""
    lines = ["// Run once after `neo4j-admin database import full` (statements end with ';').",
             *(f"{c};" for c in q.CONSTRAINTS)]
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
