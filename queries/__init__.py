"""The researchers' query library: named, parameterised Cypher queries, each
with a SPARQL twin that returns the same rows on the same facts.

Each query is a pair of files, ``cypher/NAME.cypher`` and ``sparql/NAME.rq``,
whose header comments give its purpose, parameters and an example call.
Parameters are always passed as query parameters (Cypher ``$name``; SPARQL
``?name_param`` bound through ``initBindings``), never pasted into query text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.errors import KGError

_PARAM = re.compile(r"(\w+) \(([^)]*)\)")


@dataclass(frozen=True)
class Param:
    name: str
    doc: str

    @property
    def optional(self) -> bool:
        return self.doc.startswith("optional")


@dataclass(frozen=True)
class Query:
    name: str
    purpose: str
    params: tuple[Param, ...]
    example: str
    cypher: str
    sparql: str

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Check the parameters: every required one given, no unknown ones."""
        known = {p.name for p in self.params}
        unknown = set(given) - known
        if unknown:
            raise KGError(f"query {self.name!r} has no parameter {sorted(unknown)[0]!r}",
                          hint=f"its parameters: {', '.join(sorted(known)) or 'none'}")
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name in given:
                out[p.name] = given[p.name]
            elif p.optional:
                out[p.name] = None
            else:
                raise KGError(f"query {self.name!r} needs --param {p.name}=...",
                              hint=f"{p.name}: {p.doc}; example: {self.example}")
        return out


def _header(text: str, marker: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if not line.startswith(marker):
            break
        key, _, value = line[len(marker):].strip().partition(":")
        out[key.strip()] = value.strip()
    return out


@lru_cache(maxsize=1)
def load_queries() -> dict[str, Query]:
    root = resources.files("kg.queries")
    queries = {}
    for f in sorted((root / "cypher").iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".cypher"):
            continue
        name = f.name[: -len(".cypher")]
        cypher = f.read_text(encoding="utf-8")
        sparql = (root / "sparql" / f"{name}.rq").read_text(encoding="utf-8")
        head = _header(cypher, "//")
        params = tuple(Param(n, d) for n, d in _PARAM.findall(head.get("params", "")))
        queries[name] = Query(name, head.get("purpose", ""), params, head.get("example", ""),
                              cypher, sparql)
    return queries


def get(name: str) -> Query:
    queries = load_queries()
    if name not in queries:
        raise KGError(f"no query named {name!r}", hint="`kg query --list` shows them")
    return queries[name]


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, bool)):
        return value
    return str(value)


def run_cypher(driver: Any, name: str, params: dict[str, Any],
               database: str | None = None) -> list[dict[str, Any]]:
    q = get(name)
    records = driver.execute_query(q.cypher, parameters_=q.bind(params),
                                   database_=database).records
    return [{k: _plain(v) for k, v in r.items()} for r in records]


