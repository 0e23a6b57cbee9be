"""kg's command line: the only module that prints or chooses exit codes.

Exit codes: 0 success; 1 a user-facing error, a failed file in a batch, or
(for ``kg validate``) data that does not conform; 2 a usage error. Anything
else is a bug and prints its traceback.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from kg.errors import InputError, KGError
from kg.model import parse_json
from kg.settings import Settings

FORMATS = ("json", "turtle", "trig", "nquads", "jsonld")


class UsageLine(click.ClickException):
    """A usage error told in one line (exit 2), without click's usage block."""

    exit_code = 2


def _usage_line(exc: KGError) -> UsageLine:
    return UsageLine(exc.message + (f" ({exc.hint})" if exc.hint else ""))


class KGGroup(click.Group):
    """Turns KGError into one clear line (exit 1; exit 2 for errors whose class says
    ``exit_code = 2``: a wrong target or query parameter); --debug shows the traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            if getattr(exc, "exit_code", 1) == 2:
                raise _usage_line(exc) from exc
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:  # a path the user gave cannot be read or written
            if exc.filename is None or (ctx.obj and ctx.obj.get("debug")):
                raise
            raise click.ClickException(f"{exc.filename}: {exc.strerror}") from exc


def _checked_date(value: str | None) -> str | None:
    """A YYYY-MM-DD date given as an option, or a one-line usage error (exit 2)."""
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageLine(f"--published {value!r} is not a date; write YYYY-MM-DD") from None


def _checked_target(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Option/argument callback: refuse an unknown target scheme or a typo (exit 2)
    before anything is loaded or written."""
    if value is None:
        return None
    from kg.loaders import TargetError, check_target

    try:
        return check_target(value)
    except TargetError as exc:
        raise _usage_line(exc) from None


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log what kg does to stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx: click.Context, verbose: bool, debug: bool) -> None:
    """kg: knowledge graphs of geopolitical actors, statements, commitments and events."""
    ctx.obj = {"debug": debug}
    if verbose:
        logging.basicConfig(level=logging.INFO, format="kg: %(name)s: %(message)s")


def _warn(message: str) -> None:
    click.echo(f"kg: {message}", err=True)


def _articles(paths: tuple[str, ...], published: str | None, settings: Settings,
              failures: list[str]) -> Iterator:
    from kg.article import read_article

    for p in paths:
        try:
            yield read_article(p, published=published, max_bytes=settings.max_bytes)
        except InputError as exc:
            failures.append(str(exc))
            _warn(exc.message)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--published", callback=lambda c, p, v: _checked_date(v),
              help="Publication date (YYYY-MM-DD) to resolve dates against.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="Output format [default: from the output's suffix, else json].")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write here instead of stdout (RDF formats: the suffix may set the format).")
@click.option("--to", "target", callback=_checked_target,
              help="Load into a target instead: neo4j[:URI] or an RDF file.")
@click.option("--rejects", type=click.Path(dir_okay=False),
              help="Where facts failing validation go (JSON Lines). "
                   "Default: OUTPUT.rejected.jsonl, or kg-rejected.jsonl.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop facts below this confidence.")
@click.option("--model", envvar="KG_SPACY_MODEL", show_envvar=True,
              help="spaCy pipeline (package name or path).")
def extract(files: tuple[str, ...], published: str | None, fmt: str | None, output: str | None,
            target: str | None, rejects: str | None, min_confidence: float,
            model: str | None) -> None:
    """Extract validated facts from article FILES (plain text, UTF-8).

    One article prints one JSON object; several print JSON Lines. RDF formats
    put each article in its own named graph (trig, nquads, jsonld).
    """
    from kg.nlp import build_nlp
    from kg.pipeline import run

    if fmt is None:
        suffix = Path(output).suffix.lower() if output else ""
        fmt = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads",
               ".jsonld": "jsonld"}.get(suffix, "json")
    settings = Settings(spacy_model=model or "")
    started = time.perf_counter()
    failures: list[str] = []
    nlp = build_nlp(settings)
    reports = run(nlp, _articles(files, published, settings, failures),
                  min_confidence=min_confidence)
    counts = {"articles": 0, "facts": 0, "rejected": 0}
    rejected_rows: list[dict[str, Any]] = []
    show_bar = len(files) > 1 and sys.stderr.isatty()

    def consume(sink: Any) -> None:
        with _progress(len(files), "extracting", show_bar) as bar:
            for report in reports:
                counts["articles"] += 1
                counts["facts"] += report.accepted.count()
                counts["rejected"] += len(report.rejected)
                rejected_rows.extend(r.to_json() for r in report.rejected)
                sink(report)
                bar.update(counts["articles"] + len(failures) - bar.n)

    if target is not None:
        from kg.loaders import open_loader

        with open_loader(target) as loader:  # a target keeps what was loaded before an error
            consume(loader.load)
    elif fmt != "json":
        from kg.loaders import open_loader

        if output is None:
            _load_to_stdout(consume, fmt)
        else:
            loader = open_loader(output, format=fmt, append=False)
            try:
                consume(loader.load)
            except BaseException:
                loader.discard()  # the old file stays; no temporary file is left
                raise
            loader.close()  # writes the file (atomically) only once every article is in
    else:
        many = len(files) > 1
        with _output(output) as out:
            consume(lambda r: out.write(json.dumps(
                r.accepted.to_json(), ensure_ascii=False, indent=None if many else 2) + "\n"))
    if rejected_rows:
        path = Path(rejects or (f"{output}.rejected.jsonl" if output else "kg-rejected.jsonl"))
        with _output(str(path)) as fh:
            for row in rejected_rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        _warn(f"{len(rejected_rows)} facts failed validation; kept in {path}")
    if len(files) > 1 or failures or target or output:
        _warn(f"{counts['articles']} articles, {counts['facts']} facts, "
              f"{counts['rejected']} rejected, {len(failures)} files failed "
              f"in {time.perf_counter() - started:.1f} s")
    if failures:
        sys.exit(1)


