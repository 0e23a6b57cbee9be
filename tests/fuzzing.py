"""Fuzzing ingredients shared by tests/test_fuzz.py (hypothesis, bounded for CI)
and bench/fuzz.py (a timed run): hostile inputs made from a ``random.Random``,
and the checks each kind of input must pass.

A check returns normally when kg did the right thing: read the input, or
refused it with one InputError line. It raises ``RoundTripError`` when what kg
wrote does not read back the same, and lets any other exception through: that
is a crash (a bug).
"""

from __future__ import annotations

import json
import random
import tempfile
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.article import check_text, decode, make_article
from kg.errors import InputError
from kg.model import (
    ACTOR_TYPES,
    COMMITMENT_STATUSES,
    EVENT_TYPES,
    STATEMENT_MODES,
    Actor,
    Article,
    ArticleFacts,
    Commitment,
    Event,
    Provenance,
    Role,
    Statement,
)

#: Characters that break naive text handling: NUL and other controls, lone
#: surrogates, line and paragraph separators (LS, PS, NEL and the others
#: str.splitlines() knows), zero-width and direction marks (RTL), BOM,
#: non-characters, combining marks, astral emoji, quotes, markup, escapes.
EDGE_CHARS = [
    "\x00", "\x01", "\x08", "\x1b", "\x7f", "\x9f", "\ud800", "\udbff", "\udc00", "\udfff",
    "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r", "\r\n", "\n\n",
    "\t", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a",
    "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u061c", "\ufffd", "\ufffe",
    "\uffff", "\U0010ffff", "\U0001f600", "\U0001f1fa\U0001f1e6", "\u0301", "\u0308\u0308",
    "\u00a0", "\u3000", "\u1680", "\u05d0\u05d1", "\u0627\u0644", "\u65e5\u672c",
    "\u041f\u0443\u0442\u0438\u043d", "\ufb01", "\u2126", '"', "'", "\u201c", "\u201d",
    "\u00ab", "\u00bb", "\u2014", "\\", "\\n", "\\u0000", "<", ">", "&", "&amp;", "<p>",
    "</body>", "{", "}", "[", "]", "#", "@prefix", "%", "_", "*", "`", '"""', "'''", "\x00\x00",
]

#: Article ids and metadata values that have broken tools before.
HOSTILE_IDS = [
    "Report 1", "report-1", "REPORT_1", "2025.03.19", "2025.03.20",
    "\u041f\u0443\u0442\u0438\u043d",
    "\u65e5\u672c", "a/readout", "b/readout", "../../etc/passwd", "/abs/path", "a\\b", "",
    " ", ".", "..", "con", "NUL", "x" * 300, "id\x00", "id\ud800", "\u202eevil.txt",
    "<script>alert(1)</script>", "'; DROP TABLE articles; --", "}] MATCH (n) DETACH DELETE n //",
    "https://example.org/a?b=c#d", "urn:x:y", "_:b0", "#frag", "a b\tc\nd", "\u2028",
    "\U0001f600", "0", "-1", "1e309", "true", "null",
]
HOSTILE_DATES = [
    "2025-03-19", "9999-12-31", "0001-01-01", "2025-02-30", "2024-02-29", "2023-02-29",
    "2025-13-01", "0000-00-00", "2025-3-9", "March 3", "", "2025-03-19T10:00:00Z",
    "20250319", "2025-03-19\u2028", "\u0662\u0660\u0662\u0665-\u0660\u0663-\u0661\u0669",
]
HOSTILE_VALUES: list[Any] = [None, 0, -1, 1.5, float("inf"), True, [], ["x"], {}, {"a": 1},
                             "x" * 2000]

WORDS = (
    "Norway Chile Kenya Poland Vietnam Morocco Peru Finland President Minister Foreign "
    "Prime Anders Lindqvist Lucia Moreno said agreed will would to talks in on Monday "
    "Tuesday tomorrow yesterday called met phone call meeting exchange prisoners attack "
    "demanded refused offered the a and of that \" \u201c \u201d , . ; : - \u2014 ( ) "
    "not never if unless ceasefire troops border agreement deal sanctions"
).split()

