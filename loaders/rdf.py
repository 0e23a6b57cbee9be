"""RDFFileLoader: write accepted facts to an RDF file, format by suffix.

.ttl (Turtle, all articles' triples in one graph), .trig (one named graph per
article), .nq (N-Quads), .jsonld (JSON-LD with a @graph per article). An
existing file in a quad format is read first, so loading an article again
replaces its named graph and leaves the others; the file is written to a
temporary name and renamed, so a crash never leaves half a file. In a quad
format, ``missing`` tells which articles' named graphs the file no longer has,
and an article whose graph name holds another article's id is refused
(``NameClashError``) rather than replacing it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.loaders import BaseLoader, LoadResult, NameClashError
from rdflib import Dataset, Graph

from kg import ids
from kg.errors import LoaderError
from kg.rdf import bind, facts_to_dataset
from kg.validate import Report
from kg.vocab import SDO

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads",
           ".nquads": "nquads", ".jsonld": "json-ld", ".json-ld": "json-ld", ".nt": "nt"}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
FORMAT_NAMES = {"turtle": ".ttl", "ttl": ".ttl", "trig": ".trig", "nquads": ".nq",
                "jsonld": ".jsonld", "json-ld": ".jsonld", "nt": ".nt"}


def format_for(path: str | Path, fmt: str | None = None) -> str:
    if fmt:
        key = FORMAT_NAMES.get(fmt)
        if key is None:
            raise LoaderError(f"unknown RDF format {fmt!r}",
                              hint="use turtle, trig, nquads or jsonld")
        return FORMATS[key]
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise LoaderError(f"{path}: cannot tell the RDF format from the suffix {suffix!r}",
                          hint="name it .ttl, .trig, .nq or .jsonld, or pass --format")
    return FORMATS[suffix]


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def serialize(ds: Dataset, fmt: str) -> str:
    if fmt in QUAD_FORMATS:
        return ds.serialize(format=fmt)
    g = Graph()
    bind(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g.serialize(format=fmt)


class RDFFileLoader(BaseLoader):
    def __init__(self, path: str | Path, format: str | None = None, append: bool = True) -> None:
        self.path = Path(path)
        self.format = format_for(self.path, format)
        self.dataset = Dataset()
        self.result = LoadResult()
        if append and self.path.exists() and self.format in QUAD_FORMATS:
            try:
                self.dataset.parse(self.path, format=self.format)
            except Exception as exc:  # rdflib raises many kinds
                raise LoaderError(f"{self.path}: cannot read the existing file ({exc})",
                                  hint="move it away or write to a new file") from exc
        bind(self.dataset)

    def load(self, report: Report) -> LoadResult:
        article_id = report.accepted.article.id
        if self.format in QUAD_FORMATS:
            gid = ids.graph_iri(article_id)
            held = {str(o) for o in self.dataset.graph(gid).objects(
                ids.article_iri(article_id), SDO.identifier)}
            if held and article_id not in held:
                raise NameClashError(f"{self.path}: graph {gid} holds article {sorted(held)[0]!r}; "
                                f"article {article_id!r} has the same name and was not written",
                                hint="give one of them another id")
        facts_to_dataset([report.accepted], self.dataset)
        r = LoadResult(articles=1, facts=report.accepted.count())
        self.result += r
        return r

    def missing(self, expected: dict[str, str | None]) -> set[str]:
        """The articles whose named graph the file does not have (quad formats)."""
        if self.format not in QUAD_FORMATS:
            return set()
        have = {c.identifier for c in self.dataset.contexts()}
        return {i for i in expected if ids.graph_iri(i) not in have}

    def flush(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, serialize(self.dataset, self.format))