@contextmanager
def _output(path: str | None) -> Iterator[IO[Any]]:
    """stdout, or a file that replaces ``path`` only once it is complete: written
    to a temporary file beside it and renamed over it; on an error the old file
    stays and the temporary one is removed."""
    if path is None:
        yield sys.stdout
        return
    from kg.files import replacing

    with replacing(path) as fh:
        yield fh


def _progress(total: int | None, label: str, show: bool) -> Any:
    """A progress bar on stderr (count, total, rate and ETA), or nothing when
    stderr is no terminal; ``total`` None shows the count and rate alone."""
    from tqdm import tqdm

    try:
        sized = os.get_terminal_size(sys.stderr.fileno()).columns > 0
    except (OSError, ValueError, AttributeError):
        sized = False  # a terminal that tells no width (some ptys) still gets a bar
    return tqdm(total=total, desc=label, unit=" articles", file=sys.stderr, disable=not show,
                dynamic_ncols=sized, ncols=None if sized else 100,
                nrows=None if sized else 24, leave=False,
                mininterval=0.2)


def _load_to_stdout(consume: Any, fmt: str) -> None:
    from kg.loaders.memory import MemoryLoader
    from kg.loaders.rdf import format_for, serialize

    mem = MemoryLoader()
    consume(mem.load)
    click.echo(serialize(mem.dataset, format_for("-", fmt)), nl=False)


# ------------------------------------------------------------------ evaluation
@cli.command("eval")
@click.argument("gold_dir", type=click.Path())
@click.option("--split", "split_file", type=click.Path(dir_okay=False),
              help='Score each half of a split separately: {"tune": [ids], "check": [ids]}.')
@click.option("--verbose", is_flag=True, help="List the missed and the spurious facts.")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop facts below this confidence before scoring.")
@click.option("--model", envvar="KG_SPACY_MODEL", show_envvar=True,
              help="spaCy pipeline (package name or path).")
def eval_cmd(gold_dir: str, split_file: str | None, verbose: bool, as_json: bool,
             min_confidence: float, model: str | None) -> None:
    """Score kg against the annotated articles in GOLD_DIR.

    GOLD_DIR holds <id>.txt, <id>.gold.json and (optionally) <id>.meta.json
    (see docs/annotating.md). Each text is extracted and validated as `kg
    extract` does, with the model loaded once; the accepted facts are scored
    against the gold: precision, recall and F1 per section and overall
    (micro), and each extractor's precision.
    """
    from kg import evaluate
    from kg.article import read_article
    from kg.nlp import build_nlp
    from kg.pipeline import run

    started = time.perf_counter()
    golds = evaluate.read_gold_folder(gold_dir)
    halves = evaluate.read_split(split_file) if split_file else None
    if halves is not None:
        golds, left_out = evaluate.select_split(golds, halves, str(split_file))
        if left_out:
            _warn(f"{left_out} gold files are in no half of the split; not scored")

    settings = Settings(spacy_model=model or "")
    failed: list[str] = []
    articles = {}
    for g in golds:
        try:
            articles[g.id] = read_article(g.text_path, published=g.published,
                                          max_bytes=settings.max_bytes)
        except InputError as exc:  # scored as if nothing was extracted
            failed.append(g.id)
            _warn(exc.message)
    nlp = build_nlp(settings)
    reports = run(nlp, articles.values(), min_confidence=min_confidence)
    predicted = {i: r.accepted.to_json() for i, r in zip(articles, reports, strict=True)}
    result = evaluate.Evaluation(
        {g.id: evaluate.score_article(g.gold, predicted.get(g.id, {}), g.id) for g in golds},
        halves, tuple(failed))
    seconds = time.perf_counter() - started
    if as_json:
        click.echo(json.dumps(result.to_json(seconds), ensure_ascii=False, indent=2))
    else:
        for line in result.lines(f"all: {gold_dir}", seconds, verbose=verbose):
            click.echo(line)
    if failed:
        sys.exit(1)


@cli.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", help="RDF format, if the suffix does not tell it.")
def validate_cmd(files: tuple[str, ...], fmt: str | None) -> None:
    """Check RDF FILES against kg's SHACL shapes; exit 1 on violations."""
    from rdflib import Dataset

    from kg.validate import union_graph, validate_graph

    bad = 0
    for f in files:
        ds = Dataset()
        try:
            _parse_rdf(ds, f, fmt)
        except InputError as exc:
            if len(files) == 1:
                raise
            _warn(exc.message)
            bad += 1
            continue
        conforms, results = validate_graph(union_graph(ds))
        if conforms:
            click.echo(f"{f}: conforms ({len(ds)} quads)")
            continue
        bad += 1
        violations = [r for r in results if r.severity == "Violation"]
        click.echo(f"{f}: {len(violations)} violations")
        for r in results:
            path = f" {r.path.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}" if r.path else ""
            click.echo(f"  {r.severity}: <{r.focus}>{path}: {r.message}")
    if bad:
        sys.exit(1)


