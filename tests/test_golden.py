"""The bundled example article against facts a person checked (tests/golden).

Run ``pytest tests/test_golden.py --update-golden`` after an intended change,
review the diff of tests/golden/ and commit it.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.article import read_article
from kg.pipeline import run
from kg.rdf import facts_to_dataset
from kg.validate import union_graph

pytestmark = pytest.mark.model
GOLDEN = Path(__file__).parent / "golden" / "example"


def test_example_article_matches_golden(nlp, update_golden):
    path = resources.files("kg") / "examples" / "example-readout.txt"
    article = read_article(str(path))
    [report] = list(run(nlp, [article]))
    assert report.rejected == ()
    facts_json = json.dumps(report.accepted.to_json(), indent=2, ensure_ascii=False) + "\n"
    trig = facts_to_dataset([report.accepted]).serialize(format="trig")
    if update_golden:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        (GOLDEN / "facts.json").write_text(facts_json, encoding="utf-8")
        (GOLDEN / "graph.trig").write_text(trig, encoding="utf-8")
    assert json.loads(facts_json) == json.loads((GOLDEN / "facts.json").read_text("utf-8"))
    got, want = Dataset(), Dataset()
    got.parse(data=trig, format="trig")
    want.parse(GOLDEN / "graph.trig", format="trig")
    g1, g2 = union_graph(got), union_graph(want)
    if not isomorphic(g1, g2):
        _, a, b = graph_diff(to_isomorphic(g1), to_isomorphic(g2))
        pytest.fail(f"only now:\n{a.serialize(format='nt')}\nonly golden:\n"
                    f"{b.serialize(format='nt')}")
