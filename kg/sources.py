"""Where articles come from: text files, folders, globs, JSON Lines, HTML pages and feeds.

``iter_items(specs)`` turns source specs into a stream of Items. Each Item is
either an Article or a one-line reason why the input is not one; a bad input
never stops the stream. Every Item has a stable ``key`` (the article id, or
the place of the bad input) and a ``content_hash`` of what would be extracted,
so the ledger can tell new, unchanged and changed articles apart.

Spec kinds, by what they look like:

- ``http(s)://…``           an RSS/Atom feed, fetched once (urllib; gzip/deflate decoded;
                            a total deadline and a size cap, see kg.settings)
- a folder                  every .txt .html .htm .jsonl .rss .atom .xml in it, recursively
- a glob (``news/*.txt``)   the files it matches
- ``*.jsonl``/``*.ndjson``  one article per line: id, title, text, published, url, source
- ``*.html``/``*.htm``      the page's main text, pulled out by trafilatura
- ``*.rss``/``*.atom``/``*.xml`` (or a file that starts like a feed)  a feed's entries
- anything else             a plain-text article (see kg.article.read_article)

Each source, each JSON line and each feed entry fails alone: whatever goes
wrong with one becomes its bad Item (one line naming it and the reason) and
the stream goes on.
"""

from __future__ import annotations

import glob
import hashlib
import http.client
import json
import logging
import re
import threading
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from kg.article import (
    check_text,
    clean_id,
    decode,
    make_article,
    read_article,
    read_meta,
    slug,
    unicode_problem,
)
from kg.errors import InputError
from kg.model import Article, parse_json
from kg.settings import Settings

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
FOLDER_SUFFIXES = TEXT_SUFFIXES - {".md"} | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
_FEED_START = re.compile(
    rb"\A(\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
FEED_TIMEOUT = 20.0  # seconds one network read may wait (the whole fetch: Settings)
MIN_HTML_WORDS = 10


@dataclass(frozen=True)
class Item:
    """One unit of input: an article, or why the input is not one."""

    key: str
    ref: str
    content_hash: str
    article: Article | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.article is not None


def content_hash(article: Article) -> str:
    """A hash of what extraction sees: the text and the metadata facts depend on."""
    h = hashlib.sha256()
    for part in (article.id, article.published or "", article.title or "", article.source or "",
                 article.url or "", article.text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _bytes_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shown(text: str) -> str:
    """``text`` safe to print and store: lone surrogates (from file names that
    are not UTF-8) written as ``\\udcff`` escapes.

    >>> shown("news/\\udcffile.txt")
    'news/\\\\udcffile.txt'
    """
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _ok(article: Article, ref: str) -> Item:
    return Item(key=article.id, ref=shown(ref), content_hash=content_hash(article),
                article=article)


def _bad(key: str, ref: str, reason: str, data: bytes = b"") -> Item:
    ref = shown(ref)
    reason = shown(" ".join(reason.split()))  # one line
    return Item(key=shown(key), ref=ref, content_hash=_bytes_hash(data), error=f"{ref}: {reason}")


def _guarded(key: str, ref: str, make: Callable[[], Item], data: bytes = b"") -> Item:
    """``make()``, or the bad Item saying why it failed: one input fails alone,
    even on an error kg did not foresee (logged with its traceback)."""
    try:
        return make()
    except InputError as exc:
        return _bad(key, ref, exc.reason, data)
    except Exception as exc:
        log.warning("%s: unexpected error", shown(ref), exc_info=True)
        return _bad(key, ref, f"could not be read ({type(exc).__name__}: {exc})", data)


def _text_fields(obj: dict[str, Any], where: str) -> None:
    """InputError for the first string field that is not valid Unicode."""
    for name, value in obj.items():
        if isinstance(value, str) and (problem := unicode_problem(value)):
            raise InputError(where, f"field {shown(str(name))!r}: {problem}")


def stable_id(*candidates: str | None, key: str = "") -> str:
    """A readable id from the first usable candidate, plus a short hash of ``key``
    when one is given (for ids made from URLs, which slug badly).

    >>> stable_id("Leaders meet in Geneva")
    'leaders-meet-in-geneva'
    >>> stable_id(None, "https://example.org/news/2025/talks", key="https://example.org/news/2025/talks")
    'talks-288f2cca'
    """
    for c in candidates:
        if c and c.strip():
            base = c.strip()
            if "://" in base:
                base = base.rstrip("/").rsplit("/", 1)[-1] or base
                base = re.sub(r"\.[a-z0-9]{2,5}$", "", base)
            s = slug(base)
            if len(s) > 120:  # keep file names short, and long ids distinct
                s = f"{s[:100].strip('-')}-{hashlib.sha1(s.encode('utf-8')).hexdigest()[:8]}"
            if key:
                s = f"{s}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"
            return s
    return "article-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# ---------------------------------------------------------------- one file kind each
def text_items(path: Path, max_bytes: int, default_id: str | None = None) -> Iterator[Item]:
    key = clean_id(default_id or path.stem)
    yield _guarded(key, str(path), lambda: _ok(
        read_article(path, max_bytes=max_bytes, default_id=key), str(path)), _head(path))


def _head(path: Path, n: int = 1 << 20) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(n)
    except OSError:
        return b""


def html_to_article(html: bytes | str, where: str, default_id: str, max_bytes: int,
                    meta: dict[str, Any] | None = None) -> Article:
    """The main text of an HTML page as an Article (trafilatura), or InputError."""
    import trafilatura

    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    if not raw.strip():
        raise InputError(where, "empty (0 bytes)")
    if len(raw) > max_bytes * 4:  # pages carry markup; the text limit applies below
        raise InputError(where, f"too large ({len(raw) / 1e6:.1f} MB of HTML)")
    if b"\x00" in raw:
        raise InputError(where, "binary file (contains NUL bytes), not HTML")
    try:
        page = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:4096])
        try:
            page = raw.decode(m.group(1).decode() if m else "utf-8")
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(where, "not UTF-8 and no usable charset declared") from exc
    low = page[-4096:].lower()
    if re.search(r"<html\b", page[:4096], re.I) and "</html>" not in low and "</body>" not in low:
        raise InputError(where, "truncated HTML (the page ends before </body> and </html>)",
                         hint="download the page again")
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_HTML_WORDS:  # menus and footers only
        raise InputError(where, "no article text found in the HTML page")
    if len(text.encode("utf-8")) > max_bytes:
        decode(b"x" * (max_bytes + 1), where, max_bytes)  # raises the size error
    text = check_text(text, where)
    meta = dict(meta or {})
    meta.setdefault("title", getattr(doc, "title", None))
    date = getattr(doc, "date", None)
    if date and re.match(r"\d{4}-\d{2}-\d{2}", str(date)):
        meta.setdefault("published", str(date)[:10])
    meta.setdefault("url", getattr(doc, "url", None))
    meta.setdefault("source", getattr(doc, "sitename", None))
    meta = {k: v for k, v in meta.items() if v is not None}
    return make_article(text, meta, default_id=default_id, where=where)