def _parse_rdf(ds: Any, path: str, fmt: str | None = None) -> None:
    """Parse the local file ``path`` into ``ds``, or InputError naming it.

    rdflib reads a name that is not an existing file as a URI relative to the
    working folder's ``file:`` URI, which has no trailing slash: ``x.trig``
    missing from /a/b would silently read /a/x.trig. So the file must exist,
    and rdflib is given its absolute path.
    """
    from kg.loaders.rdf import format_for

    p = Path(path)
    if not p.is_file():
        raise InputError(path, "not a file" if p.exists() else "no such file")
    try:
        ds.parse(p.resolve(), format=format_for(path, fmt))
    except KGError:
        raise
    except Exception as exc:  # rdflib's parsers raise many kinds
        reason = str(exc).splitlines()[0] if str(exc) else ""
        raise InputError(path, f"not readable as RDF ({type(exc).__name__}: {reason})") from exc


def _json_docs(text: str, path: str) -> Iterator[tuple[str, Any]]:
    """(place, decoded value) for a JSON document or each JSON Lines line; a
    broken line comes as an InputError in place of its value.

    Lines are split on "\\n" only: U+2028, U+2029 and U+0085 may sit inside a
    JSON string (kg writes them unescaped), so str.splitlines() would cut facts.
    """
    try:
        whole = parse_json(text)
    except json.JSONDecodeError as exc:
        whole, broken = None, exc
    if isinstance(whole, list):
        yield from ((f"{path}[{i}]", d) for i, d in enumerate(whole))
        return
    if whole is not None:
        yield path, whole
        return
    lines = text.split("\n")
    first = next(ln for ln in lines if ln.strip())
    try:
        parse_json(first)
    except json.JSONDecodeError:  # not JSON Lines: one document, broken
        raise InputError(path, f"not a kg fact file ({broken})") from broken
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{n}", parse_json(line)
        except json.JSONDecodeError as exc:
            yield f"{path}:{n}", InputError(f"{path}:{n}", f"not a kg fact line ({exc})")


def _fact_batches(files: Iterable[str], failed: list[str]) -> Iterator[tuple[str, list[Any]]]:
    """(file, its facts) for each fact file; a file or line that cannot be read is
    one warning, and its message goes to ``failed`` (the batch goes on)."""
    for f in files:
        try:
            batch, errors = _read_facts(f)
        except InputError as exc:
            _warn(exc.message)
            failed.append(exc.message)
            continue
        for err in errors:
            _warn(err.message)
            failed.append(err.message)
        yield f, batch


def _read_facts(path: str) -> tuple[list[Any], list[InputError]]:
    """ArticleFacts from a file kg wrote (JSON, JSON Lines, or RDF), and the
    errors of the lines that are not facts (each fails alone)."""
    from rdflib import Dataset

    from kg.loaders.rdf import FORMATS
    from kg.model import ArticleFacts
    from kg.rdf import dataset_to_facts

    p = Path(path)
    if not p.is_file():
        raise InputError(path, "not a file" if p.exists() else "no such file")
    if p.suffix.lower() in FORMATS:
        ds = Dataset()
        _parse_rdf(ds, path)
        return dataset_to_facts(ds), []
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 (byte at {exc.start})") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror})") from exc
    if not text.strip():
        raise InputError(path, "empty (no facts)")
    facts: list[Any] = []
    errors: list[InputError] = []
    for where, doc in _json_docs(text, path):
        if isinstance(doc, InputError):
            errors.append(doc)
            continue
        try:
            facts.append(ArticleFacts.from_json(doc))
        except ValueError as exc:
            errors.append(InputError(where, f"not kg facts ({exc})"))
    return facts, errors


@cli.command("load")
@click.argument("target", callback=_checked_target)
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--batch-size", default=100, show_default=True, help="Articles per transaction.")
def load_cmd(target: str, files: tuple[str, ...], batch_size: int) -> None:
    """Load fact FILES (JSON or RDF that kg wrote) into TARGET.

    TARGET is neo4j (NEO4J_URI etc.), neo4j:URI, a bolt:// URI, or an RDF file.
    Facts are validated again before loading.
    """
    from kg.loaders import open_loader
    from kg.validate import validate

    failed: list[str] = []
    total = {"articles": 0, "facts": 0, "rejected": 0}
    options = {"batch_size": batch_size} if target.startswith(("neo4j", "bolt")) else {}
    with open_loader(target, **options) as loader:
        for f, batch in _fact_batches(files, failed):
            # validated a hundred at a time: the loader reuses the triples made for it
            reports = (r for k in range(0, len(batch), 100) for r in validate(batch[k:k + 100]))
            for report in reports:
                loader.load(report)
                total["articles"] += 1
                total["facts"] += report.accepted.count()
                total["rejected"] += len(report.rejected)
                for r in report.rejected:
                    _warn(f"{f}: rejected {r.section[:-1]} ({'; '.join(r.reasons)})")
    skipped = getattr(loader, "skipped", 0)
    click.echo(f"loaded {total['articles']} articles ({skipped} unchanged), "
               f"{total['facts']} facts, {total['rejected']} rejected into {target}")
    if failed:
        sys.exit(1)


@cli.command("export")
@click.argument("output", type=click.Path())
@click.argument("sources", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["trig", "nquads", "jsonld", "turtle",
                                                          "nt", "csv", "parquet", "sqlite",
                                                          "plover"]),
              help="Output format [default: from OUTPUT's suffix]. csv and parquet write a "
                   "folder of tables, sqlite one database, plover JSON records.")
@click.option("--context-url", metavar="URL",
              help="JSON-LD: reference this @context URL instead of embedding the context.")
@click.option("--neo4j-import", "neo4j_import", is_flag=True,
              help="Write the folder OUTPUT of CSV files for neo4j-admin's 'database import "
                   "full' (scripts/neo4j import OUTPUT); SOURCES may be fact files too.")
