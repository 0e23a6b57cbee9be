"""RDFFileLoader: write accepted facts to an RDF file, format by suffix.

.ttl (Turtle, all articles' triples in one graph), .nt (N-Triples), .trig (one
named graph per article), .nq (N-Quads), .jsonld (compacted JSON-LD with kg's
@context and a @graph per article). pyoxigraph writes them (kg.rdfio): a new
file is written article by article as they come, in constant memory. An
existing file in a quad format is read first, so loading an article again
replaces its named graph and leaves the others; the file is written to a
temporary name and renamed, so a crash never leaves half a file. Articles new
to an existing TriG or N-Quads file are appended to it instead (the file's
previous length is noted first and restored if the append does not finish, even
after a crash: the next loader truncates it back), so a batch costs its own
size, not the file's. In a quad
format, ``missing`` tells which articles' named graphs the file no longer has,
and an article whose graph name holds another article's id is refused
(``NameClashError``) rather than replacing it.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from kg import ids, rdfio, rdfquads
from kg.errors import LoaderError
from kg.files import replacing
from kg.loaders import BaseLoader, LoadResult, NameClashError
from kg.validate import Report
from kg.vocab import SDO

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads",
           ".nquads": "nquads", ".jsonld": "json-ld", ".json-ld": "json-ld", ".nt": "nt"}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
#: Formats whose files take new named graphs by appending text to them.
APPENDABLE = {"trig", "nquads"}
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
    with replacing(path) as fh:
        fh.write(text)


def serialize(ds: Dataset, fmt: str) -> str:
    """An rdflib Dataset as text in ``fmt`` (written by pyoxigraph: linear in its size)."""
    buf = io.BytesIO()
    w = rdfio.Writer(buf, fmt)
    quads = sorted(rdfio.from_rdflib(ds), key=lambda q: str(q.graph_name))
    if fmt not in QUAD_FORMATS:
        quads = list(dict.fromkeys(
            ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads))
    w.write_quads(quads)
    w.close()
    return buf.getvalue().decode("utf-8")


class RDFFileLoader(BaseLoader):
    """Writes articles to one RDF file.

    A new file (or ``append=False``) is written as the articles come, through a
    temporary file renamed on ``flush``: constant memory, linear time. An existing
    file in a quad format, an article loaded twice, or loads after a ``flush``
    switch to a pyoxigraph store (read from the file once), so an article loaded
    again replaces its named graph. On ``flush`` articles new to a TriG or N-Quads
    file are appended to it (``_append``: linear in the batch); the store is dumped
    whole (linear in the file) only when a graph was replaced, or in other formats.
    """

    def __init__(self, path: str | Path, format: str | None = None, append: bool = True) -> None:
        self.path = Path(path)
        self.format = format_for(self.path, format)
        self.result = LoadResult()
        self.store: ox.Store | None = None
        self.seen: set[str] = set()
        self._tmp: Path | None = None
        self._fh: Any = None
        self._writer: rdfio.Writer | None = None
        self._pending: list[str] = []  # new articles' text, appended on flush
        self._rewrite = False  # the store holds what the file does not: dump it whole
        _recover(self.path)
        if append and self.path.exists() and self.format in QUAD_FORMATS:
            self.store = ox.Store()
            try:
                self.store.bulk_load(path=str(self.path), format=rdfio.OX_FORMATS[self.format])
            except (SyntaxError, OSError, ValueError) as exc:
                raise LoaderError(f"{self.path}: cannot read the existing file ({exc})",
                                  hint="move it away or write to a new file") from exc

    @property
    def dataset(self) -> Dataset:
        """What the loader holds, as an rdflib Dataset (reads the file if it streamed)."""
        self._to_store()
        assert self.store is not None
        return rdfio.to_dataset(self.store)

    # -- streaming
    def _open(self) -> rdfio.Writer:
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}",
                                       suffix=".tmp")
            self._tmp = Path(tmp)
            self._fh = os.fdopen(fd, "wb")
            self._writer = rdfio.Writer(self._fh, self.format)
        return self._writer

    def _finish(self) -> Path | None:
        """Close the streamed temporary file; its path (None if nothing streamed)."""
        if self._writer is None:
            return None
        self._writer.close()
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        tmp, self._writer, self._fh, self._tmp = self._tmp, None, None, None
        return tmp

    def _to_store(self) -> None:
        if self.store is not None:
            return
        self.store = ox.Store()
        tmp = self._finish()
        if tmp is not None:
            self._rewrite = True  # streamed, never published: the file lacks it
            try:
                self.store.bulk_load(path=str(tmp), format=rdfio.OX_FORMATS[self.format])
            finally:
                tmp.unlink(missing_ok=True)
        elif self.seen and self.path.exists():  # flushed before: the file is what was written
            self.store.bulk_load(path=str(self.path), format=rdfio.OX_FORMATS[self.format])

    def load(self, report: Report) -> LoadResult:
        article_id = report.accepted.article.id
        quad_format = self.format in QUAD_FORMATS
        if article_id in self.seen or (self._writer is None and self.seen):
            self._to_store()  # loaded again, or after a flush: keep the file whole
        if self.store is not None and quad_format:
            gid = ox.NamedNode(str(ids.graph_iri(article_id)))
            held = {str(getattr(q.object, "value", "")) for q in self.store.quads_for_pattern(
                ox.NamedNode(str(ids.article_iri(article_id))), ox.NamedNode(str(SDO.identifier)),
                None, gid)}
            if held and article_id not in held:
                raise NameClashError(f"{self.path}: graph {gid.value} holds article "
                                     f"{sorted(held)[0]!r}; article {article_id!r} has the same "
                                     "name and was not written",
                                     hint="give one of them another id")
        triples = rdfquads.article_triples(report.accepted)
        graph = str(ids.graph_iri(article_id)) if quad_format else None
        if self.store is not None:
            if graph is not None and self.store.contains_named_graph(ox.NamedNode(graph)):
                self.store.remove_graph(ox.NamedNode(graph))
                self._rewrite = True
            elif self.format in APPENDABLE and graph is not None:
                self._pending.append(rdfio.graph_text(triples, graph, self.format))
            else:
                self._rewrite = True
            self.store.load(rdfio.nquads_text(triples, graph).encode("utf-8"),
                            format=ox.RdfFormat.N_QUADS)
        else:
            self._open().write(triples, graph)
        self.seen.add(article_id)
        r = LoadResult(articles=1, facts=report.accepted.count())
        self.result += r
        return r

    def missing(self, expected: dict[str, str | None]) -> set[str]:
        """The articles whose named graph the file does not have (quad formats)."""
        if self.format not in QUAD_FORMATS:
            return set()
        if self.store is None:
            return {i for i in expected if i not in self.seen}
        return {i for i in expected
                if not self.store.contains_named_graph(ox.NamedNode(str(ids.graph_iri(i))))}

    def flush(self) -> None:
        if self.store is None and not self.seen and not self.path.exists():
            self._open()  # an empty run still leaves a (valid, empty) file
        tmp = self._finish()
        if tmp is not None:
            _publish(tmp, self.path)
            return
        if self.store is None:
            return
        if not self._rewrite and self.path.exists():
            if self._pending:
                _append(self.path, "".join(self._pending).encode("utf-8"))
                self._pending = []
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}",
                                    suffix=".tmp")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as fh:
                w = rdfio.Writer(fh, self.format)
                w.write_quads(self.store)
                w.close()
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _publish(tmp, self.path)
        self._pending, self._rewrite = [], False

    def discard(self) -> None:
        """Drop what was streamed and not yet written: the file stays as it was
        (``kg extract -o`` after an error)."""
        if self._fh is not None:
            self._fh.close()
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
        self._writer, self._fh, self._tmp = None, None, None

    def close(self) -> None:
        try:
            self.flush()
        finally:
            if self._tmp is not None:
                self._tmp.unlink(missing_ok=True)


def _marker(path: Path) -> Path:
    return path.with_name(f".{path.name}.appending")


def _append(path: Path, data: bytes) -> None:
    """Append ``data`` to ``path`` so that it is all there or none of it: the
    file's length is noted (synced) in a marker beside it first; the data is
    written and synced; then the marker goes. An error truncates the file back;
    after a crash the next loader does (``_recover``)."""
    size = path.stat().st_size
    marker = _marker(path)
    write_atomic(marker, str(size))
    try:
        with path.open("ab") as fh:
            fh.write(b"\n" + data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        os.truncate(path, size)
        marker.unlink(missing_ok=True)
        raise
    marker.unlink()


def _recover(path: Path) -> None:
    """Undo an append a crash left unfinished (see ``_append``)."""
    marker = _marker(path)
    try:
        size = int(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return
    if path.exists() and path.stat().st_size > size:
        os.truncate(path, size)
    marker.unlink(missing_ok=True)


def _publish(tmp: Path, path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
