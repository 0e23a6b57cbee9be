"""kg_layout: the parts of a text that are layout, not prose, marked once as span groups.

=====================  ==================================================  =========
span group             what                                                labels
=====================  ==================================================  =========
``kg_headline``        the first line, where it reads as a headline        headline
``kg_dateline``        "KYIV, Feb 5 (Reuters) - ", "WASHINGTON —",         wire, place,
                       "CARACAS Ruritania's army said" (a bare place)     bare
``kg_readout_header``  a first line "Readout of X's Call with Y",          header,
                       "Joint Statement by X and Y", and who issues it     issuer
``kg_signatures``      a name on its own line, an office "of" below it     name, office
``kg_bullets``         a list line's item, after its mark ("- ", "2) ")    bullet
``kg_turns``           a transcript's speaker turns ("Q:", "MS. RUIZ:",   the speaker
                      "Ana Ruiz (retranslated):")
=====================  ==================================================  =========

Every span is trimmed of surrounding white space. The component reads only the
text, so it runs before the parser (right after kg_lines); every later component
reads these groups instead of looking for layout itself.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = mark_layout(nlp("Readout of President Ruiz's Call with King Lind\\n\\n"
...                       "PORTO ALTO, May 2 (Reuters) - They spoke."))
>>> [(s.label_, s.text) for s in doc.spans[READOUT_HEADER]]
[('header', "Readout of President Ruiz's Call with King Lind"), ('issuer', 'President Ruiz')]
>>> [(s.label_, s.text) for s in doc.spans[DATELINE]]
[('wire', 'PORTO ALTO, May 2 (Reuters) -')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import gazetteer
from kg.extractors.lexicon import TITLE_WORDS

HEADLINE = "kg_headline"
DATELINE = "kg_dateline"
READOUT_HEADER = "kg_readout_header"
SIGNATURES = "kg_signatures"
BULLETS = "kg_bullets"
TURNS = "kg_turns"
#: Every span group kg_layout writes.
GROUPS = (HEADLINE, DATELINE, READOUT_HEADER, SIGNATURES, BULLETS, TURNS)

#: Where a text's opening layout (headline, dateline) is looked for.
OPENING_CHARS = 2000
#: A first line at least this long, or ending like a sentence, is prose, not a headline.
HEADLINE_MAX_CHARS = 200
#: How a first line of prose ends: a full stop (maybe inside a quotation), a colon.
PROSE_ENDS = (".", ":", ".\u201d", '."', ".'", ".\u2019")
#: "KYIV, Feb 5 (Reuters) - ", "PORTO ALTO/NOVA VILA, May 2 (Coastal Radio) — ": a place
#: (or places joined by "/") in capitals, maybe a date, the agency or outlet in brackets
#: (a short capitalised name, or "dpa"), a dash. Reposted wire copy often keeps only
#: "(Reuters) - " (the place is optional, the outlet then at least two letters) or
#: drops the dash after a place ("BOGOTA, Sept 3 (Reuters) Chile said ...").
WIRE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:(?P<place>[A-Z][A-Z .'’/-]{1,40}(?:,[^\n(]{0,30})?)\s*)?\((?:dpa"
    r"|[A-Z][\w.&'’]+(?: [A-Z][\w.&'’]*){0,3})\)(?:\s*[-—–]+|(?(place)[ \t]+(?=[A-Z])|"
    r"(?!)))\s*")
#: "WASHINGTON —", "PORTO ALTO, May 2 —": a place in capitals, maybe a date, a dash.
PLACE_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}(?:,[^\n(—–-]{0,30})?[ \t]+[—–-]{1,2}"
    r"[ \t]+(?=\S)")
#: What ends a dateline that has a dash.
DASHES = frozenset("-—–")
#: "NOVA VILA/PORTO ALTO, Chile The army ...", "VELOPORT Security forces ...": scraped
#: wire copy that lost its outlet and dash keeps the place in capitals (places joined by
#: "/"), maybe ", Country", right before the first sentence's capitalised first word.
BARE_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Z'’.-]{3,}(?:[ -][A-Z][A-Z'’.-]+){0,2}"
    r"(?:/[A-Z][A-Z'’.-]{3,}(?:[ -][A-Z][A-Z'’.-]+){0,2})*)(?P<comma>,)?[ \t]+")
#: "Tovala, Nov 19 The army ...", "Port Vila, March 3, 2024 - Police ...": a place in
#: title case, a month and a day (maybe a year), maybe a dash, at the body's start.
DATED_DATELINE = re.compile(
    r"[ \t]*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?[ \t]+(?:[-—–]{1,2}[ \t]+)?"
    r"(?=[\"“‘]?[A-Z][a-z])")
#: What follows a bare dateline: the first sentence's capitalised first word.
SENTENCE_START = re.compile(r"[\"“‘]?[A-Z][a-z]")
#: "Readout of X's Call with Y", "Joint Statement by X and Y on Z": group 1 is what
#: follows "from"/"by"/"of".
READOUT = re.compile(
    r"\A\s*(?:joint\s+)?(?:statement|readout|declaration|communiqu[eé]|remarks)\b"
    r"[^\n]*?\b(?:from|by|of)\b([^\n]*)", re.I)
#: Where the issuer ends: "X's Call with Y", "X on Z" (Y and Z do not issue the text).
ISSUER_END = re.compile(r"(?:['’]s)?\s(?:on|about|regarding|following|(?:phone\s+)?(?:calls?|"
                        r"meetings?|conversation|visit)\s+with)\s", re.I)
#: A signature block: a capitalised name of two to four words on its own line, and a
#: line below it with "of" ("Minister of Foreign Affairs of Ruritania").
SIGNATURE = re.compile(
    r"^[ \t]*([A-Z][^\W\d_]+(?:[ -](?:[A-Z]\.|[A-Z][^\W\d_]+)){1,3})[ \t]*\n"
    r"[ \t]*([A-Z][^\n]{2,80}?\bof\b[^\n]*)$", re.M)
#: A list line: a dash, a bullet sign, "1." / "2)" or "a)" / "(b)", then the item.
BULLET = re.compile(
    r"(?m)^[ \t]*(?:[-\u2013\u2014\u2022*\u25aa\u25cf\u25e6]|\(?\d{1,2}[.)]|\(?[a-z][.)])"
    r"[ \t]+(\S[^\n]*)")
#: A speaker's label opening a line of a transcript: "Q:", "MS. RUIZ:", "PRESIDENT LIND:",
#: or a name of two to four words, as official transcripts write them ("Ana Ruiz:",
#: "Tomas de Lind (retranslated):"); one capitalised word ("Note:") is no label.
TURN = re.compile(
    r"(?m)^[ \t]*(Q|[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3}"
    r"|[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.|de|da|del|al|bin|van|von)){1,3})"
    r"(?:[ \t]+\((?:retranslated|via (?:an )?interpreter|through (?:an )?interpreter)\))?"
    r":[ \t]+(?=\S)")


def _span(doc: Doc, text: str, start: int, end: int, label: str) -> Span | None:
    """The tokens of the text from ``start`` to ``end``, white space trimmed
    (``text`` is ``doc.text``, which spaCy builds anew at each call)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def headline(text: str) -> tuple[int, int] | None:
    """The first line, where it is short and does not end like a sentence of prose."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not line or len(line) >= HEADLINE_MAX_CHARS or line.rstrip().endswith(PROSE_ENDS):
        return None
    return start, end


def dateline(text: str) -> tuple[int, int, str] | None:
    """The opening dateline: a wire one, else a place and a dash, else a bare place
    at the start of the body's first line."""
    opening = text[:OPENING_CHARS]
    for pattern, label in ((WIRE_DATELINE, "wire"), (PLACE_DATELINE, "place")):
        m = pattern.search(opening)
        if m:
            return m.start(), m.end(), label
    return bare_dateline(text)