def export_cmd(output: str, sources: tuple[str, ...], fmt: str | None,
               context_url: str | None, neo4j_import: bool) -> None:
    """Merge RDF SOURCES into one dataset file OUTPUT, one named graph per article.

    With --neo4j-import, OUTPUT is a new folder of node and relationship CSV files
    holding the graph the Neo4j loader would build, for a bulk initial load.

    SOURCES are rdf:DIR folders (kg ingest's one file per article), dataset files
    in any format kg writes (.trig .nq .ttl .nt .jsonld), folders of them, or
    quoted globs. Graphs are streamed from source to OUTPUT (constant memory); a
    graph name met again in a later source is skipped with a warning. JSON-LD is
    compacted with kg's @context (ontology/context.jsonld), embedded unless
    --context-url is given. A Neo4j database kg loaded is a SOURCE of its own:
    `neo4j` (NEO4J_URI) or its bolt:// or neo4j:// URI; its facts are read back
    article by article and written as kg writes them.

    \b
    Tables and event data, from facts kg wrote (JSON, JSON Lines, RDF):
      -f csv, -f parquet  a folder OUTPUT with a table per fact kind
      -f sqlite           a database OUTPUT (also chosen by .sqlite/.db)
      -f plover           events and commitments as PLOVER records (.jsonl, .json)
    See docs/frames.md for the columns and the PLOVER mapping.
    """
    from kg import exporters

    if neo4j_import:
        _export_neo4j_import(output, sources)
        return
    uri = _neo4j_source(sources)
    facts_fmt = exporters.output_format(output, fmt)
    if facts_fmt is not None:
        _export_facts(output, sources, facts_fmt, uri)
        return
    if Path(output).is_dir():
        raise UsageLine(f"{output} is a folder; give a file name (or use --neo4j-import)")
    from kg import rdfio
    from kg.loaders.rdf import format_for

    out_fmt = format_for(output, fmt)
    if uri is not None:
        from kg.files import replacing

        started = time.perf_counter()
        graphs = 0
        with replacing(output, binary=True) as fh, _neo4j_facts(uri) as facts:
            def counted() -> Iterator[Any]:
                nonlocal graphs
                for f in facts:
                    graphs += 1
                    yield f
            quads = rdfio.write_facts(counted(), fh, out_fmt, context_url)
        click.echo(f"exported {graphs} graphs, {quads} quads from {uri} into {output} "
                   f"in {time.perf_counter() - started:.1f} s")
        return
    found = rdfio.rdf_sources(sources)
    from kg.files import replacing

    Path(output).parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with replacing(output, binary=True) as fh:
        counts = rdfio.export(found, fh, out_fmt, context_url, warn=_warn)
    click.echo(f"exported {counts['graphs']} graphs, {counts['quads']} quads from "
               f"{counts['files']} files into {output} "
               f"in {time.perf_counter() - started:.1f} s"
               + (f" ({counts['skipped']} duplicate graphs skipped)" if counts["skipped"] else ""))


_NEO4J_URI = re.compile(r"(bolt|neo4j)(\+s|\+ssc)?://")


def _neo4j_source(sources: tuple[str, ...]) -> str | None:
    """The Neo4j URI when the one SOURCE is a database (`neo4j` or a Bolt URI)."""
    uris = [Settings().neo4j_uri if s == "neo4j" else s for s in sources
            if s == "neo4j" or _NEO4J_URI.match(s)]
    if not uris:
        return None
    if len(sources) > 1:
        raise click.UsageError("a Neo4j database is exported on its own: give it as the only "
                               "SOURCE (merge files and folders in another export)")
    return uris[0]


@contextmanager
def _neo4j_facts(uri: str) -> Iterator[Iterator[Any]]:
    """Every article's facts in the Neo4j database at ``uri``, streamed."""
    import neo4j

    from kg.errors import Neo4jUnavailable
    from kg.neo4j_source import read_facts

    settings = Settings()
    auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
    except ValueError as exc:
        raise Neo4jUnavailable(uri) from exc
    try:
        try:
            driver.verify_connectivity()
        except (neo4j.exceptions.ServiceUnavailable, OSError) as exc:
            raise Neo4jUnavailable(uri) from exc
        yield read_facts(driver, settings.neo4j_database)
    finally:
        driver.close()


def _export_facts(output: str, sources: tuple[str, ...], fmt: str,
                  uri: str | None = None) -> None:
    """kg export -f csv|parquet|sqlite|plover: the facts of fact files, as tables or records."""
    from kg import exporters

    started = time.perf_counter()
    facts: list[Any] = []
    failed: list[str] = []
    if uri is not None:
        with _neo4j_facts(uri) as found:
            facts.extend(found)
    files = [str(f) for f in exporters.fact_files(() if uri is not None else sources)]
    for _, batch in _fact_batches(files, failed):
        facts.extend(batch)
    summary = exporters.export_facts(facts, output, fmt)
    click.echo(f"exported {len(facts)} articles into {output} ({fmt}: {summary}) "
               f"in {time.perf_counter() - started:.1f} s")
    if failed:
        sys.exit(1)


