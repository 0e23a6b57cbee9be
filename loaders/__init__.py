"""Loaders: one interface, several targets.

A Loader takes validated Reports and writes their accepted facts; loading the
same article again replaces that article's facts (idempotent per article).
``open_loader(target)`` picks one by target: ``bolt://…``/``neo4j://…`` or
``neo4j`` → Neo4jLoader, a file name → RDFFileLoader (format by suffix),
``memory`` → MemoryLoader, ``rdf:DIR`` (a folder) → RDFDirLoader. Implementations are found
through the ``kg_loaders`` entry-point group, so the neo4j driver is imported only when used.

One writer per target: ``TargetLock(target)`` is an exclusive lock keyed on
``canonical_target(target)`` (the resolved path, or the Neo4j server's
normalised address) that lives with the target: ``DIR/.kg.lock`` in an
``rdf:DIR`` folder, ``.NAME.kg.lock`` beside an RDF file, and for Neo4j a file
named after the address in ``$TMPDIR/kg-locks``. Runs that keep their ledgers
in different places, or spell the target differently, still take turns.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable
from urllib.parse import urlsplit

from kg.errors import KGError, LoaderError
from kg.validate import Report

log = logging.getLogger(__name__)

NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://",
                 "neo4j://", "neo4j+s://", "neo4j+ssc://")
_LOOPBACK = {"localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1", ""}


class NameClashError(LoaderError):
    """Two articles would share one file or graph name; the second is not written."""


class TargetBusyError(KGError):
    """Another run holds the target's lock."""


Busy = TargetBusyError


@dataclass
class LoadResult:
    articles: int = 0
    facts: int = 0
    nodes: int = 0
    relationships: int = 0

    def __iadd__(self, other: LoadResult) -> LoadResult:
        self.articles += other.articles
        self.facts += other.facts
        self.nodes += other.nodes
        self.relationships += other.relationships
        return self


@runtime_checkable
class Loader(Protocol):
    def load(self, report: Report) -> LoadResult: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Loader: ...
    def __exit__(self, *exc: object) -> None: ...


_L = TypeVar("_L", bound="BaseLoader")


class BaseLoader:
    """What loaders share: ``flush()`` commits what is buffered (nothing, unless a
    loader buffers), ``close()`` flushes, and as a context manager a loader closes
    on exit, errors included, so what was loaded before an error is kept."""

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.flush()

    def written(self, article_id: str) -> str | None:
        """A token for what was just written for the article (e.g. a file's
        hash), which the ledger keeps and ``missing`` checks; None: no token."""
        return None

    def missing(self, expected: dict[str, str | None]) -> set[str]:
        """The articles of ``expected`` (id → token from ``written``) that the
        target no longer holds. A loader that cannot tell returns none."""
        return set()

    def __enter__(self: _L) -> _L:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def loader_class(name: str) -> type:
    """The loader registered under ``name`` in the kg_loaders entry-point group."""
    for ep in entry_points(group="kg_loaders"):
        if ep.name == name:
            return ep.load()  # type: ignore[no-any-return]
    builtin = {"rdf": "kg.loaders.rdf:RDFFileLoader", "memory": "kg.loaders.memory:MemoryLoader",
               "neo4j": "kg.loaders.neo4j:Neo4jLoader", "rdfdir": "kg.loaders.rdfdir:RDFDirLoader"}
    if name in builtin:
        import importlib

        module, cls = builtin[name].split(":")
        return getattr(importlib.import_module(module), cls)  # type: ignore[no-any-return]
    raise LoaderError(f"no loader named {name!r}", hint="use neo4j, a file name, or memory")


def is_rdf_dir(path: str) -> bool:
    """A folder target (one file per article): an existing folder, a name ending
    in "/", or a name with no RDF suffix."""
    from pathlib import Path

    from kg.loaders.rdf import FORMATS

    p = Path(path)
    return p.is_dir() or path.endswith("/") or p.suffix.lower() not in FORMATS


