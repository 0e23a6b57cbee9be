"""Queries from Python, answered as pandas DataFrames (``kg.query``, ``kg.cypher``,
``kg.sparql``); needs the ``frames`` extra (pandas).

- ``query(name, rdf=PATHS | store=DIR | uri=NEO4J_URI, **params)`` runs a named query
  of the query library (``kg query --list``): its SPARQL twin over RDF files kg
  wrote, or its Cypher over Neo4j. Parameters are checked as ``kg query`` checks
  them (kg.params: a bad one raises ParamError naming the allowed values), and a
  name given in the wrong case is put right when the graph holds it (with a
  UserWarning saying so), as on the command line.
- ``cypher(text, uri=..., **params)`` runs Cypher text with ``$params``.
- ``sparql(text, rdf=PATHS, store=DIR)`` runs a SPARQL SELECT (or ASK) over RDF.

RDF is read from files, folders or globs (a string or a list of them, as
``kg sparql --rdf``), or from a pyoxigraph store: a folder kept by ``store=DIR``
(reused by later calls, as ``kg query --store``) or an open ``pyoxigraph.Store``.
Without ``rdf`` or ``store`` a query runs on Neo4j at ``uri`` (default
``NEO4J_URI``, with ``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``).

Columns are the query's variables, in its order, also when no row answers.
Python keywords cannot be keyword arguments: write ``from_="2026-01-01"`` (or
``**{"from": ...}``) for the ``from`` parameter.
"""

from __future__ import annotations

import keyword
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.errors import KGError

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

Paths = str | Iterable[str]


def _pandas() -> Any:
    try:
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:
        raise KGError("kg.query, kg.cypher and kg.sparql answer with pandas DataFrames, "
                      "and pandas is not installed",
                      hint="pip install 'kg[frames]' (or pip install pandas)") from exc
    return pd


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    pd = _pandas()
    if rows:
        columns = [*columns, *(k for k in rows[0] if k not in columns)]
    return pd.DataFrame(rows, columns=columns)


def _given(params: dict[str, Any]) -> dict[str, str]:
    """Keyword arguments as ``--param`` strings: ``from_`` is ``from``; None is left out."""
    out = {}
    for key, value in params.items():
        if key.endswith("_") and keyword.iskeyword(key[:-1]):
            key = key[:-1]
        if value is None:
            continue
        out[key] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return out


def _paths(rdf: Paths | None) -> list[str]:
    if rdf is None:
        return []
    return [rdf] if isinstance(rdf, str) else [str(p) for p in rdf]


def _store(rdf: Paths | None, store: Any, named: bool = True) -> Any:
    """A pyoxigraph store: the one given, or one holding the RDF files (``named=False``:
    only the merged default graph in memory, enough for the named queries)."""
    from kg import rdfio

    if store is not None and not isinstance(store, str) and hasattr(store, "query"):
        if rdf:
            raise KGError("give rdf= or an open store=, not both",
                          hint="load more files into the store, or pass store= a folder")
        return store
    paths = _paths(rdf)
    if not paths and store is None:
        raise KGError("no RDF to query", hint="give rdf=PATHS (files, folders, globs) "
                                             "or store=DIR")
    return rdfio.open_store(paths, store, note=lambda m: warnings.warn(m, stacklevel=4),
                            named=named)


def _variables(store: Any, sparql: str) -> list[str]:
    """The SELECT variables of ``sparql`` (pyoxigraph evaluates lazily: no row is read)."""
    try:
        result = store.query(sparql)
    except SyntaxError:
        return []
    names = getattr(result, "variables", None)
    return [v.value for v in names] if names is not None else []


