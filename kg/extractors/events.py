"""kg_events: calls, meetings, negotiations, exchanges and attacks.

A trigger is a noun ("the telephone conversation between X and Y", "talks in
Abu Dhabi", "the 175-for-175 exchange"), a verb ("Witkoff met with Putin") or a
verb frame of patterns/events.jsonl whose arguments name actors ("X spoke with
Y", "X welcomed Y"; the frame's id is the event's ``provenance.extractor``).
A readout reads as its genre: a headline (the article's title, else its first
line) such as "Readout of X's Call with Y" makes "X and Y spoke" a call, and its
lead event with no day stated is dated the day of publication.
Participants come from "between X and Y", "with X", the subject, possessors
and modifiers ("US-Russian talks"), else the actors of the sentence. The date
is the nearest date expression, resolved against the publication date; the
location the place after "in"/"at". Planned events ("will meet on Monday", "the
next round") are events too (GUIDELINES), dated the coming day or null. Mentions of the
same event (same type, shared participants, compatible dates) are merged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg import dates
from kg.extractors import layout
from kg.extractors.common import dateline_night, facts, provenance, published, sentence_date
from kg.extractors.lexicon import (
    DEMONYM_ACTOR_NOUNS,
    EVENT_NOUNS,
    EVENT_VERBS,
    PLURAL_PERSON_REFS,
    SAY_VERBS,
    TITLE_HEADS,
)
from kg.extractors.table import ActorTable, as_place
from kg.model import Event

FUTURE = frozenset({"will", "would", "shall", "next", "upcoming", "planned", "future",
                    "further", "new", "possible", "proposed"})
PLANNING_VERBS = frozenset("""offer propose plan agree hope want intend expect schedule prepare
invite suggest seek aim""".split())
AVERTING = frozenset("""stop halt cease end ban prevent refrain suspend moratorium ceasefire
truce pause avoid prohibit""".split())
#: Verbs of a report whose occasion is the day's news ("said after the talks").
REPORTING = frozenset("say tell add note state remark declare insist write".split())
SAY_OR_REPORT = SAY_VERBS | REPORTING
#: Adverbs that tell a verb's event as another one ("also met", "met again").
ANOTHER = frozenset("also again later then subsequently separately too".split())
PHONE = frozenset({"phone", "telephone", "call", "calls", "phoned"})
#: "ahead of the talks": a reference to an event told elsewhere, not a new one.
TEMPORAL_PREPS = frozenset("before after during since following amid ahead".split())
#: Prepositions naming an attack's target ("strikes on Kyiv", "rockets at Israel").
TARGET_PREPS = ("on", "against", "at", "into", "toward", "towards")
#: What is fired or launched in an attack.
WEAPON_NOUNS = frozenset("""rocket missile drone shell mortar projectile salvo barrage
bomb grenade gas bullet shot cannon artillery""".split())
#: Verbs whose "strike" is a stoppage of work ("staged a strike", "called a strike").
#: Verbs of sending a weapon off: "a drone launched by X", not "a drone downed by X".
LAUNCHING_VERBS = frozenset("fire launch shoot drop lob send fly operate".split())
STRIKE_CALLING = frozenset("stage hold call end suspend join announce stag".split())
#: Verbs whose subject carries out the attack their object names ("launched strikes").
WAGING_VERBS = frozenset("""launch carry conduct mount stage claim unleash perpetrate commit
step intensify continue resume renew order execute escalate wage begin start plan lay lead
spearhead""".split())
#: Verbs whose object "call" is an appeal, not a phone call ("issued a call for talks",
#: "renewed calls for a ceasefire", "heeded the call").
APPEALING_VERBS = frozenset("""issue renew repeat echo reiterate heed answer reject ignore
dismiss back support join amplify intensify step""".split())
#: Words that make a "strike" a stoppage of work, not an attack.
WORK_STRIKE = frozenset("""worker workers labor labour general hunger sanitation union
teacher teachers nurse nurses national nationwide""".split())
#: Counts of people that name no one themselves: "thousands of farmers", "dozens of
#: students" (who they are is under "of").
QUANTITY_NOUNS = frozenset("thousand hundred dozen ten million score crowd number".split())
#: Verbs whose object "X" is accused of an event ("accused X of violating the truce").
ACCUSING_VERBS = frozenset("accuse blame charge suspect".split())
#: Verbs whose object is an event said not to have happened ("denied the attack").
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute"})
#: Nouns that frame an event without being one ("a second round of talks", "claimed
#: responsibility for the bombing": the frame's verb has the actor).
FRAME_NOUNS = frozenset("round series wave start course resumption part responsibility".split())
#: Nouns for the people on the other end of a call ("a video call with European leaders").
PEOPLE_NOUNS = TITLE_HEADS | PLURAL_PERSON_REFS | frozenset(
    "leader official counterpart governor mayor delegation team".split())
#: What is met without a meeting ("make ends meet", "the targets meet ...").
THINGS_MET = frozenset("""end need demand requirement target goal expectation deadline
condition criterion standard obligation threshold""".split())
#: Verbs whose "the <event>" object is an event told before ("Y joined the call").
#: Verbs whose agent brings talks or a meeting about ("talks mediated by X"): a party.
MEDIATING_VERBS = frozenset("""mediate co-mediate broker facilitate host co-host sponsor
convene organize organise chair""".split())
ANAPHORIC_VERBS = frozenset("join attend".split())
#: Verbs that judge an event told before ("the Kremlin described the conversation as
#: frank", "X hailed the talks"): "the <event>" under them is no new one.
JUDGING_VERBS = frozenset("""describe call characterize characterise term hail praise welcome
assess summarize summarise qualify label""".split())
PRISONER_WORDS = frozenset("prisoner prisoners pow pows captive captives body bodies "
                           "soldier soldiers servicemen detainee detainees".split())


#: People or forces named by the body they belong to ("ministers of the G7", "Chad's
#: army", "fighters from the X group"): that body takes part for them.
MEMBER_NOUNS = TITLE_HEADS | DEMONYM_ACTOR_NOUNS | frozenset("""negotiator delegate envoy
representative member fighter militant gunman rebel insurgent soldier troop force army
military militia navy police unit jet warplane supporter worker employee staff parliament
legislature cabinet junta""".split())

PATTERNS = Path(__file__).parent / "patterns" / "events.jsonl"
#: Where a conversation is held face to face ("spoke with X on the sidelines of ...").
IN_PERSON = frozenset("sidelines margins person face-to-face".split())


@dataclass(frozen=True)
class Frame:
    """A verb that makes an event when its arguments name actors (patterns/events.jsonl):
    "X spoke with Y" (``preps``), "X welcomed Y" (``dobj``), "X and Y spoke" (``subjects``)."""
    id: str
    type: str
    lemmas: frozenset[str]
    preps: frozenset[str] = frozenset()
    dobj: bool = False
    subjects: int = 0
    objects: frozenset[str] = frozenset()
    genre: str | None = None  # only in a text of this genre (a call readout)
    in_person: str | None = None  # the type when the verb is held at a place
    subject: bool = False  # the subject (or the passive's agent) names the actor
    passive: bool = False  # the passive subject counts as the object ("X was appointed")
    dobj_lemmas: frozenset[str] = frozenset()  # the object must be one of these nouns
    needs: frozenset[str] = frozenset()  # one of these must hang on the verb ("named X as")
    place_preps: frozenset[str] = frozenset()  # where it happened, besides in/at ("to")
    excludes: frozenset[str] = frozenset()  # nouns under the verb that undo it ("in a report")
    dobj_ents: frozenset[str] = frozenset()  # or the object is an entity of these labels
    #: prepositions whose object counts as the verb's object ("agreed to a ceasefire")
    object_preps: frozenset[str] = frozenset()
    #: the subject must be one of these nouns ("missiles hit X", not "tariffs hit X")
    subj_lemmas: frozenset[str] = frozenset()
    #: the verb must carry its day ("agreed to a truce on Monday"): news of the day, not
    #: a readout's account of what the leaders agreed
    dated: bool = False
    #: prepositions naming whom the act is aimed at ("sanctions against X were announced")
    target_preps: frozenset[str] = frozenset()
    #: words of the sentence that stand for ``needs`` ("released X in exchange for Y")
    sentence_words: frozenset[str] = frozenset()
    #: the verb takes no object ("protesters marched", not "demonstrated its resolve")
    no_dobj: bool = False
    #: an unnamed collective doing it is a Group actor ("thousands of farmers protested")
    collective: bool = False
    #: the object's "of" must name one of these nouns or an entity of ``of_ents``
    #: ("took control of the town", not "took control of the airline")
    of_lemmas: frozenset[str] = frozenset()
    of_ents: frozenset[str] = frozenset()
    #: the verb may recount an encounter told already ("X called Y. The two leaders
    #: discussed ..."): no event of its own unless it brings in someone new; in a
    #: readout it is the readout's own encounter
    recounts: bool = False


@dataclass(frozen=True)
class Headline:
    """A headline that says what a text reads out: "Readout of X's Call with Y"."""
    id: str
    type: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Noun:
    """An event noun beyond the shared lexicon ("the invasion", "a raid")."""
    id: str
    type: str
    lemmas: frozenset[str]
    #: only as a dated title ("Executive Order 14257 of April 2, 2025"), not "an order"
    dated_title: bool = False
    #: a campaign dated only by its own phrase ("the invasion" of a sentence dated today)
    own_date: bool = False
    #: an occasion for whom its "of" names ("the funeral of X"): who attends, awaits or
    #: holds it takes no part
    honoree: bool = False
    #: verbs whose subject holds the event ("staged a protest"); with none given, any
    #: governing verb's subject does ("launched an offensive" is judged elsewhere)
    doers: frozenset[str] = frozenset()
    #: a noun with an "of" phrase is another sense ("a demonstration of resolve")
    no_of: bool = False


def load_patterns(path: Path = PATTERNS) -> tuple[list[Frame], list[Headline], list[Noun]]:
    frames: list[Frame] = []
    headlines: list[Headline] = []
    nouns: list[Noun] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if d["kind"] == "headline":
                headlines.append(Headline(d["id"], d["type"], re.compile(d["pattern"], re.I)))
            elif d["kind"] == "noun":
                nouns.append(Noun(d["id"], d["type"], frozenset(d["lemmas"]),
                                  bool(d.get("dated_title")), bool(d.get("own_date")),
                                  bool(d.get("honoree")), frozenset(d.get("doers", ())),
                                  bool(d.get("no_of"))))
            else:
                frames.append(Frame(
                    d["id"], d["type"], frozenset(d["lemmas"]), frozenset(d.get("preps", ())),
                    bool(d.get("dobj")), int(d.get("subjects", 0)),
                    frozenset(d.get("objects", ())), d.get("genre"), d.get("in_person"),
                    bool(d.get("subject")), bool(d.get("passive")),
                    frozenset(d.get("dobj_lemmas", ())), frozenset(d.get("needs", ())),
                    frozenset(d.get("place_preps", ())), frozenset(d.get("excludes", ())),
                    frozenset(d.get("dobj_ents", ())), frozenset(d.get("object_preps", ())),
                    frozenset(d.get("subj_lemmas", ())), bool(d.get("dated")),
                    frozenset(d.get("target_preps", ())),
                    frozenset(d.get("sentence_words", ())), bool(d.get("no_dobj")),
                    bool(d.get("collective")), frozenset(d.get("of_lemmas", ())),
                    frozenset(d.get("of_ents", ())), bool(d.get("recounts"))))
        except (KeyError, ValueError, re.error) as exc:
            raise ValueError(f"{path}:{n}: bad event pattern ({exc})") from exc
    return frames, headlines, nouns


FRAMES, HEADLINES, NOUNS = load_patterns()
#: lemma -> the noun pattern it triggers
NOUN_OF = {lemma: n for n in NOUNS for lemma in n.lemmas}
#: verbs an unnamed collective may do as a Group actor ("farmers protested")
COLLECTIVE_VERBS = frozenset(lemma for f in FRAMES if f.collective for lemma in f.lemmas)
#: every verb some frame names: most tokens need no frame tried at all
FRAME_LEMMAS = frozenset(lemma for f in FRAMES for lemma in f.lemmas)


def genre_of(headline: str, headlines: list[Headline] = HEADLINES) -> Headline | None:
    """The event a headline reads out ("Readout of X's Call with Y" → PhoneCall)."""
    for h in headlines:
        if h.pattern.search(headline):
            return h
    return None


def arguments(tok: Token, frame: Frame) -> list[Token]:
    """The tokens naming the other side of a frame's verb."""
    out: list[Token] = []
    if frame.subject:
        out += accused(tok)
    if frame.subjects or frame.subject:  # the actor first: an attack's attacker
        for c in _subjects_of(tok):  # "gunmen from X": X
            out += [c] + [o for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                          for o in p.children if o.dep_ == "pobj"]
            if c.lemma_.lower() in WEAPON_NOUNS:  # "a missile fired by X hit ...": X
                out += [o for v in c.children if v.dep_ == "acl" and
                        v.lemma_.lower() in LAUNCHING_VERBS for a in v.children
                        if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if frame.preps:
        # "hosted a dinner for X": the event noun's own "for X" too
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj" and frame.dobj_lemmas and
                        c.lemma_.lower() in frame.dobj_lemmas)]
        for p in (p for h in heads for p in h.children):
            if p.dep_ == "prep" and p.lower_ in frame.preps:
                out += [o for o in p.children if o.dep_ == "pobj"]
                # "discussed with Minister X ways of ...": the name parsed as a
                # compound of the thing discussed
                out += [c for o in p.children if o.dep_ == "pobj" and not o.ent_type_ and
                        o.lemma_.lower() not in PEOPLE_NOUNS and o.i > p.i + 1
                        for c in o.children if c.dep_ == "compound" and
                        c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") and c.i == o.i - 1]
                # "with X to discuss ...", parsed as a clause: its subject is the object
                out += [s for c in p.children if c.dep_ == "pcomp"
                        for s in c.children if s.dep_ == "nsubj"]
        for c in tok.children:  # the same, with "with" taken for a clause's marker
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in frame.preps and
                                         m.i < c.i for m in c.children):
                out += [s for s in c.children if s.dep_ == "nsubj"]
    if frame.dobj:  # ("named X as envoy" parses X as a predicate: "oprd")
        out += [c for c in tok.children if c.dep_ in ("dobj", "oprd")]
    if frame.subject:
        out += [o for a in tok.children if a.dep_ == "agent" for o in a.children
                if o.dep_ == "pobj"]
    if frame.passive:
        out += [c for c in tok.children if c.dep_ == "nsubjpass"]
    if frame.target_preps:  # "sanctions against X", "imposed sanctions on X"
        for h in (tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))):
            out += [o for p in h.children if p.dep_ == "prep" and p.lower_ in frame.target_preps
                    for o in p.children if o.dep_ == "pobj"]
    return out


