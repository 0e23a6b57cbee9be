"""Hand-built facts for tests that need no model."""

from __future__ import annotations

from kg.model import Actor, Article, ArticleFacts, Commitment, Event, Provenance, Role, Statement


def prov(start: int = 0, end: int = 10, conf: float = 0.8, who: str = "test") -> Provenance:
    return Provenance("A sentence.", start, end, who, conf)


def sample_facts(article_id: str = "a1", published: str = "2026-03-12",
                 action: str = "reopen the border crossing") -> ArticleFacts:
    art = Article(article_id, "text", title="Talks", source="Test Wire",
                  url="https://example.org/a1", published=published, license="CC0-1.0")
    return ArticleFacts(
        art,
        actors=(
            Actor("Egypt", "Country", ("Cairo",), "Q79", prov(0, 5)),
            Actor("Jordan", "Country", (), "Q810", prov(10, 16)),
            Actor("Omar Haddad", "Person", ("Haddad",), None, prov(20, 31)),
        ),
        roles=(Role("Omar Haddad", "Foreign Minister", "Jordan", prov(20, 31, 0.85)),),
        statements=(Statement("Omar Haddad", "the crossing will open on Monday", "reported",
                              published, prov(40, 72, 0.75)),
                    Statement("Egypt", "We are ready", "direct", None, prov(80, 92, 0.9))),
        commitments=(Commitment(("Egypt", "Jordan"), (), action, "agreed", published,
                                prov(100, 140, 0.7)),),
        events=(Event("Meeting", ("Egypt", "Jordan"), published, "Amman", prov(150, 157, 0.7)),),
    )
