"""Loaders: one interface, several targets.

A Loader takes validated Reports and writes their accepted facts; loading the
same article again replaces that article's facts (idempotent per article).
``open_loader(target)`` picks one by target: ``bolt://…``/``neo4j://…`` or
``neo4j`` → Neo4jLoader, a file name → RDFFileLoader (format by suffix),
``memory`` → MemoryLoader, ``rdf:DIR`` (a folder) → RDFDirLoader. Implementations are found through the
``kg_loaders`` entry-point group, so the neo4j driver is imported only when used.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Protocol, TypeVar, runtime_checkable

from kg.errors import LoaderError
from kg.validate import Report


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
    if target.startswith(("bolt://", "bolt+s://", "neo4j://", "neo4j+s://")):
        return loader_class("neo4j")(uri=target, **options)  # type: ignore[no-any-return]
    if target == "neo4j" or target.startswith("neo4j:"):
        uri = target.split(":", 1)[1] if ":" in target else None
        return loader_class("neo4j")(uri=uri or None, **options)  # type: ignore[no-any-return]
    if target.startswith("rdf:"):
        target = target[4:]
    if "format" not in options and is_rdf_dir(target):
        return loader_class("rdfdir")(target)  # type: ignore[no-any-return]
    return loader_class("rdf")(target, **options)  # type: ignore[no-any-return]


__all__ = ["BaseLoader", "LoadResult", "Loader", "loader_class", "open_loader"]
