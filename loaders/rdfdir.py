"""RDFDirLoader: one TriG file per article in a folder (``rdf:DIR``).

Each article's named graph is written to ``DIR/<name>.trig`` (``name`` from
``kg.ids.article_name``: distinct ids, distinct names) through a temporary
file and a rename, so a crash leaves each file whole, and loading an article
again replaces exactly its file. The first line of each file names the exact
article id, so a file that another article's name would overwrite is refused
(``NameClashError``) rather than lost. This is the ingest target for RDF: it costs
one small write per article however large the dataset grows. ``written(id)``
is the hash of the file just written, which ``missing`` checks later.
Files are written by pyoxigraph (kg.rdfio). ``read_dir`` gathers the files into
one rdflib Dataset; ``kg export`` streams them into one file instead.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from rdflib import Dataset

from kg import ids, rdfio, rdfquads
from kg.errors import LoaderError
from kg.ids import article_name
from kg.loaders import BaseLoader, LoadResult, NameClashError
from kg.loaders.rdf import write_atomic
from kg.rdf import bind
from kg.validate import Report

HEADER = "# kg article: "


def _digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def file_id(path: Path) -> str | None:
    """The article id in a file's first line (None for a file without one)."""
    try:
        with path.open("rb") as fh:
            first = fh.readline(4096).decode("utf-8", "replace")
    except OSError:
        return None
    if not first.startswith(HEADER):
        return None
    try:
        value = json.loads(first[len(HEADER):])
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, str) else None


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
        self.digests: dict[str, str] = {}

    def file_for(self, article_id: str) -> Path:
        return self.path / f"{article_name(article_id)}.trig"

    def load(self, report: Report) -> LoadResult:
        article_id = report.accepted.article.id
        path = self.file_for(article_id)
        holder = file_id(path)
        if holder is not None and holder != article_id:
            raise NameClashError(f"{path} holds article {holder!r}; article {article_id!r} has the "
                            "same name and was not written",
                            hint="give one of them another id")
        buf = io.BytesIO()
        rdfio.Writer(buf, "trig").write(rdfquads.article_triples(report.accepted),
                                        str(ids.graph_iri(article_id)))
        text = HEADER + json.dumps(article_id) + "\n" + buf.getvalue().decode("utf-8")
        try:
            write_atomic(path, text)
        except OSError as exc:
            raise LoaderError(f"{self.path}: cannot write ({exc.strerror})") from exc
        self.digests[article_id] = _digest(text.encode("utf-8"))
        r = LoadResult(articles=1, facts=report.accepted.count())
        self.result += r
        return r

    def written(self, article_id: str) -> str | None:
        return self.digests.get(article_id)

    def missing(self, expected: dict[str, str | None]) -> set[str]:
        """The articles whose file is gone, or differs from the hash written."""
        out = set()
        for article_id, digest in expected.items():
            try:
                data = self.file_for(article_id).read_bytes()
            except OSError:
                out.add(article_id)
                continue
            if digest and _digest(data) != digest:
                out.add(article_id)
        return out


def dir_files(path: str | Path) -> list[Path]:
    """The article files of a folder RDFDirLoader wrote, in name order."""
    return sorted(Path(path).glob("*.trig"))


def read_dir(path: str | Path) -> Dataset:
    """All the articles' graphs in a folder RDFDirLoader wrote, as one rdflib Dataset."""
    ds = Dataset()
    bind(ds)
    for f in dir_files(path):
        ds.parse(f, format="trig")
    return ds