#: Relative pronouns standing for the noun their clause hangs on.
RELATIVES = frozenset({"who", "which", "that"})


def _noun_taken_for_verb(tok: Token) -> bool:
    """ "Myanmar junta airstrikes on two villages killed ...": a plural attack noun that
    is no verb ("airstrikes"), parsed as a present-tense verb whose "subject" is the
    noun before it and with a target ("on ..."); not "Hamas attacks Israel" (a verb)."""
    low = tok.lower_
    if tok.pos_ != "VERB" or tok.tag_ != "VBZ" or not low.endswith("s"):
        return False
    single = low[:-1]
    if EVENT_NOUNS.get(single) != "Attack" or single in EVENT_VERBS or \
            tok.lemma_.lower() in EVENT_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.i == tok.i - 1 for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in tok.children)


def _subjects_of(tok: Token) -> list[Token]:
    """A verb's subjects ("nsubj"), with two the parser leaves elsewhere: the noun a
    relative pronoun stands for ("the council, which named X as leader": the council)
    and the subject of the verb a subjectless conjunct joins ("X sacked Y and named Z
    as premier": X)."""
    children = list(tok.children)
    owner = tok
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
        children += [c for c in tok.head.children if c.dep_ == "nsubj"]
        owner = tok.head
    out = []
    for c in children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in RELATIVES and owner.dep_ == "relcl" and \
                owner.head.pos_ in ("NOUN", "PROPN"):
            out.append(owner.head)
        else:
            out.append(c)
    return out


