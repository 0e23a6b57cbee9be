"""kg's spaCy components; importing this package registers their factories."""

from kg.extractors import actors, commitments, events, lines, roles, statements  # noqa: F401
from kg.nlp import COMPONENTS

__all__ = ["COMPONENTS"]
