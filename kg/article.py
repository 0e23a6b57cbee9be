"""Read one article file and refuse, with a one-line reason, what is not one.

``read_article(path)`` checks, in order: the file exists and is a file, is not
empty, not over the size limit, has no NUL bytes (binary), decodes as UTF-8,
then the text checks of ``refuse_text``: not over the length spaCy accepts
(``MAX_CHARS``), valid Unicode, not mis-decoded binary, not an HTML page, and
reads as English. Metadata comes from a sidecar ``<stem>.meta.json`` when
there is one; the CLI may override ``published``, which must be a real date.

``check_article`` applies the same checks to an Article built in Python, so
the library refuses what the command line refuses (kg.pipeline calls it).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from kg.errors import InputError
from kg.model import Article, check_date, parse_json

#: The longest text kg extracts from, in characters: spaCy's default
#: ``nlp.max_length`` (its parser and entity recogniser need about 1 GB of
#: memory per 100,000 characters). Longer texts are refused, not cut.
MAX_CHARS = 1_000_000

_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from it be are this have"
    " has he said not or an which but his will would their they its been were".split()
)
_FOREIGN_WORDS = frozenset(
    "der die das und nicht ist den dem zu sich le les et est une des du dans pour qui el los"
    " las y que del por con una il di che per della och att det är ja ei".split()
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?>")
_HTML_START = re.compile(r"\A\s*(<!doctype\s+html|<html|<head|<body|<\?xml)", re.I)
_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")


def slug(text: str) -> str:
    """A stable, readable id from a name.

    >>> slug("Putin & Trump: the call!")
    'putin-trump-the-call'
    """
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or "article"


def clean_id(text: str) -> str:
    r"""An id that can be stored and written: bytes of a file name that are not
    UTF-8, and lone surrogates, become backslash escapes; the rest is kept.

    >>> clean_id("caf" + chr(0xDCE9)), clean_id("x" + chr(0xD800) + "y"), clean_id("Report 1")
    ('caf\\xe9', 'x\\ud800y', 'Report 1')
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        errors = "surrogateescape" if _from_file_name(text) else "backslashreplace"
        raw = text.encode("utf-8", errors)
        return raw.decode("utf-8", "backslashreplace")


def _from_file_name(text: str) -> bool:
    """All surrogates are U+DC80..U+DCFF, as os.fsdecode makes of undecodable bytes."""
    return all("\udc80" <= c <= "\udcff" for c in text if "\ud800" <= c <= "\udfff")


_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!| ])")


_SURROGATE = re.compile("[\ud800-\udfff]")
#: C0/C1 control characters other than whitespace, and U+FFFD (what decoding
#: with errors="replace" leaves): a text with many is binary or mis-decoded.
_JUNK = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd]")


def unicode_problem(value: str) -> str | None:
    """Why ``value`` cannot be written as UTF-8 text, or None.

    >>> unicode_problem("caf\\u00e9") is None
    True
    >>> unicode_problem("ab\\ud800")
    'not valid Unicode (a lone surrogate U+D800 at character 2)'
    """
    if "\x00" in value:
        return "binary (contains NUL characters), not text"
    if m := _SURROGATE.search(value):
        return (f"not valid Unicode (a lone surrogate U+{ord(m.group()):04X} "
                f"at character {m.start()})")
    return None


def refuse_text(text: str, where: str, max_chars: int = MAX_CHARS) -> None:
    """InputError naming ``where`` if ``text`` is not an article kg can read."""
    if not isinstance(text, str):
        raise InputError(where, f"not text (a {type(text).__name__}; decode it first)")
    if not text.strip():
        raise InputError(where, "empty (no text)")
    if len(text) > max_chars:
        raise InputError(
            where, f"too long ({len(text):,} characters; the limit is {max_chars:,})",
            hint="split it into articles of at most 1,000,000 characters",
        )
    if problem := unicode_problem(text):
        raise InputError(where, problem)
    junk = len(_JUNK.findall(text))
    if junk > max(8, len(text) // 100):
        raise InputError(where, f"binary or mis-decoded text ({junk} control or replacement "
                                "characters)")
    tags = _TAG.findall(text[:20000])
    markup = sum(len(m.group(0)) for m in _TAG.finditer(text[:20000]))
    if _HTML_START.match(text) or (len(tags) >= 3 and markup > 0.2 * len(text[:20000])):
        raise InputError(
            where, "looks like an HTML page, not article text",
            hint="save the article's text as .txt, or ingest it as an HTML source",
        )
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) >= 20:
        latin = sum(1 for w in words if w.isascii())
        english = sum(1 for w in words if w in _ENGLISH_WORDS)
        foreign = sum(1 for w in words if w in _FOREIGN_WORDS)
        if latin / len(words) < 0.5 or english / len(words) < 0.03 or foreign > english:
            raise InputError(where, "does not read as English (kg extracts English text)")