def fits(tok: Token, frame: Frame) -> bool:
    """The frame's conditions on the verb beyond its arguments: the object noun
    ("signed an agreement", not "signed autographs") and a required dependent
    ("named X as leader", "named X to succeed him", not "named in a report")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in frame.object_preps
                for o in p.children if o.dep_ == "pobj"]
    if frame.no_dobj and any(c.dep_ == "dobj" for c in tok.children):
        return False
    if frame.dated and not _carries_day(tok):
        return False
    if frame.subj_lemmas and not any(c.dep_ == "nsubj" and c.lemma_.lower() in frame.subj_lemmas
                                     for c in tok.children):
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objects.append(tok.head)  # "the hostages killed by X"
    if tok.dep_ == "xcomp" and not objects and any(c.dep_ == "auxpass" for c in tok.children):
        # "X is believed to have been killed by Y": the raised subject
        objects += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if frame.dobj_lemmas and not any(
            c.lemma_.lower() in frame.dobj_lemmas or c.ent_type_ in frame.dobj_ents
            for c in objects):
        return False
    if (frame.of_lemmas or frame.of_ents) and not any(
            o.lemma_.lower() in frame.of_lemmas or o.ent_type_ in frame.of_ents
            for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"):
        return False  # "took control of the national airline"
    if frame.needs and not any(c.lower_ in frame.needs or c.dep_ in frame.needs
                               for c in _with_misattached(tok)) and not any(
            t.lemma_.lower() in frame.sentence_words for t in tok.sent):
        return False  # "freed prisoners in an amnesty": no exchange
    # a frame with its own prepositions looks only under them ("spoke to the people",
    # not "spoke with X about the people")
    return not any(o.dep_ == "pobj" and o.lemma_.lower() in frame.excludes
                   for p in tok.children if p.dep_ == "prep" and (
                       not frame.preps or p.lower_ in frame.preps) for o in p.children)


#: Verbs of an attack's toll ("killed in an attack by X", "a strike by X hit a school").
TOLL_VERBS = frozenset("kill wound injure hurt maim hit damage destroy raze leave".split())
#: Prepositions that place a toll in an attack ("killed in/after/during an attack").
TOLL_PREPS = frozenset("in after during following".split())


def _by_agents(tok: Token) -> list[Token]:
    """Who an attack noun says carried it out: "an attack by X", "a strike carried out
    by X" (with the name in apposition: "by the paramilitary Rapid Force (RF)")."""
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj"]
    objs += [o for v in tok.children if v.dep_ == "acl" and v.lemma_.lower() in WAGING_VERBS
             for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return objs + [a for o in objs for a in o.children if a.dep_ == "appos"]


def _toll_told(tok: Token) -> bool:
    """An attack noun told with its own day or its toll is the sentence's attack ("an
    attack by X on Sunday", "killed in an attack by X", "an airstrike by X killed"), not
    a past one recalled ("X, blamed for an attack by Y in 2019")."""
    if _carries_day(tok):
        return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
        return _carries_day(head) or any(v.lemma_.lower() in TOLL_VERBS for v in verbs)
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ in TOLL_PREPS:
        return head.head.lemma_.lower() in TOLL_VERBS
    return False


#: A reference day: whether a date expression names a day does not depend on it.
ANY_DAY = date(2001, 1, 10)


def _carries_day(tok: Token) -> bool:
    """A verb told with its day: "agreed to a truce on Monday", and the day the parser
    hung on its complement ("ordered X to leave on Monday", "sent planes carrying aid
    on Monday"), not on a clause of its own ("said on Monday that ...")."""
    for t in tok.subtree:
        if t.ent_type_ not in ("DATE", "TIME") or t.dep_ not in ("pobj", "npadvmod"):
            continue
        a = t
        while a.i != tok.i and a.dep_ not in ("ccomp", "advcl", "relcl", "conj", "parataxis",
                                              "csubj"):
            a = a.head
        # (the day's words are resolved last: the costly test)
        if a.i == tok.i and dates.resolve(_date_text(t), ANY_DAY) is not None:
            return True  # ("over the past two years" names no day)
    return False


#: Words of "a new round of talks": to come, unless the round is told as held.
AFRESH = frozenset({"new", "further"})


def _held_in_past(noun: Token) -> bool:
    """ "opened a new round of talks", "a new round began": the subject or object
    of a verb in the past tense (not "proposed a new round")."""
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubj") and verb.tag_ == "VBD" and \
        verb.lemma_.lower() not in PLANNING_VERBS


def accused(tok: Token) -> list[Token]:
    """Who is accused of the deed a verb names: "X accused Y of violating the truce": Y."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "of" or \
            tok.head.head.lemma_.lower() not in ACCUSING_VERBS:
        return []
    return [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")]


def _with_misattached(tok: Token) -> list[Token]:
    """A verb's dependents, and those the parser hung on a relative clause of its
    object instead: "named a scholar who was his deputy to succeed him" ("to succeed"
    belongs to "named")."""
    out = list(tok.children)
    for o in tok.children:
        if o.dep_ == "dobj":
            out += [c for r in o.children if r.dep_ == "relcl" for c in r.children
                    if c.dep_ == "xcomp" and c.i > o.i]
    return out


def held_in_person(tok: Token) -> bool:
    """ "spoke with X in Paris", "on the sidelines of the summit": face to face."""
    for p in tok.children:
        if p.dep_ != "prep":
            continue
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if p.lower_ in ("in", "at") and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs):
            return True
        if any(o.lower_ in IN_PERSON for o in objs):
            return True
    return False


def match_frame(tok: Token, types_of: Callable[[Token], list[str]], genre: str | None,
                frames: list[Frame] = FRAMES) -> tuple[str, Frame] | None:
    """The event type a verb frame gives ``tok``, and the frame; ``types_of`` says which
    actor types a token names."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    if frames is FRAMES and lemma not in FRAME_LEMMAS:
        return None
    for frame in frames:
        if lemma not in frame.lemmas or (frame.genre and frame.genre != genre) or \
                not fits(tok, frame):
            continue
        args = arguments(tok, frame)
        named = [t for a in args for t in types_of(a) if t in frame.objects]
        if len(named) < max(frame.subjects, 1):
            continue
        etype = frame.type
        if frame.recounts and genre in ENCOUNTERS:
            etype = genre  # "Readout of X's call with Y": "X discussed with Y ..." is the call
        elif frame.recounts and any(t.lower_ in PHONE for t in tok.subtree if t.i != tok.i):
            etype = "PhoneCall"  # "conferred by phone with Y"
        if frame.in_person and genre != frame.type and (
                genre == frame.in_person or held_in_person(tok)):
            etype = frame.in_person
        return etype, frame
    return None


class EventExtractor:
    def __init__(self, name: str = "kg_events") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table: ActorTable = doc._.kg_table
        events: list[Event] = []
        fresh: set[int] = set()  # indices of events told as new ("also met with X")
        earlier: set[int] = set()  # events told as days before ("two weeks ago, X ...")
        refs: list[Event] = []  # events only referred to ("ahead of the talks")
        headline = self._headline(doc, table)
        genre = genre_of(headline) if headline else None
        gtype = genre.type if genre else None
        # an article about a phone call calls it "the conversation" too
        phone_doc = gtype == "PhoneCall" or any(
            t.lower_ in ("phone", "telephone") for t in table.tokens)
        lead = self._lead(table)
        pub = published(doc)
        news_day = self._news_day(table, doc, lead)
        for sent in table.sents:
            for tok in table.tokens_of(sent):
                if tok.lower_ == "alongside" and tok.dep_ == "prep":
                    events.extend(self._alongside(table, tok))
                    continue
                rule = self.name
                if tok.pos_ == "VERB" and tok.lemma_.lower() in COLLECTIVE_VERBS and any(
                        f.collective and tok.lemma_.lower() in f.lemmas and fits(tok, f)
                        for f in FRAMES):
                    self._enlist(table, tok)
                elif tok.lemma_.lower() == "strike" and self._type(tok, sent) == "Other":
                    self._enlist(table, self._verb_of(tok))  # "dock workers went on strike"
                framed = match_frame(tok, lambda t: [
                    table.type_of(n) or "" for n in self._refer(table, t)], gtype)
                if framed:
                    etype: str | None = framed[0]
                    rule = f"{self.name}:{framed[1].id}"
                else:
                    etype = self._type(tok, sent)
                    if etype and tok.pos_ != "VERB" and tok.lemma_.lower() in NOUN_OF:
                        rule = f"{self.name}:{NOUN_OF[tok.lemma_.lower()].id}"
                    elif etype == "Other" and tok.lemma_.lower() == "strike":
                        rule = f"{self.name}:work-strike"
                if etype == "Other" and tok.lemma_.lower() == "conversation" and phone_doc:
                    etype = "PhoneCall"
                if etype is None or (etype == "Attack" and self._averted(tok)) or \
                        self._negated(tok):
                    continue
                # "since Russia's invasion", "after his talks with X": an event told
                # elsewhere, or only here; kept undated unless no other mention tells it
                ref = self._reference(tok)
                if ref and any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")
                               for c in tok.children):
                    continue  # "after this attack": the one just told
                planned = self._planned(tok)
                past = not planned and _told_past(tok)
                days: list[str | None] = [None] if ref else \
                    self._days(tok, doc, past) or [_event_day(table, sent, tok, past)]
                noun = NOUN_OF.get(tok.lemma_.lower()) if not framed and tok.pos_ != "VERB" \
                    else None
                if noun is not None and noun.own_date and not ref:
                    days = [_own_date(tok, pub, past)]
                    ref = days == [None]  # no day of its own: dated elsewhere or never
                vague = tok.pos_ != "VERB" and not ref and _dated_vaguely(tok, pub)
                if vague:
                    days = [None]  # "last week's call": no day, whatever the sentence's
                if days == [None] and not ref and not vague:
                    days = [self._time_of_day(table, sent, pub)]
                if planned and len(days) == 1 and not vague:
                    told = [e for e in table.dates_in(sent) if not _announced_day(e, tok)]
                    days = [self._future_day(table, sent, tok, pub) or (
                        days[0] if told or not table.dates_in(sent) else None)]
                if days == [None] and not planned and not ref and not vague:
                    days = [_during_day(events, tok)]  # "During the visit, X met Y"
                if days == [None] and not planned and not ref and not vague and (
                        self._occasion(tok) or _same_day(sent)):
                    days = [news_day]  # the report is the day's news
                if days == [None] and not planned and not ref and not vague and \
                        etype == gtype and pub and \
                        tok.i < lead and not any(e.type == etype for e in events):
                    days = [pub.isoformat()]  # a readout's event is the day's news
                if not ref and self._anaphoric(tok):
                    # "The strike late Monday hit a house", "The meeting will take place
                    # on Thursday": the day of the event told before
                    _date_told(events, etype, _clause_day(table, sent, tok, pub, planned))
                participants = self._participants(
                    table, tok, etype, framed[1] if framed else None)
                if not participants:
                    continue
                if self._anaphoric(tok) and any(
                        e.type == etype for e in events):
                    continue  # "the talks covered ...": the talks already told
                conf = (0.7 if len(participants) > 1 else 0.5) - (0.2 if planned else 0.0)
                places = self._locations(
                    table, tok, framed[1].place_preps if framed else frozenset())
                if framed and framed[1].place_preps and len(places) > 1:
                    places = [", ".join(places)]  # one journey "to A, B and C"
                # "met in Saudi Arabia and Turkey": neither country took part
                participants = [p for p in participants if p not in places]
                if not participants:
                    continue
                where: list[str | None] = [*places] or [None]
                if ref:
                    refs.append(Event(etype, tuple(participants), None, where[0], provenance(
                        sent, tok.idx, tok.idx + len(tok.text), rule, conf - 0.2)))
                    continue
                if framed and framed[1].recounts and (_recounted(events, participants) or (
                        any(e.type in ENCOUNTERS for e in events) and not any(
                            table.at(c) for c in _subjects_of(tok)))):
                    continue  # "X called Y. The two leaders discussed ...": the call
                if etype == "Negotiation" and not planned and _held_at(
                        events, sent, participants, days):
                    continue  # "X met Y in Doha for talks", "held a call in their first talks"
                for location in where:
                    for day in days:
                        if _another(tok):
                            fresh.add(len(events))
                        elif _ago(tok):
                            earlier.add(len(events))
                        events.append(Event(etype, tuple(participants), day, location, provenance(
                            sent, tok.idx, tok.idx + len(tok.text), rule, conf)))
        kept = merge_events(events, fresh, {
            n for e in events for n in e.participants if table.type_of(n) == "Person"},
            earlier)
        kept = _fold_recounts(kept)
        for ev in refs:  # a reference to an event no other mention tells
            if not any(_same_occasion(e.type, ev.type) and
                       set(e.participants) & set(ev.participants) for e in kept):
                kept.append(ev)
        merged = []
        for ev in kept:
            people = [p for p in ev.participants if table.type_of(p) == "Person"]
            if ev.type == "PhoneCall" and len(people) >= 2:
                ev = Event(ev.type, tuple(people), ev.date, ev.location, ev.provenance)
            merged.append(ev)  # a call is between people, not their countries
        facts(doc)["events"].extend(merged)
        return doc

    @staticmethod
    def _headline(doc: Doc, table: ActorTable) -> str:
        """The article's title, else a first line that reads as one."""
        title = (doc._.kg_article or {}).get("title")
        if title:
            return str(title)
        line = layout.first(doc, layout.HEADLINE)  # marked by kg_layout
        return line.text if line is not None else ""

    @staticmethod
    def _lead(table: ActorTable) -> int:
        """Token index where a text's lead ends: its first paragraph of prose (a
        headline line above it does not count)."""
        for sent in table.sents:
            if sent.text.strip().endswith((".", "!", "?", "\u201d", '"')) and len(sent) > 5:
                end = table.text.find("\n\n", sent.start_char)
                if end < 0:
                    return len(table.tokens)
                return next((t.i for t in table.tokens[sent.start:] if t.idx >= end),
                            len(table.tokens))
        return 0

    @staticmethod
    def _news_day(table: ActorTable, doc: Doc, lead: int) -> str | None:
        """The day a report's news happened: the lead's date, else publication day."""
        pub = published(doc)
        for sent in table.sents:
            if sent.start >= max(lead, 1):
                break
            day = sentence_date(sent, doc)
            if day:
                return day
        return pub.isoformat() if pub else None

    @staticmethod
    def _future_day(table: ActorTable, sent: Span, tok: Token, pub) -> str | None:
        """The day of a planned event: "will meet on Monday" is the coming Monday."""
        if pub is None:
            return None
        best = None
        for ent in table.dates_in(sent):
            if _announced_day(ent, tok):
                continue
            value = dates.resolve(ent.text, pub, future=True)
            if value and (best is None or abs(ent.root.i - tok.i) < best[0]):
                best = (abs(ent.root.i - tok.i), value)
        return best[1] if best else None

    @staticmethod
    def _time_of_day(table: ActorTable, sent: Span, pub) -> str | None:
        """ "spoke this evening", "yesterday afternoon": a TIME entity naming the day."""
        if pub is None:
            return None
        for ent in table.ents:
            if ent.label_ == "TIME" and sent.start <= ent.start < sent.end:
                value = dates.resolve(ent.text, pub)
                if value:
                    return value
        return None

    @staticmethod
    def _refer(table: ActorTable, tok: Token) -> list[str]:
        """The actors a phrase names; for a title with a country inside ("Prime Minister
        of Canada Justin Trudeau"), the person holding it; for people or a force named
        by what they belong to ("ministers of the G7", "Chad's army"), that body; for
        "it" reporting its own deed ("X said it fired ..."), the reporter."""
        names = table.refer(tok)
        if tok.lemma_.lower() in NON_STATE_NOUNS and table.at(tok) is None:
            # "the Yemeni group", "Syrian rebels": not the country their adjective names
            names = [n for n in names if table.type_of(n) != "Country"]
        if tok.lower_ in THIRD_PERSON and _quoted(tok.sent, tok.i):
            # '"He has just had a call with X," his aide said': in a quotation "he" is
            # someone the speaker speaks of, never the speaker
            speakers = _speakers(table, tok.sent)
            if any(n in speakers for n in names):
                # the person last named before the speaker's sentence, if not the speaker
                before = table.last_before(tok.sent.start, "Person")
                names = [n for n in [*names, before] if n and n not in speakers][:1]
        # "X and his Iranian counterpart Y": Y, not the country inside the phrase
        for t in (tok, *tok.conjuncts):
            held = [n for c in t.children if c.dep_ == "appos" and c.i > t.i and
                    (n := table.at(c)) and table.type_of(n) == "Person"]
            if held and table.at(t) is None:
                inner = {table.at(x) for x in t.doc[t.left_edge.i:t.i]}
                names = [n for n in names if n not in inner] + [
                    n for n in held[:1] if n not in names]
        # only for who acts: a subject ("ministers of the G7 met"), not an object or
        # a modifier ("killed soldiers of the X army")
        acting = tok.dep_ in ("nsubj", "nsubjpass") or (
            tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")) or (
            tok.dep_ == "pobj" and tok.head.dep_ == "agent") or (  # "ambushed by fighters of X"
            tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ == "NOUN")
        if acting and names and all(table.type_of(n) == "Group" for n in names):
            # "Militants of the X Brigade raided ...": the named body acts, not the
            # unnamed collective that belongs to it
            body = [n for n in EventExtractor._body_of(table, tok)
                    if table.type_of(n) in ("Country", "Organization")]
            if body:
                return body
        for t in () if not acting else [tok] if not names else \
                (tok, *tok.conjuncts) if tok.conjuncts else ():
            # "Chad's army"; "the Government of X and the World Bank": X for its part
            if table.at(t) is None and not any(
                    table.at(x) for c in t.children if c.dep_ in ("compound", "appos", "amod")
                    for x in c.subtree):  # "Ghana's President John Mahama": Mahama
                names += [n for n in EventExtractor._body_of(table, t) if n not in names]
        if not names and (tok.lemma_.lower() in QUANTITY_NOUNS or tok.pos_ == "NUM"):
            # "thousands of farmers", "tens of thousands of Georgians": whom it counts
            return [n for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"
                    for n in EventExtractor._refer(table, o)]
        if not names:
            names = EventExtractor._reporter(table, tok) or EventExtractor._leader(table, tok)
        if not names and acting:
            names = _armed_antecedent(table, tok)
        if tok.lemma_.lower() in TITLE_HEADS and not any(
                table.type_of(n) == "Person" for n in names):
            people = [n for t in tok.subtree if (n := table.at(t)) and
                      table.type_of(n) == "Person"]
            if people:
                return list(dict.fromkeys(people))
        return names

    @staticmethod
    def _verb_of(tok: Token) -> Token:
        """The verb a noun hangs on, directly or through a preposition ("went on strike")."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        return verb if verb.pos_ in ("VERB", "AUX") else tok

    @staticmethod
    def _enlist(table: ActorTable, verb: Token) -> None:
        """An unnamed collective that protests or strikes ("thousands of farmers
        protested", "dock workers went on strike") is a Group actor named as in the text
        (GUIDELINES: collectives that act), its count an alias."""
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            top, head = subj, subj
            while head.lemma_.lower() in QUANTITY_NOUNS or head.pos_ == "NUM":
                of = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
                if not of:
                    return
                head = of[0]
            if head.tag_ not in ("NNS", "NNPS") or head.pos_ not in ("NOUN", "PROPN") or \
                    any(table.at(t) for t in head.subtree) or \
                    EventExtractor._body_of(table, head) or any(
                        p.dep_ == "poss" or (p.dep_ == "prep" and p.lower_ == "of" and any(
                            o.pos_ == "PROPN" for o in p.subtree)) for p in head.children):
                # ("fighters of the X Front": X's, even when X is no known actor; "our
                # troops": the speaker's)
                continue
            doc = verb.doc
            left = min([head.i] + [c.left_edge.i for c in head.children
                                   if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i])
            span = doc[left:head.i + 1]
            name = span.text
            table.add_actor(name, "Group")
            surface = doc[top.left_edge.i:head.i + 1].text if top is not head else None
            table.add_mention(span, name, surface)

    @staticmethod
    def _body_of(table: ActorTable, tok: Token) -> list[str]:
        """ "Finance ministers of the G7", "negotiators from X and Y", "Chad's army",
        "fighters of the X group": people or a force named by the body they belong to."""
        # (a sentence's first word, tagged a proper noun, keeps its plural: "Rebels of X")
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() not in MEMBER_NOUNS and
                                                tok.lower_[:-1] not in MEMBER_NOUNS):
            return []
        out: list[str] = []
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from", "at")):
                for o in ([c] if c.dep_ == "poss" else
                          [o for o in c.children if o.dep_ == "pobj"]):
                    out += [n for n in table.refer(o) + EventExtractor._body_of(table, o)
                            if table.type_of(n) in ("Country", "Organization", "Group")
                            and n not in out]
        return out

    @staticmethod
    def _leader(table: ActorTable, tok: Token) -> list[str]:
        """ "a delegation led by X", "a team headed by X": X."""
        return [n for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in (
                    "lead", "head") for a in c.children if a.dep_ == "agent"
                for o in a.children if o.dep_ == "pobj" for n in table.refer(o)]

    @staticmethod
    def _reporter(table: ActorTable, tok: Token) -> list[str]:
        """ "X said it fired rockets", "X said they had met Y": the subject pronoun of
        a reported clause stands for the body that reports it."""
        if tok.lower_ not in ("it", "they", "we") or tok.dep_ != "nsubj":
            return []
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY_VERBS | OWNING_VERBS:
            return []
        return [n for c in verb.head.children if c.dep_ == "nsubj" for n in table.refer(c)
                if table.type_of(n) in ("Country", "Organization", "Group")]

    @staticmethod
    def _type(tok: Token, sent: Span) -> str | None:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN"):
            etype = EVENT_NOUNS.get(low) or EVENT_NOUNS.get(lemma)
            if etype is None and lemma in NOUN_OF:
                noun = NOUN_OF[lemma]
                if noun.dated_title:
                    # an issued act named with its day: "Decree 12 of May 3, 2024"
                    dated = tok.is_title and any(t.ent_type_ == "DATE" for t in tok.subtree)
                    return noun.type if dated else None
                if noun.no_of and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                    return None  # "a demonstration of resolve"
                etype = noun.type
            if etype is None:
                return None
            mods = {c.lower_ for c in tok.children} | {tok.head.lower_}
            if etype == "Other" and mods & PHONE:
                return "PhoneCall"
            if etype == "Negotiation" and any(
                    c.lower_ in ("phone", "telephone") and c.dep_ in ("compound", "amod", "nmod")
                    for c in tok.children):
                return "PhoneCall"  # "held telephone talks with X": a call (GUIDELINES)
            if lemma == "strike" and (any(c.lower_ in WORK_STRIKE for c in tok.children) or (
                    tok.dep_ == "pobj" and tok.head.lower_ == "on") or (
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in STRIKE_CALLING)):
                return "Other"  # "the sanitation workers strike", "went on strike"
            if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "on" and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in tok.children):
                return None  # "our call on X to stop ...": a demand
            if lemma == "call" and not (mods & PHONE) and tok.dep_ == "dobj" and \
                    tok.head.lemma_.lower() in APPEALING_VERBS:
                return None  # "issued a call late Friday for a meeting": an appeal
            if low in ("phone", "telephone") and tok.dep_ == "compound":
                return None  # the head noun ("conversation", "call") carries it
            if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and \
                    tok.head.i > tok.i:
                return None  # "attack drones", "summit venue": the head noun is the thing
            if etype == "PhoneCall" and low == "call" and not (mods & PHONE) and \
                    tok.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass"):
                return None
            if etype == "PhoneCall" and lemma == "call" and not (mods & PHONE) and any(
                    p.dep_ == "prep" and (p.lower_ in ("to", "for") or (p.lower_ == "with" and
                    not any(_names_someone(o) or o.lemma_.lower() in PEOPLE_NOUNS
                            for o in p.children if o.dep_ == "pobj")))
                    for p in tok.children):
                return None  # "a call to action", "answered every call with courage"
            if etype == "Exchange":
                words = {t.lower_ for t in tok.subtree} | {t.lower_ for t in sent}
                if not words & PRISONER_WORDS:
                    return None
            if etype == "Announcement":
                return None
            return etype
        if _noun_taken_for_verb(tok):
            return "Attack"  # "junta airstrikes on two villages killed ..."
        if tok.pos_ == "VERB":
            if tok.tag_ == "VBN" and (tok.dep_ == "amod" or (tok.dep_ == "acl" and not any(
                    c.dep_ == "aux" for c in tok.children))):
                return None  # "a negotiated solution", "the talks held in May"
            if lemma in ("fire", "launch") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_NOUNS for c in tok.children):
                return "Attack"  # "Hamas fired rockets at southern Israel"
            etype = EVENT_VERBS.get(lemma)
            if lemma == "host" and any(c.dep_ == "dobj" and (
                    c.lower_ in EVENT_NOUNS or c.lemma_.lower() in EVENT_NOUNS or
                    c.lemma_.lower() in FRAME_NOUNS) for c in tok.children):
                return None  # "host the next round of talks": the talks are the event
            if lemma == "strike" and not any(c.dep_ == "dobj" or (
                    c.dep_ == "prep" and c.lower_ in TARGET_PREPS) for c in tok.children):
                return None  # "the workers strike", "strike while the iron is hot"
            if etype == "PhoneCall" and not any(c.lower_ in PHONE for c in tok.subtree
                                                if c.i != tok.i):
                # "called on X to", "called for": not a phone call
                if any(c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i == tok.i + 1
                       for c in tok.children):
                    return None
                objs = [c for c in tok.children if c.dep_ == "dobj"]
                # "called the decision a good start": naming, not phoning; but "called
                # President X to discuss ..." (a purpose clause, or the name taken for
                # the naming verb's complement) is a call
                if any(c.dep_ == "ccomp" or (c.dep_ == "oprd" and objs) or (
                        c.dep_ == "xcomp" and not any(a.lower_ == "to" for a in c.children))
                       for c in tok.children):
                    return None
                objs = objs or [c for c in tok.children if c.dep_ == "oprd"]
                if not objs or not any(o.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or
                                       o.lower_ in ("him", "her", "them") for o in objs):
                    return None
            if etype == "Exchange":
                if not {t.lower_ for t in tok.subtree} & PRISONER_WORDS:
                    return None
            if etype == "Negotiation" and lemma == "talk":
                return None
            if lemma == "visit" and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ and not any(
                        _names_someone(t) or t.ent_type_ in ("LOC", "FAC") for t in _phrase(c))
                    for c in tok.children):
                return "Other"  # "visited the scene of the attack": travel, no one met
            if lemma == "meet" and any(c.dep_ == "auxpass" for c in tok.children) and any(
                    p.dep_ == "prep" and p.lower_ == "with" and not any(
                        _names_someone(o) for o in p.children if o.dep_ == "pobj")
                    for p in tok.children):
                return None  # "a test would be met with a resolute response"
            if lemma == "meet" and any(
                    (c.dep_ == "nsubjpass" and not any(_names_someone(t) for t in _phrase(c))) or
                    (c.dep_ == "nsubj" and c.lemma_.lower() in THINGS_MET)
                    for c in tok.children):
                return None  # "ensure that critical needs are met", "make ends meet"
            if lemma == "meet" and any(c.dep_ == "dobj" and c.pos_ != "PRON" and c.lower_ not in (
                    "counterpart", "counterparts", "leader", "leaders", "delegation") and not any(
                    t.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or
                    (t.lemma_.lower() in TITLE_HEADS and t.is_title) for t in _phrase(c))
                    for c in tok.children):
                return None  # "meet its objectives", "meet the deadline"
            return etype
        return None

    @staticmethod
    def _negated(tok: Token) -> bool:
        """"Russia does not attack again", "no unit opened fire", "have not held talks",
        "never signed the accord": no event happened."""
        if any(c.dep_ == "neg" for c in tok.children) or (
                tok.pos_ != "VERB" and any(c.lower_ in ("no", "without") for c in tok.children)):
            return True
        if tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and any(
                    d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children)
                for c in tok.children):
            return True  # "no unit opened fire"
        if tok.pos_ == "VERB" and tok.dep_ == "ccomp" and \
                tok.head.lemma_.lower() in DENIAL_VERBS:
            return True  # "X denied it attacked the town", "denied that they had met"
        # "have not held talks", "denied the attack", "ruled out talks": the event noun is
        # what a verb says did not or will not happen
        if not ((tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass")) or
                tok.dep_ == "xcomp") or tok.head.pos_ not in ("VERB", "AUX"):
            return False  # ("Rebels deny attack": a headline's verb under the denial)
        verb = tok.head
        return any(c.dep_ == "neg" for c in verb.children) or \
            verb.lemma_.lower() in DENIAL_VERBS or (
                verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in verb.children))

    @staticmethod
    def _reference(tok: Token) -> bool:
        """An event noun governed by a time preposition ("ahead of the talks",
        "after the call") dates something else; it is not told here."""
        if tok.pos_ == "VERB" or tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ in ("ahead", "advance"):
            return True
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and \
                prep.head.lemma_.lower() not in FRAME_NOUNS and any(
                    c.lower_ == "the" for c in tok.children):
            # "the results of the negotiations", unless its place or day is told here
            # ("the results of the meeting of the leaders in Sochi on May 2")
            told = [t for t in (*tok.subtree, *prep.head.children)
                    if t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") and t.dep_ == "pobj"]
            return not told
        if prep.lower_ in TEMPORAL_PREPS and EventExtractor._told_here(tok):
            return False  # "after his talks with the prime minister in Lisbon"
        return prep.lower_ in TEMPORAL_PREPS and any(
            c.lower_ in ("the", "this", "that", "these") or c.dep_ == "poss"
            for c in tok.children)  # "after his talks with Tusk"

    @staticmethod
    def _told_here(tok: Token) -> bool:
        """An event noun that names both its other side ("with X") and its place
        ("in Lisbon") tells the event, even after a time preposition."""
        other = any(p.dep_ == "prep" and p.lower_ in ("with", "between") and any(
            o.dep_ == "pobj" for o in p.children) for p in tok.children)
        place = any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
            o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC") for o in p.children)
            for p in tok.subtree)
        return other and place

    @staticmethod
    def _occasion(tok: Token) -> bool:
        """The occasion of what is reported: "X told reporters after his talks with Y",
        "in remarks after meeting Y, X said": the event the report follows."""
        t = tok
        for _ in range(5):
            if t.head.i == t.i:
                return False
            if (t.head.lower_ in ("after", "following") and t.head.dep_ in ("prep", "mark")) or \
                    any(c.lower_ in ("after", "following") and c.dep_ == "mark"
                        for c in t.children):
                verb = t.head
                for _ in range(3):
                    if verb.pos_ == "VERB" or verb.head.i == verb.i:
                        break
                    verb = verb.head
                return verb.pos_ == "VERB" and verb.tag_ == "VBD" and \
                    verb.lemma_.lower() in REPORTING
            t = t.head
        return False

    @staticmethod
    def _anaphoric(tok: Token) -> bool:
        """"the talks" with no participant of its own refers back to talks told before."""
        if tok.pos_ != "VERB" and any(c.lower_ in ("these", "those", "this", "that") and
                                      c.dep_ == "det" for c in tok.children):
            return True  # "in these calls", "that meeting"
        if tok.pos_ == "VERB" or not any(c.lower_ == "the" and c.dep_ == "det"
                                         for c in tok.children):
            return False
        own = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod", "prep")
               and c.lower_ not in ("of", "on", "in", "at", "as")]  # "... the talks as frank"
        if own:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        # "In the meeting, X reaffirmed ...", "During the call ...", "Y joined the call"
        return (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "at") and
                tok.head.head.pos_ in ("VERB", "AUX")) or (
                    tok.dep_ == "dobj" and (tok.head.lemma_.lower() in ANAPHORIC_VERBS or
                                            tok.head.lemma_.lower() in JUDGING_VERBS))

    def _alongside(self, table: ActorTable, prep: Token):
        """"Speaking alongside X, Y said ...": Y met X."""
        others = [n for obj in prep.children if obj.dep_ == "pobj" for n in table.refer(obj)]
        verb = prep.head
        while verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        subj = [n for c in verb.children if c.dep_ == "nsubj" for n in table.refer(c)]
        people = [n for n in dict.fromkeys(subj + others)
                  if table.type_of(n) in ("Person", "Country", "Organization")]
        if not others or len(people) < 2:
            return
        sent = table.sent_of(prep.i)
        yield Event("Meeting", tuple(people), sentence_date(sent, prep.doc, near=prep), None,
                    provenance(sent, prep.idx, prep.idx + len(prep.text), self.name, 0.5))

    @staticmethod
    def _days(tok: Token, doc: Doc, past: bool = False) -> list[str | None]:
        """One date per day when the trigger's own phrase names several
        ("drone attacks on Wednesday and Thursday")."""
        pub = published(doc)
        if pub is None:
            return []
        days: list[str | None] = []
        scope = list(tok.subtree)
        if tok.dep_ == "dobj":  # "launched strikes ... on Monday and Tuesday"
            scope += [t for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "on"
                      for t in p.subtree]
        own = _clause_verb(tok).i
        for t in scope:
            if t.ent_type_ == "DATE" and t.pos_ == "PROPN" and t.dep_ in ("pobj", "conj") and (
                    t.dep_ != "conj" or t.head.ent_type_ == "DATE"):
                said = _clause_verb(t)
                if said.i != own and said.lemma_.lower() in SAY_OR_REPORT:
                    continue  # "will meet X on October 12, Y told a briefing on Thursday"
                value = dates.resolve(_date_text(t), pub, past=past)
                if value and value not in days:
                    days.append(value)
        return days if len(days) > 1 else []

    @staticmethod
    def _averted(tok: Token) -> bool:
        """An event someone wants stopped or banned is not one that happened:
        "agreed to stop attacks on energy", "a moratorium on strikes"."""
        for anc in _governors(tok):
            if anc.lemma_.lower() in AVERTING:
                return True
        return any(c.lemma_.lower() in AVERTING for c in tok.children if c.dep_ == "amod")

    @staticmethod
    def _planned(tok: Token) -> bool:
        """A future or proposed event: "will meet", "offered to host the next round"."""
        if tok.pos_ != "VERB" and tok.dep_ in ("pobj", "dobj") and tok.head.lower_ in (
                "after", "following", "since", "amid", "during"):
            # "agreed to ... following talks in X": talks held, whatever was agreed
            return any(c.lower_ in FUTURE for c in tok.children)
        near = [*list(tok.children), tok.head, *list(tok.head.children)]
        # "will continue, building on the President's meeting on Sunday": an event
        # someone is said to have had is told, whatever tense governs the phrase
        owned = tok.pos_ != "VERB" and tok.dep_ == "pobj" and any(
            c.dep_ == "poss" for c in tok.children)
        governors = [] if owned else _governors(tok)
        source = next((k for k, a in enumerate(governors) if a.lower_ == "according"), None)
        # "X agreed to ..., according to a statement issued on Monday": the source
        # phrase is not what was agreed
        for anc in governors[:source]:
            # "talks on Monday intended to extend the truce" (the parser takes the talks
            # for the subject): what the event is for, not an event planned
            purpose = anc.i == tok.head.i and tok.dep_ == "nsubj" and tok.pos_ != "VERB"
            if (anc.lemma_.lower() in PLANNING_VERBS and not purpose) or anc.lower_ in FUTURE:
                return True
            # "will", and "the next round of": not "discussed an upcoming summit in a
            # call" (the summit is to come, the call was held)
            if any(c.lower_ in FUTURE for c in anc.children if c.dep_ == "aux" or (
                    c.dep_ == "amod" and (anc.pos_ in ("VERB", "AUX") or
                                          anc.lemma_.lower() in FRAME_NOUNS) and not (
                        c.lower_ in AFRESH and _held_in_past(anc)))):
                return True
        if any(t.lower_ in FUTURE and t.i < tok.i + 1 for t in tok.children):
            return True
        if tok.pos_ == "VERB":
            return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "could")
                       for c in tok.children)
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return (any(c.lower_ in ("will", "shall") for c in verb.children) and \
            tok.dep_ in ("nsubj", "nsubjpass", "dobj")) or any(
                t.lower_ == "next" for t in near)

    @staticmethod
    def _participants(table: ActorTable, tok: Token, etype: str = "",
                      frame: Frame | None = None) -> list[str]:
        out: list[str] = []
        itself = table.at(tok)  # "the Madrid Summit": the event, not a participant

        def add(names: list[str]) -> None:
            for n in names:
                if n not in out and n != itself and table.type_of(n) in (
                        "Person", "Country", "Organization", "Group"):
                    out.append(n)

        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "with", "among"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        add(EventExtractor._refer(table, obj))
        if tok.pos_ != "VERB" and etype in ("Meeting", "Negotiation", "Other"):
            # "a meeting of the leaders of X, Y and Z", "the funeral of X": who is under "of"
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    add([n for t in prep.subtree if (n := table.at(t)) and not as_place(t)
                         and table.type_of(n) in ("Person", "Country", "Organization")])
        for c in accused(tok):  # "Israel accused X of attacking ...": X did it
            add(EventExtractor._refer(table, c))
        if frame is not None:
            for arg in arguments(tok, frame):
                add(EventExtractor._refer(table, arg))
        if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "they agreed to meet", "X plans to visit Y": the controlling subject
            for c in tok.head.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    add(EventExtractor._refer(table, c))
        if tok.pos_ == "VERB" and tok.dep_ == "acl":
            # "We, the Prime Ministers ..., having met in Kuala Lumpur": the noun met
            add(table.parties(table.refer(tok.head)))
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod", "nsubj", "nsubjpass"):
                add(EventExtractor._refer(table, c))
            if etype == "Attack" and c.dep_ == "compound" and c.lemma_.lower() in WEAPON_NOUNS:
                # "an X drone strike": the weapon's owner waged it
                for o in c.children:
                    if o.dep_ in ("compound", "poss"):
                        add(EventExtractor._refer(table, o))
            if c.dep_ == "agent":
                for obj in c.children:
                    add(EventExtractor._refer(table, obj))
            if etype in ENCOUNTERS and c.dep_ == "acl" and c.tag_ == "VBN" and \
                    c.lemma_.lower() in MEDIATING_VERBS:
                # "talks mediated by Qatar", "a meeting hosted by X": who brings it about
                for obj in (o for a in c.children if a.dep_ == "agent" for o in a.children):
                    add(EventExtractor._refer(table, obj))
        waged = False
        if etype == "Attack" and (tok.pos_ != "VERB" or tok.dep_ == "pcomp") and \
                _toll_told(tok):
            # "an attack by X on Y killed ... on Sunday", "killed in an attack by X",
            # "after shelling by X", "an airstrike carried out by X on Tuesday": who
            # carried out the attack whose toll or day the sentence tells
            before = len(out)
            for agent in _by_agents(tok):
                add(EventExtractor._refer(table, agent))
            waged = len(out) > before  # the attacker named: no bystander joins in
        strict = False
        judges: set[int] = set()  # who condemns the attack ("X condemned the attack on Y")
        targets = ("with", "between") + (TARGET_PREPS if etype == "Attack" else ())
        if etype == "Attack":
            # "the village was shelled from Ukraine": who fired, as a passive's "from"
            passive = tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children)
            for prep in tok.children:
                if prep.dep_ == "prep" and (prep.lower_ in TARGET_PREPS or (
                        passive and prep.lower_ == "from")):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            add(table.refer(obj))
        if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass") \
                and not (
                tok.lemma_.lower() in NOUN_OF and NOUN_OF[tok.lemma_.lower()].honoree):
            # (who attends or awaits a funeral is not whom it is for)
            verb = tok.head
            if verb.dep_ == "prep":
                verb = verb.head
            # "a second round of talks", "a series of strikes": the frame noun's verb
            if verb.pos_ == "NOUN" and verb.lemma_.lower() in FRAME_NOUNS and \
                    verb.dep_ in ("dobj", "nsubj", "nsubjpass"):
                verb = verb.head
            # "X condemned the attacks": X did not attack; "X launched attacks": X did
            judged = etype == "Attack" and tok.dep_ == "dobj" and \
                verb.lemma_.lower() not in WAGING_VERBS
            if judged:
                judges = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
            noun = NOUN_OF.get(tok.lemma_.lower())
            if noun is not None and noun.doers:
                # only who stages it takes part ("he would be following the protests":
                # not his protests), never the sentence's other actors
                strict = True
                judged = judged or verb.lemma_.lower() not in noun.doers
            if etype == "Attack" and verb.lemma_.lower() in WAGING_VERBS:
                # "accused X of launching drone attacks on Y": X waged them
                for c in accused(verb):
                    add(EventExtractor._refer(table, c))
            if verb.pos_ in ("VERB", "AUX"):
                # "X claimed to have launched attacks", "X vowed to launch strikes": the
                # subject of the verb the waging verb completes (not "X urged Y to ...")
                controlled = etype == "Attack" and verb.dep_ == "xcomp" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
                    c.dep_ == "dobj" for c in verb.head.children)
                controllers = [c for c in verb.head.children if c.dep_ == "nsubj"] \
                    if controlled else []
                for c in [*verb.children, *controllers]:
                    if c.dep_ in ("nsubj", "nsubjpass") and not judged:
                        named = EventExtractor._refer(table, c)
                        add(named)
                        if etype == "Attack" and c.dep_ == "nsubj":
                            # "X launched an attack on Kyiv": the attacker first
                            out.sort(key=lambda n: n not in named)
                    if c.dep_ == "prep" and c.lower_ in targets:
                        for obj in c.children:
                            add(table.refer(obj))
                    if c.dep_ == "agent" and tok.dep_ == "nsubjpass" and \
                            verb.lemma_.lower() in WAGING_VERBS:
                        # "a swap was carried out by X", "the raid was staged by X"
                        for obj in c.children:
                            add(EventExtractor._refer(table, obj))
        if strict:
            return out
        if len(out) < 2 and not waged and not (frame is not None and frame.subject and out):
            # the actors named in the trigger's clause (not a readout's authors); a
            # frame whose subject acts alone ("X announced", "X traveled to") has them
            direct = len(out)
            sent = table.sent_of(tok.i)
            # not the places ("three rounds in Belarus and two in Turkey")
            # nor who is named inside a quotation ("'X disagrees,' Y said after ...")
            told_by = _reporters(sent, tok)
            if etype == "Attack":  # (a spokesman telling of talks may have held them)
                told_by |= _told_of(sent, tok)
            if _quoted(sent, tok.i):
                # a quotation's speaker tells of the event; had they been in it, the
                # quotation would say "I" or "we", which resolve on their own
                told_by |= {t.i for v in sent if v.lemma_.lower() in SAY_OR_REPORT
                            and not _quoted(sent, v.i) for c in v.children
                            if c.dep_ == "nsubj" for t in c.subtree}
            here = [m for m in table.mentions if sent.start <= m.start < sent.end and
                    not as_place(table.tokens[m.end - 1]) and not _quoted(sent, m.start)
                    and m.start not in told_by and m.start not in judges
                    and not _demonym_of_group(table.tokens[m.end - 1])]
            # people first: a call or meeting is between people before their countries
            here.sort(key=lambda m: table.type_of(m.name) != "Person")
            for m in here:
                if table.type_of(m.name) in ("Person", "Country") and \
                        m.name not in table.signatories:
                    add([m.name])
                    if len(out) >= 3:
                        break
            if direct == 0 and len(out) < 2:
                return []  # one bystander named in the sentence is not a participant
        return out

    @staticmethod
    def _locations(table: ActorTable, tok: Token,
                   preps: frozenset[str] = frozenset()) -> list[str]:
        """The places after "in"/"at" (and ``preps``): one per conjunct ("in Saudi
        Arabia and Turkey")."""
        doc = tok.doc
        heads = [tok, tok.head] if tok.pos_ != "VERB" else [tok]
        for h in heads:
            for prep in h.children:
                if prep.dep_ == "prep" and (prep.lower_ in ("in", "at") or prep.lower_ in preps):
                    for obj in prep.children:
                        if obj.ent_type_ in ("GPE", "LOC", "FAC") or any(
                                s <= obj.i < e for s, e, _ in table.locations):
                            places = [obj] + [c for c in obj.conjuncts if c.ent_type_ in (
                                "GPE", "LOC", "FAC")]
                            out = []
                            for p in places:
                                left = min([p.i] + [c.left_edge.i for c in p.children if c.dep_ in (
                                    "compound", "det", "amod", "nmod") and c.i < p.i])
                                span = doc[left:p.i + 1] if len(places) > 1 else \
                                    doc[p.left_edge.i:p.right_edge.i + 1]
                                text = span.text.strip(" ,.\n")
                                out.append(text[4:] if text.lower().startswith("the ") else text)
                            return out
        return []


def _phrase(head: Token) -> list[Token]:
    """A noun phrase up to its head, with what stands in apposition to it ("Vatican
    Secretary of State Cardinal Parolin"), not its attached phrases ("the targets
    set by France")."""
    out = list(head.doc[head.left_edge.i:head.i + 1])
    for c in head.children:
        if c.dep_ == "appos":
            out += list(c.subtree)
    return out


QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _quoted(sent: Span, i: int) -> bool:
    """Whether token ``i`` stands inside a quotation opened in its sentence."""
    return sum(1 for t in sent if t.i < i and t.text in QUOTES) % 2 == 1


#: Armed bodies that are no state: "the Yemeni group" is not Yemen (a "militia" may
#: be the state's own: "Chilean militias fired rockets" stays Chile).
NON_STATE_NOUNS = frozenset("""group movement rebel rebels insurgent insurgents militant
militants faction guerrilla guerrillas jihadist jihadists gunman gunmen""".split())

#: Verbs by which a body owns up to its deed: "X claimed they took over the town".
OWNING_VERBS = frozenset("claim confirm admit acknowledge boast".split())
#: Verbs whose object is whom news is told to ("told AFP"), no actor of the news.
TOLD_TO = SAY_OR_REPORT | frozenset({"accord"})


def _armed_antecedent(table: ActorTable, tok: Token, back: int = 2) -> list[str]:
    """ "the group", "the movement", "the guerrilla group" with no name of its own: the
    organization last named in this sentence or the ``back`` ones before ("The Houthis
    fired missiles ... He said the movement attacked a vessel"), not an outlet told the
    news ("told AFP", "according to Reuters")."""
    if tok.lemma_.lower() not in NON_STATE_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    first = table.sents[max(0, table.sent_id[tok.i] - back)].start
    for m in reversed(table.mentions):
        if m.start >= tok.i or m.start < first or table.type_of(m.name) != "Organization":
            continue
        head = table.tokens[m.end - 1]
        head = head.head if head.dep_ == "compound" else head
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if head.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in TOLD_TO:
            continue
        return [m.name]
    return []


#: Pronouns a quotation uses for someone other than its speaker.
THIRD_PERSON = frozenset({"he", "she", "him", "her"})


def _told_of(sent: Span, tok: Token) -> set[int]:
    """Token indices of who tells of an event done by someone they name: "X said on
    Tuesday that the Y group fired missiles ..." (X is no participant; "X said he met
    Y" and "X said they agreed ..." are X's own business)."""
    verb = _clause_verb(tok)
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    said = verb.head
    if verb.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                    for c in verb.children):
        # "said on Tuesday in a speech that X fired ...": the parser hangs the
        # complement on the noun before it
        said = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
    elif verb.dep_ != "ccomp":
        return set()
    if said.lemma_.lower() not in SAY_OR_REPORT:
        return set()
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not doers or any(d.pos_ == "PRON" for d in doers):
        return set()
    return {t.i for c in said.children if c.dep_ == "nsubj" for t in c.subtree}


def _demonym_of_group(tok: Token) -> bool:
    """ "Yemeni" in "the Yemeni group", "Syrian" in "Syrian rebels": no country acts."""
    return tok.dep_ == "amod" and tok.head.lemma_.lower() in NON_STATE_NOUNS


def _speakers(table: ActorTable, sent: Span) -> set[str]:
    """Who speaks in a sentence: the subjects of its verbs of saying outside quotation
    marks ("X told reporters: ...", "..., X said")."""
    return {n for v in sent if v.lemma_.lower() in SAY_OR_REPORT and
            not _quoted(sent, v.i) for c in v.children if c.dep_ == "nsubj"
            for n in table.refer(c)}


def _governors(tok: Token, limit: int = 4) -> list[Token]:
    """Heads above a token within its clause chain, not across coordinated
    clauses ("agreed on a truce, and Witkoff met Putin": "met" is not agreed)."""
    out: list[Token] = []
    t = tok
    while len(out) < limit and t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            break
        t = t.head
        out.append(t)
    return out


#: Types one encounter is told as ("met X ... after his talks with X").
ENCOUNTERS = frozenset({"Meeting", "Negotiation", "PhoneCall"})


def _same_occasion(a: str, b: str) -> bool:
    """Whether events of types ``a`` and ``b`` may be one occasion told twice."""
    return a == b or (a in ENCOUNTERS and b in ENCOUNTERS)


def _reporters(sent: Span, tok: Token) -> set[int]:
    """Token indices of who reports the sentence's news ("..., Norway's foreign ministry
    said"), when ``tok`` stands in what is reported: no participant."""
    root = sent.root
    if root.lemma_.lower() not in REPORTING or tok.i == root.i:
        return set()
    reported = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and
                c.left_edge.i <= tok.i <= c.right_edge.i]
    if not reported:
        return set()  # "after meeting X, Y said": Y met X
    # a trailing attribution: "X and Y will resume talks, Z said" (a leading "Z told
    # X that ..." is often Z's own business)
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i > reported[0].right_edge.i]
    if not any(c.dep_ == "nsubj" for c in root.children):
        # "..., killing six civilians, Tom Bell, spokesman of a union said": the speaker
        # the parser hung on the news's last noun, just before the verb of saying
        # (or its title, the name hung as a conjunct: "..., Tom Bell, spokesman ...")
        subjects = [t.head if t.head.dep_ in ("conj", "appos") and t.head.pos_ == "PROPN"
                    else t for t in reported[0].subtree
                    if t.dep_ == "appos" and t.right_edge.i == root.i - 1]
    return {t.i for c in subjects for t in c.subtree}


