"""kg view: facts → nodes/edges (model-free), the page, the command, and what a real
headless Chromium draws (marked ``browser``)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.model import (
    Actor,
    Article,
    ArticleFacts,
    Commitment,
    Event,
    Provenance,
    Role,
    Statement,
)
from kg.view import COLOURS, facts_to_graph, render_html, rows_to_graph

GOLDEN = Path(__file__).parent / "golden" / "example"


def _prov(sentence: str, confidence: float = 0.8) -> Provenance:
    return Provenance(sentence, 0, len(sentence), "kg_test", confidence)


SAID = "Minister Vela said the border crossings would reopen on Monday."
FACTS = ArticleFacts(
    Article("t1", "", title="Talks in Osterburg", published="2026-05-04"),
    actors=(
        Actor("Ruritania", "Country"), Actor("Borduria", "Country"),
        Actor("Anna Vela", "Person", aliases=("Vela",)), Actor("Harbour League", "Group"),
    ),
    roles=(Role("Anna Vela", "Foreign Minister", "Ruritania", _prov("Foreign Minister Vela")),),
    statements=(Statement("Anna Vela", "the border crossings would reopen on Monday",
                          "reported", "2026-05-04", _prov(SAID, 0.9)),),
    commitments=(Commitment(("Ruritania",), ("Borduria",), "reopen the border crossings",
                            "agreed", "2026-05-11", _prov("Ruritania agreed to reopen.")),),
    events=(Event("Meeting", ("Anna Vela", "Borduria"), "2026-04-30", "Osterburg",
                  _prov("Vela met Bordurian officials in Osterburg.")),),
)


def _by_id(items: list[dict]) -> dict[str, dict]:
    return {x["id"]: x for x in items}


def test_actors_are_nodes_coloured_by_type():
    nodes = _by_id(facts_to_graph([FACTS])["nodes"])
    assert nodes["actor:Ruritania"]["color"] == COLOURS["Country"]
    assert nodes["actor:Anna Vela"]["group"] == "Person"
    assert nodes["actor:Harbour League"]["color"] == COLOURS["Group"]
    assert "aliases: Vela" in nodes["actor:Anna Vela"]["title"]


def test_facts_are_labelled_nodes_and_edges_with_provenance():
    g = facts_to_graph([FACTS])
    nodes = _by_id(g["nodes"])
    said = nodes["statements:t1:0"]
    assert said["kind"] == "statements" and said["date"] == "2026-05-04"
    # the hover text: the evidence sentence, the date and the confidence
    assert f"evidence: “{SAID}”" in said["title"]
    assert "date: 2026-05-04" in said["title"] and "confidence: 0.90" in said["title"]
    edges = {(e["from"], e["to"], e["label"]) for e in g["edges"]}
    assert ("actor:Anna Vela", "statements:t1:0", "said") in edges
    assert ("actor:Ruritania", "commitments:t1:0", "agreed") in edges
    assert ("commitments:t1:0", "actor:Borduria", "to") in edges
    assert ("actor:Borduria", "events:t1:0", "took part") in edges
    assert ("actor:Anna Vela", "actor:Ruritania", "Foreign Minister") in edges  # a role edge
    assert g["kinds"] == ["actors", "commitments", "events", "roles", "statements"]
    assert g["dates"] == ["2026-04-30", "2026-05-11"]


def test_undated_facts_say_so():
    bare = ArticleFacts(Article("t2", ""), actors=(Actor("Ruritania", "Country"),),
                        statements=(Statement("Ruritania", "no comment", "direct", None),))
    node = _by_id(facts_to_graph([bare])["nodes"])["statements:t2:0"]
    assert node["date"] is None and "date: undated" in node["title"]


def test_an_actors_neighbourhood_keeps_only_its_facts():
    g = facts_to_graph([FACTS], actor="Borduria")
    ids = {n["id"] for n in g["nodes"]}
    assert ids == {"actor:Borduria", "actor:Ruritania", "actor:Anna Vela",
                   "commitments:t1:0", "events:t1:0"}
    assert "statements:t1:0" not in ids and "actor:Harbour League" not in ids


def test_an_actor_named_only_in_facts_is_still_drawn():
    af = ArticleFacts(Article("t3", ""), statements=(
        Statement("Lone Voice", "we disagree", "direct", None),))
    node = _by_id(facts_to_graph([af])["nodes"])["actor:Lone Voice"]
    assert node["group"] == "Actor"


def test_a_query_result_is_drawn_as_rows_joined_to_actors():
    rows = [{"speaker": "Anna Vela", "date": "2026-05-04", "mode": "reported",
             "content": "the crossings reopen", "article": "t1"},
            {"speaker": "Borduria", "date": None, "mode": "direct",
             "content": "we agree", "article": "t1"}]
    g = rows_to_graph(rows, "said_about", {"topic": "crossings"})
    nodes = _by_id(g["nodes"])
    assert nodes["rows:0"]["label"] == "the crossings reopen"
    assert "article: t1" in nodes["rows:0"]["title"]
    assert {(e["from"], e["to"], e["label"]) for e in g["edges"]} == {
        ("actor:Anna Vela", "rows:0", "said"), ("actor:Borduria", "rows:1", "said")}


def test_rows_without_actor_columns_hang_off_the_query_parameters():
    rows = [{"date": "2026-05-04", "kind": "said", "what": "talks resume", "article": "t1"}]
    g = rows_to_graph(rows, "actor_timeline", {"actor": "Ruritania"})
    assert [(e["from"], e["label"]) for e in g["edges"]] == [("actor:Ruritania", "said")]


def test_the_page_is_self_contained_and_cannot_be_broken_by_the_data():
    nasty = ArticleFacts(Article("t4", ""), actors=(Actor("</script><b>x", "Group"),))
    page = render_html(facts_to_graph([nasty]), "a <title>")
    assert "<title>a &lt;title&gt;</title>" in page
    assert page.count("</script>") == 3  # the data, the library and the page's own script
    assert "\\u003c/script>\\u003cb>x" in page
    # nothing is fetched when the page opens: no external scripts, styles or images
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "vis-network" in page and "@version 10.1.5" in page
    data = re.search(r'<script type="application/json" id="kg-graph">(.*?)</script>', page, re.S)
    assert json.loads(data.group(1))["nodes"][0]["label"] == "</script><b>x"


def test_the_library_and_its_licences_ship_with_the_package():
    from importlib import resources

    root = resources.files("kg") / "viewer"
    for name in ("template.html", "vis-network.min.js", "LICENSE-MIT", "LICENSE-APACHE-2.0",
                 "README.md"):
        assert (root / name).is_file(), name
    assert "10.1.5" in (root / "README.md").read_text(encoding="utf-8")


# ------------------------------------------------------------------ the command
def test_kg_view_draws_a_fact_file(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(FACTS.to_json()), encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["view", str(facts), "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (7 nodes, 6 edges)")
    assert "<title>Talks in Osterburg</title>" in out.read_text(encoding="utf-8")


def test_kg_view_draws_an_actor_neighbourhood_from_rdf(tmp_path):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(
        cli, ["view", str(GOLDEN / "graph.trig"), "--actor", "Finland", "-o", str(out)],
        catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<title>Finland in " in page and "evidence: “" in page


def test_kg_view_draws_a_named_query_over_rdf(tmp_path):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(
        cli, ["view", "--query", "commitments_by", "-p", "actor=Finland",
              "--rdf", str(GOLDEN / "graph.trig"), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "<title>commitments_by actor=Finland</title>" in out.read_text(encoding="utf-8")


def test_kg_view_query_reads_folders_and_a_kept_store_as_kg_query_does(tmp_path):
    folder = tmp_path / "rdf"
    folder.mkdir()
    (folder / "graph.trig").write_bytes((GOLDEN / "graph.trig").read_bytes())
    store = tmp_path / "store"
    pages = []
    for args in (["--rdf", str(folder)], ["--rdf", str(folder), "--store", str(store)],
                 ["--store", str(store)]):
        out = tmp_path / f"page{len(pages)}.html"
        result = CliRunner().invoke(
            cli, ["view", "--query", "commitments_by", "-p", "actor=Finland", *args,
                  "-o", str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        pages.append(result.output.split("(", 1)[1])  # "N nodes, M edges); open it ..."
    assert pages[0] == pages[1] == pages[2]
    assert not pages[0].startswith("0 nodes")


@pytest.mark.model
def test_kg_view_extracts_a_text_file_first(tmp_path):
    out = tmp_path / "page.html"
    example = Path(__file__).parent.parent / "kg" / "examples" / "example-readout.txt"
    result = CliRunner().invoke(cli, ["view", str(example), "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Norway" in page and "evidence: “" in page


@pytest.mark.parametrize(("args", "code", "message"), [
    ([], 2, "give article or fact FILES, --query NAME, or --actor NAME"),
    (["x.json", "--query", "commitments_by"], 2, "give FILES or --query, not both"),
    (["--query", "nope", "--rdf", "x.trig"], 1, "no query named 'nope'"),
    (["--query", "commitments_by", "--rdf", "missing.trig"], 2, "needs --param actor"),
    (["missing.json"], 1, "missing.json: no such file"),
])
def test_kg_view_refuses_mistakes_in_one_line(tmp_path, monkeypatch, args, code, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["view", *args])
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------------------ a real browser
def _chromium() -> str:
    exe = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") \
        or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail("KG_REQUIRE_BROWSER is set but no chromium is installed "
                        "(apt-get install chromium)")
        pytest.skip("no chromium (apt-get install chromium, or set KG_CHROMIUM)")
    return exe


def _drawn(exe: str, url: str, tmp_path: Path) -> dict[str, str]:
    """Open the page in headless Chromium; the <body> data-* attributes its script wrote."""
    dom = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--no-first-run", "--disable-extensions", f"--user-data-dir={tmp_path / 'chrome'}",
         "--window-size=1200,800", "--virtual-time-budget=5000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=True).stdout
    body = re.search(r"<body([^>]*)>", dom)
    assert body, dom[:500]
    return {k: html.unescape(v) for k, v in re.findall(r'data-([\w-]+)="([^"]*)"', body.group(1))}


@pytest.mark.browser
def test_chromium_draws_the_page(tmp_path):
    exe = _chromium()
    page = tmp_path / "page.html"
    page.write_text(render_html(facts_to_graph([FACTS]), "Talks"), encoding="utf-8")
    drawn = _drawn(exe, page.as_uri() + "#hover=first", tmp_path)
    # all 7 nodes and 6 edges are on the canvas, the layout settled, and hovering the
    # first fact node (the role-free statement) shows its evidence, date and confidence
    assert (drawn.get("nodes"), drawn.get("edges"), drawn.get("stabilized")) == ("7", "6", "1")
    assert drawn["hover-node"] == "statements:t1:0"
    assert f"evidence: “{SAID}”" in drawn["hover"]
    assert "date: 2026-05-04" in drawn["hover"] and "confidence: 0.90" in drawn["hover"]

    # the filters: hide events, keep facts dated from 2026-05-05, drop undated ones:
    # only the commitment (2026-05-11) and its two actors stay, with the lone Group
    drawn = _drawn(exe, page.as_uri() + "#hide=events&from=2026-05-05&undated=0", tmp_path)
    assert (drawn.get("nodes"), drawn.get("edges")) == ("4", "2")

# ------------------------------------------------------------------ Neo4j
@pytest.mark.neo4j
def test_kg_view_draws_a_named_query_from_neo4j(neo4j_uri, neo4j_driver, tmp_path):
    from kg.loaders import open_loader
    from kg.validate import validate

    with open_loader(neo4j_uri) as loader:
        for report in validate([FACTS]):
            loader.load(report)
    out = tmp_path / "page.html"
    result = CliRunner().invoke(
        cli, ["view", "--query", "commitments_by", "-p", "actor=Ruritania", "--uri", neo4j_uri,
              "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "(2 nodes, 1 edge)" in result.output  # Ruritania and its one commitment
    page = out.read_text(encoding="utf-8")
    assert "reopen the border crossings" in page


def _browser_url() -> str:
    port = os.environ.get("NEO4J_HTTP_PORT", "7474")
    return os.environ.get("NEO4J_BROWSER_URL", f"http://127.0.0.1:{port}/")


@pytest.mark.neo4j
def test_the_bundled_server_serves_the_neo4j_browser(neo4j_uri):
    """scripts/neo4j start serves the Neo4j Browser on HTTP (NEO4J_HTTP_PORT, default 7474);
    a web browser asking for / is sent to the Browser's page."""
    import urllib.error
    import urllib.request

    url = _browser_url()
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read().decode("utf-8", "replace")
            final = response.geturl()
    except (urllib.error.URLError, OSError) as exc:
        if os.environ.get("KG_REQUIRE_NEO4J"):
            pytest.fail(f"KG_REQUIRE_NEO4J is set but no Neo4j Browser answers at {url} ({exc})")
        pytest.skip(f"no Neo4j Browser at {url} (scripts/neo4j start serves one)")
    assert final.rstrip("/").endswith("/browser")
    assert "<title>Neo4j Browser</title>" in body
    # the discovery document points the Browser at the Bolt port the server really uses
    with urllib.request.urlopen(url, timeout=10) as response:
        discovery = json.loads(response.read())
    assert discovery["bolt_direct"].rsplit(":", 1)[-1] == neo4j_uri.rsplit(":", 1)[-1]
