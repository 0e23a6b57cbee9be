"""Who a joint text's "we" is: the parties its title, its opening sentence or a
list beside the "we" names. Pure functions of the actor table (and a title
string); the commitment rules (``commitments._issuer``) and the own-voice
statement rules (``statements_joint.issuers``) both take their parties from here.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extractors.statement_words import (
    FIRST_PERSON,
    FIRST_PERSON_SINGULAR,
    JOINT_TITLE_ANYWHERE,
    TITLE_TOPIC,
)
from kg.extractors.table import ActorTable

#: Links from a name up to the verb that keep it in the verb's subject ("A, Jr. and
#: Prime Minister B affirmed": conjuncts, appositions, name parts).
SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "conj", "appos", "compound", "nmod"})
#: Sentences at the top of a text where a joint text names its parties.
OPENING_SENTS = 2
#: Actor types that can be a party to a joint text.
STATE_TYPES = ("Country", "Organization")


def with_their_countries(table: ActorTable, names: list[str]) -> list[str]:
    """``names`` followed by the country each person among them leads (once each,
    in order): a leader's "we" speaks for their country too."""
    out = list(names)
    for name in names:
        country = table.actors[name].country
        if table.type_of(name) == "Person" and country and country not in out:
            out.append(country)
    return out


def first_person(tok: Token, signed: bool) -> bool:
    """A first-person pronoun outside a name ("the US-Japan dialogue" is no "us");
    "I"/"my" only where a header names who signs."""
    if tok.text == "US" or tok.ent_type_:
        return False
    return tok.lower_ in FIRST_PERSON or (signed and tok.lower_ in FIRST_PERSON_SINGULAR)


def title_parties(table: ActorTable, title: str) -> list[str]:
    """The parties a joint text's title names ("Joint Statement of A and B on ...",
    "Joint A-B Statement on ...", "Joint Statement on X by President C and Prime
    Minister D"), as the text spells them; each person with the country they lead.
    Nothing where the title is no joint text's or names fewer than two parties."""
    title = title.replace("\u2019", "'")
    if not JOINT_TITLE_ANYWHERE.search(title):
        return []
    # the canonical "United States" / "United Nations" of a title's "U.S." / "U.N."
    title = re.sub(r"\bU\.S\.(?=\W|$)", "United States",
                   re.sub(r"\bU\.N\.(?=\W|$)", "United Nations", title))
    head, _, by = title.partition(" by ")
    head = TITLE_TOPIC.split(head, maxsplit=1)[0]
    found: list[tuple[int, str]] = []
    for m in table.mentions:
        name = m.name
        if table.type_of(name) not in ("Country", "Organization", "Person"):
            continue
        for surface in {table.doc[m.start:m.end].text, name}:
            for part, offset in ((head, 0), (by, len(head) + 1)):
                at = re.search(r"(?<![\w.])" + re.escape(surface) + r"(?!\w)", part)
                if at and name not in (n for _, n in found):
                    found.append((offset + at.start(), name))
    names = [n for _, n in sorted(found)]
    if len(names) < 2:
        return []
    return with_their_countries(table, names)


def apposed_list(table: ActorTable, we: Token) -> list[str]:
    """The parties a "we" names right after itself ("We, Peru, Chile, and the United
    States, as coastal states, share ..."): the names of the list, up to the first word
    that is no name, comma, "and" or "the"."""
    toks = table.tokens
    if we.i + 2 >= len(toks) or toks[we.i + 1].text != ",":
        return []
    names: list[str] = []
    for t in toks[we.i + 2:]:
        name = table.by_token[t.i]
        if name is not None:
            if name not in names:
                names.append(name)
        elif t.lower_ not in (",", "and", "the"):
            break
    return names if all(table.type_of(n) in STATE_TYPES for n in names) else []


def fronted_list(table: ActorTable, we: Token) -> list[str]:
    """The parties a "we" names itself as in a phrase before it ("As leaders of A,
    B and C, we resolve ...", "As partners, A and B, we ..."): the countries and
    bodies in that phrase, when "we" is its verb's subject."""
    if we.dep_ != "nsubj":
        return []
    names: list[str] = []
    for c in we.head.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i < we.i:
            for t in c.subtree:
                n = table.by_token[t.i]
                if n and n not in names and table.type_of(n) in STATE_TYPES:
                    names.append(n)
    return names


def opening_parties(table: ActorTable, before: int) -> list[str]:
    """The parties a joint text opens with, as the subject of its first sentence
    ("President A of Peru and Prime Minister B of Chile meet ...", "Peru and Chile
    today ..."), each person with the country they lead: who its "we" is. Nothing
    where the opening subject is one actor or the first "we" comes first."""
    for sent in table.sents[:OPENING_SENTS]:
        if sent.start >= before:
            return []
        # the parser may give "A of X and B of Y meet" two subjects, not one coordinated
        heads = [t for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                 for t in (c, *c.conjuncts)]
        if len(heads) == 1 and heads[0].i > sent.start:
            # "President A, Jr. and Prime Minister B affirmed": a parse that lost the
            # first conjunct still has it before the verb, outside any phrase
            heads = [t for t in sent[:heads[0].i - sent.start + 1] if table.by_token[t.i]
                     and t.dep_ in SUBJECT_LINKS and all(
                         a.dep_ in SUBJECT_LINKS for a in t.ancestors if a.i != sent.root.i)]
            heads = [t for k, t in enumerate(heads)
                     if k == 0 or table.by_token[t.i] != table.by_token[heads[k - 1].i]]
        if len(heads) < 2:
            continue
        named = list(dict.fromkeys(n for h in heads for n in table.refer(h)))
        if len(named) < len(heads):
            return []  # a subject that names no actor: not a list of parties
        return with_their_countries(table, named)
    return []


def parties_listed(table: ActorTable, head: Token) -> list[str]:
    """The countries and bodies a subject lists, from its first word to its verb
    ("A, the B and the C announced", "the leaders of A, B and C met": the parser
    often reads a list as appositions, or breaks a long one); none where a person
    is listed (the people are the parties then)."""
    names: list[str] = []
    for i in range(head.left_edge.i, head.head.i):
        n = table.by_token[i]
        if n is None:
            continue
        if table.type_of(n) not in STATE_TYPES:
            return []
        if n not in names:
            names.append(n)
    return names if sum(table.type_of(n) == "Country" for n in names) >= 2 else []
