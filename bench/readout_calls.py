#!/usr/bin/env python3
"""How often kg turns a call readout into the PhoneCall between the two leaders it is about.

    python bench/readout_calls.py [FILE.jsonl] [--every 10] [--show-ok] [--meetings]

Takes every N-th article of a JSON Lines file (lines 0, N, 2N, ...; default the
White House bench corpus) whose title contains "Call with", runs kg's extraction
on it as ``kg ingest`` would (text and published date; the title goes in the
article's metadata), and counts the readouts that yield a PhoneCall whose
participants include both sides the title names: the writer's side before
"Call with" ("President Biden's", "National Security Advisor Jake Sullivan's")
and the other side after it ("Prime Minister Trudeau of Canada").

A side is matched when a participant (or one of its aliases) shares a name word
with it; a side named by an office only ("the President") is matched by a
participant named by that office; a side that is a collective ("Governors of
States Impacted by ...", "Ukrainian Counterparts") is matched by any participant
other than the writer's side. Prints the share, then each failure with the
expected sides and the PhoneCalls kg gave. Also prints how many matched calls
carry the readout's date (the published day, or the day the text states).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from kg.article import make_article
from kg.nlp import build_nlp
from kg.pipeline import extract_facts

BENCH = Path(__file__).resolve().parents[2] / "shared/corpus/bench/whitehouse-statements.jsonl"

#: words of a title that name an office, not a person
OFFICE = set("""president vice prime minister secretary chancellor governor national security
advisor adviser assistant nsa deputy chairman chief chiefs joint staff crown prince king queen
his her majesty highness amir emir sheikh sultan taoiseach premier leader speaker senator
general gen foreign defense defence state the of and to jr mr mrs ms dr president-elect
elect interim senior special envoy ambassador presidential chair first lady representative
dr. jr. mr. mrs. ms. r. j. sir lord""".split())
#: words that make a side a collective rather than one person
COLLECTIVE = set("""counterparts leaders leadership caucus governors ambassadors ceos members
officials mayors executives delegation delegations group business partners states
legislators lawmakers advisors advisers ministers""".split())


def clean(title: str) -> str:
    """Undo the scrape's escapes ("Joe\\_Biden", "Advisor\\ \\ Jake") and curly quotes."""
    t = re.sub(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})",
               lambda m: chr(int(m[1] or m[2], 16)), title)
    t = t.replace("\\_", " ").replace("\\ ", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", t).strip()


def sides(title: str) -> tuple[str, str] | None:
    """(writer side, other side) of a "... X's Call with Y" title."""
    t = clean(title)
    m = re.search(r"(?:Readout|Statement)\b.*?\b(?:of|on|from)\s+(.+?)(?:'s)?\s+"
                  r"(?:Call|Meeting) with\s+(.+)$", t)
    if not m:
        return None
    writer, other = m[1], m[2]
    writer = re.sub(r"^.*?\bon\s+", "", writer) if " on " in writer else writer
    other = re.split(r",\s+(?!Jr)", other)[0]  # "Francesco Talo, Diplomatic Advisor to ..."
    return writer.strip(), other.strip()


def words(text: str) -> set[str]:
    return {w.lower().strip(".,'()") for w in re.split(r"[\s,]+", text) if w}


def name_words(side: str) -> set[str]:
    return {w for w in words(side) if w and w not in OFFICE and w[0].isalpha()}


def matches(side: str, names: set[str], aliases: dict[str, set[str]],
            places: set[str] = frozenset()) -> bool:
    """Whether one of ``names`` is the side; ``places`` are words of country and body
    names ("Prime Minister Trudeau of Canada" is matched by "Trudeau", not "Canada")."""
    want = name_words(side) - places
    for n in names:
        forms = {n} | aliases.get(n, set())
        have = set().union(*(words(f) for f in forms))
        if want and want & have:
            return True
        if not want and words(side) & have & OFFICE - {"the", "of", "and", "to"}:
            return True  # "the President's Call": the participant named "President"
    return False


def collective(side: str) -> bool:
    return bool(words(side) & COLLECTIVE)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", default=str(BENCH))
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument("--show-ok", action="store_true")
    ap.add_argument("--meetings", action="store_true",
                    help='readouts of meetings instead: titles with "Meeting with", a Meeting')
    args = ap.parse_args()
    lines = Path(args.file).read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines[::args.every]]
    key, kind = ("Meeting with", "Meeting") if args.meetings else ("Call with", "PhoneCall")
    docs = [d for d in docs if key in (d.get("title") or "")]
    articles = [make_article(d["text"], {"title": clean(d["title"]),
                                         "published": d.get("published")},
                             default_id=d.get("id") or f"doc{i}") for i, d in enumerate(docs)]
    nlp = build_nlp()
    ok = dated = 0
    failures = []
    for d, art, facts in zip(docs, articles, extract_facts(nlp, articles), strict=True):
        pair = sides(d["title"])
        calls = [e for e in facts.events if e.type == kind]
        aliases = {a.name: set(a.aliases) for a in facts.actors}
        places = set().union(*(words(a.name) for a in facts.actors if a.type == "Country"))
        hit = None
        if pair:
            writer, other = pair
            for ev in calls:
                names = set(ev.participants)
                if not matches(writer, names, aliases, places):
                    continue
                rest = {n for n in names if not matches(writer, {n}, aliases, places)}
                if (collective(other) and rest) or matches(other, rest, aliases, places):
                    hit = ev
                    break
        if hit is not None:
            ok += 1
            stated = re.search(r"\b(yesterday|on \w+day|earlier this)\b", d["text"])
            dated += hit.date is not None and (
                hit.date == (art.published or "")[:10] or bool(stated))
            if args.show_ok:
                print(f"ok    {art.id}: {list(hit.participants)} {hit.date}")
        else:
            failures.append((art, pair, calls))
    n = len(docs)
    print(f"readouts ({key}): {n}; with the {kind} between both sides: {ok} "
          f"({ok / max(n, 1):.0%}); of those dated the readout's day: {dated}")
    for art, pair, calls in failures:
        print(f"FAIL  {art.id} [{art.published}]  expected {pair}")
        print(f"      title: {art.title}")
        print(f"      text:  {art.text[:160]!r}")
        for ev in calls:
            print(f"      got {kind} {list(ev.participants)} {ev.date}")
        if not calls:
            print(f"      got no {kind}")
    sys.exit(0)


if __name__ == "__main__":
    main()
