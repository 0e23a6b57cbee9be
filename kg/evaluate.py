"""Score extracted facts against gold facts: precision, recall and F1 per section.

Both sides are fact dicts in the JSON form of ``kg extract --format json``
(``ArticleFacts.to_json()``; the format is described in docs/annotating.md).
Scoring is pure: dicts in, counts out. ``read_gold_folder`` and
``read_split`` are the only functions that read files.

How an extracted fact is matched to a gold fact:

- names match after normalisation (case, punctuation, a leading "the"), or
  when one is an alias of the other in either file;
- actors: same type and matching names;
- roles: holder and organization match, and the titles share a content word;
- statements: speakers match, and the shared content words are at least half
  of the shorter side's and a quarter of the longer side's;
- commitments: one bound actor matches, and the shared content words of the
  actions are at least 40% of the shorter side's and 20% of the longer's;
- events: same type, one participant matches, and where the gold gives a date
  the extracted event has that date.

Each gold fact is paired with at most one extracted fact, greedily, best
match first. A paired extracted fact is a true positive, an unpaired one a
false positive, an unpaired gold fact a false negative.

>>> gold = {"actors": [{"name": "Anna Kovac", "type": "Person", "aliases": ["Kovac"]}]}
>>> pred = {"actors": [{"name": "Kovac", "type": "Person"},
...                    {"name": "Lima", "type": "Country"}]}
>>> score = score_article(gold, pred)
>>> score.sections["actors"].counts
Counts(tp=1, fp=1, fn=0)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import SECTIONS as _FACT_CLASSES

SECTIONS: tuple[str, ...] = tuple(_FACT_CLASSES)
NO_EXTRACTOR = "(no provenance)"

#: Words that carry no content when comparing titles, quotations and actions.
STOPWORDS = frozenset(
    """a an the of to in on for and or but with by at from as that this these those is are
    was were be been being it its their his her they he she we our you your i not no will
    would shall should can could may might has have had do does did so than then there here
    also into about over after before between during any all some such which who whom whose
    what when where why how more most other""".split()
)

#: (share of the shorter side, share of the longer side) the shared content
#: words must reach for two texts to match.
STATEMENT_OVERLAP = (0.5, 0.25)
COMMITMENT_OVERLAP = (0.4, 0.2)

Fact = Mapping[str, Any]


# ------------------------------------------------------------------ names and words
def normalise_name(name: str | None) -> str:
    """A name as matching sees it.

    >>> normalise_name("The U.S.-led Coalition")
    'u s led coalition'
    >>> normalise_name(None)
    ''
    """
    if not name:
        return ""
    text = re.sub(r"[^\w\s]", " ", name.lower())
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def content_words(text: str | None) -> set[str]:
    """The lower-cased ASCII words of ``text`` that are not stop words.

    >>> sorted(content_words("The ministers agreed to a ceasefire in 2025."))
    ['2025', 'agreed', 'ceasefire', 'ministers']
    """
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in STOPWORDS}


def overlap(a: str | None, b: str | None, floor: float = 0.0) -> float:
    """Shared content words over the shorter side's; 0 where they are fewer than
    ``floor`` of the longer side's, so a fragment cannot stand for a whole.

    >>> overlap("agreed to exchange prisoners", "exchange all prisoners of war")
    0.6666666666666666
    >>> overlap("exchange prisoners", "exchange prisoners held in camps near Odesa", floor=0.5)
    0.0
    """
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    shared = len(wa & wb)
    if shared < floor * max(len(wa), len(wb)):
        return 0.0
    return shared / min(len(wa), len(wb))


class Names:
    """Alias sets from the actors of one or more fact files: two names stand for
    the same actor when their sets meet.

    >>> names = Names({"actors": [{"name": "Peru", "aliases": ["Lima", "the Peruvian side"]}]})
    >>> names.same("lima", "Peruvian side"), names.same("Peru", "Chile")
    (True, False)
    """

    def __init__(self, *fact_files: Mapping[str, Any]) -> None:
        self.sets: dict[str, set[str]] = {}
        for facts in fact_files:
            for actor in facts.get("actors") or []:
                forms = {normalise_name(actor.get("name"))}
                forms |= {normalise_name(a) for a in actor.get("aliases") or []}
                forms.discard("")
                for form in forms:
                    self.sets.setdefault(form, set()).update(forms)

    def aliases(self, name: str | None) -> set[str]:
        n = normalise_name(name)
        return self.sets.get(n, set()) | {n} if n else set()

    def same(self, a: str | None, b: str | None) -> bool:
        return bool(self.aliases(a) & self.aliases(b))

    def any_same(self, xs: Iterable[str] | None, ys: Iterable[str] | None) -> bool:
        ys = list(ys or [])
        return any(self.same(x, y) for x in xs or [] for y in ys)


# ------------------------------------------------------------------ matching rules
def _match_actor(g: Fact, p: Fact, names: Names) -> float:
    if g.get("type") != p.get("type"):
        return 0.0
    return 1.0 if names.same(g.get("name"), p.get("name")) else 0.0


def _match_role(g: Fact, p: Fact, names: Names) -> float:
    if not (names.same(g.get("holder"), p.get("holder"))
            and names.same(g.get("organization"), p.get("organization"))):
        return 0.0
    return overlap(g.get("title"), p.get("title"))


def _match_statement(g: Fact, p: Fact, names: Names) -> float:
    if not names.same(g.get("speaker"), p.get("speaker")):
        return 0.0
    least, floor = STATEMENT_OVERLAP
    o = overlap(g.get("content"), p.get("content"), floor=floor)
    return o if o >= least else 0.0


def _match_commitment(g: Fact, p: Fact, names: Names) -> float:
    if not names.any_same(g.get("actors"), p.get("actors")):
        return 0.0
    least, floor = COMMITMENT_OVERLAP
    o = overlap(g.get("action"), p.get("action"), floor=floor)
    return o if o >= least else 0.0


def _match_event(g: Fact, p: Fact, names: Names) -> float:
    if g.get("type") != p.get("type"):
        return 0.0
    if not names.any_same(g.get("participants"), p.get("participants")):
        return 0.0
    gold_date, pred_date = g.get("date"), p.get("date")
    if gold_date and str(gold_date)[:10] != str(pred_date or "")[:10]:
        return 0.0
    return 1.0


#: One rule per section: 0 where the facts do not match, otherwise how well
#: (higher pairs first).
MATCHERS = {
    "actors": _match_actor, "roles": _match_role, "statements": _match_statement,
    "commitments": _match_commitment, "events": _match_event,
}


def match_score(section: str, gold: Fact, pred: Fact, names: Names) -> float:
    """How well ``pred`` matches ``gold`` in ``section``; 0 where it does not."""
    try:
        rule = MATCHERS[section]
    except KeyError:
        raise ValueError(f"no section {section!r}; sections are {', '.join(SECTIONS)}") from None
    return rule(gold, pred, names)


def pair(scores: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) from (score, gold, pred)
    candidates: greedily, best score first; ties go to the later indices, so
    the result does not depend on the order of the candidates.

    >>> pair([(1.0, 0, 0), (1.0, 0, 1), (0.5, 1, 1)])
    [(0, 1)]
    >>> pair([(0.9, 0, 0), (1.0, 0, 1), (0.5, 1, 1)])
    [(0, 1)]
    >>> pair([(0.9, 0, 0), (1.0, 1, 0), (0.5, 1, 1)])
    [(1, 0)]
    """
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, i, j in sorted(scores, reverse=True):
        if s > 0 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


