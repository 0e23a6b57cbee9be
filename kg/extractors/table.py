"""ActorTable: the article's actors, their mentions, and reference resolution.

The kg_actors component fills it (``doc._.kg_table``); the other components
ask it which actor(s) a token refers to: a named mention, a pronoun, a role
nominal ("the Russian leader", "the expert") or a plural reference ("the
parties", "the two leaders", "we").
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.article import slug
from kg.extractors.descriptions import described
from kg.extractors.layout import DATELINE, first
from kg.extractors.lexicon import (
    ATTACK_NOUNS,
    DEMONYM_ACTOR_NOUNS,
    PLACE_OF_NOUNS,
    PLACE_OF_PREPS,
    PLURAL_COUNTRY_REFS,
    PLURAL_PERSON_REFS,
    SPOKES_TITLES,
    TITLE_HEADS,
    TITLE_WORDS,
    TOPIC_NOUNS,
    TRAVEL_NOUNS,
    TRAVEL_VERBS,
    VISIT_VERBS,
)
from kg.extractors.mentions import MENTIONS, mention_span

#: People sent or speaking for a country: "the delegations from X and Y" are X and Y.
DELEGATE_NOUNS = frozenset("delegation delegate team side".split())
#: Titles of a head of state or government: one holder per country at a time.
HEAD_TITLES = frozenset({"president", "premier", "chancellor", "king", "emir"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
_HEADS = frozenset({"president", "prime", "chancellor", "king", "premier", "emir", "leader",
                    "queen", "sultan", "monarch"})
#: Title words a plural person noun stands for ("the Presidents" → presidents).
PLURAL_TITLE_WORDS = {
    "presidents": frozenset({"president"}), "leaders": _HEADS, "heads": _HEADS,
    "ministers": frozenset({"minister"}), "counterparts": _HEADS | {"minister", "secretary"},
    "envoys": frozenset({"envoy"}), "negotiators": frozenset({"negotiator", "envoy"}),
}


@dataclass
class ActorRecord:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None
    country: str | None = None  # for people and national bodies, when known
    first: tuple[int, int] = (0, 0)  # char offsets of the first mention
    first_sent: str = ""
    mentions: int = 0
    titles: set[str] = field(default_factory=set)  # role titles, lower case


#: Prepositions that make a name a place ("met in Saudi Arabia").
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "along"})
#: Nouns of a ship a name may modify: "the Kessa Star bulk carrier" is a vessel, no actor
#: (GUIDELINES: not actors), however the model tagged it.
VESSEL_NOUNS = frozenset("""ship vessel tanker carrier freighter ferry boat cargo
containership""".split())
#: "the city of Belgorod": the name after these nouns is a place.
PLACE_NOUNS = frozenset("city town village region province district port capital".split())


def office_over(tok: Token) -> Token | None:
    """The office whose phrase ends in where it is held: "the commander of Varnian
    troops in Tovala" for "Tovala" (a place "in" which, then up through "of" and "in"
    phrases, three at most); None if none."""
    if tok.ent_type_ not in ("GPE", "LOC") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in ("of", "in"):
            return None
        tok = tok.head.head
        if tok.lemma_.lower() in TITLE_HEADS and tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return None


def as_place(tok: Token) -> bool:
    """A name used as where something happened: "in Saudi Arabia and Turkey",
    "in Kuala Lumpur, Malaysia", "the border city of Belgorod" (but not "an analyst at
    the Lowy Institute, Ana Ruiz": a name beside a body is no place; nor "the commander
    of the troops in Tovala, Ana Ruiz": a person's name after an office's phrase)."""
    if tok.dep_ == "appos" and tok.ent_type_ == "PERSON" and office_over(tok.head):
        return False
    for _ in range(3):
        if tok.dep_ == "compound" and tok.head.lower_ in VESSEL_NOUNS and \
                tok.head.ent_type_ == "":
            return True  # "the Kessa Star bulk carrier": a ship's name, not a body's
        if tok.dep_ == "pobj":
            return tok.head.lower_ in PLACE_PREPS or (
                tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS)
        if tok.dep_ == "appos" and tok.head.ent_type_ == "ORG":
            return False
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
        else:
            return False
    return False


#: Offices whose "for X" is whom they speak for, not what they deal with.
SPEAKS_FOR = SPOKES_TITLES | {"representative"}


def visited(tok: Token) -> bool:
    """A name used as where someone goes, what a place belongs to or what a meeting is
    about: "traveled to Chad", "a trip to Peru", "visited Chad", "citizens of Chad",
    "the border with Peru", "Chad's capital", "a conference on Chad", where a blow fell
    ("a strike on Karvana", GUIDELINES' "a strike on Mosul"), "the Director for Chad"."""
    person = tok.ent_type_ == "PERSON"
    for _ in range(3):
        if tok.dep_ == "pobj":
            prep, owner = tok.head, tok.head.head.lemma_.lower()
            return (prep.lower_ in PLACE_OF_PREPS and owner in PLACE_OF_NOUNS) or (
                prep.lower_ == "to" and owner in TRAVEL_VERBS | TRAVEL_NOUNS) or (
                prep.lower_ == "on" and owner in TOPIC_NOUNS | ATTACK_NOUNS) or (
                # "Director for Iran": an office's brief ("a spokesman for Chad" speaks)
                prep.lower_ == "for" and owner in TITLE_HEADS - SPEAKS_FOR and
                not person)  # ("Secretary for Trade Ana Ruiz": the holder)
        if tok.dep_ == "poss":
            return tok.head.lemma_.lower() in PLACE_OF_NOUNS
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in VISIT_VERBS
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
        else:
            return False
    return False


#: Verbs whose direct object, when a name, is a place fought over or left: "the rebels
#: captured Tovala", "to leave Tovala", "bypassed Marvosk" (a person is reached, not overrun).
SEIZE_VERBS = frozenset("""capture seize take retake recapture overrun storm occupy enter
leave abandon evacuate bypass besiege encircle surround shell bomb liberate""".split())
#: Verbs whose "from X" is a place left: "withdraw from Tovala", "pull out from Tovala".
LEAVE_VERBS = frozenset("""withdraw pull retreat move flee evacuate expel drive push
return""".split())
#: Nouns whose "of X" or "over X" is a place held or lived in: "control of North
#: Varnia State", "the people of Tovala", "the road to Marvosk".
HELD_NOUNS = frozenset("""control grip hold people population road route highway outskirts
resident residents fall""".split())
#: Units of distance: "27 km from Tovala", "within two kilometres of Tovala".
DISTANCE_NOUNS = frozenset("""km kilometre kilometres kilometer kilometers mile miles metre
metres meter meters""".split())
#: Places in a town, whose name before them is the town's: "the Tovala airport",
#: "Tovala's stadium".
SITE_NOUNS = frozenset("""airport stadium port prison hospital market station airbase
outskirts""".split())


#: Where a post is put: "in a post on Chirp", "said on Chirp": the platform is no actor.
POSTED_IN = frozenset("""post posting message channel account page video statement feed
platform say write post announce publish share claim""".split())


#: Verbs whose "to X" is where a message was put: "a statement posted to Chirp" (but
#: "wrote to Ana Ruiz" is to whom).
POSTED_TO = frozenset("post upload".split())


def posted_on(tok: Token) -> bool:
    """A name used as the platform a message went out on: "in a post on Chirp",
    "said on X that ...", "announced via X", "a statement posted to Chirp" (not "agreed
    on Chad", "a strike on Kessary", "wrote to Kessler")."""
    if tok.dep_ != "pobj" or tok.ent_type_ == "DATE":
        return False
    owner = tok.head.head.lemma_.lower()
    return (tok.head.lower_ in ("on", "via") and owner in POSTED_IN) or (
        tok.head.lower_ == "to" and owner in POSTED_TO)


def fought_over(tok: Token) -> bool:
    """A name used as a place held, taken or left (wire war reports): "captured Tovala",
    "withdraw from Tovala", "control of Marvosk", "Marvosk, the capital of the province",
    "Tovala, the main city", "a Tovala resident", "20 km from Tovala", "the Tovala airport"
    (not "captured Kessler's envoy" nor "Kessler, the president")."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in tok.children):
        return True  # "Marvosk, the capital of ..."
    for _ in range(3):
        head = tok.head
        if tok.dep_ == "appos" and head.lemma_.lower() in PLACE_NOUNS:
            return True  # "took the city, Tovala,"
        if tok.dep_ in ("compound", "poss") and head.lemma_.lower() in HELD_NOUNS | SITE_NOUNS:
            return True  # "a Tovala resident", "the Tovala airport", "Tovala's stadium"
        if tok.dep_ == "dobj":
            after = tok.right_edge.i + 1
            return head.lemma_.lower() in SEIZE_VERBS and not (
                after < len(tok.doc) and tok.doc[after].tag_ in ("JJ", "VBN") and
                tok.doc[after].dep_ != "amod")  # (not "captured Tovala last week")
            # ("clashes left three soldiers dead": whom a blow left so, no place)
        if tok.dep_ == "pobj":
            owner = head.head.lemma_.lower()
            return (head.lower_ == "from" and owner in LEAVE_VERBS) or (
                head.lower_ in ("of", "over", "on", "to") and owner in HELD_NOUNS) or (
                head.lower_ in ("from", "of") and owner in DISTANCE_NOUNS)
        if tok.dep_ in ("conj", "compound") and head.i != tok.i:
            tok = head
        else:
            return False
    return False


def describes(tok: Token) -> bool:
    """A name that only describes a thing or a person: "an Austrian aid worker",
    "Chinese goods", "U.S. tariffs" (not "the Peruvian side", "Chilean officials" or
    "the Kenyan President", which stand for the country)."""
    head = tok.head
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic" and tok.dep_ in (
            "amod", "compound", "nmod") and head.i != tok.i:
        return True  # "ethnic Varnian mayors": a people, not the country's officials
    return tok.dep_ in ("amod", "compound", "nmod") and head.i != tok.i and \
        head.pos_ == "NOUN" and head.lemma_.lower() not in DEMONYM_ACTOR_NOUNS and \
        head.lower_ not in DEMONYM_ACTOR_NOUNS and head.lemma_.lower() not in TITLE_WORDS


@dataclass
class Mention:
    start: int  # token index
    end: int
    name: str


class ActorTable:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each access: read it once
        self.actors: dict[str, ActorRecord] = {}  # several names may share a record
        self._by_slug: dict[str, ActorRecord] = {}
        self.mentions: list[Mention] = []
        self.by_token: list[str | None] = [None] * len(doc)
        self.locations: list[tuple[int, int, str]] = []  # token span of place names
        # "KYIV, Feb 5 (Reuters) - ", "WASHINGTON —": not content (char offsets; kg_layout)
        line = first(doc, DATELINE)
        self.dateline: tuple[int, int] = (line.start_char, line.end_char) if line else (0, 0)
        self.signatories: tuple[str, ...] = ()  # set by readout headers ("Statement from X")
        # the countries and bodies a named collective stands for ("We, the Ministers
        # of Chile and Peru" → Chile, Peru)
        self.members: dict[str, tuple[str, ...]] = {}
        self._published = False  # doc.spans["kg_mentions"] mirrors self.mentions
        # sentence of each token, computed once (Token.sent walks the doc on every call)
        self.sents: list[Span] = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.ents: list[Span] = list(doc.ents)  # Doc.ents is rebuilt on each access
        # the tokens, made once: each Doc[i] / iteration builds a new Token object
        self.tokens: list[Token] = list(doc)
        self.sent_id: list[int] = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_id[i] = k

    def tokens_of(self, sent: Span) -> list[Token]:
        """The tokens of a sentence (shared objects; see ``tokens``)."""
        return self.tokens[sent.start:sent.end]

    def dates_in(self, sent: Span) -> list[Span]:
        """DATE entities of a sentence."""
        return [e for e in self.ents if e.label_ == "DATE" and sent.start <= e.start < sent.end]

    def sent_of(self, i: int) -> Span:
        """The sentence of token i."""
        return self.sents[self.sent_id[i]]

    # -- building -------------------------------------------------------------
    def add_actor(self, name: str, type_: str, wikidata: str | None = None,
                  country: str | None = None) -> ActorRecord:
        rec = self.actors.get(name)
        if rec is None:
            # "Mahmoud Abbas" and "Mahmoud_Abbas" have one identifier: one actor
            rec = self._by_slug.get(slug(name))
            if rec is not None:
                self.actors[name] = rec
        if rec is None:
            rec = self.actors[name] = ActorRecord(name, type_, wikidata=wikidata,
                                                  country=country)
            self._by_slug[slug(name)] = rec
        if type_ == "Person" and rec.type == "Organization" and not rec.wikidata:
            rec.type = "Person"  # a titled or PERSON-tagged mention outweighs an ORG tag
            if self._published and rec.mentions:
                self.publish_mentions()  # the spans' labels follow the type
        if wikidata and not rec.wikidata:
            rec.wikidata = wikidata
        if country and not rec.country:
            rec.country = country
        return rec

    def only_places(self) -> dict[str, bool]:
        """For each mentioned actor: is every mention of it a place ("in X") or, for a
        country, a place or a word describing something ("Chinese goods")?"""
        where: dict[str, bool] = {}
        for m in self.mentions:
            root = self.doc[m.start:m.end].root
            where[m.name] = where.get(m.name, True) and (
                as_place(root) or visited(root) or fought_over(root) or posted_on(root) or (
                describes(root) and self.actors[m.name].type == "Country"))
        return where

    def demote_to_place(self, name: str) -> None:
        """Forget an actor whose every mention turned out to be a place."""
        rec = self.actors[name]
        for m in [m for m in self.mentions if m.name == rec.name]:
            self.locations.append((m.start, m.end, self.doc[m.start:m.end].text))
            for i in range(m.start, m.end):
                self.by_token[i] = None
        self.mentions = [m for m in self.mentions if m.name != rec.name]
        for key in [k for k, r in self.actors.items() if r is rec]:
            del self.actors[key]
        if self._published:
            self.publish_mentions()

    def merge(self, name: str, into: str) -> None:
        """Make ``name`` another spelling of ``into`` ("CSIS" of the "Center for Strategic
        and International Studies"): its mentions and aliases move to ``into``."""
        src, dst = self.actors[name], self.actors[into]
        if src is dst:
            return
        dst.aliases |= src.aliases | {src.name}
        dst.titles |= src.titles
        dst.wikidata = dst.wikidata or src.wikidata
        dst.country = dst.country or src.country
        if src.mentions and (not dst.mentions or src.first < dst.first):
            dst.first, dst.first_sent = src.first, src.first_sent
        dst.mentions += src.mentions
        for m in self.mentions:
            if m.name == src.name:
                m.name = dst.name
                for i in range(m.start, m.end):
                    self.by_token[i] = dst.name
        for table in (self.actors, self._by_slug):
            for k in [k for k, r in table.items() if r is src]:
                table[k] = dst
        if self._published:
            self.publish_mentions()

    def publish_mentions(self) -> None:
        """Write the mentions to ``doc.spans["kg_mentions"]`` (label = the actor's
        type, id = its canonical name), and keep them there from now on."""
        self._published = True
        self.doc.spans[MENTIONS] = [
            mention_span(self.doc, m.start, m.end, m.name, self.actors[m.name].type)
            for m in self.mentions]

    def add_mention(self, span: Span, name: str, surface: str | None = None) -> None:
        rec = self.actors[name]
        name = rec.name  # the canonical record of a same-slug variant
        text = (surface or span.text).strip()
        if text and text != name:
            rec.aliases.add(text)
        if rec.mentions == 0:
            rec.first = (span.start_char, span.end_char)
            rec.first_sent = self.sent_of(span.start).text
        rec.mentions += 1
        bisect.insort(self.mentions, Mention(span.start, span.end, name), key=lambda m: m.start)
        for i in range(span.start, span.end):
            self.by_token[i] = name
        if self._published:
            self.publish_mentions()

    # -- lookups --------------------------------------------------------------
    def type_of(self, name: str) -> str | None:
        rec = self.actors.get(name)
        return rec.type if rec else None

    def at(self, token: Token) -> str | None:
        return self.by_token[token.i]

    def ranked(self, type_: str, before: int | None = None) -> list[str]:
        """Actors of a type, most mentioned first (mentions before token ``before``)."""
        counts: Counter[str] = Counter()
        for m in self.mentions:
            if (before is None or m.start < before) and self.actors[m.name].type == type_:
                counts[m.name] += 1
        return [n for n, _ in counts.most_common()]

    def last_before(self, i: int, type_: str, prefer_subject: bool = True) -> str | None:
        """The most recent actor of a type before token i, preferring subjects."""
        fallback = None
        for m in reversed(self.mentions):
            if m.start >= i or self.actors[m.name].type != type_:
                continue
            tok = self.doc[m.end - 1]
            head = tok if tok.dep_ != "compound" else tok.head
            if head.dep_ == "appos":  # "Russia's envoy, Kirill Dmitriev, said"
                head = head.head
            if not prefer_subject or head.dep_ in ("nsubj", "nsubjpass"):
                return m.name
            if fallback is None:
                fallback = m.name
        return fallback

    def by_title(self, words: set[str], country: str | None, before: int) -> str | None:
        """The person whose role title shares a head word with ``words`` (and who
        belongs to ``country`` when given): the latest mentioned before token
        ``before``, else the first mentioned after it (signature blocks)."""
        candidates = []
        for name, rec in self.actors.items():
            if rec.type != "Person" or (country and rec.country != country):
                continue
            title_words = {w for t in rec.titles for w in t.split()}
            if words & title_words:
                candidates.append(name)
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        before_m = [m.name for m in self.mentions if m.start < before and m.name in candidates]
        return before_m[-1] if before_m else candidates[0]

    def holder_of(self, title: Token, country: str) -> str | None:
        """Who "the Russian president" is: the person with that title and country,
        else, for a head of state or government, the most mentioned person the
        gazetteer places in that country."""
        name = self.by_title({title.lemma_.lower(), title.lower_}, country, title.i)
        if name or title.lemma_.lower() not in HEAD_TITLES:
            return name
        people = [n for n in self.ranked("Person") if self.actors[n].country == country]
        return people[0] if people else None

    def refer(self, token: Token) -> list[str]:
        """The actors a noun-phrase head refers to, conjuncts included."""
        out: list[str] = []
        for t in (token, *token.conjuncts):
            for name in self._refer_one(t):
                if name not in out:
                    out.append(name)
        return out

    def refer_of(self, noun: Token) -> list[str]:
        """The actors a noun's "of" phrase names ("the foreign ministries of X and Y",
        "the leaders of A and B": X, Y / A, B)."""
        return [n for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for n in self.refer(o)]

    def _refer_one(self, t: Token) -> list[str]:
        if (name := self.by_token[t.i]) is not None:
            return [name]
        low = t.lower_
        if t.pos_ == "PRON" or low in PERSON_PRONOUNS | PLURAL_PRONOUNS:
            if low in PERSON_PRONOUNS:
                name = self.last_before(t.i, "Person")
                return [name] if name else []
            if low in {"we", "us", "our"} and self.signatories:
                return list(self.signatories)
            if low in PLURAL_PRONOUNS:
                group = self._group_before(t)
                if group:
                    return [group]  # "Western leaders ... their intention"
                return self._plural(t, "Person") or self._plural(t, "Country")
            return []
        # "the country's Foreign Minister, Peter Szijjarto,": the apposed name
        for c in t.children:
            if c.dep_ == "appos" and c.i > t.i and (apposed := self.by_token[c.i]) is not None \
                    and t.lemma_.lower() in TITLE_HEADS:
                return [apposed]
        # "her Chilean counterpart Tomas Lind" where the parser hangs the name elsewhere:
        # the person named right after the title (one title: "presidents X and Y" lists)
        if (t.lemma_.lower() in TITLE_HEADS or low == "counterpart") and t.tag_ != "NNS" and \
                t.i + 1 < len(self.by_token) and (after := self.by_token[t.i + 1]) and \
                self.type_of(after) == "Person":
            return [after]
        left = t.left_edge.i
        # "the Russian president": the office holder, not the country named inside
        if t.lemma_.lower() in TITLE_HEADS and t.lower_ not in ("leader", "leaders") and any(
                (n := self.by_token[i]) and self.type_of(n) == "Country" and
                self.doc[i].dep_ in ("amod", "compound") for i in range(left, t.i)):
            holder_country = next(n for i in range(left, t.i) if (n := self.by_token[i]) and
                                  self.type_of(n) == "Country")
            name = self.holder_of(t, holder_country)
            if name:
                return [name]
        # "the delegations from the U.S., Ukraine and Russia", "the side of Peru"
        if t.lemma_.lower() in DELEGATE_NOUNS:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                    for obj in c.children:
                        if obj.dep_ == "pobj" and (names := self.refer(obj)):
                            return names
        # names inside the phrase ("the Russian delegation" has "Russian")
        for i in range(t.i - 1, left - 1, -1):
            name = self.by_token[i]
            if name is not None and self.doc[i].dep_ not in ("poss", "case"):
                return [name]
        if low in PLURAL_PERSON_REFS:
            return self._plural(t, "Person")
        if low in PLURAL_COUNTRY_REFS:
            return self._plural(t, "Country")
        if t.lemma_ in TITLE_HEADS or low in {"side", "counterpart"}:
            country = None
            for i in range(left, t.i):
                w = self.doc[i]
                at = self.by_token[i]
                if at and self.type_of(at) == "Country":
                    country = at
                elif w.dep_ == "poss" and at and self.type_of(at) == "Person":
                    # "his American counterpart": someone else from that country
                    pass
            if low == "side":
                return [country] if country else []
            words = {t.lemma_, low}
            if low == "leader" or low == "counterpart":
                words |= {"president", "prime", "chancellor", "leader"}
            name = self.by_title(words, country, t.i)
            if name is None and country is None and t.i > 0 and self.doc[t.i - 1].lower_ in (
                    "the",):
                name = self.by_title(words, None, t.i)
            return [name] if name else []
        return described(self, t)  # "the group", "the rebels", "the junta"

    def signatory_people(self) -> list[str]:
        """The people who sign for the signatories: a signatory country stands for
        the one person holding a head-of-state or government title of it."""
        people: list[str] = []
        for s in self.signatories:
            if self.type_of(s) == "Person":
                people.append(s)
                continue
            heads = [n for n, r in self.actors.items() if r.type == "Person" and r.country == s
                     and any(w in _HEADS for t in r.titles for w in t.split())]
            if len(heads) != 1:
                return []
            people.append(heads[0])
        return people

    def speakers(self, names: list[str]) -> list[str]:
        """Who speaks for a subject: the signing people when it is the signatories."""
        if names and tuple(names) == self.signatories:
            return self.signatory_people() or names
        return names

    def parties(self, names: list[str]) -> list[str]:
        """Who is bound: the signatories and the people who sign for them; for a
        collective that names its members, the members."""
        if len(names) == 1 and self.members.get(names[0]):
            return list(self.members[names[0]])
        if names and tuple(names) == self.signatories:
            return list(dict.fromkeys([*names, *self.signatory_people()]))
        return names

    def _plural(self, t: Token, type_: str) -> list[str]:
        """Two or more actors a plural reference stands for: people whose titles fit
        the noun ("the Presidents", "the two leaders"), else the last pair named
        together ("X and Y ... They"), else a readout's signatories, else the two
        most mentioned so far."""
        if type_ == "Person":
            low = t.lower_
            if low == "signatories" and self.signatories:
                return list(self.signatories)
            words = PLURAL_TITLE_WORDS.get(low)
            if words:
                found = self._recent_with_titles(words, t.i)
                if len(found) >= 2:
                    return found
            pair = self._last_pair(t.i, type_)
            if pair:
                return pair
            if low in ("they", "them", "their") or words:
                # third person: not the signatories who write the text
                others = [n for n in self.ranked(type_, before=t.i + 1)
                          if n not in self.signatories]
                if len(others) >= 2:
                    return others[:2]
                signed = [s for s in self.signatories if self.type_of(s) == "Person"]
                if len(others) == 1 and len(signed) == 1 and low in ("they", "them", "their"):
                    return signed + others  # a readout of X's call with Y: "They discussed"
            if self.signatories:
                return [s for s in self.signatories if self.type_of(s) == "Person"]
        else:
            pair = self._last_pair(t.i, type_)
            if pair and t.lower_ in PLURAL_PRONOUNS:
                return pair
            signed = [s for s in self.signatories if self.type_of(s) == type_]
            if len(signed) >= 2 and t.lower_ not in PLURAL_PRONOUNS:
                return signed  # "both sides" in a joint declaration: its signatories
        ranked = self.ranked(type_, before=t.i + 1) or self.ranked(type_)
        return ranked[:2] if len(ranked) >= 2 else []

    def _group_before(self, t: Token) -> str | None:
        """A collective actor named earlier in the same sentence (plural by nature)."""
        sent = self.sent_of(t.i)
        for m in reversed(self.mentions):
            if m.start >= t.i:
                continue
            if m.start < sent.start:
                return None
            if self.actors[m.name].type == "Group":
                return m.name
        return None

    def _recent_with_titles(self, words: frozenset[str], before: int) -> list[str]:
        """The two people with a fitting title mentioned last before token ``before``,
        in order of first mention."""
        seen: list[str] = []
        for m in reversed(self.mentions):
            if m.start >= before or m.name in seen:
                continue
            rec = self.actors[m.name]
            if rec.type == "Person" and any(w in words for t in rec.titles for w in t.split()):
                seen.append(m.name)
            if len(seen) == 2:
                break
        return sorted(seen, key=lambda n: self.actors[n].first)

    def mentions_before(self, before: int, window: int) -> Iterator[Mention]:
        """The mentions that start before token ``before``, latest first, back to the
        sentence ``window`` sentences before its own."""
        k0 = self.sent_id[before] if before < len(self.doc) else len(self.sents) - 1
        for m in reversed(self.mentions):
            if m.start >= before:
                continue
            if self.sent_id[m.start] < k0 - window:
                break
            yield m

    def _last_pair(self, before: int, type_: str, window: int = 4) -> list[str]:
        """Actors of a type coordinated in one phrase ("X and Y"), the latest within
        ``window`` sentences before token ``before``."""
        for m in self.mentions_before(before, window):
            if self.actors[m.name].type != type_:
                continue
            tok = self.doc[m.end - 1]
            group = [tok, *tok.conjuncts]
            names: list[str] = []
            for g in group:
                n = self.by_token[g.i]
                if n and n not in names and self.actors[n].type == type_:
                    names.append(n)
            if len(names) >= 2:
                return names
        return []