def query(name: str, *, rdf: Paths | None = None, store: Any = None, uri: str | None = None,
          **params: Any) -> pd.DataFrame:
    """The rows of the named query ``name`` as a DataFrame (see the module docstring).

    >>> import kg
    >>> kg.query("commitments_by", rdf=[], actor="Ruritania", status="maybe")
    Traceback (most recent call last):
    ...
    kg.params.ParamError: status='maybe' is not one of agreed, proposed, conditional, \
demanded, refused
    """
    import kg.queries as queries
    from kg import params as qparams

    _pandas()  # fail before reading any RDF or connecting
    q = queries.get(name)
    values = qparams.check(q, _given(params))  # ParamError before anything is opened
    if rdf is not None or store is not None:
        st = _store(rdf, store, named=False)  # the named queries use no GRAPH
        rows = queries.run_sparql_store(st, name, values)
        return _frame(rows, _variables(st, q.sparql))

    def run(session: Any, database: str | None) -> tuple[list[dict[str, Any]], list[str]]:
        return _cypher_rows(session, q.cypher, values, database)

    return _on_neo4j(uri, run)


def cypher(text: str, *, uri: str | None = None, **params: Any) -> pd.DataFrame:
    """The rows of the Cypher query ``text`` on Neo4j at ``uri``, ``params`` as ``$name``.

    Values are passed as they are (numbers stay numbers); ``from_`` is ``$from``.
    """
    given = {(k[:-1] if k.endswith("_") and keyword.iskeyword(k[:-1]) else k): v
             for k, v in params.items()}
    return _on_neo4j(uri, lambda driver, db: _cypher_rows(driver, text, given, db))


def sparql(text: str, *, rdf: Paths | None = None, store: Any = None) -> pd.DataFrame:
    """The rows of the SPARQL SELECT ``text`` (or ``ask``: one row, one column) over
    RDF files ``rdf`` or a store; the default graph is the union of the articles'
    graphs, as for ``kg sparql``."""
    import kg.queries as queries

    _pandas()  # fail before reading any RDF
    st = _store(rdf, store)
    rows = queries.run_sparql_text(st, text)
    return _frame(rows, _variables(st, text) if not rows else [])


def _value(v: Any) -> Any:
    """A Neo4j value as plain Python: temporal values as ISO text, nodes and
    relationships as dicts of their properties, lists element by element."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [_value(x) for x in v]
    if isinstance(v, dict):
        return {k: _value(x) for k, x in v.items()}
    if hasattr(v, "iso_format"):
        return v.iso_format()
    if hasattr(v, "items") and hasattr(v, "element_id"):  # Node, Relationship
        return {k: _value(x) for k, x in v.items()}
    if hasattr(v, "nodes") and hasattr(v, "relationships"):  # Path
        return [_value(n) for n in v.nodes]
    return str(v)


def _cypher_rows(driver: Any, text: str, params: dict[str, Any],
                 database: str | None) -> tuple[list[dict[str, Any]], list[str]]:
    import neo4j

    try:
        result = driver.execute_query(text, parameters_=params, database_=database)
    except neo4j.exceptions.CypherSyntaxError as exc:
        raise KGError(f"the Cypher query does not parse: {exc.message}",
                      hint="check it, e.g. in the Neo4j Browser") from exc
    except neo4j.exceptions.ClientError as exc:
        raise KGError(f"Neo4j refused the query: {exc.message}") from exc
    keys = list(result.keys)
    return [{k: _value(r[k]) for k in keys} for r in result.records], keys


def _on_neo4j(uri: str | None, run: Any) -> pd.DataFrame:
    import neo4j

    from kg.errors import Neo4jUnavailable
    from kg.settings import Settings

    _pandas()  # fail before connecting
    settings = Settings()
    target = uri or settings.neo4j_uri
    auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
    try:
        driver = neo4j.GraphDatabase.driver(target, auth=auth,
                                            notifications_min_severity="OFF")
    except (ValueError, neo4j.exceptions.ConfigurationError) as exc:  # a URI it cannot use
        raise KGError(f"not a Neo4j URI: {target!r} ({exc})",
                      hint="e.g. bolt://127.0.0.1:7687 or neo4j://host:7687") from exc
    with driver:
        try:
            driver.verify_connectivity()
        except (neo4j.exceptions.ServiceUnavailable, OSError) as exc:
            raise Neo4jUnavailable(target) from exc
        rows, keys = run(driver, settings.neo4j_database)
    return _frame(rows, keys)


__all__ = ["cypher", "query", "sparql"]
