"""Deterministic IRIs: the same input gives the same IRIs (and Neo4j keys), so
re-loading an article is idempotent in both encodings.

>>> actor_iri("Vladimir Putin")
rdflib.term.URIRef('https://w3id.org/kg/id/actor/vladimir-putin')
>>> fact_key("a1", "statements", ["Kremlin", "direct", "x"]) == fact_key(
...     "a1", "statements", ["Kremlin", "direct", "x"])
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from rdflib import URIRef

from kg.article import slug
from kg.names import standard_case
from kg.vocab import BASE

SINGULAR = {"actors": "actor", "roles": "role", "statements": "statement",
            "commitments": "commitment", "events": "event"}


_SLUG_FORM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
MAX_NAME = 120


def _digest(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def article_name(article_id: str) -> str:
    """The name an article's file and IRIs carry: distinct ids, distinct names.

    An id that is already a slug (lowercase ASCII letters and digits joined by
    single hyphens, at most 120 characters) is its own name. Any other id is a
    readable slug, a double hyphen, and a hash of the exact id. A slug never
    holds "--", so the two kinds never meet, and two ids share a name only
    if 40 bits of their hashes do (which ingest then reports).

    >>> article_name("art-001")
    'art-001'
    >>> article_name("Report 1"), article_name("REPORT_1")
    ('report-1--357def53a1', 'report-1--bcd6c4a66d')
    >>> article_name("日本")
    'article--44da6bbcf2'
    """
    if len(article_id) <= MAX_NAME and _SLUG_FORM.match(article_id):
        return article_id
    return f"{slug(article_id)[:MAX_NAME - 12].strip('-')}--{_digest(article_id)}"


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}article/{article_name(article_id)}")


def graph_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}graph/{article_name(article_id)}")


def actor_iri(label: str) -> URIRef:
    """The IRI of an actor the knowledge base knows, by its canonical label."""
    return URIRef(f"{BASE}actor/{_name_slug(label)}")


def unlinked_actor_iri(label: str, type_: str) -> URIRef:
    """The IRI of an actor the knowledge base does not know: its type and its
    label (``kg.names.display``) name it, so the same name and type in any
    article is one node with one prefLabel and one type. A label that ordinary
    name case cannot rebuild from the slug (acronyms, punctuation, "McX")
    gets a short hash of its exact spelling, so two spellings never share a node.

    >>> unlinked_actor_iri("Ingrid Solberg", "Person")
    rdflib.term.URIRef('https://w3id.org/kg/id/actor/person/ingrid-solberg')
    >>> unlinked_actor_iri("U.S. officials", "Group")
    rdflib.term.URIRef('https://w3id.org/kg/id/actor/group/us-officials-52b986')
    """
    s = _name_slug(label)
    if standard_case(s.split("-")) != label:
        s += "-" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:6]
    return URIRef(f"{BASE}actor/{type_.lower()}/{s}")


def _name_slug(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", re.sub(r"[.'\u2019]", "", norm.lower())).strip("-")
    return s or "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def office_iri(title: str) -> URIRef:
    return URIRef(f"{BASE}office/{slug(title)}")


def fact_key(article_id: str, section: str, fields: Iterable[object]) -> str:
    """A 16-hex-digit key from the article, the section and the fact's fields."""
    parts = [article_id, section]
    for f in fields:
        parts.append("|".join(map(str, f)) if isinstance(f, (list, tuple)) else str(f))
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def fact_iri(article_id: str, section: str, key: str) -> URIRef:
    return URIRef(fact_iri_text(section, key))


def fact_iri_text(section: str, key: str) -> str:
    """``fact_iri`` as a plain string, for the Neo4j rows: the same text without
    building a URIRef (4 µs each, checked for characters a hex key never holds)."""
    return f"{BASE}{SINGULAR[section]}/{key}"


def evidence_iri(article_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{article_iri(article_id)}#char={start},{end}")


_NOT_KEY = frozenset({"provenance", "aliases", "wikidata"})


def key_of(article_id: str, section: str, fact: object) -> str:
    """The key of a fact: its identifying fields (not provenance or aliases)."""
    fields = [getattr(fact, f) for f in fact.__dataclass_fields__ if f not in _NOT_KEY]  # type: ignore[attr-defined]
    return fact_key(article_id, section, fields)
