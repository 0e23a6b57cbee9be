#!/usr/bin/env python3
"""Bolt load against bulk import of the same facts: relationships/s of each, and the ratio.

    python bench/neo4j_bulk.py [ARTICLES.jsonl] [--sizes 300,3000] [--sample 100]
                               [--workers N] [--uri bolt://127.0.0.1:7687] [--cache FILE]

Real facts are extracted once from the first ``--sample`` bench articles and
cached (bench/rdf_speed.py's cache), then repeated under new article ids up to
each of ``--sizes``. The Bolt run loads them with Neo4jLoader (100 articles per
transaction) into a server of its own, started for the run with an empty database
(a temporary NEO4J_HOME, the bulk run's launcher and settings), so both paths start
from the same state: a freshly started server with nothing in it, whose first
queries are slow until its JIT warms up; neither run sends an untimed query
first (the first the Bolt server gets is the loader's, timed, as the bulk
server's first is after-import.cypher's). With ``--bolt-server given`` it loads into
the server at ``--uri`` instead, which it EMPTIES first (warm after earlier runs,
and with kg's schema already there, as for incremental loads). The bulk run
times, each on its own: ``kg.loaders.neo4j_import`` writing the CSV files
(``--workers`` processes, default as ``kg export``), ``scripts/neo4j import
--tool-only`` building a new database from them with neo4j-admin (a temporary
NEO4J_HOME; the JVM's start counts), and after-import.cypher (kg's constraints
and indexes) on a server started on that database; the server's start is printed
but not counted (a Bolt load needs a running server too). Bulk relationships/s is
over the sum of the three. The import tool's start and the server's schema work
are fixed costs; the marginal rates between the smallest and largest size leave
them out. On a shared machine wall time measures the contention as much as kg,
so it prints CPU seconds too: this process and its children (the export's
workers, the import tool) and the server's own (from its pid file: the Bolt
server's is --server-pid-file with ``--bolt-server given``). It prints the figures
of one run and whether
both graphs have the same counts. When tools/neo4j/lib lacks the server's or the
import tool's class-data archive (scripts/neo4j writes them on their first
runs), a small untimed Bolt load and import write them first.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import neo4j

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_speed import CORPUS, sample_facts, scaled

from kg.loaders.neo4j import Neo4jLoader
from kg.loaders.neo4j_import import export_neo4j_import, run_after_import
from kg.validate import Report

ROOT = Path(__file__).resolve().parents[1]
#: the import tool's own time, from "Import starting" on (the rest is its JVM's start)
IMPORT_DONE = re.compile(r"^IMPORT DONE in (?:(?P<m>\d+)m )?(?:(?P<s>\d+)s )?(?:(?P<ms>\d+)ms)?",
                         re.M)
COUNTS = ("CALL () { MATCH (n) RETURN count(n) AS nodes } "
          "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels")


def wipe(driver: neo4j.Driver) -> None:
    for stmt in ("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
                 "MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS n"):
        while driver.execute_query(stmt).records[0]["n"]:
            pass


def cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def server_cpu(pidfile: Path | None) -> float:
    """CPU seconds of the server whose pid is in ``pidfile`` (0 if unknown)."""
    try:
        pid = pidfile.read_text().strip() if pidfile else ""
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A server of its own for a run: a temporary NEO4J_HOME and a free Bolt port,
    started and stopped with scripts/neo4j (the time of its start is kept apart)."""

    def __init__(self, home: Path) -> None:
        self.home, self.port = home, free_port()
        self.env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_PORT": str(self.port),
                    "NEO4J_HTTP_PORT": "0"}
        self.uri = f"bolt://127.0.0.1:{self.port}"
        self.pidfile = home / "neo4j.pid"
        self.start_s = 0.0

    def neo4j(self, *args: str, check: bool = True) -> None:
        subprocess.run([str(ROOT / "scripts/neo4j"), *args], env=self.env, check=check,
                       stdout=subprocess.DEVNULL)

    def start(self) -> None:
        t = time.perf_counter()
        self.neo4j("start")
        self.start_s = time.perf_counter() - t

    def stop(self) -> None:
        self.neo4j("stop", check=False)


