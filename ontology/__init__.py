"""kg's ontology (OWL, Turtle) and SHACL shapes, shipped as package data."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph


def _read(name: str) -> str:
    return (resources.files("kg.ontology") / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return Graph().parse(data=_read("kg.ttl"), format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(data=_read("shapes.ttl"), format="turtle")
