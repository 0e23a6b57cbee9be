"""The CLI refuses mistakes: each gives one line (no traceback, no usage block) and
the right exit code (2 for a usage error), before anything is read or written.
Model-free: every refusal happens before the spaCy pipeline would load."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from factories import sample_facts

from kg import params, queries
from kg.cli import cli
from kg.loaders import TargetError, check_target
from kg.rdf import facts_to_dataset


def refuse(*args: str, code: int = 2) -> str:
    """Run kg with ``args``; it must exit ``code`` with exactly one line on stderr."""
    res = CliRunner().invoke(cli, list(args))
    assert res.exit_code == code, (res.exit_code, res.output, res.exception)
    assert not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit)
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()
             and not (code != 2 and ln.startswith("  hint: "))]  # exit 1: KGError's hint line
    assert len(lines) == 1, res.stderr
    assert "Traceback" not in res.output and "Usage:" not in res.output
    return lines[0]


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Varonia and Telmar met in Oskvik on Monday.", encoding="utf-8")
    return str(p)


@pytest.fixture
def trig(tmp_path):
    p = tmp_path / "facts.trig"
    p.write_text(facts_to_dataset([sample_facts()]).serialize(format="trig"), encoding="utf-8")
    return str(p)


# ------------------------------------------------------------------ targets
def test_ingest_to_a_misspelt_scheme_is_refused_and_writes_nothing(tmp_path, article,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = refuse("ingest", article, "--to", "neo4:bolt://localhost:7687",
                  "--ledger", str(tmp_path / "l.sqlite"))
    assert "unknown target scheme 'neo4:'" in line and "did you mean 'neo4j:'" in line
    assert not (tmp_path / "neo4:bolt:").exists()


def test_schedule_add_to_a_misspelt_target_is_refused(tmp_path):
    line = refuse("schedule", "add", "hourly", "--every", "1h", "--source", "x",
                  "--to", "neo4jj", "--ledger", str(tmp_path / "l.sqlite"))
    assert "unknown target 'neo4jj'; did you mean 'neo4j'?" in line
    assert "rdf:neo4jj" in line  # how to mean a folder of that name


def test_load_into_an_unknown_scheme_is_refused(tmp_path):
    line = refuse("load", "bolt:/localhost", str(tmp_path / "x.json"))
    assert "bolt://" in line


def test_extract_to_a_misspelt_uri_is_refused_before_the_model_loads(article):
    line = refuse("extract", article, "--to", "blot://localhost:7687", "--model",
                  "xx_no_such_model")
    assert "did you mean 'bolt://'" in line


@pytest.mark.parametrize("target", ["neo4j", "memory", "neo4j:bolt://h:7687", "bolt://h",
                                    "neo4j+s://h", "rdf:out", "rdf:neo4jj", "out/graph",
                                    "out.trig", "graph", "./neo4jj"])
def test_good_targets_pass(target):
    assert check_target(target) == target


@pytest.mark.parametrize("target", ["neo4:bolt://h", "Neo4j:bolt://h", "neo4j:localhost",
                                    "rdfs:out", "memroy", "bolt:h", "neo4j//h", "", "http://h"])
def test_bad_targets_fail(target):
    with pytest.raises(TargetError):
        check_target(target)


# ------------------------------------------------------------------ query parameters
@pytest.mark.parametrize("param, words", [
    ("limit=ten", ["limit='ten' is not a whole number"]),
    ("limit=-1", ["limit='-1' must be 1 or more"]),
])
def test_a_limit_that_is_no_positive_number_is_refused(trig, param, words):
    line = refuse("query", "co_mentioned", "-p", "actor=Egypt", "-p", param, "--rdf", trig)
    assert all(w in line for w in words)


def test_an_unknown_status_names_the_allowed_ones(trig):
    line = refuse("query", "commitments_by", "-p", "actor=Egypt", "-p", "status=maybe",
                  "--rdf", trig)
    assert "status='maybe' is not one of agreed, proposed, conditional, demanded, refused" in line


def test_an_unknown_event_type_names_the_allowed_ones(trig):
    line = refuse("query", "events_by_type", "-p", "type=Call", "-p", "from=2026-01-01",
                  "-p", "to=2026-12-31", "--rdf", trig)
    assert "PhoneCall, Meeting, Negotiation, Exchange, Attack, Announcement, Other" in line


@pytest.mark.parametrize("bad", ["12/03/2026", "2026-13-01", "yesterday"])
def test_a_malformed_date_is_refused(trig, bad):
    line = refuse("query", "statements_by", "-p", "actor=Egypt", "-p", f"from={bad}",
                  "-p", "to=2026-12-31", "--rdf", trig)
    assert "is not a date; write YYYY-MM-DD" in line


def test_an_unknown_parameter_says_what_it_may_be(trig):
    line = refuse("query", "commitments_by", "-p", "actor=Egypt", "-p", "stauts=agreed",
                  "--rdf", trig)
    assert "no parameter 'stauts'; did you mean 'status'?" in line


def test_a_missing_parameter_is_refused_with_an_example(trig):
    line = refuse("query", "commitments_by", "--rdf", trig)
    assert "needs --param actor=..." in line and "example: kg query commitments_by" in line


def test_an_unknown_query_is_one_line(trig):
    assert "no query named" in refuse("query", "no_such_query", "--rdf", trig, code=1)


def test_a_missing_rdf_file_is_one_line(tmp_path):
    assert "no such file" in refuse("query", "actor_timeline", "-p", "actor=Egypt", "--rdf",
                                    str(tmp_path / "none.trig"), code=1)


def test_right_values_in_the_wrong_case_are_put_right(trig):
    res = CliRunner().invoke(cli, ["query", "commitments_by", "-p", "actor=Egypt",
                                   "-p", "status=AGREED", "--format", "json", "--rdf", trig])
    assert res.exit_code == 0, res.output
    assert '"status": "agreed"' in res.output


def test_a_wrongly_cased_name_finds_the_actor(trig):
    """The queries match names in any case, so no correction is needed (or noted)."""
    res = CliRunner().invoke(cli, ["query", "actor_timeline", "-p", "actor=omar haddad",
                                   "--format", "json", "--rdf", trig])
    assert res.exit_code == 0, res.output
    assert "reported" in res.output or "said" in res.output
    assert "matched" not in res.stderr


def test_a_name_the_graph_lacks_still_returns_no_rows(trig):
    res = CliRunner().invoke(cli, ["query", "actor_timeline", "-p", "actor=Nobody",
                                   "--rdf", trig])
    assert res.exit_code == 0 and "(no rows)" in res.output


def test_every_query_parameter_has_a_declared_kind():
    for q in queries.load_queries().values():
        for p in q.params:
            assert p.name in params.KINDS, f"declare {q.name}'s parameter {p.name} in kg.params"


def test_convert_passes_good_values():
    assert params.convert("from", "2026-03-01") == "2026-03-01"
    assert params.convert("limit", " 7 ") == 7
    assert params.convert("type", "meeting") == "Meeting"


# ------------------------------------------------------------------ other user errors
def test_bad_param_syntax_is_a_usage_error(trig):
    res = CliRunner().invoke(cli, ["query", "actor_timeline", "-p", "actor", "--rdf", trig])
    assert res.exit_code == 2 and "KEY=VALUE" in res.output


def test_a_malformed_published_date_is_refused_before_the_model_loads(article):
    line = refuse("extract", article, "--published", "2026-13-45", "--model", "xx_no_such_model")
    assert "--published '2026-13-45' is not a date; write YYYY-MM-DD" in line


# ------------------------------------------------------------------ schedules
def test_an_unreadable_interval_is_a_usage_error(tmp_path):
    line = refuse("schedule", "add", "hourly", "--every", "often", "--source", "x",
                  "--to", "rdf:out", "--ledger", str(tmp_path / "l.sqlite"))
    assert "cannot read the interval 'often' (write e.g. 30m, 1h, 1h30m, 1d)" in line


def test_an_unreadable_cron_is_a_usage_error(tmp_path):
    line = refuse("schedule", "add", "hourly", "--cron", "every hour", "--source", "x",
                  "--to", "rdf:out", "--ledger", str(tmp_path / "l.sqlite"))
    assert "cannot read the cron expression 'every hour'" in line


def test_running_an_unknown_schedule_says_which_exist(tmp_path):
    ledger = str(tmp_path / "l.sqlite")
    res = CliRunner().invoke(cli, ["schedule", "add", "hourly", "--every", "1h", "--source",
                                   "x", "--to", "rdf:out", "--ledger", ledger])
    assert res.exit_code == 0, res.output
    line = refuse("schedule", "run", "hourli", "--ledger", ledger)
    assert "no schedule named 'hourli'; did you mean 'hourly'?" in line


# ------------------------------------------------------------------ progress and summary
def test_ingest_piped_shows_no_progress_and_ends_with_its_summary(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(cli, ["ingest", "nothere.txt", "--to", "rdf:out",
                                   "--ledger", str(tmp_path / "l.sqlite")])
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert "\r" not in res.stderr and "ingesting" not in res.stderr
    assert lines[0] == "kg: nothere.txt: no such file, folder or URL"
    assert lines[-1].startswith("kg: run 1 into rdf:") and "1 failed articles" in lines[-1]


def test_the_progress_bar_on_a_terminal_shows_total_rate_and_eta(monkeypatch):
    import io
    import sys

    from kg.cli import _count_articles, _progress

    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    with _progress(4, "extracting", True) as bar:
        bar.mininterval = 0
        for _ in range(2):
            bar.update(1)
    shown = err.getvalue()
    assert "2/4" in shown and "articles/s" in shown and "<" in shown  # elapsed<ETA
    with _progress(4, "extracting", False) as bar:
        bar.update(4)
    assert err.getvalue() == shown  # not a terminal: nothing
    assert _count_articles(("https://example.org/feed",)) is None


def test_count_articles_counts_files_and_jsonl_lines(tmp_path):
    from kg.cli import _count_articles

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.txt").write_text("y", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    assert _count_articles((str(tmp_path),)) == 4


def test_an_output_path_in_a_missing_folder_is_one_line(tmp_path):
    import json

    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(sample_facts().to_json()), encoding="utf-8")
    line = refuse("view", str(facts), "-o", str(tmp_path / "no" / "page.html"), code=1)
    assert line == f"Error: {tmp_path / 'no' / 'page.html'}: No such file or directory"
