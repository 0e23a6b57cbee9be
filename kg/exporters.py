"""Facts exported for other tools: tables (CSV, Parquet, SQLite) and PLOVER event records.

``kg export --format csv|parquet|sqlite OUTPUT SOURCES`` and ``--format plover``.

Tables are kg.tables' (one per fact kind, the columns of ``kg.tables.COLUMNS``: the
article, the fact's IRI, actor ids, dates and provenance), so a table read back
equals ``kg.frames`` of the same facts:

- ``csv``: a folder OUTPUT with ``actors.csv``, ``roles.csv``, ``statements.csv``,
  ``commitments.csv``, ``events.csv`` (UTF-8, a header row; a fact kind with no
  facts is a header alone).
- ``parquet``: a folder OUTPUT with one ``KIND.parquet`` per kind (needs pandas and
  pyarrow); list columns are Parquet lists and dates are timestamps.
- ``sqlite``: one database file OUTPUT with a table per kind (replaced whole).

In CSV and SQLite a list column (``aliases``, ``actors``, ``actor_ids``,
``counterparts``, ``counterpart_ids``, ``participants``, ``participant_ids``) holds
its list as JSON text (``["Egypt", "Jordan"]``): read it with ``json.loads``.
Dates are ``YYYY-MM-DD`` text; a missing value is an empty cell (CSV) or NULL.

PLOVER (``plover_records``): commitments and events as JSON records with the
field names of the PLOVER event-data standard (Open Event Data Alliance,
"Political Language Ontology for Verifiable Event Records", data-fields chapter):
``id, date, actor, recipient, event, mode, context, event_text, event_loc, text,
text_info {start, end}, cite_info, coder`` plus ``kg_*`` fields kg adds (PLOVER
allows named extra fields). The kg categories map to PLOVER's as data in
``PLOVER_EVENTS`` and ``PLOVER_COMMITMENTS`` below; kg events with no PLOVER
category (``Announcement``: PLOVER dropped CAMEO's "make public statement";
``Other``) are left out and counted.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kg import __version__, ids
from kg.errors import KGError
from kg.files import replacing
from kg.identity import Identity, resolve
from kg.model import ArticleFacts, Commitment, Event
from kg.tables import COLUMNS, fact_rows, facts_to_frames

TABLE_FORMATS = ("csv", "parquet", "sqlite")
FORMATS = (*TABLE_FORMATS, "plover")
#: Output suffixes that name a format without --format.
SUFFIX_FORMATS = {".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite"}

_LISTS = {"aliases", "actors", "actor_ids", "counterparts", "counterpart_ids", "participants",
          "participant_ids"}
_SQL_TYPES = {"start": "INTEGER", "end": "INTEGER", "confidence": "REAL"}

#: kg event type -> (PLOVER event category, PLOVER modes); None: no PLOVER category.
#: CONSULT is "all consultations and meetings ... consultation by phone" (mode
#: ``phone``), negotiations included; the release or exchange of prisoners is RETREAT.
PLOVER_EVENTS: dict[str, tuple[str, tuple[str, ...]] | None] = {
    "PhoneCall": ("CONSULT", ("phone",)),
    "Meeting": ("CONSULT", ()),
    "Negotiation": ("CONSULT", ()),
    "Exchange": ("RETREAT", ()),
    "Attack": ("ASSAULT", ()),
    "Announcement": None,
    "Other": None,
}
#: kg commitment status -> (PLOVER event category, PLOVER contexts). AGREE is "agree
#: to, offer, promise ... commitment to cooperate"; a conditional commitment gets
#: PLOVER's auxiliary ``hypothetical`` (kept in ``context``, as PLOVER says);
#: demands are REQUEST ("all requests, demands, and orders"); refusals are REJECT.
PLOVER_COMMITMENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "agreed": ("AGREE", ()),
    "proposed": ("AGREE", ()),
    "conditional": ("AGREE", ("hypothetical",)),
    "demanded": ("REQUEST", ()),
    "refused": ("REJECT", ()),
}


def output_format(output: str, fmt: str | None) -> str | None:
    """The table/PLOVER format to write, or None for an RDF export."""
    if fmt in FORMATS:
        return fmt
    if fmt is None:
        return SUFFIX_FORMATS.get(Path(output).suffix.lower())
    return None


# ------------------------------------------------------------------ tables
def _cell(column: str, value: Any) -> Any:
    if column in _LISTS and value is not None:
        return json.dumps(list(value), ensure_ascii=False)
    return value


def write_csv(facts: Iterable[ArticleFacts], folder: str | Path) -> dict[str, int]:
    """One CSV per fact kind in ``folder``; the rows written per kind."""
    out = _folder(folder)
    counts = {}
    for kind, rows in fact_rows(list(facts)).items():
        with replacing(out / f"{kind}.csv") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(COLUMNS[kind])
            for row in rows:
                writer.writerow(["" if row[c] is None else _cell(c, row[c])
                                 for c in COLUMNS[kind]])
        counts[kind] = len(rows)
    return counts


def write_parquet(facts: Iterable[ArticleFacts], folder: str | Path) -> dict[str, int]:
    """One Parquet file per fact kind in ``folder`` (pandas + pyarrow)."""
    try:
        import pyarrow  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError as exc:
        raise KGError("writing Parquet needs pyarrow",
                      hint="pip install pyarrow (and pandas: pip install 'kg[frames]')") from exc
    frames = facts_to_frames(list(facts))
    out = _folder(folder)
    counts = {}
    for kind, df in frames.items():
        with replacing(out / f"{kind}.parquet", binary=True) as fh:
            df.to_parquet(fh, index=False, engine="pyarrow")
        counts[kind] = len(df)
    return counts


def write_sqlite(facts: Iterable[ArticleFacts], path: str | Path) -> dict[str, int]:
    """A SQLite database at ``path`` (replaced whole) with a table per fact kind."""
    target = Path(path)
    if target.is_dir():
        raise KGError(f"{path}: is a folder; the SQLite export is one file",
                      hint="give a file name, e.g. facts.sqlite")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    counts = {}
    try:
        con = sqlite3.connect(tmp)
        try:
            with con:
                for kind, rows in fact_rows(list(facts)).items():
                    cols = COLUMNS[kind]
                    decl = ", ".join(f'"{c}" {_SQL_TYPES.get(c, "TEXT")}' for c in cols)
                    con.execute(f'CREATE TABLE "{kind}" ({decl})')
                    marks = ", ".join("?" for _ in cols)
                    con.executemany(f'INSERT INTO "{kind}" VALUES ({marks})',
                                    ([_cell(c, r[c]) for c in cols] for r in rows))
                    counts[kind] = len(rows)
        finally:
            con.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts


def _folder(folder: str | Path) -> Path:
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise KGError(f"{folder}: is a file; CSV and Parquet exports write a folder "
                      "(one file per fact kind)", hint="give a folder name, e.g. tables/")
    out.mkdir(parents=True, exist_ok=True)
    return out


def write_tables(facts: Iterable[ArticleFacts], output: str | Path,
                 fmt: str) -> dict[str, int]:
    """Write the facts' tables as ``fmt`` (csv, parquet, sqlite); rows per kind."""
    writers = {"csv": write_csv, "parquet": write_parquet, "sqlite": write_sqlite}
    return writers[fmt](facts, output)