def bolt_run(uri: str | None, facts: list, pidfile: Path | None,
             fresh: bool = False) -> dict[str, Any]:
    """Load ``facts`` through Bolt into ``uri`` (emptied first), or with ``uri`` None
    into a freshly started server of its own (``fresh``: its first query is the
    loader's, timed, as the bulk run's first is after-import.cypher's)."""
    if uri is None:
        tmp = Path(tempfile.mkdtemp(prefix="kg-neo4j-bolt-"))
        server = Server(tmp / "home")
        server.start()
        try:
            return {**bolt_run(server.uri, facts, server.pidfile, fresh=True),
                    "start": server.start_s}
        finally:
            server.stop()
            shutil.rmtree(tmp, ignore_errors=True)
    with neo4j.GraphDatabase.driver(uri, notifications_min_severity="OFF") as driver:
        if not fresh:  # a fresh server is empty: no untimed query warms it up
            wipe(driver)
        t, c0, s0 = time.perf_counter(), cpu(), server_cpu(pidfile)
        with Neo4jLoader(uri, batch_size=100) as loader:
            for f in facts:
                loader.load(Report(f))
        secs = time.perf_counter() - t
        used = cpu() - c0 + server_cpu(pidfile) - s0
        c = driver.execute_query(COUNTS).records[0]
    return {"s": secs, "cpu": used, "rels": loader.result.relationships,
            "graph": (c["nodes"], c["rels"])}


