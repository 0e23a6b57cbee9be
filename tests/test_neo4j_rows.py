"""The Neo4j loaders' rows and facts hash are pinned: making them cheaper must not
change a value (graphs already loaded skip an unchanged article by its factsHash,
and the Bolt and bulk paths key nodes by these rows' ids).

The pinned values were computed with the code before rows_for was made cheaper.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kg.loaders.neo4j import facts_hash, rows_for
from kg.model import (
    Actor,
    Article,
    ArticleFacts,
    Commitment,
    Event,
    Provenance,
    Role,
    Statement,
)

GOLDEN = Path(__file__).resolve().parent / "golden" / "example" / "facts.json"


def _p(start: int, end: int, conf: float, who: str = "pattern:x",
       sentence: str = "A sentence.") -> Provenance:
    return Provenance(sentence, start, end, who, conf)


def fixed_facts(article_id: str = "h1") -> ArticleFacts:
    """Every section, unsorted lists, None and empty values, quotes, non-ASCII."""
    art = Article(article_id, "text", title='Quay "talks"', source="Wire", url=None,
                  published="2026-05-02", license=None)
    q = _p(3, 30, 0.6125, "pattern:say", 'He said "yes",\nthen «left»')
    return ArticleFacts(
        art,
        actors=(Actor("Veltria", "Country", ("Republic of Veltria", "Veltrian state"), None,
                      _p(0, 7, 0.9)),
                Actor("Orsolya Brenn", "Person", (), None, q),
                Actor("Orsolya Brenn", "Person", ("Brenn",), None, _p(40, 45, 0.95)),
                Actor("the President", "Person", (), None, _p(50, 63, 0.7)),
                Actor("Harbour Guild", "Organization", ('the "Guild"',), "Q999999", None)),
        roles=(Role("Orsolya Brenn", "Minister of Ports", "Veltria", _p(0, 20, 0.8)),
               Role("the President", "President", "Veltria", None)),
        statements=(Statement("Orsolya Brenn", "Ça va, «très» bien\r\n", "direct", None, q),
                    Statement("Harbour Guild", "", "reported", "2026-05-01", None),
                    Statement("Orsolya Brenn", "Ça va, «très» bien\r\n", "direct", None, q)),
        commitments=(Commitment(("Harbour Guild", "Veltria"), ("Orsolya Brenn",),
                                "keep the harbour open", "proposed", None, q),
                     Commitment(("Veltria",), (), "pay", "made", "2026-05-03", None)),
        events=(Event("Meeting", ("Veltria", "Orsolya Brenn", "Harbour Guild"), "2026-05-02",
                      "Port Sel", _p(1, 2, 1.0)),
                Event("Announcement", (), None, None, None)),
    )


def golden_facts() -> ArticleFacts:
    return ArticleFacts.from_json(json.loads(GOLDEN.read_text(encoding="utf-8")))


def digest(rows: object) -> str:
    """The rows exactly: values, key order and list order."""
    text = json.dumps(rows, ensure_ascii=False, default=repr)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@pytest.fixture(autouse=True)
def no_alias_file(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_ALIASES", str(tmp_path / "none.tsv"))


def test_facts_hash_is_pinned():
    assert facts_hash(fixed_facts()) == "3fbcd3208ea74620875666b2148d7d29ae50420b"
    assert facts_hash(golden_facts()) == "9942c8f407ff738cbafd00c315f15bd04396e288"
    empty = ArticleFacts(Article("e", "text"))
    assert facts_hash(empty) == "afb83af52b674d591cce89ee4e018d20e1b4adfe"


def test_facts_hash_ignores_order():
    f = fixed_facts()
    shuffled = ArticleFacts(f.article, actors=f.actors[::-1], roles=f.roles[::-1],
                            statements=f.statements[::-1], commitments=f.commitments[::-1],
                            events=f.events[::-1])
    assert facts_hash(shuffled) == facts_hash(f)


def test_rows_are_pinned():
    rows = rows_for([fixed_facts("h1"), golden_facts(), fixed_facts("h2")])
    assert digest(rows) == "7c9ac9e336047ccef38b26f9aec89dc25370e9fa"


def test_rows_with_an_alias_file_are_pinned(monkeypatch, tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("merge\tHarbour Guild\tPort Guild of Veltria\tOrganization\n"
                    "split\tOrsolya Brenn\tBrenn\n", encoding="utf-8")
    monkeypatch.setenv("KG_ALIASES", str(path))
    rows = rows_for([fixed_facts("h1"), golden_facts()])
    assert digest(rows) == "97eb80604ac7978abf6d9ce1054d917088777432"


def test_the_fast_fact_text_is_the_generic_repr():
    # facts_hash writes each fact without the generic dataclass repr: same text,
    # including odd values a caller may build (a list, not a tuple; no provenance)
    from kg.loaders.neo4j import _canonical_fact, _reprs_of

    f = fixed_facts()
    odd = (Commitment(["b", "a"], (), "x", "made", None, None),  # type: ignore[arg-type]
           Event("Meeting", ("z", "y"), None, None, _p(0, 1, float("nan"), "n", "")))
    for fact in (*[x for _, x in f.facts()], *odd):
        assert _reprs_of(type(fact))(fact) == repr(_canonical_fact(fact))


def test_an_alias_file_written_between_batches_is_honoured(monkeypatch, tmp_path):
    path = tmp_path / "aliases.tsv"
    monkeypatch.setenv("KG_ALIASES", str(path))
    before = rows_for([fixed_facts()])["actors"]["Organization"][0]["name"]
    path.write_text("merge\tHarbour Guild\tPort Guild of Veltria\n", encoding="utf-8")
    after = rows_for([fixed_facts()])["actors"]["Organization"][0]["name"]
    assert (before, after) == ("Harbour Guild", "Port Guild of Veltria")