SEED_TEXTS = [
    "Norwegian Foreign Minister Anders Lindqvist said on Monday that Norway and Chile had "
    "agreed to reopen the border crossing. \u201cWe will meet again in Oslo,\u201d he told "
    "reporters.",
    "President Lucia Moreno of Chile spoke by phone with Prime Minister Marta Nowicki of "
    "Poland on Tuesday. The two leaders agreed to exchange military observers and demanded "
    "that both sides respect the ceasefire.",
    "Kenya refused to sign the agreement, the ministry said in a statement. Kenyan officials "
    "will hold talks in Nairobi tomorrow, according to a government spokesman.",
]


class RoundTripError(AssertionError):
    """What kg wrote did not read back the same."""


# ----------------------------------------------------------------- generators
def edge(rng: random.Random) -> str:
    return rng.choice(EDGE_CHARS)


def random_unicode(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.2:
            out.append(edge(rng))
        elif r < 0.5:
            out.append(chr(rng.randrange(0x20, 0x7F)))
        elif r < 0.9:
            out.append(chr(rng.randrange(0x80, 0x3000)))
        else:
            out.append(chr(rng.randrange(0, 0x110000)))
    return "".join(out)


def random_words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def mutate(text: str, rng: random.Random, steps: int = 4) -> str:
    """``text`` with a few random edits: inserted edge characters, cut, doubled,
    swapped or re-cased slices, words replaced."""
    for _ in range(steps):
        n = len(text)
        i, j = sorted((rng.randrange(n + 1), rng.randrange(n + 1)))
        op = rng.randrange(9)
        if op == 0:
            text = text[:i] + edge(rng) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:j] + text[i:j] + text[j:]
        elif op == 3:
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 4:
            text = text[:i] + random_unicode(rng, rng.randrange(1, 8)) + text[i:]
        elif op == 5:
            text = text[:i] + " " + random_words(rng, rng.randrange(1, 12)) + " " + text[i:]
        elif op == 6:
            text = text.replace(" ", rng.choice(["\u00a0", "\u2028", "\n", "  ", "\u200b"]), 3)
        elif op == 7:
            k = rng.randrange(n + 1)
            text = text[k:] + text[:k]
        else:
            text = text[:i] + rng.choice(['"', "\u201c", "\u201d", "'", "(", ")"]) + text[i:]
    return text


def random_text(rng: random.Random) -> str:
    """A text to extract from: a mutated article, word salad, or noise."""
    kind = rng.randrange(5)
    if kind == 0:
        return random_unicode(rng, rng.randrange(0, 300))
    if kind == 1:
        return random_words(rng, rng.randrange(0, 120))
    base = " ".join(rng.sample(SEED_TEXTS, rng.randrange(1, len(SEED_TEXTS) + 1)))
    return mutate(base, rng, steps=rng.randrange(0, 8))


def random_bytes(rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randbytes(rng.randrange(0, 2000))
    text = random_text(rng)
    data = text.encode("utf-8", "surrogatepass")
    if kind == 1 and data:
        i = rng.randrange(len(data))
        data = data[:i] + rng.randbytes(rng.randrange(1, 6)) + data[i:]
    elif kind == 2:
        data = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b""]) + data
    return data


def hostile_value(rng: random.Random) -> Any:
    r = rng.random()
    if r < 0.4:
        return rng.choice(HOSTILE_IDS)
    if r < 0.6:
        return rng.choice(HOSTILE_VALUES)
    if r < 0.8:
        return random_unicode(rng, rng.randrange(0, 30))
    return mutate(rng.choice(HOSTILE_IDS) or "x", rng, 2)