#: A date modifier that says when, not how long ("last week's", "the January", not
#: "a three-day", "annual").
WHEN = re.compile(r"\b(last|next|this|past|previous|coming|\d{4}|jan|feb|mar|apr|may|jun|"
                  r"jul|aug|sep|oct|nov|dec|weekend)", re.I)
#: Prepositions whose DATE object says when an event noun was ("a strike at the weekend").
WHEN_PREPS = frozenset("at on in during over".split())


def _dated_vaguely(tok: Token, pub: date | None) -> bool:
    """An event noun dated by a modifier naming no day: "last week's call", "the
    January talks", "this month's summit"."""
    if pub is None:
        return False
    # "last week's call", and "a drone strike at the weekend": its own phrase's when
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "npadvmod", "nmod")
            and c.i < tok.i]
    mods += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in WHEN_PREPS
             for o in p.children if o.dep_ == "pobj"]
    return any(c.ent_type_ == "DATE" and WHEN.search(_date_text(c)) and
               dates.resolve(_date_text(c), pub) is None for c in mods)


def _date_text(t: Token) -> str:
    """The DATE entity a token stands in ("24" of "February 24, 2022"), else its subtree."""
    doc = t.doc
    if t.ent_type_ == "DATE":
        start = t.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = t.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text
    return " ".join(x.text for x in t.subtree)


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a token stands in (the token itself for a verb)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _reports_day(ent: Span, tok: Token) -> bool:
    """A date that says when an event was reported, not when it happened: "X and Y met
    in Z, the ministry said on Tuesday", "an airstrike killed ten, residents said
    Wednesday": the day is on a trailing attribution (a verb of saying after the event,
    its subject after the event too), not on "clashes were reported on Sunday" (passive)
    nor "a ship on Thursday reported being hit" (the report tells its own day)."""
    verb = _clause_verb(ent.root)
    if ent.start == tok.i + 1:
        return False  # "a phone call Wednesday, X announced ...": the call's day
    if verb.i <= tok.i or verb.lemma_.lower() not in SAY_OR_REPORT or \
            _clause_verb(tok).i == verb.i or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.i > tok.i for c in verb.children) or \
        _trailing_attribution(verb, tok)


