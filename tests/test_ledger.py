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
