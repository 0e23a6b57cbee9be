"""kg.frames: facts as one table per kind (rows model-free; DataFrames need pandas)."""

from __future__ import annotations

import pytest

import kg
from kg.model import Actor, Article, ArticleFacts, Commitment, Event, Provenance, Role, Statement
from kg.tables import COLUMNS, fact_rows
from kg.validate import Report

PROV = Provenance("Ruritania agreed to reopen the crossings.", 10, 51, "kg_test", 0.75)
A1 = ArticleFacts(
    Article("a1", "", published="2026-05-04"),
    actors=(Actor("Ruritania", "Country", aliases=("Ruritanian government",)),
            Actor("Anna Vela", "Person")),
    roles=(Role("Anna Vela", "Foreign Minister", "Ruritania"),),
    statements=(Statement("Anna Vela", "the crossings reopen", "direct", "2026-05-04"),),
    commitments=(Commitment(("Ruritania",), ("Borduria",), "reopen the crossings", "agreed",
                            "2026-05-11", PROV),),
)
A2 = ArticleFacts(Article("a2", "", published="2026-06-01"),
                  events=(Event("Meeting", ("Anna Vela", "Borduria"), None, "Osterburg"),))
ACTOR = "https://w3id.org/kg/id/actor/"


def test_one_table_per_kind_with_its_columns():
    rows = fact_rows([A1, A2])
    assert list(rows) == ["actors", "roles", "statements", "commitments", "events"]
    assert [len(r) for r in rows.values()] == [2, 1, 1, 1, 1]
    for kind, table in rows.items():
        for row in table:
            assert tuple(row) == COLUMNS[kind]


def test_rows_carry_actor_ids_dates_and_provenance():
    rows = fact_rows(A1)
    c = rows["commitments"][0]
    assert c["actors"] == ["Ruritania"] and c["actor_ids"] == [ACTOR + "country/ruritania"]
    assert c["counterpart_ids"] == [ACTOR + "group/borduria"]
    assert (c["sentence"], c["start"], c["end"], c["confidence"]) == (
        PROV.sentence, 10, 51, 0.75)
    assert c["fact_id"].startswith("https://w3id.org/kg/id/commitment/")
    role = rows["roles"][0]
    assert (role["holder_id"], role["organization_id"]) == (ACTOR + "person/anna-vela",
                                                            ACTOR + "country/ruritania")
    assert role["sentence"] is None  # no provenance: empty provenance columns
    assert rows["actors"][0]["aliases"] == ["Ruritanian government"]


def test_fact_ids_are_the_rdf_iris():
    from kg.rdf import facts_to_dataset

    ds = facts_to_dataset([A1])
    subjects = {str(s) for s, _, _, _ in ds.quads((None, None, None, None))}
    for table in fact_rows(A1).values():
        for row in table:
            assert row["fact_id"] in subjects, row


def test_reports_from_extract_are_accepted():
    assert fact_rows([Report(A1), Report(A2)]) == fact_rows([A1, A2])


def test_frames_are_dataframes_with_dates():
    pd = pytest.importorskip("pandas")
    frames = kg.frames([A1, A2])
    assert set(frames) == set(COLUMNS)
    events = frames["events"]
    assert list(events.columns) == list(COLUMNS["events"])
    # a2 has no actor records: names it only uses stay unlinked, typed Group (kg.identity)
    assert events.loc[0, "participant_ids"] == [ACTOR + "group/anna-vela",
                                                ACTOR + "group/borduria"]
    assert pd.isna(events.loc[0, "date"])  # undated
    assert frames["statements"].loc[0, "date"] == pd.Timestamp("2026-05-04")
    assert frames["commitments"]["published"].dt.year.tolist() == [2026]
    # a kind with no facts is an empty table with its columns
    empty = kg.frames(A2)["roles"]
    assert empty.empty and list(empty.columns) == list(COLUMNS["roles"])