# ------------------------------------------------------------------ PLOVER
def _entity(name: str, idents: dict[str, Identity]) -> dict[str, Any]:
    ident = idents.get(name)
    out: dict[str, Any] = {"entity_text": name}
    if ident is not None:
        if ident.wikidata:
            out["identifier_id"] = ident.wikidata
        out["identifier_text"] = ident.label
        out["kg_id"] = str(ident.iri)
        out["kg_type"] = ident.type
    return out


def _record(af: ArticleFacts, section: str, fact: Commitment | Event, category: str,
            idents: dict[str, Identity]) -> dict[str, Any]:
    art = af.article
    prov = fact.provenance
    rec: dict[str, Any] = {
        "id": str(ids.fact_iri(art.id, section, ids.key_of(art.id, section, fact))),
        "date": fact.date or art.published,
        "event": [category],
    }
    if isinstance(fact, Commitment):
        rec["actor"] = [_entity(n, idents) for n in fact.actors]
        rec["recipient"] = [_entity(n, idents) for n in fact.counterparts]
        rec["mode"] = []
        rec["context"] = list(PLOVER_COMMITMENTS[fact.status][1])
        rec["event_text"] = [fact.action]
    else:  # reciprocal: every participant is an actor, no recipient (PLOVER's CONSULT rule)
        rec["actor"] = [_entity(n, idents) for n in fact.participants]
        rec["recipient"] = []
        mapped = PLOVER_EVENTS[fact.type]
        rec["mode"] = list(mapped[1]) if mapped else []
        rec["context"] = []
        if fact.location:
            rec["event_loc"] = {"extracted_place": fact.location}
    if prov is not None:
        rec["text"] = prov.sentence
        rec["text_info"] = {"start": prov.start, "end": prov.end}
    rec["cite_info"] = {k: v for k, v in {
        "citation": art.id, "title": art.title, "url": art.url, "publication": art.source,
        "license": art.license, "language": art.language}.items() if v}
    rec["coder"] = f"kg {__version__}" + (f" ({prov.extractor})" if prov else "")
    rec["kg_kind"] = section[:-1]
    rec["kg_type"] = fact.status if isinstance(fact, Commitment) else fact.type
    rec["kg_date_from"] = "fact" if fact.date else "published"
    if prov is not None:
        rec["kg_confidence"] = prov.confidence
    return rec


