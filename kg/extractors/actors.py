"""kg_actors: find the article's actors and give each one canonical name.

Mentions come from the model's entities and from the gazetteer (countries,
their aliases, demonyms and capitals; organizations). The gazetteer overrides
the model's label, so a capital tagged PERSON or a country tagged ORG still
resolves to its country; a capital is the country's actor only where it is
not a place ("in Moscow"). People are clustered by name ("Putin" is part of
"Vladimir Putin"), and a lone surname the model tagged ORG or GPE joins its
person. An actor's type is voted by all its mentions.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import gazetteer as gz
from kg.extractors import acronyms as acro
from kg.extractors.layout import READOUT_HEADER, SIGNATURES, TURNS, first
from kg.extractors.lexicon import (
    ACTING_GROUPS,
    ARMED_BODY_NOUNS,
    ARMED_MEMBER_NOUNS,
    BARE_GROUPS,
    BARE_NAME_PARTICLES,
    BODY_MODIFIERS,
    BYLINE_WORDS,
    CROWD_NOUNS,
    EVENT_NAME_ENDS,
    FORCE_HEADS,
    FORCE_MODIFIERS,
    GROUP_NOUNS,
    GROUP_QUANTIFIERS,
    MEDIA_NOUNS,
    NAME_LINKS,
    NAME_PARTICLES,
    NAMED_BODY_ENDS,
    NOT_NAME_WORDS,
    PERSON_TITLES_BEFORE_NAME,
    RANK_ABBREVIATIONS,
    SAY_VERBS,
    SPEAKING_GROUPS,
    SUBNATIONAL_WORDS,
    TITLE_HEADS,
    TITLE_WORDS,
    UNNAMED_BODY_HEADS,
    UNNAMED_PERSON_HEADS,
)
from kg.extractors.statement_words import PARTY_NOUNS
from kg.extractors.table import ActorTable

ORG_NOUNS = frozenset("""
corporation company agency ministry committee organization organisation group bank fund
firm council commission institute service office party union alliance association
operator giant conglomerate broadcaster network movement militia outlet pollster
newspaper
""".split())
#: Words of an armed group's own name, not of a state's forces: "the Kessary
#: Liberation Army" is no body of Kessary (as "the Kessary Army" is).
ARMED_GROUP_NAME_WORDS = frozenset("""liberation democratic alliance revolutionary
independence resistance salvation patriotic""".split())
#: Nouns for a government, folded into its country ("the Trump administration").
GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet"})
#: Last words of bodies people work at ("the HSE Center for ... Studies").
INSTITUTION_WORDS = frozenset("""center centre institute university studies foundation
academy school college hospital""".split())
#: Names of documents, not actors: "the Terms of Reference", "the UN Charter".
DOCUMENT_WORDS = frozenset("""statement declaration charter reference agreement treaty
memorandum accord accords communique communiqué resolution protocol convention
roadmap framework order orders proclamation e.o.""".split())
#: Last words of names of programmes, policies, awards and the like, not actors:
#: "the Clean Ports Initiative", "the Marshall Plan", "Security Directive", "the Nobel Prize",
#: "the Coastal Fisheries Law".
PROGRAMME_WORDS = frozenset("""initiative initiatives directive directives plan programme
program project award awards prize medal fellow fellowship policy subsector act law
""".split())
#: Programme words that also name agencies, which speak: "the World Food Programme said".
AGENCY_PROGRAMMES = frozenset("programme program".split())
#: Verbs whose object, a demonym, is a language: "she speaks French and Spanish".
LANGUAGE_VERBS = frozenset("speak learn teach translate interpret".split())
#: Possessive words before a capitalised common noun ("our Nation", "my Administration").
POSSESSIVES = frozenset("our my your his her their its".split())
GROUP_HEADS = frozenset("""leader country state analyst fund ally investor nation power
partner expert observer""".split())
GROUP_SPEAKERS = frozenset("analyst expert observer".split())
GROUP_MODIFIERS = frozenset({"third", "western", "foreign"})
#: Members of an armed body: "suspected Front insurgents" stand for the Front.
ARMED_MEMBERS = frozenset("militant rebel gunman jihadist extremist insurgent fighter".split())
#: Characters no group's name runs across ("low-income countries (LICs)/ other countries").
GROUP_BREAK = re.compile(r"[()\[\]/;:]")
GROUP_STOP = frozenset({"two", "three", "both", "the", "these", "those", "all", "our", "their"})
THING_NOUNS = frozenset("""
missile rocket drone jet aircraft plane tank launcher system systems reactor plant pipeline
station port bridge dam mine field ship vessel submarine satellite vaccine weapon
""".split())
#: A code of letters and a number: a disease, a flight, a weapon ("COVID-19", "MH-17"),
#: no body (a one-letter code may be a group of states: "G-20").
CODE_NAME = re.compile(r"[A-Z]{2,}-\d+")
#: A movement named by letters and a number ("K17"), which the model may tag GPE.
LETTER_NUMBER_NAME = re.compile(r"[A-Z]{1,3}\d{1,3}")
#: Last words of place names the model may tag PERSON or ORG ("the Lachin Corridor").
PLACE_HEADS = frozenset("""
corridor region province oblast district strait sea river valley border crossing canal
peninsula island islands gulf bay plant pipeline bridge dam field airport port base
zone area territory governorate prefecture county municipality
""".split())
BODY_HEADS = frozenset("""
ministry staff army navy forces force guard service services committee council office
agency command parliament government cabinet court police directorate authority
""".split())
#: Last words of news outlets' names: "Tovala Online", "the Kessum Herald".
MEDIA_NAME_ENDS = frozenset("online news times tribune herald gazette".split())
#: Entity labels of places: a place in apposition to a title is no person's name.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset("in at near from to into across around outside inside via".split())
ORG_STOP = frozenset("""
the a an this that these those his her their its our
""".split())


#: Military ranks shortened with a full stop, which the tokenizer may split off.
#: Small words inside a body's name after an office: "the head of the Bank of X".
OFFICE_OF_LINKS = frozenset({"the", "of", "for", "and", "on", "de"})


#: Nouns of a body that, right before a name, say the name is a body's ("the security
#: firm X", "the rights group X"), whatever the model tagged it.
FIRM_NOUNS = frozenset("""firm company group agency organization organisation consultancy
    broadcaster outlet pollster charity""".split())
#: Days and months, which the model may tag as a name ("the EU and UN Monday called").
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
NAME_TITLE_MODIFIERS = frozenset({"crown", "vice", "deputy", "acting", "special", "prime",
                                  "senior", "chief", "national", "security"})


def clean_name(span: Span, person: bool = False) -> Span:
    """Strip titles, determiners and a possessive from a name span (and, for a
    ``person``, a place and an office in front of the name)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ORG_STOP or
                           doc[start].lower_.rstrip(".") in PERSON_TITLES_BEFORE_NAME or
                           doc[start].is_punct):
        start += 1
    # "Crown Prince Mohammed bin Salman", "Special Envoy Kellogg": a run of title
    # words ending in a title head is not part of the name
    k = start
    while k < end - 1 and doc[k].lower_ in TITLE_WORDS | NAME_TITLE_MODIFIERS:
        k += 1
        if doc[k - 1].lower_ in TITLE_HEADS and doc[k].lower_ not in TITLE_WORDS:
            start = k
            break
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    if all(t.lower_ in TITLE_WORDS | NAME_TITLE_MODIFIERS for t in doc[start:end]):
        return doc[start:start]  # "the Prime Minister": a title, no name
    if all(t.lower_.rstrip(".") in CALENDAR_WORDS for t in doc[start:end]):
        return doc[start:start]  # "the ministers Monday called for": a day, no name
    owned = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in ("'s", "\u2019s")),
                 None)
    if owned is not None and not person and any(
            e.label_ == "PERSON" and doc[start:owned].text in (e.text, e[-1].text)
            for e in doc.ents):
        start = owned + 1  # "Vell's Kessa Wildlife group": the body, not its founder's name
    # "California Congressman Ana Ruiz", "Ohio Senator X": a place and an office in
    # front of the name, both left out of it
    heads = [k for k in range(start + 1, end - 1) if doc[k].lower_ in TITLE_HEADS and
             doc[k].is_title and doc[k + 1].lower_ not in TITLE_WORDS]
    if heads and (person or span.label_ == "PERSON"):
        start = heads[-1] + 1
    return doc[start:end]


#: words before a name or closing one, never a name part themselves
_NOT_NAME_PARTS = PERSON_TITLES_BEFORE_NAME | NOT_NAME_WORDS


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun that is no title word: a candidate name part."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.lower_ not in TITLE_WORDS and \
        tok.lower_.rstrip(".") not in _NOT_NAME_PARTS


def _no_name(span: Span) -> bool:
    """One word that completes a name or a title, no name by itself: "Ana Ruiz, Jr",
    "Ana Ruiz, Nominee for ...", "President Emeritus"."""
    return len(span) == 1 and (span[0].lower_.rstrip(".") in NOT_NAME_WORDS or (
        span[0].lower_ in RANK_ABBREVIATIONS and span.end < len(span.doc) and
        span.doc[span.end].text == "."))  # "Brig. Gen. Ana Ruiz": a rank, cut off


def _national_forces(doc: Doc, span: Span) -> Span | None:
    """"French forces", "U.S. troops", "the Chilean security forces": an
    organization of its own (GUIDELINES: armed forces are Organizations)."""
    j = span.end
    while j < len(doc) and j - span.end < 2 and doc[j].lower_ in FORCE_MODIFIERS and \
            j + 1 < len(doc) and doc[j + 1].lower_ in FORCE_HEADS | FORCE_MODIFIERS:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in FORCE_HEADS or not doc[j].is_lower or \
            (span.root.head.i != j and span.root.head.head.i != j):
        return None
    return doc[span.start:j + 1]


#: Last words of a country's body the text may write in lower case after a demonym
#: ("the Lebanese health ministry"); a government is the country itself (GUIDELINES),
#: so it is not among them.
LOWER_BODY_HEADS = frozenset("ministry military army navy police".split())


def _lower_national_body(doc: Doc, span: Span) -> Span | None:
    """"the Lebanese health ministry", "the Chadian army": a country's body written in
    lower case after its demonym, which modifies the body's noun. None when there is
    no such body. (A possessed one, "Chad's defence ministry said", is read as a
    speaker; made here for every such phrase it cost a spurious body on unread text.)"""
    j = k = span.end
    while k < len(doc) and k - j < 3 and doc[k].is_lower and doc[k].pos_ in (
            "NOUN", "ADJ", "PROPN") and doc[k].lower_ not in LOWER_BODY_HEADS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in LOWER_BODY_HEADS or not doc[k].is_lower or \
            doc[k].tag_ not in ("NN", "NNP") or span.root.head.i != k:
        return None
    return doc[span.start:k + 1]


#: Linking vowels of Persian and Urdu compound names ("Tehreek-e-Insaf", "Hizb-i-Islami",
#: "Harkat-ul-Ansar"), which the tokenizer splits off between hyphens.
IZAFAT_LINKS = frozenset("e i ul ud ut".split())