def bare_dateline(text: str) -> tuple[int, int, str] | None:
    """"VELOPORT Security forces ...": a place in capitals before the body's first
    sentence, with no dash. Not where the capitals name a body or a country the gazetteer
    knows ("NATO Secretary General X said", "U.S. Treasury Secretary X"; a capital is a
    place), nor where a comma is followed by words that name no country."""
    head = headline(text)
    start = len(text) - len(text.lstrip()) if head is None else head[1]
    start += len(text[start:]) - len(text[start:].lstrip())
    dated = DATED_DATELINE.match(text, start)
    if dated:
        return start, dated.end(), "place"
    m = BARE_DATELINE.match(text, start)
    if not m:
        return None
    gaz = gazetteer.load()
    for place in m.group("place").split("/"):
        entry = gaz.lookup(place)
        if sum(c.isalpha() for c in place) < 4 or (entry is not None and entry.kind != "capital"):
            return None  # "U.S. Treasury Secretary X", "NATO Secretary General X": no place
    end = m.end()
    if m.group("comma"):  # ", Pakistan The ...": the longest run of words naming a country
        words = list(re.finditer(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+", text[end:end + 80]))
        run = [w for k, w in enumerate(words) if w.start() == (words[k - 1].end() if k else 0)]
        named = [w for k, w in enumerate(run[:3]) if (e := gaz.lookup(
            text[end:end + w.end()].strip())) is not None and e.type == "Country"]
        if not named:
            return None
        end += named[-1].end()
    if not SENTENCE_START.match(text, end):
        return None
    return m.start(), end, "bare"


def readout_header(text: str) -> Iterator[tuple[int, int, str]]:
    """A readout or statement's first line, and the part of it naming its issuer."""
    m = READOUT.match(text)
    if not m:
        return
    yield m.start(), m.end(), "header"
    start, end = m.start(1), m.end(1)
    cut = ISSUER_END.search(text, start, end)
    yield start, cut.start() if cut else end, "issuer"


def signatures(text: str) -> Iterator[tuple[int, int, str]]:
    """Signature blocks: the name line and the office line below it."""
    for m in SIGNATURE.finditer(text):
        if m.group(2).split()[0].lower() in TITLE_WORDS:
            yield m.start(1), m.end(1), "name"
            yield m.start(2), m.end(2), "office"


def bullets(text: str) -> Iterator[tuple[int, int, str]]:
    """The items of list lines, without their marks."""
    for m in BULLET.finditer(text):
        yield m.start(1), m.end(1), "bullet"


def turns(text: str) -> Iterator[tuple[int, int, str]]:
    """A transcript's turns, each from its speaker's label to the next label; a text
    with a single label ("NOTE: ...") is no transcript."""
    found = list(TURN.finditer(text))
    if len(found) < 2:
        return
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        yield m.start(1), nxt.start() if nxt else len(text), m.group(1)


@Language.component("kg_layout", assigns=["doc._.kg_layout", "token.is_sent_start"])
def mark_layout(doc: Doc) -> Doc:
    """Write the layout span groups (see the module docstring)."""
    text = doc.text
    found: dict[str, list[tuple[int, int, str]]] = {
        HEADLINE: [(*h, "headline")] if (h := headline(text)) else [],
        DATELINE: [d] if (d := dateline(text)) else [],
        READOUT_HEADER: list(readout_header(text)),
        SIGNATURES: list(signatures(text)),
        BULLETS: list(bullets(text)),
        TURNS: list(turns(text)),
    }
    for key, ranges in found.items():
        doc.spans[key] = [s for start, end, label in ranges
                          if (s := _span(doc, text, start, end, label)) is not None]
    for line in doc.spans[DATELINE]:
        if line[-1].text not in DASHES and line.end < len(doc):
            # no dash parts it from the sentence: the parser would take the place for the
            # subject ("NOVA VILA named ..."), so the sentence starts after it
            doc[line.end].is_sent_start = True
    return doc


def layout(doc: Doc) -> dict[str, list[Span]]:
    """The layout spans of each group (empty lists before kg_layout has run)."""
    return {key: list(doc.spans[key]) if key in doc.spans else [] for key in GROUPS}


def first(doc: Doc, key: str, label: str | None = None) -> Span | None:
    """The first span of a layout group (with that label), else None."""
    if key not in doc.spans:
        return None
    return next((s for s in doc.spans[key] if label is None or s.label_ == label), None)
