"""Query parameters, checked before a query runs: one line naming the allowed values.

Each parameter name used by the query library (queries/) has a kind, declared
here as data (``KINDS``); ``check(query, given)`` turns the strings of
``--param KEY=VALUE`` into checked values, or raises ParamError (a usage
error) for an unknown or missing parameter, a count that is not a positive
whole number, a status or event type kg does not know (wrong case is
corrected), or a date that is not YYYY-MM-DD. A new query parameter must be
declared here (tests/test_cli_mistakes.py checks every query's parameters).

Names are matched by the queries themselves: an actor's canonical name or any
of its aliases, in any case (queries/cypher, queries/sparql).
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

from kg.errors import KGError
from kg.model import COMMITMENT_STATUSES, EVENT_TYPES

#: parameter name -> kind. Kinds: name (a canonical actor name), text (free words),
#: count (a whole number ≥ 1), status, event_type, date (YYYY-MM-DD).
KINDS: dict[str, str] = {
    "actor": "name", "a": "name", "b": "name", "person": "name", "organization": "name",
    "title": "text", "topic": "text",
    "limit": "count",
    "status": "status",
    "type": "event_type",
    "from": "date", "to": "date", "since": "date", "until": "date",
}

CHOICES: dict[str, tuple[str, ...]] = {"status": COMMITMENT_STATUSES,
                                       "event_type": tuple(EVENT_TYPES)}


class ParamError(KGError):
    """A query parameter that is unknown, missing or of the wrong kind (a usage error)."""

    exit_code = 2  # kg's CLI: a usage error


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    for a in allowed:
        if a.lower() == value.strip().lower():
            return a
    close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.5)
    mean = f"did you mean {close[0]!r}? " if close else ""
    raise ParamError(f"{name}={value!r} is not one of {', '.join(allowed)}"
                     + (f" ({mean.strip()})" if mean else ""))


def convert(name: str, value: str) -> Any:
    """``value`` (a string from the command line) as the parameter ``name`` wants it.

    >>> convert("limit", "5"), convert("status", "Agreed"), convert("type", "phonecall")
    (5, 'agreed', 'PhoneCall')
    """
    kind = KINDS.get(name, "text")
    if kind == "count":
        try:
            n = int(value.strip())
        except ValueError:
            raise ParamError(f"{name}={value!r} is not a whole number; write e.g. {name}=10") \
                from None
        if n < 1:
            raise ParamError(f"{name}={value!r} must be 1 or more")
        return n
    if kind in CHOICES:
        return _choice(name, value, CHOICES[kind])
    if kind == "date":
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise ParamError(f"{name}={value!r} is not a date; write YYYY-MM-DD, "
                             f"e.g. {name}=2025-03-01") from None
    if not value.strip():
        raise ParamError(f"{name} is empty; give a value, e.g. {name}=...")
    return value.strip()


def check(query: Any, given: dict[str, str]) -> dict[str, Any]:
    """The query's parameters, checked and converted; optional ones left out are None."""
    known = [p.name for p in query.params]
    for key in given:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            mean = f"did you mean {close[0]!r}? " if close else ""
            raise ParamError(f"query {query.name!r} has no parameter {key!r}; {mean}"
                             f"its parameters: {', '.join(known) or 'none'}")
    out: dict[str, Any] = {}
    for p in query.params:
        if p.name in given:
            out[p.name] = convert(p.name, given[p.name])
        elif p.optional:
            out[p.name] = None
        else:
            raise ParamError(f"query {query.name!r} needs --param {p.name}=... ({p.doc}); "
                             f"example: {query.example}")
    start, end = out.get("from"), out.get("to")
    if start and end and start > end:
        raise ParamError(f"from={start} is after to={end}")
    return out


def name_params(values: dict[str, Any]) -> list[str]:
    """The parameters in ``values`` that are canonical names."""
    return [k for k, v in values.items() if v is not None and KINDS.get(k) == "name"]


__all__ = ["CHOICES", "KINDS", "ParamError", "check", "convert", "name_params"]
