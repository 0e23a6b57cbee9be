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
    ("two days ago", "2026-02-06"),
    ("last night", "2026-02-07"),
    ("overnight", "2026-02-07"),
    ("2025-12-31", "2025-12-31"),
])
def test_resolves_against_publication_date(text, expected):
    assert resolve(text, PUB) == expected


@pytest.mark.parametrize("text", ["June", "this summer", "the start of the year",
                                  "nearly four years", "February 30", "last week",
                                  "next week", "earlier this month", "last weekend",
                                  "in 2025", "early March"])
def test_no_day_no_date(text):
    assert resolve(text, PUB) is None


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("Tuesday", False, "2026-02-03"),       # a past event: the last Tuesday
    ("Tuesday", True, "2026-02-10"),        # a planned one: the coming Tuesday
    ("last Friday", True, "2026-02-06"),    # "last" wins over the future tense
    ("this past Monday", False, "2026-02-02"),
    ("last Sunday", False, "2026-02-01"),   # not the day of publication itself
    ("December 20", False, "2025-12-20"),   # no year: the one nearest publication
    ("January 5", True, "2026-01-05"),
    ("March 3-5", False, "2026-03-03"),     # a range: its start
    ("from 11 to 13 March", False, "2026-03-11"),
    ("Monday, April 6", True, "2026-04-06"),
])
def test_weekdays_tense_and_years(text, future, expected):
    assert resolve(text, PUB, future=future) == expected


def test_a_day_without_year_late_in_the_year_read_in_january_is_last_years():
    assert resolve("December 20", date(2026, 1, 10)) == "2025-12-20"
    assert resolve("January 5", date(2025, 12, 20), future=True) == "2026-01-05"
    assert resolve("20 December 2026", date(2026, 1, 10)) == "2026-12-20"


def test_a_past_event_without_year_is_not_dated_after_publication():
    pub = date(2026, 3, 12)
    assert resolve("August 15", pub, past=True) == "2025-08-15"  # "met on August 15"
    assert resolve("August 15", pub) == "2026-08-15"  # untold tense: the nearest
    assert resolve("March 3", pub, past=True) == "2026-03-03"
    assert resolve("March 12", pub, past=True) == "2026-03-12"  # the day itself
