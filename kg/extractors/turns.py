"""A transcript's speaker turns (``kg_turns``, marked by kg_layout) read as speech.

"Ana Ruiz: Our countries will trade more." is Ana Ruiz's own words: each paragraph of
a turn is a ``direct`` statement of the turn's speaker (GUIDELINES.md §Statements: the
issuer's own text where the issuer is named). A label is a speaker only where it names
a person of the actor table: by the name ("Ana Ruiz:", "PRESIDENT RUIZ:") or by a title
the text gives one person ("THE PRESIDENT:"); "Q:" and "NOTE:" name nobody.

Pure functions over the doc, its layout spans and the actor table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extractors.layout import TURNS
from kg.extractors.lexicon import HONORIFICS
from kg.extractors.table import ActorTable

#: The label and its colon at the start of a turn ("Ana Ruiz (retranslated): ").
LABEL_END = re.compile(r"^[^:\n]*:[ \t]*")

#: A paragraph: text between blank lines or line breaks.
PARAGRAPH = re.compile(r"[^\n]+")

#: Words of a label that name no one ("THE PRESIDENT" is "president").
NOT_NAME = frozenset({"the", "mr", "mrs", "ms", "dr"}) | HONORIFICS


def turn_speaker(table: ActorTable, span: Span) -> str | None:
    """The person a turn's label names, else None."""
    label = span.label_
    if not label or label == "Q":
        return None
    end = span.start_char + len(label)
    people = []
    for t in table.tokens[span.start:span.end]:
        if t.idx >= end:
            break
        name = table.by_token[t.i]
        if name is not None and table.type_of(name) == "Person" and name not in people:
            people.append(name)
    if len(people) == 1:
        return people[0]
    if people:
        return None
    words = [w for w in re.findall(r"[a-z]+", label.lower()) if w not in NOT_NAME]
    if not words:
        return None
    # "PRESIDENT RUIZ": the person whose name ends with the label's last word
    by_name = [n for n, rec in table.actors.items() if rec.type == "Person" and
               n.split()[-1].lower() == words[-1]]
    if len(set(by_name)) == 1:
        return by_name[0]
    # "THE PRESIDENT": the one person holding that title
    return table.by_title(set(words), None, span.start)


def turn_body(doc: Doc, span: Span) -> tuple[int, int]:
    """The character range of a turn after its label."""
    text = doc.text[span.start_char:span.end_char]
    m = LABEL_END.match(text)
    return span.start_char + (m.end() if m else 0), span.end_char


def paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The non-empty lines of ``text[start:end]``, as character ranges."""
    for m in PARAGRAPH.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e


def speaker_turns(doc: Doc, table: ActorTable) -> list[tuple[int, int, str]]:
    """Each turn with a speaker: its body's character range and the speaker."""
    if TURNS not in doc.spans:
        return []
    out = []
    text = doc.text
    for span in doc.spans[TURNS]:
        who = turn_speaker(table, span)
        if who is None:
            continue
        start, end = turn_body(doc, span)
        if _about(who, text[start:end]):
            return []  # "Ana Ruiz: Ana Ruiz will serve as ...": a list of profiles
        out.append((start, end, who))
    return out


def _about(who: str, body: str) -> bool:
    """A turn's body that opens by naming its own label's person is written about
    them, not by them (nobody opens a speech with their own surname)."""
    return who.split()[-1].lower() in re.findall(r"[a-z]+", body[:60].lower())[:6]
