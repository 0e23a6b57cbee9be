""""I" in a speaker's own words is that speaker (kg.extractors.coref.quoted_i):
a first-person pledge binds the person who made it (invented names and texts)."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_quoted_i_pledge_binds_its_speaker(extract):
    facts = extract('"I will send a delegation to the port conference," Peruvian '
                    "President Ana Ruiz said on Monday.")
    assert [(c.actors, c.status) for c in facts.commitments
            if "delegation" in c.action] == [(("Ana Ruiz",), "agreed")]


@pytest.mark.model
def test_i_in_a_transcript_turn_is_the_turns_speaker(extract):
    facts = extract("Talks with President of Peru Ana Ruiz\n\n"
                    "Tomas Lind held talks with President of Peru Ana Ruiz in Santiago.\n\n"
                    "Ana Ruiz: Thank you, Mr President. I will send a delegation to the port "
                    "conference in May.\n\n"
                    "Tomas Lind: We welcome that decision.\n")
    bound = [c.actors for c in facts.commitments if "delegation" in c.action]
    assert bound and all("Ana Ruiz" in actors for actors in bound)


@pytest.mark.model
def test_an_unquoted_i_of_nobody_named_binds_no_one(extract):
    facts = extract("Peruvian President Ana Ruiz visited the port on Monday. I will send "
                    "a delegation to the port conference, the note on the door read.")
    assert not [c for c in facts.commitments
                if "delegation" in c.action and "Ana Ruiz" in c.actors]