def _export_neo4j_import(output: str, sources: tuple[str, ...]) -> None:
    """kg export --neo4j-import: facts from fact files (JSON/JSONL) or RDF, as import CSV."""
    from kg.loaders.neo4j_import import ImportWriter, import_sources

    started = time.perf_counter()
    errors: list[InputError] = []
    batches = import_sources(sources, _read_facts, errors)
    with ImportWriter(output) as writer:
        for facts in batches:
            writer.write(facts)
    for err in errors:
        _warn(err.message)
    c = writer.counts()
    click.echo(f"wrote {c['nodes']} nodes, {c['relationships']} relationships of "
               f"{c['articles']} articles into {output} in {time.perf_counter() - started:.1f} s"
               + (f" ({c['skipped']} repeated articles skipped)" if c["skipped"] else "")
               + f"; load them with: scripts/neo4j import {output}")
    if errors:
        sys.exit(1)


@cli.command("query")
@click.argument("name", required=False)
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--rdf", "rdf_files", multiple=True, metavar="PATH",
              help="Run the SPARQL twin over RDF files instead of Neo4j: files, folders "
                   "(e.g. an rdf:DIR) or quoted globs (repeatable).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Keep the parsed RDF in a pyoxigraph store in this folder and reuse it.")
@click.option("--uri", envvar="NEO4J_URI", show_envvar=True, help="Neo4j URI.")
def query_cmd(name: str | None, list_: bool, params: tuple[str, ...], fmt: str,
              rdf_files: tuple[str, ...], store_dir: str | None, uri: str | None) -> None:
    """Run the named query NAME against Neo4j (default) or RDF (--rdf, --store)."""
    import kg.queries as queries

    if list_ or not name:
        for q in queries.load_queries().values():
            args = " ".join(f"{p.name}=" + ("[...]" if p.optional else "...") for p in q.params)
            click.echo(f"{q.name:<22} {q.purpose}")
            click.echo(f"{'':<22} params: {args or '(none)'}")
        return
    given: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param takes KEY=VALUE, not {item!r}")
        given[key.strip()] = value
    from kg import params as qparams

    values = qparams.check(queries.get(name), given)  # one line, exit 2, on a bad parameter
    if rdf_files or store_dir:
        from kg import rdfio

        # the named queries use no GRAPH: a store in memory needs only the merge
        store = rdfio.open_store(rdf_files, store_dir, note=_warn, named=False,
                                 only=queries.vocabulary())
        rows = queries.run_sparql_store(store, name, values)
    else:
        import neo4j

        from kg.errors import Neo4jUnavailable

        settings = Settings()
        target = uri or settings.neo4j_uri
        auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
        try:
            with neo4j.GraphDatabase.driver(target, auth=auth,
                                            notifications_min_severity="OFF") as driver:
                driver.verify_connectivity()
                rows = queries.run_cypher(driver, name, values, settings.neo4j_database)
        except (neo4j.exceptions.ServiceUnavailable, OSError) as exc:
            raise Neo4jUnavailable(target) from exc
    _print_rows(rows, fmt)


@cli.command("sparql")
@click.argument("query")
@click.option("--rdf", "rdf_files", multiple=True, metavar="PATH",
              help="RDF files, folders (e.g. an rdf:DIR) or quoted globs (repeatable).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Keep the parsed RDF in a pyoxigraph store in this folder and reuse it.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def sparql_cmd(query: str, rdf_files: tuple[str, ...], store_dir: str | None, fmt: str) -> None:
    """Run a SPARQL SELECT or ASK QUERY (text, or a .rq file) over RDF.

    The default graph is the union of the articles' named graphs. With --store
    DIR the parsed files are kept in DIR, and later runs with the same --rdf
    (or none) reuse them.
    """
    import kg.queries as queries
    from kg import rdfio

    if not rdf_files and not store_dir:
        raise click.UsageError("give the RDF to query: --rdf PATH (repeatable) or --store DIR")
    text = query
    if query.endswith(".rq") and Path(query).is_file():
        text = Path(query).read_text(encoding="utf-8")
    store = rdfio.open_store(rdf_files, store_dir, note=_warn)
    _print_rows(queries.run_sparql_text(store, text), fmt)


def _print_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        import csv

        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        return
    if not rows:
        click.echo("(no rows)")
        return
    cols = list(rows[0])
    cells = [[("" if r[c] is None else str(r[c])) for c in cols] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w)
                             for v, w in zip(row, widths, strict=True)))
    click.echo(f"({len(rows)} rows)")


# ------------------------------------------------------------------ ingestion
LEDGER_OPTION = click.option(
    "--ledger", type=click.Path(dir_okay=False), envvar="KG_LEDGER", show_envvar=True,
    help="The ledger file [default: $XDG_STATE_HOME/kg/ledger.sqlite].")

#: kg ingest's exit codes, for cron and schedulers.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_TARGET, EXIT_LEDGER = 0, 1, 2, 3, 4, 5