def _trailing_attribution(verb: Token, tok: Token) -> bool:
    """ "X struck a village, locals and media said on Monday": the parser makes the
    attribution's "said" a conjunct of the event's verb and its subject part of the
    object; no "and" joins the two verbs and a noun stands right before "said" (not
    "X attacked the town and said on Monday ...", X's own second deed)."""
    head = verb.head
    if verb.dep_ != "conj" or head.i != _clause_verb(tok).i or verb.i == 0:
        return False
    if any(c.dep_ in ("nsubj", "cc") for c in verb.children) or any(
            c.dep_ == "cc" and c.i < verb.i for c in head.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and any(
        t.text == "," for t in verb.doc[tok.i:verb.i])


def _announced_day(ent: Span, tok: Token) -> bool:
    """A date on a verb of saying above a planned event's clause: "announced on Monday
    that he would visit X" says when it was announced, not when the visit is."""
    said = _clause_verb(ent.root)
    return said.lemma_.lower() in SAY_OR_REPORT and \
        said.i in {a.i for a in _clause_verb(tok).ancestors}


def _event_day(table: ActorTable, sent: Span, tok: Token, past: bool) -> str | None:
    """The day of the sentence nearest the trigger, leaving out the day a report was
    made ("..., the ministry said on Tuesday"): an event with no day of its own in
    such a sentence has none."""
    doc = tok.doc
    ents = [e for e in table.dates_in(sent) if e.label_ == "DATE"]
    # nor a day inside a quotation the event stands outside ('After meeting X, Y said:
    # "the new rules apply as of April 1"')
    outside = not _quoted(sent, tok.i)
    kept = [e for e in ents if not _reports_day(e, tok) and not (
        outside and _quoted(sent, e.root.i))]
    if len(kept) == len(ents):
        return sentence_date(sent, doc, near=tok, past=past)
    pub = published(doc)
    if night := dateline_night(sent, kept, table.dateline, pub):
        return night  # ("X struck Y overnight yesterday, Z said": no report's day)
    best = None
    for ent in kept:
        value = dates.resolve(ent.text, pub, past=past) if pub else None
        if value and (best is None or abs(ent.root.i - tok.i) < best[0]):
            best = (abs(ent.root.i - tok.i), value)
    return best[1] if best else None


def _clause_day(table: ActorTable, sent: Span, tok: Token, pub: date | None,
                planned: bool) -> str | None:
    """The day an event noun's own phrase or clause names ("the strike late Monday",
    "the meeting will take place on Thursday"), not a day elsewhere in the sentence
    ("..., the ministry said on Tuesday")."""
    if pub is None:
        return None
    verb = _clause_verb(tok)
    for ent in table.dates_in(sent):
        if ent.label_ != "DATE":
            continue
        if ent.root.i in {t.i for t in tok.subtree} or _clause_verb(ent.root).i == verb.i:
            value = dates.resolve(ent.text, pub, future=planned, past=not planned)
            if value:
                return value
    return None


#: A day told only as the news's own ("earlier in the day", "later that day").
SAME_DAY = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day)\b", re.I)


