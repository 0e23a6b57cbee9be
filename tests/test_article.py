"""Bad input gets one clear line naming the file and the reason."""

from __future__ import annotations

import re

import pytest

from kg.article import read_article, slug
from kg.errors import InputError

ENGLISH = "The minister said that the two countries had agreed to meet again next week. " * 3


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"   \n\t  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Le ministre a déclaré".encode("latin-1") + b" " + ENGLISH.encode(), "not UTF-8"),
    (b"<!DOCTYPE html><html><body><p>" + ENGLISH.encode() + b"</p></body></html>", "HTML"),
    ("Министр заявил, что две страны договорились снова встретиться на следующей неделе. "
     "Переговоры продолжатся в Женеве, где стороны обсудят обмен пленными и гарантии.".encode(),
     "English"),
    (("Der Minister sagte, dass sich die beiden Länder darauf geeinigt hätten, sich nächste "
      "Woche wieder zu treffen, und die Gespräche würden in Genf fortgesetzt werden.").encode(),
     "English"),
])
def test_bad_input_is_refused_with_a_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_article(p)
    assert reason in str(err.value)
    assert str(p) in str(err.value)
    assert "\n" not in err.value.message


def test_non_utf8_names_the_byte_and_offset(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(b"The talks in Gen\xe8ve went well.")
    with pytest.raises(InputError, match=r"byte 0xe8 at 16"):
        read_article(p)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(ENGLISH.encode() * (20 * 1024 * 1024 // len(ENGLISH) + 1))
    assert p.stat().st_size > 20 * 1024 * 1024
    with pytest.raises(InputError, match="too large"):
        read_article(p)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_good_article_with_sidecar_metadata(tmp_path):
    p = tmp_path / "call.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "call.meta.json").write_text(
        '{"id": "Call One", "published": "2026-01-05", "title": "A call"}', encoding="utf-8")
    art = read_article(p)
    # the id as given; kg.ids.article_name turns it into a file and IRI name
    assert (art.id, art.published, art.title) == ("Call One", "2026-01-05", "A call")
    assert read_article(p, published="2026-02-01").published == "2026-02-01"


def test_bad_published_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        read_article(p, published="March 3")


def test_slug_is_stable_ascii():
    assert slug("Zelenskyy’s call — Kyiv") == "zelenskyys-call-kyiv"


# --------------------------------------------- issue 12, item 4: size, dates, the API
def test_text_longer_than_spacy_accepts_is_refused_before_spacy(tmp_path):
    from kg.article import MAX_CHARS

    p = tmp_path / "long.txt"
    p.write_text(ENGLISH * (MAX_CHARS // len(ENGLISH) + 1), encoding="utf-8")
    assert p.stat().st_size < 5 * 1024 * 1024  # under the byte limit, over spaCy's
    with pytest.raises(InputError, match=r"too long \(1,0\d\d,\d{3} characters; the limit is "
                                         r"1,000,000\)"):
        read_article(p)


def test_pipeline_refuses_an_article_over_nlp_max_length_in_one_line():
    import spacy

    from kg.model import Article
    from kg.pipeline import extract_facts

    nlp = spacy.blank("en")
    nlp.max_length = 100
    with pytest.raises(InputError, match="article 'x': too long"):
        next(extract_facts(nlp, [Article("x", ENGLISH * 2)]))


@pytest.mark.parametrize("day", ["2025-02-30", "2026-13-01", "2025-00-10", "0000-01-01"])
def test_impossible_published_dates_are_one_line(tmp_path, day):
    p = tmp_path / "a.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    with pytest.raises(InputError, match=f"'{day}' is not a real date") as err:
        read_article(p, published=day)
    assert "\n" not in err.value.message
    (tmp_path / "a.meta.json").write_text(f'{{"published": "{day}"}}')
    with pytest.raises(InputError, match="is not a real date"):
        read_article(p)


@pytest.mark.parametrize(("published", "phrase"), [
    ("9999-12-31", "tomorrow"), ("9999-12-31", "next week"), ("9999-12-30", "next Friday"),
    ("0001-01-01", "yesterday"), ("0001-01-03", "last week"), ("0001-01-01", "on Tuesday"),
    ("9999-12-31", "two days later"), ("0001-01-01", "three days ago"),
])
def test_dates_past_the_ends_of_the_calendar_resolve_to_nothing(published, phrase):
    from datetime import date

    from kg.dates import resolve

    day = resolve(phrase, date.fromisoformat(published))
    assert day is None or date.fromisoformat(day)


@pytest.mark.model
def test_extraction_at_the_end_of_the_calendar_does_not_crash(extract):
    text = ("Norway and Finland will hold talks in Oslo tomorrow, the Norwegian Foreign "
            "Minister Ingrid Solberg said on Friday. The two leaders spoke next week.")
    for published in ("9999-12-31", "0001-01-01"):
        facts = extract(text, published=published)
        assert {a.name for a in facts.actors} >= {"Norway", "Finland"}


def _random_bytes(n: int = 20000, seed: int = 1) -> bytes:
    import random

    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


@pytest.mark.parametrize("make", [
    lambda b: b,
    lambda b: b.decode("utf-8", "replace"),
    lambda b: b.decode("utf-8", "surrogateescape"),
    lambda b: b.decode("latin-1"),
    lambda b: b.decode("utf-8", "ignore"),
    lambda b: b.replace(b"\x00", b" ").decode("cp437"),
], ids=["bytes", "replace", "surrogateescape", "latin-1", "ignore", "cp437"])
def test_the_python_api_refuses_random_bytes_as_the_cli_does(make):
    import kg

    with pytest.raises(InputError):
        kg.extract(make(_random_bytes()), nlp=object())  # refused before any model runs


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"),
    (ENGLISH + "\x00", "binary"),
    (ENGLISH + "\ud800", "lone surrogate U+D800"),
    ("<!DOCTYPE html><html><body><p>" + ENGLISH + "</p></body></html>", "HTML"),
])
def test_the_pipeline_checks_articles_built_in_python(text, reason):
    import spacy

    from kg.model import Article
    from kg.pipeline import extract_facts

    with pytest.raises(InputError, match=re.escape(reason)):
        next(extract_facts(spacy.blank("en"), [Article("x", text)]))


@pytest.mark.parametrize("field", ["title", "source", "url"])
def test_metadata_with_a_lone_surrogate_is_one_line(field):
    from kg.article import make_article

    with pytest.raises(InputError, match=f"{field}: not valid Unicode"):
        make_article(ENGLISH, {field: "Talks\udcff"}, "x", where="wire.jsonl:3")


def test_an_id_with_a_lone_surrogate_is_kept_as_escapes():
    from kg.article import make_article

    got = make_article(ENGLISH, {"id": "Talks\ud800"}, "x", where="wire.jsonl:3")
    assert got.id == "Talks\\ud800"


def test_a_file_that_cannot_be_read_is_one_line(tmp_path, monkeypatch):
    from pathlib import Path

    p = tmp_path / "locked.txt"
    p.write_text(ENGLISH, encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match=r"locked.txt: cannot read \(Permission denied\)"):
        read_article(p)
