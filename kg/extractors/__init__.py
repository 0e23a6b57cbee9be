"""kg's spaCy components; importing this package registers their factories."""

from kg.extractors import (  # noqa: F401
    actors,
    commitments,
    events,
    layout,
    lines,
    mentions,
    roles,
    statements,
)
from kg.nlp import COMPONENTS

__all__ = ["COMPONENTS"]
