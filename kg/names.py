"""Pure name rules for actor identity across articles (no model, no data files).

A name as an article writes it carries titles, honorifics, initials and
suffixes that say nothing about *who* it is. ``strip_person`` removes them,
``person_key`` gives the comparison key (case, accents and punctuation folded),
``titles_of`` returns the titles a mention carried, and ``display`` the clean
form an unlinked actor is labelled by.

>>> strip_person("His Majesty King Abdullah II")
'Abdullah II'
>>> strip_person("Amir Sheikh Tamim bin Hamad Al Thani")
'Tamim bin Hamad Al Thani'
>>> person_key("President Joseph R. Biden, Jr.")
'joseph biden'
>>> person_key("He Lifeng")
'he lifeng'
>>> person_key("Dr. Anna Kovač")
'anna kovac'
>>> person_key("Lady Melania Trump")
'melania trump'
>>> titles_of("First Lady Melania Trump")
('first lady',)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that, before a name, are a title, an honorific or a rank, never part of
# the name itself. Multi-word titles are matched word by word.
TITLE_WORDS = frozenset("""
his her their majesty majesties royal highness excellency excellencies eminence holiness
h.e. hm hrh king queen crown prince princess emir amir sheikh shaikh sheikha sultan
president vice prime minister ministers premier chancellor secretary secretary-general
general state foreign affairs defence defense national security advisor adviser deputy
first second lady gentleman lord sir dame dr mr mrs ms miss madam madame mx professor prof
senator sen representative rep congressman congresswoman governor gov mayor ambassador
admiral adm gen lieutenant colonel col major commander speaker leader chairman chairwoman
chair former acting the late u.s. us of for h.e
""".split())
# a title word that only counts as a title when more of a title follows or it
# stands before a name ("General Smith"), i.e. everything above; particles of
# names are never stripped
PARTICLES = frozenset("""
bin bint ibn al el de del della der di da das dos du la le van von ter ten y zu
""".split())
SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "esq"})
# titles that mark the mention as a woman / a man, and spouse titles that
# mark the holder's spouse, never the holder
FEMALE = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess",
                    "sheikha", "dame", "congresswoman", "chairwoman"})
MALE = frozenset({"mr", "sir", "king", "prince", "lord", "congressman", "sheikh", "emir",
                  "amir", "sultan"})
SPOUSE_TITLES = frozenset({"first lady", "second lady", "first gentleman",
                           "second gentleman"})

_INITIAL = re.compile(r"^(?:[A-Z]\.?|[A-Z]\.[A-Z]\.?)$")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """Collapse whitespace and unify quotes, dashes and invisible joiners.

    >>> clean("Biden-\u2060Harris  Administration")
    'Biden-Harris Administration'
    """
    for a, b in (("\u2060", ""), ("\u200b", ""), ("\u00ad", ""), ("\u2019", "'"),
                 ("\u2018", "'"), ("\u2013", "-"), ("\u2011", "-"), ("\u2010", "-"),
                 ("\u00a0", " ")):
        text = text.replace(a, b)
    return _SPACE.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower case without accents.

    >>> fold("Zelenskyy Erdoğan")
    'zelenskyy erdogan'
    """
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


def _word(tok: str) -> str:
    return fold(tok).strip(",;:")


def _split_title(name: str) -> tuple[list[str], list[str]]:
    """(leading title words, the rest) of a person's name; the rest keeps one word."""
    toks = clean(name).split(" ")
    k = 0
    while k < len(toks) - 1 and _word(toks[k]).rstrip(".") in TITLE_WORDS:
        k += 1
    if k and _word(toks[k - 1]) in ("of", "for", "the"):
        # "Representative of the United States": an office, not a titled name
        return [], toks
    return toks[:k], toks[k:]


@lru_cache(maxsize=1 << 16)
def titles_of(name: str) -> tuple[str, ...]:
    """The title before a name, lower-cased, as one phrase (empty if none).

    >>> titles_of("Vice President Kamala Harris")
    ('vice president',)
    >>> titles_of("Kamala Harris")
    ()
    """
    head, _ = _split_title(name)
    words = [_word(t).rstrip(".") for t in head if _word(t) not in ("the",)]
    return (" ".join(words),) if words else ()


def _core(name: str) -> tuple[list[str], tuple[str, ...]]:
    """The name's words without titles and suffixes, and its middle initials."""
    _, rest = _split_title(name)
    rest = [t.rstrip(",") for t in rest]
    while len(rest) > 1 and fold(rest[-1]).strip(".,") in SUFFIXES:
        rest.pop()
    if len(rest) <= 2:
        return rest, ()
    middle = rest[1:-1]
    initials = tuple(fold(t).replace(".", "") for t in middle if _INITIAL.match(t))
    return [rest[0], *[t for t in middle if not _INITIAL.match(t)], rest[-1]], initials