def check_text(text: str, where: str, max_chars: int = MAX_CHARS) -> str:
    """Checks that need the decoded text; returns it with normalised newlines."""
    refuse_text(text, where, max_chars)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Markdown escapes ("Mahmoud\\_Abbas", "\\###") become spaces of the same
    # length, so names read cleanly and character offsets stay those of the file
    return _MD_ESCAPE.sub(lambda m: "  " if m.group(1) in "_ " else " " + m.group(1), text)


def decode(data: bytes, where: str, max_bytes: int) -> str:
    if not data:
        raise InputError(where, "empty (0 bytes)")
    if len(data) > max_bytes:
        raise InputError(
            where,
            f"too large ({len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB)",
            hint="split it into articles, or raise KG_MAX_BYTES",
        )
    if b"\x00" in data[:8192] or data.find(b"\x00") >= 0:
        raise InputError(where, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            where, f"not UTF-8 (byte 0x{data[exc.start]:02x} at {exc.start})",
            hint="convert it, e.g. iconv -f latin1 -t utf-8",
        ) from exc
    return check_text(text, where)


def read_meta(path: Path) -> dict[str, object]:
    meta_path = path.with_name(path.name.split(".")[0] + ".meta.json")
    if not meta_path.is_file():
        return {}
    try:
        meta = parse_json(meta_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(meta_path), f"cannot read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(meta_path), f"broken metadata JSON ({exc})") from exc
    return meta if isinstance(meta, dict) else {}


def read_article(
    path: str | Path, published: str | None = None, max_bytes: int = 5 * 1024 * 1024,
    default_id: str | None = None,
) -> Article:
    """Read ``path`` as an article; raise InputError naming the file and the reason.
    Its id: from the metadata, else ``default_id``, else the file name's stem."""
    p = Path(path)
    where = str(path)
    if not p.exists():
        raise InputError(where, "no such file")
    if not p.is_file():
        raise InputError(where, "not a file")
    size = p.stat().st_size
    if size > max_bytes:
        decode(b"x" * (max_bytes + 1), where, max_bytes)  # raises the size error
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot read ({exc.strerror or exc})") from exc
    text = decode(data, where, max_bytes)
    meta = read_meta(p)
    return make_article(text, meta, default_id=default_id or p.stem, published=published,
                        where=where)


def _published(value: object, where: str) -> str | None:
    if value is None:
        return None
    pub = str(value)[:10]
    if not _DATE.match(pub):
        raise InputError(where, f"published date {pub!r} is not YYYY-MM-DD")
    try:
        return check_date(pub, "published date")
    except ValueError as exc:
        raise InputError(where, str(exc)) from exc


def _check_meta(article: Article, where: str) -> None:
    for key, value in article.meta_json().items():
        if isinstance(value, str) and (problem := unicode_problem(value)):
            raise InputError(where, f"{key}: {problem}")
    _published(article.published, where)


def make_article(
    text: str, meta: dict[str, object], default_id: str, published: str | None = None,
    where: str = "article",
) -> Article:
    pub = _published(published or meta.get("published"), where)
    for key in ("title", "source", "url", "license", "language"):  # ids: clean_id
        value = meta.get(key)
        if isinstance(value, str) and (problem := unicode_problem(value)):
            raise InputError(where, f"{key}: {problem}")

    def opt(key: str) -> str | None:
        value = meta.get(key)
        return None if value is None else str(value)

    article = Article(
        # the id as given: kg.ids.article_name makes distinct ids distinct names
        id=clean_id(str(meta.get("id") or "").strip() or default_id), text=text,
        title=opt("title"),
        source=opt("source"), url=opt("url"), published=pub, license=opt("license"),
        language=str(meta.get("language") or "en"),
    )
    _check_meta(article, where)
    return article


def check_article(article: Article, max_chars: int = MAX_CHARS) -> Article:
    """``article`` if kg can read it, else InputError naming it (the checks a
    file gets, for Articles built in Python)."""
    where = f"article {article.id!r}"
    refuse_text(article.text, where, max_chars)
    _check_meta(article, where)
    return article