def html_items(path: Path, max_bytes: int, default_id: str | None = None) -> Iterator[Item]:
    default_id = clean_id(default_id or path.stem)
    data = _head(path, max_bytes * 4 + 1)
    yield _guarded(default_id, str(path), lambda: _ok(
        html_to_article(data, str(path), default_id, max_bytes, read_meta(path)), str(path)),
        data)


def jsonl_items(path: Path, max_bytes: int, default_id: str | None = None) -> Iterator[Item]:
    """One article per line; a broken line is one bad Item and the rest go on."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _bad(str(path), str(path), f"cannot open ({exc.strerror})")
        return
    with fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            ref = f"{path}:{n}"
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                yield _bad(ref, ref, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at {exc.start})",
                           raw)
                continue
            try:
                obj = parse_json(line)
            except json.JSONDecodeError as exc:
                yield _bad(ref, ref, f"broken JSON ({exc.msg} at column {exc.colno})", raw)
                continue
            yield _guarded(ref, ref, partial(_jsonl_item, obj, ref, max_bytes), raw)


#: JSON Lines fields kg reads besides "text"; each a string or null ("id" may
#: also be a number).
JSONL_FIELDS = ("id", "title", "published", "url", "source", "license", "language")


def _jsonl_item(obj: Any, ref: str, max_bytes: int) -> Item:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise InputError(ref, "not an article object (needs a \"text\" string)")
    for name in JSONL_FIELDS:
        value = obj.get(name)
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            obj = {**obj, "id": str(value)}
        elif value is not None and not isinstance(value, str):
            raise InputError(ref, f"field {name!r} should be a string, not "
                                  f"{type(value).__name__}")
    _text_fields({k: v for k, v in obj.items() if k != "id"}, ref)  # ids: clean_id
    given = "" if obj.get("id") is None else clean_id(str(obj["id"]).strip())
    key = given or stable_id(obj.get("url"), obj.get("title"),
                             key=str(obj.get("url") or obj["text"]))
    text = decode(obj["text"].encode("utf-8"), ref, max_bytes)
    return _ok(make_article(text, {**obj, "id": key}, default_id=key, where=ref), ref)


def fetch(url: str, timeout: float | None = None, max_bytes: int | None = None,
          read_timeout: float = FEED_TIMEOUT) -> bytes:
    """The body at ``url`` (gzip or deflate decoded), or InputError naming the
    URL and why not.

    The whole fetch must end within ``timeout`` seconds (KG_FETCH_TIMEOUT),
    however slowly the server sends; the body is read in pieces and refused as
    soon as it (decoded) grows past ``max_bytes`` (KG_MAX_FETCH_BYTES). The
    fetch runs in a helper thread so the deadline holds even while a read is
    waiting; a late thread is told to stop and ends at its next read.
    """
    settings = Settings() if timeout is None or max_bytes is None else None
    timeout = timeout if timeout is not None else settings.fetch_timeout  # type: ignore[union-attr]
    max_bytes = max_bytes if max_bytes is not None else settings.max_fetch_bytes  # type: ignore[union-attr]
    stop = threading.Event()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["data"] = _fetch(url, min(read_timeout, timeout), max_bytes, stop)
        except BaseException as exc:
            if isinstance(exc, urllib.error.HTTPError):
                exc.close()  # it holds the response and its socket
            box["error"] = exc

    worker = threading.Thread(target=work, name=f"kg-fetch {url}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        stop.set()
        raise InputError(url, f"feed too slow (not complete after {timeout:g} s)",
                         hint="raise KG_FETCH_TIMEOUT if the server is just slow")
    exc = box.pop("error", None)
    if isinstance(exc, InputError):
        raise exc
    if exc is not None:
        raise InputError(url, _fetch_failure(exc)) from exc
    return box.pop("data")  # type: ignore[no-any-return]


def _fetch_failure(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"feed unreachable (HTTP {exc.code} {exc.reason})"
    if isinstance(exc, http.client.IncompleteRead):
        return "feed cut off (the server closed the connection before the end)"
    if isinstance(exc, zlib.error):
        return f"feed's compressed body is broken ({exc})"
    if isinstance(exc, (urllib.error.URLError, OSError, ValueError, http.client.HTTPException)):
        reason = getattr(exc, "reason", None) or exc
        return f"feed unreachable ({type(exc).__name__ if not str(reason) else reason})"
    return f"feed unreadable ({type(exc).__name__}: {exc})"


def _fetch(url: str, read_timeout: float, max_bytes: int, stop: threading.Event) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "kg-ingest/0.1",
                                               "Accept-Encoding": "gzip, deflate"})
    too_big = f"feed larger than {max_bytes:,} bytes (KG_MAX_FETCH_BYTES)"
    with urllib.request.urlopen(req, timeout=read_timeout) as resp:
        length = resp.headers.get("Content-Length", "")
        encoding = resp.headers.get("Content-Encoding", "").strip().lower()
        if length.isdigit() and not encoding and int(length) > max_bytes:
            raise InputError(url, too_big)
        inflate: Any = None
        parts: list[bytes] = []
        size = got = 0
        while not stop.is_set():
            piece = resp.read1(65536)
            if not piece:
                break
            got += len(piece)
            if inflate is None and (encoding in ("gzip", "x-gzip", "deflate")
                                    or (not size and piece[:2] == b"\x1f\x8b")):
                # 32 + MAX_WBITS: a gzip or zlib header, whichever it is
                inflate = zlib.decompressobj(32 + zlib.MAX_WBITS)
                if encoding == "deflate" and piece[:1] != b"\x78":
                    inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate
            if inflate is not None:
                piece = inflate.decompress(piece, max_bytes - size + 1)
                if inflate.unconsumed_tail:
                    raise InputError(url, too_big)
            size += len(piece)
            if size > max_bytes:
                raise InputError(url, too_big)
            parts.append(piece)
        if stop.is_set():
            return b""
        if resp.length:  # the server closed before Content-Length bytes came
            raise InputError(url, f"feed cut off (the server closed the connection after "
                                  f"{got} bytes, {resp.length} more expected)")
        if inflate is not None:
            parts.append(inflate.flush())
            if not inflate.eof:
                raise InputError(url, "feed cut off (its compressed body ends early)")
        return b"".join(parts)


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's body), paragraphs kept apart."""
    import lxml.html

    marked = re.sub(r"(?i)</(p|div|h[1-6]|li|blockquote)>|<br\s*/?>", "\\g<0>\n\n", html)
    try:
        text = lxml.html.fragment_fromstring(marked, create_parent="div").text_content()
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\n\s*\n+", "\n\n", text)


