"""kg: knowledge graphs of geopolitical actors and agreements from news articles.

>>> import kg
>>> print(*sorted(kg.__all__))
Article ArticleFacts Report cypher extract frames query read_article sparql
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.api import cypher, query, sparql
from kg.article import read_article
from kg.model import Article, ArticleFacts

if TYPE_CHECKING:
    from kg.validate import Report


def __getattr__(name: str) -> Any:
    # Report is kg.validate's, which imports pySHACL (0.6 s): only when asked for,
    # so that commands that do not validate (kg query) start without it
    if name == "Report":
        from kg.validate import Report

        return Report
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

__all__ = ["Article", "ArticleFacts", "Report", "cypher", "extract", "frames", "query",
           "read_article", "sparql"]
__version__ = "0.1.0"


def extract(text: str | bytes, published: str | None = None, article_id: str = "article",
            nlp: object | None = None) -> Report:
    """Extract and validate the facts of one text; see kg.pipeline for batches.

    The text gets the checks ``kg extract`` gives a file (bytes are decoded as
    a file is): what the command line refuses raises InputError here.
    """
    from kg.article import check_text, decode, make_article
    from kg.nlp import build_nlp
    from kg.pipeline import run
    from kg.settings import Settings

    if isinstance(text, (bytes, bytearray)):
        text = decode(bytes(text), article_id, Settings().max_bytes)
    else:
        text = check_text(text, article_id)
    article = make_article(text, {}, article_id, published, where=article_id)
    return next(run(nlp or build_nlp(), [article]))  # type: ignore[arg-type]


def frames(facts: object) -> dict[str, object]:
    """One pandas DataFrame per fact kind (actors, roles, statements, commitments,
    events) of one or many articles' facts (ArticleFacts, or Reports from extract),
    with actor ids, dates and provenance columns; needs the ``frames`` extra (pandas).
    See kg.tables for the columns."""
    from kg.tables import facts_to_frames

    return facts_to_frames(facts)  # type: ignore[arg-type]
