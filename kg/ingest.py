"""Incremental, crash-safe ingestion: sources → ledger check → extract → validate → target.

``ingest(specs, target)`` reads Items from the sources, asks the ledger which
are new, unchanged or changed for this target, extracts and validates the new
and changed ones in chunks (in this process, or in a pool of worker processes),
writes each chunk to the target, and only then marks it done in the ledger.
A run killed at any point is finished by the next one: articles written but not
marked are written again, which every loader treats as a replace.

One run per target at a time: a lock that lives with the target, keyed on its
canonical name (``kg.loaders.TargetLock``), keeps a second run out whatever
ledger it uses and however it spells the target (it waits with ``wait=True``,
else it is refused with who holds it).

Nothing is lost without a word:

- distinct article ids get distinct file and IRI names (``kg.ids.article_name``);
  an id given twice in one run with different texts, or two ids whose names
  still meet, fail with one line naming both;
- before an article is skipped as unchanged, the target is asked whether it
  still holds it (``Loader.missing``: the file and its hash for ``rdf:DIR``,
  the named graph for an RDF file, the Article node for Neo4j); what is
  missing is written again and counted as restored;
- a damaged or read-only ledger stops the run with one line (``LedgerError``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KGError
from kg.ids import article_name
from kg.ledger import Ledger, LedgerError
from kg.loaders import NEO4J_SCHEMES, Busy, NameClashError, TargetLock
from kg.model import Article
from kg.settings import Settings
from kg.sources import Item, iter_items
from kg.validate import Report

if TYPE_CHECKING:
    from kg.distributed import DaskSpec

#: what extraction gives per article: (report, None) or (None, reason)
Results = list[tuple[Report | None, str | None]]

log = logging.getLogger(__name__)


__all__ = ["Busy", "LedgerError", "Summary", "TargetLock", "ingest", "normalize_target",
           "verify_target"]


@dataclass
class Summary:
    run_id: int = 0
    target: str = ""
    new: int = 0
    unchanged: int = 0
    changed: int = 0
    restored: int = 0
    failed: int = 0
    facts: int = 0
    rejected: int = 0
    seconds: float = 0.0
    status: str = "running"
    errors: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.unchanged + self.changed + self.restored + self.failed

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "unchanged": self.unchanged, "changed": self.changed,
                "restored": self.restored, "failed": self.failed, "facts": self.facts,
                "rejected": self.rejected}

    def line(self) -> str:
        restored = f"{self.restored} restored, " if self.restored else ""
        return (f"{self.new} new, {self.unchanged} unchanged, {self.changed} changed, "
                f"{restored}{self.failed} failed articles; {self.facts} facts written, "
                f"{self.rejected} rejected; {self.seconds:.1f} s")


def normalize_target(target: str, settings: Settings | None = None) -> str:
    """The ledger's name for a target: ``rdf:/abs/path`` or ``neo4j:URI``."""
    if target.startswith(NEO4J_SCHEMES):
        return f"neo4j:{target}"
    if target == "neo4j" or target.startswith("neo4j:"):
        uri = target.split(":", 1)[1] if ":" in target else ""
        return f"neo4j:{uri or (settings or Settings()).neo4j_uri}"
    path = target[4:] if target.startswith("rdf:") else target
    if not path:
        raise KGError("rdf: needs a folder or file, e.g. rdf:out/graph",
                      hint="or use neo4j[:URI]")
    return f"rdf:{Path(path).expanduser().resolve()}" + ("/" if path.endswith("/") else "")


def open_target(target: str, chunk_size: int) -> Any:
    from kg.loaders import open_loader

    kind, _, where = target.partition(":")
    if kind == "neo4j":
        return open_loader(where, batch_size=chunk_size)
    return open_loader(f"rdf:{where}")


def verify_target(ledger: Ledger, tkey: str) -> tuple[int, set[str]]:
    """(articles the ledger says ``tkey`` holds, those it no longer holds)."""
    expected = ledger.done(tkey)
    if tkey.startswith("rdf:") and not Path(tkey[4:]).exists():
        return len(expected), set(expected)  # all gone; and a check creates nothing
    loader = open_target(tkey, 1000)
    try:
        return len(expected), loader.missing(expected)
    finally:
        if tkey.startswith("neo4j:"):
            loader.close()  # nothing is buffered; this closes the driver
        # an RDF file loader is not closed: closing would write the file again


# ------------------------------------------------------------------ extraction
_NLP: Any = None


