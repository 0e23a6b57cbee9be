"""Speakers a report describes instead of naming.

"Sources said ...", "witnesses told Reuters ...", "according to residents", "a close
aide to X has said", '"...," the villager said': people the text never names speak as
actors of their own - a Person (one) or a Group (several) named as the text gives them
(GUIDELINES §Actors: unnamed collectives that speak are groups named as in the text).
"The official said" after "a security official told AFP" is that official again.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extractors.acronyms import is_acronym, spells
from kg.extractors.lexicon import BARE_GROUPS, TITLE_HEADS
from kg.extractors.statement_words import (
    BODY_BACK_NOUNS,
    OWNED_VOICE_NOUNS,
    PERSON_DESCRIPTIONS,
    STATEMENT_NOUNS,
    UNNAMED_SPEAKER_NOUNS,
)
from kg.extractors.table import ActorTable

#: Determiners that point back at someone described before.
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Modifiers kept in the name: "senior", "local", "security" ("a senior security official").
NAME_MODS = frozenset({"amod", "compound", "nmod"})
#: Documents and remarks that speak for whoever made them ("a statement by X said").
VOICE_DOCUMENTS = STATEMENT_NOUNS | {"comment", "remark"}
#: Verbs an outlet relays others' words with: "Reuters reported".
RELAYING_VERBS = frozenset({"report", "quote", "cite"})
#: The possessive ending, however it is typed.
POSSESSIVE_S = frozenset({"'s", "\u2019s"})
#: Nouns that name nobody without their "of" phrase: "a member of the council".
RELATIONAL = frozenset({"member", "representative", "relative"})


def unnamed_speaker(table: ActorTable, noun: Token) -> list[str]:
    """The actor an undescribed speaker noun stands for; [] where it is no such noun,
    or where a possessive ties it to someone ("his aide", "its members")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in UNNAMED_SPEAKER_NOUNS or \
            table.by_token[noun.i] is not None:
        return []
    if any(c.dep_ == "poss" for c in noun.children):
        return []
    plural = noun.tag_ in ("NNS", "NNPS")
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if dets and dets[0] in DEFINITE:
        # '"...," the official said' after "a security official told AFP": that official
        for m in reversed(table.mentions):
            if m.start >= noun.i:
                continue
            head = table.doc[m.end - 1]
            if head.lemma_.lower() == lemma and (head.tag_ in ("NNS", "NNPS")) == plural:
                return [m.name]
        # described earlier but not registered yet (quotations are read first)
        for t in reversed(table.tokens[:noun.i]):
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and \
                    (t.tag_ in ("NNS", "NNPS")) == plural and _introduced(t):
                # "spokesperson of the front Ivo Banek": the name after the title
                named = _name_after(table, t)
                return [named] if named else unnamed_speaker(table, t)
    mods = [c for c in noun.children if c.dep_ in NAME_MODS and c.i < noun.i]
    definite = bool(dets) and dets[0] in DEFINITE
    if plural and (definite or (not mods and lemma not in BARE_GROUPS)):
        # "the villagers" stand for people named before; a bare "sources" is no
        # collective the text names yet (kg_actors' rule for groups)
        return []
    if definite and not any(c.dep_ in ("relcl", "acl", "prep") for c in noun.children) and \
            not _serving_after(noun):
        # "the official" with no official before stands for someone named otherwise;
        # "the villager who described the fighting" is described here, first
        return []
    if any(table.by_token[t.i] for c in mods for t in c.subtree):
        return []  # "Reuters witnesses", "Chilean officials": the rules for described people
    start = min([noun.i, *(t.i for c in mods for t in c.subtree)])
    span = table.doc[start:noun.i + 1]
    if any(t.is_punct or t.pos_ in ("PRON", "DET", "NUM") for t in span):
        return []
    name = span.text
    if lemma in RELATIONAL and (end := _phrase_end(noun)) > noun.i:
        # "a member of the local defence force": the noun alone names nobody
        name = table.doc[start:end + 1].text
    # the whole phrase as the text gives it ("a close aide to General X") is an alias;
    # only the head words are marked, so the names inside keep their own actors
    whole = table.doc[noun.left_edge.i:_phrase_end(noun) + 1]
    table.add_actor(name, "Group" if plural else "Person")
    table.add_mention(span, name, surface=whole.text if len(whole) <= 12 else None)
    return [table.actors[name].name]


