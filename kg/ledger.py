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

Each done row also keeps what the target wrote (``written``: a file's hash for
``rdf:DIR``), so an ingest can check that the target still holds it.

A ledger that SQLite finds damaged, or cannot write, raises ``LedgerError``
with one line and the way out (``kg status --check``; or rebuild: move the file
away and run the ingest again, which writes every article again, replacing
its old facts). A new run checks the file first (``PRAGMA quick_check``), so
lost pages stop the run instead of turning into "everything is new".
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kg.article import clean_id as _t  # any str → one SQLite can store (file names, refs)
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


REBUILD_HINT = ("check it with `kg status --check`; to rebuild, move it away and run the "
                "ingest again (every article is written again, replacing its old facts)")


class LedgerError(KGError):
    """The ledger is damaged, read-only, or otherwise unusable."""


def _ledger_error(path: Path, exc: sqlite3.Error, doing: str) -> LedgerError:
    detail = " ".join(str(exc).split()) or type(exc).__name__
    if "readonly" in detail or "read-only" in detail:
        return LedgerError(f"{path}: the ledger is read-only, cannot {doing} ({detail})",
                           hint="make the file and its folder writable, or pass --ledger "
                                "with another file")
    return LedgerError(f"{path}: the ledger is damaged, cannot {doing} ({detail})",
                       hint=REBUILD_HINT)


_F = TypeVar("_F", bound=Callable[..., Any])


