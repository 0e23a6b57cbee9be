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
    """The SPARQL twin on a pyoxigraph Store (``kg.rdfio.open_store``: the default
    graph is the merge of the article graphs), the parameters given as literals."""
    q = get(name)
    bound = q.bind(params)
    given = {f"{k}_param": v for k, v in bound.items() if v is not None}
    rows = run_sparql_text(store, _names_resolved(store, q.sparql, given), given)
    if "limit" in bound and bound["limit"] is not None:
        rows = rows[: int(bound["limit"])]
    return rows


def run_sparql_text(store: Any, sparql: str,
                    bindings: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """A SELECT (or ASK) query on a pyoxigraph Store; rows as dicts of plain
    values (numbers as numbers)."""
    import pyoxigraph as ox

    if bindings:
        sparql = _with_values(sparql, bindings)
    try:
        result = store.query(sparql)
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


def _names_resolved(store: Any, sparql: str, bindings: dict[str, Any]) -> str:
    """The query with each actor-name match replaced by ``VALUES`` of the actors
    that name picks out, looked up first. Same rows; but a store's planner, given
    the label scan inside a larger join, may scan the facts first: the lookup
    alone takes milliseconds, and the query on a 3,000-article store goes from
    seconds to a fraction of one. A match whose name variable is used elsewhere
    is left as it is."""
    import pyoxigraph as ox

    def actors(m: re.Match[str]) -> str:
        v, p = m["v"], m["p"]
        if p not in bindings or sparql.count(f"?{v}_name") != 2:
            return m.group(0)
        found = [sol["x"] for sol in store.query(_with_values(_ACTORS_NAMED, {"q": bindings[p]}))]
        iris = " ".join(str(x) for x in found if isinstance(x, ox.NamedNode))
        return f"VALUES ?{v} {{ {iris} }}"

    return _NAME_MATCH.sub(actors, sparql)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _with_values(sparql: str, bindings: dict[str, str]) -> str:
    """The query with the parameters as a VALUES block opening its WHERE clause:
    each value a JSON-escaped string literal, so a value is always data, never
    query text (pyoxigraph's substitutions only reach projected variables)."""
    m = _WHERE.search(sparql)
    if m is None:
        raise KGError("a query with parameters needs a WHERE clause")
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(json.dumps(str(v), ensure_ascii=True) for v in bindings.values())
    return f"{sparql[:m.end()]}\n  VALUES ({names}) {{ ({values}) }}{sparql[m.end():]}"


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
           "run_sparql_store", "run_sparql_text"]
