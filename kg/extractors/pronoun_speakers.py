"""Who "he said" / "she added" is: the person the nearest sentence before is about.

A wire report names a speaker, then goes on with a pronoun: "Inspector Ana Dorso said
... . He said the patrols ...", "The Moldavan president responded in a televised address.
'...,' he said". The person meant is the subject of the nearest sentence before that
has a person for its subject (centring: a pronoun subject continues the last sentence's
topic), not the last person named anywhere - that may sit in an object ("... with
President X"), in a title's "of" phrase, or far back when the subject is an office the
text never names ("the Moldavan president"). Subjects that are bodies, countries or
things ("The team will guard ...") are passed over; an unnamed officer there is the
speaker (an actor of their own), or nobody when the office cannot be named.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from kg.extractors.lexicon import SAY_VERBS, TITLE_HEADS
from kg.extractors.statement_words import (
    PERSON_DESCRIPTIONS,
    POSSESSIVE_PERSON,
    UNNAMED_SPEAKER_NOUNS,
)
from kg.extractors.table import ActorTable

#: How many sentences back a pronoun subject may look for its person.
PRONOUN_WINDOW = 3
#: Nouns a person is given by instead of a name ("the Moldavan president", "the official").
PERSON_NOUNS = TITLE_HEADS | UNNAMED_SPEAKER_NOUNS | PERSON_DESCRIPTIONS
#: Pronouns that stand for one person.
SINGLE_PERSON = frozenset({"he", "she"})
#: Actor types an "it" speaker may be.
BODY_TYPES = frozenset({"Organization", "Country"})
#: Links that keep a name inside a subject phrase: "Inspector General of Police X",
#: "the army's spokesman, X", "President X".
INSIDE_SUBJECT = frozenset({"compound", "appos", "pobj", "prep", "flat", "amod"})
#: Prepositions that tie an unnamed speaker to someone else: "a spokesperson for X",
#: "an aide to X" is not X, so a later "he" is the spokesperson, not X.
SERVING_PREPS = frozenset({"for", "to"})

#: Resolves a subject noun of a speech verb: (table, its verb, the noun) -> actors.
NounSpeaker = Callable[[ActorTable, Token, Token], list[str]]


def pronoun_person(table: ActorTable, pron: Token, quoted: list[bool],
                   noun_speaker: NounSpeaker) -> list[str] | None:
    """The person a "he"/"she" subject stands for, from the subjects of the sentences
    before it (and of its own sentence before it); None when no sentence in the window
    has a person for its subject (the caller's last-person rule then applies)."""
    if pron.lower_ not in SINGLE_PERSON | POSSESSIVE_PERSON:
        return None
    for subj in _subjects_before(table, pron, quoted, pronouns=True):
        found = _person_of_subject(table, subj, noun_speaker)
        if found is not None:
            return found
    return None


def pronoun_body(table: ActorTable, pron: Token, quoted: list[bool],
                 noun_speaker: NounSpeaker) -> list[str]:
    """The body or country an "it said" / "It also claimed" stands for: the nearest
    sentence subject before it that names one ("The army said it had destroyed 12 rebel
    vehicles. It also claimed ..."), passing over people and things; [] when none in the
    window does (the caller's last-body rule then applies)."""
    for subj in _subjects_before(table, pron, quoted, pronouns=False):
        bodies = [n for n in noun_speaker(table, subj.head, subj)
                  if table.type_of(n) in BODY_TYPES]
        if bodies:
            return bodies
    return []


def _subjects_before(table: ActorTable, pron: Token, quoted: list[bool],
                     pronouns: bool) -> Iterator[Token]:
    """The main-clause subjects outside quotations before ``pron``, nearest first: of
    its own sentence, then of up to PRONOUN_WINDOW sentences before it (pronoun
    subjects too where ``pronouns``)."""
    k = table.sent_id[pron.i]
    for back in range(min(PRONOUN_WINDOW, k) + 1):
        sent = table.sents[k - back]
        subjects = [t for t in sent if t.i < pron.i and not quoted[t.i] and (
                        (t.dep_ in ("nsubj", "nsubjpass") and _main_clause(t)) or
                        (t.dep_ == "dobj" and t.head.lemma_.lower() in SAY_VERBS and
                         getattr(inverted_object(t.head, quoted), "i", -1) == t.i))
                    and (pronouns or t.pos_ != "PRON")]
        yield from reversed(subjects)


def inverted_object(verb: Token, quoted: list[bool]) -> Token | None:
    """ '"...," warned the spokesperson for X': after a quotation the parser may take
    the inverted subject of a verb of saying for its object; that object, when the
    verb has no subject of its own and comes right after the quotation's closing marks."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and not quoted[c.i] for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].is_punct and not quoted[i]:
        i -= 1
    if i < 0 or i == verb.i - 1 or not quoted[i]:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and 0 < c.i - verb.i <= 3 and
            c.pos_ in ("NOUN", "PROPN")]
    return objs[0] if objs else None


def _main_clause(subj: Token) -> bool:
    """A subject of the sentence's own clause or of a clause coordinated with it,
    not of a clause it reports or a relative clause ("X said Y will go": X only)."""
    verb = subj.head
    for _ in range(3):
        if verb.dep_ == "ROOT":
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def _person_of_subject(table: ActorTable, subj: Token,
                       noun_speaker: NounSpeaker) -> list[str] | None:
    """The person a sentence subject names ([] an unnamed office no one holds in the
    text), or None when it names no person (a body, a country, a thing, a pronoun
    that must look further back)."""
    low = subj.lower_
    if low in SINGLE_PERSON:
        return None  # "He said ... . He added ...": the same person, further back
    if subj.pos_ == "PRON":
        return None
    people = _people_inside(table, subj)
    if people:
        return people[-1:]
    if subj.pos_ != "NOUN" or subj.tag_ in ("NNS", "NNPS") or \
            subj.lemma_.lower() not in PERSON_NOUNS:
        return None
    if unknown_nationality(table, subj):
        return []  # "The Moldavan president": an office of a country the text never names
    found = [n for n in noun_speaker(table, subj.head, subj) if table.type_of(n) == "Person"]
    return found[:1]


def unknown_nationality(table: ActorTable, noun: Token) -> bool:
    """ "the Moldavan president" where no actor stands for the nationality word: whoever
    holds an office of that name elsewhere in the text is someone else."""
    return any(c.dep_ in ("amod", "compound") and c.i < noun.i and c.is_title and
               c.pos_ in ("ADJ", "PROPN") and table.by_token[c.i] is None
               for c in noun.children)


def _people_inside(table: ActorTable, subj: Token) -> list[str]:
    """Persons named in a subject phrase through names, titles, appositions and "of"
    phrases ("Inspector General of Police X"), in text order - not through verbs or
    relative clauses ("the man who met X")."""
    found: dict[str, int] = {}
    stack = [subj]
    seen: set[int] = set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        name = table.by_token[t.i]
        if name and table.type_of(name) == "Person":
            found[name] = min(found.get(name, t.i), t.i)
        serving = t.pos_ == "NOUN" and name is None and t.lemma_.lower() in UNNAMED_SPEAKER_NOUNS
        stack.extend(c for c in t.children if c.dep_ in INSIDE_SUBJECT and not (
            serving and c.dep_ == "prep" and c.lower_ in SERVING_PREPS))
    return sorted(found, key=lambda n: found[n])
