"""Facts as tables: one table per fact kind, for notebooks (``kg.frames``).

``fact_rows(facts)`` is pure Python (no pandas): ``{kind: [row, ...]}`` with the
columns in ``COLUMNS``. ``facts_to_frames(facts)`` turns those rows into pandas
DataFrames (the ``frames`` extra: ``pip install 'kg[frames]'``); ``date`` and
``published`` become datetimes (missing: NaT).

Every row carries its article (``article``, ``published``), the fact's IRI
(``fact_id``, the same IRI as in the RDF and the Neo4j ``id``), the IRI of each
actor it names (``*_id`` columns, lists for the list fields) and its provenance
(``sentence``, ``start``, ``end``, ``extractor``, ``confidence``).

>>> from kg.model import Actor, Article, ArticleFacts, Statement
>>> af = ArticleFacts(Article("a1", "", published="2026-03-02"),
...     actors=(Actor("Ruritania", "Country"),),
...     statements=(Statement("Ruritania", "talks resume", "direct", "2026-03-01"),))
>>> row = fact_rows(af)["statements"][0]
>>> row["speaker"], row["speaker_id"], row["date"], row["published"]
('Ruritania', 'https://w3id.org/kg/id/actor/country/ruritania', '2026-03-01', '2026-03-02')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg import ids
from kg.errors import KGError
from kg.identity import Identity, resolve
from kg.model import SECTIONS, ArticleFacts, Fact

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

    from kg.validate import Report

_HEAD = ("article", "published", "fact_id")
_PROVENANCE = ("sentence", "start", "end", "extractor", "confidence")
#: The columns of each kind's table, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "actors": (*_HEAD, "name", "actor_id", "type", "aliases", "wikidata", *_PROVENANCE),
    "roles": (*_HEAD, "holder", "holder_id", "title", "organization", "organization_id",
              *_PROVENANCE),
    "statements": (*_HEAD, "speaker", "speaker_id", "mode", "content", "date", *_PROVENANCE),
    "commitments": (*_HEAD, "actors", "actor_ids", "counterparts", "counterpart_ids", "status",
                    "action", "date", *_PROVENANCE),
    "events": (*_HEAD, "type", "participants", "participant_ids", "date", "location",
               *_PROVENANCE),
}
#: Fields naming one actor (→ NAME_id) or several (→ SINGULAR_ids).
_ONE = {"holder", "organization", "speaker"}
_MANY = {"actors": "actor_ids", "counterparts": "counterpart_ids",
         "participants": "participant_ids"}


def _articles(facts: Any) -> list[ArticleFacts]:
    if isinstance(facts, ArticleFacts):
        return [facts]
    if hasattr(facts, "accepted"):  # a validation Report, e.g. from kg.extract
        return [facts.accepted]
    out = []
    for item in facts:
        out.extend(_articles(item))
    return out


def _row(af: ArticleFacts, section: str, fact: Fact,
         idents: dict[str, Identity]) -> dict[str, Any]:
    art = af.article
    key = ids.key_of(art.id, section, fact)
    row: dict[str, Any] = {"article": art.id, "published": art.published,
                           "fact_id": str(ids.fact_iri(art.id, section, key))}
    for name in fact.__dataclass_fields__:
        value = getattr(fact, name)
        if name == "provenance":
            continue
        if name in _MANY:
            row[name] = list(value)
            row[_MANY[name]] = [str(idents[v].iri) for v in value]
        else:
            row[name] = list(value) if isinstance(value, tuple) else value
            if name in _ONE:
                row[f"{name}_id"] = str(idents[value].iri) if value else None
    if section == "actors":
        row["actor_id"] = str(idents[row["name"]].iri)
        row["fact_id"] = row["actor_id"]
    prov = fact.provenance
    for name in _PROVENANCE:
        row[name] = getattr(prov, name) if prov is not None else None
    return {c: row.get(c) for c in COLUMNS[section]}


def fact_rows(facts: ArticleFacts | Report | Iterable[ArticleFacts | Report]
              ) -> dict[str, list[dict[str, Any]]]:
    """One list of rows per fact kind, for one or many articles' facts."""
    out: dict[str, list[dict[str, Any]]] = {s: [] for s in SECTIONS}
    for af in _articles(facts):
        idents = resolve(af)  # the actors' IRIs across articles, as in the RDF
        for section, fact in af.facts():
            out[section].append(_row(af, section, fact, idents))
    return out


def facts_to_frames(facts: ArticleFacts | Report | Iterable[ArticleFacts | Report]
                    ) -> dict[str, pd.DataFrame]:
    """One pandas DataFrame per fact kind (every kind present, maybe with no rows)."""
    try:
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:
        raise KGError("kg.frames needs pandas",
                      hint="pip install 'kg[frames]' (or pip install pandas)") from exc
    frames = {}
    for section, rows in fact_rows(facts).items():
        df = pd.DataFrame(rows, columns=list(COLUMNS[section]))
        for col in ("published", "date"):
            if col in df:
                df[col] = pd.to_datetime(df[col], format="%Y-%m-%d", errors="coerce")
        frames[section] = df
    return frames
