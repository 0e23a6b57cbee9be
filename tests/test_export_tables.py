"""kg export --format csv|parquet|sqlite|plover: facts kg wrote (JSON, JSON Lines,
RDF) as tables that read back equal to kg.frames, and as PLOVER event records."""

from __future__ import annotations

import dataclasses
import json
import math
import sqlite3

import pytest
from click.testing import CliRunner
from factories import prov, sample_facts

from kg import exporters, rdfio
from kg.cli import cli
from kg.model import Commitment, Event
from kg.tables import COLUMNS, fact_rows

pd = pytest.importorskip("pandas")


def _facts():
    """Two articles; the second has a commitment of every status and an event of
    every type (Ruritania and Freedonia are invented)."""
    a1 = sample_facts("a1")
    a2 = sample_facts("a2", published="2026-04-01")
    statuses = ("agreed", "proposed", "conditional", "demanded", "refused")
    types = ("PhoneCall", "Meeting", "Negotiation", "Exchange", "Attack", "Announcement",
             "Other")
    a2 = dataclasses.replace(
        a2,
        commitments=tuple(Commitment(("Egypt",), ("Jordan",), f"action {i}", s,
                                     None if s == "proposed" else "2026-03-30",
                                     prov(200 + i, 210 + i)) for i, s in enumerate(statuses)),
        events=tuple(Event(t, ("Egypt", "Jordan"), "2026-03-29", "Amman" if t == "Meeting"
                           else None, prov(300 + i, 310 + i)) for i, t in enumerate(types)))
    return [a1, a2]


