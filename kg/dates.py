"""Resolve a date expression against the article's publication date (pure).

Handles what news and readouts use most — "March 18", "18 March 2025",
"March 11th", weekdays ("on Tuesday", "overnight Saturday"), "today",
"yesterday", "on the eve", "the day before" — and falls back to
dateparser (anchored on the publication date, day required) for the rest.

>>> from datetime import date
>>> resolve("March 18", date(2025, 3, 19))
'2025-03-18'
>>> resolve("on Tuesday", date(2026, 2, 5))
'2026-02-03'
>>> resolve("the day before", date(2025, 3, 19))
'2025-03-18'
>>> resolve("June", date(2026, 2, 8)) is None
True
>>> resolve("tomorrow", date(9999, 12, 31)) is None  # past the calendar's end
True
>>> resolve("11-13 March", date(2026, 2, 8))  # a range: its start
'2026-03-11'

"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    m: i + 1 for i, m in enumerate(
        "january february march april may june july august september october november"
        " december".split())
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_MD = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
_DM = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?", re.I)
#: "11-13 March", "from 11 to 13 March": a range is dated by its start
_DM_RANGE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-\u2013]|to|and|until)\s*"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?",
                       re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE = [
    (re.compile(r"\b(today|tonight|this (morning|afternoon|evening))\b", re.I), 0),
    (re.compile(r"\b(yesterday|the day before|on the eve|a day earlier|the previous day|"
                r"last night|overnight)\b", re.I), -1),
    (re.compile(r"\btomorrow\b", re.I), 1),
]
#: Spans of more than a day ("last week", "this month"): no day, so no date (GUIDELINES).
_SPAN = re.compile(r"\b(last|next|this|past|coming)\s+(week|weekend|month|year)\b", re.I)


def _day_of_year(year: str | None, m: int, d: int, published: date,
                 past: bool = False) -> date | None:
    """Month and day in the stated year, else in the year that puts the day nearest
    the publication date: "December 20" read on 10 January is last December's; for an
    event told as past ("met on August 15" read in March), the last such day.

    >>> _day_of_year(None, 12, 20, date(2026, 1, 10))
    datetime.date(2025, 12, 20)
    >>> _day_of_year(None, 1, 5, date(2025, 12, 20))
    datetime.date(2026, 1, 5)
    >>> _day_of_year(None, 8, 15, date(2026, 3, 12), past=True)
    datetime.date(2025, 8, 15)
    """
    if year:
        return _safe(int(year), m, d)
    days = [c for y in (published.year - 1, published.year, published.year + 1)
            if (c := _safe(y, m, d)) is not None]
    if past:
        days = [c for c in days if c <= published] or days
    return min(days, key=lambda c: abs((c - published).days)) if days else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_date(text: str, published: date, future: bool = False,
                 past: bool = False) -> date | None:
    """The day ``text`` names, read on ``published``; a bare weekday is the last one
    before (or on) that day, or with ``future`` (a planned event) the next one; with
    ``past`` (an event told as done) a month and day without year is the last one.

    >>> resolve_date("Monday", date(2024, 3, 10), future=True)
    datetime.date(2024, 3, 11)
    """
    t = text.strip()
    low = t.lower()
    if m := _ISO.search(t):
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    if m := _DM_RANGE.search(t):
        return _day_of_year(m[3], MONTHS[m[2].lower()[:3]], int(m[1]), published, past)
    if m := _MD.search(t):
        return _day_of_year(m[3], MONTHS[m[1].lower()[:3]], int(m[2]), published, past)
    if m := _DM.search(t):
        return _day_of_year(m[3], MONTHS[m[2].lower()[:3]], int(m[1]), published, past)
    for i, wd in enumerate(WEEKDAYS):
        if re.search(rf"\b{wd}\b", low):
            delta = (published.weekday() - i) % 7
            if re.search(r"\b(last|past|previous)\b", low):
                return published - timedelta(days=delta or 7)
            if future or re.search(r"\b(next|coming)\b", low):
                return published + timedelta(days=(i - published.weekday()) % 7 or 7)
            return published - timedelta(days=delta)
    if _SPAN.search(t) and not any(p.search(t) for p, _ in _RELATIVE[:3]):
        return None
    for pattern, days in _RELATIVE:
        if pattern.search(t):
            return published + timedelta(days=days)
    return _dateparser(t, published)


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: date) -> date | None:
    if not re.search(r"\b(ago|earlier|later)\b", text):
        return None
    from datetime import datetime

    import dateparser  # imported lazily: it takes a while to load

    parsed = dateparser.parse(
        text, languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(published.year, published.month, published.day),
            "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None


def resolve(text: str, published: date | None, future: bool = False,
            past: bool = False) -> str | None:
    """ISO date for ``text`` read on ``published``; None where it names no day."""
    if published is None:
        published = date.today()
    try:
        d = resolve_date(text, published, future, past)
    except OverflowError:  # "tomorrow" on 9999-12-31, "yesterday" on 0001-01-01
        return None
    return d.isoformat() if d else None


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
