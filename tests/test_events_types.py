"""Every event type GUIDELINES.md names ("Events") has a trigger vocabulary (patterns as
data in patterns/events.jsonl or the shared lexicon) and an invented sentence of each
kind GUIDELINES lists that yields it. Sentences and names are invented."""

from __future__ import annotations

import pytest

from kg.extractors.events import FRAMES, HEADLINES, NOUNS
from kg.extractors.lexicon import EVENT_NOUNS, EVENT_VERBS

PUB = "2026-05-20"  # a Wednesday
TYPES = ("PhoneCall", "Meeting", "Negotiation", "Exchange", "Attack", "Announcement", "Other")


@pytest.mark.parametrize("etype", TYPES)
def test_every_type_has_a_trigger_vocabulary(etype):
    vocab = {f.type for f in FRAMES} | {n.type for n in NOUNS} | {h.type for h in HEADLINES} \
        | set(EVENT_NOUNS.values()) | set(EVENT_VERBS.values())
    assert etype in vocab


@pytest.mark.model
@pytest.mark.parametrize("etype, text", [
    ("PhoneCall", "President Ana Brel spoke by telephone with President Tomas Ruel on Monday."),
    ("Meeting", "President Ana Brel met President Tomas Ruel in Lima on Monday."),
    ("Meeting", "President Ana Brel arrived in Lima on Monday for a two-day visit and was "
                "welcomed by President Tomas Ruel."),
    ("Negotiation", "Chile and Peru held a second round of talks in Geneva on Monday."),
    ("Negotiation", "Foreign Minister Ana Brel discussed trade with her Peruvian "
                    "counterpart, Tomas Ruel, on Monday."),
    ("Exchange", "Chile and Peru exchanged 90 prisoners of war on Monday."),
    ("Attack", "Peruvian troops shelled the Chilean border town of Esk on Monday."),
    ("Announcement", "President Ana Brel appointed Tomas Ruel as defence minister on Monday."),
    ("Announcement", "President Ana Brel issued a decree on Monday ordering the army back to "
                     "its barracks."),
    ("Other", "Chile and Peru signed a border treaty on Monday."),
    ("Other", "The Security Council adopted a resolution on Monday."),
    ("Other", "President Ana Brel traveled to Lima on Monday."),
])
def test_each_kind_guidelines_names_yields_its_type(extract, etype, text):
    found = [e.type for e in extract(text, PUB).events]
    assert etype in found, found
