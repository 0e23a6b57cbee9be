"""The ingestion ledger: what was ingested where, run by run (SQLite).

Tables
  runs       one row per ingest run: target, sources, schedule, status
             (running/ok/partial/failed/interrupted), counts, seconds, error
  articles   one row per (target, article key): content hash, status (done/failed),
             facts, rejected, error, the run that wrote it, where it came from
  rejects    facts that failed validation, with their reasons (kept aside)
  schedules  named ingest jobs for ``kg schedule``

An article is marked done only after its target has committed its facts,
so a run killed at any point leaves, at worst, articles that are written but
not marked: the next run writes them again, which every target treats as a
replace. The ledger lives at ``$KG_LEDGER``, else
``$XDG_STATE_HOME/kg/ledger.sqlite`` (``~/.local/state/kg/ledger.sqlite``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started REAL NOT NULL, finished REAL, status TEXT NOT NULL, pid INTEGER,
  target TEXT NOT NULL, sources TEXT NOT NULL, schedule TEXT,
  new INTEGER DEFAULT 0, unchanged INTEGER DEFAULT 0, changed INTEGER DEFAULT 0,
  failed INTEGER DEFAULT 0, facts INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0,
  seconds REAL, error TEXT
);
CREATE TABLE IF NOT EXISTS articles (
  target TEXT NOT NULL, key TEXT NOT NULL, ref TEXT NOT NULL, content_hash TEXT NOT NULL,
  status TEXT NOT NULL, facts INTEGER DEFAULT 0, rejected INTEGER DEFAULT 0, error TEXT,
  run_id INTEGER, updated REAL NOT NULL,
  PRIMARY KEY (target, key)
);
CREATE INDEX IF NOT EXISTS articles_status ON articles (target, status);
CREATE TABLE IF NOT EXISTS rejects (
  target TEXT NOT NULL, key TEXT NOT NULL, run_id INTEGER, section TEXT NOT NULL,
  fact TEXT NOT NULL, reasons TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rejects_key ON rejects (target, key);
CREATE TABLE IF NOT EXISTS schedules (
  name TEXT PRIMARY KEY, every_seconds INTEGER, cron TEXT, sources TEXT NOT NULL,
  target TEXT NOT NULL, options TEXT NOT NULL, created REAL NOT NULL
);
"""


def default_path() -> Path:
    env = os.environ.get("KG_LEDGER")
    if env:
        return Path(env)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "kg" / "ledger.sqlite"


