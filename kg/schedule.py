"""Scheduled ingest jobs: parse their timing, and run them in a foreground scheduler.

Schedules live in the ledger (``kg schedule add``). ``run_scheduler`` loads them
into an APScheduler BlockingScheduler: one job per schedule, never two runs of a
job at once, missed runs coalesced into one. Every run is an ordinary
``kg.ingest.ingest`` call, logged in the ledger's runs table under the
schedule's name.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import re
from collections.abc import Callable
from typing import Any

from kg.errors import KGError
from kg.ledger import Ledger, Schedule

log = logging.getLogger(__name__)

class ScheduleError(KGError):
    """A timing or schedule name on the command line kg cannot use (a usage error)."""

    exit_code = 2  # kg's CLI: a usage error


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_every(text: str) -> int:
    """Seconds in an interval such as 90s, 15m, 1h, 1h30m, 2d.

    >>> parse_every("1h30m")
    5400
    >>> parse_every("45s")
    45
    """
    s = text.strip().lower().replace(" ", "")
    parts = re.findall(r"(\d+)([smhdw])", s)
    if not parts or "".join(n + u for n, u in parts) != s:
        raise ScheduleError(f"cannot read the interval {text!r}",
                            hint="write e.g. 30m, 1h, 1h30m, 1d")
    seconds = sum(int(n) * _UNITS[u] for n, u in parts)
    if seconds <= 0:
        raise ScheduleError(f"the interval {text!r} is zero", hint="write e.g. 30m, 1h")
    return seconds


def trigger_for(s: Schedule) -> Any:
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if s.cron:
        return CronTrigger.from_crontab(s.cron)
    return IntervalTrigger(seconds=s.every_seconds or 3600)


def check_cron(expr: str) -> str:
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(expr)
    except ValueError as exc:
        raise ScheduleError(f"cannot read the cron expression {expr!r} ({exc})",
                      hint='five fields: minute hour day month weekday, e.g. "0 * * * *"') from exc
    return expr


def run_scheduler(ledger_path: Any, job: Callable[[Schedule], None], *,
                  stop_after: int | None = None, names: tuple[str, ...] = (),
                  run_now: bool = False) -> int:
    """Run the schedules in the foreground until interrupted (or ``stop_after`` runs).
    Returns the number of job runs."""
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
    from apscheduler.schedulers.blocking import BlockingScheduler

    with Ledger(ledger_path) as ledger:
        known = ledger.schedules()
    unknown = [n for n in names if n not in {s.name for s in known}]
    if unknown:
        close = difflib.get_close_matches(unknown[0], [s.name for s in known], n=1)
        raise ScheduleError(f"no schedule named {unknown[0]!r}"
                            + (f"; did you mean {close[0]!r}?" if close else ""),
                            hint="see `kg schedule list`")
    schedules = [s for s in known if not names or s.name in names]
    if not schedules:
        raise KGError("no schedules to run", hint="add one with `kg schedule add`")
    scheduler = BlockingScheduler()
    runs = 0

    def on_event(event: JobExecutionEvent) -> None:
        nonlocal runs
        runs += 1
        if stop_after is not None and runs >= stop_after:
            scheduler.shutdown(wait=False)

    scheduler.add_listener(on_event, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    for s in schedules:
        extra: dict[str, Any] = {}
        if run_now:
            extra["next_run_time"] = dt.datetime.now().astimezone()
        scheduler.add_job(job, trigger_for(s), args=[s], id=s.name, name=s.name,
                          max_instances=1, coalesce=True, misfire_grace_time=None, **extra)
        log.info("scheduled %s (%s)", s.name, s.when)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
    return runs