def plover_records(facts: Iterable[ArticleFacts],
                   left_out: dict[str, int] | None = None) -> Iterator[dict[str, Any]]:
    """Each commitment and event as a PLOVER record; events of a kg type with no
    PLOVER category are counted in ``left_out`` (type -> number) instead.

    >>> from kg.model import Article, ArticleFacts, Commitment
    >>> af = ArticleFacts(Article("a1", "", published="2026-03-02"), commitments=(
    ...     Commitment(("Ruritania",), ("Freedonia",), "reopen the pass", "demanded", None),))
    >>> rec = next(plover_records([af]))
    >>> rec["event"], rec["actor"][0]["entity_text"], rec["recipient"][0]["entity_text"]
    (['REQUEST'], 'Ruritania', 'Freedonia')
    >>> rec["date"], rec["kg_date_from"], rec["event_text"]
    ('2026-03-02', 'published', ['reopen the pass'])
    """
    for af in facts:
        idents = resolve(af)
        for c in af.commitments:
            yield _record(af, "commitments", c, PLOVER_COMMITMENTS[c.status][0], idents)
        for e in af.events:
            mapped = PLOVER_EVENTS.get(e.type)
            if mapped is None:
                if left_out is not None:
                    left_out[e.type] = left_out.get(e.type, 0) + 1
                continue
            yield _record(af, "events", e, mapped[0], idents)


def write_plover(facts: Iterable[ArticleFacts], out: IO[str], lines: bool = True,
                 left_out: dict[str, int] | None = None) -> int:
    """PLOVER records to ``out``: JSON Lines (PLOVER's suggestion), or one JSON
    array with ``lines=False``; the number of records."""
    n = 0
    if lines:
        for rec in plover_records(facts, left_out):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    records = list(plover_records(facts, left_out))
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(records)


def export_facts(facts: list[ArticleFacts], output: str | Path, fmt: str) -> str:
    """Write ``facts`` to ``output`` as ``fmt`` (one of FORMATS); a one-line summary."""
    if fmt == "plover":
        left_out: dict[str, int] = {}
        if Path(output).is_dir():
            raise KGError(f"{output}: is a folder; the PLOVER export is one file",
                          hint="give a file name, e.g. events.jsonl (or .json for an array)")
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        with replacing(output) as fh:
            n = write_plover(facts, fh, lines=Path(output).suffix.lower() != ".json",
                             left_out=left_out)
        skipped = ", ".join(f"{v} {k}" for k, v in sorted(left_out.items()))
        return (f"{n} PLOVER records" + (f" ({skipped} events have no PLOVER category: "
                                         "left out)" if skipped else ""))
    counts = write_tables(facts, output, fmt)
    return ", ".join(f"{v} {k}" for k, v in counts.items())


# ------------------------------------------------------------------ sources
FACT_SUFFIXES = (".json", ".jsonl")


def fact_files(sources: Iterable[str]) -> list[Path]:
    """Fact files (JSON, JSON Lines, RDF) from files, folders (``rdf:DIR`` too)
    and quoted globs; a source naming no such file is an error."""
    from kg.errors import InputError
    from kg.files import named_files
    from kg.rdfio import SUFFIXES as RDF_SUFFIXES

    wanted = (*FACT_SUFFIXES, *RDF_SUFFIXES)
    out: list[Path] = []
    for raw in sources:
        found = named_files(raw, wanted)
        if not found:
            raise InputError(raw, "no such file, or no fact files in it",
                             hint="give facts kg wrote: .json/.jsonl (kg extract) or RDF "
                                  "(.trig .nq .ttl .nt .jsonld), folders of them, or a "
                                  "quoted glob")
        out += found
    return out


__all__ = ["FORMATS", "PLOVER_COMMITMENTS", "PLOVER_EVENTS", "TABLE_FORMATS", "export_facts",
           "fact_files", "output_format", "plover_records", "write_csv", "write_parquet",
           "write_plover", "write_sqlite", "write_tables"]
