"""Errors kg raises for a user to act on.

    KGError(message, hint=None)
    ├── InputError(path, reason)      a file kg cannot read as an article
    ├── ModelError                    the spaCy pipeline cannot be loaded
    ├── ValidationError               data that does not conform to the shapes
    └── LoaderError                   a target cannot be written
        └── Neo4jUnavailable(uri)     no Neo4j server answers at the URI

Anything else that escapes the library is a bug.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class: a message for the user and, where one exists, how to fix it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  hint: {self.hint}"


class InputError(KGError):
    """A file that cannot be read as an article: one line naming the file and why."""

    def __init__(self, path: str, reason: str, hint: str | None = None) -> None:
        super().__init__(f"{path}: {reason}", hint)
        self.path = path
        self.reason = reason


class ModelError(KGError):
    """The spaCy pipeline named in the settings is not installed or not usable."""


class ValidationError(KGError):
    """Data that does not conform to kg's SHACL shapes."""


class LoaderError(KGError):
    """A target (file, database) could not be written."""


class Neo4jUnavailable(LoaderError):  # noqa: N818 - public name, kept for callers
    """No Neo4j server answers at the configured URI."""

    def __init__(self, uri: str, hint: str | None = None) -> None:
        super().__init__(
            f"Neo4j is not reachable at {uri}",
            hint or "start it with `scripts/neo4j start` or set NEO4J_URI",
        )
        self.uri = uri