def hostile_meta(rng: random.Random) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key in ("id", "title", "source", "url", "license", "language"):
        if rng.random() < 0.5:
            meta[key] = hostile_value(rng)
    if rng.random() < 0.7:
        meta["published"] = rng.choice(HOSTILE_DATES + HOSTILE_VALUES[:4])
    return meta


def jsonl_line(rng: random.Random) -> bytes:
    """One JSON Lines line: an article, a broken one, or something else."""
    obj: Any = {"text": random_text(rng), **hostile_meta(rng)}
    kind = rng.randrange(8)
    if kind == 0:
        obj = rng.choice([[], "text", 3, None, {"id": "no text"}, {"text": 5}])
    raw = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
    if kind == 1:
        raw = raw[: rng.randrange(len(raw) + 1)]  # cut
    elif kind == 2:
        raw = mutate(raw, rng, 2)
    elif kind == 3:
        raw = "[" * rng.choice([10, 1000, 100000]) + raw
    data = raw.encode("utf-8", "surrogatepass")
    if kind == 4:
        data += rng.randbytes(3)
    return data.replace(b"\n", b" ").replace(b"\r", b" ")


def _text_for_facts(rng: random.Random) -> str:
    """A string as kg's extraction could put in a fact: valid Unicode, anything else
    (checked text holds no NUL or lone surrogate, but fact files may)."""
    s = random_unicode(rng, rng.randrange(1, 20)) if rng.random() < 0.5 else \
        rng.choice(HOSTILE_IDS) + rng.choice(EDGE_CHARS)
    return "".join(c for c in s if not 0xD800 <= ord(c) <= 0xDFFF) or "x"


def random_facts(rng: random.Random) -> ArticleFacts:
    """Facts with hostile strings in every field, as a fact file may hold them."""
    t = lambda: _text_for_facts(rng)  # noqa: E731
    day = lambda: rng.choice([None, "2025-03-19", "9999-12-31", "0001-01-01", "2024-02-29"])  # noqa: E731

    def prov() -> Provenance | None:
        if rng.random() < 0.2:
            return None
        start = rng.randrange(0, 500)
        return Provenance(t(), start, start + rng.randrange(0, 50), t(), rng.random())

    art = Article(id=t(), text="", title=rng.choice([None, t()]), source=rng.choice([None, t()]),
                  url=rng.choice([None, t()]), published=day(),
                  license=rng.choice([None, t()]), language=rng.choice(["en", t()]))
    names = [t() for _ in range(rng.randrange(1, 5))]
    return ArticleFacts(
        art,
        actors=tuple(Actor(n, rng.choice(ACTOR_TYPES), tuple(t() for _ in range(2)),
                           rng.choice([None, f"Q{rng.randrange(1, 10**9)}"]), prov())
                     for n in names),
        roles=(Role(rng.choice(names), t(), rng.choice([None, t()]), prov()),),
        statements=(Statement(rng.choice(names), t(), rng.choice(STATEMENT_MODES), day(),
                              prov()),),
        commitments=(Commitment(tuple(rng.sample(names, 1)), (t(),), t(),
                                rng.choice(COMMITMENT_STATUSES), day(), prov()),),
        events=(Event(rng.choice(EVENT_TYPES), tuple(names[:2]), day(),
                      rng.choice([None, t()]), prov()),),
    )


# --------------------------------------------------------------------- checks
def one_line(exc: InputError) -> None:
    if "\n" in exc.message or "\r" in exc.message:
        raise AssertionError(f"error is not one line: {exc.message!r}")


def check_read(data: bytes | str, meta: dict[str, Any], published: str | None = None,
               ) -> Article | None:
    """Bytes or text with metadata read as an article, or refused in one line."""
    try:
        text = decode(data, "fuzz", 5 * 1024 * 1024) if isinstance(data, bytes) else \
            check_text(data, "fuzz")
        article = make_article(text, meta, "fuzz", published, where="fuzz")
    except InputError as exc:
        one_line(exc)
        return None
    article.id.encode("utf-8")
    return article