def _serving_after(noun: Token) -> bool:
    """ '"...," warned the spokesperson for X': a "for/to/of" phrase right after the
    noun describes it even where the parser hung it on the verb."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].dep_ == "prep" and \
        doc[noun.i + 1].lower_ in ("for", "to", "of")


def _name_after(table: ActorTable, noun: Token) -> str | None:
    """The person named right after a title phrase ("spokesperson of the front X",
    "the army's spokesman, X"), however the parser attached the name."""
    i = _phrase_end(noun) + 1
    while i < len(table.doc) and table.doc[i].is_punct:
        i += 1
    name = table.by_token[i] if i < len(table.doc) else None
    return name if name and table.type_of(name) == "Person" else None


def _introduced(noun: Token) -> bool:
    """ "a security official", "the villager who described the fighting": a first
    description a later "the official" can point back to."""
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return (bool(dets) and dets[0] in ("a", "an")) or any(
        c.dep_ in ("relcl", "acl", "prep") for c in noun.children)


def _phrase_end(noun: Token) -> int:
    """The last token of the noun phrase with its "of/to/for" phrases ("a close aide
    to General X"), without relative clauses or appositions."""
    end = noun.i
    for c in noun.children:
        if c.i > noun.i and c.dep_ == "prep":
            end = max(end, c.right_edge.i)
    return end


def owned_voice(table: ActorTable, noun: Token) -> list[str]:
    """ "Peru's government said", "the delegation of Peru said": Peru (GUIDELINES
    §Actors: governments fold into their country); "The government of Peru will not
    ..., its delegation said": the country or body that is the subject of the clause
    the possessive's verb reports."""
    if noun.lemma_.lower() not in OWNED_VOICE_NOUNS or noun.dep_ != "nsubj":
        return []
    # "Colombia's government", "the delegation of Peru": the country itself
    named = [o for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"
             for o in (c,)] + [o for p in noun.children if p.dep_ == "prep" and
                               p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    countries = [n for t in named for n in table.refer(t) if table.type_of(n) == "Country"]
    if countries:
        return countries
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        return []
    verb = noun.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.i]
    if verb.dep_ == "conj" and verb.head.i < noun.i:
        clauses.append(verb.head)  # "<clause>, its delegation said" coordinated by the parser
    for clause in clauses:
        for s in clause.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                # "Peru", "the Peruvian government", "the government of Peru"
                of = [o for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
                names = [n for t in (s, *of) for n in table.refer(t)
                         if table.type_of(n) in ("Country", "Organization")]
                if names:
                    return names
    return []


def document_voice(table: ActorTable, noun: Token) -> list[str]:
    """ "A statement by the group said", "X's comments said", "an army statement
    said": who issued the document speaks through it."""
    if noun.lemma_.lower() not in VOICE_DOCUMENTS:
        return []
    for c in noun.children:
        before = c.i < noun.i and c.dep_ in ("poss", "compound", "amod")
        if before and c.pos_ != "PRON":
            if names := table.refer(c):
                return names
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for o in c.children:
                if o.dep_ == "pobj" and (names := table.refer(o)):
                    return names
        # "a statement released (issued, signed) by the foreign ministries of X and Y"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING_PARTICIPLES:
            for a in c.children:
                if a.dep_ == "agent":
                    for o in a.children:
                        if o.dep_ == "pobj" and (names := table.refer(o) or table.refer_of(o)):
                            return names
    return []


#: Verbs of putting a text out, as participles after it ("a statement issued by X").
ISSUING_PARTICIPLES = frozenset({"issue", "release", "publish", "sign", "adopt", "post",
                                 "circulate", "distribute"})


def office_of_country(table: ActorTable, noun: Token) -> list[str]:
    """ "The President of China noted ...": the holder of that office the text
    names (a readout names the leader once, then by office)."""
    at = table.by_token[noun.i]
    if noun.lemma_.lower() not in TITLE_HEADS or (at is not None and
                                                   table.type_of(at) != "Country"):
        return []
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for o in p.children:
            country = table.by_token[o.i] if o.dep_ == "pobj" else None
            if country and table.type_of(country) == "Country":
                holder = table.holder_of(noun, country)
                return [holder] if holder else []
    return []


def demonym_body_back(table: ActorTable, noun: Token) -> list[str]:
    """ "The Tessan Liberation Front said ... The Tessan group added ...": a body noun
    qualified only by a nationality is the organization named before, not the country
    the nationality names ([] where no organization was named before)."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if not mods or any(c.ent_type_ != "NORP" and (
            (n := table.by_token[c.i]) is None or table.type_of(n) != "Country")
            for c in mods):
        return []
    return body_named_before(table, noun, allow=frozenset(c.i for c in mods))


def body_named_before(table: ActorTable, noun: Token,
                      allow: frozenset[int] = frozenset()) -> list[str]:
    """ "The Rapid Force denied it ... The group insisted ...", "The regional bloc said":
    the organization named last before, subjects first (``allow``: qualifiers that do
    not make it another body)."""
    if noun.lemma_.lower() not in BODY_BACK_NOUNS or noun.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
            c.dep_ in ("compound", "poss", "nmod", "prep", "relcl", "appos") and
            c.i not in allow for c in noun.children):
        return []
    fallback = None
    for m in reversed(table.mentions):
        if m.start >= noun.i or table.type_of(m.name) != "Organization":
            continue
        head = table.doc[m.end - 1]
        for _ in range(3):  # "The Rapid Force (RF) paramilitary group denied ..."
            if head.dep_ not in ("compound", "nmod", "appos", "amod") or head.head.i == head.i:
                break
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            if head.head.lemma_.lower() in RELAYING_VERBS:
                continue  # "..., Reuters has reported": the outlet relaying it, not the body
            return [m.name]
        fallback = fallback or m.name
    return [fallback] if fallback else []


def acronym_of_body(table: ActorTable, noun: Token) -> list[str]:
    """ '"...," said the PC in a statement' after "The Presidential Council (PC)
    responded ...": an acronym no actor holds is the body named before whose initials
    it spells (nearest first). One that spells none ("The ELN accuses the government
    of ...", where the model tagged no body) is a body of its own, named by it: people
    and places are not spoken of by three or more capitals."""
    if not is_acronym(noun.text) or table.by_token[noun.i] is not None:
        return []
    for m in reversed(table.mentions):
        if m.start < noun.i and table.type_of(m.name) in ("Organization", "Country") and \
                spells(noun.text, m.name):
            return [m.name]
    if len(noun.text) < 3 or noun.pos_ != "PROPN" or any(
            c.dep_ in ("compound", "amod", "poss") for c in noun.children):
        return []
    table.add_actor(noun.text, "Organization")
    table.add_mention(noun.doc[noun.i:noun.i + 1], noun.text)
    return [noun.text]


def unrecognised_person(table: ActorTable, noun: Token) -> list[str]:
    """ "Tomas Vell, a Lomar resident, told a news agency", "A cleric in Velo, Ivo Baro,
    said": a name set beside a description of a person is that person, when the
    language model left the name untagged."""
    descs = PERSON_DESCRIPTIONS | UNNAMED_SPEAKER_NOUNS | TITLE_HEADS
    if noun.pos_ == "PROPN":
        name_tok = noun
        ok = any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in descs
                 for c in noun.children)
    elif noun.pos_ == "NOUN" and noun.lemma_.lower() in descs:
        name_tok = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                        noun)
        ok = name_tok is not noun
    else:
        return []
    if not ok:
        return []
    parts = [c for c in name_tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.i < name_tok.i]
    start = min([name_tok.i, *(c.i for c in parts)])
    span = table.doc[start:name_tok.i + 1]
    if not 2 <= len(span) <= 4 or any(not t.is_alpha or not t.is_title or table.by_token[t.i]
                                       for t in span):
        return []
    table.add_actor(span.text, "Person")
    table.add_mention(span, span.text)
    return [table.actors[span.text].name]


def same_title_before(table: ActorTable, noun: Token) -> list[str]:
    """ "Its spokesman, Colonel X, said ... . Asked about the talks, the army's spokesman
    said ...": a title given again (with "the" or a possessive) is the person named
    beside the same title before, when no other rule found its holder."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma not in TITLE_HEADS or \
            table.by_token[noun.i] is not None or not _given_again(noun):
        return []
    for t in reversed(table.tokens[:noun.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma or t.tag_ != "NN":
            continue
        for c in t.children:  # "Its spokesman, Colonel X,"
            if c.dep_ == "appos" and (name := table.by_token[c.i]) and \
                    table.type_of(name) == "Person":
                return [name]
        named = _name_after(table, t)  # "spokesman Colonel X", "spokesman of the army X"
        if named:
            return [named]
        if t.dep_ == "compound" and (name := table.by_token[t.head.i]) and \
                table.type_of(name) == "Person":
            return [name]  # "army spokesman X"
        if _given_again(t):
            continue  # "The junta's spokesman also said ...": itself a title given again
        return []  # the nearest same title introduces someone unnamed: no guess further back
    return []


def _given_again(noun: Token) -> bool:
    """ "the spokesman", "its spokesman", "the junta's spokesman": a title that points
    back (a possessive - however the parser hung the "'s" - or a definite article)."""
    doc = noun.doc
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE):
            return True
        if c.dep_ == "nmod" and c.i + 1 < noun.i and doc[c.i + 1].lower_ in POSSESSIVE_S:
            return True
    return False
