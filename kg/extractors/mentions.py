"""Actor mentions as spaCy data: ``doc.spans["kg_mentions"]``.

Every actor mention kg resolves is one span of the group, in text order:
``span.label_`` is the actor's type (Person, Country, Organization, Group) and
``span.id_`` its canonical name in the article, the name the facts use
(``Statement.speaker``, ``Role.holder``, ...; ``kg.identity`` later gives that
name its identity across articles). A mention may be a name ("Vladimir Putin",
"Putin"), a demonym or capital that stands for a country ("Russian", "the
Kremlin"), a government ("the Trump administration") or a collective
("Western leaders").

kg_actors writes the group once it has resolved the article's names; a later
component that resolves a further mention (a signature line, a joint text's
collective) adds it through ``ActorTable.add_mention``, which keeps the group
in step. Read it with :func:`actor_of`, :func:`mention_of` and
:func:`mentions_of`: they need nothing but the Doc.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words="Ana Ruiz met Bo Lind".split())
>>> doc.spans[MENTIONS] = [mention_span(doc, 0, 2, "Ana Ruiz", "Person")]
>>> actor_of(doc[1]), actor_of(doc[0:2]), actor_of(doc[3])
('Ana Ruiz', 'Ana Ruiz', None)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, SpanGroup, Token

#: The span group's key.
MENTIONS = "kg_mentions"


def mention_span(doc: Doc, start: int, end: int, name: str, type_: str) -> Span:
    """One mention: tokens ``start:end`` of ``doc`` name the actor ``name`` of ``type_``."""
    return Span(doc, start, end, label=type_, span_id=name)


def mentions(doc: Doc) -> SpanGroup | list[Span]:
    """The article's mentions (empty before kg_actors has run)."""
    return doc.spans[MENTIONS] if MENTIONS in doc.spans else []


def mention_of(item: Token | Span) -> Span | None:
    """The mention a token is part of; for a span, the mention its root is part of."""
    tok = item.root if isinstance(item, Span) else item
    for m in mentions(tok.doc):
        if m.start <= tok.i < m.end:
            return m
        if m.start > tok.i:
            break  # the group is in text order
    return None


def actor_of(item: Token | Span) -> str | None:
    """The canonical name of the actor a token or span mentions, else None."""
    m = mention_of(item)
    return m.id_ if m is not None else None


def mentions_of(doc: Doc, name: str) -> list[Span]:
    """Every mention of the actor ``name``, in text order."""
    return [m for m in mentions(doc) if m.id_ == name]
