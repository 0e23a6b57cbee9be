"""Helpers the fact components share: provenance, dates, phrase text."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg import dates
from kg.model import Provenance

#: A night before the day a text is dated ("late last night", "overnight yesterday").
NIGHT = re.compile(r"\b(last night|overnight yesterday|yesterday)\b", re.I)

#: Days named without a date, as the model often leaves them untagged (resolved against
#: the publication day); in this order when no event word says which is meant.
DAY_CUES = ("on the eve", "the day before", "yesterday", "last night", "today",
            "this morning", "this afternoon", "this evening", "tonight")


def published(doc: Doc) -> date | None:
    meta = doc._.kg_article or {}
    return dates.parse_iso(meta.get("published"))


def facts(doc: Doc) -> dict[str, list]:
    if doc._.kg_facts is None:
        doc._.kg_facts = {s: [] for s in ("roles", "statements", "commitments", "events")}
    return doc._.kg_facts


def provenance(sent: Span, start: int, end: int, extractor: str, confidence: float) -> Provenance:
    return Provenance(sentence=sent.text.strip(), start=start, end=end,
                      extractor=extractor, confidence=round(confidence, 2))


def dateline_night(sent: Span, ents: list[Span], line: tuple[int, int],
                   pub: date | None) -> str | None:
    """ "KYIV, May 20 (Reuters) - X struck Y late last night": when the sentence's only
    day is its dateline's (``ents`` all inside ``line``), a night it names is the night
    before that day; None when it names none."""
    if pub is None or not ents or any(not line[0] <= e.start_char < line[1] for e in ents):
        return None
    night = NIGHT.search(sent.text[max(0, line[1] - sent.start_char):])
    day = dates.resolve(ents[0].text, pub) if night else None
    return dates.resolve(night.group(0), date.fromisoformat(day)) if night and day else None


def sentence_date(sent: Span, doc: Doc, near: Token | None = None,
                  past: bool = False) -> str | None:
    """The resolved date of the DATE entity nearest ``near`` in the sentence (``past``:
    of an event told as done, so a day without year is not a later one)."""
    pub = published(doc)
    best = None
    table = doc._.kg_table
    ents = [e for e in (table.dates_in(sent) if table is not None else sent.ents)
            if e.label_ == "DATE"]
    line = table.dateline if table is not None else (0, 0)
    own = [e for e in ents if not line[0] <= e.start_char < line[1]]
    if ents and not own and (night := dateline_night(sent, ents, line, pub)):
        return night
    for ent in own or ents:
        value = dates.resolve(ent.text, pub, past=past) if pub else None
        if value is None:
            continue
        dist = abs(ent.root.i - near.i) if near is not None else 0
        if best is None or dist < best[0]:
            best = (dist, value)
    if best is None and pub:
        low = sent.text.lower()
        found = [(low.find(cue), cue) for cue in DAY_CUES if cue in low]
        if found:
            # the cue nearest the event's word ("spoke this afternoon, after X approved
            # it last night": the afternoon), else the first in DAY_CUES' order
            at = near.idx - sent.start_char if near is not None else None
            cue = min(found, key=lambda f: abs(f[0] - at))[1] if at is not None \
                else found[0][1]
            return dates.resolve(cue, pub)
    return best[1] if best else None


def phrase(tokens: list[Token], max_tokens: int = 40) -> str:
    """Text of tokens (in order), trimmed of edge punctuation and conjunctions."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].dep_ in ("cc", "mark") or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc" or toks[-1].is_space):
        toks = toks[:-1]
    toks = toks[:max_tokens]
    if not toks:
        return ""
    doc = toks[0].doc
    # keep the original spacing of contiguous runs
    out = []
    for a, b in zip(toks, [*toks[1:], None], strict=True):
        out.append(a.text + (a.whitespace_ if b is not None and b.i == a.i + 1 else " "))
    return "".join(out).strip().replace("’", "'") if doc else ""