def _same_day(sent: Span) -> bool:
    """Whether the sentence dates its event as "earlier in the day" (and by no day that
    resolves): the day of the report's news."""
    return bool(SAME_DAY.search(sent.text))


def _during_day(events: list[Event], tok: Token) -> str | None:
    """ "During the visit, the ministers held talks with X": the day of the visit told
    before (the last event of the noun's type that has a day)."""
    heads = [tok, tok.head] if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else [tok]
    for o in (o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "during"
              for o in p.children if o.dep_ == "pobj"):
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children):
            continue
        etype = EVENT_NOUNS.get(o.lower_) or EVENT_NOUNS.get(o.lemma_.lower())
        for ev in reversed(events):
            if ev.type == etype and ev.date:
                return ev.date
    return None


def _date_told(events: list[Event], etype: str, day: str | None) -> None:
    """Give ``day`` to the last event of ``etype`` told, when it has none."""
    if day is None:
        return
    for k in range(len(events) - 1, -1, -1):
        ev = events[k]
        if ev.type == etype:
            if ev.date is None:
                events[k] = Event(ev.type, ev.participants, day, ev.location, ev.provenance)
            return


def _held_at(events: list[Event], sent: Span, participants: list[str],
             days: list[str | None]) -> bool:
    """Whether the sentence has already told a meeting or call of these participants on
    a compatible day: the talks are what was held at it ("met X in Doha for talks on a
    truce"; GUIDELINES count the encounter once)."""
    text = sent.text.strip()
    return any(e.type in ("Meeting", "PhoneCall") and e.provenance is not None and
               e.provenance.sentence == text and
               set(e.participants) & set(participants) and
               (e.date is None or days[0] is None or e.date in days) for e in events)


