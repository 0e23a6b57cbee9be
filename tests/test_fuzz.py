"""Fuzz: hostile inputs never crash kg, and what kg writes it reads back.

Bounded for CI (a few seconds without the model; no deadlines). The inputs
come from tests/fuzzing.py, which bench/fuzz.py also uses for a timed run
(``python bench/fuzz.py --minutes 20``).
"""

from __future__ import annotations

import json
import random

import pytest
from fuzzing import (
    EDGE_CHARS,
    HOSTILE_IDS,
    SEED_TEXTS,
    check_extraction,
    check_facts_file,
    check_jsonl,
    check_read,
    check_round_trip,
    hostile_meta,
    jsonl_line,
    mutate,
    random_bytes,
    random_facts,
    random_text,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import ArticleFacts

FUZZ = settings(deadline=None, max_examples=50, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
#: rdflib writes and parses a graph in ~0.1 s: fewer cases here, more in bench/fuzz.py
ROUND_TRIP_FUZZ = settings(FUZZ, max_examples=15)
MODEL_FUZZ = settings(FUZZ, max_examples=10)
RNG = st.randoms(use_true_random=False)
EDGE = st.sampled_from(EDGE_CHARS)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(EDGE, st.sampled_from(SEED_TEXTS[0].split())), max_size=60).map("".join),
    st.builds(lambda rng: random_text(rng), RNG),
)


@FUZZ
@given(st.one_of(st.binary(max_size=600), st.builds(random_bytes, RNG)), st.builds(
    hostile_meta, RNG))
def test_any_bytes_and_metadata_are_read_or_refused_in_one_line(data, meta):
    check_read(data, meta)


@FUZZ
@given(HOSTILE_TEXT, st.builds(hostile_meta, RNG),
       st.one_of(st.none(), st.sampled_from(["2025-02-30", "9999-12-31", "0001-01-01"])))
def test_any_text_and_metadata_are_read_or_refused_in_one_line(text, meta, published):
    check_read(text, meta, published)


@FUZZ
@given(st.lists(st.builds(jsonl_line, RNG), min_size=1, max_size=6))
def test_json_lines_fail_one_line_at_a_time(tmp_path_factory, lines):
    check_jsonl(lines, tmp_path_factory.mktemp("jsonl"))


@ROUND_TRIP_FUZZ
@given(st.builds(random_facts, RNG))
def test_facts_round_trip_through_json_and_rdf(facts):
    check_round_trip(facts)


@ROUND_TRIP_FUZZ
@given(st.builds(random_facts, RNG), RNG)
def test_broken_fact_lines_are_one_line_each(tmp_path_factory, facts, rng):
    good = json.dumps(facts.to_json(), ensure_ascii=False).encode()
    lines = [good, mutate(good.decode(), rng, 3).encode("utf-8", "surrogatepass"),
             good[: rng.randrange(len(good))], b"[" * 5000, good]
    check_facts_file(rng.sample(lines, len(lines)), tmp_path_factory.mktemp("facts"))


@pytest.mark.parametrize("char", EDGE_CHARS, ids=lambda c: "+".join(f"{ord(x):04X}" for x in c))
def test_each_edge_character_inside_a_fact_round_trips(char):
    facts = random_facts(random.Random(len(char)))
    facts = facts.__class__(facts.article, actors=facts.actors[:1], statements=tuple(
        s.__class__(s.speaker, f"we agree{char}to talk", s.mode, s.date, s.provenance)
        for s in facts.statements))
    if "\ud800" <= char[0] <= "\udfff":  # kg never writes one; a fact file may spell one
        with pytest.raises(ValueError, match="lone surrogate"):
            ArticleFacts.from_json(json.loads(json.dumps(facts.to_json())))
        return
    check_round_trip(facts)


@pytest.mark.parametrize("article_id", HOSTILE_IDS)
def test_hostile_ids_are_read_or_refused_in_one_line(article_id):
    article = check_read(SEED_TEXTS[0], {"id": article_id})
    if article is not None:
        facts = random_facts(random.Random(1))
        check_round_trip(facts.__class__(article))


@pytest.mark.model
@MODEL_FUZZ
@given(HOSTILE_TEXT)
def test_extraction_of_hostile_text_never_crashes_and_round_trips(nlp, text):
    check_extraction(nlp, text)


@pytest.mark.model
@MODEL_FUZZ
@given(st.builds(lambda rng: mutate(" ".join(SEED_TEXTS), rng, rng.randrange(1, 10)), RNG),
       st.sampled_from(["2026-01-01", "9999-12-31", "0001-01-01", "2024-02-29"]))
def test_extraction_of_mutated_articles_never_crashes_and_round_trips(nlp, text, published):
    check_extraction(nlp, text, published)