def _init_worker(model: str) -> None:
    global _NLP
    from kg.nlp import build_nlp

    _NLP = build_nlp(Settings(spacy_model=model))


def process_chunk(articles: list[Article], min_confidence: float,
                  nlp: Any = None) -> list[tuple[Report | None, str | None]]:
    """(report, None) or (None, reason) per article, in order. A chunk that fails
    as a whole is retried article by article, so one bad article fails alone."""
    from kg.pipeline import run

    nlp = nlp if nlp is not None else _NLP
    try:
        reports = list(run(nlp, articles, min_confidence=min_confidence, batch_size=len(articles)))
        return [(r, None) for r in reports]
    except Exception:
        if len(articles) == 1:
            import traceback

            return [(None, "extraction failed: " + traceback.format_exc(limit=1).strip()
                     .splitlines()[-1])]
    out: list[tuple[Report | None, str | None]] = []
    for a in articles:
        out.extend(process_chunk([a], min_confidence, nlp))
    return out


class Extractor:
    """Runs process_chunk here (workers=1) or in a process pool, results in order."""

    def __init__(self, workers: int, model: str, min_confidence: float) -> None:
        self.workers = workers
        self.model = model
        self.min_confidence = min_confidence
        self.nlp: Any = None
        self.pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self.workers > 1 and self.pool is None:
            import multiprocessing

            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(self.model,))
        elif self.workers <= 1 and self.nlp is None:
            from kg.nlp import shared_nlp

            self.nlp = shared_nlp(self.model)

    def submit(self, articles: list[Article]) -> Future[Results]:
        self.start()
        if self.pool is not None:
            return self.pool.submit(process_chunk, articles, self.min_confidence)
        fut: Future[Results] = Future()
        fut.set_result(process_chunk(articles, self.min_confidence, self.nlp))
        return fut

    def capacity(self) -> int:
        """Chunks to keep in flight."""
        return max(1, self.workers) * 2

    def next_done(self, pending: list[Future[Results]]) -> Future[Results]:
        """The chunk to write next: here, the oldest (results in order)."""
        return pending[0]

    def results(self, fut: Future[Results], size: int) -> Results:
        try:
            return fut.result()
        except BrokenProcessPool as exc:
            raise KGError("a worker process died (out of memory?)",
                          hint="re-run with fewer --workers; finished articles are kept") from exc

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def make_extractor(dask: DaskSpec | None, workers: int, model: str,
                   min_confidence: float) -> Extractor:
    if dask is None:
        return Extractor(workers, model, min_confidence)
    from kg.distributed import DaskExtractor

    return DaskExtractor(dask, workers, model, min_confidence)  # type: ignore[return-value]