IZAFAT_NAME = re.compile(r"[A-Z][a-z]+-(?:" + "|".join(sorted(IZAFAT_LINKS)) + r")-[A-Z]")


#: An izafat name's acronym: "LeV", "JuN" (the link's letter in lower case).
MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]")


def _izafat_names(doc: Doc, gaz: gz.Gazetteer) -> list[Span]:
    """Names joined by an izafat ("Lashkar-e-Varna", "Tehreek-e-Nizam Pakistan"), as
    one ORG span: the model tags their parts apart ("Tehreek" ORG, "Jaish" NORP) and
    kept only a fragment. A country's name written right after the compound belongs to
    it. Only where the model tags a part as a name (a body's, a people's, a person's):
    one it leaves untagged or tags as a place is a place's ("Mazar-i-Varna")."""
    out: list[Span] = []
    i = 0
    while i + 4 < len(doc):
        t = doc[i]
        if not (t.is_alpha and t.text[:1].isupper() and doc[i + 1].text == "-" and
                doc[i + 2].lower_ in IZAFAT_LINKS and doc[i + 3].text == "-" and
                doc[i + 4].is_alpha and doc[i + 4].text[:1].isupper() and
                not any(doc[k].whitespace_ for k in range(i, i + 4))):
            i += 1
            continue
        end = i + 5
        while end + 1 < len(doc) and not doc[end - 1].whitespace_ and \
                doc[end].text == "-" and doc[end + 1].is_alpha and \
                doc[end + 1].text[:1].isupper() and not doc[end].whitespace_:
            end += 2  # "Jamaat-ul-Varna-Nizam"
        if end < len(doc) and doc[end].ent_iob_ != "I" and doc[end].text[:1].isupper() and \
                (entry := gaz.lookup(doc[end].text)) is not None and \
                entry.type == "Country" and entry.kind == "name":
            end += 1  # "Tehreek-e-Nizam Pakistan"
        tags = {doc[k].ent_type_ for k in range(i, i + 5)}
        if tags & {"ORG", "NORP", "PERSON"} and not tags & PLACE_ENTS:
            out.append(Span(doc, i, end, label="ORG"))
        i = end
    return out


#: Verbs whose object is told to act: "instruct relevant departments".
DIRECTIVE_VERBS = frozenset("instruct urge call ask order direct invite task".split())


def _acts(tok: Token) -> bool:
    """A noun phrase that does or says something: a subject, the agent of a passive
    ("led by X"), someone met with, or someone told to act."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "with") and \
            tok.head.dep_ in ("agent", "prep"):
        return tok.head.lower_ == "by" or tok.head.head.lemma_.lower() in (
            "meet", "talk", "speak", "work", "negotiate")
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon"):
        return tok.head.head.lemma_.lower() == "call"  # "called on X to arm itself"
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in DIRECTIVE_VERBS


#: Small words a title-case headline leaves in lower case.
HEADLINE_SMALL = frozenset("""a an the and or but nor of on in at to for from by with as
vs via""".split())
HEADLINE_LINE = re.compile(r"^[^\S\n]*(?:#+[^\S\n]*)?(\S[^\n]{8,160}?)[^\S\n]*$", re.M)


def headlines(text: str) -> list[tuple[int, int]]:
    """Char ranges of title-case lines with no closing full stop: "Ruiz Signs Order
    on Ports" (a headline, where the model takes capitalised verbs for names)."""
    out = []
    for m in HEADLINE_LINE.finditer(text):
        line = m.group(1).strip("*_#> ").replace("<u>", "").replace("</u>", "").strip("*_ ")
        if not line or line[-1] in ".:;,\"”'":
            continue
        words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", line)]
        content = [w for w in words if w.lower() not in HEADLINE_SMALL]
        if len(content) >= 3 and all(w[0].isupper() for w in content) and \
                not all(w.isupper() for w in content):
            out.append((m.start(1), m.end(1)))
    return out


def _headline_only(ent: Span, lines: list[tuple[int, int]], text: str) -> bool:
    """A name found only inside a headline, never in the body: most likely a run of
    capitalised headline words ("Ruiz Signs Executive Order")."""
    alpha = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    if len(alpha) < 2 or all(t.is_upper for t in alpha) or \
            not any(a <= ent.start_char < b for a, b in lines):
        return False  # "USMX", "the House": acronyms and one-word names stay names
    words = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    at = 0
    while (k := text.find(words, at)) >= 0:
        if not any(a <= k < b for a, b in lines):
            return False
        at = k + 1
    return True


def _named_after(ent: Span, span: Span) -> bool:
    """An ORG entity that holds a country's name but names a body of its own: "the
    National University of Chile", "the Japan Trade Organization", "the Central Bank of
    Peru" (its last word an institution's or a body's noun; not a state's own bodies,
    "the Ministry of Defence of Chile", "the Chile Armed Forces", which keep the country)."""
    if ent.label_ == "ORG" and len(ent) >= len(span) + 3 and ent[-1].lower_ in BODY_HEADS and \
            any(t.lower_ in ARMED_GROUP_NAME_WORDS for t in ent):
        return True  # "the Kessary National Democratic Alliance Army": a rebel army's name
    if ent.label_ != "ORG" or len(ent) < len(span) + 2 or ent[-1].lower_ in BODY_HEADS or \
            ent[0].lower_ in BODY_HEADS | GOVERNMENT_NOUNS or any(
                t.lower_ in TITLE_HEADS for t in ent if not span.start <= t.i < span.end):
        return False
    words = [t for t in ent if t.lower_ != "the"]
    nouns = {t.lower_ for t in words if t.is_title}
    return bool(nouns & (ORG_NOUNS | INSTITUTION_WORDS) - BODY_HEADS - GOVERNMENT_NOUNS)


def _byline(ent: Span) -> bool:
    """A journalist's credit: "By Ana Ruiz" at the start of a line, "Reporting by Ana
    Ruiz; Editing by Tom Hale" (a by-line is not an actor)."""
    doc = ent.doc
    i = ent.start - 1
    # "Editing by Tom Hale and Ana Ruiz": past the names listed before this one
    while i > 0 and ent.start - i < 12 and (doc[i].lower_ in ("and", ",") or (
            doc[i].is_title and doc[i].pos_ == "PROPN") or (
            doc[i].text == "-" and not doc[i].whitespace_)) and "\n" not in doc[i].text:
        i -= 1
    if i < 0 or doc[i].lower_ != "by" or (i < ent.start - 1 and doc[i + 1].lower_ in (
            "and", ",")):
        return False
    before = doc[i - 1] if i > 0 else None
    return before is None or "\n" in before.text or before.text.isspace() or \
        before.lower_ in BYLINE_WORDS or (before.is_punct and before.text in ";|") or \
        "\n" in before.whitespace_


def _document_of(ent: Span) -> bool:
    """"The Agreement on Reciprocal Trade", "the Package of Measures": a document
    named by its kind, then what it is about."""
    words = [t for t in ent if t.lower_ != "the"]
    return any(a.lower_ in DOCUMENT_WORDS | {"package"} and b.lower_ in ("on", "of", "for")
               for a, b in pairwise(words[:-1]))


def _programme(ent: Span) -> bool:
    """"The Clean Ports Initiative", "Project Mercury", "the Marshall Plan", "Operation
    Iron Dome": a programme, policy, military operation or award named by its kind, not
    an actor."""
    words = [t for t in ent if not t.is_punct]
    if words and words[-1].lower_ in AGENCY_PROGRAMMES and _speaks(ent.root):
        return False  # "the World Food Programme said": an agency run as a programme
    if len(words) > 1 and words[-1].lower_ == "law" and words[-2].lower_ == "of":
        return False  # "the Dunmore School of Law": a school, not a law
    return bool(words) and (words[-1].lower_ in PROGRAMME_WORDS or (
        words[0].lower_ in ("project", "operation") and len(words) > 1))


def _speaks(tok: Token) -> bool:
    """The subject of a reporting verb ("X said", "X warned")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAY_VERBS


def _according_to(tok: Token) -> bool:
    """The source a statement is put down to: "according to a witness"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
        tok.head.head.lower_ == "according"


#: Last words of a body inside a known one: "the U.N. Development Programme", "the EU
#: Border Assistance Mission", "the Coastal Radio World Service".
SUB_BODY_HEADS = ORG_NOUNS | BODY_HEADS | INSTITUTION_WORDS | frozenset(
    "mission programme program assembly bureau panel observatory tribunal secretariat".split())


def _sub_body(doc: Doc, span: Span) -> Span | None:
    """A known body's name run on by capitalised words that end in a body's noun: the
    body of its own that they name ("the U.N. Refugee Agency"). None if there is none
    (or the words are an office: "the U.N. Special Envoy")."""
    j = span.end
    while j < len(doc) and j - span.end < 4 and doc[j].is_title and \
            doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j].lower_ not in TITLE_WORDS \
            and doc[j].ent_type_ not in ("PERSON", "GPE", "DATE", "NORP"):
        j += 1
    if j == span.end or doc[j - 1].lower_ not in SUB_BODY_HEADS or (
            j < len(doc) and doc[j].is_title and doc[j].lower_ in TITLE_WORDS):
        return None  # "the NATO Secretary General", "the UN Staff Officer"
    k = j + 1
    if j + 1 < len(doc) and doc[j].lower_ in ("of", "on", "for") and doc[k].is_title and \
            doc[k].ent_type_ in ("", "ORG"):
        # "the White House Office of Gun Violence Prevention", "... Council on X"
        while k < len(doc) and k - j < 8 and (doc[k].is_title or doc[k].lower_ in (
                "and", "&", "of", "for", "the")) and doc[k].ent_type_ in ("", "ORG") and \
                doc[k].lower_ not in TITLE_WORDS:  # ("... Policy Director Ana Ruiz")
            k += 1
        while doc[k - 1].lower_ in ("and", "&", "of", "for", "the"):
            k -= 1
        j = k
    if doc[j - 1].lower_ == "mission" and j + 1 < len(doc) and doc[j].lower_ in (
            "in", "to", "for") and doc[j + 1].ent_iob_ == "B" and doc[j + 1].ent_type_ == "GPE":
        j += 2  # "the U.N. Assistance Mission in Chad": a mission is named for its place
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
    return doc[span.start:j]


def _armed(tok: Token) -> bool:
    """A noun for the members or the body of an armed group: a name that modifies
    it ("Boko Haram fighters", "the Al-Shabaab group") names that group."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ARMED_MEMBER_NOUNS or tok.lower_ in
                                   ARMED_MEMBER_NOUNS or lemma in ARMED_BODY_NOUNS)


def _known_pair(text: str) -> bool:
    """A hyphenated name with a known name in it: "Chile-Peru" is a pair, not a body."""
    return any(gz.load().lookup(part) for part in text.split("-"))


def _media(tok: Token) -> bool:
    """A news outlet's noun, or a name that modifies one ("Rundschau" of "the Linzer
    Rundschau newspaper")."""
    for _ in range(2):
        if tok.lemma_.lower() in MEDIA_NOUNS or tok.lower_ in MEDIA_NOUNS or (
                tok.lower_ == "agency" and any(c.lower_ == "news" for c in tok.lefts)):
            return True
        if tok.dep_ not in ("compound", "nmod") or tok.pos_ != "PROPN":
            return False
        tok = tok.head
    return False