def open_loader(target: str, **options: Any) -> Loader:
    """A loader for ``target``: a Neo4j URI or ``neo4j[:URI]``, ``memory``, or an RDF file."""
    if target == "memory":
        return loader_class("memory")(**options)  # type: ignore[no-any-return]
    if target.startswith(NEO4J_SCHEMES):
        return loader_class("neo4j")(uri=target, **options)  # type: ignore[no-any-return]
    if target == "neo4j" or target.startswith("neo4j:"):
        uri = target.split(":", 1)[1] if ":" in target else None
        return loader_class("neo4j")(uri=uri or None, **options)  # type: ignore[no-any-return]
    if target.startswith("rdf:"):
        target = target[4:]
    if "format" not in options and is_rdf_dir(target):
        return loader_class("rdfdir")(target)  # type: ignore[no-any-return]
    return loader_class("rdf")(target, **options)  # type: ignore[no-any-return]


# ------------------------------------------------------------------ the lock
def canonical_target(target: str) -> str:
    """One name per target however it is spelled: ``rdf:/resolved/path`` or
    ``neo4j://host:port`` (loopback names are one host; the port defaults to 7687;
    bolt/neo4j schemes reach the same server). ``neo4j`` alone means the
    configured server.

    >>> canonical_target("neo4j:bolt://127.0.0.1") == canonical_target("neo4j://LOCALHOST:7687/")
    True
    """
    if target == "memory":
        return target
    uri = target
    if target == "neo4j" or (target.startswith("neo4j:") and not target.startswith("neo4j://")):
        uri = target.split(":", 1)[1] if ":" in target else ""
        if not uri:
            from kg.settings import Settings

            uri = Settings().neo4j_uri
    if uri.startswith(NEO4J_SCHEMES):
        u = urlsplit(uri)
        host = (u.hostname or "").lower()
        try:
            port = u.port or 7687
        except ValueError:
            port = 7687
        if host in _LOOPBACK or host.startswith("127."):
            host = "localhost"
        return f"neo4j://{host}:{port}"
    path = target[4:] if target.startswith("rdf:") else target
    return f"rdf:{Path(path).expanduser().resolve()}"


def lock_path(target: str) -> Path:
    """Where the lock for ``target`` lives (see the module docstring)."""
    key = canonical_target(target)
    if key.startswith("rdf:"):
        raw = target[4:] if target.startswith("rdf:") else target
        path = Path(key[4:])
        if is_rdf_dir(raw):
            return path / ".kg.lock"
        return path.with_name(f".{path.name}.kg.lock")
    name = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "kg-locks" / f"{name}.lock"


class TargetLock:
    """An exclusive flock on the target's lock file (``lock_path``)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.path = lock_path(target)
        self.fh: Any = None

    def _open(self) -> Any:
        folder = self.path.parent
        shared = folder.name == "kg-locks"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if shared:
                os.chmod(folder, 0o1777)  # every user's runs meet here
        except PermissionError:
            pass
        except OSError as exc:
            raise LoaderError(f"{self.target}: cannot create {folder} ({exc.strerror})") from exc
        try:
            fh = open(self.path, "a+", encoding="utf-8")
        except OSError as exc:
            raise LoaderError(f"{self.target}: cannot open the lock {self.path} "
                              f"({exc.strerror})") from exc
        if shared:
            try:
                os.chmod(self.path, 0o666)
            except OSError:
                pass
        return fh

    def acquire(self, wait: bool) -> None:
        self.fh = self._open()
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                self.fh.seek(0)
                holder = self.fh.read().strip() or "another process"
                self.fh.close()
                self.fh = None
                raise Busy(f"another kg ingest is writing to {self.target} ({holder})",
                           hint="wait for it to finish, or pass --wait") from None
            log.info("waiting for the lock on %s", self.target)
            fcntl.flock(self.fh, fcntl.LOCK_EX)
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(f"pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
        self.fh.flush()

    def release(self) -> None:
        if self.fh is not None:
            self.fh.seek(0)
            self.fh.truncate()
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()
            self.fh = None


__all__ = [
    "BaseLoader",
    "Busy",
    "LoadResult",
    "Loader",
    "NameClashError",
    "TargetBusyError",
    "TargetLock",
    "canonical_target",
    "loader_class",
    "lock_path",
    "open_loader",
]