# ------------------------------------------------------------------------- ingest
def ingest(
    specs: Iterable[str], target: str, *, ledger: Ledger | None = None, workers: int = 1,
    model: str | None = None, min_confidence: float = 0.0, force: bool = False,
    wait: bool = False, schedule: str | None = None, chunk_size: int = 16,
    settings: Settings | None = None, dask: DaskSpec | None = None,
    on_progress: Callable[[Summary], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Summary:
    """Ingest ``specs`` into ``target``; extraction runs here (``workers=1``), in a
    pool of ``workers`` processes, or on a Dask cluster (``dask``, see kg.distributed);
    either way this process alone writes the target and the ledger."""
    settings = settings or Settings()
    specs = list(specs)
    own_ledger = ledger is None
    ledger = ledger or Ledger()
    tkey = normalize_target(target, settings)
    lock = TargetLock(tkey)
    summary = Summary(target=tkey)
    started = time.perf_counter()
    error: str | None = None
    try:
        lock.acquire(wait)
        summary.run_id = ledger.start_run(tkey, specs, schedule)
        extractor = make_extractor(dask, max(1, workers), model or settings.spacy_model,
                                   min_confidence)
        try:
            with open_target(tkey, chunk_size) as loader:
                _run(specs, tkey, ledger, loader, extractor, summary, force, chunk_size,
                     settings, on_progress, on_error)
        finally:
            extractor.close()
        summary.status = "partial" if summary.failed else "ok"
    except KeyboardInterrupt:
        summary.status = "interrupted"
        raise
    except BaseException as exc:
        summary.status, error = "failed", str(exc).splitlines()[0]
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        try:
            if summary.run_id:
                ledger.finish_run(summary.run_id, summary.status, summary.counts(),
                                  summary.seconds, error=error)
        except LedgerError:
            if error is None and summary.status != "interrupted":
                raise  # else the first error is the one to tell
        finally:
            lock.release()
            if own_ledger:
                ledger.close()
    return summary


def _windows(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    window: list[Item] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def _run(specs: list[str], tkey: str, ledger: Ledger, loader: Any, extractor: Extractor,
         summary: Summary, force: bool, chunk_size: int, settings: Settings,
         on_progress: Callable[[Summary], None] | None,
         on_error: Callable[[str], None] | None) -> None:
    in_flight: dict[Any, tuple[list[Item], list[str]]] = {}  # future -> its chunk
    seen: dict[str, tuple[str, str]] = {}  # key -> (content hash, ref) in this run
    names: dict[str, tuple[str, str]] = {}  # file/IRI name -> (key, ref) in this run

    def fail(item: Item, reason: str) -> None:
        summary.failed += 1
        summary.errors.append(reason)
        ledger.mark_failed(tkey, summary.run_id, item.key, item.ref, item.content_hash, reason)
        if on_error:
            on_error(reason)

    def finish_one() -> None:
        """Write the next chunk the extractor gives back, then mark it done."""
        fut = extractor.next_done(list(in_flight))
        chunk, kinds = in_flight.pop(fut)
        results = extractor.results(fut, len(chunk))
        loaded = []
        for item, kind, (report, error) in zip(chunk, kinds, results, strict=True):
            if report is None:
                fail(item, f"{item.ref}: {error}")
                continue
            try:
                loader.load(report)
            except NameClashError as exc:
                fail(item, f"{item.ref}: {exc}")
                continue
            loaded.append((item, kind, report))
        loader.flush()  # the target commits before the ledger says done
        done = []
        for item, kind, report in loaded:
            n = report.accepted.count()
            summary.facts += n
            summary.rejected += len(report.rejected)
            setattr(summary, kind, getattr(summary, kind) + 1)
            done.append((item.key, item.ref, item.content_hash, n,
                         [r.to_json() for r in report.rejected], loader.written(item.key)))
        ledger.mark_done(tkey, summary.run_id, done)
        if on_progress:
            on_progress(summary)

    def submit(chunk: list[Item], kinds: list[str]) -> None:
        while len(in_flight) >= extractor.capacity():
            finish_one()
        fut = extractor.submit([i.article for i in chunk])  # type: ignore[misc]
        in_flight[fut] = (chunk, kinds)

    def first_time(item: Item) -> bool:
        """False (and the item counted or failed) if this run met its id before."""
        if item.key in seen:
            first_hash, first_ref = seen[item.key]
            if first_hash == item.content_hash:
                summary.unchanged += 1  # the same article twice in one run
            else:
                fail(item, f"{item.ref}: id {item.key!r} is also the id of {first_ref}, "
                           "with another text; this one was not written")
            return False
        name = article_name(item.key)
        other = names.get(name)
        if other is not None:
            fail(item, f"{item.ref}: ids {item.key!r} and {other[0]!r} ({other[1]}) get the "
                       f"same name {name!r}; this one was not written")
            return False
        seen[item.key] = (item.content_hash, item.ref)
        names[name] = (item.key, item.ref)
        return True

    chunk: list[Item] = []
    kinds: list[str] = []

    def add(item: Item, kind: str) -> None:
        nonlocal chunk, kinds
        chunk.append(item)
        kinds.append(kind)
        if len(chunk) >= chunk_size:
            submit(chunk, kinds)
            chunk, kinds = [], []

    for window in _windows(iter_items(specs, settings.max_bytes), 256):
        known = ledger.hashes(tkey, [i.key for i in window if i.ok])
        unchanged: list[Item] = []
        for item in window:
            if not item.ok:
                fail(item, item.error or f"{item.ref}: unreadable")
                continue
            if not first_time(item):
                continue
            prior = known.get(item.key)
            if not force and prior is not None and prior[:2] == (item.content_hash, "done"):
                unchanged.append(item)
                continue
            add(item, "changed" if prior and prior[1] == "done" else "new")
        # the ledger says these are in the target: check that they still are
        gone = loader.missing({i.key: known[i.key][2] for i in unchanged}) if unchanged else set()
        for item in unchanged:
            if item.key in gone:
                add(item, "restored")
            else:
                summary.unchanged += 1
        if on_progress:
            on_progress(summary)
    if chunk:
        submit(chunk, kinds)
    while in_flight:
        finish_one()