@dataclass(frozen=True)
class Schedule:
    name: str
    every_seconds: int | None
    cron: str | None
    sources: tuple[str, ...]
    target: str
    options: dict[str, Any]

    @property
    def when(self) -> str:
        if self.cron:
            return f"cron {self.cron}"
        s = self.every_seconds or 0
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
            if s % size == 0:
                return f"every {s // size}{unit}"
        return f"every {s}s"


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Ledger:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise KGError(f"{self.path}: cannot use the ledger ({exc})",
                          hint="move the file away to start a new ledger") from exc
        self.db.row_factory = sqlite3.Row

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- runs
    def start_run(self, target: str, sources: Iterable[str], schedule: str | None = None) -> int:
        self.mark_interrupted()
        cur = self.db.execute(
            "INSERT INTO runs (started, status, pid, target, sources, schedule) "
            "VALUES (?, 'running', ?, ?, ?, ?)",
            (time.time(), os.getpid(), target, json.dumps(list(sources)), schedule))
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def finish_run(self, run_id: int, status: str, counts: dict[str, int], seconds: float,
                   error: str | None = None) -> None:
        cols = ("new", "unchanged", "changed", "failed", "facts", "rejected")
        self.db.execute(
            f"UPDATE runs SET finished=?, status=?, seconds=?, error=?, "
            f"{', '.join(f'{c}=?' for c in cols)} WHERE id=?",
            (time.time(), status, seconds, error, *(counts.get(c, 0) for c in cols), run_id))

    def mark_interrupted(self) -> None:
        """Runs still 'running' whose process is gone were killed: say so."""
        rows = self.db.execute("SELECT id, pid FROM runs WHERE status='running'").fetchall()
        for r in rows:
            if not _pid_alive(r["pid"]):
                self.db.execute("UPDATE runs SET status='interrupted' WHERE id=?", (r["id"],))

    def runs(self, limit: int = 10) -> list[sqlite3.Row]:
        self.mark_interrupted()
        return self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()

    # ---------------------------------------------------------------- articles
    def hashes(self, target: str, keys: list[str]) -> dict[str, tuple[str, str]]:
        """key → (content_hash, status) for the keys the ledger knows."""
        out: dict[str, tuple[str, str]] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self.db.execute(
                f"SELECT key, content_hash, status FROM articles WHERE target=? "
                f"AND key IN ({','.join('?' * len(part))})", (target, *part))
            out.update({r["key"]: (r["content_hash"], r["status"]) for r in rows})
        return out

    def mark_done(self, target: str, run_id: int,
                  rows: list[tuple[str, str, str, int, list[dict[str, Any]]]]) -> None:
        """rows: (key, ref, content_hash, facts, rejections) — in one transaction."""
        now = time.time()
        with self._tx():
            for key, ref, chash, facts, rejections in rows:
                self.db.execute(
                    "INSERT OR REPLACE INTO articles (target, key, ref, content_hash, status, "
                    "facts, rejected, error, run_id, updated) VALUES (?,?,?,?, 'done', ?,?, NULL,?,?)",
                    (target, key, ref, chash, facts, len(rejections), run_id, now))
                self.db.execute("DELETE FROM rejects WHERE target=? AND key=?", (target, key))
                self.db.executemany(
                    "INSERT INTO rejects (target, key, run_id, section, fact, reasons) "
                    "VALUES (?,?,?,?,?,?)",
                    [(target, key, run_id, r["section"], json.dumps(r["fact"], ensure_ascii=False),
                      json.dumps(r["reasons"], ensure_ascii=False)) for r in rejections])

    def mark_failed(self, target: str, run_id: int, key: str, ref: str, chash: str,
                    error: str) -> None:
        """A failed input is kept aside: its row says why, and the next run retries it.
        An article that was ingested before keeps its facts and its 'done' row."""
        with self._tx():
            row = self.db.execute("SELECT status FROM articles WHERE target=? AND key=?",
                                  (target, key)).fetchone()
            if row is not None and row["status"] == "done":
                self.db.execute(
                    "UPDATE articles SET error=?, run_id=?, updated=? WHERE target=? AND key=?",
                    (error, run_id, time.time(), target, key))
                return
            self.db.execute(
                "INSERT OR REPLACE INTO articles (target, key, ref, content_hash, status, "
                "error, run_id, updated) VALUES (?,?,?,?, 'failed', ?,?,?)",
                (target, key, ref, chash, error, run_id, time.time()))

    def failed(self, target: str | None = None) -> list[sqlite3.Row]:
        sql = "SELECT * FROM articles WHERE (status='failed' OR error IS NOT NULL)"
        args: tuple[Any, ...] = ()
        if target:
            sql += " AND target=?"
            args = (target,)
        return self.db.execute(sql + " ORDER BY updated", args).fetchall()

    def totals(self) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT target, SUM(status='done') AS done, SUM(status='failed') AS failed, "
            "SUM(facts) AS facts, SUM(rejected) AS rejected FROM articles GROUP BY target "
            "ORDER BY target").fetchall()

    # ---------------------------------------------------------------- schedules
    def add_schedule(self, s: Schedule, replace: bool = False) -> None:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        try:
            self.db.execute(
                f"{verb} INTO schedules (name, every_seconds, cron, sources, target, options, "
                "created) VALUES (?,?,?,?,?,?,?)",
                (s.name, s.every_seconds, s.cron, json.dumps(list(s.sources)), s.target,
                 json.dumps(s.options), time.time()))
        except sqlite3.IntegrityError as exc:
            raise KGError(f"a schedule named {s.name!r} exists",
                          hint="pick another name, or pass --replace") from exc

    def remove_schedule(self, name: str) -> bool:
        return self.db.execute("DELETE FROM schedules WHERE name=?", (name,)).rowcount > 0

    def schedules(self) -> list[Schedule]:
        return [Schedule(r["name"], r["every_seconds"], r["cron"], tuple(json.loads(r["sources"])),
                         r["target"], json.loads(r["options"]))
                for r in self.db.execute("SELECT * FROM schedules ORDER BY name")]

    def last_run(self, schedule: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM runs WHERE schedule=? ORDER BY id DESC LIMIT 1",
                               (schedule,)).fetchone()

    # ---------------------------------------------------------------- helpers
    def _tx(self) -> _Tx:
        return _Tx(self.db)


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
