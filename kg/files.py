"""Files written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from kg.errors import KGError


@contextmanager
def replacing(path: str | Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A file that replaces ``path`` only once it is complete: written to a
    temporary file beside it, synced, and renamed over it; on an error the old
    file stays and the temporary one is removed.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with replacing(p) as fh:
    ...     _ = fh.write("whole")
    >>> p.read_text()
    'whole'
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise KGError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "wb" if binary else "w",
                       encoding=None if binary else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def named_files(raw: str, suffixes: Iterable[str]) -> list[Path]:
    """The files one source names: a file as it is; a folder's files with one of
    ``suffixes``; a quoted glob's matches (recursive ``**``); ``rdf:`` in front
    allowed. Empty when it names nothing: the caller says what it expected."""
    import glob

    given = raw[4:] if raw.startswith("rdf:") else raw
    if any(c in given for c in "*?["):
        matches = [Path(m) for m in sorted(glob.glob(given, recursive=True))]
    else:
        matches = [Path(given)]
    wanted = set(suffixes)
    found: list[Path] = []
    for m in matches:
        if m.is_dir():
            found += [f for f in sorted(m.iterdir()) if f.is_file() and f.suffix.lower() in wanted]
        elif m.is_file():
            found.append(m)
    return found