# ------------------------------------------------------------------ counts
@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, and what follows.

    >>> c = Counts(tp=3, fp=1, fn=2)
    >>> round(c.precision, 3), round(c.recall, 3), round(c.f1, 3)
    (0.75, 0.6, 0.667)
    >>> Counts().f1, (c + c).tp
    (0.0, 6)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _total(counts: Iterable[Counts]) -> Counts:
    out = Counts()
    for c in counts:
        out = out + c
    return out


@dataclass(frozen=True)
class SectionScore:
    """One section of one article: the counts, the gold facts missed, the
    extracted facts with no gold partner, and for each extracted fact (in
    order) whether it was matched."""

    counts: Counts
    missed: tuple[Fact, ...] = ()
    spurious: tuple[Fact, ...] = ()
    matched: tuple[bool, ...] = ()


def extractor_of(fact: Fact) -> str:
    """The rule or component that produced an extracted fact."""
    prov = fact.get("provenance") or {}
    return str(prov.get("extractor") or NO_EXTRACTOR)


@dataclass(frozen=True)
class ArticleScore:
    id: str
    sections: dict[str, SectionScore]
    #: per extractor: tp = its facts that matched gold, fp = those that did not
    extractors: dict[str, Counts] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        return _total(s.counts for s in self.sections.values())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {s: v.counts.to_json() for s, v in self.sections.items()}
        out["micro"] = self.micro.to_json()
        out["missed"] = {s: list(v.missed) for s, v in self.sections.items() if v.missed}
        out["spurious"] = {s: list(v.spurious) for s, v in self.sections.items() if v.spurious}
        return out


