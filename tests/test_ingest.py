"""kg ingest: the ledger's skip/replace logic, bad inputs, the lock, kill -9 resume, schedules."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from kg.loaders.rdfdir import read_dir
from texts import article

from kg.cli import cli
from kg.ingest import TargetLock, ingest, normalize_target
from kg.ledger import Ledger

pytestmark = pytest.mark.model


def write_articles(folder: Path, indices, edit: dict[int, str] | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in indices:
        text, published = article(i)
        if edit and i in edit:
            text = edit[i]
        (folder / f"art-{i:03d}.txt").write_text(text, encoding="utf-8")
        (folder / f"art-{i:03d}.meta.json").write_text(json.dumps({"published": published}))


def quads(folder: Path) -> set:
    return set(read_dir(folder).quads((None, None, None, None)))


def run_cli(*args: str, env: dict[str, str] | None = None):
    runner = CliRunner()
    return runner.invoke(cli, list(args), env=env, catch_exceptions=False)


# ------------------------------------------------------------- skip and replace
def test_unchanged_articles_are_skipped_and_a_changed_one_replaced(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write_articles(src, range(4))
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        first = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (first.new, first.unchanged, first.changed, first.failed) == (4, 0, 0, 0)
        assert first.facts > 0 and sorted(p.name for p in out.glob("*.trig")) == [
            f"art-{i:03d}.trig" for i in range(4)]
        before = {p.name: p.read_bytes() for p in out.glob("*.trig")}

        again = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (again.new, again.unchanged, again.changed, again.facts) == (0, 4, 0, 0)
        assert {p.name: p.read_bytes() for p in out.glob("*.trig")} == before

        new_text = article(1)[0].replace(article(1)[0].split()[0], "Uruguay", 1)
        new_text = new_text.replace("Foreign Minister Tomas", "Trade Minister Tomas")
        (src / "art-001.txt").write_text(new_text + "\nUruguay said the talks were useful.\n",
                                         encoding="utf-8")
        third = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (third.new, third.unchanged, third.changed) == (0, 3, 1)
        after = {p.name: p.read_bytes() for p in out.glob("*.trig")}
        assert [n for n in after if after[n] != before[n]] == ["art-001.trig"]
        assert b"Uruguay" in after["art-001.trig"] and b"Uruguay" not in before["art-001.trig"]

        forced = ingest([str(src)], f"rdf:{out}", ledger=ledger, force=True)
        assert forced.changed == 4
        runs = ledger.runs()
        assert [r["status"] for r in runs] == ["ok"] * 4
        assert runs[0]["changed"] == 4 and runs[3]["new"] == 4


def test_each_target_keeps_its_own_ledger_rows(tmp_path):
    src = tmp_path / "src"
    write_articles(src, range(2))
    with Ledger(tmp_path / "l.sqlite") as ledger:
        assert ingest([str(src)], f"rdf:{tmp_path / 'a'}", ledger=ledger).new == 2
        assert ingest([str(src)], f"rdf:{tmp_path / 'b'}", ledger=ledger).new == 2
        assert ingest([str(src)], f"rdf:{tmp_path / 'a'}", ledger=ledger).unchanged == 2


# ------------------------------------------------------------------- bad input
def test_bad_inputs_are_one_line_each_counted_and_retried(tmp_path):
    src, out, ledger = tmp_path / "src", tmp_path / "out", tmp_path / "l.sqlite"
    write_articles(src, range(3))
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (src / "latin.txt").write_bytes("Die Gespräche über die Grenze".encode("latin-1"))
    (src / "huge.txt").write_bytes(b"talks " * (20 * 1024 * 1024 // 6))
    (src / "german.txt").write_text(
        "Die Außenminister der beiden Länder haben sich am Montag in Berlin getroffen und "
        "über die Lage an der Grenze gesprochen. Sie wollen die Gespräche im nächsten Monat "
        "fortsetzen, sagte ein Sprecher der Regierung.", encoding="utf-8")
    (src / "cut.html").write_text("<!DOCTYPE html><html><head><title>T</title></head><body>"
                                  "<article><p>" + article(5)[0][:200], encoding="utf-8")
    (src / "wire.jsonl").write_text(
        json.dumps({"id": "wire-ok", "text": article(6)[0]}) + "\n"
        + '{"id": "wire-broken", "text": "half a line\n', encoding="utf-8")
    result = run_cli("ingest", str(src), "--to", f"rdf:{out}", "--ledger", str(ledger))
    assert result.exit_code == 1  # some inputs failed, the rest were ingested
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("kg: ")]
    reasons = {"empty.txt": "empty", "binary.txt": "binary", "latin.txt": "not UTF-8",
               "huge.txt": "too large", "german.txt": "English", "cut.html": "truncated HTML",
               "wire.jsonl:2": "broken JSON"}
    for name, reason in reasons.items():
        matching = [ln for ln in lines if f"{src}/{name}:" in ln]
        assert len(matching) == 1 and reason in matching[0], (name, lines)
    assert "4 new, 0 unchanged, 0 changed, 7 failed" in result.stderr
    assert sorted(p.stem for p in out.glob("*.trig")) == [
        "art-000", "art-001", "art-002", "wire-ok"]

    with Ledger(ledger) as book:
        failed = book.failed()
        assert len(failed) == 7 and all(r["status"] == "failed" for r in failed)
    # fix one input: the next run picks it up, skips the rest, retries the still-bad
    (src / "empty.txt").write_text(article(7)[0], encoding="utf-8")
    again = run_cli("ingest", str(src), "--to", f"rdf:{out}", "--ledger", str(ledger))
    assert again.exit_code == 1
    assert "1 new, 4 unchanged, 0 changed, 6 failed" in again.stderr
    status = run_cli("status", "--failed", "--ledger", str(ledger))
    assert "(6 failed inputs)" in status.output


def test_a_broken_new_version_keeps_the_old_facts(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    write_articles(src, range(2))
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ingest([str(src)], f"rdf:{out}", ledger=ledger)
        kept = (out / "art-001.trig").read_bytes()
        (src / "art-001.txt").write_bytes(b"\xff\xfe broken")
        s = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (s.unchanged, s.failed) == (1, 1)
        assert (out / "art-001.trig").read_bytes() == kept
        row = ledger.db.execute("SELECT status, error FROM articles WHERE key='art-001'").fetchone()
        assert row["status"] == "done" and "not UTF-8" in row["error"]


# ------------------------------------------------------------------------ the lock
def test_a_second_run_is_refused_or_waits(tmp_path):
    src, out, ledger = tmp_path / "src", tmp_path / "out", tmp_path / "l.sqlite"
    write_articles(src, range(1))
    lock = TargetLock(normalize_target(f"rdf:{out}"))
    lock.acquire(wait=False)
    try:
        refused = run_cli("ingest", str(src), "--to", f"rdf:{out}", "--ledger", str(ledger))
        assert refused.exit_code == 3
        assert f"another kg ingest is writing to rdf:{out}" in refused.stderr
        assert f"pid {os.getpid()}" in refused.stderr
        assert not out.exists() or not list(out.glob("*.trig"))
        waiter = subprocess.Popen(
            [sys.executable, "-m", "kg", "ingest", str(src), "--to", f"rdf:{out}", "--wait",
             "--ledger", str(ledger)], stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert waiter.poll() is None  # still waiting for the lock
    finally:
        lock.release()
    _, err = waiter.communicate(timeout=120)
    assert waiter.returncode == 0, err
    assert "1 new" in err


# --------------------------------------------------------------- kill -9, resume
def _done(ledger: Path) -> int:
    if not ledger.exists():
        return 0
    try:
        with sqlite3.connect(ledger, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles WHERE status='done'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def kill_mid_run(cmd: list[str], ledger: Path, at_least: int, total: int) -> None:
    log = ledger.with_suffix(".log")
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + 180
    while _done(ledger) < at_least:
        assert proc.poll() is None, log.read_text()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert _done(ledger) < total, "the run finished before it was killed"


def ingest_cmd(src: Path, target: str, ledger: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "ingest", str(src), "--to", target, "--ledger",
            str(ledger), "--batch-size", "2"]


@pytest.mark.slow
def test_kill_9_then_rerun_gives_the_uninterrupted_rdf(tmp_path):
    src = tmp_path / "src"
    write_articles(src, range(24))
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    l1, l2 = tmp_path / "l1.sqlite", tmp_path / "l2.sqlite"
    kill_mid_run(ingest_cmd(src, f"rdf:{killed}", l1), l1, at_least=4, total=24)
    partial = len(list(killed.glob("*.trig")))
    assert 4 <= partial < 24
    rerun = subprocess.run(ingest_cmd(src, f"rdf:{killed}", l1), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{24 - _done_before(rerun.stderr)} new" in rerun.stderr
    subprocess.run(ingest_cmd(src, f"rdf:{clean}", l2), check=True, capture_output=True)
    assert sorted(p.name for p in killed.iterdir()) == sorted(p.name for p in clean.iterdir())
    assert quads(killed) == quads(clean)
    with Ledger(l1) as book:
        assert [r["status"] for r in book.runs()] == ["ok", "interrupted"]


def _done_before(stderr: str) -> int:
    """How many the resumed run found unchanged (done before the kill)."""
    import re

    return int(re.search(r"(\d+) unchanged", stderr).group(1))


def snapshot(driver) -> tuple[list, list]:
    nodes = driver.execute_query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p").records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN coalesce(a.iri, a.id) AS a, type(r) AS t, "
        "coalesce(b.iri, b.id) AS b, properties(r) AS p").records
    return (sorted(json.dumps([sorted(r["l"]), r["p"]], sort_keys=True) for r in nodes),
            sorted(json.dumps([r["a"], r["t"], r["b"], r["p"]], sort_keys=True) for r in rels))


@pytest.mark.slow
@pytest.mark.neo4j
def test_kill_9_then_rerun_gives_the_uninterrupted_neo4j_graph(tmp_path, neo4j_uri,
                                                                neo4j_driver):
    src = tmp_path / "src"
    write_articles(src, range(24))
    l1, l2 = tmp_path / "l1.sqlite", tmp_path / "l2.sqlite"
    target = f"neo4j:{neo4j_uri}"
    kill_mid_run(ingest_cmd(src, target, l1), l1, at_least=4, total=24)
    rerun = subprocess.run(ingest_cmd(src, target, l1), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    resumed = snapshot(neo4j_driver)
    arts = neo4j_driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"]
    assert arts == 24

    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    clean = subprocess.run(ingest_cmd(src, target, l2), capture_output=True, text=True)
    assert clean.returncode == 0, clean.stderr
    assert snapshot(neo4j_driver) == resumed


@pytest.mark.neo4j
def test_neo4j_changed_article_is_replaced_and_unchanged_skipped(tmp_path, neo4j_uri,
                                                                 neo4j_driver):
    src = tmp_path / "src"
    write_articles(src, range(3))
    target = f"neo4j:{neo4j_uri}"
    with Ledger(tmp_path / "l.sqlite") as ledger:
        assert ingest([str(src)], target, ledger=ledger).new == 3
        first = snapshot(neo4j_driver)
        assert ingest([str(src)], target, ledger=ledger).unchanged == 3
        assert snapshot(neo4j_driver) == first
        old_speaker = article(2)[0].split("said after")[0].split()[-1]
        text = article(2)[0].replace(old_speaker, "Okonkwo")
        (src / "art-002.txt").write_text(text, encoding="utf-8")
        s = ingest([str(src)], target, ledger=ledger)
        assert (s.changed, s.unchanged) == (1, 2)
    names = {r["n"] for r in neo4j_driver.execute_query(
        "MATCH (a:Actor)-[:MENTIONED_IN]->(:Article {id: 'art-002'}) RETURN a.name AS n").records}
    assert names and any("Okonkwo" in n for n in names)
    assert not any(old_speaker in n for n in names)


@pytest.mark.slow
def test_two_workers_write_the_same_graph_as_one(tmp_path):
    src = tmp_path / "src"
    write_articles(src, range(10))
    one = run_cli("ingest", str(src), "--to", f"rdf:{tmp_path / 'one'}",
                  "--ledger", str(tmp_path / "l1.sqlite"))
    two = run_cli("ingest", str(src), "--to", f"rdf:{tmp_path / 'two'}", "-j", "2",
                  "--ledger", str(tmp_path / "l2.sqlite"))
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert quads(tmp_path / "one") == quads(tmp_path / "two")


# ---------------------------------------------------------------------- schedules
def test_schedule_add_list_remove(tmp_path):
    ledger = str(tmp_path / "l.sqlite")
    src = tmp_path / "src"
    write_articles(src, range(1))
    ok = run_cli("schedule", "add", "hourly", "--every", "1h", "--source", str(src),
                 "--to", f"rdf:{tmp_path / 'out'}", "--ledger", ledger)
    assert ok.exit_code == 0, ok.output
    cron = run_cli("schedule", "add", "nightly", "--cron", "0 3 * * *", "--source", str(src),
                   "--to", "neo4j", "--ledger", ledger)
    assert cron.exit_code == 0, cron.output
    dup = CliRunner().invoke(cli, ["schedule", "add", "hourly", "--every", "2h", "--source",
                                   str(src), "--to", "neo4j", "--ledger", ledger])
    assert dup.exit_code == 1 and "a schedule named 'hourly' exists" in dup.output
    bad = CliRunner().invoke(cli, ["schedule", "add", "x", "--cron", "every day", "--source",
                                   str(src), "--to", "neo4j", "--ledger", ledger])
    assert bad.exit_code == 1 and "cannot read the cron expression" in bad.output
    listing = run_cli("schedule", "list", "--ledger", ledger).output
    assert "hourly" in listing and "every 1h" in listing and "cron 0 3 * * *" in listing
    assert "never run" in listing
    assert run_cli("schedule", "remove", "nightly", "--ledger", ledger).exit_code == 0
    assert "nightly" not in run_cli("schedule", "list", "--ledger", ledger).output


@pytest.mark.slow
def test_schedule_run_ingests_and_logs_each_run(tmp_path):
    ledger = str(tmp_path / "l.sqlite")
    src, out = tmp_path / "src", tmp_path / "out"
    write_articles(src, range(2))
    run_cli("schedule", "add", "often", "--every", "2s", "--source", str(src),
            "--to", f"rdf:{out}", "--ledger", ledger)
    result = run_cli("schedule", "run", "--now", "--stop-after", "2", "--ledger", ledger)
    assert result.exit_code == 0, result.stderr
    assert "scheduler stopped after 2 runs" in result.stderr
    with Ledger(ledger) as book:
        runs = book.runs()
    assert [(r["schedule"], r["status"]) for r in runs] == [("often", "ok")] * 2
    assert (runs[1]["new"], runs[0]["unchanged"]) == (2, 2)
    status = run_cli("status", "--ledger", ledger).output
    assert "[often]" in status and "2 articles ingested" in status
