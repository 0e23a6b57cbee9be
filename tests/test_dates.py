from datetime import date

import pytest

from kg.dates import resolve

PUB = date(2026, 2, 8)  # a Sunday


@pytest.mark.parametrize(("text", "expected"), [
    ("March 18", "2026-03-18"),
    ("on March 11th", "2026-03-11"),
    ("18 March 2025", "2025-03-18"),
    ("Feb. 5", "2026-02-05"),
    ("on Friday", "2026-02-06"),
    ("overnight on Saturday", "2026-02-07"),
    ("Sunday", "2026-02-08"),
    ("next Tuesday", "2026-02-10"),
    ("today", "2026-02-08"),
    ("the day before", "2026-02-07"),
    ("on the eve", "2026-02-07"),
    ("last week", "2026-02-01"),
    ("two days ago", "2026-02-06"),
    ("last night", "2026-02-07"),
    ("overnight", "2026-02-07"),
    ("2025-12-31", "2025-12-31"),
])
def test_resolves_against_publication_date(text, expected):
    assert resolve(text, PUB) == expected


@pytest.mark.parametrize("text", ["June", "this summer", "the start of the year",
                                  "nearly four years", "February 30"])
def test_no_day_no_date(text):
    assert resolve(text, PUB) is None