def bulk_run(facts: list, workers: int | None) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="kg-neo4j-bulk-"))
    t, c0 = time.perf_counter(), cpu()
    written = export_neo4j_import(facts, tmp / "import", workers)
    export_s, export_cpu = time.perf_counter() - t, cpu() - c0
    server = Server(tmp / "home")
    t, c0 = time.perf_counter(), cpu()
    server.neo4j("import", str(tmp / "import"), "--tool-only")
    import_s, import_cpu = time.perf_counter() - t, cpu() - c0
    done = IMPORT_DONE.search((server.home / "import.log").read_text(encoding="utf-8"))
    tool_s = (60 * int(done["m"] or 0) + int(done["s"] or 0) + int(done["ms"] or 0) / 1000
              if done else float("nan"))
    server.start()
    start_s = server.start_s
    try:
        uri, pidfile = server.uri, server.pidfile
        t, c0, s0 = time.perf_counter(), cpu(), server_cpu(pidfile)
        run_after_import(uri, tmp / "import")
        after_s = time.perf_counter() - t
        after_cpu = cpu() - c0 + server_cpu(pidfile) - s0
        with neo4j.GraphDatabase.driver(uri, notifications_min_severity="OFF") as driver:
            c = driver.execute_query(COUNTS).records[0]
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return {"export": export_s, "import": import_s, "tool": tool_s, "after": after_s,
            "start": start_s,
            "s": export_s + import_s + after_s, "rels": written["relationships"],
            "cpu_export": export_cpu, "cpu_import": import_cpu, "cpu_after": after_cpu,
            "cpu": export_cpu + import_cpu + after_cpu,
            "graph": (c["nodes"], c["rels"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles_file", nargs="?", default=CORPUS)
    ap.add_argument("--sizes", default="300,3000",
                    help="article counts; with two or more, the marginal rates between the "
                         "smallest and the largest are printed too (fixed costs cancel)")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--workers", type=int, default=None,
                    help="processes writing the CSV files (default: kg's, the usable cores "
                         "up to 8)")
    ap.add_argument("--bolt-server", choices=("fresh", "given"), default="fresh",
                    help="fresh (default): the Bolt run loads into a server started for it, "
                         "empty, as the bulk run's; given: into the server at --uri, emptied "
                         "first (warm from earlier runs, its schema already made)")
    ap.add_argument("--uri", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    ap.add_argument("--server-pid-file", type=Path,
                    default=Path(os.environ.get("NEO4J_HOME", ROOT / ".neo4j")) / "neo4j.pid",
                    help="the --uri server's pid file, to count its CPU in the Bolt run "
                         "(default: NEO4J_HOME's, as scripts/neo4j writes it)")
    ap.add_argument("--cache", type=Path,
                    default=Path(tempfile.gettempdir()) / "kg-rdf-speed-facts.jsonl")
    args = ap.parse_args()
    base = sample_facts(args.articles_file, args.sample, args.cache)
    sizes = [int(x) for x in args.sizes.split(",")]
    lib = ROOT / "tools/neo4j/lib"
    if not ((lib / "neo4j-admin.jsa").exists() and (lib / "neo4j-server.jsa").exists()):
        print("(a first, untimed Bolt load and import write the server's and the import "
              "tool's class-data archives)")
        bolt_run(None, base[:3], None)
        bulk_run(base[:3], 1)
    print(f"{'articles':>8} {'path':<22} {'seconds':>8} {'relationships':>13} {'rels/s':>9} "
          f"{'CPU s':>7} {'rels/CPU s':>10}")
    runs = {}
    for size in sizes:
        facts = scaled(base, size)
        bolt = (bolt_run(args.uri, facts, args.server_pid_file) if args.bolt_server == "given"
                else bolt_run(None, facts, None))
        bulk = bulk_run(facts, args.workers)
        runs[size] = (bolt, bulk)
        rows = [("Bolt (Neo4jLoader)", bolt["s"], bolt["cpu"]),
                ("bulk: export CSV", bulk["export"], bulk["cpu_export"]),
                ("bulk: neo4j-admin", bulk["import"], bulk["cpu_import"]),
                ("bulk: after-import", bulk["after"], bulk["cpu_after"]),
                ("bulk: total", bulk["s"], bulk["cpu"])]
        for label, secs, used in rows:
            per_cpu = f"{bolt['rels'] / used:>10,.0f}" if used else f"{'?':>10}"
            print(f"{size:>8} {label:<22} {secs:>8.1f} {bolt['rels']:>13,} "
                  f"{bolt['rels'] / secs:>9,.0f} {used:>7.1f} {per_cpu}")
        starts = (f"{bolt['start']:.1f} s for Bolt's, " if "start" in bolt else "") + \
            f"{bulk['start']:.1f} s after the import"
        print(f"{size:>8} (server starts, not counted: {starts}; neo4j-admin: "
              f"{bulk['tool']:.1f} s from its 'Import starting', the rest its JVM's start)")
        same = "same" if bolt["graph"] == bulk["graph"] else "DIFFERENT"
        print(f"{size:>8} bulk/Bolt {bolt['s'] / bulk['s']:.1f}x by wall time, "
              f"{bolt['cpu'] / bulk['cpu']:.1f}x by CPU; graphs: {bolt['graph'][0]:,} "
              f"nodes {bolt['graph'][1]:,} rels by Bolt, {same} counts by bulk")
    if len(sizes) > 1:
        (b0, k0), (b1, k1) = runs[sizes[0]], runs[sizes[-1]]
        extra = b1["rels"] - b0["rels"]
        rate_bolt = extra / (b1["s"] - b0["s"])
        rate_bulk = extra / (k1["s"] - k0["s"])

        def rate(part: str) -> str:
            d = k1[part] - k0[part]
            return f"{extra / d:,.0f}" if d > 0 else "n/a (no slower)"

        print(f"marginal, {sizes[0]}->{sizes[-1]} articles ({extra:,} more relationships): "
              f"Bolt {rate_bolt:,.0f} rels/s, bulk {rate_bulk:,.0f} rels/s "
              f"(export {rate('export')}, neo4j-admin {rate('import')}, after-import "
              f"{rate('after')}); bulk/Bolt {rate_bulk / rate_bolt:.1f}x")
        cpu_bolt, cpu_bulk = extra / (b1["cpu"] - b0["cpu"]), extra / (k1["cpu"] - k0["cpu"])
        print(f"marginal by CPU: Bolt {cpu_bolt:,.0f} rels per CPU second (client and server), "
              f"bulk {cpu_bulk:,.0f}; bulk/Bolt {cpu_bulk / cpu_bolt:.1f}x")


if __name__ == "__main__":
    main()
