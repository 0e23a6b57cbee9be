"""What kg writes, kg reads; and files are read from where they are named (no model)."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from factories import sample_facts
from rdflib import Dataset

from kg.cli import cli
from kg.loaders.memory import MemoryLoader
from kg.loaders.rdf import serialize
from kg.model import ArticleFacts
from kg.validate import Report


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def trig_of(article_id: str) -> str:
    mem = MemoryLoader()
    mem.load(Report(sample_facts(article_id)))
    return serialize(mem.dataset, "trig")


@pytest.fixture()
def in_child_folder(tmp_path):
    """A working folder whose parent holds facts.trig and facts.json."""
    (tmp_path / "facts.trig").write_text(trig_of("parent"), encoding="utf-8")
    (tmp_path / "facts.json").write_text(json.dumps(sample_facts("parent").to_json()))
    child = tmp_path / "child"
    child.mkdir()
    cwd = os.getcwd()
    os.chdir(child)
    yield child
    os.chdir(cwd)


# ------------------------------------------------------- issue 12, item 6
def test_validate_does_not_read_the_parent_folders_file(in_child_folder):
    res = invoke("validate", "facts.trig")
    assert res.exit_code == 1
    assert "facts.trig: no such file" in res.output
    assert "conforms" not in res.output


def test_query_rdf_does_not_read_the_parent_folders_file(in_child_folder):
    res = invoke("query", "offices_held_by", "-p", "person=Omar Haddad", "--rdf", "facts.trig")
    assert res.exit_code == 1
    assert "facts.trig: no such file" in res.output
    assert "Foreign Minister" not in res.output


def test_validate_and_query_read_a_relative_file_in_the_working_folder(in_child_folder):
    (in_child_folder / "here.trig").write_text(trig_of("here"), encoding="utf-8")
    assert invoke("validate", "here.trig").exit_code == 0
    res = invoke("query", "offices_held_by", "-p", "person=Omar Haddad", "--rdf", "here.trig")
    assert res.exit_code == 0 and "Foreign Minister" in res.output


def test_validate_goes_on_past_a_missing_file(in_child_folder):
    (in_child_folder / "here.trig").write_text(trig_of("here"), encoding="utf-8")
    res = invoke("validate", "gone.trig", "here.trig")
    assert res.exit_code == 1
    assert "gone.trig: no such file" in res.stderr and "here.trig: conforms" in res.stdout


# ------------------------------------------------------- issue 12, item 5
SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c", "\r"]


@pytest.mark.parametrize("sep", SEPARATORS, ids=lambda c: f"U+{ord(c):04X}")
def test_load_reads_json_lines_with_line_separators_inside_facts(tmp_path, sep):
    facts = [sample_facts("a1", action=f"open{sep}the crossing"), sample_facts("a2")]
    f = tmp_path / "facts.jsonl"
    f.write_text("".join(json.dumps(x.to_json(), ensure_ascii=False) + "\n" for x in facts),
                 encoding="utf-8", newline="")
    res = invoke("load", str(tmp_path / "out.trig"), str(f))
    assert res.exit_code == 0, res.output
    assert "loaded 2 articles" in res.output
    ds = Dataset()
    ds.parse(tmp_path / "out.trig", format="trig")
    assert any(f"open{sep}the crossing" == str(q[2]) for q in ds.quads())


@pytest.mark.parametrize("value", ["not a qid", "Q1 Q2", "Q1>", "Q0", 123, ["Q1"], {"a": 1}])
def test_a_bad_wikidata_value_is_one_line(tmp_path, value):
    data = sample_facts("a1").to_json()
    data["actors"][0]["wikidata"] = value
    f = tmp_path / "facts.json"
    f.write_text(json.dumps(data))
    res = invoke("load", str(tmp_path / "out.trig"), str(f))
    assert res.exit_code == 1
    assert res.exception is None or isinstance(res.exception, SystemExit)
    (line,) = [ln for ln in res.stderr.splitlines() if ln.startswith("kg: ")]
    assert line.startswith(f"kg: {f}: not kg facts (actors[0].wikidata: ")


@pytest.mark.parametrize(("path", "value", "says"), [
    (("actors", 0, "name"), None, "expected a string"),
    (("actors", 0, "type"), "Planet", "is not one of"),
    (("actors", 0, "aliases"), "Cairo", "expected a list of strings"),
    (("statements", 0, "date"), "2025-02-30", "is not a real date"),
    (("statements", 0, "provenance", "start"), "zero", "expected an integer"),
    (("events", 0, "participants"), [1, 2], "expected a list of strings"),
    (("article", "published"), "2025-13-01", "is not a real date"),
    (("roles",), {"holder": "x"}, "expected a list"),
    (("commitments", 0), "agreed", "expected an object"),
])
def test_hostile_fact_values_are_one_line_each(tmp_path, path, value, says):
    data = sample_facts("a1").to_json()
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    f = tmp_path / "facts.json"
    f.write_text(json.dumps(data))
    res = invoke("load", str(tmp_path / "out.trig"), str(f))
    assert res.exit_code == 1
    assert res.exception is None or isinstance(res.exception, SystemExit)
    (line,) = [ln for ln in res.stderr.splitlines() if ln.startswith("kg: ")]
    assert says in line


def test_a_broken_json_line_fails_alone(tmp_path):
    f = tmp_path / "facts.jsonl"
    f.write_text(json.dumps(sample_facts("a1").to_json()) + "\n{\"article\": [\n"
                 + json.dumps(sample_facts("a2").to_json()) + "\n")
    res = invoke("load", str(tmp_path / "out.trig"), str(f))
    assert res.exit_code == 1
    assert f"{f}:2: not a kg fact line" in res.stderr
    assert "loaded 2 articles" in res.output


def test_facts_round_trip_through_json_with_awkward_characters():
    awkward = "\u2028\u2029\u0085\u200b\u202e\x00\ufeff\U0001f600 \"'\\<>&"
    facts = sample_facts("a1", action=f"reopen {awkward} the crossing")
    text = json.dumps(facts.to_json(), ensure_ascii=False)
    assert ArticleFacts.from_json(json.loads(text), text="text") == facts


# ------------------------------------------------------- issue 12, item 4
@pytest.fixture()
def crash_after_one_article(monkeypatch):
    """kg extract with a pipeline that yields one report and then fails (a bug)."""
    import kg.nlp
    import kg.pipeline

    def run(nlp, articles, **kw):
        for art in articles:
            yield Report(sample_facts(art.id))
            raise RuntimeError("boom")

    monkeypatch.setattr(kg.nlp, "build_nlp", lambda *a, **k: None)
    monkeypatch.setattr(kg.pipeline, "run", run)


@pytest.mark.parametrize("name", ["out.json", "out.trig", "out.ttl"])
def test_extract_output_is_replaced_only_when_complete(tmp_path, crash_after_one_article,
                                                       name):
    texts = []
    for i in range(2):
        p = tmp_path / f"a{i}.txt"
        p.write_text("The minister said that the two countries had agreed to meet again. " * 3)
        texts.append(str(p))
    out = tmp_path / name
    out.write_text("what was there before\n")
    with pytest.raises(RuntimeError, match="boom"):
        CliRunner().invoke(cli, ["extract", *texts, "-o", str(out)], catch_exceptions=False)
    assert out.read_text() == "what was there before\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [name, "a0.txt", "a1.txt"])  # no temporary file left behind


def test_extract_output_where_no_folder_can_be_is_one_line(tmp_path, crash_after_one_article):
    p = tmp_path / "a.txt"
    p.write_text("The minister said that the two countries had agreed to meet again. " * 3)
    (tmp_path / "nope").write_text("a file, where the output's folder would be")
    res = invoke("extract", str(p), "-o", str(tmp_path / "nope" / "out.json"))
    assert res.exit_code == 1 and "out.json: cannot write" in res.output


def test_a_json_output_in_a_new_folder_is_written(tmp_path):
    """-o out/x.json makes out/ as -o out/x.trig does (the README's first command)."""
    from kg.files import replacing

    target = tmp_path / "new" / "deeper" / "facts.json"
    with replacing(target) as fh:
        fh.write("{}")
    assert target.read_text() == "{}"
    assert [p.name for p in target.parent.iterdir()] == ["facts.json"]  # no temporary left
