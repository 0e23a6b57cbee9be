"""RDFDirLoader: one TriG file per article in a folder (``rdf:DIR``).

Each article's named graph is written to ``DIR/<article-id>.trig`` through a
temporary file and a rename, so a crash leaves each file whole, and loading an
article again replaces exactly its file. This is the ingest target for RDF:
it costs one small write per article however large the dataset grows.
``read_dir`` gathers the files into one Dataset (e.g. for ``kg export``).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.article import slug
from kg.errors import LoaderError
from kg.loaders import BaseLoader, LoadResult
from kg.loaders.rdf import write_atomic
from kg.rdf import bind, facts_to_dataset
from kg.validate import Report


class RDFDirLoader(BaseLoader):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise LoaderError(f"{self.path}: exists and is not a folder",
                              hint="give rdf: a folder, or an RDF file name ending .trig/.nq/.ttl")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LoaderError(f"{self.path}: cannot create the folder ({exc.strerror})") from exc
        self.result = LoadResult()

    def file_for(self, article_id: str) -> Path:
        return self.path / f"{slug(article_id)}.trig"

    def load(self, report: Report) -> LoadResult:
        ds = Dataset()
        bind(ds)
        facts_to_dataset([report.accepted], ds)
        try:
            write_atomic(self.file_for(report.accepted.article.id), ds.serialize(format="trig"))
        except OSError as exc:
            raise LoaderError(f"{self.path}: cannot write ({exc.strerror})") from exc
        r = LoadResult(articles=1, facts=report.accepted.count())
        self.result += r
        return r


def read_dir(path: str | Path) -> Dataset:
    """All the articles' graphs in a folder RDFDirLoader wrote, as one Dataset."""
    ds = Dataset()
    bind(ds)
    for f in sorted(Path(path).glob("*.trig")):
        ds.parse(f, format="trig")
    return ds
