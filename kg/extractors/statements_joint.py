"""The issuer's own text: joint statements and declarations written in the first
person ("We, the G7 Foreign Ministers of ... urge ...") or by named parties about
themselves ("Today, X and Y agreed ... to strengthen our relationship").

Each passage of such a text is a ``direct`` statement of every issuer (once, for
a collective named as one: "We, the ... Ministers"). A passage is a paragraph,
split where a sentence again has the issuers as its subject ("We urge ...",
"Both Governments reaffirm ..."); a line ending in a colon takes the list of
verbless or bulleted lines under it, and is dropped where nothing follows it
("Key terms will include:" heads paragraphs that are passages of their own).

Who issues the text must be named in it: "We" with an apposition, the
signatories of a header ("Joint Statement by X and Y"), or named parties that
say "our" of themselves. A first-person text whose speaker is never named has
no statements (GUIDELINES.md §Statements).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extractors.coref import first_person, parties_listed
from kg.extractors.layout import HEADLINE, READOUT_HEADER, first
from kg.extractors.statement_words import (
    COLLECTIVE_NOUNS,
    JOINT_TITLE,
    NARRATED_HEADER,
    PARTY_NOUNS,
    TEXT_END,
)
from kg.extractors.table import ActorTable

#: Bullet marks opening a list line.
BULLET = re.compile(r"^\s*(?:[-\u2013\u2014\u2022*\u25aa\u25e6]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")

#: A heading line: Markdown '#', or a line wholly in bold or italics ("**Pillar I**").
HEADING = re.compile(r"^(?:#{1,6}\s|\*\*[^*].*\*\*$|\*[^*].*\*$|__.+__$)", re.S)


@dataclass(frozen=True)
class Passage:
    start: int  # char offsets in the text
    end: int
    first_sent: Span

    def text(self, doc: Doc) -> str:
        raw = doc.text[self.start:self.end]
        lines = [BULLET.sub("", line).strip() for line in raw.splitlines()]
        return " ".join(line for line in lines if line)


def quoted_mask(doc: Doc, quotes: list[tuple[int, int]]) -> list[bool]:
    """Token i lies inside a quotation."""
    mask = [False] * len(doc)
    for s, e in quotes:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


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
        if subj and tok.lower_ in ("our", "we", "us") and tok.i > subj[0].i:
            named = table.refer(subj[0])
            if len(named) >= 2 and all(table.type_of(n) in ("Country", "Organization")
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
    if len(named) >= 2 and all(table.type_of(n) in ("Country", "Organization") for n in named):
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
        if n and n not in names and table.type_of(n) in ("Country", "Organization"):
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


def passages(doc: Doc, table: ActorTable, body_start: int, speakers: list[str],
             quoted: list[bool]) -> list[Passage]:
    """The passages of a first-person text from token ``body_start`` on."""
    text = table.text
    out: list[Passage] = []
    current: list[Span] = []
    colon_open = False  # the current passage ends in a colon and takes a list
    k0 = table.sent_id[body_start]
    line_of = _line_index(text)
    prev_line = -1

    def close() -> None:
        if current:
            s, e = current[0].start_char, current[-1].end_char
            if not text[s:e].rstrip().endswith(":"):
                out.append(Passage(s, e, current[0]))
            current.clear()

    for sent in table.sents[k0:]:
        raw = sent.text.strip()
        if not raw:
            continue
        if TEXT_END.match(raw):
            break
        line = line_of(sent.start_char)
        new_line = line != prev_line
        prev_line = line
        clause = sent.root.pos_ in ("VERB", "AUX")
        if colon_open and (not new_line or not clause or BULLET.match(raw)):
            current.append(sent)  # an item of the list the colon opened
            continue
        colon_open = False
        if new_line and (HEADING.match(raw) or not any(t.pos_ in ("VERB", "AUX") for t in sent)):
            close()  # a signature line, a title, a bold or '#' heading, "Begin Text"
            continue
        if new_line or _issuers_speak(sent, table, speakers, quoted):
            close()
        current.append(sent)
        colon_open = raw.endswith(":")
    close()
    return [p for p in out if len(p.text(doc).split()) >= 3]


def _issuers_speak(sent: Span, table: ActorTable, speakers: list[str],
                   quoted: list[bool]) -> bool:
    """The sentence's main subject is the issuers: "We urge", "Both Governments"."""
    for c in sent.root.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or quoted[c.i]:
            continue
        if c.lower_ == "we":
            return True
        named = table.refer(c)
        return len(named) >= 2 and (set(named) >= set(speakers) or
                                    set(table.speakers(named)) >= set(speakers))
    return False


def _line_index(text: str):
    starts = [m.end() for m in re.finditer(r"\n", text)]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset)

    return line_of