def run_sparql(graph: Any, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    from rdflib import Literal
    from rdflib.plugins.sparql import prepareQuery

    q = get(name)
    bound = q.bind(params)
    bindings = {f"{k}_param": Literal(v) for k, v in bound.items() if v is not None}
    result = graph.query(prepareQuery(q.sparql), initBindings=bindings)
    rows = []
    for row in result:
        rows.append({str(var): _sparql_value(row[var]) for var in result.vars})
    if "limit" in bound and bound["limit"] is not None:
        rows = rows[: int(bound["limit"])]
    return rows


def run_sparql_store(store: Any, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The SPARQL twin on a pyoxigraph Store (``kg.rdfio.open_store``), the
    parameters given as literals. The default graph is the merge of the article
    graphs (``open_store`` makes it), or, if it is empty (a store built
    elsewhere), the union of the named graphs: the twins give the same rows on
    both (tests/test_queries.py), though on the union a busy actor's label is
    met once per article and some twins are much slower."""
    q = get(name)
    bound = q.bind(params)
    given = {f"{k}_param": v for k, v in bound.items() if v is not None}
    union = _default_is_empty(store)
    plan = _PLANS.get(name)
    if plan is not None:
        rows = plan(store, given, union)
    else:
        rows = _run(store, _names_resolved(store, q.sparql, given, union), given, union)
    if "limit" in bound and bound["limit"] is not None:
        rows = rows[: int(bound["limit"])]
    return rows


_PREFIX = re.compile(r"PREFIX\s+(\w*):\s*<([^>]*)>", re.IGNORECASE)
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _iris(sparql: str) -> set[str]:
    """The IRIs a query's text names: full ``<...>`` ones (not its PREFIX lines'),
    prefixed names of its prefixes, and ``a`` (rdf:type)."""
    prefixes = dict(_PREFIX.findall(sparql))
    body = _PREFIX.sub("", "\n".join(line.split("#", 1)[0] if line.lstrip().startswith("#")
                                     else line for line in sparql.splitlines()))
    body = re.sub(r'"(?:[^"\\]|\\.)*"', '""', body)  # no names inside strings
    out = set(re.findall(r"<([^<>\s]+)>", body))
    for prefix, local in re.findall(r"(?<![\w?$:])(\w*):([A-Za-z_][\w.-]*\w|[A-Za-z_])", body):
        if prefix in prefixes:
            out.add(prefixes[prefix] + local)
    if re.search(r"\sa\s", body):
        out.add(_RDF_TYPE)
    return out


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every IRI the named queries (their .rq files and the plans below) name:
    they match predicates and classes by name only (a variable predicate is
    always held to named ones by ``FILTER ... IN``), so a store for them needs
    only the triples whose predicate is one of these, and of the ``rdf:type``
    ones only those whose class is (``rdfio.open_store(only=...)``): on kg's
    datasets under a third of the triples (provenance, text offsets and
    confidences are left out), and the store is built in a third of the time.
    tests/test_queries.py holds every twin to the same rows on the whole store."""
    texts = [q.sparql for q in load_queries().values()]
    texts += [_NEIGHBOURS % ("", "", ""), _LABELS % "", _ACTORS_NAMED, *_HASHED.values()]
    texts += [f"PREFIX kg: <{_KG}>\nPREFIX org: <{_ORG}>\nPREFIX sem: <{_SEM}>\n"
              + " ".join(_TIES)]
    return frozenset().union(*map(_iris, texts))


def _default_is_empty(store: Any) -> bool:
    import pyoxigraph as ox

    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None


def run_sparql_text(store: Any, sparql: str,
                    bindings: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """A SELECT (or ASK) query on a pyoxigraph Store; rows as dicts of plain
    values (numbers as numbers). A store whose default graph is empty gets it
    filled first with the merge (a set) of its named graphs, as a kept store has."""
    if _default_is_empty(store):
        from kg.rdfio import merge_default

        merge_default(store)
    return _run(store, sparql, bindings, False)


def _run(store: Any, sparql: str, bindings: dict[str, str] | None,
         union: bool) -> list[dict[str, Any]]:
    import pyoxigraph as ox

    if bindings:
        sparql = _with_values(sparql, bindings)
    try:
        result = store.query(sparql, use_default_graph_as_union=union)
    except SyntaxError as exc:
        raise KGError(f"the SPARQL query does not parse: {exc}",
                      hint="check it, e.g. with a PREFIX line for each prefix used") from exc
    if isinstance(result, (bool, ox.QueryBoolean)):  # pyoxigraph answers ASK with QueryBoolean
        return [{"ask": bool(result)}]
    if not isinstance(result, ox.QuerySolutions):
        raise KGError("kg sparql runs SELECT and ASK queries",
                      hint="CONSTRUCT results: use a SPARQL endpoint or rdflib")
    names = [v.value for v in result.variables]
    return [{n: _ox_value(sol[n]) for n in names} for sol in result]


#: The twins' idiom for "the actor any of whose names is the parameter, in any case".
_NAME_MATCH = re.compile(
    r"\?(?P<v>\w+) skos:prefLabel\|skos:altLabel \?(?P=v)_name \.\s*"
    r"FILTER\(LCASE\(STR\(\?(?P=v)_name\)\) = LCASE\(STR\(\?(?P<p>\w+_param)\)\)\)")
_ACTORS_NAMED = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x WHERE {
  ?x skos:prefLabel|skos:altLabel ?n .
  FILTER(LCASE(STR(?n)) = LCASE(STR(?q)))
}"""


def _names_resolved(store: Any, sparql: str, bindings: dict[str, Any],
                    union: bool = False) -> str:
    """The query with each actor-name match replaced by ``VALUES`` of the actors
    that name picks out, looked up first. Same rows; but a store's planner, given
    the label scan inside a larger join, may scan the facts first: the lookup
    alone takes milliseconds, and the query on a 3,000-article store goes from
    seconds to a fraction of one. A match whose name variable is used elsewhere
    is left as it is."""

    def actors(m: re.Match[str]) -> str:
        v, p = m["v"], m["p"]
        if p not in bindings or sparql.count(f"?{v}_name") != 2:
            return m.group(0)
        iris = " ".join(str(x) for x in _actors_named(store, bindings[p], union))
        return f"VALUES ?{v} {{ {iris} }}"

    return _NAME_MATCH.sub(actors, sparql)


def _actors_named(store: Any, name: str, union: bool) -> list[Any]:
    """The actors (IRIs) any of whose labels is ``name``, in any case."""
    import pyoxigraph as ox

    found = store.query(_with_values(_ACTORS_NAMED, {"q": name}),
                        use_default_graph_as_union=union)
    return [sol["x"] for sol in found if isinstance(sol["x"], ox.NamedNode)]


# ------------------------------------------------------------------ plans for a store
_KG = "https://w3id.org/kg/ont#"
_ORG = "http://www.w3.org/ns/org#"
_SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
#: The predicates that tie a fact to an actor (shortest_path's relationships).
_TIES = ("kg:speaker", "kg:obligor", "kg:counterpart", "sem:hasActor", "org:member",
         "org:organization")
_NEIGHBOURS = """PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT DISTINCT ?a ?m WHERE {
  VALUES ?a { %s }
  ?f ?p1 ?a . ?f ?p2 ?m .
  FILTER(?p1 IN (%s)) FILTER(?p2 IN (%s)) FILTER(?m != ?a)
}"""
_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?n ?l WHERE { VALUES ?n { %s } ?n skos:prefLabel ?l }"""


def _shortest_path(store: Any, given: dict[str, Any], union: bool) -> list[dict[str, Any]]:
    """shortest_path.rq's rows, planned for a large store: as one query the
    two-hop branch joins every fact of ``a`` with every fact of each actor met
    there (minutes for two busy actors). Here each actor named ``a`` or ``b`` gets
    its neighbours (the actors sharing a fact with it) from one query; a pair
    sharing a fact is one hop; a pair that does not is joined through each
    common neighbour (two hops); labels come last. The same rows as the query:
    tests/test_queries.py compares them with rdflib's answer on the .rq."""
    xs = _actors_named(store, given["a_param"], union)
    ys = _actors_named(store, given["b_param"], union)
    if not xs or not ys:
        return []
    ties = ", ".join(_TIES)
    ends = " ".join(str(n) for n in {*xs, *ys})
    near: dict[str, set[str]] = {}
    for sol in store.query(_NEIGHBOURS % (ends, ties, ties), use_default_graph_as_union=union):
        near.setdefault(sol["a"].value, set()).add(sol["m"].value)
    hops: list[tuple[int, str, str | None, str]] = []
    for x in {n.value for n in xs}:
        for y in {n.value for n in ys}:
            if x == y:
                continue
            nx = near.get(x, set())
            if y in nx:
                hops.append((1, x, None, y))
            else:
                hops.extend((2, x, m, y) for m in nx & near.get(y, set()) if m not in (x, y))
    if not hops:
        return []
    import pyoxigraph as ox

    nodes = {n for h in hops for n in h[1:] if n is not None}
    labels: dict[str, list[str]] = {}
    text = _LABELS % " ".join(str(ox.NamedNode(n)) for n in nodes)
    for sol in store.query(text, use_default_graph_as_union=union):
        labels.setdefault(sol["n"].value, []).append(sol["l"].value)
    paths: set[tuple[int, str]] = set()
    for n, x, m, y in hops:
        for xl in labels.get(x, ()):
            for yl in labels.get(y, ()):
                if m is None:
                    paths.add((n, f"{xl} > {yl}"))
                else:
                    paths.update((n, f"{xl} > {ml} > {yl}") for ml in labels.get(m, ()))
    return [{"hops": n, "path": p} for n, p in sorted(paths, key=lambda r: (r[1], r[0]))]


_PREFIXES = """PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
#: Twins written again for a large store: the .rq's patterns, with the facts'
#: and labels' triples fetched in subqueries (``SELECT DISTINCT``), which
#: pyoxigraph joins by hashing, one scan per predicate, where the .rq makes it
#: look each fact's triples up one by one (on a kept 3,000-article store with a
#: busy actor or a common word, measured in one process: said_about 0.7 -> 0.3 s
#: CPU, co_mentioned 0.8 -> 0.3 s, commitments_by 0.4 -> 0.1 s). DISTINCT keeps a
#: store queried as the union of its graphs from repeating a label once per
#: graph; each outer query groups as the .rq does, so the rows are the .rq's
#: (tests/test_queries.py holds them to rdflib's answer on the .rq). ``@PARAMS@``
#: is where the parameters' VALUES go.
_HASHED = {
    "said_about": _PREFIXES + """SELECT ?speaker ?mode ?date ?content ?article WHERE {
  { SELECT DISTINCT ?s ?content WHERE {
      @PARAMS@
      ?s a kg:Statement ; schema:text ?content .
      FILTER(CONTAINS(LCASE(STR(?content)), LCASE(STR(?topic_param)))) } }
  { SELECT DISTINCT ?s ?x WHERE { ?s kg:speaker ?x } }
  { SELECT DISTINCT ?s ?m WHERE { ?s kg:mode ?m } }
  { SELECT DISTINCT ?s ?a WHERE { ?s kg:article ?a } }
  OPTIONAL { ?s dcterms:date ?d }
  BIND(STR(?d) AS ?date)
  BIND(STRAFTER(STR(?m), "#") AS ?mode)
  { SELECT DISTINCT ?x ?speaker WHERE { ?x skos:prefLabel ?speaker } }
  { SELECT DISTINCT ?a ?article WHERE { ?a schema:identifier ?article } }
} GROUP BY ?s ?speaker ?mode ?date ?content ?article
ORDER BY ?date ?speaker ?content""",
    "co_mentioned": _PREFIXES + """SELECT ?actor (COUNT(DISTINCT ?a) AS ?articles) WHERE {
  { SELECT DISTINCT ?x ?a WHERE {
      @PARAMS@
      ?x skos:prefLabel|skos:altLabel ?x_name .
      FILTER(LCASE(STR(?x_name)) = LCASE(STR(?actor_param)))
      ?x kg:article ?a } }
  { SELECT DISTINCT ?o ?a ?on WHERE { ?o skos:prefLabel ?on ; kg:article ?a } }
  FILTER(?o != ?x)
  BIND(STR(?on) AS ?actor)
} GROUP BY ?actor ORDER BY DESC(?articles) ?actor""",
    "commitments_by": _PREFIXES + """SELECT ?actor ?status ?action ?date ?article WHERE {
  @PARAMS@
  { SELECT DISTINCT ?c ?x WHERE {
      @PARAMS@
      ?x skos:prefLabel|skos:altLabel ?x_name .
      FILTER(LCASE(STR(?x_name)) = LCASE(STR(?actor_param)))
      ?c kg:obligor ?x } }
  { SELECT DISTINCT ?c WHERE { ?c a kg:Commitment } }
  { SELECT DISTINCT ?c ?action WHERE { ?c kg:action ?action } }
  { SELECT DISTINCT ?c ?st WHERE { ?c kg:status ?st } }
  { SELECT DISTINCT ?c ?a WHERE { ?c kg:article ?a } }
  OPTIONAL { ?c dcterms:date ?d }
  BIND(STR(?d) AS ?date)
  ?x skos:prefLabel ?xl . BIND(STR(?xl) AS ?actor)
  BIND(STRAFTER(STR(?st), "#") AS ?status)
  FILTER(!BOUND(?status_param) || ?status = STR(?status_param))
  { SELECT DISTINCT ?a ?article WHERE { ?a schema:identifier ?article } }
} GROUP BY ?c ?actor ?status ?action ?date ?article
ORDER BY ?date ?status ?action""",
}


def _hashed(name: str) -> Any:
    def plan(store: Any, given: dict[str, Any], union: bool) -> list[dict[str, Any]]:
        text = _names_resolved(store, _HASHED[name], given, union)
        text = text.replace("@PARAMS@", _values(given))
        return _run(store, text, None, union)

    plan.__doc__ = f"{name}.rq's rows, its triples joined by hashing (see _HASHED)."
    return plan


_PLANS = {"shortest_path": _shortest_path, **{name: _hashed(name) for name in _HASHED}}


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _with_values(sparql: str, bindings: dict[str, str]) -> str:
    """The query with the parameters as a VALUES block opening its WHERE clause:
    each value a JSON-escaped string literal, so a value is always data, never
    query text (pyoxigraph's substitutions only reach projected variables)."""
    m = _WHERE.search(sparql)
    if m is None:
        raise KGError("a query with parameters needs a WHERE clause")
    return f"{sparql[:m.end()]}\n  {_values(bindings)}{sparql[m.end():]}"


def _values(bindings: dict[str, Any]) -> str:
    """The parameters as a VALUES block (empty for none), each value a
    JSON-escaped string literal."""
    if not bindings:
        return ""
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(json.dumps(str(v), ensure_ascii=True) for v in bindings.values())
    return f"VALUES ({names}) {{ ({values}) }}"


_NUMERIC = {"http://www.w3.org/2001/XMLSchema#integer", "http://www.w3.org/2001/XMLSchema#long",
            "http://www.w3.org/2001/XMLSchema#int",
            "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"}


def _ox_value(term: Any) -> Any:
    if term is None:
        return None
    import pyoxigraph as ox

    if isinstance(term, ox.Literal) and term.datatype.value in _NUMERIC:
        try:
            return int(term.value)
        except ValueError:
            return term.value
    return term.value


def _sparql_value(term: Any) -> Any:
    if term is None:
        return None
    value = term.toPython() if hasattr(term, "toPython") else term
    if isinstance(value, int):
        return value
    return str(value)


__all__ = ["Param", "Query", "get", "load_queries", "run_cypher", "run_sparql",
           "run_sparql_store", "run_sparql_text", "vocabulary"]
