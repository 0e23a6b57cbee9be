"""Acronyms of a body's name: "the Center for Strategic and International Studies, or
CSIS" and "the Joint Boundary Commission (JBC)" are one actor, spelled two ways.

Pure string rules (doctested); kg_actors applies them to its table of actors.
"""

from __future__ import annotations

import re

#: Words an acronym leaves out: "Institute for the Study of War" → ISW.
SMALL_WORDS = frozenset("of for the and on in at to de del la le des du y et".split())
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,9}$")
#: A body's generic head an acronym may leave out: "Department of Housing and Urban
#: Development" → HUD, "Ministry of Foreign Affairs" → MFA or FA.
_GENERIC_HEAD = re.compile(r"^(?:Department|Ministry|Office|Secretariat) of (?:the )?")


def is_acronym(name: str) -> bool:
    """An upper-case word of 2 to 10 letters ("WTO", "AFRICOM"); dotted forms
    ("U.N.") are spellings the gazetteer knows, not acronyms made here.

    >>> is_acronym("CSIS"), is_acronym("NATO"), is_acronym("Hamas"), is_acronym("G7")
    (True, True, False, False)
    """
    return bool(_ACRONYM.match(name))


def initials(name: str) -> set[str]:
    """The acronyms a name's initials spell, small words left out (a hyphenated word
    gives one letter or one per part).

    >>> sorted(initials("Institute for the Study of War"))
    ['ISW']
    >>> sorted(initials("High-Level Cooperation Council"))
    ['HCC', 'HLCC']
    >>> initials("Joint Boundary Commission") == {"JBC"}
    True
    """
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w.lower() not in SMALL_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return set()
    whole = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p)
    return {whole.upper(), parts.upper()}


def spells(acronym: str, name: str) -> bool:
    """Is ``acronym`` the initials of ``name``?

    >>> spells("CSIS", "Center for Strategic and International Studies")
    True
    >>> spells("WTO", "World Trade Organization"), spells("WHO", "World Trade Organization")
    (True, False)
    """
    return acronym.replace("&", "") in initials(name)


def prefixed(short: str, long: str, countries: set[str]) -> bool:
    """``long`` is ``short`` behind a country's code: "USAFRICOM" and "AFRICOM".

    >>> prefixed("AFRICOM", "USAFRICOM", {"US", "UK"}), prefixed("COM", "AFRICOM", {"US"})
    (True, False)
    """
    return len(short) >= 3 and long.endswith(short) and long[:-len(short)] in countries


def abbreviates(acronym: str, name: str) -> bool:
    """A looser test for an acronym written right after the name ("the African Union
    Mission in Somalia (AMISOM)"): same first letter, and its letters in order in the name.

    >>> abbreviates("AMISOM", "African Union Mission in Somalia")
    True
    >>> abbreviates("NATO", "African Union Mission in Somalia")
    False
    """
    letters = name.lower()
    if not acronym or not letters or acronym[0].lower() != letters[0]:
        return False
    at = 0
    for ch in acronym.lower().replace("&", ""):
        at = letters.find(ch, at) + 1
        if at == 0:
            return False
    return True


def reordered(acronym: str, name: str) -> bool:
    """A test for an acronym written right after a name in another language or word
    order ("the National Liberation Army of Kessary (ELK)", "the Popular Front for the
    Liberation of Varnia (VPLF)"): at least two thirds of its letters, and two or more, are
    initials of the name's words, in any order, each initial used once.

    >>> reordered("VPLF", "Popular Front for the Liberation of Varnia")
    True
    >>> reordered("ELK", "National Liberation Army of Kessary")
    True
    >>> reordered("WHO", "National Liberation Army"), reordered("NL", "National Liberation")
    (False, False)
    """
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name)
             if w.lower() not in SMALL_WORDS]
    if len(acronym) < 3 or len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    pool = [w[0].upper() for w in words]
    hits = 0
    for ch in acronym.upper():
        if ch in pool:
            pool.remove(ch)
            hits += 1
    return hits >= 2 and 3 * hits >= 2 * len(acronym)


def forms(name: str) -> list[str]:
    """The name, and the name without a generic head an acronym may leave out.

    >>> forms("Department of Health and Human Services")
    ['Department of Health and Human Services', 'Health and Human Services']
    >>> forms("World Trade Organization")
    ['World Trade Organization']
    """
    short = _GENERIC_HEAD.sub("", name)
    return [name, short] if short != name and len(short.split()) >= 2 else [name]


def stands_for(acronym: str, name: str, codes: set[str], loose: bool = False) -> bool:
    """Is ``acronym`` the name's initials (``loose``: its letters in order, for one
    written right after the name), with or without a generic head, and with or without
    a country's code in front ("USDA": the U.S. Department of Agriculture)?

    >>> stands_for("HUD", "Department of Housing and Urban Development", set())
    True
    >>> stands_for("USDA", "Department of Agriculture", {"US"})
    True
    >>> stands_for("USDA", "Department of Agriculture", set())
    False
    >>> stands_for("HHS", "Department of Homeland Security", {"US"})
    False
    """
    def test(a: str, n: str) -> bool:
        return abbreviates(a, n) or reordered(a, n) if loose else spells(a, n)
    tails = [acronym] + [acronym[len(c):] for c in codes
                         if acronym.startswith(c) and len(acronym) - len(c) >= 2]
    return any(test(t, n) for t in tails for n in forms(name))
