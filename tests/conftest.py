from __future__ import annotations

import os
import socket
from urllib.parse import urlparse

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden files (review the diff before committing)")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract (unvalidated) facts from a text written for the test."""
    from kg.article import make_article
    from kg.pipeline import extract_facts

    def run(text: str, published: str = "2026-03-12"):
        article = make_article(text, {}, "t", published)
        return next(extract_facts(nlp, [article]))

    return run


def _reachable(uri: str) -> bool:
    u = urlparse(uri)
    try:
        with socket.create_connection((u.hostname or "127.0.0.1", u.port or 7687), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
    if not _reachable(uri):
        if os.environ.get("KG_REQUIRE_NEO4J"):
            pytest.fail(f"KG_REQUIRE_NEO4J is set but no Neo4j answers at {uri}")
        pytest.skip(f"no Neo4j server at {uri} (start one with scripts/neo4j start)")
    return uri


@pytest.fixture()
def neo4j_driver(neo4j_uri):
    import neo4j

    driver = neo4j.GraphDatabase.driver(neo4j_uri, notifications_min_severity="OFF")
    for stmt in ("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
                 "MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS n"):
        while driver.execute_query(stmt).records[0]["n"]:
            pass
    yield driver
    driver.close()