def score_section(section: str, gold: Sequence[Fact], pred: Sequence[Fact],
                  names: Names) -> SectionScore:
    candidates = [(match_score(section, g, p, names), i, j)
                  for i, g in enumerate(gold) for j, p in enumerate(pred)]
    pairs = pair(c for c in candidates if c[0] > 0)
    used_g = {i for i, _ in pairs}
    used_p = {j for _, j in pairs}
    return SectionScore(
        counts=Counts(tp=len(pairs), fp=len(pred) - len(used_p), fn=len(gold) - len(used_g)),
        missed=tuple(g for i, g in enumerate(gold) if i not in used_g),
        spurious=tuple(p for j, p in enumerate(pred) if j not in used_p),
        matched=tuple(j in used_p for j in range(len(pred))),
    )


def score_article(gold: Mapping[str, Any], pred: Mapping[str, Any],
                  article_id: str = "") -> ArticleScore:
    """Score one article's extracted facts against its gold facts."""
    names = Names(gold, pred)
    sections: dict[str, SectionScore] = {}
    extractors: dict[str, Counts] = {}
    for section in SECTIONS:
        predicted = list(pred.get(section) or [])
        result = score_section(section, list(gold.get(section) or []), predicted, names)
        sections[section] = result
        for fact, ok in zip(predicted, result.matched, strict=True):
            key = extractor_of(fact)
            extractors[key] = extractors.get(key, Counts()) + Counts(tp=int(ok), fp=int(not ok))
    article_id = article_id or str((gold.get("article") or {}).get("id") or "")
    return ArticleScore(article_id, sections, extractors)


