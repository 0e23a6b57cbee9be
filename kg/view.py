"""Pictures of the graph: facts (or a named query's rows) → nodes and edges → one HTML page.

The pure part turns facts into the JSON a graph-drawing library reads::

    facts_to_graph(facts, actor=None) -> {"nodes": [...], "edges": [...], "kinds": [...]}
    rows_to_graph(rows, title) -> the same shape, for a named query's result
    render_html(graph, title) -> str: a self-contained page (vis-network inlined)

Actors are nodes coloured by type. Statements, commitments and events are small
fact nodes joined to their actors by labelled edges; a role is an edge from its
holder to the country or body. Every fact node and edge carries its ``kind``, its
``date`` and a hover text with the evidence sentence, date and confidence. The page
(``kg/viewer/template.html``) filters by kind and by date; it reads nothing from the
network when it opens.

>>> from kg.model import Actor, Article, ArticleFacts, Statement
>>> facts = ArticleFacts(Article("a1", ""), actors=(Actor("Ruritania", "Country"),),
...     statements=(Statement("Ruritania", "talks will resume", "direct", "2026-03-01"),))
>>> g = facts_to_graph([facts])
>>> [n["id"] for n in g["nodes"]], [e["label"] for e in g["edges"]]
(['actor:Ruritania', 'statements:a1:0'], ['said'])
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from kg.model import ArticleFacts, Provenance

#: Node colours by actor type (and by fact kind), shared with the page's legend.
COLOURS = {
    "Person": "#4e79a7", "Country": "#e15759", "Organization": "#59a14f",
    "Group": "#b07aa1", "Actor": "#9c9c9c",
    "statements": "#f28e2b", "commitments": "#edc948", "events": "#76b7b2",
    "roles": "#9c755f", "rows": "#bab0ac",
}
#: Fact kinds the page can filter, in legend order.
KINDS = ("roles", "statements", "commitments", "events")
_LABEL_CHARS = 40

#: Columns of a named query's rows that name actors, and how each relates to the row.
ACTOR_COLUMNS = {
    "actor": "", "speaker": "said", "person": "holds", "participant": "took part",
    "demander": "demands", "organization": "of",
}
#: Columns that describe what a row is about, tried in order for its label.
WHAT_COLUMNS = ("what", "action", "content", "title", "type", "kind", "status", "path")


def _short(text: str, limit: int = _LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _hover(head: str, date: str | None, prov: Provenance | None, article: str) -> str:
    lines = [head]
    lines.append(f"date: {date or 'undated'}")
    if prov is not None:
        lines.append(f"confidence: {prov.confidence:.2f} ({prov.extractor})")
        if prov.sentence:
            lines.append(f"evidence: “{' '.join(prov.sentence.split())}”")
    lines.append(f"article: {article}")
    return "\n".join(lines)


class _Builder:
    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self.edges: list[dict[str, Any]] = []

    def actor(self, name: str, type_: str = "Actor", title: str | None = None) -> str:
        nid = f"actor:{name}"
        node = self.nodes.get(nid)
        if node is None:
            self.nodes[nid] = {
                "id": nid, "label": name, "kind": "actors", "group": type_,
                "color": COLOURS.get(type_, COLOURS["Actor"]), "shape": "dot", "size": 18,
                "title": title or f"{name} ({type_})", "date": None,
            }
        elif node["group"] == "Actor" and type_ != "Actor":
            node.update(group=type_, color=COLOURS.get(type_, COLOURS["Actor"]))
            if title:
                node["title"] = title
        return nid

    def fact(self, nid: str, kind: str, label: str, title: str, date: str | None,
             shape: str = "box") -> str:
        self.nodes[nid] = {
            "id": nid, "label": label, "kind": kind, "group": kind,
            "color": COLOURS[kind], "shape": shape, "size": 10, "title": title, "date": date,
        }
        return nid

    def edge(self, source: str, target: str, label: str, kind: str, date: str | None,
             title: str | None = None) -> None:
        self.edges.append({
            "id": f"e{len(self.edges)}", "from": source, "to": target, "label": label,
            "kind": kind, "date": date, "title": title or label, "arrows": "to",
        })

    def graph(self) -> dict[str, Any]:
        kinds = sorted({n["kind"] for n in self.nodes.values()} | {e["kind"] for e in self.edges})
        dates = sorted({x["date"] for x in [*self.nodes.values(), *self.edges] if x["date"]})
        return {"nodes": list(self.nodes.values()), "edges": self.edges, "kinds": kinds,
                "dates": [dates[0], dates[-1]] if dates else [], "colours": COLOURS}


def _involves(names: Iterable[str | None], actor: str | None) -> bool:
    return actor is None or actor in names


def facts_to_graph(facts: Iterable[ArticleFacts], actor: str | None = None) -> dict[str, Any]:
    """Nodes and edges of one or many articles' facts; with ``actor``, only the facts
    that involve it (its neighbourhood: the facts and the other actors in them)."""
    b = _Builder()
    for af in facts:
        art = af.article.id
        types = {a.name: a.type for a in af.actors}
        for a in af.actors:
            if actor is None or a.name == actor:
                aliases = f"\naliases: {', '.join(a.aliases)}" if a.aliases else ""
                b.actor(a.name, a.type, _hover(f"{a.name} ({a.type}){aliases}", None,
                                               a.provenance, art))

        def node(name: str) -> str:
            return b.actor(name, types.get(name, "Actor"))  # noqa: B023

        for i, r in enumerate(af.roles):
            if not _involves((r.holder, r.organization), actor):
                continue
            head = f"role: {r.holder} is {r.title}" + (f" of {r.organization}"
                                                      if r.organization else "")
            hover = _hover(head, None, r.provenance, art)
            if r.organization:
                b.edge(node(r.holder), node(r.organization), _short(r.title, 30), "roles",
                       None, hover)
            else:
                fid = b.fact(f"roles:{art}:{i}", "roles", _short(r.title), hover, None)
                b.edge(node(r.holder), fid, "holds", "roles", None, hover)
        for i, s in enumerate(af.statements):
            if not _involves((s.speaker,), actor):
                continue
            hover = _hover(f"{s.speaker} said ({s.mode}): {s.content}", s.date,
                           s.provenance, art)
            fid = b.fact(f"statements:{art}:{i}", "statements", _short(s.content), hover, s.date)
            b.edge(node(s.speaker), fid, "said", "statements", s.date, hover)
        for i, c in enumerate(af.commitments):
            if not _involves((*c.actors, *c.counterparts), actor):
                continue
            head = (f"commitment ({c.status}): {', '.join(c.actors)} — {c.action}"
                    + (f" — to {', '.join(c.counterparts)}" if c.counterparts else ""))
            hover = _hover(head, c.date, c.provenance, art)
            fid = b.fact(f"commitments:{art}:{i}", "commitments",
                         f"{c.status}: {_short(c.action, 32)}", hover, c.date, "diamond")
            for name in c.actors:
                b.edge(node(name), fid, c.status, "commitments", c.date, hover)
            for name in c.counterparts:
                b.edge(fid, node(name), "to", "commitments", c.date, hover)
        for i, e in enumerate(af.events):
            if not _involves(e.participants, actor):
                continue
            head = f"event: {e.type}" + (f" in {e.location}" if e.location else "") + \
                f" — {', '.join(e.participants)}"
            hover = _hover(head, e.date, e.provenance, art)
            label = e.type + (f" {e.date}" if e.date else "")
            fid = b.fact(f"events:{art}:{i}", "events", label, hover, e.date, "ellipse")
            for name in e.participants:
                b.edge(node(name), fid, "took part", "events", e.date, hover)
    return b.graph()


def rows_to_graph(rows: Iterable[dict[str, Any]], title: str,
                  params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Nodes and edges of a named query's rows: each row is a node joined to the actors
    its columns name (ACTOR_COLUMNS) and to the actors given as parameters."""
    b = _Builder()
    given = [str(v) for k, v in (params or {}).items()
             if k in {"actor", "a", "b", "person", "organization"} and v]
    for name in given:
        b.actor(name)
    for i, row in enumerate(rows):
        what = next((str(row[c]) for c in WHAT_COLUMNS if row.get(c) not in (None, "")), title)
        date = row.get("date") if isinstance(row.get("date"), str) else None
        hover = "\n".join(f"{k}: {v}" for k, v in row.items() if v not in (None, ""))
        fid = b.fact(f"rows:{i}", "rows", _short(what), f"{title}\n{hover}", date)
        how = str(row.get("kind") or row.get("status") or row.get("mode") or "")
        named = False
        for col, rel in ACTOR_COLUMNS.items():
            if row.get(col):
                b.edge(b.actor(str(row[col])), fid, rel or how or col, "rows", date, hover)
                named = True
        if not named:
            for name in given:
                b.edge(f"actor:{name}", fid, how, "rows", date, hover)
    return b.graph()


def _json_for_script(value: Any) -> str:
    """JSON that cannot end its <script> element: every ``<`` is written ``\\u003c``."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def render_html(graph: dict[str, Any], title: str) -> str:
    """The self-contained page: the template with the graph and vis-network inlined."""
    import html

    root = resources.files("kg") / "viewer"
    page = (root / "template.html").read_text(encoding="utf-8")
    library = (root / "vis-network.min.js").read_text(encoding="utf-8")
    data = _json_for_script(graph)
    if re.search(r"</script|<!--", library, re.IGNORECASE):
        raise RuntimeError("kg/viewer/vis-network.min.js would end the page's <script>")
    # Substitute the library last: its text must not be searched for placeholders.
    page = page.replace("{{TITLE}}", html.escape(title)).replace("{{GRAPH}}", data)
    before, sep, after = page.partition("{{VIS_NETWORK}}")
    if not sep:
        raise RuntimeError("kg/viewer/template.html has no {{VIS_NETWORK}} placeholder")
    return before + library + after