def _ingest_once(sources: tuple[str, ...], target: str, ledger: str | None, workers: int,
                 model: str | None, min_confidence: float, force: bool, wait: bool,
                 schedule: str | None = None, quiet: bool = False, batch_size: int = 16,
                 dask: Any = None) -> int:
    """One ingest run with progress and summary on stderr; returns the exit code."""
    from kg.errors import LoaderError
    from kg.ingest import Busy, Summary, ingest
    from kg.ledger import Ledger, LedgerError

    tty = sys.stderr.isatty() and not quiet
    bar = _progress(_count_articles(sources) if tty else None, "ingesting", tty)

    def progress(s: Summary) -> None:
        bar.update(s.seen - bar.n)
        bar.set_postfix_str(f"{s.new} new, {s.unchanged} unchanged, {s.changed} changed, "
                            f"{s.failed} failed", refresh=False)

    def error(message: str) -> None:
        line = f"kg: {message.splitlines()[0]}"
        if tty:
            bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    try:
        with bar, Ledger(ledger) as book:
            summary = ingest(sources, target, ledger=book, workers=workers, model=model,
                             min_confidence=min_confidence, force=force, wait=wait,
                             schedule=schedule, chunk_size=batch_size, on_progress=progress,
                             on_error=error, dask=dask)
    except Busy as exc:
        _warn(str(exc))
        return EXIT_BUSY
    except LoaderError as exc:
        _warn(str(exc))
        return EXIT_TARGET
    except LedgerError as exc:  # damaged or read-only: one line and the way out
        _warn(str(exc))
        return EXIT_LEDGER
    _warn(f"run {summary.run_id} into {summary.target}: {summary.line()}")
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _count_articles(sources: tuple[str, ...]) -> int | None:
    """How many articles SOURCES hold, when that is cheap to know (local text and
    HTML files, folders and globs of them, JSON Lines counted by line); None when a
    source is a URL or a feed, whose size is known only by reading it."""
    from kg.sources import JSONL_SUFFIXES, expand, kind_of

    total = 0
    for spec in sources:
        if "://" in spec:
            return None
        files = expand(spec)
        for f in files if files is not None else [spec]:
            path = Path(f)
            try:
                if path.suffix.lower() in JSONL_SUFFIXES:
                    with path.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif kind_of(path) == "feed":
                    return None
                else:
                    total += 1
            except OSError:
                total += 1  # counted once: it fails as one input
    return total


@cli.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@click.option("--to", "target", required=True, callback=_checked_target,
              help="rdf:DIR (one TriG file per article), rdf:FILE.trig, or neo4j[:URI].")
@click.option("-j", "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extraction processes.")
@click.option("--force", is_flag=True, help="Extract and write unchanged articles too.")
@click.option("--wait", is_flag=True, help="Wait for a running ingest into the same target "
                                           "instead of refusing.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 1000),
              help="Articles per chunk: one target commit and one ledger commit each.")
@click.option("--model", envvar="KG_SPACY_MODEL", show_envvar=True,
              help="spaCy pipeline (package name or path).")
@click.option("--dask", "use_dask", is_flag=True,
              help="Extract on a Dask cluster: a local one of --workers processes, or the "
                   "one at --scheduler. Needs pip install 'kg[dask]'.")
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask scheduler (tcp://host:8786) or its scheduler file "
                   "(.json); implies --dask. [default with --dask: $DASK_SCHEDULER_ADDRESS, "
                   "else a local cluster]")
@LEDGER_OPTION
def ingest_cmd(sources: tuple[str, ...], target: str, workers: int, force: bool, wait: bool,
               min_confidence: float, batch_size: int, model: str | None, use_dask: bool,
               scheduler: str | None, ledger: str | None) -> None:
    """Ingest SOURCES into a target, skipping what the ledger says is unchanged.

    SOURCES are text files, folders, globs, JSON Lines (.jsonl), HTML pages,
    RSS/Atom feeds (files or http(s) URLs). New and changed articles are
    extracted, validated and written; a changed article's facts replace its old
    ones. Bad inputs are reported one line each, recorded as failed in the
    ledger and retried on the next run; the run goes on.

    Exit codes: 0 all ingested; 1 some inputs failed (the rest were ingested);
    2 usage error; 3 another run holds the target; 4 the target failed;
    5 the ledger is damaged or read-only (see kg status --check).

    With --dask, workers only extract; this process still alone writes the
    target and the ledger, shard by shard as each finishes.
    """
    dask = None
    if use_dask or scheduler:
        import os

        from kg.distributed import DaskSpec

        dask = DaskSpec(scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None)
    sys.exit(_ingest_once(sources, target, ledger, workers, model, min_confidence, force, wait,
                          batch_size=batch_size, dask=dask))


@cli.command("status")
@click.option("-n", "--runs", "limit", default=10, show_default=True, help="How many runs.")
@click.option("--failed", is_flag=True, help="List the inputs that failed, with why.")
@click.option("--check", is_flag=True,
              help="Check the ledger file, and that each target still holds what the ledger "
                   "says; exit 1 on a problem.")
@LEDGER_OPTION
def status_cmd(limit: int, failed: bool, check: bool, ledger: str | None) -> None:
    """Recent ingest runs, per-target totals, and failed inputs."""
    from kg.ledger import Ledger

    if check:
        sys.exit(_status_check(ledger))
    with Ledger(ledger) as book:
        if failed:
            rows = book.failed()
            for r in rows:
                state = "kept (older facts stay)" if r["status"] == "done" else "failed"
                click.echo(f"{r['target']}  {state}  {r['error']}")
            click.echo(f"({len(rows)} failed inputs)")
            return
        runs = book.runs(limit)
        click.echo(f"ledger: {book.path}")
        if not runs:
            click.echo("no runs yet")
            return
        click.echo(f"{'run':>5}  {'started':<19}  {'status':<11} {'new':>5} {'unch':>6} "
                   f"{'chg':>5} {'fail':>5} {'facts':>7} {'secs':>7}  target / schedule")
        for r in runs:
            started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(r["started"]))
            secs = f"{r['seconds']:.1f}" if r["seconds"] is not None else "-"
            where = r["target"] + (f"  [{r['schedule']}]" if r["schedule"] else "")
            click.echo(f"{r['id']:>5}  {started:<19}  {r['status']:<11} {r['new']:>5} "
                       f"{r['unchanged']:>6} {r['changed']:>5} {r['failed']:>5} {r['facts']:>7} "
                       f"{secs:>7}  {where}")
            if r["error"]:
                click.echo(f"{'':>7}error: {r['error']}")
        click.echo("")
        for t in book.totals():
            click.echo(f"{t['target']}: {t['done'] or 0} articles ingested, "
                       f"{t['failed'] or 0} failed, {t['facts'] or 0} facts, "
                       f"{t['rejected'] or 0} rejected")


