"""Unnamed collectives and bodies that act or speak (GUIDELINES "Groups", "Unnamed
office holders"). Invented wire-news sentences, one construction each."""
from __future__ import annotations

import pytest


def groups(f) -> set[str]:
    return {a.name for a in f.actors if a.type == "Group"}


def speakers(f) -> set[str]:
    return {s.speaker for s in f.statements}


@pytest.mark.model
@pytest.mark.parametrize("sentence, name", [
    ("Aid workers warned that thousands of families had fled the fighting in Velsa.",
     "Aid workers"),
    ("Security sources said the insurgents had seized two villages near Velsa.",
     "Security sources"),
    ("Doctors said they had treated forty wounded people in Velsa.", "Doctors"),
])
def test_collective_that_speaks_is_a_group(extract, sentence, name):
    f = extract(sentence)
    assert name in groups(f)
    assert name in speakers(f)


@pytest.mark.model
def test_bare_sources_and_workers_are_no_group(extract):
    # a bare "sources" or "workers" is not yet a collective the text names
    f = extract("Workers said the plant in Velsa would close. Sources said it was sold.")
    assert not groups(f)
