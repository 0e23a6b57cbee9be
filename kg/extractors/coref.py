"""Who "we" is: coreference of the first person, in one place.

Two questions, asked by two components:

- ``we_parties`` (the commitment rules, through ``unquoted_we``): whom an unquoted
  "we" binds in a text without signatories - the parties of its opening sentence,
  of a list apposed to or fronted before the "we", or of its joint title (the
  article's title, ``doc._.kg_article["title"]``); ``quoted_we`` binds a quoted
  "we" to its speaker's side.
- ``issuers`` (the own-voice statement rules): who issues a first-person text and
  where its body begins - a collective or list apposed to "we", the header's
  signatories, named parties saying "our" of themselves, else the parties a joint
  headline (the text's first line) and its first sentence name.

The two read different titles with different patterns (statement_words:
JOINT_TITLE_ANYWHERE, JOINT_TITLE) because they decide different things; the
party finders below them are shared. All are functions of the doc and its actor
table; ``_collective`` registers the collective it finds in the table.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extractors.common import facts
from kg.extractors.layout import HEADLINE, READOUT_HEADER, first
from kg.extractors.lexicon import PLURAL_COUNTRY_REFS
from kg.extractors.statement_words import (
    COLLECTIVE_NOUNS,
    FIRST_PERSON,
    FIRST_PERSON_SINGULAR,
    JOINT_TITLE,
    JOINT_TITLE_ANYWHERE,
    NARRATED_HEADER,
    PARTY_NOUNS,
    TITLE_TOPIC,
)
from kg.extractors.table import ActorTable

#: "our countries", "our two peoples": a "we" that joins both sides.
JOINT_NOUNS = PLURAL_COUNTRY_REFS | {"peoples", "governments", "leaders"}

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


def quoted_we(table: ActorTable, tok: Token) -> list[str]:
    """Who "we" is inside a quotation: the side its speaker speaks for (the
    country or body of their role), else the speaker ("'We will stand with
    Chile,' the Peruvian president said" binds Peru)."""
    if tok.lower_ not in FIRST_PERSON:
        return []
    out: list[str] = []
    found = facts(tok.doc)
    for st in found["statements"]:
        p = st.provenance
        if st.mode != "direct" or p is None or not p.start <= tok.idx < p.end:
            continue
        quote = tok.doc.char_span(p.start, p.end, alignment_mode="expand")
        if quote is not None and any(t.lower_ == "our" and t.head.lower_ in JOINT_NOUNS
                                     for t in quote):
            return []  # "our countries ..., and we will": both sides, as the table has it
        side = [st.speaker] if table.type_of(st.speaker) != "Person" else [
            r.organization for r in found["roles"] if r.holder == st.speaker and
            r.organization and table.type_of(r.organization) in STATE_TYPES][:1]
        for name in side or [st.speaker]:
            if name not in out:
                out.append(name)
    return out


def quoted_i(table: ActorTable, tok: Token) -> list[str]:
    """Who "I" is inside a quotation or a transcript's turn: its speaker ("'I will
    sign the decree,' X said" binds X), where the speaker is a person."""
    if tok.lower_ not in ("i", "me"):
        return []
    for st in facts(tok.doc)["statements"]:
        p = st.provenance
        if st.mode == "direct" and p is not None and p.start <= tok.idx < p.end and \
                table.type_of(st.speaker) == "Person":
            return [st.speaker]
    return []


def in_quote(tok: Token) -> bool:
    """Whether ``tok`` is inside a quotation kg_statements found."""
    return any(st.mode == "direct" and st.provenance is not None and
               st.provenance.start <= tok.idx < st.provenance.end
               for st in facts(tok.doc)["statements"])


def we_parties(table: ActorTable) -> list[str]:
    """Who "we" is in a text without signatories: the list first named as "we"
    ("We, the ministers of A, B and C"; "the statement of A, B and C ... We"),
    else no one: the nearest actors (often the other side) are a guess."""
    doc = table.doc
    if "kg_we" not in doc.user_data:
        doc.user_data["kg_we"] = []
        title = (doc._.kg_article or {}).get("title") or ""
        for tok in table.tokens:
            if tok.lower_ == "we" and not quoted_we(table, tok):
                named = table.refer(tok)
                if not in_quote(tok) and (opening := opening_parties(table, tok.i)):
                    doc.user_data["kg_we"] = opening
                elif not in_quote(tok) and len(listed := apposed_list(table, tok)) >= 2:
                    doc.user_data["kg_we"] = listed
                elif not in_quote(tok) and len(fronted := fronted_list(table, tok)) >= 2:
                    doc.user_data["kg_we"] = fronted
                elif not in_quote(tok) and (titled := title_parties(table, title)):
                    doc.user_data["kg_we"] = titled
                elif len(named) >= 2 and any(set(named) == set(table._last_pair(
                        tok.i, kind, window=len(table.sents)))
                        for kind in ("Country", "Person", "Organization")):
                    doc.user_data["kg_we"] = named
                break
    return list(doc.user_data["kg_we"])


def unquoted_we(table: ActorTable, tok: Token) -> list[str] | None:
    """Who "we" binds outside a quotation: the signatories, else the issuer
    (``we_parties``); None where ``tok`` is not "we"."""
    if tok.lower_ not in FIRST_PERSON or table.signatories:
        return None
    return we_parties(table)


def issuers(doc: Doc, table: ActorTable, quoted: list[bool]) -> tuple[list[str], int] | None:
    """Who issues a first-person text, and the token where its body begins; None
    where the text is not in the issuers' own voice or never names them."""
    header = first(doc, READOUT_HEADER, "header")
    if header is not None and NARRATED_HEADER.match(header.text):
        return None  # a readout narrates: its paragraphs are nobody's own words
    for tok in table.tokens:
        if quoted[tok.i] or not first_person(tok, bool(table.signatories)):
            continue
        sent = table.sent_of(tok.i)
        # "We, the G7 Foreign Ministers of ...": a named collective, or named parties
        if tok.lower_ == "we":
            for c in tok.children:
                if c.dep_ == "appos":
                    named = _collective(doc, table, c) or table.speakers(
                        _listed_of(table, c) or table.refer(c))
                    if named:
                        return named, sent.start
        if table.signatories:
            # "Statement from X": all of the text under its header is X's own
            return table.speakers(list(table.signatories)), _after(table, header, sent.start)
        # "X and Y agreed ... to strengthen our relationship": they speak of themselves
        verb = sent.root
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and tok.lower_ in FIRST_PERSON and tok.i > subj[0].i:
            named = table.refer(subj[0])
            if len(named) >= 2 and all(table.type_of(n) in STATE_TYPES
                                       for n in named):
                return named, sent.start
        break  # "we" with no issuer beside it: a joint headline may still name them
    return _joint_in_third_person(doc, table, quoted)


def _after(table: ActorTable, header: Span | None, default: int) -> int:
    """The first token of the first sentence below the header."""
    if header is None:
        return default
    return next((s.start for s in table.sents if s.start_char >= header.end_char
                 and s.text.strip()), default)


def _joint_in_third_person(doc: Doc, table: ActorTable,
                           quoted: list[bool]) -> tuple[list[str], int] | None:
    """A joint statement whose "we" names no issuer nearby, or that never says
    "we": its headline calls it one, and its parties are the subject of its first
    sentence ("The Republic of Chile and the Kingdom of Norway held ...") or the
    signatories of its header."""
    title = first(doc, HEADLINE)
    if title is None or not JOINT_TITLE.search(title.text):
        return None
    body = [s for s in table.sents if s.start_char >= title.end_char and s.text.strip()]
    if not body:
        return None
    if len(table.signatories) >= 2:
        return table.speakers(list(table.signatories)), body[0].start
    subj = [c for c in body[0].root.children if c.dep_ == "nsubj" and not quoted[c.i]]
    if not subj:
        return None
    named = table.refer(subj[0])
    if len(named) < 2:
        # "A, the B and the C announced", "the leaders of A, B and C met": every party
        # the subject lists (the parser often reads a list as appositions)
        named = parties_listed(table, subj[0])
    if len(named) >= 2 and all(table.type_of(n) in STATE_TYPES for n in named):
        return named, body[0].start
    return None


def _listed_of(table: ActorTable, head: Token) -> list[str]:
    """ "We, the governments of A, B, ... and K, recognize": every party named
    between "of" and the verb (a long list is all issuers, not the last pair, and
    the parser often breaks a long list's coordination)."""
    if head.lower_ not in PARTY_NOUNS:
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")),
              None)
    if of is None:
        return []
    verb = head.head.head if head.head.dep_ == "nsubj" else head.head
    end = verb.i if verb.i > of.i else of.right_edge.i + 1
    names: list[str] = []
    for i in range(of.i + 1, end):
        n = table.by_token[i]
        if n and n not in names and table.type_of(n) in STATE_TYPES:
            names.append(n)
    return names if len(names) >= 2 else []


def _collective(doc: Doc, table: ActorTable, head: Token) -> list[str]:
    """ "the G7 Foreign Ministers (of ...)": a Group named by the phrase up to its
    head; registered in the actor table if the actors component did not."""
    if head.lower_ not in COLLECTIVE_NOUNS:
        return []
    left = head.left_edge.i
    while left < head.i and doc[left].dep_ in ("det", "punct"):
        left += 1
    span = doc[left:head.i + 1]
    name = span.text
    if name in table.actors:
        return [table.actors[name].name]
    if len(span) < 2:
        return []  # "We, the ministers": not a name
    table.add_actor(name, "Group")
    table.add_mention(span, name)
    return [name]
