"""kg ingest --dask: extraction on a real Dask LocalCluster, writing from the client alone.

Most tests swap the model for a stub task (an article with no facts, after a
short sleep) so that killing a worker or the client mid-run is quick and
certain to land mid-run; one test runs the real pipeline on three short texts
and checks that the graph is the plain run's.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402

from kg.cli import cli  # noqa: E402
from kg.distributed import DaskSpec  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.ledger import Ledger  # noqa: E402
from kg.loaders.rdfdir import read_dir  # noqa: E402
from kg.model import ArticleFacts  # noqa: E402
from kg.validate import Report  # noqa: E402

TOWNS = ["Arvel", "Brisk", "Calder", "Dunmore", "Eskby", "Farrow", "Galt", "Hollin", "Ivers",
         "Jarrow", "Kestle", "Lornby", "Marrow", "Nethy", "Orran", "Pell", "Quarry", "Rusk",
         "Selby", "Tarn"]


def stub_shard(articles, model, min_confidence, delay=0.0):
    """A worker's task without the model: each article comes back with no facts."""
    time.sleep(delay * len(articles))
    return [(Report(accepted=ArticleFacts(article=a)), None) for a in articles]


def write_wire(path: Path, n: int) -> Path:
    """n short articles, one JSON line each."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            town = TOWNS[i % len(TOWNS)]
            fh.write(json.dumps({
                "id": f"wire-{i:03d}", "published": f"2026-04-{1 + i % 28:02d}",
                "text": f"The council of {town} met on Monday, meeting {i}, and agreed to "
                        f"repair the bridge at {town} before the winter."}) + "\n")
    return path


def quads(folder: Path) -> set:
    return set(read_dir(folder).quads((None, None, None, None)))


def done(ledger: Path) -> int:
    if not ledger.exists():
        return 0
    try:
        with sqlite3.connect(ledger, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles WHERE status='done'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, as `kg ingest --dask -j 2` starts them."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as c:
        yield c


@pytest.fixture
def plain(tmp_path, monkeypatch):
    """The same stub run in this process, no Dask: the graph to match."""

    def run(src: Path, name: str = "plain") -> Path:
        with monkeypatch.context() as m:
            m.setattr("kg.ingest.process_chunk",
                      lambda articles, min_confidence, nlp=None: stub_shard(articles, "", 0))
            m.setattr("kg.ingest.Extractor.start", lambda self: None)
            with Ledger(tmp_path / f"{name}.sqlite") as book:
                s = ingest([str(src)], f"rdf:{tmp_path / name}", ledger=book, chunk_size=2)
        assert s.failed == 0, s.errors
        return tmp_path / name

    return run


def spec(cluster, delay: float = 0.0) -> DaskSpec:
    return DaskSpec(cluster.scheduler_address, functools.partial(stub_shard, delay=delay),
                    preload=False)


def test_a_dask_run_writes_the_plain_runs_graph_and_the_ledger(tmp_path, cluster, plain):
    src = write_wire(tmp_path / "wire.jsonl", 12)
    out = tmp_path / "dask"
    with Ledger(tmp_path / "d.sqlite") as book:
        s = ingest([str(src)], f"rdf:{out}", ledger=book, dask=spec(cluster), chunk_size=2)
        assert (s.new, s.failed, s.status) == (12, 0, "ok")
        again = ingest([str(src)], f"rdf:{out}", ledger=book, dask=spec(cluster), chunk_size=2)
        assert (again.new, again.unchanged) == (0, 12)
    assert quads(out) == quads(plain(src))


def test_a_worker_killed_mid_run_loses_nothing(tmp_path, cluster, plain):
    src = write_wire(tmp_path / "wire.jsonl", 20)
    out = tmp_path / "dask"
    with distributed.Client(cluster) as watcher:
        pids = watcher.run(os.getpid)
    killed: list[int] = []

    def kill_one(summary):
        if summary.new and not killed:  # the first shard is written; the rest are in flight
            killed.append(next(iter(pids.values())))
            os.kill(killed[0], signal.SIGKILL)

    with Ledger(tmp_path / "d.sqlite") as book:
        s = ingest([str(src)], f"rdf:{out}", ledger=book, dask=spec(cluster, delay=0.15),
                   chunk_size=2, on_progress=kill_one)
        assert killed and (s.new, s.failed) == (20, 0), s.errors
        assert ingest([str(src)], f"rdf:{out}", ledger=book,
                      dask=spec(cluster)).unchanged == 20
    assert quads(out) == quads(plain(src))
    with distributed.Client(cluster) as watcher:
        watcher.wait_for_workers(2, timeout=60)
        assert killed[0] not in watcher.run(os.getpid).values()  # the nanny started another


CLIENT = textwrap.dedent("""
    import functools, sys
    sys.path.insert(0, {tests!r})
    from test_dask import stub_shard
    from kg.distributed import DaskSpec
    from kg.ingest import ingest
    from kg.ledger import Ledger

    spec = DaskSpec({address!r}, functools.partial(stub_shard, delay=0.1), preload=False)
    with Ledger({ledger!r}) as book:
        ingest([{src!r}], {target!r}, ledger=book, dask=spec, chunk_size=2)
