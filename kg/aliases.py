"""A researcher's decisions about actor identity: the alias file.

The rules of ``kg.identity`` give one actor per real-world actor where names
and the knowledge base say so. Where they do not, a researcher decides, with
``kg actors merge A B`` ("an actor written A is the actor B") and ``kg actors
split A B`` ("actors written A and B are never one actor"). The decisions are
kept in a small tab-separated file that every later extraction, ingest and
load honours (``kg.identity`` reads it; its path is the ``KG_ALIASES``
setting, by default ``~/.config/kg/aliases.tsv``). The file, one decision a
line, can be edited by hand::

    # comment
    merge<TAB>Biden Harris campaign<TAB>Joe Biden
    merge<TAB>Dep. of State<TAB>State Department<TAB>Organization
    split<TAB>Hunter Biden<TAB>Joe Biden

Names compare without case, accents, a leading "the" or extra spaces. A merge
may name the type the merged actor takes (needed only where neither the
knowledge base nor the articles agree on one). Merges chain: A → B and B → C
give C for A. Recording a decision drops the earlier ones it contradicts, so
running the same commands again changes nothing.

>>> a = Aliases().merge("Jo Smith", "Joanna Smith").merge("Joanna Smith", "J. Smith-Ray")
>>> a.canonical("JO  SMITH")
('J. Smith-Ray', None)
>>> a.split("Jo Smith", "J. Smith-Ray").canonical("Jo Smith") is None
True
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg import names
from kg.errors import InputError, KGError

TYPES = ("Person", "Country", "Organization", "Group")
HEADER = """\
# kg aliases: a researcher's decisions about actor identity (kg actors merge/split).
# merge<TAB>NAME<TAB>CANONICAL[<TAB>TYPE]  an actor written NAME is the actor CANONICAL
# split<TAB>NAME<TAB>OTHER                 actors written NAME and OTHER are never one actor
"""


def key(name: str) -> str:
    """How names in the alias file compare.

    >>> key("The  Lumbee Tribe"), key("Zelenskyy") == key("ZELENSKYY")
    ('lumbee tribe', True)
    """
    k = names.fold(names.clean(name))
    return k[4:] if k.startswith("the ") and len(k) > 4 else k


@dataclass(frozen=True, eq=False)
class Aliases:
    """The decisions of one alias file, in file order (hashed by identity: the
    loader returns the same object while the file is unchanged)."""

    merges: tuple[tuple[str, str, str | None], ...] = ()  # (name, canonical, type)
    splits: tuple[tuple[str, str], ...] = ()
    _to: dict[str, tuple[str, str | None]] = field(default_factory=dict, repr=False)
    _typed: dict[str, str] = field(default_factory=dict, repr=False)
    _apart: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name, target, type_ in self.merges:
            self._to[key(name)] = (target, type_)
            if type_:
                self._typed[key(target)] = type_
        for a, b in self.splits:
            self._apart[key(a)] = (*self._apart.get(key(a), ()), b)
            self._apart[key(b)] = (*self._apart.get(key(b), ()), a)

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits)

    # ------------------------------------------------------------ reading
    def canonical(self, name: str) -> tuple[str, str | None] | None:
        """(canonical name, type or None) a name is merged into, following chains;
        None when no merge names it. A merge target with a recorded type gives
        itself and that type."""
        k = key(name)
        seen = {k}
        found: tuple[str, str | None] | None = None
        while k in self._to:
            target, type_ = self._to[k]
            found = (target, type_ or (found[1] if found else None))
            k = key(target)
            if k in seen:  # a cycle written by hand: stop where it closes
                break
            seen.add(k)
        if found is None:
            return (name, self._typed[k]) if k in self._typed else None
        target, type_ = found
        return target, self._typed.get(key(target), type_)

    def apart_from(self, name: str) -> tuple[str, ...]:
        """The names a researcher split from ``name``."""
        return self._apart.get(key(name), ())

    # ------------------------------------------------------------ deciding
    def merge(self, name: str, target: str, type_: str | None = None) -> Aliases:
        """These decisions with "``name`` is ``target``": earlier merges of ``name``
        and splits of the two are dropped; a chain that led from ``target`` back
        to ``name`` is cut, so the newest decision wins."""
        if key(name) == key(target):
            raise KGError(f"{name!r} and {target!r} are the same name",
                          hint="names compare without case, accents and a leading 'the'")
        if type_ is not None and type_ not in TYPES:
            raise KGError(f"unknown actor type {type_!r}", hint=f"one of {', '.join(TYPES)}")
        for n, t, ty in self.merges:
            if key(n) == key(name) and key(t) == key(target) and ty == type_ and \
                    not any({key(s[0]), key(s[1])} == {key(name), key(target)}
                            for s in self.splits):
                return self  # decided already (as written the first time)
        loop = self._path(target)
        merges = [m for m in self.merges if key(m[0]) != key(name)
                  and not (key(name) in loop and key(m[0]) in loop)]
        merges.append((names.clean(name), names.clean(target), type_))
        splits = [s for s in self.splits if {key(s[0]), key(s[1])} != {key(name), key(target)}]
        return Aliases(tuple(merges), tuple(splits))

    def split(self, a: str, b: str) -> Aliases:
        """These decisions with "``a`` and ``b`` are never one actor": merges that
        made one into the other (directly or through a chain) are dropped."""
        if key(a) == key(b):
            raise KGError(f"{a!r} and {b!r} are the same name",
                          hint="names compare without case, accents and a leading 'the'")
        cut = set()
        for one, other in ((a, b), (b, a)):  # the links from one up to the other
            path = self._path(one)
            if key(other) in path:
                cut |= set(path[:path.index(key(other))])
        merges = [m for m in self.merges if key(m[0]) not in cut]
        splits = list(self.splits)
        if not any({key(s[0]), key(s[1])} == {key(a), key(b)} for s in splits):
            splits.append((names.clean(a), names.clean(b)))
        return Aliases(tuple(merges), tuple(splits))

    def _path(self, name: str) -> list[str]:
        """The keys a name's merge chain passes through, the name first."""
        k = key(name)
        out = [k]
        while k in self._to:
            k = key(self._to[k][0])
            if k in out:
                break
            out.append(k)
        return out

    # ------------------------------------------------------------ the file
    def to_text(self) -> str:
        lines = [HEADER]
        lines += ["\t".join(("merge", n, t, *([ty] if ty else []))) + "\n"
                  for n, t, ty in self.merges]
        lines += [f"split\t{a}\t{b}\n" for a, b in self.splits]
        return "".join(lines)