@pytest.fixture()
def sources(tmp_path):
    """The facts as kg extract writes them: a JSON file and a JSON Lines file."""
    a1, a2 = _facts()
    (tmp_path / "one.json").write_text(json.dumps(a1.to_json()), encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(json.dumps(a2.to_json()) + "\n", encoding="utf-8")
    return [str(tmp_path / "one.json"), str(tmp_path / "two.jsonl")]


def _export(*args):
    r = CliRunner().invoke(cli, ["export", *map(str, args)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def _plain(value, column):
    """A cell as plain Python, whatever the reader made of it."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "tolist"):  # numpy arrays (Parquet lists), numpy scalars
        return value.tolist()
    if column in exporters._LISTS and isinstance(value, str):
        return json.loads(value)
    if column in ("start", "end") and isinstance(value, float):
        return int(value)
    return value


def _records(df, kind):
    assert list(df.columns) == list(COLUMNS[kind])
    return [{c: _plain(v, c) for c, v in row.items()} for row in df.to_dict("records")]


def _want(kind):
    import kg

    return _records(kg.frames(_facts())[kind], kind)


def test_csv_reads_back_as_the_frames(sources, tmp_path):
    out = _export("-f", "csv", tmp_path / "tables", *sources)
    assert "exported 2 articles" in out and "6 commitments" in out and "8 events" in out
    for kind in COLUMNS:
        df = pd.read_csv(tmp_path / "tables" / f"{kind}.csv", keep_default_na=False,
                         na_values=[""])
        assert _records(df, kind) == _want(kind), kind


def test_parquet_reads_back_as_the_frames(sources, tmp_path):
    pytest.importorskip("pyarrow")
    _export("-f", "parquet", tmp_path / "pq", *sources)
    for kind in COLUMNS:
        df = pd.read_parquet(tmp_path / "pq" / f"{kind}.parquet")
        assert _records(df, kind) == _want(kind), kind
    events = pd.read_parquet(tmp_path / "pq" / "events.parquet")
    assert list(events["participants"][0]) == ["Egypt", "Jordan"]  # a real list column


def test_sqlite_reads_back_as_the_frames(sources, tmp_path):
    db = tmp_path / "facts.sqlite"
    _export(db, *sources)  # the suffix chooses sqlite
    with sqlite3.connect(db) as con:
        for kind in COLUMNS:
            cur = con.execute(f'SELECT * FROM "{kind}"')
            cols = [d[0] for d in cur.description]
            df = pd.DataFrame(cur.fetchall(), columns=cols)
            assert _records(df, kind) == _want(kind), kind
        joined = con.execute(
            "SELECT c.status, a.type FROM commitments c, json_each(c.actor_ids) j "
            "JOIN actors a ON a.actor_id = j.value AND a.article = c.article "
            "WHERE c.article = 'a2' ORDER BY c.start").fetchall()
    assert joined == [(s, "Country") for s in ("agreed", "proposed", "conditional",
                                                "demanded", "refused")]
    _export("-f", "sqlite", db, sources[0])  # exported again: replaced whole, not appended
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM commitments").fetchone() == (1,)


def test_rdf_sources_give_the_same_tables(sources, tmp_path):
    trig = tmp_path / "facts.trig"
    with trig.open("wb") as fh:
        rdfio.write_facts(_facts(), fh, "trig")
    _export("-f", "csv", tmp_path / "from-json", *sources)
    _export("-f", "csv", tmp_path / "from-rdf", f"rdf:{tmp_path}/*.trig")
    for kind in COLUMNS:
        got = pd.read_csv(tmp_path / "from-rdf" / f"{kind}.csv").sort_values("fact_id")
        want = pd.read_csv(tmp_path / "from-json" / f"{kind}.csv").sort_values("fact_id")
        pd.testing.assert_frame_equal(got.reset_index(drop=True),
                                      want.reset_index(drop=True), check_like=False)


def test_empty_kinds_are_tables_with_their_columns(tmp_path):
    a1 = dataclasses.replace(sample_facts("a1"), events=())
    (tmp_path / "f.json").write_text(json.dumps(a1.to_json()), encoding="utf-8")
    _export("-f", "csv", tmp_path / "t", tmp_path / "f.json")
    assert (tmp_path / "t" / "events.csv").read_text().strip() == ",".join(COLUMNS["events"])


def test_plover_records(sources, tmp_path):
    out = _export("-f", "plover", tmp_path / "events.jsonl", *sources)
    assert "1 Announcement, 1 Other events have no PLOVER category: left out" in out
    recs = [json.loads(line) for line in
            (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 6 + 8 - 2
    by_kg = {(r["kg_kind"], r["kg_type"], r["cite_info"]["citation"]): r for r in recs}
    rows = {r["fact_id"]: r for k in ("commitments", "events")
            for r in fact_rows(_facts())[k]}
    for rec in recs:  # every record: PLOVER's required fields, and kg's fact behind it
        assert {"id", "date", "actor", "event"} <= set(rec)
        row = rows[rec["id"]]
        assert rec["text"] == row["sentence"]
        assert rec["text_info"] == {"start": row["start"], "end": row["end"]}
        assert all(a["kg_id"] for a in rec["actor"])
    assert {k[1]: r["event"] for k, r in by_kg.items() if k[2] == "a2"} == {
        "agreed": ["AGREE"], "proposed": ["AGREE"], "conditional": ["AGREE"],
        "demanded": ["REQUEST"], "refused": ["REJECT"], "PhoneCall": ["CONSULT"],
        "Meeting": ["CONSULT"], "Negotiation": ["CONSULT"], "Exchange": ["RETREAT"],
        "Attack": ["ASSAULT"]}
    call = by_kg[("event", "PhoneCall", "a2")]
    assert call["mode"] == ["phone"] and call["recipient"] == []
    assert [a["entity_text"] for a in call["actor"]] == ["Egypt", "Jordan"]
    demand = by_kg[("commitment", "demanded", "a2")]
    assert demand["actor"][0]["identifier_text"] == "Egypt"
    assert [a["entity_text"] for a in demand["recipient"]] == ["Jordan"]
    assert demand["event_text"] == ["action 3"] and demand["date"] == "2026-03-30"
    assert by_kg[("commitment", "conditional", "a2")]["context"] == ["hypothetical"]
    proposed = by_kg[("commitment", "proposed", "a2")]
    assert (proposed["date"], proposed["kg_date_from"]) == ("2026-04-01", "published")
    assert by_kg[("event", "Meeting", "a2")]["event_loc"] == {"extracted_place": "Amman"}
    assert by_kg[("event", "Meeting", "a1")]["cite_info"]["url"] == "https://example.org/a1"


def test_plover_json_array(sources, tmp_path):
    _export("-f", "plover", tmp_path / "events.json", *sources)
    recs = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert isinstance(recs, list) and len(recs) == 12


def test_every_kg_category_has_a_plover_mapping():
    from kg.model import COMMITMENT_STATUSES, EVENT_TYPES

    assert set(exporters.PLOVER_COMMITMENTS) == set(COMMITMENT_STATUSES)
    assert set(exporters.PLOVER_EVENTS) == set(EVENT_TYPES)


@pytest.mark.parametrize("args,message", [
    (["-f", "csv", "{tmp}/file.txt", "{src}"], "is a file; CSV and Parquet exports write a "
                                               "folder"),
    (["-f", "sqlite", "{tmp}", "{src}"], "is a folder; the SQLite export is one file"),
    (["-f", "plover", "{tmp}", "{src}"], "is a folder; the PLOVER export is one file"),
    (["-f", "csv", "{tmp}/t", "{tmp}/nothing*.json"], "no such file, or no fact files in it"),
])
def test_mistakes_are_one_line_errors(sources, tmp_path, args, message):
    (tmp_path / "file.txt").write_text("x")
    args = [a.format(tmp=tmp_path, src=sources[0]) for a in args]
    r = CliRunner().invoke(cli, ["export", *args])
    assert r.exit_code == 1, r.output
    assert message in r.output


def test_a_broken_line_is_reported_and_the_rest_exported(sources, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_facts()[0].to_json()) + "\n{not json\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["export", "-f", "sqlite", str(tmp_path / "x.db"), str(bad)])
    assert r.exit_code == 1
    assert "bad.jsonl:2" in r.output and "exported 1 articles" in r.output


def test_rdf_export_still_refuses_a_folder(tmp_path, sources):
    r = CliRunner().invoke(cli, ["export", str(tmp_path), sources[0]])
    assert r.exit_code == 2 and "is a folder; give a file name (or use --neo4j-import)" in r.output
