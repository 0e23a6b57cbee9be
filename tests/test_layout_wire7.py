"""Datelines found auditing conflict news excerpts (round 7), on invented text."""

from __future__ import annotations

import pytest

from kg.extractors.layout import dateline


@pytest.mark.parametrize("text,end", [
    ("Tovala, Nov 19 The army said on Tuesday that talks would resume.", len("Tovala, Nov 19 ")),
    ("Rebels attack\nPort Varn, March 3, 2024 - Police said two men were held.",
     len("Rebels attack\nPort Varn, March 3, 2024 - ")),
])
def test_a_title_case_place_and_a_date_open_the_body(text, end):
    span = dateline(text)
    assert span is not None and span[1] == end and span[2] == "place"


@pytest.mark.parametrize("text", [
    "Chile, Peru and Bolivia said on Tuesday that talks would resume.",
    "Ana Ruiz, Nov 19 was the day she recalled.",
    "On Nov 19 The army said so.",
])
def test_a_list_of_names_or_a_date_in_prose_is_no_dateline(text):
    assert dateline(text) is None


@pytest.mark.model
def test_the_dateline_place_is_no_actor(extract):
    facts = extract("Addis Ababa, Nov 19 The federal government said on Tuesday that talks "
                    "with the Kessary rebels would resume.")
    assert "Ethiopia" not in {a.name for a in facts.actors}
