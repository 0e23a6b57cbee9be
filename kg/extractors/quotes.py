"""Find quotations in raw text (pure): curly and straight double quotes, and
the Russian-press dash quote (a paragraph opening with "— " and closing with a
quote mark before the attribution).

>>> text = 'He said: "We agree." Then “no”.'
>>> [text[s:e] for s, e in find_quotes(text)]
['We agree.', 'no']
"""

from __future__ import annotations

import re

_CURLY = re.compile(r"“([^“”]{2,}?)”", re.S)
_DASH = re.compile(r"(?m)^[—–-]\s+([^\n]+?)[\"”](?=[,.]?\s)")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted text (without the marks), in order."""
    spans: list[tuple[int, int]] = []
    for m in _CURLY.finditer(text):
        spans.append((m.start(1), m.end(1)))
    for m in _DASH.finditer(text):
        if not any(s <= m.start(1) < e for s, e in spans):
            spans.append((m.start(1), m.end(1)))
    # straight quotes pair up within a paragraph
    for para in re.finditer(r"[^\n]+", text):
        line = para.group(0)
        marks = [m.start() for m in re.finditer('"', line)]
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
    return sorted(spans)