""")


@pytest.mark.slow
def test_the_client_killed_mid_run_then_rerun_gives_the_uninterrupted_graph(
        tmp_path, cluster, plain):
    src = write_wire(tmp_path / "wire.jsonl", 20)
    out, ledger = tmp_path / "dask", tmp_path / "d.sqlite"
    code = CLIENT.format(tests=str(Path(__file__).parent), address=cluster.scheduler_address,
                         ledger=str(ledger), src=str(src), target=f"rdf:{out}")
    with (tmp_path / "client.log").open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-c", code], stderr=log)
    deadline = time.monotonic() + 60
    while done(ledger) < 4:
        assert proc.poll() is None, (tmp_path / "client.log").read_text()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = done(ledger)
    assert 4 <= partial < 20, "the run finished before it was killed"

    with Ledger(ledger) as book:
        rerun = ingest([str(src)], f"rdf:{out}", ledger=book, dask=spec(cluster), chunk_size=2)
        assert (rerun.new, rerun.unchanged, rerun.failed) == (20 - partial, partial, 0)
        assert [r["status"] for r in book.runs()] == ["ok", "interrupted"]
    assert quads(out) == quads(plain(src))


def test_an_unreachable_scheduler_is_one_line_with_the_way_out(tmp_path):
    import dask

    src = write_wire(tmp_path / "wire.jsonl", 1)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        r = CliRunner().invoke(cli, ["ingest", str(src), "--to", f"rdf:{tmp_path / 'out'}",
                                     "--ledger", str(tmp_path / "l.sqlite"),
                                     "--scheduler", "tcp://127.0.0.1:9"])
    assert r.exit_code == 1, r.output
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.stderr
    assert "hint:" in r.stderr


TEXTS = [
    "Foreign Minister Edda Varkonyi of Hungary met her Chilean counterpart in Santiago on "
    "Tuesday. Varkonyi said the two countries would sign a trade agreement in May.",
    "Kenya and Norway agreed on Wednesday to extend their fishing agreement for five years, "
    "Kenyan Prime Minister Joel Mutiso told reporters in Nairobi.",
    "President Ilse Brandvold of Norway will visit Poland next week, her office said on "
    "Friday. Polish officials said they expected talks on energy.",
]


@pytest.mark.model
@pytest.mark.slow
def test_the_real_pipeline_on_two_workers_writes_the_plain_graph(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i, text in enumerate(TEXTS):
        (src / f"note-{i}.txt").write_text(text, encoding="utf-8")
        meta = {"published": f"2026-05-{4 + i:02d}"}
        (src / f"note-{i}.meta.json").write_text(json.dumps(meta))
    runs = {}
    for name, extra in (("plain", []), ("dask", ["--dask", "-j", "2", "--batch-size", "1"])):
        r = CliRunner().invoke(cli, ["ingest", str(src), "--to", f"rdf:{tmp_path / name}",
                                     "--ledger", str(tmp_path / f"{name}.sqlite"), *extra],
                               catch_exceptions=False)
        assert r.exit_code == 0, r.stderr
        assert "3 new" in r.stderr
        runs[name] = quads(tmp_path / name)
    assert runs["dask"] == runs["plain"]
    assert len(runs["plain"]) > 3 * 10  # facts, not just the articles
