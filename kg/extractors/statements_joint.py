"""The issuer's own text: joint statements and declarations written in the first
person ("We, the G7 Foreign Ministers of ... urge ...") or by named parties about
themselves ("Today, X and Y agreed ... to strengthen our relationship").

Each passage of such a text is a ``direct`` statement of every issuer (once, for
a collective named as one: "We, the ... Ministers"). A passage is a paragraph,
split where a sentence again has the issuers as its subject ("We urge ...",
"Both Governments reaffirm ..."); a line ending in a colon takes the list of
verbless or bulleted lines under it, and is dropped where nothing follows it
("Key terms will include:" heads paragraphs that are passages of their own).

Who issues the text (``coref.issuers``) must be named in it: "We" with an
apposition, the signatories of a header ("Joint Statement by X and Y"), or named
parties that say "our" of themselves. A first-person text whose speaker is never named has
no statements (GUIDELINES.md §Statements).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extractors.statement_words import TEXT_END
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
