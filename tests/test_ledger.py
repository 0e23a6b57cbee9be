"""The ledger on its own: an older file gains the new column; errors are one line."""

from __future__ import annotations

import sqlite3

import pytest

from kg.ledger import Ledger, LedgerError

OLD_ARTICLES = """
CREATE TABLE articles (
  target TEXT NOT NULL, key TEXT NOT NULL, ref TEXT NOT NULL, content_hash TEXT NOT NULL,
  status TEXT NOT NULL, facts INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0, error TEXT,
  run_id INTEGER, updated REAL NOT NULL,
  PRIMARY KEY (target, key)
);
INSERT INTO articles VALUES ('rdf:/x', 'a1', 'a1.txt', 'h1', 'done', 3, 0, NULL, 1, 0);
"""


def test_a_ledger_from_before_the_written_column_still_opens(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(OLD_ARTICLES)
    with Ledger(path) as ledger:
        assert ledger.hashes("rdf:/x", ["a1"]) == {"a1": ("h1", "done", None)}
        assert ledger.done("rdf:/x") == {"a1": None}
        ledger.mark_done("rdf:/x", 2, [("a1", "a1.txt", "h2", 1, [], "sha")])
        assert ledger.hashes("rdf:/x", ["a1"]) == {"a1": ("h2", "done", "sha")}


def test_a_sound_ledger_checks_clean(tmp_path):
    with Ledger(tmp_path / "l.sqlite") as ledger:
        assert ledger.check() == [] and ledger.check(quick=True) == []


def test_not_a_database_is_a_ledger_error_with_the_way_out(tmp_path):
    path = tmp_path / "l.sqlite"
    path.write_bytes(b"not a database at all " * 200)
    with pytest.raises(LedgerError) as err:
        Ledger(path)
    assert "\n" not in err.value.message and "damaged" in err.value.message
    assert "kg status --check" in (err.value.hint or "")


def test_damage_is_found_and_told_in_single_lines(tmp_path):
    path = tmp_path / "l.sqlite"
    with Ledger(path) as ledger:
        ledger.mark_done("rdf:/x", 1, [(f"a{i}", f"a{i}.txt", "h" * 40, 1, [], "w" * 40)
                                       for i in range(2000)])
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[-page:] = b"\x00" * page  # the last page overwritten
    path.write_bytes(bytes(data))
    with Ledger(path) as ledger:
        try:
            problems = ledger.check(quick=True)
        except LedgerError as exc:  # SQLite may refuse to read it at all
            problems = [exc.message]
        assert problems and all("\n" not in p for p in problems)
        with pytest.raises(LedgerError) as err:
            ledger.start_run("rdf:/x", [])
    assert "\n" not in err.value.message and "damaged" in err.value.message


def test_a_small_ledger_with_its_last_page_lost_is_told_in_one_line(tmp_path):
    path = tmp_path / "l.sqlite"
    with Ledger(path) as ledger:
        ledger.mark_done("rdf:/x", 1, [(f"a{i}", f"a{i}.txt", "h" * 40, 1, [], None)
                                       for i in range(300)])
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[-page:] = b"\x00" * page
    path.write_bytes(bytes(data))
    with Ledger(path) as ledger, pytest.raises(LedgerError) as err:
        ledger.start_run("rdf:/x", [])
    assert "\n" not in err.value.message and "damaged" in err.value.message


def test_what_sqlite_reports_over_several_lines_is_told_in_one(tmp_path):
    class Reporting:  # PRAGMA quick_check's report of a lost last page, as SQLite gives it
        def __init__(self, db):
            self._db = db

        def execute(self, sql, *args):
            if "quick_check" in sql:
                return [("*** in database main ***\nPage 17: btreeInitPage() returns error "
                         "code 11",)]
            return self._db.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._db, name)

    ledger = Ledger(tmp_path / "l.sqlite")
    ledger.db = Reporting(ledger.db)
    with pytest.raises(LedgerError) as err:
        ledger.start_run("rdf:/x", [])
    ledger.close()
    assert err.value.message.endswith(
        "damaged (*** in database main *** Page 17: btreeInitPage() returns error code 11)")
