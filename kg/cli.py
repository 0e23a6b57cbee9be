"""kg's command line: the only module that prints or chooses exit codes.

Exit codes: 0 success; 1 a user-facing error, a failed file in a batch, or
(for ``kg validate``) data that does not conform; 2 a usage error. Anything
else is a bug and prints its traceback.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from kg.errors import InputError, KGError
from kg.settings import Settings

FORMATS = ("json", "turtle", "trig", "nquads", "jsonld")


class KGGroup(click.Group):
    """Turns KGError into one clear line (exit 1); --debug shows the traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise click.ClickException(str(exc)) from exc


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
@click.option("--published", help="Publication date (YYYY-MM-DD) to resolve dates against.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="Output format [default: from the output's suffix, else json].")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write here instead of stdout (RDF formats: the suffix may set the format).")
@click.option("--to", "target", help="Load into a target instead: neo4j[:URI] or an RDF file.")
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
        with click.progressbar(length=len(files), label="extracting", file=sys.stderr,
                               hidden=not show_bar) as bar:
            for report in reports:
                counts["articles"] += 1
                counts["facts"] += report.accepted.count()
                counts["rejected"] += len(report.rejected)
                rejected_rows.extend(r.to_json() for r in report.rejected)
                sink(report)
                bar.update(counts["articles"] + len(failures) - bar.pos)

    if target is not None or fmt != "json":
        from kg.loaders import open_loader

        dest = target or output
        if dest is None:
            _load_to_stdout(consume, fmt)
        else:
            options = {} if target else {"format": fmt, "append": False}
            with open_loader(dest, **options) as loader:
                consume(loader.load)
    else:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        many = len(files) > 1
        try:
            consume(lambda r: out.write(json.dumps(
                r.accepted.to_json(), ensure_ascii=False, indent=None if many else 2) + "\n"))
        finally:
            if output:
                out.close()
    if rejected_rows:
        path = Path(rejects or (f"{output}.rejected.jsonl" if output else "kg-rejected.jsonl"))
        with path.open("w", encoding="utf-8") as fh:
            for row in rejected_rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        _warn(f"{len(rejected_rows)} facts failed validation; kept in {path}")
    if len(files) > 1 or failures:
        _warn(f"{counts['articles']} articles, {counts['facts']} facts, "
              f"{counts['rejected']} rejected, {len(failures)} files failed "
              f"in {time.perf_counter() - started:.1f} s")
    if failures:
        sys.exit(1)


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

    from kg.loaders.rdf import format_for
    from kg.validate import union_graph, validate_graph

    bad = 0
    for f in files:
        ds = Dataset()
        try:
            ds.parse(f, format=format_for(f, fmt))
        except KGError:
            raise
        except Exception as exc:  # rdflib's parsers raise many kinds
            raise InputError(f, f"not readable as RDF ({type(exc).__name__}: {exc})") from exc
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


def _read_facts(path: str) -> list:
    """ArticleFacts from a file kg wrote: JSON, JSON Lines, or RDF."""
    from rdflib import Dataset

    from kg.loaders.rdf import FORMATS, format_for
    from kg.model import ArticleFacts
    from kg.rdf import dataset_to_facts

    p = Path(path)
    if not p.is_file():
        raise InputError(path, "no such file")
    if p.suffix.lower() in FORMATS:
        ds = Dataset()
        try:
            ds.parse(p, format=format_for(p))
        except Exception as exc:  # rdflib's parsers raise many kinds
            raise InputError(path, f"not readable as RDF ({type(exc).__name__}: {exc})") from exc
        return dataset_to_facts(ds)
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 (byte at {exc.start})") from exc
    try:
        if text.lstrip().startswith("{") and "\n{" not in text.strip():
            docs = [json.loads(text)]
        else:
            docs = [json.loads(line) for line in text.splitlines() if line.strip()]
        return [ArticleFacts.from_json(d) for d in docs]
    except (json.JSONDecodeError, ValueError, TypeError, AttributeError) as exc:
        raise InputError(path, f"not a kg fact file ({exc})") from exc


@cli.command("load")
@click.argument("target")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--batch-size", default=100, show_default=True, help="Articles per transaction.")
def load_cmd(target: str, files: tuple[str, ...], batch_size: int) -> None:
    """Load fact FILES (JSON or RDF that kg wrote) into TARGET.

    TARGET is neo4j (NEO4J_URI etc.), neo4j:URI, a bolt:// URI, or an RDF file.
    Facts are validated again before loading.
    """
    from kg.loaders import open_loader
    from kg.validate import validate

    failures = 0
    total = {"articles": 0, "facts": 0, "rejected": 0}
    options = {"batch_size": batch_size} if target.startswith(("neo4j", "bolt")) else {}
    with open_loader(target, **options) as loader:
        for f in files:
            try:
                batch = _read_facts(f)
            except InputError as exc:
                _warn(exc.message)
                failures += 1
                continue
            for report in validate(batch):
                loader.load(report)
                total["articles"] += 1
                total["facts"] += report.accepted.count()
                total["rejected"] += len(report.rejected)
                for r in report.rejected:
                    _warn(f"{f}: rejected {r.section[:-1]} ({'; '.join(r.reasons)})")
    skipped = getattr(loader, "skipped", 0)
    click.echo(f"loaded {total['articles']} articles ({skipped} unchanged), "
               f"{total['facts']} facts, {total['rejected']} rejected into {target}")
    if failures:
        sys.exit(1)


@cli.command("export")
@click.argument("output", type=click.Path(dir_okay=False))
@click.argument("sources", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["trig", "nquads", "jsonld", "turtle",
                                                          "nt"]),
              help="Output format [default: from OUTPUT's suffix].")
@click.option("--context-url", metavar="URL",
              help="JSON-LD: reference this @context URL instead of embedding the context.")
def export_cmd(output: str, sources: tuple[str, ...], fmt: str | None,
               context_url: str | None) -> None:
    """Merge RDF SOURCES into one dataset file OUTPUT, one named graph per article.

    SOURCES are rdf:DIR folders (kg ingest's one file per article), dataset files
    in any format kg writes (.trig .nq .ttl .nt .jsonld), folders of them, or
    quoted globs. Graphs are streamed from source to OUTPUT (constant memory); a
    graph name met again in a later source is skipped with a warning. JSON-LD is
    compacted with kg's @context (ontology/context.jsonld), embedded unless
    --context-url is given. (Neo4j as a source: not yet.)
    """
    import os
    import tempfile

    from kg import rdfio
    from kg.loaders.rdf import format_for

    out_fmt = format_for(output, fmt)
    found = rdfio.rdf_sources(sources)
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}", suffix=".tmp")
    started = time.perf_counter()
    try:
        with os.fdopen(fd, "wb") as fh:
            counts = rdfio.export(found, fh, out_fmt, context_url, warn=_warn)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    click.echo(f"exported {counts['graphs']} graphs, {counts['quads']} quads from "
               f"{counts['files']} files into {output} "
               f"in {time.perf_counter() - started:.1f} s"
               + (f" ({counts['skipped']} duplicate graphs skipped)" if counts["skipped"] else ""))


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
    from kg import queries

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
    q = queries.get(name)
    q.bind(given)  # fail early on missing or unknown parameters
    if rdf_files or store_dir:
        from kg import rdfio

        store = rdfio.open_store(rdf_files, store_dir, note=_warn)
        rows = queries.run_sparql_store(store, name, given)
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
                rows = queries.run_cypher(driver, name, given, settings.neo4j_database)
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
    from kg import queries, rdfio

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
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w)
                             for v, w in zip(row, widths)))
    click.echo(f"({len(rows)} rows)")


