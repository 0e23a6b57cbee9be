r"""Find quotations in raw text (pure): curly and straight double quotes, single
quotes (straight or curly, told from apostrophes by what stands around them), a
quotation that runs over paragraphs (each paragraph opens with a mark, only the
last one closes), and the Russian-press dash quote (a paragraph opening with "— "
and closing with a quote mark before the attribution).

>>> text = 'He said: "We agree." Then “no”.'
>>> [text[s:e] for s, e in find_quotes(text)]
['We agree.', 'no']
>>> text = "'The leaders' plan works,' she said of Kenya's 'new deal'."
>>> [text[s:e] for s, e in find_quotes(text)]
["The leaders' plan works,", 'new deal']
>>> text = '“We came.\n\n“We stay,” he said.'
>>> [text[s:e] for s, e in find_quotes(text)]
['We came.\n\n“We stay,']
>>> text = '"We came.\n\n"We stay," he said, "and we fight."'
>>> [text[s:e] for s, e in find_quotes(text)]
['We came.\n\n"We stay,', 'and we fight.']
"""

from __future__ import annotations

import re

_CURLY = re.compile(r"“([^“”]{2,}?)”", re.S)
_DASH = re.compile(r"(?m)^[—–-]\s+([^\n]+?)[\"”](?=[,.]?\s)")
#: A paragraph that opens a quotation the next paragraph goes on with: no closing mark.
_OPEN_PARA = re.compile(r"(?m)^\s*“([^“”\n]{2,})\n(?:[ \t]*\n)*[ \t]*(?=“)")
#: A single quotation mark that opens (after a space or line start, before a word) and
#: one that closes (after a word or punctuation, before a space, punctuation or line end).
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—–]))['‘](?=[^\W\d_])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)\]—–]|$)", re.M)
#: A closing mark after "s" and before a lower-case word may be a plural possessive.
_POSSESSIVE = re.compile(r"s['’] [a-z]")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted text (without the marks), in order."""
    spans: list[tuple[int, int]] = []
    for m in _CURLY.finditer(text):
        spans.append((m.start(1), m.end(1)))
    for m in _OPEN_PARA.finditer(text):
        # join it with the quotation the next paragraph opens
        nxt = next((e for s, e in spans if s == m.end() + 1), None)
        if nxt is not None:
            spans = [(s, e) for s, e in spans if s != m.end() + 1]
            spans.append((m.start(1), nxt))
    for m in _DASH.finditer(text):
        if not any(s <= m.start(1) < e for s, e in spans):
            spans.append((m.start(1), m.end(1)))
    over, used = _straight_over_paragraphs(text, spans)
    spans.extend(over)
    # straight quotes pair up within a paragraph
    for para in re.finditer(r"[^\n]+", text):
        line = para.group(0)
        marks = [m.start() for m in re.finditer('"', line) if para.start() + m.start() not in used]
        k = 0
        while k + 1 < len(marks):
            s, e = para.start() + marks[k] + 1, para.start() + marks[k + 1]
            if any(a <= s < b or a < e <= b for a, b in spans):
                # a dash quote ends at this mark; pair the rest after it
                k += 1
                continue
            if e - s >= 2:
                spans.append((s, e))
            k += 2
    spans.extend(_single(text, spans))
    return sorted(spans)


def _straight_over_paragraphs(text: str, taken: list[tuple[int, int]]
                              ) -> tuple[list[tuple[int, int]], set[int]]:
    """A straight-quoted passage over paragraphs: each paragraph opens with a mark it
    does not close, the last one opens and closes ('"We came.\n\n"We stay," he
    said.'), as _OPEN_PARA does for curly marks. One span from the first opening to
    the last closing mark; also the offsets of the marks it used."""
    paras = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)
             if m.group(0).strip()]
    out: list[tuple[int, int]] = []
    used: set[int] = set()
    k = 0
    while k < len(paras):
        j = k
        # paragraphs that open with the only mark they hold
        while j + 1 < len(paras) and paras[j][1].lstrip().startswith('"') and \
                paras[j][1].count('"') == 1 and paras[j + 1][1].lstrip().startswith('"'):
            j += 1
        if j > k:
            start = paras[k][0] + paras[k][1].index('"') + 1
            base, line = paras[j]
            first = line.index('"')
            close = line.find('"', first + 1)
            if close > 0 and not any(a <= start < b for a, b in taken):
                out.append((start, base + close))
                used.update(b + line_.index('"') for b, line_ in paras[k:j + 1])
                used.add(base + close)
            k = j + 1
        else:
            k += 1
    return out, used


def _single(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted spans of a paragraph, outside the double-quoted ones."""
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        line, base = para.group(0), para.start()
        if "'" not in line and "‘" not in line:
            continue
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(line)]
        pos = 0
        for m in _SINGLE_OPEN.finditer(line):
            if m.start() < pos:
                continue
            after = [c for c in closes if c > m.start() + 1]
            # "the leaders' plan": skip a possessive while a later mark can close
            while len(after) > 1 and _POSSESSIVE.match(line, after[0] - 1):
                after.pop(0)
            if not after:
                break
            s, e = base + m.start() + 1, base + after[0]
            if not any(a <= s < b or a < e <= b or s <= a < e for a, b in taken):
                out.append((s, e))
            pos = after[0] + 1
    return out
