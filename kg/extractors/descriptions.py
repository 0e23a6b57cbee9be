"""Definite descriptions: which named actor "the group", "the rebels", "the junta" or
"the ministry" stands for.

One ranking over the table's mentions (a pure function of the table and the noun),
which ActorTable.refer falls back on, so that every component asking the table reads
a description the same way. The kinds of description are data (DESCRIPTIONS); each
kind says which actors fit and how far back to look.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extractors.lexicon import SAY_VERBS

if TYPE_CHECKING:
    from kg.extractors.table import ActorTable

#: How many sentences back a bare "the group" may reach for the body it takes up.
WINDOW = 2

#: Nouns that, as "the <noun>" alone, take up an actor named before, by kind:
#: "body" - the Organization named last whose name has the noun, else the one named
#: last within WINDOW sentences that is no state's own body ("the Tovar Front
#: attacked ... The group said"); "named" - the Organization named last whose name has
#: the noun ("the Ministry of Health ... the ministry said"); "members" - the
#: Organization named last beside a word of the noun's kind ("Tovar rebels", "the rebel
#: Front"); "ruling" - the country whose rulers the noun names: the one named last
#: within WINDOW sentences as the owner of a ruling body ("Mali's military ... the
#: junta"), else the country the article is most about.
DESCRIPTIONS: dict[str, str] = {
    **dict.fromkeys("""group movement militia organization organisation bloc alliance
        coalition faction""".split(), "body"),
    **dict.fromkeys("""ministry department agency commission council committee mission
        army""".split(), "named"),
    **dict.fromkeys("""rebels militants fighters insurgents guerrillas guerillas jihadists
        militiamen""".split(), "members"),
    **dict.fromkeys("junta regime authorities".split(), "ruling"),
}
#: Words of an armed group's own name ("the Tovar Liberation Front", "the Kessary
#: Patriotic Movement"): "the rebels" near one with no description beside it are its.
#: Not "front" or "movement" alone: "the new Front seized the town. The rebels said"
#: does not say the Front is the rebels.
ARMED_NAME_WORDS = frozenset("""liberation revolutionary independence resistance salvation
    patriotic militia brigade brigades""".split())
#: Verbs whose object is whom news is told to ("told Reuters", "according to AFP"): an
#: outlet so named is no body a description takes up.
TOLD_TO = SAY_VERBS | frozenset("say tell add report accord".split())
#: Verbs whose subject is an outlet relaying the news ("Reuters has reported", "state
#: television quoted ..."), no body a description takes up.
RELAYING = frozenset("report quote cite broadcast publish".split())
#: Words of a ruling body whose named owner the "ruling" kind takes ("Mali's junta",
#: "the Malian military", "Niger's government").
RULING_OWNED = frozenset("""junta regime government authorities military army leaders
    rulers administration""".split())


def described(table: ActorTable, noun: Token) -> list[str]:
    """The actor a bare definite description stands for ("the group" said ...), or []
    where the noun is none, is qualified ("the armed group", "the group's leader" is
    read elsewhere) or nothing named before fits."""
    kind = DESCRIPTIONS.get(noun.lower_) or (
        DESCRIPTIONS.get(noun.lemma_.lower()) if noun.tag_ == "NN" else None)
    if kind is None or noun.pos_ != "NOUN" or table.by_token[noun.i] is not None:
        return []
    lefts = list(noun.lefts)
    if len(lefts) != 1 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
        return []  # "a group", "the armed group", "the two groups", "its allies"
    if (kind == "members") != (noun.tag_ == "NNS"):
        return []  # "the rebels" are members; "the groups" are several
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []  # "the ministry of health": a name the text gives, read elsewhere
    if kind == "ruling":
        return _ruling(table, noun)
    words = {noun.lower_, noun.lemma_.lower()}
    doc = table.doc
    sent = table.sent_id[noun.i]
    armed: str | None = None  # the armed group named last nearby, for "the rebels"
    body: str | None = None  # the body named last nearby, for "the group"
    for m in reversed(table.mentions):
        if m.start >= noun.i or table.type_of(m.name) != "Organization" or \
                _told(table, m.end - 1):
            continue
        near = table.sent_id[m.start] >= sent - WINDOW
        if kind in ("body", "named") and words & set(m.name.lower().split()):
            return [m.name]  # "the Unity coalition ... the coalition said"
        if kind == "body" and near and body is None and table.actors[m.name].country is None:
            body = m.name  # not a state's own department or army
        if kind == "members":
            beside = [doc[i] for i in (m.start - 1, m.end) if 0 <= i < len(doc)]
            if any(t.lower_ in words or t.lemma_.lower() in words or t.lower_ + "s" in words
                   for t in beside):
                return [m.name]
            if near and armed is None and table.actors[m.name].country is None and \
                    ARMED_NAME_WORDS & set(m.name.lower().split()):
                armed = m.name  # ("the Tovar Liberation Front attacked ... The rebels")
    found = body or armed
    return [found] if found else []


def _ruling(table: ActorTable, noun: Token) -> list[str]:
    sent = table.sent_id[noun.i]
    for m in reversed(table.mentions):
        if m.start >= noun.i or table.sent_id[m.start] < sent - WINDOW:
            continue
        if table.type_of(m.name) != "Country":
            continue
        tok = table.doc[m.end - 1]
        if tok.dep_ in ("poss", "amod", "compound") and tok.head.lower_ in RULING_OWNED:
            return [m.name]
    ranked = table.ranked("Country", before=noun.i)
    return ranked[:1]


def _told(table: ActorTable, i: int) -> bool:
    """The name on token ``i`` is whom the news was told to ("a medic told Reuters",
    "according to AFP") or who relayed it ("Reuters has reported")."""
    head = table.tokens[i]
    head = head.head if head.dep_ == "compound" else head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return (head.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in TOLD_TO) or (
        head.dep_ == "nsubj" and head.head.lemma_.lower() in RELAYING)