# ------------------------------------------------------------------ ingestion
LEDGER_OPTION = click.option(
    "--ledger", type=click.Path(dir_okay=False), envvar="KG_LEDGER", show_envvar=True,
    help="The ledger file [default: $XDG_STATE_HOME/kg/ledger.sqlite].")

#: kg ingest's exit codes, for cron and schedulers.
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_TARGET, EXIT_LEDGER = 0, 1, 2, 3, 4, 5


def _ingest_once(sources: tuple[str, ...], target: str, ledger: str | None, workers: int,
                 model: str | None, min_confidence: float, force: bool, wait: bool,
                 schedule: str | None = None, quiet: bool = False, batch_size: int = 16) -> int:
    """One ingest run with progress and summary on stderr; returns the exit code."""
    from kg.errors import LoaderError
    from kg.ingest import Busy, Summary, ingest
    from kg.ledger import Ledger, LedgerError

    tty = sys.stderr.isatty() and not quiet
    last = [0.0]

    def progress(s: Summary) -> None:
        now = time.perf_counter()
        if tty and now - last[0] > 0.2:
            last[0] = now
            click.echo(f"\ringesting: {s.seen} articles ({s.new} new, {s.unchanged} unchanged, "
                       f"{s.changed} changed, {s.failed} failed)", err=True, nl=False)

    def error(message: str) -> None:
        if tty:
            click.echo("\r\033[K", err=True, nl=False)
        _warn(message.splitlines()[0])

    try:
        with Ledger(ledger) as book:
            summary = ingest(sources, target, ledger=book, workers=workers, model=model,
                             min_confidence=min_confidence, force=force, wait=wait,
                             schedule=schedule, chunk_size=batch_size, on_progress=progress,
                             on_error=error)
    except Busy as exc:
        _warn(str(exc))
        return EXIT_BUSY
    except LoaderError as exc:
        if tty:
            click.echo("", err=True)
        _warn(str(exc))
        return EXIT_TARGET
    except LedgerError as exc:  # damaged or read-only: one line and the way out
        if tty:
            click.echo("", err=True)
        _warn(str(exc))
        return EXIT_LEDGER
    if tty:
        click.echo("\r\033[K", err=True, nl=False)
    _warn(f"run {summary.run_id} into {summary.target}: {summary.line()}")
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


@cli.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@click.option("--to", "target", required=True,
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
@LEDGER_OPTION
def ingest_cmd(sources: tuple[str, ...], target: str, workers: int, force: bool, wait: bool,
               min_confidence: float, batch_size: int, model: str | None,
               ledger: str | None) -> None:
    """Ingest SOURCES into a target, skipping what the ledger says is unchanged.

    SOURCES are text files, folders, globs, JSON Lines (.jsonl), HTML pages,
    RSS/Atom feeds (files or http(s) URLs). New and changed articles are
    extracted, validated and written; a changed article's facts replace its old
    ones. Bad inputs are reported one line each, recorded as failed in the
    ledger and retried on the next run; the run goes on.

    Exit codes: 0 all ingested; 1 some inputs failed (the rest were ingested);
    2 usage error; 3 another run holds the target; 4 the target failed;
    5 the ledger is damaged or read-only (see kg status --check).
    """
    sys.exit(_ingest_once(sources, target, ledger, workers, model, min_confidence, force, wait,
                          batch_size=batch_size))


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
@click.option("--to", "target", required=True, help="rdf:DIR, rdf:FILE.trig, or neo4j[:URI].")
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


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
