"""Extraction on a Dask cluster: ``kg ingest --dask``.

The client (the process running ``kg ingest``) reads the sources, asks the
ledger what is new, sends shards of articles to the cluster and, as each shard
finishes (``distributed.as_completed``), writes its reports to the target and
only then marks them done in the ledger, exactly as a local run does. Workers
only extract: each loads the spaCy pipeline once (``KGPipeline``, a worker
plugin, so a restarted or newly added worker loads it too) and turns a shard
into reports. Nothing on a worker writes, so a target keeps one writer, and a
worker or client killed mid-run loses only shards not yet written, which the
scheduler (for a worker) or the next run (for the client) extracts again.

``DaskSpec(scheduler=None)`` starts a ``LocalCluster`` of ``workers`` processes
with one thread each; ``DaskSpec("tcp://host:8786")`` (or a scheduler file
written by ``dask scheduler --scheduler-file``) uses a running cluster, such as
one started by dask-jobqueue on Slurm.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError, ModelError
from kg.model import Article

try:
    from distributed import Client, Future, LocalCluster, as_completed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # pragma: no cover - the optional extra is not installed
    raise KGError("--dask needs Dask's distributed scheduler",
                  hint="pip install 'kg[dask]' (or: pip install 'dask[distributed]')") from exc

#: what extraction gives per article: (report, None) or (None, reason)
Results = list[tuple[Any, str | None]]

log = logging.getLogger(__name__)

# One shard at a time per worker process, and one pipeline load: a spaCy
# Language is not meant to be shared by threads, and parsing holds the GIL
# anyway, so a worker started with more threads gains nothing but memory.
_ONE_AT_A_TIME = threading.Lock()


def load_pipeline(model: str) -> Any:
    """The process's pipeline for ``model``, loaded on first use."""
    from kg.nlp import shared_nlp

    with _ONE_AT_A_TIME:
        return shared_nlp(model)


def extract_shard(articles: list[Article], model: str, min_confidence: float) -> Results:
    """Runs on a worker: (report, None) or (None, reason) per article, in order."""
    from kg.ingest import process_chunk

    nlp = load_pipeline(model)
    with _ONE_AT_A_TIME:
        return process_chunk(articles, min_confidence, nlp)


class KGPipeline(WorkerPlugin):
    """Loads the pipeline when a worker joins, before any shard reaches it."""

    idempotent = True

    def __init__(self, model: str) -> None:
        self.model = model
        self.name = f"kg-pipeline-{model or 'default'}"

    async def setup(self, worker: Any) -> None:
        # off the worker's event loop, so it keeps answering the scheduler meanwhile
        await asyncio.get_running_loop().run_in_executor(None, load_pipeline, self.model)


@dataclass(frozen=True)
class DaskSpec:
    """Where extraction runs: a scheduler address or file, or None for a local cluster.

    ``task`` is what a worker runs per shard and ``preload`` whether workers load
    the pipeline when they start; tests swap in a model-free task.
    """

    scheduler: str | None = None
    task: Callable[[list[Article], str, float], Results] = extract_shard
    preload: bool = True

    def describe(self) -> str:
        return self.scheduler or "a local Dask cluster"


class DaskExtractor:
    """``kg.ingest.Extractor``'s interface on a Dask cluster: submit shards, take
    them back in the order they finish."""

    def __init__(self, spec: DaskSpec, workers: int, model: str, min_confidence: float) -> None:
        self.spec = spec
        self.workers = workers
        self.model = model
        self.min_confidence = min_confidence
        self.cluster: Any = None
        self.client: Any = None
        self.finished: Any = None
        self._threads = 0
        self._asked = -1e9

    # ---------------------------------------------------------------- lifecycle
    def start(self) -> None:
        if self.client is not None:
            return
        where = self.spec.describe()
        try:
            if self.spec.scheduler is None:
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                            processes=True, dashboard_address=":0",
                                            silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            elif self.spec.scheduler.endswith(".json") and Path(self.spec.scheduler).is_file():
                self.client = Client(scheduler_file=self.spec.scheduler)
            else:
                self.client = Client(self.spec.scheduler)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise KGError(f"cannot reach the Dask scheduler at {where} ({exc})",
                          hint="start one (dask scheduler; dask worker ADDRESS) or leave out "
                               "--scheduler for a local cluster") from exc
        if self.spec.preload:
            try:
                self.client.register_plugin(KGPipeline(self.model))
            except KGError as exc:
                self.close()
                reason = getattr(exc, "message", str(exc))
                raise ModelError(f"a Dask worker could not load the pipeline: {reason}",
                                 hint="install the model on every worker, or set "
                                      "KG_SPACY_MODEL to one they have") from exc
        self.finished = as_completed(loop=self.client.loop)
        log.info("extracting on %s (%s)", where, self.client.dashboard_link
                 if self.cluster is None else f"{self.workers} local workers")

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    # ------------------------------------------------------------------- shards
    def capacity(self) -> int:
        """Shards to keep in flight: two per worker thread, so none waits for work.
        Asked of the scheduler every few seconds: a cluster may grow or shrink."""
        self.start()
        now = time.monotonic()
        if now - self._asked > 5:
            self._threads, self._asked = sum(self.client.nthreads().values()), now
        return max(2, 2 * self._threads)

    def submit(self, articles: list[Article]) -> Any:
        self.start()
        fut = self.client.submit(self.spec.task, articles, self.model, self.min_confidence,
                                 pure=False)
        self.finished.add(fut)
        return fut

    def next_done(self, pending: list[Any]) -> Any:
        """The first of the shards in flight to finish (they are all in ``finished``)."""
        return next(self.finished)

    def results(self, fut: Future, size: int) -> Results:
        """The shard's results; a shard that killed its workers fails alone."""
        from distributed.scheduler import KilledWorker

        try:
            return list(fut.result())
        except KilledWorker as exc:
            return [(None, f"extraction killed {exc.allowed_failures + 1} Dask workers in turn "
                           "(out of memory?); retried on the next run")] * size
        except (OSError, asyncio.CancelledError) as exc:
            raise KGError(f"lost the Dask cluster at {self.spec.describe()} ({exc!r})",
                          hint="finished articles are kept; run again to do the rest") from exc
        finally:
            fut.release()