def _guarded(doing: str) -> Callable[[_F], _F]:
    """SQLite errors in a ledger method become one LedgerError line."""

    def wrap(method: _F) -> _F:
        @functools.wraps(method)
        def run(self: Ledger, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise _ledger_error(self.path, exc, doing) from exc

        return run  # type: ignore[return-value]

    return wrap


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
            self._migrate()
        except sqlite3.Error as exc:
            raise _ledger_error(self.path, exc, "open it") from exc
        self.db.row_factory = sqlite3.Row

    def _migrate(self) -> None:
        cols = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
        if "written" not in cols:
            self.db.execute("ALTER TABLE articles ADD COLUMN written TEXT")

    @_guarded("check it")
    def check(self, quick: bool = False) -> list[str]:
        """What SQLite finds wrong with the file ([] when it is sound)."""
        pragma = "quick_check" if quick else "integrity_check"
        rows = [" ".join(str(r[0]).split()) for r in self.db.execute(f"PRAGMA {pragma}(20)")]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- runs
    @_guarded("start a run")
    def start_run(self, target: str, sources: Iterable[str], schedule: str | None = None) -> int:
        problems = self.check(quick=True)
        if problems:
            raise LedgerError(f"{self.path}: the ledger is damaged ({problems[0]})",
                              hint=REBUILD_HINT)
        self.mark_interrupted()
        cur = self.db.execute(
            "INSERT INTO runs (started, status, pid, target, sources, schedule) "
            "VALUES (?, 'running', ?, ?, ?, ?)",
            (time.time(), os.getpid(), _t(target), json.dumps(list(sources)), schedule))
        return int(cur.lastrowid)  # type: ignore[arg-type]

    @_guarded("record the end of the run")
    def finish_run(self, run_id: int, status: str, counts: dict[str, int], seconds: float,
                   error: str | None = None) -> None:
        cols = ("new", "unchanged", "changed", "failed", "facts", "rejected")
        self.db.execute(
            f"UPDATE runs SET finished=?, status=?, seconds=?, error=?, "
            f"{', '.join(f'{c}=?' for c in cols)} WHERE id=?",
            (time.time(), status, seconds, error and _t(error),
             *(counts.get(c, 0) for c in cols), run_id))

    def mark_interrupted(self) -> None:
        """Runs still 'running' whose process is gone were killed: say so."""
        rows = self.db.execute("SELECT id, pid FROM runs WHERE status='running'").fetchall()
        for r in rows:
            if not _pid_alive(r["pid"]):
                self.db.execute("UPDATE runs SET status='interrupted' WHERE id=?", (r["id"],))

    @_guarded("read its runs")
    def runs(self, limit: int = 10) -> list[sqlite3.Row]:
        self.mark_interrupted()
        return self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()

    # ---------------------------------------------------------------- articles
    @_guarded("read it")
    def hashes(self, target: str, keys: list[str]) -> dict[str, tuple[str, str, str | None]]:
        """key → (content_hash, status, written) for the keys the ledger knows."""
        out: dict[str, tuple[str, str, str | None]] = {}
        target, asked = _t(target), {_t(k): k for k in keys}
        keys = list(asked)
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self.db.execute(
                f"SELECT key, content_hash, status, written FROM articles WHERE target=? "
                f"AND key IN ({','.join('?' * len(part))})", (target, *part))
            out.update({asked[r["key"]]: (r["content_hash"], r["status"], r["written"])
                        for r in rows})
        return out

    @_guarded("read it")
    def done(self, target: str) -> dict[str, str | None]:
        """key → written, for the articles the ledger says the target holds."""
        rows = self.db.execute("SELECT key, written FROM articles WHERE target=? "
                               "AND status='done'", (_t(target),))
        return {r["key"]: r["written"] for r in rows}

    @_guarded("record articles the target has written")
    def mark_done(self, target: str, run_id: int,
                  rows: list[tuple[str, str, str, int, list[dict[str, Any]], str | None]]) -> None:
        """rows: (key, ref, content_hash, facts, rejections, written) — in one transaction."""
        now = time.time()
        target = _t(target)
        with self._tx():
            for key, ref, chash, facts, rejections, written in rows:
                key, ref = _t(key), _t(ref)
                self.db.execute(
                    "INSERT OR REPLACE INTO articles (target, key, ref, content_hash, status, "
                    "facts, rejected, error, run_id, updated, written) "
                    "VALUES (?,?,?,?, 'done', ?,?, NULL,?,?,?)",
                    (target, key, ref, chash, facts, len(rejections), run_id, now, written))
                self.db.execute("DELETE FROM rejects WHERE target=? AND key=?", (target, key))
                self.db.executemany(
                    "INSERT INTO rejects (target, key, run_id, section, fact, reasons) "
                    "VALUES (?,?,?,?,?,?)",
                    [(target, key, run_id, r["section"], json.dumps(r["fact"], ensure_ascii=False),
                      json.dumps(r["reasons"], ensure_ascii=False)) for r in rejections])

    @_guarded("record a failed input")
    def mark_failed(self, target: str, run_id: int, key: str, ref: str, chash: str,
                    error: str) -> None:
        """A failed input is kept aside: its row says why, and the next run retries it.
        An article that was ingested before keeps its facts and its 'done' row."""
        target, key, ref, error = _t(target), _t(key), _t(ref), _t(error)
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

    @_guarded("read it")
    def failed(self, target: str | None = None) -> list[sqlite3.Row]:
        sql = "SELECT * FROM articles WHERE (status='failed' OR error IS NOT NULL)"
        args: tuple[Any, ...] = ()
        if target:
            sql += " AND target=?"
            args = (target,)
        return self.db.execute(sql + " ORDER BY updated", args).fetchall()

    @_guarded("read it")
    def totals(self) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT target, SUM(status='done') AS done, SUM(status='failed') AS failed, "
            "SUM(facts) AS facts, SUM(rejected) AS rejected FROM articles GROUP BY target "
            "ORDER BY target").fetchall()

    # ---------------------------------------------------------------- schedules
    @_guarded("add a schedule")
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

    @_guarded("remove a schedule")
    def remove_schedule(self, name: str) -> bool:
        return self.db.execute("DELETE FROM schedules WHERE name=?", (name,)).rowcount > 0

    @_guarded("read its schedules")
    def schedules(self) -> list[Schedule]:
        return [Schedule(r["name"], r["every_seconds"], r["cron"], tuple(json.loads(r["sources"])),
                         r["target"], json.loads(r["options"]))
                for r in self.db.execute("SELECT * FROM schedules ORDER BY name")]

    @_guarded("read its runs")
    def last_run(self, schedule: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT * FROM runs WHERE schedule=? ORDER BY id DESC LIMIT 1", (schedule,)).fetchone()
        return row

    # ---------------------------------------------------------------- helpers
    def _tx(self) -> _Tx:
        return _Tx(self.db)


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        elif self.db.in_transaction:
            self.db.execute("ROLLBACK")