def _told_past(tok: Token) -> bool:
    """Whether an event is told as done: its verb, or the verb governing its noun, is
    in a past tense ("met", "has met", "was attacked", "launched an offensive")."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("has", "have"))
        for c in verb.children)


def _own_date(tok: Token, pub: date | None, past: bool = False) -> str | None:
    """The day a noun's own phrase gives ("the offensive on March 3"), or its clause's
    when it is the clause's subject or object ("launched an offensive on Monday")."""
    if pub is None:
        return None
    scope = list(tok.subtree)
    head = tok.head
    if tok.dep_ == "pobj" and head.head.pos_ == "VERB":
        tok, head = head, head.head  # "died in a gunfight ... on Friday": the clause's day
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "prep"):
        scope += [t for c in head.children if c.i != tok.i and c.dep_ in (
            "prep", "npadvmod") for t in c.subtree]
    for t in scope:
        if t.ent_type_ == "DATE" and t.dep_ in ("pobj", "npadvmod"):
            value = dates.resolve(_date_text(t), pub, past=past)
            if value:
                return value
    return None


def _names_someone(tok: Token) -> bool:
    """Whether a token is (part of) a name or title of someone: "Chancellor Lentz",
    "him", "Poland", not "courage" or "needs"."""
    return tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or tok.pos_ == "PRON" or (
        tok.lemma_.lower() in TITLE_HEADS and tok.is_title)