def feed_items(data: bytes, where: str, max_bytes: int) -> Iterator[Item]:
    """The entries of an RSS/Atom feed, each an article (its content or summary)."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:
        yield _bad(where, where, f"not a readable RSS/Atom feed ({type(exc).__name__})",
                   data[:4096])
        return
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield _bad(where, where, "not a readable RSS/Atom feed"
                   + (f" ({reason})" if reason else " (no entries)"), data[:4096])
        return
    source = parsed.feed.get("title")
    for n, e in enumerate(parsed.entries, start=1):
        ref = f"{where}#{n}"
        yield _guarded(ref, ref, partial(_feed_item, e, ref, source, max_bytes))


def _feed_item(e: Any, ref: str, source: str | None, max_bytes: int) -> Item:
    link = e.get("link")
    _text_fields({k: e.get(k) for k in ("title", "link", "id")}, ref)
    key = stable_id(e.get("title"), key=str(e.get("id") or link or ref))
    body = ""
    if e.get("content"):
        body = max((c.get("value", "") for c in e["content"]), key=len)
    body = body or e.get("summary", "") or ""
    text = fragment_text(body) if "<" in body else body
    text = re.sub(r"[ \t]+", " ", text or "").strip()
    if problem := unicode_problem(text):
        raise InputError(ref, problem)
    meta: dict[str, Any] = {"id": key, "title": e.get("title"), "url": link, "source": source}
    when = e.get("published_parsed") or e.get("updated_parsed")
    if when:
        meta["published"] = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}"
    try:
        text = decode(text.encode("utf-8"), ref, max_bytes)
        return _ok(make_article(text, meta, default_id=key, where=ref), ref)
    except InputError as exc:
        return _bad(key, ref, exc.reason, text.encode("utf-8"))


def feed_file_items(path: Path, max_bytes: int, default_id: str | None = None
                    ) -> Iterator[Item]:
    data = _head(path, max_bytes * 4 + 1)
    if not data.strip():
        yield _bad(str(path), str(path), "empty (0 bytes)")
        return
    yield from feed_items(data, str(path), max_bytes)


def url_items(url: str, max_bytes: int, settings: Settings | None = None) -> Iterator[Item]:
    settings = settings or Settings()
    try:
        data = fetch(url, settings.fetch_timeout, settings.max_fetch_bytes)
    except InputError as exc:
        yield _bad(url, url, exc.reason)
        return
    yield from feed_items(data, url, max_bytes)


# ----------------------------------------------------------------------- dispatch
def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES or _FEED_START.match(_head(path, 2048)):
        return "feed"
    return "text"


_READERS = {"jsonl": jsonl_items, "html": html_items, "feed": feed_file_items,
            "text": text_items}


def _base(spec: str) -> Path | None:
    """The folder a folder or glob spec's files are named relative to."""
    p = Path(spec)
    if p.is_dir():
        return p
    parts = []
    for part in p.parts:
        if any(ch in part for ch in "*?["):
            return Path(*parts) if parts else Path(".")
        parts.append(part)
    return None