#: Capitalised nouns of a state's bodies named "of" their country ("the Ministry of
#: Foreign Affairs of Chile", "the Foreign Ministry of Peru").
MINISTRY_WORDS = frozenset({"ministry"})


def _ministry_of(doc: Doc, span: Span, taken: list[bool]) -> Span | None:
    """The ministry a country's name ends ("the Foreign Ministry of Peru"): from the
    ministry's first word to the country's last. None if the country ends none."""
    root = span.root
    between = doc[root.head.i + 1:span.start]
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.i >= span.start or any(
            t.dep_ != "det" for t in between):
        return None
    body = root.head.head
    if body.lower_ not in MINISTRY_WORDS or not body.is_title or body.i >= span.start:
        return None
    start = body.left_edge.i
    while start < body.i and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    if any(taken[i] for i in range(start, span.start)) or any(
            not (t.is_title or t.lower_ in ("of", "and", "the", "for")) for t in
            doc[start:span.start]):
        return None  # "the ministry of Peru" in lower case, or words between that are no name
    return doc[start:span.end]


#: A federation's units, named "<Name> State" (no place's head word: an office of one
#: is held in its government).
STATE_UNITS = frozenset({"state"})


def _title_modifier(span: Span, gaz: gz.Gazetteer) -> bool:
    """An ORG entity that is the first part of a capitalised office: "Harbour Safety" of
    "Harbour Safety Advisor Ana Ruiz", "Principal" of "Principal Deputy Director".
    Known bodies, acronyms and names ending in a body's noun stay bodies ("NATO Secretary
    General", "Foreign Ministry Spokesperson")."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_title or \
            doc[span.end].lower_ not in TITLE_WORDS:
        return False
    # a longer name ("the Coastal Fishers Caucus Chair X") or one led by a body's noun
    # ("Department of Harbours Secretary X") is the body's own name
    # ("Kessary State Governor X": the state whose governor he is)
    if len(span) == 2 and span[-1].lower_ in STATE_UNITS and span[0].pos_ == "PROPN":
        return False
    return len(span) <= 2 and gaz.lookup(span.text) is None and \
        span[-1].lower_ not in BODY_END and span[0].lower_ not in BODY_END and not any(
            t.is_upper and len(t) > 1 for t in span)


def _language(span: Span, ents: list[Span]) -> bool:
    """A demonym that names a language ("speaks French and Spanish", "her languages
    include Portuguese"), not its people or country."""
    if any(e.label_ == "LANGUAGE" for e in ents):
        return True
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("dobj", "attr"):
        return False
    verb = tok.head
    return verb.lemma_.lower() in LANGUAGE_VERBS or any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "language" for c in verb.children)


def _generic_noun(span: Span, gaz: gz.Gazetteer) -> bool:
    """One capitalised common noun after a possessive, "our Nation", "its Board": a way of
    writing the noun, not a name (known bodies and governments are read elsewhere)."""
    return len(span) == 1 and span.start > 0 and \
        span.doc[span.start - 1].lower_ in POSSESSIVES and gaz.lookup(span.text) is None and \
        span[0].lower_ not in GOVERNMENT_NOUNS


def _whole_name(span: Span, taken: list[bool]) -> Span:
    """A PERSON entity cut short inside its name: "Roch Marc" of "President Roch Marc
    Christian Kabore" runs on over the capitalised words it modifies."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 3 and _name_word(doc[end]) and \
            not doc[end].ent_type_ and not taken[end] and \
            doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        end += 1
    # "Karim bin Saleh bin Nasser Al Hamdan" cut after "Saleh"
    while end + 1 < len(doc) and doc[end].lower_ in NAME_LINKS and \
            doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN" and \
            doc[end + 1].ent_type_ in ("", "PERSON") and not taken[end] and not taken[end + 1]:
        end += 2
    return doc[span.start:end]


#: Last words of bodies named inside an office ("Director of the Tax Service").
BODY_END = ORG_NOUNS | BODY_HEADS | INSTITUTION_WORDS | {"department"}


def body_named(span: Span) -> bool:
    """A name of two words or more ending in a capitalised body's noun is a body's
    ("the Wabanaki Forestry Department", "the Coastal Energy Taskforce"), whatever
    the model's label; "Ana Ruiz" or a lower-case "department" is not."""
    return len(span) >= 2 and span[-1].text[:1].isupper() and (
        span[-1].lower_ in BODY_END | NAMED_BODY_ENDS)


def _hyphen_suffixed(span: Span, gaz: gz.Gazetteer) -> bool:
    """A known name joined by a hyphen to a capital letter or two ("ISIS-K", "IS-K"):
    one word naming a branch of its own, not the known body (but "US-UK" is a pair)."""
    doc = span.doc
    k = span.end
    return k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and \
        not doc[k].whitespace_ and doc[k + 1].is_upper and len(doc[k + 1]) <= 2 and \
        doc[k + 1].is_alpha and (k + 2 >= len(doc) or doc[k + 2].text != "-") and \
        gaz.lookup(doc[k + 1].text) is None


def _in_titled_org(tok: Token) -> bool:
    """A word of an ORG entity that ends in the title it modifies: "KDF" of "the KDF
    Spokesperson" (the model tags the office with its body)."""
    head = tok.head
    return tok.ent_type_ == "ORG" and tok.dep_ in ("compound", "nmod") and \
        head.ent_type_ == "ORG" and head.lower_ in TITLE_HEADS and head.is_title and \
        head.ent_iob_ == "I" and (head.i + 1 >= len(tok.doc) or tok.doc[head.i + 1].ent_iob_ != "I")


def outlet_named(span: Span) -> bool:
    """A name of two words or more ending in a capitalised outlet's word: "Tovala
    Online", "the Kessum Herald" (the model may tag them PERSON)."""
    return len(span) >= 2 and span[-1].is_title and span[-1].lower_ in MEDIA_NAME_ENDS


def body_noun(tok: Token) -> bool:
    """A capitalised body's noun standing alone: "the Commission", "the Taskforce"."""
    return tok.text[:1].isupper() and tok.lower_ in (BODY_END | NAMED_BODY_ENDS) - \
        GOVERNMENT_NOUNS  # ("the Administration": kg_actors' government rules)


def _in_office(span: Span, gaz: gz.Gazetteer) -> bool:
    """An ORG entity that is the tail of an office before a name: "Assistant to the
    President for Homeland Security Dr. X", "Assistant Secretary of Defense for Y".
    Known bodies, acronyms and names ending in a body's noun stay bodies."""
    doc = span.doc
    if gaz.lookup(span.text) is not None or span[-1].lower_ in BODY_END or any(
            t.is_upper and len(t) > 1 for t in span):
        return False
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in ("of", "for"):
        return False
    for k in range(i - 1, max(i - 12, -1), -1):
        t = doc[k]
        if t.lower_ in TITLE_HEADS and t.is_title:
            return True
        if not (t.is_title or t.lower_ in ("of", "for", "to", "the")):
            return False
    return False


def _after_office(doc: Doc, span: Span, through_names: bool = False) -> bool:
    """A name right after an office described by "of" or "to" phrases: a title
    head, then only capitalised words, "of", "to" and "the" up to the name. With ``through_names``,
    ``span`` is the last word of the office ("... of the Republic of Ruritania")."""
    first = span.start - 1 if not through_names else span.end - 1
    for i in range(first, max(first - 14, -1), -1):
        t = doc[i]
        if t.is_space:
            continue
        if t.lower_ in TITLE_HEADS and t.is_title:
            return i < span.start - 2 + (1 if through_names else 0) and \
                doc[i + 1].lower_ in ("of", "to")  # "Ambassador to Chad Paul Renard"
        if not (t.is_title or t.lower_ in ("of", "to", "the", "'s", "\u2019s")):
            return False
    return False


def _hyphen_joined(doc: Doc, i: int, j: int) -> bool:
    """Tokens ``i`` and ``j = i + 1`` are one hyphenated word ("co" "-" "chairs")."""
    if j >= len(doc) or doc[i].whitespace_:
        return False
    return doc[i].text == "-" or doc[j].text == "-"


#: "al-Shabaab": an Arabic article hyphened to a capitalised name.
PARTICLE_NAME = re.compile("(?:" + "|".join(sorted(NAME_PARTICLES)) + ")-[A-Z]")


def _separator(tok: Token) -> bool:
    """A list item's separator inside a line: a bullet, or a markdown list dash (a
    hyphen, then more than one space: "Ana Ruiz, Lakeshore Bank -   Tomas Ortega");
    not an en dash inside a name ("the University of X, Y campus" written with one)."""
    if tok.text in ("•", "·", "▪"):
        return True
    doc = tok.doc
    return tok.text == "-" and tok.i > 0 and bool(doc[tok.i - 1].whitespace_) and \
        tok.i + 1 < len(doc) and doc[tok.i + 1].is_space


def _name_keys(name: str) -> set[str]:
    """The lower-case words of a name, each also without a hyphened Arabic article:
    "Yusuf al-Haddad" gives {"yusuf", "al-haddad", "haddad"}."""
    keys = set()
    for word in name.split():
        word = word.lower().rstrip(".")
        keys.add(word)
        head, dash, rest = word.partition("-")
        if dash and head in NAME_PARTICLES and rest:
            keys.add(rest)
    return keys


def _named_after_office(doc: Doc, tok: Token) -> Span | None:
    """The name between commas right after "<office> of <body>," (or None): "the
    mediator of the Varnian Union, Ivo Banek, said" gives "Ivo Banek"."""
    if tok.lower_ not in TITLE_HEADS or not tok.is_lower or tok.i + 2 >= len(doc) or \
            doc[tok.i + 1].lower_ not in ("of", "for"):
        return None
    k = tok.i + 2
    while k < len(doc) and k - tok.i < 10 and doc[k].text != "," and (
            doc[k].is_title or doc[k].is_upper or doc[k].lower_ in OFFICE_OF_LINKS):
        k += 1
    if k >= len(doc) or doc[k].text != "," or k == tok.i + 2:
        return None
    start = end = k + 1
    while end < len(doc) and end - start < 6 and (_name_word(doc[end]) or (
            doc[end].text == "-" and end > start and not doc[end - 1].whitespace_ and
            not doc[end].whitespace_)):
        end += 1
    if end - start < 2 or end >= len(doc) or doc[end].text != "," or \
            doc[end - 1].text == "-" or doc[end - 1].lower_ in BODY_END:
        return None
    return doc[start:end]


def _split_at_separators(ents: list[Span]) -> list[Span]:
    """Entities the model ran across a list separator, cut into the names on either
    side, each with the entity's label."""
    out: list[Span] = []
    for ent in ents:
        cuts = [t.i for t in ent if _separator(t)]
        if not cuts:
            out.append(ent)
            continue
        start = ent.start
        for i in [*cuts, ent.end]:
            end = i
            while end > start and ent.doc[end - 1].is_space:
                end -= 1
            while start < end and ent.doc[start].is_space:
                start += 1
            if end > start:
                out.append(Span(ent.doc, start, end, label=ent.label_))
            start = i + 1
    return out