def _another(tok: Token) -> bool:
    """A verb told as a further event of its kind: "they also met with X", "met again"."""
    return tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ANOTHER
                                      for c in tok.children)


def _ago(tok: Token) -> bool:
    """A verb told as days before the news: "two weeks ago, X attacked a base"."""
    return tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "ago"
                                      for c in tok.children)


RECOUNTING = frozenset(f"kg_events:{f.id}" for f in FRAMES if f.recounts)


def _fold_recounts(events: list[Event]) -> list[Event]:
    """A discussion told before the encounter it belongs to ("On Monday X and Y
    discussed trade. X hosted Y at the palace.") is that encounter: dropped, its day
    given to the encounter if that has none."""
    out = list(events)
    for ev in events:
        if ev.provenance is None or ev.provenance.extractor not in RECOUNTING:
            continue
        for k, other in enumerate(out):
            if other is ev or other.type not in ENCOUNTERS or \
                    not set(ev.participants) <= set(other.participants) or (
                    other.date and ev.date and other.date != ev.date):
                continue
            out[k] = Event(other.type, other.participants, other.date or ev.date,
                           other.location or ev.location, other.provenance)
            out.remove(ev)
            break
    return out


def _recounted(events: list[Event], participants: list[str]) -> bool:
    """Whether an encounter already told holds all of ``participants``: "The two
    leaders discussed ..." after their call."""
    return any(e.type in ENCOUNTERS and set(participants) <= set(e.participants)
               for e in events)


def _apart(a: set[str], b: set[str], people: set[str]) -> bool:
    """Two encounters each with a person the other lacks ("X met Y", "X met Z")."""
    return bool((a - b) & people) and bool((b - a) & people)


def _elsewhere(held: Event, other: Event, people: set[str]) -> bool:
    """An undated encounter held at a place, and a dated one with no place that brings in
    a party (not a person) the first lacks: "Earlier, X met Y in Tehran" is not "X will
    visit Russia, returning on December 26"."""
    if held.type not in ENCOUNTERS or not held.location or other.location or \
            held.date or not other.date:
        return False
    return any(p not in held.participants and p not in people for p in other.participants)


def merge_events(events: list[Event],
                 fresh: set[int] | frozenset[int] = frozenset(),
                 people: set[str] | None = None,
                 earlier: set[int] | frozenset[int] = frozenset()) -> list[Event]:
    """Mentions of one event as one: same type, shared participants, compatible
    dates and places; an event at an index in ``fresh`` is told as a new one, on its own;
    one at an index in ``earlier`` ("two weeks ago, X attacked ...") joins no mention
    before it, but later ones may tell it again; two calls or meetings each with a
    person (of ``people``) the other lacks are two."""
    out: list[Event] = []
    closed: set[int] = set()  # a new event told on its own takes in no later mention
    for n, ev in enumerate(events):
        if n in fresh:
            closed.add(len(out))
            out.append(ev)
            continue
        if n in earlier:
            out.append(ev)
            continue
        for k, old in enumerate(out):
            if k in closed:
                continue
            if old.type != ev.type or not set(old.participants) & set(ev.participants):
                continue
            if ev.type == "Attack" and old.participants[0] != ev.participants[0]:
                continue  # Israel's strikes and Hamas's rockets are two attacks
            if ev.type in ENCOUNTERS and people is not None and \
                    _apart(set(old.participants), set(ev.participants), people):
                continue  # X met Y, then X met Z: two meetings
            if old.date and ev.date and old.date != ev.date:
                continue
            if people is not None and (_elsewhere(old, ev, people) or
                                       _elsewhere(ev, old, people)):
                continue  # met Y in Tehran (undated); will visit Russia on the 26th: two
            if old.location and ev.location and not (
                    set(old.location.lower().replace(",", " ").split()) &
                    set(ev.location.lower().replace(",", " ").split())):
                continue  # met in Saudi Arabia, and again in Turkey
            participants = tuple(dict.fromkeys(old.participants + ev.participants))
            out[k] = Event(old.type, participants, old.date or ev.date,
                           old.location or ev.location, old.provenance)
            break
        else:
            out.append(ev)
    return out


@Language.factory("kg_events", assigns=["doc._.kg_facts", "doc._.kg_events"],
                  requires=["doc._.kg_table", "doc._.kg_mentions", "doc._.kg_roles"])
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(name)