# ------------------------------------------------------------------ summaries
@dataclass(frozen=True)
class Summary:
    """Counts summed over articles, per section, overall (micro) and per extractor."""

    sections: dict[str, Counts]
    extractors: dict[str, Counts]
    articles: int

    @property
    def micro(self) -> Counts:
        return _total(self.sections.values())

    def to_json(self, seconds: float | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {s: c.to_json() for s, c in self.sections.items()}
        out["micro"] = self.micro.to_json()
        out["articles"] = self.articles
        if seconds is not None:
            out["seconds"] = round(seconds, 2)
        return out

    def extractors_json(self) -> dict[str, Any]:
        return {name: {"facts": c.tp + c.fp, "matched": c.tp, "precision": round(c.precision, 3)}
                for name, c in _by_use(self.extractors)}


def summarise(scores: Iterable[ArticleScore]) -> Summary:
    sections = {s: Counts() for s in SECTIONS}
    extractors: dict[str, Counts] = {}
    n = 0
    for score in scores:
        n += 1
        for s, v in score.sections.items():
            sections[s] = sections[s] + v.counts
        for name, c in score.extractors.items():
            extractors[name] = extractors.get(name, Counts()) + c
    return Summary(sections, extractors, n)


def _by_use(extractors: Mapping[str, Counts]) -> list[tuple[str, Counts]]:
    return sorted(extractors.items(), key=lambda kv: (-(kv[1].tp + kv[1].fp), kv[0]))


def format_row(name: str, c: Counts) -> str:
    """One line of the section table.

    >>> format_row("roles", Counts(tp=3, fp=1, fn=2))
    'roles         0.750  0.600  0.667     3     1     2'
    """
    return (f"{name:<12} {round(c.precision, 3):>6.3f} {round(c.recall, 3):>6.3f} "
            f"{round(c.f1, 3):>6.3f} {c.tp:>5} {c.fp:>5} {c.fn:>5}")


def format_table(summary: Summary) -> list[str]:
    """The section table: a header, one line per section and the micro line."""
    header = f"{'section':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    rows = [*summary.sections.items(), ("micro", summary.micro)]
    return [header, *(format_row(name, c) for name, c in rows)]


def format_extractors(summary: Summary) -> list[str]:
    """Each extractor's facts, how many matched gold, and its precision; most used first."""
    rows = _by_use(summary.extractors)
    width = max([len("extractor"), *(len(name) for name, _ in rows)])
    lines = [f"{'extractor':<{width}} {'facts':>6} {'matched':>7} {'P':>6}"]
    for name, c in rows:
        lines.append(f"{name:<{width}} {c.tp + c.fp:>6} {c.tp:>7} {round(c.precision, 3):>6.3f}")
    return lines


def fact_line(article_id: str, section: str, fact: Fact, kind: str, width: int = 220) -> str:
    """One missed (``MISS``) or spurious (``EXTRA``) fact on a line, provenance left out."""
    shown = {k: v for k, v in fact.items() if k != "provenance"}
    who = f" [{extractor_of(fact)}]" if kind == "EXTRA" else ""
    return f"{kind:<5} {article_id} {section}{who}: {json.dumps(shown, ensure_ascii=False)[:width]}"


@dataclass(frozen=True)
class Evaluation:
    """Scored articles (in order), optionally cut into named halves of a split."""

    scores: dict[str, ArticleScore]
    halves: dict[str, tuple[str, ...]] | None = None
    failed: tuple[str, ...] = ()

    def groups(self) -> dict[str, list[str]]:
        if self.halves is None:
            return {"all": list(self.scores)}
        return {k: [i for i in ids if i in self.scores] for k, ids in self.halves.items()}

    def summary(self, ids: Iterable[str] | None = None) -> Summary:
        return summarise(self.scores[i] for i in (self.scores if ids is None else ids))

    def to_json(self, seconds: float | None = None) -> dict[str, Any]:
        overall = self.summary()
        out: dict[str, Any] = {
            "summary": overall.to_json(seconds), "extractors": overall.extractors_json(),
            "per_article": {i: s.to_json() for i, s in self.scores.items()},
            "failed": list(self.failed),
        }
        if self.halves is not None:
            out["halves"] = {}
            for name, ids in self.groups().items():
                half = self.summary(ids)
                out["halves"][name] = {"ids": ids, "summary": half.to_json(),
                                       "extractors": half.extractors_json()}
        return out

    def lines(self, title: str = "all", seconds: float | None = None,
              verbose: bool = False) -> list[str]:
        """The report as text, ending with the section table (of all articles, or
        of each half and then the micro of all) and one line of totals."""
        out: list[str] = []
        if verbose:
            for i, score in self.scores.items():
                for section, result in score.sections.items():
                    out += [fact_line(i, section, f, "MISS") for f in result.missed]
                    out += [fact_line(i, section, f, "EXTRA") for f in result.spurious]
            out.append("")
        overall = self.summary()
        out += format_extractors(overall)
        for name, ids in self.groups().items():
            half = self.summary(ids)
            out += ["", title if self.halves is None else name, *format_table(half)]
            if self.halves is not None:
                out.append(f"articles: {half.articles}")
        if self.halves is not None:
            out += ["", format_row("all (micro)", overall.micro)]
        timing = f"  seconds: {seconds:.1f}" if seconds is not None else ""
        out.append(f"articles: {overall.articles}{timing}")
        return out


# ------------------------------------------------------------------ gold folders
@dataclass(frozen=True)
class GoldArticle:
    """One annotated article of a gold folder: ``<id>.txt``, ``<id>.gold.json``
    and (optionally) ``<id>.meta.json``."""

    id: str
    text_path: Path
    gold: dict[str, Any]
    published: str | None


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise InputError(str(path), "no such file")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not readable as JSON ({exc})") from exc


def read_gold_folder(folder: str | Path) -> list[GoldArticle]:
    """Every ``<id>.gold.json`` of ``folder``, sorted by id. The publication
    date is the meta file's, else the gold file's ``article.published``."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(str(folder), "not a folder",
                         hint="give the folder that holds <id>.txt and <id>.gold.json files")
    out = []
    for path in sorted(root.glob("*.gold.json")):
        article_id = path.name[: -len(".gold.json")]
        gold = _read_json(path)
        if not isinstance(gold, dict):
            raise InputError(str(path), "not a fact file (a JSON object is expected)")
        meta_path = path.with_name(f"{article_id}.meta.json")
        meta = _read_json(meta_path) if meta_path.is_file() else {}
        published = (meta or {}).get("published") or (gold.get("article") or {}).get("published")
        out.append(GoldArticle(article_id, path.with_name(f"{article_id}.txt"), gold,
                               str(published) if published else None))
    if not out:
        raise InputError(str(folder), "no <id>.gold.json files",
                         hint="see docs/annotating.md for how to write gold files")
    return out


def parse_split(data: Any, where: str = "split") -> dict[str, tuple[str, ...]]:
    """The halves of a split file, ``{"tune": [ids], "check": [ids]}``: every key
    whose value is a list of ids is a half ("about" and other notes are not).

    >>> parse_split({"about": "...", "tune": ["a", "b"], "check": ["c"]})
    {'tune': ('a', 'b'), 'check': ('c',)}
    """
    if not isinstance(data, dict):
        raise InputError(where, 'not a split (expected {"tune": [ids], "check": [ids]})')
    halves = {k: tuple(v) for k, v in data.items()
              if isinstance(v, list) and all(isinstance(x, str) for x in v)}
    if not halves:
        raise InputError(where, 'no halves (expected {"tune": [ids], "check": [ids]})')
    seen: dict[str, str] = {}
    for half, ids in halves.items():
        for article_id in ids:
            if article_id in seen:
                raise InputError(where, f"{article_id!r} is in both {seen[article_id]!r} "
                                        f"and {half!r}")
            seen[article_id] = half
    return halves


def read_split(path: str | Path) -> dict[str, tuple[str, ...]]:
    return parse_split(_read_json(Path(path)), str(path))


def select_split(golds: Sequence[GoldArticle], halves: Mapping[str, Sequence[str]],
                 where: str = "split") -> tuple[list[GoldArticle], int]:
    """The gold articles a split names, and how many it leaves out; an id the
    folder does not have is an error."""
    known = {g.id for g in golds}
    unknown = [i for ids in halves.values() for i in ids if i not in known]
    if unknown:
        raise InputError(where, f"{len(unknown)} ids have no gold file: {', '.join(unknown[:5])}",
                         hint="the split lists article ids, the names of <id>.gold.json files")
    wanted = {i for ids in halves.values() for i in ids}
    kept = [g for g in golds if g.id in wanted]
    return kept, len(golds) - len(kept)