def _status_check(ledger: str | None) -> int:
    """`kg status --check`: one line per finding; 0 if all is well, else 1."""
    from kg.errors import LoaderError
    from kg.ingest import verify_target
    from kg.ledger import Ledger, LedgerError, default_path

    path = Path(ledger) if ledger else default_path()
    rebuild = (f"to rebuild: mv {path} {path}.damaged, then run kg ingest again for each "
               "target (every article is written again, replacing its old facts)")
    if not path.exists():
        click.echo(f"ledger: {path}: no ledger yet")
        return 0
    try:
        book = Ledger(path)
        problems = book.check()
    except LedgerError as exc:
        click.echo(f"ledger: {exc.message}")
        click.echo(rebuild)
        return 1
    with book:
        if problems:
            click.echo(f"ledger: {path}: damaged ({problems[0]}"
                       + (f"; {len(problems) - 1} more)" if len(problems) > 1 else ")"))
            click.echo(rebuild)
            return 1
        click.echo(f"ledger: {path}: ok")
        bad = 0
        for t in book.totals():
            target = t["target"]
            try:
                total, gone = verify_target(book, target)
            except (LoaderError, LedgerError) as exc:
                click.echo(f"{target}: cannot check ({exc.message})")
                bad += 1
                continue
            if gone:
                bad += 1
                sample = ", ".join(repr(k) for k in sorted(gone)[:3])
                more = ", ..." if len(gone) > 3 else ""
                click.echo(f"{target}: {len(gone)} of {total} articles are missing or changed "
                           f"({sample}{more}); the next kg ingest into it restores them")
            else:
                click.echo(f"{target}: ok ({total} articles)")
        return 1 if bad else 0


@cli.group("schedule")
def schedule_group() -> None:
    """Named ingest jobs run by `kg schedule run`."""


@schedule_group.command("add")
@click.argument("name")
@click.option("--every", help="Interval: 30m, 1h, 1d ...")
@click.option("--cron", help='Crontab timing, e.g. "0 * * * *".')
@click.option("--source", "sources", multiple=True, required=True, help="A source (repeatable).")
@click.option("--to", "target", required=True, callback=_checked_target,
              help="rdf:DIR, rdf:FILE.trig, or neo4j[:URI].")
@click.option("-j", "--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--replace", is_flag=True, help="Replace a schedule of the same name.")
@LEDGER_OPTION
def schedule_add(name: str, every: str | None, cron: str | None, sources: tuple[str, ...],
                 target: str, workers: int, replace: bool, ledger: str | None) -> None:
    """Add a schedule NAME that ingests SOURCES into a target."""
    from kg.ingest import normalize_target
    from kg.ledger import Ledger, Schedule
    from kg.schedule import check_cron, parse_every

    if bool(every) == bool(cron):
        raise click.UsageError("give one of --every or --cron")
    normalize_target(target)  # fail early on a bad target
    s = Schedule(name=name, every_seconds=parse_every(every) if every else None,
                 cron=check_cron(cron) if cron else None,
                 sources=tuple(str(Path(x).resolve()) if Path(x).exists() else x
                               for x in sources),
                 target=target, options={"workers": workers})
    with Ledger(ledger) as book:
        book.add_schedule(s, replace=replace)
    click.echo(f"schedule {name}: {s.when}, {len(s.sources)} sources -> {target}")


@schedule_group.command("list")
@LEDGER_OPTION
def schedule_list(ledger: str | None) -> None:
    """The schedules, with their last run."""
    from kg.ledger import Ledger

    with Ledger(ledger) as book:
        schedules = book.schedules()
        if not schedules:
            click.echo("no schedules (add one with `kg schedule add`)")
        for s in schedules:
            last = book.last_run(s.name)
            when = (time.strftime("%Y-%m-%d %H:%M", time.localtime(last["started"]))
                    + f" {last['status']}") if last else "never run"
            click.echo(f"{s.name:<16} {s.when:<18} -> {s.target}  (last: {when})")
            for src in s.sources:
                click.echo(f"{'':<16} source {src}")


@schedule_group.command("remove")
@click.argument("name")
@LEDGER_OPTION
def schedule_remove(name: str, ledger: str | None) -> None:
    """Remove the schedule NAME."""
    from kg.ledger import Ledger

    with Ledger(ledger) as book:
        if not book.remove_schedule(name):
            raise KGError(f"no schedule named {name!r}", hint="see `kg schedule list`")
    click.echo(f"removed schedule {name}")


@schedule_group.command("run")
@click.argument("names", nargs=-1)
@click.option("--now", is_flag=True, help="Run every job once at start, then on its timing.")
@click.option("--stop-after", type=click.IntRange(1), help="Exit after this many job runs.")
@click.option("--model", envvar="KG_SPACY_MODEL", show_envvar=True)
@LEDGER_OPTION
def schedule_run(names: tuple[str, ...], now: bool, stop_after: int | None, model: str | None,
                 ledger: str | None) -> None:
    """Run the schedules (or just NAMES) in the foreground until Ctrl-C.

    Each run is logged in the ledger (see `kg status`); a job still running
    when it is due again is not started twice.
    """
    from kg.ledger import Schedule, default_path
    from kg.schedule import run_scheduler

    def job(s: Schedule) -> None:
        _warn(f"schedule {s.name}: starting")
        _ingest_once(s.sources, s.target, ledger, int(s.options.get("workers", 1)), model,
                     float(s.options.get("min_confidence", 0.0)), False, True,
                     schedule=s.name, quiet=True)

    runs = run_scheduler(ledger or default_path(), job, stop_after=stop_after, names=names,
                         run_now=now)
    _warn(f"scheduler stopped after {runs} runs")


