"""The whole chain for a stream of articles, with no I/O:
Article → spaCy Doc (kg components) → ArticleFacts → identity links → SHACL → Report.

Each article first gets the checks a file gets (kg.article.check_article):
an article kg cannot read raises InputError naming it, as the CLI reports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from kg.article import check_article
from kg.harvest import facts_from_doc
from kg.identity import link_facts
from kg.model import Article, ArticleFacts
from kg.validate import Report, validate


def extract_facts(nlp: Language, articles: Iterable[Article], min_confidence: float = 0.0,
                  batch_size: int = 16) -> Iterator[ArticleFacts]:
    """Facts per article, in input order (not yet validated)."""
    pending: list[Article] = []

    def docs() -> Iterator:
        for art in articles:
            check_article(art, max_chars=nlp.max_length)
            doc = nlp.make_doc(art.text)
            doc._.kg_article = {"id": art.id, "published": art.published, "title": art.title}
            pending.append(art)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        art = pending.pop(0)
        # cross-article identity: each actor's Wikidata id from the knowledge base
        yield link_facts(facts_from_doc(doc, art, min_confidence=min_confidence))


def run(nlp: Language, articles: Iterable[Article], min_confidence: float = 0.0,
        batch_size: int = 16) -> Iterator[Report]:
    """Extract and validate; one Report (accepted + rejected facts) per article."""
    batch: list[ArticleFacts] = []
    for facts in extract_facts(nlp, articles, min_confidence, batch_size):
        batch.append(facts)
        if len(batch) >= batch_size:
            yield from validate(batch)
            batch = []
    if batch:
        yield from validate(batch)
