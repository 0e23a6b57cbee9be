"""The command line: success paths in-process, error paths by exit code and message."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import cli

EXAMPLE = str(resources.files("kg") / "examples" / "example-readout.txt")


def run(*args, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def test_help_lists_the_commands():
    out = run("--help").output
    for command in ("extract", "validate", "load"):
        assert command in out


@pytest.mark.model
def test_extract_json_follows_the_schema():
    res = run("extract", EXAMPLE, "--published", "2026-11-20")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["article"]["id"] == "example-readout"
    assert data["article"]["published"] == "2026-11-20"
    assert {a["name"] for a in data["actors"]} >= {"Norway", "Finland", "Ingrid Solberg"}
    assert all("provenance" in s for s in data["statements"])


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_extract_rdf_parses_and_validates(tmp_path, fmt):
    suffix = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "jsonld": "jsonld"}[fmt]
    out = tmp_path / f"ex.{suffix}"
    res = run("extract", EXAMPLE, "-o", str(out))
    assert res.exit_code == 0, res.output
    ds = Dataset()
    ds.parse(out, format={"turtle": "turtle", "trig": "trig", "nquads": "nquads",
                          "jsonld": "json-ld"}[fmt])
    assert len(ds) > 100
    res = run("validate", str(out))
    assert res.exit_code == 0 and "conforms" in res.output


@pytest.mark.model
def test_batch_reports_each_bad_file_in_one_line_and_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Polish President Jan Nowak said that Poland would send aid to Ukraine.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9 au lait " * 10)
    (tmp_path / "page.txt").write_text("<html><body>The minister said yes.</body></html>")
    big = tmp_path / "big.txt"
    big.write_bytes(b"The minister said yes. " * 1_000_000)  # 23 MB
    files = ["empty.txt", "bin.txt", "good.txt", "latin.txt", "page.txt", "big.txt"]
    out = tmp_path / "out.trig"
    res = CliRunner().invoke(cli, ["extract", *[str(tmp_path / f) for f in files], "-o",
                                   str(out)])
    assert res.exit_code == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("kg: ") and ".txt:" in ln]
    assert len(errors) == 5, res.stderr
    for name, reason in [("empty.txt", "empty"), ("bin.txt", "binary"),
                         ("latin.txt", "not UTF-8"), ("page.txt", "HTML"),
                         ("big.txt", "too large")]:
        assert any(name in e and reason in e for e in errors), (name, errors)
    ds = Dataset()
    ds.parse(out, format="trig")
    assert any("good" in str(g.identifier) for g in ds.graphs())  # the good file was kept
    assert "Traceback" not in res.output


def test_validate_reports_violations_and_exits_1(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""
@prefix kg: <https://w3id.org/kg/ont#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://example.org/x> a kg:Actor, kg:Person, kg:Country ; skos:prefLabel "X" .
""")
    res = run("validate", str(bad))
    assert res.exit_code == 1
    assert "exactly one of Person, Country, Organization, Group" in res.output


def test_validate_unreadable_rdf_is_one_line(tmp_path):
    bad = tmp_path / "broken.trig"
    bad.write_text("this is { not trig")
    res = CliRunner().invoke(cli, ["validate", str(bad)])
    assert res.exit_code == 1
    assert "broken.trig: not readable as RDF" in res.output
    assert "Traceback" not in res.output


def test_unknown_model_is_a_clear_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("The minister said the talks went well and would continue next week.")
    res = CliRunner().invoke(cli, ["extract", str(p), "--model", "xx_no_such_model"])
    assert res.exit_code == 1
    assert "'xx_no_such_model' is not installed" in res.output
    assert "KG_SPACY_MODEL" in res.output


def test_load_rejects_a_broken_fact_file(tmp_path):
    bad = tmp_path / "facts.json"
    bad.write_text('{"article": {"id": "x"}, "actors": [')
    res = CliRunner().invoke(cli, ["load", str(tmp_path / "out.trig"), str(bad)])
    assert res.exit_code == 1
    assert "facts.json: not a kg fact file" in res.stderr