def parse(text: str, path: str = "aliases") -> Aliases:
    """Decisions from the text of an alias file; a bad line is an InputError
    naming it."""
    merges: list[tuple[str, str, str | None]] = []
    splits: list[tuple[str, str]] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        verb = cells[0].lower()
        if verb == "merge" and len(cells) in (3, 4) and all(cells[1:3]):
            type_ = cells[3] if len(cells) == 4 and cells[3] else None
            if type_ is not None and type_ not in TYPES:
                raise InputError(f"{path}:{n}", f"unknown actor type {type_!r}",
                                 hint=f"one of {', '.join(TYPES)}")
            merges.append((cells[1], cells[2], type_))
        elif verb == "split" and len(cells) == 3 and all(cells[1:]):
            splits.append((cells[1], cells[2]))
        else:
            raise InputError(f"{path}:{n}", "not an alias line",
                             hint="merge<TAB>NAME<TAB>CANONICAL[<TAB>TYPE] or "
                                  "split<TAB>NAME<TAB>OTHER")
    out = Aliases()
    for name, target, type_ in merges:  # in file order: later lines win
        out = out.merge(name, target, type_) if key(name) != key(target) else out
    for a, b in splits:
        out = out.split(a, b) if key(a) != key(b) else out
    return out


def read(path: str | Path) -> Aliases:
    """The decisions in an alias file (none if it does not exist)."""
    try:
        st = os.stat(path)  # each call: a file changed since is read again
    except FileNotFoundError:
        return NO_DECISIONS
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from exc
    return _read(str(path), st.st_mtime_ns, st.st_size)


#: No alias file: one object, so identities remembered under it serve every article.
NO_DECISIONS = Aliases()


@lru_cache(maxsize=8)
def _read(path: str, mtime_ns: int, size: int) -> Aliases:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 (byte at {exc.start})") from exc
    return parse(text, path)


def write(path: str | Path, aliases: Aliases) -> None:
    """Write the decisions, replacing the file only once complete."""
    from kg.files import replacing

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as fh:
        fh.write(aliases.to_text())


def curated() -> Aliases:
    """The decisions of the alias file the settings name (``Settings().aliases``;
    only that setting is read: this runs once an article)."""
    from kg.settings import aliases_path

    return read(aliases_path())