# ------------------------------------------------------------------ pictures
_FACT_SUFFIXES = (".json", ".jsonl")


@cli.command("view")
@click.argument("files", nargs=-1, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="kg-view.html",
              show_default=True, help="The HTML page to write.")
@click.option("--actor", help="Draw only this actor's neighbourhood (its canonical name).")
@click.option("--query", "query_name", help="Draw a named query's result (see kg query --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter (repeatable).")
@click.option("--rdf", "rdf_files", multiple=True, metavar="PATH",
              help="Run the query's SPARQL twin over RDF files, folders or quoted globs "
                   "instead of Neo4j (repeatable).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Keep the parsed RDF in a pyoxigraph store in this folder and reuse it.")
@click.option("--uri", envvar="NEO4J_URI", show_envvar=True, help="Neo4j URI (for --query).")
@click.option("--title", help="The page's title.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for text FILES.")
@click.option("--model", envvar="KG_SPACY_MODEL", show_envvar=True,
              help="spaCy pipeline, for text FILES.")
def view_cmd(files: tuple[str, ...], output: str, actor: str | None, query_name: str | None,
             params: tuple[str, ...], rdf_files: tuple[str, ...], store_dir: str | None,
             uri: str | None, title: str | None, published: str | None,
             model: str | None) -> None:
    """Write one self-contained HTML page that draws the graph.

    \b
    FILES are articles (plain text: extracted first) or facts kg wrote (JSON,
    JSON Lines, RDF); --actor keeps one actor's neighbourhood. Without FILES,
    --query NAME (or --actor alone, as the actor_timeline query) draws a named
    query's result from RDF (--rdf, --store, as kg query) or from Neo4j (--uri). Hover a node or
    an edge for its evidence sentence, date and confidence; the page filters by
    fact kind and date.
    """
    from kg.view import facts_to_graph, render_html, rows_to_graph

    if files and query_name:
        raise click.UsageError("give FILES or --query, not both")
    if files:
        facts = _view_facts(files, published, model)
        graph = facts_to_graph(facts, actor=actor)
        if title is None:
            title = (facts[0].article.title or facts[0].article.id) if len(facts) == 1 \
                else f"{len(facts)} articles"
            title = f"{actor} in {title}" if actor else title
    elif query_name or actor:
        name = query_name or "actor_timeline"
        given: dict[str, str] = {"actor": actor} if actor and not query_name else {}
        for item in params:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise click.UsageError(f"--param takes KEY=VALUE, not {item!r}")
            given[key.strip()] = value
        rows = _view_rows(name, given, rdf_files, store_dir, uri)
        graph = rows_to_graph(rows, name, given)
        title = title or " ".join([name, *(f"{k}={v}" for k, v in given.items())])
    else:
        raise click.UsageError("give article or fact FILES, --query NAME, or --actor NAME")
    Path(output).write_text(render_html(graph, title), encoding="utf-8")
    n, m = len(graph["nodes"]), len(graph["edges"])
    click.echo(f"wrote {output} ({n} node{'s' * (n != 1)}, {m} edge{'s' * (m != 1)}); "
               "open it in a web browser")


def _view_facts(files: tuple[str, ...], published: str | None, model: str | None) -> list:
    """Facts from FILES: fact files are read, other files are extracted as articles."""
    from kg.loaders.rdf import FORMATS as RDF_SUFFIXES

    readable = (*_FACT_SUFFIXES, *RDF_SUFFIXES)
    facts: list[Any] = []
    for f in files:
        if Path(f).suffix.lower() in readable:
            batch, errors = _read_facts(f)  # (facts, errors of lines that are no facts)
            if errors:
                raise errors[0]
            facts.extend(batch)
    texts = tuple(f for f in files if Path(f).suffix.lower() not in readable)
    if texts:
        from kg.nlp import build_nlp
        from kg.pipeline import run

        settings = Settings(spacy_model=model or "")
        failures: list[str] = []
        reports = run(build_nlp(settings), _articles(texts, published, settings, failures))
        facts.extend(r.accepted for r in reports)
        if failures:
            sys.exit(1)
    return facts


def _view_rows(name: str, given: dict[str, str], rdf_files: tuple[str, ...],
               store_dir: str | None, uri: str | None) -> list[dict[str, Any]]:
    import kg.queries as queries
    from kg import params as qparams

    values = qparams.check(queries.get(name), given)  # fail early: one line, exit 2
    if rdf_files or store_dir:
        from kg import rdfio

        # the same embedded store as `kg query --rdf`: files, folders and globs
        store = rdfio.open_store(rdf_files, store_dir, note=_warn, named=False,
                                 only=queries.vocabulary())
        return queries.run_sparql_store(store, name, values)
    import neo4j

    from kg.errors import Neo4jUnavailable

    settings = Settings()
    target = uri or settings.neo4j_uri
    auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
    try:
        with neo4j.GraphDatabase.driver(target, auth=auth,
                                        notifications_min_severity="OFF") as driver:
            driver.verify_connectivity()
            return queries.run_cypher(driver, name, values, settings.neo4j_database)
    except (neo4j.exceptions.ServiceUnavailable, OSError) as exc:
        raise Neo4jUnavailable(target) from exc


# ------------------------------------------------------------------ actors
from kg.actors_cli import actors_group  # noqa: E402

cli.add_command(actors_group)


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