def file_id(path: Path, base: Path | None) -> str:
    """A file's default article id: its path below the folder it was found in,
    without the suffix (``a/readout``, ``b/readout``), or its name's stem."""
    try:
        rel = path.relative_to(base) if base is not None else Path(path.name)
    except ValueError:
        rel = Path(path.name)
    return rel.with_name(rel.stem).as_posix() if rel.suffix else rel.as_posix()


def expand(spec: str) -> list[str] | None:
    """The files a folder or glob spec stands for (sorted), or None for a single input."""
    p = Path(spec)
    if p.is_dir():
        return sorted(
            str(f) for f in p.rglob("*")
            if f.is_file() and f.suffix.lower() in FOLDER_SUFFIXES
            and not f.name.startswith(".") and not f.name.endswith((".meta.json", ".gold.json"))
        )
    if any(ch in spec for ch in "*?[") and not p.exists():
        return sorted(f for f in glob.glob(spec, recursive=True) if Path(f).is_file())
    return None


def iter_items(specs: Iterable[str], max_bytes: int = 5 * 1024 * 1024,
               settings: Settings | None = None) -> Iterator[Item]:
    """Items from every source spec, in order; bad inputs come as Items with an
    error, and a source that fails part-way gives its error and the run goes on."""
    for spec in specs:
        if re.match(r"https?://", spec):
            yield from _isolated(spec, partial(url_items, spec, max_bytes, settings))
            continue
        try:
            files = expand(spec)
        except OSError as exc:
            yield _bad(spec, spec, f"cannot read ({exc.strerror or exc})")
            continue
        if files is None:
            p = Path(spec)
            if not p.exists():
                yield _bad(spec, spec, "no such file, folder or URL")
                continue
            files = [spec]
        elif not files:
            yield _bad(spec, spec, "matches no article files")
            continue
        base = _base(spec)
        for f in files:
            path = Path(f)
            yield from _isolated(f, partial(_read_file, path, max_bytes, file_id(path, base)))


def _read_file(path: Path, max_bytes: int, default_id: str) -> Iterator[Item]:
    return _READERS[kind_of(path)](path, max_bytes, default_id)


def _isolated(where: str, items: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """The items of one source; an unforeseen error ends only this source, as its
    own bad Item (logged with the traceback)."""
    try:
        yield from items()
    except Exception as exc:
        log.warning("%s: unexpected error", shown(where), exc_info=True)
        yield _bad(where, where, f"could not be read ({type(exc).__name__}: {exc})")
