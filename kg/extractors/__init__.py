"""kg's spaCy components; importing this package registers their factories and
the Doc extensions they share.

The components run in this order, each after what it ``requires`` (see each
factory's ``requires``/``assigns``; ``kg.nlp.build_nlp`` checks them):

===============  ================================  ======================================
component        requires                          assigns
===============  ================================  ======================================
kg_lines         (the tokens; before the parser)   token.is_sent_start at line breaks
kg_layout        (the text)                        doc._.kg_layout: doc.spans kg_headline,
                                                   kg_dateline, kg_readout_header,
                                                   kg_signatures, kg_bullets, kg_turns
kg_actors        doc.ents, token.dep/tag/lemma,    doc._.kg_table (the ActorTable),
                 doc._.kg_layout                   doc._.kg_mentions: doc.spans kg_mentions
kg_roles         kg_table, kg_mentions             doc._.kg_roles (and role titles in the
                                                   table, which reference resolution uses)
kg_statements    kg_table, kg_mentions, kg_roles   doc._.kg_statements
kg_commitments   ... and kg_statements             doc._.kg_commitments
kg_events        kg_table, kg_mentions, kg_roles   doc._.kg_events
===============  ================================  ======================================

Every fact component appends to ``doc._.kg_facts`` (a dict of lists by section);
``doc._.kg_roles`` and its siblings read one section of it.

This package imports nothing from ``kg.nlp``: ``kg.nlp`` builds pipelines out of
it, never the other way round.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extractors import (  # noqa: F401  (each module registers its factory)
    actors,
    commitments,
    events,
    layout,
    lines,
    mentions,
    roles,
    statements,
)

#: kg's fact components, in order (kg_lines and kg_layout run before the parser).
COMPONENTS = ("kg_actors", "kg_roles", "kg_statements", "kg_commitments", "kg_events")
#: The components that read the text's layout, before the parser: (name, placed after).
LAYOUT_COMPONENTS = (("kg_lines", None), ("kg_layout", "kg_lines"))
SECTIONS = ("roles", "statements", "commitments", "events")


def _section(name: str):
    return lambda doc: (doc._.kg_facts or {}).get(name, [])


for _name in ("kg_article", "kg_table", "kg_facts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
for _name, _getter in (("kg_layout", layout.layout), ("kg_mentions", mentions.mentions),
                       *((f"kg_{s}", _section(s)) for s in SECTIONS)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter)

__all__ = ["COMPONENTS", "LAYOUT_COMPONENTS", "SECTIONS"]
