"""Round 8 (ministerial readouts from Africa, Asia, Latin America): discussions told
with a verb ("X discussed with Y ...", "X and Y discussed ...", "X conferred with Y")
are talks, not calls; one that only recounts an encounter already told ("X called Y.
The two leaders discussed ...") makes no event of its own; talks "during the visit"
take the day of the visit told before; who mediates talks ("talks mediated by X")
takes part; "earlier in the day" is the news day; a discussion told before its meeting
folds into it. Sentences and names are invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.events import (
    FRAMES,
    _during_day,
    _fold_recounts,
    _recounted,
    _same_day,
    arguments,
)
from kg.model import Event, Provenance

PUB = "2026-05-20"  # a Wednesday


def event(etype: str, *participants: str) -> Event:
    return Event(etype, participants, None, None, Provenance("s", 0, 1, "t", 0.5))


def types(facts) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, tuple(e.participants)) for e in facts.events]


def test_a_discussion_among_the_people_of_a_call_recounts_it():
    told = [event("PhoneCall", "Ana Brel", "Tomas Ruel")]
    assert _recounted(told, ["Ana Brel", "Tomas Ruel"])


def test_a_discussion_with_someone_new_is_its_own():
    told = [event("Meeting", "Ana Brel", "Tomas Ruel")]
    assert not _recounted(told, ["Ana Brel", "Ilse Varga"])
    assert not _recounted([event("Attack", "Ana Brel", "Ilse Varga")], ["Ana Brel", "Ilse Varga"])


DISCUSS_WITH = next(f for f in FRAMES if f.id == "discuss-with")


def with_object(obj: str) -> Doc:
    # Okoro discussed with Minister Lind <obj> of trade .
    words = ["Okoro", "discussed", "with", "Minister", "Lind", obj, "of", "trade", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 5, 2, 5, 6, 1],
              deps=["nsubj", "ROOT", "prep", "compound", "compound", "pobj", "prep", "pobj",
                    "punct"],
              pos=["PROPN", "VERB", "ADP", "PROPN", "PROPN", "NOUN", "ADP", "NOUN", "PUNCT"],
              lemmas=["Okoro", "discuss", "with", "Minister", "Lind", obj.rstrip("s"), "of",
                      "trade", "."],
              ents=["B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    return doc


def test_a_name_parsed_as_a_compound_of_what_was_discussed_takes_part():
    doc = with_object("ways")
    assert doc[4] in arguments(doc[1], DISCUSS_WITH)


def test_a_name_modifying_people_is_not_the_counterpart():
    doc = with_object("aides")  # "with Minister Lind aides": the aides, not Lind
    assert doc[4] not in arguments(doc[1], DISCUSS_WITH)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Dr. Okoro discussed with Foreign Minister Pavel Lind ways of expanding trade. Pavel "
    "Lind said the country wanted closer ties.",
    "Foreign Minister Ana Brel and Zarovian Foreign Minister Tomas Ruel discussed regional "
    "security on the sidelines of the forum.",
    "Foreign Minister Ana Brel also conferred with Zarovian Foreign Minister Tomas Ruel on "
    "issues of common interest.",
])
def test_a_discussion_told_with_a_verb_is_a_negotiation(extract, text):
    found = types(extract(text, PUB))
    assert any(t == "Negotiation" and ("Tomas Ruel" in p or "Pavel Lind" in p)
               for t, p in found), found
    assert not any(t == "PhoneCall" for t, _ in found), found


@pytest.mark.model
def test_a_conference_by_phone_is_a_call(extract):
    found = types(extract("Foreign Minister Ana Brel conferred by phone with Zarovian "
                          "Foreign Minister Tomas Ruel on Monday.", PUB))
    assert any(t == "PhoneCall" and "Tomas Ruel" in p for t, p in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President Ana Brel spoke by telephone with President Tomas Ruel on Monday. The two "
    "leaders discussed trade and regional security.",
    "President Ana Brel spoke by telephone with President Tomas Ruel on Monday. Brel and "
    "Ruel discussed trade and regional security.",
])
def test_a_discussion_recounting_a_call_is_no_talks(extract, text):
    found = types(extract(text, PUB))
    assert [t for t, _ in found] == ["PhoneCall"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Governor Ana Brel discussed the flood response with her staff on Monday.",
    "Ana Brel discussed the budget at length in her speech.",
])
def test_a_discussion_with_no_counterpart_is_no_event(extract, text):
    assert not extract(text, PUB).events


def during(det: str, noun: str) -> Doc:
    # During <det> <noun> , they held talks .
    words = ["During", det, noun, ",", "they", "held", "talks", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=[5, 2, 0, 5, 5, 5, 5, 5],
               deps=["prep", "det", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
               pos=["ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT"],
               lemmas=["during", det, noun, ",", "they", "hold", "talk", "."])


def dated(etype: str, day: str) -> Event:
    return Event(etype, ("Ana Brel",), day, None, Provenance("s", 0, 1, "t", 0.5))


def test_talks_during_the_visit_take_the_visits_day():
    doc = during("the", "visit")
    assert _during_day([dated("Meeting", "2026-05-18")], doc[6]) == "2026-05-18"


def test_talks_during_a_visit_of_no_told_day_or_another_kind_take_none():
    assert _during_day([dated("Meeting", "2026-05-18")], during("a", "visit")[6]) is None
    assert _during_day([dated("Attack", "2026-05-18")], during("the", "visit")[6]) is None
    assert _during_day([dated("Meeting", "2026-05-18")], during("the", "week")[6]) is None


@pytest.mark.model
def test_talks_held_during_a_dated_visit_are_dated(extract):
    facts = extract("Foreign Minister Ana Brel paid a one-day visit to Lorvania on Monday. During "
                    "the visit, Brel held talks with President Tomas Ruel.", PUB)
    talks = [e for e in facts.events if e.type == "Negotiation"]
    assert talks and all(e.date == "2026-05-18" for e in talks), facts.events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Talks mediated by Qatar began on Monday.",
    "The prisoner swap followed negotiations brokered by Qatar.",
])
def test_who_mediates_talks_takes_part(extract, text):
    found = types(extract(text, PUB))
    assert ("Negotiation", ("Qatar",)) in found, found


@pytest.mark.model
def test_who_criticizes_talks_takes_no_part(extract):
    found = types(extract("Talks criticized by Qatar began on Monday.", PUB))
    assert not any(t == "Negotiation" and "Qatar" in p for t, p in found), found


@pytest.mark.parametrize("text, same", [
    ("Lorvania announced earlier in the day that it had freed ten soldiers .", True),
    ("Lorvania announced later that day that it had freed ten soldiers .", True),
    ("Lorvania announced earlier in the week that it had freed ten soldiers .", False),
    ("Lorvania announced the day before that it had freed ten soldiers .", False),
])
def test_earlier_in_the_day_is_the_news_day(text, same):
    doc = Doc(spacy.blank("en").vocab, words=text.split())
    assert _same_day(doc[:]) is same


@pytest.mark.model
def test_an_announcement_earlier_in_the_day_takes_the_days_date(extract):
    facts = extract("Chile announced earlier in the day that it had secured the release of "
                    "ten soldiers.", PUB)
    found = [e.date for e in facts.events if e.type == "Announcement"]
    assert found == [PUB], facts.events


def told(etype: str, day: str | None, rule: str, *participants: str) -> Event:
    return Event(etype, participants, day, None, Provenance("s", 0, 1, rule, 0.5))


def test_a_discussion_told_before_its_meeting_folds_into_it():
    talk = told("Negotiation", "2026-05-18", "kg_events:discuss-together", "Ana Brel", "Tomas Ruel")
    meeting = told("Meeting", None, "kg_events", "Ana Brel", "Tomas Ruel")
    assert _fold_recounts([talk, meeting]) == [
        told("Meeting", "2026-05-18", "kg_events", "Ana Brel", "Tomas Ruel")]


def test_a_discussion_of_another_day_or_with_someone_else_stays():
    talk = told("Negotiation", "2026-05-18", "kg_events:discuss-together", "Ana Brel", "Tomas Ruel")
    later = told("Meeting", "2026-05-20", "kg_events", "Ana Brel", "Tomas Ruel")
    other = told("Meeting", None, "kg_events", "Ana Brel", "Ilse Varga")
    assert _fold_recounts([talk, later]) == [talk, later]
    assert _fold_recounts([talk, other]) == [talk, other]
    talks = told("Negotiation", "2026-05-18", "kg_events", "Ana Brel", "Tomas Ruel")
    assert _fold_recounts([talks, later]) == [talks, later]  # talks told as such stay


@pytest.mark.model
def test_a_discussion_before_the_hosting_dates_the_meeting(extract):
    facts = extract("On Monday, President Ana Brel and Prime Minister Tomas Ruel discussed "
                    "trade. Brel hosted Ruel at the presidential palace.", PUB)
    found = [(e.type, e.date) for e in facts.events]
    assert found == [("Meeting", "2026-05-18")], facts.events