def titles_before(name: str, sentence: str) -> list[str]:
    """The titles written right before a name in a sentence.

    >>> titles_before("Harris", "That starts with Vice President Harris, who spoke.")
    ['vice president']
    >>> titles_before("Harris", "Harris spoke.")
    []
    >>> titles_before("Harris", "the anniversary of Vice President Harris announcing it")
    ['vice president']
    """
    out = []
    start = sentence.find(name) if name else -1
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not sentence[start - 1].isalnum()) and \
                (end == len(sentence) or not sentence[end].isalnum()):
            words = sentence[:start].split()
            k = len(words)
            while k > 0 and len(words) - k < 6 and \
                    _word(words[k - 1]).rstrip(".") in TITLE_WORDS:
                k -= 1
            head = [_word(w).rstrip(".") for w in words[k:] if _word(w) != "the"]
            while head and head[0] in ("of", "for"):  # "... of Vice President X"
                head.pop(0)
            if head:
                out.append(" ".join(head))
        start = sentence.find(name, end)
    return out


def strip_person(name: str) -> str:
    """A person's name without titles, honorifics, middle initials and suffixes.

    >>> strip_person("Joseph R. Biden Jr.")
    'Joseph Biden'
    >>> strip_person("J.D. Vance")
    'J.D. Vance'
    >>> strip_person("the President")
    'the President'
    >>> strip_person("Representative of the United States")
    'Representative of the United States'
    """
    words, _ = _core(name)
    out = " ".join(words)
    if not out or all(_word(t).rstrip(".") in TITLE_WORDS for t in out.split()):
        return clean(name)
    return out


def initials_of(name: str) -> tuple[str, ...]:
    """The middle initials of a person's name (what tells namesakes apart).

    >>> initials_of("George H. W. Bush"), initials_of("Joe Biden")
    (('h', 'w'), ())
    """
    return _core(name)[1]


@lru_cache(maxsize=1 << 16)
def person_key(name: str) -> str:
    """The comparison key of a person's name: no titles, initials, suffixes,
    case, accents or punctuation.

    >>> person_key("DONALD J. TRUMP")
    'donald trump'
    >>> person_key("Volodymyr Zelenskyy") == person_key("volodymyr  zelenskyy")
    True
    """
    return " ".join(re.sub(r"[^\w\s-]", " ", fold(strip_person(name))).replace("-", " ")
                    .split())


def org_key(name: str) -> str:
    """The comparison key of a country's or organization's name.

    >>> org_key("The  U.S.")
    'u.s.'
    """
    s = fold(clean(name))
    return s[4:] if s.startswith("the ") else s


def gender_of(titles: list[str] | tuple[str, ...]) -> str | None:
    """'f' or 'm' when a title (see ``titles_of``) says so, else None; 'x' when
    titles disagree.

    >>> gender_of(["mrs"]), gender_of(["his majesty king"]), gender_of(["president"])
    ('f', 'm', None)
    """
    found = set()
    for t in titles:
        words = set(t.lower().replace(".", "").split())
        if words & FEMALE:
            found.add("f")
        if words & MALE:
            found.add("m")
    if len(found) > 1:
        return "x"
    return next(iter(found), None)


def is_spouse(titles: list[str] | tuple[str, ...]) -> bool:
    """Whether a title is a spouse's ("First Lady"), never the office holder's.

    >>> is_spouse(["first lady", "dr"]), is_spouse(["president"])
    (True, False)
    """
    return any(s in " ".join(t.lower().split()) for t in titles for s in SPOUSE_TITLES)


# words ordinary name case writes in lower case ("Department of State")
_PARTICLE_CASE = PARTICLES | {"of", "the", "and", "for", "on", "in", "at", "to", "a", "an"}


def display(name: str, person: bool) -> str:
    """The label of an actor kg cannot link: a person without titles, initials
    and suffixes; any name without a leading "the"; a name in capitals in
    ordinary case.

    >>> display("PRESIDENT JOSEPH R. BIDEN JR.", True)
    'Joseph Biden'
    >>> display("the Lumbee Tribe", False)
    'Lumbee Tribe'
    >>> display("NATO", False)
    'NATO'
    """
    s = strip_person(name) if person else clean(name)
    if not person and s.lower().startswith("the ") and len(s) > 4:
        s = s[4:]
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and (person or " " in s):
        s = standard_case(s.lower().split(" "))
    return s or name


def standard_case(words: list[str]) -> str:
    """Words in ordinary name case: capitalised, particles lower-case.

    >>> standard_case(["mohammed", "bin", "salman"])
    'Mohammed bin Salman'
    >>> standard_case(["de", "gaulle"])
    'De Gaulle'
    """
    return " ".join(w if w in _PARTICLE_CASE and i else w.capitalize()
                    for i, w in enumerate(words))


_ADMIN = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z][\w.']+(?:(?:\s*[-/]\s*|\s+)[A-Z][\w.']+){0,2})(?:'s)?\s+"
    r"[Aa]dministration$")


def administration_of(name: str) -> tuple[str, ...]:
    """The surnames in "the X Administration" / "the X-Y Administration", else ().

    >>> administration_of("the Biden-\u2060Harris Administration")
    ('Biden', 'Harris')
    >>> administration_of("Trump administration")
    ('Trump',)
    >>> administration_of("Biden Harris Administration")
    ('Biden', 'Harris')
    """
    m = _ADMIN.match(clean(name))
    if not m:
        return ()
    return tuple(w for w in re.split(r"[-/\s]+", m.group("who")) if w)