def plausible_org(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 8 or "\n" in span.text or "," in span.text:
        return False  # a list of names ("Tusk, Zelenskiy") is not one body
    if IZAFAT_NAME.match(span.text):
        return True  # "Lashkar-e-Varna": one name, its link in lower case
    if re.search(r"[\w.]-[A-Z]", span.text) and not re.search(r"\s", span.text) and \
            not span.text.isupper() and not (
                span.root.dep_ in ("compound", "nmod") and _armed(span.root.head) and
                not _known_pair(span.text)):
        return False  # "U.S.-Russia": a pair, not a body (but "AFL-CIO", "the Al-Amin group")
    # "al Qaeda", "al-Shabaab": an Arabic article before a capitalised name
    particle = (len(words) > 1 and words[0].lower_ in BARE_NAME_PARTICLES and
                words[1].text[:1].isupper()) or bool(PARTICLE_NAME.match(span.text))
    if not (span[0].text[:1].isupper() or particle) or \
            words[-1].lower_ in ("and", "of", "for", "the", "de"):
        return False  # "Dar and": a fragment, not a name
    for k, t in enumerate(words):
        if (t.like_num and not (t.is_alpha and t.is_title and words[-1].lower_ in ORG_NOUNS)) \
                or (len(t.text) == 1 and not t.is_upper):
            return False  # (but "the Three Brotherhood Alliance": a number word in a name)
        if t.text[:1].islower() and t.lower_ not in {"of", "for", "and", "on", "the", "de"} \
                and not (particle and (k == 0 or words[k - 1].text == "-")):
            return False
    return not re.search(r"[a-z]\.\s*[A-Z]", span.text)


class ActorExtractor:
    def __init__(self, nlp: Language, name: str = "kg_actors") -> None:
        self.name = name
        self.gaz = gz.load()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        short: list[str] = []
        long_: list[str] = []
        for k in self.gaz.entries:
            (short if len(k) <= 3 else long_).append(k)
        self.exact.add("GAZ", [nlp.make_doc(k) for k in short])
        patterns: dict[tuple[str, ...], Doc] = {}
        for k in long_:
            # "u.s." tokenizes as "u.s" + "." but "U.S." as one token: add the
            # capitalised forms' tokenizations too (matching is on LOWER anyway)
            # ("the Democratic People\u2019s Republic of Korea": a curly apostrophe too)
            for form in (k, k.upper(), k.title(), k.replace("'", "\u2019")):
                d = nlp.make_doc(form)
                patterns.setdefault(tuple(t.lower_ for t in d), d)
        self.lower.add("GAZ", list(patterns.values()))

    def _inside_other_body(self, span: Span, ents: list[Span]) -> bool:
        """A one-word alias written "the X" in the gazetteer ("the Alliance") inside
        a longer organization name with its own capitalised word that names nothing
        known ("the Three Brotherhood Alliance"): the word is part of another name.
        (A demonym or country beside it keeps it: "the Afghan Taliban".)"""
        if len(span) != 1 or gz.key(span.text) not in self.gaz.generic_aliases:
            return False
        for e in ents:
            if e.label_ != "ORG" or not (e.start <= span.start and span.end <= e.end) or \
                    len(e) < 2:
                continue
            others = [t for t in e if t.i != span.start and t.lower_ not in ("the", "of")]
            if any(t.text[:1].isupper() and not self.gaz.lookup(t.text) for t in others) \
                    and self.gaz.lookup(e.text) is None:
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        table = ActorTable(doc)
        doc._.kg_table = table
        gaz_spans = filter_spans(
            [doc[s:e] for _, s, e in self.exact(doc)] + [doc[s:e] for _, s, e in self.lower(doc)])
        joined = _izafat_names(doc, self.gaz)
        if joined:  # "Tehreek-e-Nizam Pakistan": one name, not "Tehreek" and a country
            gaz_spans = [g for g in gaz_spans if not any(
                j.start < g.end and g.start < j.end for j in joined)]
            table.ents = sorted([e for e in table.ents if not any(
                j.start < e.end and e.start < j.end for j in joined)] + joined,
                key=lambda e: e.start)
        taken = [False] * len(doc)
        # the entities over each token, in table.ents' order (asked once per name found)
        cover: dict[int, list[Span]] = {}
        for e in table.ents:
            for i in range(e.start, e.end):
                cover.setdefault(i, []).append(e)
        national: dict[tuple[str, str], str] = {}  # (country, body's words): its name
        # a wire dateline ("KYIV, Feb 5 (Reuters) - ") names the desk and the agency
        for tok in table.tokens:
            if table.dateline[0] <= tok.idx < table.dateline[1]:
                taken[tok.i] = True
        for span in gaz_spans:
            if any(taken[i] for i in range(span.start, span.end)):
                continue
            entry = self.gaz.lookup(span.text)
            if entry is None or not any(ch.isupper() for ch in span.text):
                continue  # "their alliance": a common word, not "the Alliance" (NATO)
            if _hyphen_suffixed(span, self.gaz):
                continue  # "ISIS-K": another body than ISIS, named by the whole word
            if self._inside_other_body(span, table.ents):
                continue  # "the Three Brotherhood Alliance" is no "Alliance" (NATO)
            if span.root.dep_ == "compound" and span.root.head.lower_ in DOCUMENT_WORDS and \
                    span.root.head.text[:1].isupper():
                continue  # "the United Nations Charter" names a document
            ents = [e for e in cover.get(span.start, ()) if span.end <= e.end]
            if any(e.label_ == "PERSON" and len(e) > len(span) and entry.kind != "capital"
                   for e in ents):
                continue  # "Jordan" inside a person's name
            if entry.kind == "capital" and any(
                    e.label_ in ("ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW") and
                    len(e) > len(span) + 1 for e in ents):
                continue  # "the Lisbon Institute for Security Studies"
            if entry.kind != "demonym" and span.start > 0 and \
                    doc[span.start - 1].lower_ in ("on", "about") and any(
                        e.label_ in ("EVENT", "LAW", "WORK_OF_ART") and
                        e.start < span.start - 1 for e in ents):
                continue  # "the Geneva Conference on Yemen": an event's or a text's name
            if entry.type == "Group" and any(
                    e.label_ in ("ORG", "FAC", "WORK_OF_ART") and len(e) > len(span) + 1
                    for e in ents):
                continue  # "the Council of Europe": a region inside a body's name
            if entry.type == "Country" and entry.kind in ("name", "alias") and any(
                    _named_after(e, span) for e in ents):
                continue  # "the Bank of Chile", "the Japan Trade Organization": a body
            if entry.type == "Country" and entry.kind in ("name", "alias") and any(
                    e.label_ in PLACE_ENTS and e.start < span.start and e.end >= span.end and
                    doc[e.start].is_title and doc[e.start].lower_ != "the" and
                    self.gaz.lookup(e.text) is None for e in ents):
                continue  # "New Mexico", "Nueva Guinea Province": a place named after it
            if entry.type == "Country" and span.root.dep_ == "poss" and _media(span.root.head):
                for i in range(span.start, span.end):
                    taken[i] = True  # "Austria's Linzer Rundschau newspaper": where the
                continue  # outlet is from, not an actor
            if entry.kind == "demonym" and _language(span, ents):
                continue  # "she speaks French": a language, not France
            head = span.root
            if entry.type == "Group" and not _acts(head):
                # "saved Europe from collapse", "trade with Europe": a region as a place;
                # a known collective is an actor where it does or says something
                table.locations.append((span.start, span.end, span.text))
                for i in range(span.start, span.end):
                    taken[i] = True
                continue
            # a body's seat ("Brussels" for the EU) is a city too: "met in Brussels"
            seat = entry.type == "Organization" and entry.kind == "alias" and any(
                e.label_ == "GPE" and e.start == span.start and e.end == span.end
                for e in ents)
            if (entry.kind == "capital" or seat) and (
                    (head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS)
                    or head.dep_ in ("npadvmod", "appos")):
                table.locations.append((span.start, span.end, span.text))
                for i in range(span.start, span.end):
                    taken[i] = True  # a place: the model's PERSON/ORG label does not apply
                continue
            sub = _sub_body(doc, span) if entry.type == "Organization" else None
            if sub is not None:
                # "the U.N. Development Programme", "the KNA World Service": a body of
                # the known one, with a name of its own (only U.N. and U.S. spelled out)
                name = (entry.name if span.text.replace(".", "").lower() in ("un", "us")
                        else span.text) + doc[span.end - 1:sub.end].text[len(span[-1].text):]
                table.add_actor(name, "Organization")
                table.add_mention(sub, name, ("the " + sub.text) if sub.start > 0 and
                                  doc[sub.start - 1].lower_ == "the" else sub.text)
                for i in range(sub.start, sub.end):
                    taken[i] = True
                continue
            ministry = _ministry_of(doc, span, taken) if entry.type == "Country" and \
                entry.kind in ("name", "alias") else None
            if ministry is not None:
                # "the Ministry of Foreign Affairs of the Republic of Chile", "the Foreign
                # Ministry of Peru": a ministry, an Organization of its own (GUIDELINES)
                table.add_actor(ministry.text, "Organization", country=entry.name)
                table.add_mention(ministry, ministry.text, ("the " + ministry.text) if
                                  doc[ministry.start - 1].lower_ == "the" else None)
                for i in range(ministry.start, ministry.end):
                    taken[i] = True
                continue
            if entry.kind == "demonym" and any(
                    e.label_ == "ORG" and e.start + (doc[e.start].lower_ == "the") <
                    span.start and e.end > span.end and  # ("the Chadian Navy": no name before)
                    doc[e.start + (doc[e.start].lower_ == "the")].pos_ == "PROPN" and
                    doc[e.start + (doc[e.start].lower_ == "the")].text[:1].isupper() and
                    not any(taken[i] for i in range(e.start, span.start)) for e in ents):
                continue  # "the KNA Russian Service": a language inside a body's name
            body = self._national_body(doc, span) if entry.kind == "demonym" else None
            forces = _national_forces(doc, span) if entry.type == "Country" and \
                entry.kind != "capital" else None
            if body is None and forces is None and entry.type == "Country" and \
                    entry.kind != "capital":
                body = _lower_national_body(doc, span) if entry.kind == "demonym" else None
            if body is None and forces is None and entry.kind == "demonym" and any(
                    e.label_ == "ORG" and e.end > span.end and e[-1].pos_ == "PROPN" and
                    e[-1].lower_ not in BODY_HEADS and not any(
                        t.lower_ in TITLE_WORDS for t in e[span.end - e.start:]) and (
                        e[-1].lower_ in ORG_NOUNS | INSTITUTION_WORDS or
                        self.gaz.lookup(doc[span.end:e.end].text) is not None)
                    for e in ents):
                continue  # "the Afghan Taliban", "the Chinese Communist Party": the body's
                # own name, not its country (but "Nigerien President X" tagged ORG is a title)
            if body is not None or forces is not None:
                # "the Russian Defense Ministry", "the Ukrainian General Staff",
                # "U.S. forces": a country's body (U.S. spelled out, as in names)
                body = body if body is not None else forces
                assert body is not None
                name = body.text
                if entry.kind != "demonym":
                    name = entry.name + doc[span.end - 1:body.end].text[
                        len(doc[span.end - 1].text):]
                if forces is body:
                    # "U.S. forces" and "American forces": one body
                    name = next((n for n, r in table.actors.items() if r.type ==
                                 "Organization" and r.country == entry.name and
                                 n.split()[-1] == body[-1].lower_), name)
                # "the Chadian Defence Ministry" and "the Chadian defence ministry": one
                # body of one country
                tail = doc[span.end:body.end].text.lower()
                name = national.setdefault((entry.name, tail), name)
                table.add_actor(name, "Organization", country=entry.name)
                table.add_mention(body, name,
                                  ("the " + body.text) if body.start > 0 and
                                  doc[body.start - 1].lower_ == "the" else body.text)
                for i in range(body.start, body.end):
                    taken[i] = True
                continue
            if entry.kind == "demonym" and head.tag_ not in ("NNS", "NNPS") and \
                    not head.dep_.startswith("nsubj"):
                self._add(table, span, entry, alias=False)
            else:
                self._add(table, span, entry, alias=True)
            for i in range(span.start, span.end):
                taken[i] = True
        self._from_entities(doc, table, taken)
        self._places(table)
        self._firms(table)
        self._governments(table)
        self._bare_governments(table)
        self._groups(doc, table)
        self._unnamed_bodies(table)
        self._unnamed_people(table)
        self._crowds(table)
        self._acronyms(doc, table)
        self._same_bodies(table)
        self._turn_labels(doc, table)
        self._signatories(doc, table)
        table.publish_mentions()  # doc.spans["kg_mentions"]
        return doc

    def _turn_labels(self, doc: Doc, table: ActorTable) -> None:
        """A transcript's speaker labels written as names ("Ana Ruiz:", see kg_layout)
        are people, where the model missed the name or took it for a body; the name
        written elsewhere in the text is them too."""
        for turn in doc.spans[TURNS] if TURNS in doc.spans else []:
            label = turn.label_
            if label == label.upper():
                continue  # "Q:", "MS. RUIZ:": not the name as the text writes it
            span = doc.char_span(turn.start_char, turn.start_char + len(label))
            if span is None or any(self.gaz.lookup(t.text) is not None for t in span):
                continue  # ("Peru Talks:" names a country, not a speaker)
            if any(t.tag_ != "NNP" or t.lower_ in TITLE_WORDS for t in span
                   if t.text not in ("-", ".")):
                continue  # "Team Members:", "Press Secretary:": no one's name
            named = {n for i in range(span.start, span.end) if (n := table.by_token[i])}
            if len(named) == 1:
                name = named.pop()
                rec = table.actors[name]
                if rec.type == "Organization" and not rec.wikidata and name == label:
                    table.add_actor(name, "Person")
                continue
            if named:
                continue
            words = [t.text for t in span]
            found = [i for i in range(len(doc) - len(words) + 1) if all(
                table.by_token[i + k] is None and doc[i + k].text == w
                for k, w in enumerate(words))]
            if not any(i + len(words) >= len(doc) or doc[i + len(words)].text not in (":", "(")
                       for i in found):
                continue  # a speaker is named in the prose too ("Team Member:" is not)
            table.add_actor(label, "Person")
            for i in found:
                table.add_mention(doc[i:i + len(words)], label)

    def _places(self, table: ActorTable) -> None:
        """Names the model tagged PERSON or ORG but the text only ever uses as places
        ("a school in Khan Younis", "the city of Belgorod") are places."""
        for name, only_place in table.only_places().items():
            rec = table.actors.get(name)
            if rec is not None and rec.type == "Organization" and (
                    name.split()[-1].lower() in ORG_NOUNS | BODY_HEADS | INSTITUTION_WORDS or
                    any(table.doc[m.start:m.end].root.head.lower_ == "at"
                        for m in table.mentions if m.name == name)):
                continue  # "an analyst at the HSE Center": a body, where people work
            if only_place and rec is not None and rec.type in ("Person", "Organization") and \
                    not rec.wikidata and not rec.titles and self.gaz.lookup(name) is None and \
                    self.gaz.person(name) is None:
                table.demote_to_place(name)

    def _firms(self, table: ActorTable) -> None:
        """A name the model tagged PERSON that the text puts right after a body's noun
        ("the private security firm Corvane reported", "the rights group Kessa") is that
        body: an Organization."""
        doc = table.doc
        for name, rec in list(table.actors.items()):
            if rec.name != name or rec.type != "Person" or rec.titles or rec.wikidata or \
                    self.gaz.person(name) is not None:
                continue
            words = name.split()
            if len(words) > 1 and any(m.name == name and doc[m.start:m.end].text == words[-1]
                                      for m in table.mentions):
                continue  # "... Okafor said": a surname used alone is a person's
            for m in table.mentions:
                if m.name != name or m.start == 0 or (m.end < len(doc) and doc[m.end].dep_ in (
                        "acl", "relcl") and doc[m.end].head.i == m.start - 1):
                    continue  # ("the company Ana Ruiz founded")
                noun = doc[m.start - 1]
                head = doc[m.start:m.end].root
                tied = (noun.dep_ == "compound" and m.start <= noun.head.i < m.end) or (
                    head.dep_ == "appos" and head.head.i == noun.i)  # not "the firm X founded"
                if tied and noun.lower_ in FIRM_NOUNS and noun.tag_ == "NN" and \
                        table.by_token[noun.i] is None and any(
                            c.dep_ == "det" for c in (*noun.lefts, *doc[m.end - 1].lefts)):
                    rec.type = "Organization"
                    break

    @staticmethod
    def _same_bodies(table: ActorTable) -> None:
        """One body written two ways: "the Joint Force of the Kessa Movements" and "the
        Joint Force of Kessa Movements" (a "the" inside), and "the Joint Force" alone
        after its full name "the Joint Force of ...": the full name, once."""
        def key(name: str) -> str:
            return " ".join(w for w in name.lower().split() if w != "the")

        orgs = [r.name for n, r in table.actors.items() if n == r.name and
                r.type == "Organization"]
        for short in orgs:
            words = short.split()
            longer = [n for n in orgs if n != short and n in table.actors and
                      table.actors[n].name == n and (
                key(n) == key(short) or (len(words) > 1 and key(n).startswith(
                    key(short) + " of ")))]
            if len(longer) == 1 and table.actors.get(short) and \
                    table.actors[short].name == short and (
                    key(longer[0]) != key(short) or
                    table.actors[longer[0]].first < table.actors[short].first):
                table.merge(short, longer[0])

    def _acronyms(self, doc: Doc, table: ActorTable) -> None:
        """A body and its acronym are one actor, named in full: "the Institute for the
        Study of War ... ISW said", "the Joint Boundary Commission (JBC)", "USAFRICOM ...
        AFRICOM"."""
        orgs = {r.name: r for r in table.actors.values() if r.type == "Organization"}
        short = [n for n in orgs if acro.is_acronym(n)]
        codes = {c for n in short for c in (n[:2], n[:3]) if (
            e := self.gaz.lookup(c)) is not None and e.type == "Country"}  # "US" of "USTR"
        at: dict[str, list[int]] = {}  # where each acronym is written, untagged
        if short:
            names = set(short)
            for t in table.tokens:
                if t.text in names and table.by_token[t.i] is None:
                    at.setdefault(t.text, []).append(t.i)
        for a in short:
            into = None
            # written right after the name: "X (ACR)", "X, or ACR,"
            # (the model may leave the bracketed acronym itself untagged)
            starts = [m.start for m in table.mentions if m.name == a] + at.get(a, [])
            for start in starts:
                k = start - 1
                while k >= 0 and (doc[k].text in ("(", ",") or doc[k].lower_ == "or"):
                    k -= 1
                # "the African Union Mission in Somalia (AMISOM)": past the place
                place = next((p for p in table.mentions if p.start <= k < p.end), None)
                where = ""
                if place is not None and table.type_of(place.name) == "Country" and \
                        place.start >= 2 and doc[place.start - 1].lower_ in ("in", "for", "to"):
                    k, where = place.start - 2, " " + doc[place.start:place.end].text
                if k < start - 1 and k >= 0 and (before := table.by_token[k]) and \
                        before in orgs and before != a and acro.stands_for(
                            a, before + where, codes, loose=True):
                    into = before
                    break
            into = into or next((n for n in orgs if n != a and acro.stands_for(a, n, codes)),
                                None)
            into = into or next((n for n in short if acro.prefixed(a, n, codes)), None)
            if into is not None and into in table.actors:
                table.merge(a, table.actors[into].name)
        # "Lashkar-e-Varna (LeV)": an izafat name's acronym keeps the link's letter in
        # lower case, and the model may tag it PERSON
        # (also where the bracketed one was dropped and the text uses it again later)
        for tok in doc:
            if not MIXED_ACRONYM.fullmatch(tok.text) or tok.i < 2 or \
                    doc[tok.i - 1].text != "(" or tok.i + 1 >= len(doc) or \
                    doc[tok.i + 1].text != ")":
                continue
            before = table.by_token[tok.i - 2]
            if before is not None and before != tok.text and before in orgs and \
                    IZAFAT_NAME.match(before) and acro.abbreviates(tok.text, before) and \
                    tok.text in table.actors:
                table.merge(tok.text, table.actors[before].name)

    @staticmethod
    def _bare_governments(table: ActorTable) -> None:
        """"The Administration", "the government" with no name or country beside it: the
        government of the country the article is most about, folded into that country."""
        ranked = table.ranked("Country")
        if not ranked:
            return
        for tok in table.tokens:
            org = table.by_token[tok.i]
            if tok.lemma_.lower() not in GOVERNMENT_NOUNS or tok.tag_ not in ("NN", "NNP") or (
                    org is not None and org.lower() != tok.lower_) or not any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "my", "our")
                    for c in tok.children) or any(
                    c.dep_ in ("compound", "amod", "nmod", "prep") or (
                        c.dep_ == "poss" and c.lower_ not in ("my", "our"))
                    for c in tok.children):
                continue  # "the Chilean government", "the government of Peru": read elsewhere
            if org is not None:
                table.merge(org, ranked[0])
            else:
                det = table.doc[tok.i - 1] if tok.i else tok
                table.add_mention(table.doc[tok.i:tok.i + 1], ranked[0], f"{det.text} {tok.text}"
                                  if det.i < tok.i else None)

    def _governments(self, table: ActorTable) -> None:
        """"The Trump administration" is the government of Trump's country, which
        the schema folds into the country itself."""
        for tok in table.tokens:
            org = table.by_token[tok.i]
            if tok.lemma_.lower() not in GOVERNMENT_NOUNS or (org is not None and not (
                    table.type_of(org) == "Organization" and
                    org.split()[-1].lower() == tok.lower_)):
                continue  # "the Ruiz Administration" tagged ORG is a government too
            for c in tok.children:
                if c.dep_ not in ("compound", "poss"):
                    continue
                name = table.by_token[c.i]
                name = None if name == org else name
                if name is not None and name == c.text and \
                        table.type_of(name) == "Organization" and self.gaz.person(name):
                    # "as Trump administration intensifies": a leader's surname the
                    # model tagged ORG, no body of its own
                    self._drop_mention(table, name, c.i)
                    name = None
                known = self.gaz.person(c.text) if name is None else None
                country = table.actors[name].country if name and table.type_of(
                    name) == "Person" else (known.country if known else None)
                if country:
                    entry = self.gaz.lookup(country)
                    table.add_actor(country, "Country", entry.wikidata if entry else None)
                    start = tok.left_edge.i
                    if org is not None:
                        mention = next(m for m in table.mentions if m.name == org and
                                       m.start <= tok.i < m.end)
                        start = min(start, mention.start)
                        table.mentions.remove(mention)
                        rec = table.actors[org]
                        rec.mentions -= 1
                        if rec.mentions == 0:
                            for key in [k for k, r in table.actors.items() if r is rec]:
                                del table.actors[key]
                    table.add_mention(table.doc[start:tok.i + 1], country,
                                      table.doc[start:tok.i + 1].text)
                    break

    @staticmethod
    def _drop_mention(table: ActorTable, name: str, i: int) -> None:
        """Forget the mention of ``name`` on token ``i``, and the actor with its last."""
        mention = next(m for m in table.mentions if m.name == name and m.start <= i < m.end)
        table.mentions.remove(mention)
        for k in range(mention.start, mention.end):
            table.by_token[k] = None
        rec = table.actors[name]
        rec.mentions -= 1
        if rec.mentions == 0:
            for key in [k for k, r in table.actors.items() if r is rec]:
                del table.actors[key]

    @staticmethod
    def _groups(doc: Doc, table: ActorTable) -> None:
        """Unnamed collective actors: "Western leaders", "third countries", "ASEAN
        Member States", "American investment funds", and "Analysts say ..."."""
        # "the Economic Prosperity Leaders' Summit": a meeting's name holds no group
        meeting = {i for e in table.ents if e[-1].lower_ in EVENT_NAME_ENDS
                   for i in range(e.start, e.end)}
        for tok in table.tokens:
            if tok.tag_ not in ("NNS", "NNPS", "NNP") or tok.i in meeting:
                continue
            low = tok.lower_
            # "ASEAN Member States": the model tags a capitalised plural NNP
            plural = tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and low.endswith("s"))
            lemma = tok.lemma_.lower() if tok.lemma_.lower() in GROUP_HEADS | GROUP_NOUNS \
                else (low[:-3] + "y" if low.endswith("ies") else low[:-1])
            if not plural or lemma not in GROUP_HEADS | GROUP_NOUNS or \
                    table.by_token[tok.i] is not None or tok.dep_ in ("compound", "amod", "poss"):
                continue
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
            counted = lemma in BARE_GROUPS and _speaks(tok) and not any(
                c.dep_ in ("det", "predet") for c in tok.lefts)  # "Two officials said"
            if any(c.dep_ in ("nummod", "det") and c.lower_ in GROUP_STOP and not (
                    counted and c.dep_ == "nummod") for c in tok.lefts) \
                    or any(c.dep_ == "poss" for c in tok.children):
                continue  # "the two countries", "both leaders", "our partners"
            qualified = [c for c in mods if c.lower_ in GROUP_MODIFIERS or (
                c.text[:1].isupper() and (not c.is_sent_start or c.ent_type_ or
                                          c.pos_ == "PROPN"))] if lemma in GROUP_HEADS else []
            speaks = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAY_VERBS and \
                tok.lemma_.lower() in GROUP_SPEAKERS and not mods
            # "Rights groups described ...", "instruct relevant departments", "led by
            # business leaders": a collective that acts, named by its modifiers
            quantified = [c for c in tok.lefts if (c.dep_ in ("det", "amod") and
                          c.lower_ in GROUP_QUANTIFIERS) or (counted and c.dep_ == "nummod")]
            does = _acts(tok) if lemma in ACTING_GROUPS else lemma in SPEAKING_GROUPS and (
                _speaks(tok) or _according_to(tok))
            acts = does and (mods or quantified or (
                lemma in BARE_GROUPS and not any(c.dep_ == "det" for c in tok.lefts)))
            if not qualified and not speaks and not acts:
                continue
            if acts and not qualified:
                qualified = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")
                             or c in quantified]
            start = min([c.left_edge.i for c in qualified] or [tok.i])
            while start < tok.i and (doc[start].is_punct or (
                    doc[start].is_upper and len(doc[start]) > 3 and doc[start].is_sent_start
                    and table.by_token[start] is None)):
                start += 1  # "OUAGADOUGOU Security forces": a dateline is no modifier
            cut = [i for i in range(start, tok.i) if (doc[i].is_punct and doc[i].text not in
                                                      "-'’") or GROUP_BREAK.search(doc[i].text)]
            if cut:
                start = cut[-1] + 1  # "(LICs)/ low-income countries": the words after it
            if any(doc[i].lemma_.lower() in GOVERNMENT_NOUNS for i in range(start, tok.i)):
                # "government officials": the government, folded into its country, the
                # one the article names most
                ranked = table.ranked("Country")
                if ranked:
                    table.add_mention(doc[start:tok.i + 1], ranked[0])
                continue
            inside = range(start, tok.i)
            national = any(table.by_token[i] for i in inside) and not any(
                doc[i].text[:1].isupper() and table.by_token[i] is None for i in inside)
            if national and not any(c.lower_ in GROUP_MODIFIERS for c in mods):
                continue  # "Russian officials": a country's people, not a new group
            if lemma in ARMED_MEMBERS and any(
                    (n := table.by_token[i]) and table.type_of(n) == "Organization"
                    for i in inside):
                continue  # "suspected Kessary Front insurgents": that body's fighters
            span = doc[start:tok.i + 1]
            where = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and
                     (n := table.by_token[o.i]) is not None and table.type_of(n) == "Country"]
            if tok.lower_ in FORCE_HEADS and where and all(
                    t.lower_ in FORCE_MODIFIERS for t in span[:-1]):
                # "Security forces in Chad retook the town": Chad's security forces
                country = table.by_token[where[0].i]
                assert country is not None
                name = f"{country} {span.text.lower()}"
                name = next((n for n in table.actors if n.lower() == name.lower()), name)
                table.add_actor(name, "Organization", country=country)
                table.add_mention(span, name, doc[span.start:where[0].right_edge.i + 1].text)
                continue
            # "Special Operations Forces": a proper name, a body of its own
            body = lemma == "force" and len(span) > 1 and all(t.is_title for t in span)
            table.add_actor(span.text, "Organization" if body else "Group")
            table.add_mention(span, span.text)

    @staticmethod
    def _unnamed_bodies(table: ActorTable) -> None:
        """A body named only by its noun that acts or speaks: "police said", "the
        state government will investigate". An Organization named as in the text
        (GUIDELINES: unnamed collectives are named as written); one a name or a
        demonym qualifies ("Chilean police", "the Peru government") is read elsewhere."""
        for tok in table.tokens:
            low = tok.lower_
            if table.by_token[tok.i] is not None or tok.dep_ in ("compound", "amod", "poss") \
                    or not (_acts(tok) or _speaks(tok)):
                continue
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
            if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.lefts) or any(
                    c.dep_ == "poss" or table.by_token[c.i] is not None or c.ent_type_
                    for c in tok.children):
                continue  # "no police were present", "Kenya's police": not this body
            if low in UNNAMED_BODY_HEADS and all(c.lower_ in BODY_MODIFIERS for c in mods):
                words = [c.lower_ for c in mods] + [low]
            elif tok.lemma_.lower() in GOVERNMENT_NOUNS and tok.tag_ == "NN" and \
                    len(mods) == 1 and mods[0].lower_ in SUBNATIONAL_WORDS:
                words = [mods[0].lower_, low]  # "the state government"
            else:
                continue
            start = min([c.i for c in mods] or [tok.i])
            name = " ".join(words)
            table.add_actor(name, "Organization")
            det = table.doc[start - 1] if start and table.doc[start - 1].lower_ == "the" \
                else None
            table.add_mention(table.doc[start:tok.i + 1], name,
                              f"the {name}" if det is not None else None)

    @staticmethod
    def _unnamed_people(table: ActorTable) -> None:
        """One person the text names only by an office or a part they played, who
        speaks: "a senior official said", "an army spokesman told Reuters", "according
        to a witness". A Person named by those words (GUIDELINES: an office named
        without its holder). "The minister said" refers back to someone, and "a
        spokesman, Ana Ruiz, said" has a name: both are read elsewhere."""
        doc = table.doc
        for tok in table.tokens:
            if tok.tag_ != "NN" or tok.lower_ not in UNNAMED_PERSON_HEADS or \
                    table.by_token[tok.i] is not None or tok.ent_type_:
                continue
            if not (_speaks(tok) or _according_to(tok)):
                continue
            det = [c for c in tok.lefts if c.dep_ == "det"]
            if len(det) != 1 or det[0].lower_ not in ("a", "an") or any(
                    c.dep_ in ("appos", "poss") for c in tok.children):
                continue
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
            if any(table.by_token[t.i] is not None or t.ent_type_ in ("PERSON", "NORP") or
                   t.is_punct for c in mods for t in c.subtree):
                continue  # "a Chilean official", "a Peru official": their country's
            start = min([c.left_edge.i for c in mods] or [tok.i])
            span = doc[start:tok.i + 1]
            # "A senior official said": the capital is the sentence's, not the name's
            name = span.text if span[0].pos_ == "PROPN" else span.text[:1].lower() + \
                span.text[1:]
            table.add_actor(name, "Person")
            table.add_mention(span, name, doc[det[0].i:tok.i + 1].text)

    @staticmethod
    def _crowds(table: ActorTable) -> None:
        """A crowd that acts: "a crowd in the Ashdale area pelted a car", a Group named
        by the words that say which crowd (GUIDELINES: unnamed collectives, named as in
        the text). A report tells of one crowd: "an angry crowd" in the lead and "the
        crowd" later are that crowd, named where the text says most (its place)."""
        doc = table.doc
        found: list[tuple[Span, str, bool]] = []  # span, surface, says where
        for tok in table.tokens:
            if tok.tag_ != "NN" or tok.lower_ not in CROWD_NOUNS or \
                    table.by_token[tok.i] is not None:
                continue
            det = next((c for c in tok.lefts if c.dep_ == "det"), None)
            start = min([c.i for c in tok.lefts if c.dep_ in ("amod", "compound")] or [tok.i])
            if det is not None and det.lower_ == "the" and found:
                found.append((doc[start:tok.i + 1], doc[det.i:tok.i + 1].text, False))
                continue
            if det is None or det.lower_ not in ("a", "an") or not _acts(tok):
                continue
            end = tok.i + 1
            where = next((p for p in tok.rights if p.dep_ == "prep" and p.lower_ in (
                "in", "near", "at", "outside")), None)
            if where is not None and where.right_edge.i - where.i < 6:
                end = where.right_edge.i + 1  # "a crowd in the Ashdale area"
                start = tok.i
            found.append((doc[start:end], doc[det.i:end].text, where is not None))
        if not found:
            return
        name = next((s.text for s, _, w in found if w), found[0][0].text)
        table.add_actor(name, "Group")
        for span, surface, _ in found:
            table.add_mention(span, name, surface)

    @staticmethod
    def _national_body(doc: Doc, span: Span) -> Span | None:
        """A demonym and capitalised words ending in a body's noun: "Russian Defense
        Ministry", "Ukrainian General Staff". None when there is no such body."""
        j = span.end
        while j < len(doc) and j - span.end < 4 and doc[j].text[:1].isupper() and \
                doc[j].pos_ in ("PROPN", "NOUN", "ADJ"):
            j += 1
        if j > span.end and doc[j - 1].lower_ in BODY_HEADS:
            return doc[span.start:j]
        return None

    def _add(self, table: ActorTable, span: Span, entry: gz.Entry, alias: bool) -> None:
        table.add_actor(entry.name, entry.type, entry.wikidata, entry.country)
        surface = span.text if alias else entry.name
        if entry.kind == "name" and span.text.lower() != entry.name.lower():
            surface = span.text
        if span.start > 0 and span.doc[span.start - 1].lower_ == "the" and alias:
            surface = "the " + span.text
        table.add_mention(span, entry.name, surface)
        if entry.type == "Organization" and entry.country:
            # "the U.S. State Department": the body's own country in front is a
            # spelling of its name too
            for k in (1, 2):
                if span.start - k < 0:
                    break
                before = self.gaz.lookup(span.doc[span.start - k:span.start].text)
                if before is not None and before.type == "Country" and \
                        before.name == entry.country:
                    table.actors[entry.name].aliases.add(
                        span.doc[span.start - k:span.end].text)
                    break

    def _from_entities(self, doc: Doc, table: ActorTable, taken: list[bool]) -> None:
        persons: list[Span] = []
        others: list[tuple[Span, str]] = []
        documents: list[Span] = []
        lines = headlines(table.text)
        for ent in _split_at_separators(table.ents):
            if ent[-1].is_space and len(ent) > 1:  # "Joint Statement\n\n" tagged as one name
                label = ent.label_
                ent = doc[ent.start:ent.end - 1]
                ent.label_ = label
            if lines and ent.label_ == "ORG" and \
                    _headline_only(ent, lines, table.text):
                continue  # "Ruiz Signs Executive Order": headline words, not a name
            if any(taken[i] for i in range(ent.start, ent.end)):
                # "Azerbaijan Hikmat Hajiyev": the country is taken, the name is left
                k = ent.start + (doc[ent.start].lower_ == "the" and ent.label_ in (
                    "GPE", "NORP", "LOC"))  # ("the Republic of X Ana Ruiz" as one place)
                while k < ent.end and (taken[k] or doc[k].is_space):
                    k += 1
                if ent.end - k < 2 or any(taken[i] for i in range(k, ent.end)):
                    continue
                label = ent.label_
                if label in ("GPE", "NORP", "LOC") and _after_office(doc, doc[k:ent.end]):
                    # "President of the Republic of Ruritania Ana Ruiz" tagged as one
                    # place: the words after the country are the holder's name
                    label = "ORG"
                if label not in ("PERSON", "ORG"):
                    continue
                ent = doc[k:ent.end]
                ent.label_ = label
            if ent.label_ in ("PERSON", "ORG") and len(ent) > 1 and ent[-1].lower_ in PLACE_HEADS:
                table.locations.append((ent.start, ent.end, ent.text))
                continue  # "the Lachin Corridor", "Zaporizhzhia Nuclear Power Plant"
            if ent[-1].lower_ in DOCUMENT_WORDS or (
                    _document_of(ent)) or (ent.label_ in ("PERSON", "ORG") and
                                           _programme(ent)) or (
                    documents and ent.start >= 2 and doc[ent.start - 1].text == "(" and
                    documents[-1].end == ent.start - 1) or ent.text in {
                        d.text for d in documents}:
                documents.append(ent)  # "the Terms of Reference (TOR)": a document
                continue
            if ent.label_ == "PERSON" and _byline(ent):
                continue  # "By Ana Ruiz", "Reporting by Ana Ruiz": a journalist's credit
            if ent.label_ == "PERSON":
                span = clean_name(ent)
                if not len(span) or _no_name(span) or (
                        len(span) > 1 and span[-1].lower_ in TITLE_HEADS):
                    continue  # "New York Congressman": an office, the name comes after it
                span = _whole_name(span, taken)
                root = span.root
                if body_named(span) or outlet_named(span):
                    # tagged PERSON: no person's name ends so ("Tovala Online reports")
                    others.append((span, "ORG"))
                    continue
                if root.dep_ in ("compound", "nmod") and (_media(root.head) or
                                                         _armed(root.head)):
                    # "the Linzer Rundschau newspaper", "Boko Haram fighters"
                    others.append((span, "ORG"))
                    continue
                if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and \
                        root.head.lemma_.lower() not in TITLE_WORDS:
                    continue  # a name that modifies a thing: "Javelin missiles", "X plant"
                if (span.start > 0 and doc[span.start - 1].lemma_.lower() in ORG_NOUNS) or (
                        root.dep_ == "appos" and root.head.lemma_.lower() in ORG_NOUNS and
                        root.head.is_lower):  # (not "an analyst at the X Institute, Ana Ruiz")
                    # "the state corporation Rosatom", "the largest rebel group, Hizbul X"
                    others.append((span, "ORG"))
                    continue
                if span.text[:1].isupper() and not any(t.like_num for t in span):
                    persons.append(span)
            elif ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
                span = clean_name(ent)
                if len(span) and ((span.root.dep_ == "compound" and
                                   span.root.head.lemma_.lower() in THING_NOUNS) or
                                  CODE_NAME.fullmatch(span.text)):
                    continue  # "Falcon missiles", "the Halden reactor", "COVID-19", "MH-17"
                if len(span) and ent.label_ == "ORG" and (
                        _generic_noun(span, self.gaz) or _title_modifier(span, self.gaz) or
                        _no_name(span)):
                    continue  # "our Nation"; "Harbour Safety Advisor X": part of an office
                if len(span) and ent.label_ == "ORG" and (_in_office(span, self.gaz) or (
                        span[-1].lemma_.lower() in TITLE_HEADS and
                        self.gaz.lookup(span.text) is None)):
                    continue  # "Assistant Secretary of Defense for Trade X", "the High
                    # Representative": an office, not a body
                if len(span):
                    others.append((span, ent.label_))
            # a title right before a non-PERSON entity makes it a person
        # a proper name in apposition to a title: "Spain's Defence Minister, Ana Ruiz,"
        for tok in table.tokens:
            if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.lemma_.lower() in \
                    TITLE_HEADS and not any(taken[i] for i in range(tok.left_edge.i, tok.i + 1)) \
                    and doc[tok.left_edge.i - 1].lemma_.lower() not in ORG_NOUNS and not (
                        doc[tok.left_edge.i].ent_iob_ == "B" and (
                            tok.ent_type_ in PLACE_ENTS or (tok.ent_type_ == "ORG" and
                                                            tok.lower_ in BODY_END))):
                # ("Chairman, Budget Committee, Ohio Senator X": the body and the
                # place beside the title are no names of people)
                span = doc[tok.left_edge.i:tok.i + 1]
                span = clean_name(span, person=True)
                if len(span) and all(t.pos_ == "PROPN" for t in span) and not any(
                        p.start <= span.start < p.end for p in persons):
                    others = [(o, lab) for o, lab in others
                              if not (o.start <= span.start < o.end)]
                    persons.append(span)
        # a capitalised title before a name the model missed: "Special Envoy Kellogg",
        # "Fleet Commander Rear Admiral Ana Ruiz"; or a name right after an office
        # "of" a country: "President of the Republic of Ruritania Anna Kovac"
        for tok in table.tokens:
            if not _name_word(tok) or tok.ent_type_ or taken[tok.i] or tok.i == 0:
                continue
            prev = doc[tok.i - 1]
            end = tok.i + 1
            words = 1
            while end < len(doc) and not doc[end].ent_type_ and not taken[end]:
                if _name_word(doc[end]) and words < 3:
                    end += 1
                    words += 1
                elif doc[end].text == "-" and end + 1 < len(doc) and \
                        not doc[end - 1].whitespace_ and not doc[end].whitespace_ and \
                        _name_word(doc[end + 1]):
                    end += 2  # "Kassym-Jomart"
                else:
                    break
            after_title = prev.lower_ in TITLE_HEADS and prev.is_title
            after_office = taken[prev.i] and end - tok.i >= 2 and \
                _after_office(doc, doc[prev.i:prev.i + 1], through_names=True)
            if (after_title or after_office) and (
                    end >= len(doc) or doc[end].pos_ != "PROPN") and not any(
                    p.start < end and tok.i < p.end for p in persons) and not any(
                    o.start < end and tok.i < o.end for o, _ in others):
                persons.append(doc[tok.i:end])
        # an acronym the model left untagged that speaks or heads an office ("the ELK
        # said", "ELK negotiator Ana Ruiz"): a body, wherever the text writes it
        bare_acronyms = {tok.text for tok in table.tokens if (
                             not tok.ent_type_ or _in_titled_org(tok)) and
                         not taken[tok.i] and tok.pos_ in ("PROPN", "NOUN") and
                         acro.is_acronym(tok.text) and len(tok.text) >= 3 and
                         tok.lower_ not in TITLE_WORDS and self.gaz.lookup(tok.text) is None
                         and (_speaks(tok) or (tok.dep_ in ("compound", "nmod") and
                                               tok.head.lower_ in TITLE_HEADS))}
        for tok in table.tokens:
            if tok.text in bare_acronyms and (not tok.ent_type_ or _in_titled_org(tok)) and \
                    not taken[tok.i] and \
                    not any(o.start <= tok.i < o.end for o, _ in others):
                others.append((doc[tok.i:tok.i + 1], "ORG"))
        # a name set off by commas after an office "of" a body, which the model tags ORG
        # or misses and the parse hangs on the body: "the mediator of the Varnian
        # Union, Ivo Banek, said", "the political head of the Front, Jean-Marc Ruiz,"
        for tok in table.tokens:
            held = _named_after_office(doc, tok)
            if held is None or any(taken[i] for i in range(held.start, held.end)) or \
                    self.gaz.lookup(held.text) is not None or any(
                        t.ent_type_ in PLACE_ENTS | {"NORP"} for t in held) or any(
                        p.start < held.end and held.start < p.end for p in persons):
                continue
            others = [(o, lab) for o, lab in others
                      if not (o.start < held.end and held.start < o.end)]
            persons.append(held)
        # a name the model missed before an armed body's noun: "the Ansar-Dine group"
        for tok in table.tokens:
            if tok.pos_ != "PROPN" or tok.ent_type_ or taken[tok.i] or \
                    tok.dep_ not in ("compound", "nmod") or not _armed(tok.head) or \
                    tok.head.i != tok.i + 1:
                continue
            start = tok.i
            while start > 0 and (doc[start - 1].pos_ == "PROPN" or (
                    doc[start - 1].text == "-" and not doc[start - 1].whitespace_)) and \
                    not doc[start - 1].ent_type_ and not taken[start - 1]:
                start -= 1
            span = doc[start:tok.i + 1]
            if span[0].text[:1].isupper() and span[0].text != "-" and not any(
                    o.start < span.end and span.start < o.end for o, _ in others) and \
                    not any(p.start < span.end and span.start < p.end for p in persons) and \
                    not _known_pair(span.text):
                others.append((span, "ORG"))
        # signature blocks: a name on its own line, an office "of" a country below it
        for signed in doc.spans[SIGNATURES] if SIGNATURES in doc.spans else ():
            if signed.label_ != "name" or any(
                    taken[i] for i in range(signed.start, signed.end)) or any(
                    p.start < signed.end and signed.start < p.end for p in persons):
                continue
            others = [(o, lab) for o, lab in others if not (o.start < signed.end and
                                                             signed.start < o.end)]
            persons.append(signed)
        # titles make persons of mislabelled names: "President Zelenskyy" tagged ORG
        alone = {e.text for e in table.ents if len(e) == 1 and e.label_ in ("ORG", "PERSON")}
        for span, label in list(others):
            before = doc[span.start - 1] if span.start > 0 else None
            titled = before is not None and before.lower_.rstrip(".") in PERSON_TITLES_BEFORE_NAME \
                and (before.text[:1].isupper() or (len(span) >= 2 and label == "ORG" and all(
                    t.pos_ == "PROPN" for t in span)))  # "envoy Marta Quispe"
            # "Tigran Meloyan, an analyst at ...": a name with a title in apposition
            described = label == "ORG" and len(span) >= 2 and any(
                c.dep_ == "appos" and c.lemma_.lower() in TITLE_HEADS and c.i > span.end
                for c in span.root.children)
            # "Jean-Luc Morel ... Morel told reporters": a body is not called by its
            # last word alone
            described = described or (label == "ORG" and 2 <= len(span) <= 4 and all(
                (t.pos_ == "PROPN" and t.text[:1].isupper()) or t.text == "-" for t in span)
                and span[-1].lower_ not in ORG_NOUNS | BODY_HEADS | INSTITUTION_WORDS and
                span[-1].text in alone and self.gaz.lookup(span.text) is None)
            if titled and span[-1].lemma_.lower() in ORG_NOUNS:
                # "General Border Committee": a body, its first word is no title
                others.remove((span, label))
                others.append((doc[span.start - 1:span.end], "ORG"))
                continue
            # "Head of the Foreign Relations Department of Azerbaijan Hikmat Hajiyev"
            # ("... of Varnia Nurlan-Bek Solberg": a hyphen joins two words of one)
            titled = titled or (label == "ORG" and 2 <= len(
                [t for t in span if t.text != "-"]) <= 3 and all(
                (t.pos_ == "PROPN" and t.is_title) or (t.text == "-" and 0 < k < len(span) - 1)
                for k, t in enumerate(span)) and _after_office(doc, span)
                and span[-1].lower_ not in ORG_NOUNS | BODY_HEADS | {"department",
                                                                     "administration"})
            if (titled or described) and label in ("ORG", "GPE", "NORP") and \
                    not body_named(span):  # ("Director, the Coastal Taskforce": a body)
                persons.append(span)
                others.remove((span, label))
        clusters = self._cluster_people(persons)
        persons = self._plausible_people(persons, clusters)
        surname_of: dict[str, str] = {}
        for canon in dict.fromkeys(clusters[p.text] for p in persons):
            for key in _name_keys(canon.split()[-1]):  # "al-Haddad" and "Haddad"
                surname_of.setdefault(key, canon)
        for span in persons:
            canon = clusters[span.text]
            known = self.gaz.person(canon) or self.gaz.person(span.text)
            table.add_actor(canon, "Person", known.wikidata if known else None,
                            known.country if known else None)
            table.add_mention(span, canon)
        # repeated surnames the model did not tag ("according to Horvat")
        for tok in table.tokens:
            if table.by_token[tok.i] is None and not taken[tok.i] and tok.pos_ == "PROPN" \
                    and tok.lower_ in surname_of and tok.text[:1].isupper() and not any(
                        s.start <= tok.i < s.end and (lab != "ORG" or plausible_org(s))
                        for s, lab in others):  # "Tusk, Zelenskiy" tagged ORG is no body
                table.add_mention(doc[tok.i:tok.i + 1], surname_of[tok.lower_])
        bare: list[Span] = []
        for span, label in others:
            low = span.text.lower()
            if low in surname_of and len(span) == 1:
                table.add_mention(span, surname_of[low])
            elif label == "ORG" and span[-1].lower_ in EVENT_NAME_ENDS:
                continue  # "the Leaders' Summit", "the Summit": a meeting, no actor
            elif label == "ORG" and len(span) == 1 and body_noun(span[0]):
                bare.append(span)  # "the Commission": resolved once all bodies are in
            elif label == "ORG" and plausible_org(span) and not all(
                    t.lower_ in TITLE_WORDS for t in span):
                table.add_actor(span.text, "Organization")
                table.add_mention(span, span.text)
            elif label == "GPE" and LETTER_NUMBER_NAME.fullmatch(span.text) and \
                    self.gaz.lookup(span.text) is None:
                # "K17 said": no place is named by letters and a number; a movement is
                table.add_actor(span.text, "Organization")
                table.add_mention(span, span.text)
            else:
                table.locations.append((span.start, span.end, span.text))
        for span in bare:
            name = self._named_body(table, span)
            surface = ("the " + span.text) if span.start and \
                doc[span.start - 1].lower_ == "the" else span.text
            if name is None:
                table.add_actor(span.text, "Organization")
                name = span.text
            table.add_mention(span, name, surface)

    @staticmethod
    def _named_body(table: ActorTable, span: Span) -> str | None:
        """The body a bare capitalised noun ("the Commission", "the Taskforce") refers
        back to: the one named with that last word mentioned last before it, else the
        first after it."""
        word = span[0].lower_
        names = {n for n, r in table.actors.items() if r.type == "Organization" and
                 len(n.split()) > 1 and n.split()[-1].lower() == word}
        before = [m for m in table.mentions if m.name in names and m.start < span.start]
        after = [m for m in table.mentions if m.name in names and m.start > span.start]
        if before:
            return before[-1].name
        return after[0].name if after else None

    def _plausible_people(self, persons: list[Span], clusters: dict[str, str]) -> list[Span]:
        """A one-word PERSON that never does anything a person does in the text (no
        title, never a subject, possessor or apposition) is most likely a place or a
        thing the model mislabelled: "on Twitter", "pressure Donbass"."""
        doing: set[str] = set()
        for span in persons:
            canon = clusters[span.text]
            root = span.root
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head  # "X and Y said": what the first conjunct does
            prev = span.doc[span.start - 1] if span.start > 0 else None
            if len(canon.split()) > 1 or self.gaz.person(canon) is not None or (
                    prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES_BEFORE_NAME
            ) or root.dep_ in ("nsubj", "nsubjpass", "poss", "appos") or any(
                    c.dep_ == "appos" for c in root.children) or (
                    root.dep_ == "pobj" and root.head.lower_ in ("by", "to", "with", "from")):
                doing.add(canon)
        return [p for p in persons if clusters[p.text] in doing]

    def _cluster_people(self, persons: list[Span]) -> dict[str, str]:
        """Map each surface form to its canonical (longest matching) form."""
        forms = sorted({p.text for p in persons}, key=lambda s: (-len(s.split()), s))
        canon_of: dict[str, str] = {}
        canon_tokens: list[tuple[str, set[str], str | None]] = []
        for form in forms:
            toks = _name_keys(form)
            known = self.gaz.person(form)
            for canon, ctoks, cknown in canon_tokens:
                same_known = known is not None and cknown == known.name
                if same_known or (toks <= ctoks and _name_keys(form.split()[-1]) & ctoks):
                    canon_of[form] = canon
                    break
            else:
                canon_of[form] = form
                canon_tokens.append((form, toks, known.name if known else None))
        return canon_of

    @staticmethod
    def _we_the(doc: Doc, table: ActorTable) -> None:
        """"We, the Foreign Ministers of Chile and Peru, ...": the writers name
        themselves; a collective so named is a Group, and "we" is that Group."""
        for tok in table.tokens[:400]:
            if tok.lower_ != "we":
                continue
            for c in tok.children:
                plural = c.tag_ in ("NNS", "NNPS") or (c.tag_ == "NNP" and
                                                        c.lower_.endswith("s"))
                if c.dep_ != "appos" or not plural or c.i < tok.i:
                    continue
                if c.lower_ in PARTY_NOUNS:
                    continue  # "We, the governments of A, B and C": the parties themselves
                if _hyphen_joined(doc, c.i, c.i + 1):
                    continue  # "co" and "-" of "co-chairs": the word is read at its last part
                start = c.left_edge.i
                while start < c.i and doc[start].dep_ in ("det", "punct"):
                    start += 1
                while start > 0 and _hyphen_joined(doc, start - 1, start):
                    start -= 1  # the parser may hang "co", "-" and "chairs" apart
                span = doc[start:c.i + 1]
                if any((n := table.by_token[i]) and table.type_of(n) == "Person"
                       for i in range(span.start, span.end)):
                    continue
                table.add_actor(span.text, "Group")
                table.add_mention(span, span.text, doc[start - 1:c.i + 1].text
                                  if doc[start - 1].lower_ == "the" else None)
                table.signatories = (span.text,)
                # "... of Chile, Peru and the United States, and the High Representative
                # of the European Union": whom the collective stands for
                members: list[str] = []
                for head in (c, *c.conjuncts):
                    objs = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]
                    names = [n for o in objs for n in (table.by_token[x.i] for x in (
                        o, *o.conjuncts)) if n] if head is c else [table.by_token[head.i]]
                    members.extend(n for n in names if n and n not in members and
                                   table.type_of(n) in ("Country", "Organization", "Person"))
                if len(members) >= 2:
                    table.members[span.text] = tuple(members)
                return

    def _signatories(self, doc: Doc, table: ActorTable) -> None:
        """Readout headers ("Statement from Secretary Rubio and NSC Waltz on ...")
        name who speaks in a text that has no other speaker."""
        if first(doc, READOUT_HEADER, "header") is None:
            self._we_the(doc, table)
            return
        # "Readout of X's Call with Y": X's office writes it; Y does not sign (kg_layout)
        issuer = first(doc, READOUT_HEADER, "issuer")
        start, end = (issuer.start_char, issuer.end_char) if issuer else (0, 0)
        names: list[str] = []
        for mention in table.mentions:
            tok = doc[mention.start]
            if start <= tok.idx < end and mention.name not in names:
                names.append(mention.name)
        table.signatories = tuple(names)


@Language.factory("kg_actors", assigns=["doc._.kg_table", "doc._.kg_mentions"],
                  requires=["doc.ents", "token.dep", "token.tag", "token.lemma", "doc._.kg_layout"])
def make_actors(nlp: Language, name: str) -> ActorExtractor:
    return ActorExtractor(nlp, name)
