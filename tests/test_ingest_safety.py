"""Nothing lost, nothing silent (issue 12 items 1, 2, 7), without the model.

Extraction is replaced by a stub that returns an article with no facts, so
these tests exercise only what ingest adds around it: ids → file names and
IRIs, the lock on the target, the check that the target still holds what the
ledger says, and a damaged or read-only ledger.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from kg.loaders.rdfdir import read_dir

from kg import ids
from kg.cli import cli
from kg.errors import KGError
from kg.ingest import Busy, ingest
from kg.ledger import Ledger
from kg.model import ArticleFacts
from kg.validate import Report
from kg.vocab import SDO

TEXT = "The two ministers met in {} on Monday and agreed to meet again."


@pytest.fixture
def stub(monkeypatch):
    """Extraction without the model: every article comes back with no facts.
    ``stub.gate`` (an Event) holds each chunk until it is set; ``stub.entered``
    is set when a chunk is waiting at the gate."""

    class Stub:
        gate = threading.Event()
        entered = threading.Event()
        delay = 0.0

    Stub.gate.set()

    def process_chunk(articles, min_confidence, nlp=None):
        Stub.entered.set()
        Stub.gate.wait(30)
        time.sleep(Stub.delay)
        return [(Report(accepted=ArticleFacts(article=a)), None) for a in articles]

    monkeypatch.setattr("kg.ingest.process_chunk", process_chunk)
    monkeypatch.setattr("kg.ingest.Extractor.start", lambda self: None)
    return Stub


def graph_ids(ds) -> set[str]:
    return {str(g.identifier) for g in ds.graphs() if len(g)}


def article_ids(ds) -> set[str]:
    return {str(o) for _, _, o, _ in ds.quads((None, SDO.identifier, None, None))}


# ------------------------------------------------------------------ 1. ids
HOSTILE = ["Report 1", "report-1", "REPORT_1", "2025.03.19", "2025.03.20", "Путин", "日本",
           "a/readout", "b/readout", "article", "x" * 300, "x" * 301, "-", "--", "a--b"]


def test_distinct_ids_get_distinct_file_names_and_iris():
    names = [ids.article_name(i) for i in HOSTILE]
    assert len(set(names)) == len(HOSTILE), names
    assert len({ids.article_iri(i) for i in HOSTILE}) == len(HOSTILE)
    assert len({ids.graph_iri(i) for i in HOSTILE}) == len(HOSTILE)
    for n in names:
        assert n and len(n) <= 120 and all(c.isascii() and (c.isalnum() or c == "-") for c in n)
        assert n == n.lower()


def test_an_id_that_is_already_a_slug_keeps_its_name():
    assert ids.article_name("art-001") == "art-001"
    assert str(ids.article_iri("art-001")).endswith("/article/art-001")
    assert ids.article_name("Report 1").startswith("report-1-")


def hostile_folder(src: Path) -> list[str]:
    """Files whose names slug alike; returns the ids they should get."""
    names = ["Report 1.txt", "report-1.txt", "REPORT_1.txt", "2025.03.19.txt", "2025.03.20.txt",
             "Путин.txt", "日本.txt", "a/readout.txt", "b/readout.txt"]
    for i, n in enumerate(names):
        (src / n).parent.mkdir(parents=True, exist_ok=True)
        (src / n).write_text(TEXT.format(f"Town{i}"), encoding="utf-8")
    return ["Report 1", "report-1", "REPORT_1", "2025.03.19", "2025.03.20", "Путин", "日本",
            "a/readout", "b/readout"]


def test_a_folder_of_clashing_names_keeps_every_article_and_converges(tmp_path, stub):
    src, out = tmp_path / "src", tmp_path / "out"
    want = hostile_folder(src)
    with Ledger(tmp_path / "l.sqlite") as ledger:
        first = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (first.new, first.failed) == (len(want), 0), first.errors
        assert len(list(out.glob("*.trig"))) == len(want)
        assert article_ids(read_dir(out)) == set(want)
        again = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (again.new, again.unchanged, again.changed) == (0, len(want), 0)


def test_clashing_names_keep_their_own_graph_in_one_file(tmp_path, stub):
    src, out = tmp_path / "src", tmp_path / "out.trig"
    want = hostile_folder(src)
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ingest([str(src)], f"rdf:{out}", ledger=ledger)
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(out, format="trig")
    assert article_ids(ds) == set(want)
    assert len(graph_ids(ds)) == len(want)


def test_json_lines_ids_are_kept_exactly(tmp_path, stub):
    src, out = tmp_path / "wire.jsonl", tmp_path / "out"
    lines = [{"id": i, "text": TEXT.format(f"Town{n}")}
             for n, i in enumerate(["Report 1", "report-1", "REPORT_1", "Путин", "日本"])]
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                   encoding="utf-8")
    with Ledger(tmp_path / "l.sqlite") as ledger:
        s = ingest([str(src)], f"rdf:{out}", ledger=ledger)
    assert (s.new, s.failed) == (5, 0)
    assert article_ids(read_dir(out)) == {x["id"] for x in lines}


def test_ids_that_are_not_valid_text_are_kept_apart_and_stored(tmp_path, stub):
    """A file name that is not UTF-8 and a JSON id with a lone surrogate were
    slugged away before; kept as given they must still reach the ledger and
    the target (as backslash escapes), and a second run must skip them."""
    import os

    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for raw in (b"caf\xe9.txt", b"caf\xe8.txt", b"bad\xff.txt"):
        with open(os.fsencode(src) + b"/" + raw, "wb") as fh:
            fh.write(b"" if raw.startswith(b"bad") else TEXT.format(raw[:4].hex()).encode())
    line = '{"id": "x\\ud800y", "text": "' + TEXT.format("Lima") + '"}\n'
    (src / "w.jsonl").write_text(line, encoding="utf-8")
    errors: list[str] = []
    with Ledger(tmp_path / "l.sqlite") as ledger:
        s = ingest([str(src)], f"rdf:{out}", ledger=ledger, on_error=errors.append)
        assert (s.new, s.failed) == (3, 1), errors
        assert article_ids(read_dir(out)) == {"caf\\xe9", "caf\\xe8", "x\\ud800y"}
        again = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (again.new, again.unchanged, again.failed) == (0, 3, 1)


def test_one_id_given_twice_with_different_texts_is_reported(tmp_path, stub):
    src, out = tmp_path / "wire.jsonl", tmp_path / "out"
    src.write_text(json.dumps({"id": "same", "text": TEXT.format("Oslo")}) + "\n"
                   + json.dumps({"id": "same", "text": TEXT.format("Lima")}) + "\n"
                   + json.dumps({"id": "same", "text": TEXT.format("Oslo")}) + "\n",
                   encoding="utf-8")
    errors: list[str] = []
    with Ledger(tmp_path / "l.sqlite") as ledger:
        s = ingest([str(src)], f"rdf:{out}", ledger=ledger, on_error=errors.append)
        assert (s.new, s.failed, s.unchanged) == (1, 1, 1)
        assert len(errors) == 1 and "'same'" in errors[0] and "wire.jsonl:1" in errors[0]
        again = ingest([str(src)], f"rdf:{out}", ledger=ledger, on_error=errors.append)
        assert (again.new, again.changed, again.unchanged, again.failed) == (0, 0, 2, 1)


def test_a_name_collision_that_remains_is_reported_not_silent(tmp_path, stub, monkeypatch):
    monkeypatch.setattr("kg.ids._digest", lambda text, n=10: "0" * n)  # force hashes to clash
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    (src / "Alpha One.txt").write_text(TEXT.format("Oslo"), encoding="utf-8")
    (src / "ALPHA_ONE.txt").write_text(TEXT.format("Lima"), encoding="utf-8")
    errors: list[str] = []
    with Ledger(tmp_path / "l.sqlite") as ledger:
        s = ingest([str(src)], f"rdf:{out}", ledger=ledger, on_error=errors.append)
    assert (s.new, s.failed) == (1, 1)
    assert len(errors) == 1 and "same name" in errors[0]
    # and across runs: the file already holds another article
    other = tmp_path / "other"
    other.mkdir()
    (other / "Alpha-One.txt").write_text(TEXT.format("Rome"), encoding="utf-8")
    with Ledger(tmp_path / "l.sqlite") as ledger:
        s = ingest([str(other)], f"rdf:{out}", ledger=ledger, on_error=errors.append)
    assert (s.new, s.failed) == (0, 1)
    assert "same name" in errors[-1]
    assert article_ids(read_dir(out)) == {"ALPHA_ONE"}


# ----------------------------------------------------------- 2. concurrency
def _write_folder(src: Path, n: int, tag: str) -> None:
    src.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (src / f"{tag}-{i:02d}.txt").write_text(TEXT.format(f"{tag.title()}{i}"),
                                                 encoding="utf-8")


@pytest.mark.parametrize("spell_a, spell_b", [("{out}.trig", "{out}.trig"),
                                              ("{out}", "{out}/"),
                                              ("{out}", "{parent}/./out")])
def test_a_run_with_its_ledger_elsewhere_is_refused_while_another_writes(
        tmp_path, stub, spell_a, spell_b):
    out = tmp_path / "out"
    a, b = tmp_path / "a", tmp_path / "b"
    _write_folder(a, 2, "alpha")
    _write_folder(b, 2, "beta")
    (tmp_path / "l1").mkdir()
    (tmp_path / "l2").mkdir()
    stub.gate.clear()
    stub.entered.clear()
    first: dict = {}

    def run_first():
        with Ledger(tmp_path / "l1" / "ledger.sqlite") as ledger:
            first["s"] = ingest([str(a)], "rdf:" + spell_a.format(out=out, parent=tmp_path),
                                ledger=ledger)

    t = threading.Thread(target=run_first)
    t.start()
    try:
        assert stub.entered.wait(10)
        with Ledger(tmp_path / "l2" / "ledger.sqlite") as ledger, pytest.raises(Busy):
            ingest([str(b)], "rdf:" + spell_b.format(out=out, parent=tmp_path), ledger=ledger)
    finally:
        stub.gate.set()
        t.join(30)
    assert first["s"].new == 2


def test_two_runs_with_separate_ledgers_into_one_file_lose_nothing(tmp_path, stub):
    out = tmp_path / "graph.trig"
    a, b = tmp_path / "a", tmp_path / "b"
    _write_folder(a, 12, "alpha")
    _write_folder(b, 12, "beta")
    stub.delay = 0.02
    done: dict = {}

    def run(src: Path, name: str) -> None:
        (tmp_path / name).mkdir()
        with Ledger(tmp_path / name / "ledger.sqlite") as ledger:
            done[name] = ingest([str(src)], f"rdf:{out}", ledger=ledger, wait=True,
                                chunk_size=2)

    threads = [threading.Thread(target=run, args=(a, "l1")),
               threading.Thread(target=run, args=(b, "l2"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert done["l1"].new == done["l2"].new == 12
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(out, format="trig")
    assert len(article_ids(ds)) == 24


def test_neo4j_uris_that_name_one_server_share_one_lock():
    from kg.loaders import canonical_target

    same = ["neo4j:bolt://localhost:7687", "neo4j:bolt://127.0.0.1", "neo4j:neo4j://LOCALHOST/",
            "neo4j:bolt://localhost:7687/", "neo4j:bolt://[::1]:7687"]
    assert len({canonical_target(t) for t in same}) == 1
    assert canonical_target("neo4j:bolt://localhost:7688") != canonical_target(same[0])
    assert canonical_target("neo4j:bolt://db.example.org") != canonical_target(same[0])


def test_rdf_spellings_of_one_path_share_one_lock(tmp_path, monkeypatch):
    from kg.loaders import canonical_target

    monkeypatch.chdir(tmp_path)
    (tmp_path / "C").mkdir()
    same = ["rdf:C", "rdf:C/", f"rdf:{tmp_path}/C", "rdf:./C//", f"rdf:{tmp_path}/x/../C"]
    assert len({canonical_target(t) for t in same}) == 1
    assert canonical_target("rdf:C.trig") != canonical_target("rdf:C")


# ----------------------------------------------- 2/7. the target is checked
def test_files_deleted_or_changed_in_the_folder_are_restored(tmp_path, stub):
    src, out = tmp_path / "src", tmp_path / "out"
    _write_folder(src, 4, "alpha")
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ingest([str(src)], f"rdf:{out}", ledger=ledger)
        before = {p.name: p.read_bytes() for p in out.glob("*.trig")}
        (out / "alpha-01.trig").unlink()
        (out / "alpha-02.trig").write_text("# emptied by someone\n", encoding="utf-8")
        s = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (s.new, s.unchanged, s.changed, s.restored) == (0, 2, 0, 2)
        assert "2 restored" in s.line()
        assert {p.name: p.read_bytes() for p in out.glob("*.trig")} == before
        again = ingest([str(src)], f"rdf:{out}", ledger=ledger)
        assert (again.unchanged, again.restored) == (4, 0)


def test_a_deleted_rdf_file_is_written_again(tmp_path, stub):
    src, out = tmp_path / "src", tmp_path / "graph.trig"
    _write_folder(src, 3, "alpha")
    with Ledger(tmp_path / "l.sqlite") as ledger:
        ingest([str(src)], f"rdf:{out}", ledger=ledger)
        out.unlink()
        s = ingest([str(src)], f"rdf:{out}", ledger=ledger)
    assert s.restored == 3
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(out, format="trig")
    assert len(article_ids(ds)) == 3


# ------------------------------------------------------------ 7. the ledger
class FailingDB:
    """A connection that fails statements matching ``when`` like a damaged file."""

    def __init__(self, db, when: str, exc: Exception) -> None:
        self._db, self._when, self._exc = db, when, exc

    def execute(self, sql, *args):
        if self._when in sql:
            raise self._exc
        return self._db.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._db, name)


def test_a_ledger_error_after_the_target_was_written_is_one_line(tmp_path, stub):
    src, out = tmp_path / "src", tmp_path / "out"
    _write_folder(src, 2, "alpha")
    ledger = Ledger(tmp_path / "l.sqlite")
    ledger.db = FailingDB(ledger.db, "INSERT OR REPLACE INTO articles",
                          sqlite3.DatabaseError("database disk image is malformed"))
    with pytest.raises(KGError) as err:
        ingest([str(src)], f"rdf:{out}", ledger=ledger)
    ledger.close()
    message = err.value.message
    assert "\n" not in message and "ledger" in message and "malformed" in message
    assert "kg status --check" in (err.value.hint or "")
    assert len(list(out.glob("*.trig"))) == 2  # the facts were written; the next run converges


def test_a_read_only_ledger_is_one_line_not_a_traceback(tmp_path, stub, monkeypatch):
    src, out, path = tmp_path / "src", tmp_path / "out", tmp_path / "l.sqlite"
    _write_folder(src, 1, "alpha")
    Ledger(path).close()
    real = sqlite3.connect

    def read_only(db, *args, **kwargs):  # root ignores file modes; ask SQLite instead
        kwargs.pop("uri", None)
        return real(f"file:{db}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr("kg.ledger.sqlite3.connect", read_only)
    result = CliRunner().invoke(cli, ["ingest", str(src), "--to", f"rdf:{out}",
                                      "--ledger", str(path)])
    assert result.exit_code == 5
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "read-only" in result.output and "Traceback" not in result.output


def _damage_last_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[-page:] = b"\x00" * page
    path.write_bytes(bytes(data))


def test_a_damaged_ledger_is_refused_with_a_way_out_not_reingested(tmp_path, stub):
    src, out, path = tmp_path / "src", tmp_path / "out", tmp_path / "l.sqlite"
    _write_folder(src, 40, "alpha")
    with Ledger(path) as ledger:
        ingest([str(src)], f"rdf:{out}", ledger=ledger)
    _damage_last_page(path)
    result = CliRunner().invoke(cli, ["ingest", str(src), "--to", f"rdf:{out}",
                                      "--ledger", str(path)])
    assert result.exit_code == 5
    assert "new" not in result.output
    assert "damaged" in result.output and "kg status --check" in result.output
    assert len(result.output.strip().splitlines()) == 2  # the message, and the hint
    check = CliRunner().invoke(cli, ["status", "--check", "--ledger", str(path)])
    assert check.exit_code == 1
    assert "damaged" in check.output and "rebuild" in check.output


# ------------------------------------------------------ Neo4j (real server)
def _spelled_otherwise(uri: str) -> str:
    """The same server under another spelling (loopback name, scheme, port)."""
    from urllib.parse import urlsplit

    u = urlsplit(uri)
    host = {"localhost": "127.0.0.1", "127.0.0.1": "localhost"}.get(u.hostname or "", u.hostname)
    scheme = "neo4j" if u.scheme == "bolt" else "bolt"
    return f"{scheme}://{host}:{u.port or 7687}/"


@pytest.mark.neo4j
def test_neo4j_runs_with_separate_ledgers_and_spellings_take_turns(tmp_path, stub, neo4j_uri,
                                                                    neo4j_driver):
    a, b = tmp_path / "a", tmp_path / "b"
    _write_folder(a, 2, "alpha")
    _write_folder(b, 2, "beta")
    stub.gate.clear()
    stub.entered.clear()
    first: dict = {}

    def run_first():
        with Ledger(tmp_path / "l1.sqlite") as ledger:
            first["s"] = ingest([str(a)], f"neo4j:{neo4j_uri}", ledger=ledger)

    t = threading.Thread(target=run_first)
    t.start()
    try:
        assert stub.entered.wait(10)
        with Ledger(tmp_path / "l2.sqlite") as ledger, pytest.raises(Busy):
            ingest([str(b)], f"neo4j:{_spelled_otherwise(neo4j_uri)}", ledger=ledger)
    finally:
        stub.gate.set()
        t.join(30)
    assert first["s"].new == 2


@pytest.mark.neo4j
def test_a_deleted_article_node_is_restored(tmp_path, stub, neo4j_uri, neo4j_driver):
    src = tmp_path / "src"
    _write_folder(src, 3, "alpha")
    target = f"neo4j:{neo4j_uri}"
    with Ledger(tmp_path / "l.sqlite") as ledger:
        assert ingest([str(src)], target, ledger=ledger).new == 3
        neo4j_driver.execute_query("MATCH (a:Article {id: 'alpha-01'}) DETACH DELETE a")
        s = ingest([str(src)], target, ledger=ledger)
        assert (s.unchanged, s.restored) == (2, 1)
        again = ingest([str(src)], target, ledger=ledger)
        assert (again.unchanged, again.restored) == (3, 0)
    n = neo4j_driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"]
    assert n == 3


@pytest.mark.neo4j
def test_status_check_finds_a_missing_article_node(tmp_path, stub, neo4j_uri, neo4j_driver):
    src, path = tmp_path / "src", tmp_path / "l.sqlite"
    _write_folder(src, 2, "alpha")
    with Ledger(path) as ledger:
        ingest([str(src)], f"neo4j:{neo4j_uri}", ledger=ledger)
    neo4j_driver.execute_query("MATCH (a:Article {id: 'alpha-00'}) DETACH DELETE a")
    check = CliRunner().invoke(cli, ["status", "--check", "--ledger", str(path)])
    assert check.exit_code == 1
    assert "1 of 2 articles are missing" in check.output and "'alpha-00'" in check.output


def test_status_check_reports_a_sound_ledger_and_missing_files(tmp_path, stub):
    src, out, path = tmp_path / "src", tmp_path / "out", tmp_path / "l.sqlite"
    _write_folder(src, 3, "alpha")
    with Ledger(path) as ledger:
        ingest([str(src)], f"rdf:{out}", ledger=ledger)
    ok = CliRunner().invoke(cli, ["status", "--check", "--ledger", str(path)])
    assert ok.exit_code == 0, ok.output
    assert f"rdf:{out}: ok (3 articles)" in ok.output
    (out / "alpha-02.trig").unlink()
    bad = CliRunner().invoke(cli, ["status", "--check", "--ledger", str(path)])
    assert bad.exit_code == 1
    assert "1 of 3 articles are missing or changed ('alpha-02')" in bad.output
    assert not (out / "alpha-02.trig").exists()  # a check writes nothing
    import shutil

    shutil.rmtree(out)
    gone = CliRunner().invoke(cli, ["status", "--check", "--ledger", str(path)])
    assert gone.exit_code == 1 and "3 of 3 articles are missing" in gone.output
    assert not out.exists()


def test_a_file_that_is_no_database_is_one_line_with_a_way_out(tmp_path):
    path = tmp_path / "l.sqlite"
    path.write_bytes(b"this is not a database " * 100)
    result = CliRunner().invoke(cli, ["status", "--ledger", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "damaged" in result.output and "kg status --check" in result.output
    check = CliRunner().invoke(cli, ["status", "--check", "--ledger", str(path)])
    assert check.exit_code == 1 and "to rebuild: mv" in check.output
