"""Incremental, crash-safe ingestion: sources → ledger check → extract → validate → target.

``ingest(specs, target)`` reads Items from the sources, asks the ledger which
are new, unchanged or changed for this target, extracts and validates the new
and changed ones in chunks (in this process, or in a pool of worker processes),
writes each chunk to the target, and only then marks it done in the ledger.
A run killed at any point is finished by the next one: articles written but not
marked are written again, which every loader treats as a replace.

One run per target at a time: a lock file next to the ledger keeps a second
run out (it waits with ``wait=True``, else it is refused with who holds it).
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.ledger import Ledger
from kg.model import Article
from kg.settings import Settings
from kg.sources import Item, iter_items
from kg.validate import Report

log = logging.getLogger(__name__)


class Busy(KGError):
    """Another run holds the target's lock."""


@dataclass
class Summary:
    run_id: int = 0
    target: str = ""
    new: int = 0
    unchanged: int = 0
    changed: int = 0
    failed: int = 0
    facts: int = 0
    rejected: int = 0
    seconds: float = 0.0
    status: str = "running"
    errors: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.unchanged + self.changed + self.failed

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "unchanged": self.unchanged, "changed": self.changed,
                "failed": self.failed, "facts": self.facts, "rejected": self.rejected}

    def line(self) -> str:
        return (f"{self.new} new, {self.unchanged} unchanged, {self.changed} changed, "
                f"{self.failed} failed articles; {self.facts} facts written, "
                f"{self.rejected} rejected; {self.seconds:.1f} s")


def normalize_target(target: str, settings: Settings | None = None) -> str:
    """The ledger's name for a target: ``rdf:/abs/path`` or ``neo4j:URI``."""
    if target.startswith(("bolt://", "bolt+s://", "neo4j://", "neo4j+s://")):
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


# ------------------------------------------------------------------------ the lock
class TargetLock:
    """An exclusive flock on a file named after the target, next to the ledger."""

    def __init__(self, ledger_path: Path, target: str) -> None:
        name = hashlib.sha1(target.encode("utf-8")).hexdigest()[:16]
        self.path = ledger_path.parent / "locks" / f"{name}.lock"
        self.target = target
        self.fh: Any = None

    def acquire(self, wait: bool) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                self.fh.seek(0)
                holder = self.fh.read().strip() or "another process"
                self.fh.close()
                self.fh = None
                raise Busy(f"another kg ingest is writing to {self.target} ({holder})",
                           hint="wait for it to finish, or pass --wait") from None
            log.info("waiting for the lock on %s", self.target)
            fcntl.flock(self.fh, fcntl.LOCK_EX)
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(f"pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        self.fh.flush()

    def release(self) -> None:
        if self.fh is not None:
            self.fh.seek(0)
            self.fh.truncate()
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()
            self.fh = None


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
    except Exception:  # noqa: BLE001 - isolate the failing article below
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

    def submit(self, articles: list[Article]) -> Future:
        self.start()
        if self.pool is not None:
            return self.pool.submit(process_chunk, articles, self.min_confidence)
        fut: Future = Future()
        fut.set_result(process_chunk(articles, self.min_confidence, self.nlp))
        return fut

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


# ------------------------------------------------------------------------- ingest
def ingest(
    specs: Iterable[str], target: str, *, ledger: Ledger | None = None, workers: int = 1,
    model: str | None = None, min_confidence: float = 0.0, force: bool = False,
    wait: bool = False, schedule: str | None = None, chunk_size: int = 16,
    settings: Settings | None = None,
    on_progress: Callable[[Summary], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Summary:
    settings = settings or Settings()
    specs = list(specs)
    own_ledger = ledger is None
    ledger = ledger or Ledger()
    tkey = normalize_target(target, settings)
    lock = TargetLock(ledger.path, tkey)
    summary = Summary(target=tkey)
    started = time.perf_counter()
    error: str | None = None
    try:
        lock.acquire(wait)
        summary.run_id = ledger.start_run(tkey, specs, schedule)
        extractor = Extractor(max(1, workers), model or settings.spacy_model, min_confidence)
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
        if summary.run_id:
            ledger.finish_run(summary.run_id, summary.status, summary.counts(), summary.seconds,
                              error=error)
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
    in_flight: deque[tuple[list[Item], list[str], Future]] = deque()
    max_in_flight = max(1, extractor.workers) * 2
    seen: dict[str, str] = {}

    def fail(item: Item, reason: str) -> None:
        summary.failed += 1
        summary.errors.append(reason)
        ledger.mark_failed(tkey, summary.run_id, item.key, item.ref, item.content_hash, reason)
        if on_error:
            on_error(reason)

    def finish(chunk: list[Item], kinds: list[str], fut: Future) -> None:
        try:
            results = fut.result()
        except BrokenProcessPool as exc:
            raise KGError("a worker process died (out of memory?)",
                          hint="re-run with fewer --workers; finished articles are kept") from exc
        done = []
        for item, kind, (report, error) in zip(chunk, kinds, results):
            if report is None:
                fail(item, f"{item.ref}: {error}")
                continue
            loader.load(report)
            n = report.accepted.count()
            summary.facts += n
            summary.rejected += len(report.rejected)
            setattr(summary, kind, getattr(summary, kind) + 1)
            done.append((item.key, item.ref, item.content_hash, n,
                         [r.to_json() for r in report.rejected]))
        loader.flush()  # the target commits before the ledger says done
        ledger.mark_done(tkey, summary.run_id, done)
        if on_progress:
            on_progress(summary)

    def submit(chunk: list[Item], kinds: list[str]) -> None:
        while len(in_flight) >= max_in_flight:
            finish(*in_flight.popleft())
        fut = extractor.submit([i.article for i in chunk])  # type: ignore[misc]
        in_flight.append((chunk, kinds, fut))

    chunk: list[Item] = []
    kinds: list[str] = []
    for window in _windows(iter_items(specs, settings.max_bytes), 256):
        known = ledger.hashes(tkey, [i.key for i in window if i.ok])
        for item in window:
            if not item.ok:
                fail(item, item.error or f"{item.ref}: unreadable")
                continue
            if seen.get(item.key) == item.content_hash:
                summary.unchanged += 1  # the same article twice in one run
                continue
            prior = known.get(item.key)
            if not force and item.key not in seen and prior == (item.content_hash, "done"):
                summary.unchanged += 1
                seen[item.key] = item.content_hash
                continue
            kind = "changed" if (prior and prior[1] == "done") or item.key in seen else "new"
            seen[item.key] = item.content_hash
            chunk.append(item)
            kinds.append(kind)
            if len(chunk) >= chunk_size:
                submit(chunk, kinds)
                chunk, kinds = [], []
        if on_progress:
            on_progress(summary)
    if chunk:
        submit(chunk, kinds)
    while in_flight:
        finish(*in_flight.popleft())
