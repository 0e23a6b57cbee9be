""""A statement issued (released, signed) by X said ..." and "according to a joint
statement issued by X and Y" are X's (and Y's) statements; a text put out by no one
named gives no speaker. Invented texts."""

from __future__ import annotations

import pytest


def said(facts, words: str) -> set[str]:
    return {s.speaker for s in facts.statements if words in s.content}


@pytest.mark.model
def test_a_statement_released_by_named_issuers_is_theirs(extract):
    facts = extract("A joint statement released by the foreign ministries of Peru and Chile "
                    "said the ceasefire would be extended.")
    assert said(facts, "ceasefire would be extended") == {"Peru", "Chile"}


@pytest.mark.model
def test_according_to_a_statement_issued_by_two_countries(extract):
    facts = extract("The two countries agreed to reopen their embassies, according to a "
                    "joint statement issued by Peru and Chile on Monday.")
    assert said(facts, "reopen their embassies") >= {"Peru", "Chile"}


@pytest.mark.model
def test_a_statement_released_on_a_day_by_no_one_named_has_no_speaker(extract):
    facts = extract("Peru and Chile met in Lima. A statement released on Monday said the "
                    "ceasefire would be extended.")
    assert said(facts, "ceasefire would be extended") <= {"Peru", "Chile"}
    assert not [s for s in facts.statements if s.speaker == "Monday"]