def check_jsonl(lines: list[bytes], folder: Path) -> int:
    """A JSON Lines file: one Item per non-blank line, each an article or one line
    of error. Returns how many were articles."""
    from kg.sources import iter_items

    f = folder / "fuzz.jsonl"
    f.write_bytes(b"\n".join(lines) + b"\n")
    got = list(iter_items([str(f)]))
    expected = sum(1 for ln in lines if ln.strip())
    if len(got) != expected:
        raise AssertionError(f"{expected} lines gave {len(got)} items: {got[:3]}")
    for it in got:
        if it.error is not None and "\n" in it.error:
            raise AssertionError(f"error is not one line: {it.error!r}")
        if it.error is not None and ": could not be read (" in it.error:
            raise AssertionError(f"an unforeseen error, caught by the guard: {it.error}")
        (it.key + it.ref + (it.error or "")).encode("utf-8")
    return sum(1 for it in got if it.ok)


def check_facts_file(lines: list[bytes], folder: Path) -> None:
    """kg load's reader on a file of (broken) fact lines: facts or one-line errors."""
    from kg.cli import _read_facts

    f = folder / "facts.jsonl"
    f.write_bytes(b"\n".join(lines) + b"\n")
    try:
        _, errors = _read_facts(str(f))
    except InputError as exc:
        one_line(exc)
        return
    for err in errors:
        one_line(err)


def _graphs(ds: Dataset) -> dict[str, Any]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def check_round_trip(facts: ArticleFacts, folder: Path | None = None) -> None:
    """facts → JSON Lines (as kg extract writes) → kg load's reader → the same
    facts; facts → TriG and N-Quads → parse → isomorphic graphs."""
    from kg.loaders.rdf import serialize

    from kg.cli import _read_facts
    from kg.rdf import facts_to_dataset

    with tempfile.TemporaryDirectory() if folder is None else nullcontext(folder) as d:
        f = Path(d) / "facts.jsonl"
        line = json.dumps(facts.to_json(), ensure_ascii=False)
        f.write_text(line + "\n" + line + "\n", encoding="utf-8", newline="")
        try:
            back, errors = _read_facts(str(f))
        except InputError as exc:
            raise RoundTripError(f"kg cannot read the JSON it wrote: {exc}") from exc
        if errors:
            raise RoundTripError(f"kg cannot read the JSON it wrote: {errors[0]}")
        want = replace(facts, article=replace(facts.article, text=""))
        if back != [want, want]:
            raise RoundTripError(f"JSON round trip changed the facts of {facts.article.id!r}")
    ds = facts_to_dataset([facts])
    for fmt in ("trig", "nquads"):
        again = Dataset()
        try:
            again.parse(data=serialize(ds, fmt), format=fmt)
        except Exception as exc:
            raise RoundTripError(f"{fmt} written by kg does not parse: {exc}") from exc
        want_graphs, got_graphs = _graphs(ds), _graphs(again)
        if want_graphs.keys() != got_graphs.keys() or not all(
                isomorphic(g, got_graphs[k]) for k, g in want_graphs.items()):
            raise RoundTripError(f"{fmt} round trip is not isomorphic for "
                                 f"{facts.article.id!r}")


def check_extraction(nlp: Any, text: str, published: str | None = "2026-01-01") -> int:
    """Extract from ``text``: facts with offsets inside it, or one InputError;
    the validated facts round-trip. Returns the number of facts kept."""
    from kg.pipeline import extract_facts
    from kg.validate import validate

    article = check_read(text, {"id": "fuzz"}, published)
    if article is None:
        return 0
    facts = next(extract_facts(nlp, [article]))
    for _, fact in facts.facts():
        p = fact.provenance
        if p is not None and not 0 <= p.start <= p.end <= len(article.text):
            raise AssertionError(f"offsets {p.start}-{p.end} outside a text of "
                                 f"{len(article.text)} characters")
    (report,) = validate([facts])
    check_round_trip(report.accepted)
    return report.accepted.count()
