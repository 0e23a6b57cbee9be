"""Source kinds and bad inputs, read into Items (no model needed)."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from pathlib import Path

import pytest
from texts import article

from kg.errors import KGError
from kg.settings import Settings
from kg.sources import Item, content_hash, iter_items

ENGLISH = article(1)[0]


def items(*specs: str | Path) -> list[Item]:
    return list(iter_items([str(s) for s in specs]))


def only(*specs: str | Path) -> Item:
    got = items(*specs)
    assert len(got) == 1, got
    return got[0]


def page(body: str, title: str = "Talks in Oslo") -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n") if p.strip())
    return (f"<!DOCTYPE html>\n<html><head><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"2026-02-11\"></head>\n"
            f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>\n"
            f"<article><h1>{title}</h1>\n{paras}</article>\n"
            f"<footer>Copyright Example News. All rights reserved.</footer></body></html>\n")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
<description>News</description>
<item><title>Norway and Chile agree on observers</title>
<link>https://example.org/news/norway-chile</link><guid>https://example.org/news/norway-chile</guid>
<pubDate>Tue, 10 Feb 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>{one}</p>]]></description></item>
<item><title>Kenya and Poland hold talks</title>
<link>https://example.org/news/kenya-poland</link><guid>https://example.org/news/kenya-poland</guid>
<pubDate>Wed, 11 Feb 2026 09:00:00 GMT</pubDate>
<description><![CDATA[<p>{two}</p>]]></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<id>urn:example:feed</id><updated>2026-02-12T10:00:00Z</updated>
<entry><title>Peru and Finland restore flights</title><id>urn:example:1</id>
<link href="https://example.org/a/peru-finland"/>
<updated>2026-02-12T10:00:00Z</updated><published>2026-02-12T08:00:00Z</published>
<content type="html">&lt;p&gt;{one}&lt;/p&gt;</content></entry>
</feed>
"""


def rss() -> str:
    one = article(2)[0].replace("\n\n", " ").replace("\n", " ")
    two = article(3)[0].replace("\n\n", " ").replace("\n", " ")
    return RSS.replace("{one}", one).replace("{two}", two)


# ------------------------------------------------------------------ each kind
def test_text_file_with_sidecar_metadata(tmp_path):
    f = tmp_path / "oslo-talks.txt"
    f.write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "oslo-talks.meta.json").write_text(json.dumps({"published": "2026-02-10"}))
    it = only(f)
    assert it.ok and it.key == "oslo-talks" and it.article.published == "2026-02-10"
    assert it.content_hash == content_hash(it.article)


def test_folder_and_glob_find_article_files_but_not_sidecars(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(article(i)[0], encoding="utf-8")
    (tmp_path / "a0.meta.json").write_text("{}")
    (tmp_path / "notes.csv").write_text("x,y\n")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "b.txt").write_text(article(5)[0], encoding="utf-8")
    # files below the folder are named by their path in it (distinct across subfolders)
    assert [i.key for i in items(tmp_path)] == ["a0", "a1", "a2", "more/b"]
    assert [i.key for i in items(tmp_path / "a*.txt")] == ["a0", "a1", "a2"]
    assert not items(tmp_path / "zz*.txt")[0].ok


def test_jsonl_articles_get_ids_metadata_and_stable_hashes(tmp_path):
    f = tmp_path / "wire.jsonl"
    rows = [{"id": "wire-1", "title": "T1", "text": article(1)[0], "published": "2026-02-01",
             "url": "https://example.org/1", "source": "Wire"},
            {"title": "No id here", "text": article(2)[0], "url": "https://example.org/news/2"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = items(f)
    assert first.key == "wire-1" and first.article.source == "Wire"
    assert first.article.published == "2026-02-01"
    assert second.ok and second.key.startswith("2-")  # from the URL, plus a hash of it
    again = items(f)
    assert [i.content_hash for i in again] == [first.content_hash, second.content_hash]
    rows[0]["text"] += " One more sentence."
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    changed = items(f)
    assert changed[0].key == "wire-1" and changed[0].content_hash != first.content_hash
    assert changed[1].content_hash == second.content_hash


def test_html_page_main_text_is_pulled_out(tmp_path):
    f = tmp_path / "oslo.html"
    f.write_text(page(ENGLISH), encoding="utf-8")
    it = only(f)
    assert it.ok, it.error
    text = it.article.text
    assert "Foreign Minister" in text and "agreed to" in text
    assert "Home" not in text and "All rights reserved" not in text
    assert it.article.title == "Talks in Oslo"


def test_rss_and_atom_files_give_one_article_per_entry(tmp_path):
    f = tmp_path / "wire.rss"
    f.write_text(rss(), encoding="utf-8")
    got = items(f)
    assert [i.ok for i in got] == [True, True]
    assert got[0].article.published == "2026-02-10"
    assert got[0].article.url == "https://example.org/news/norway-chile"
    assert got[0].key.startswith("norway-and-chile-agree-on-observers-")
    assert "Foreign Minister" in got[0].article.text and "<p>" not in got[0].article.text
    assert got[0].key != got[1].key
    a = tmp_path / "feed.xml"
    a.write_text(ATOM.replace("{one}", article(4)[0].replace("\n", " ")), encoding="utf-8")
    (entry,) = items(a)
    assert entry.ok and entry.article.published == "2026-02-12"


@pytest.fixture()
def feed_server():
    body = rss().encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path != "/feed.rss":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_feed_url_is_fetched(feed_server):
    got = items(f"{feed_server}/feed.rss")
    assert [i.ok for i in got] == [True, True]
    missing = only(f"{feed_server}/nothing.rss")
    assert not missing.ok and "HTTP 404" in missing.error


def test_unreachable_feed_is_one_line(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed.rss"
    it = only(url)
    assert not it.ok and it.error.startswith(f"{url}: feed unreachable")
    assert "\n" not in it.error


# ------------------------------------------------------------------ bad inputs
def bad(tmp_path: Path, name: str, data: bytes) -> Item:
    f = tmp_path / name
    f.write_bytes(data)
    it = only(f)
    assert not it.ok and it.article is None
    assert it.error.startswith(str(f)) and "\n" not in it.error
    return it


def test_empty_binary_non_utf8_huge_non_english(tmp_path):
    assert "empty" in bad(tmp_path, "empty.txt", b"").error
    assert "binary" in bad(tmp_path, "bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR").error
    assert "not UTF-8" in bad(tmp_path, "latin.txt",
                              "Gespräche über die Grenze".encode("latin-1")).error
    assert "too large" in bad(tmp_path, "huge.txt", b"word " * (4 * 1024 * 1024)).error
    german = ("Die Außenminister der beiden Länder haben sich am Montag in Berlin getroffen "
              "und über die Lage an der Grenze gesprochen. Sie wollen die Gespräche im "
              "nächsten Monat fortsetzen, sagte ein Sprecher der Regierung.")
    assert "English" in bad(tmp_path, "de.txt", german.encode()).error


def test_truncated_html_and_html_without_text(tmp_path):
    full = page(ENGLISH)
    cut = full[: len(full) // 2]
    assert "truncated HTML" in bad(tmp_path, "cut.html", cut.encode()).error
    empty = "<!DOCTYPE html><html><head><title>x</title></head><body><nav>Home</nav></body></html>"
    assert "no article text" in bad(tmp_path, "nav.html", empty.encode()).error


def test_broken_json_lines_fail_alone(tmp_path):
    f = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok-1", "text": article(1)[0]})
    f.write_bytes(b"\n".join([
        good.encode(),
        b'{"id": "broken", "text": "unterminated',
        b'["not", "an", "object"]',
        json.dumps({"id": "ok-2", "text": article(2)[0]}).encode(),
        b'{"id": "latin", "text": "caf\xe9"}',
    ]) + b"\n")
    got = items(f)
    assert [i.ok for i in got] == [True, False, False, True, False]
    assert got[1].error.startswith(f"{f}:2: broken JSON")
    assert "needs a \"text\"" in got[2].error
    assert got[4].error.startswith(f"{f}:5: not UTF-8")


def test_missing_source_and_not_a_feed(tmp_path):
    assert "no such file" in only(tmp_path / "nope.txt").error
    f = tmp_path / "junk.rss"
    f.write_text("this is not a feed at all", encoding="utf-8")
    it = only(f)
    assert not it.ok and "not a readable RSS/Atom feed" in it.error


# ------------------------------------- issue 12, item 3: each source fails alone
BOMB = gzip.compress(b" " * (16 * 1024 * 1024), compresslevel=6)


class _Hostile(BaseHTTPRequestHandler):
    """Feeds that go wrong in the ways servers do. Every handler ends on its own
    within a few seconds, whether or not the client is still there."""

    protocol_version = "HTTP/1.1"
    body = b""

    def _head(self, length: int | None, **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        if length is not None:
            self.send_header("Content-Length", str(length))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.send_header("Connection", "close")
        self.end_headers()

    def do_GET(self) -> None:
        body = self.body
        self.close_connection = True
        if self.path == "/feed.rss":
            self._head(len(body))
            self.wfile.write(body)
        elif self.path == "/cut":  # promises the whole feed, sends half, closes
            self._head(len(body))
            self.wfile.write(body[: len(body) // 2])
        elif self.path == "/cut-chunked":
            self._head(None, Transfer_Encoding="chunked")
            self.wfile.write(b"%x\r\n" % len(body) + body[:100])
        elif self.path == "/drip":  # a byte every 0.5 s, for at most 8 s
            self._head(len(body))
            for i in range(16):
                try:
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)
        elif self.path == "/big":  # 3 MB, no Content-Length
            self._head(None)
            for _ in range(48):
                try:
                    self.wfile.write(b" " * 65536)
                except OSError:
                    return
        elif self.path == "/big-declared":
            self._head(3 * 1024 * 1024)
        elif self.path in ("/gzip", "/gzip-undeclared"):
            data = gzip.compress(body)
            self._head(len(data), **({"Content_Encoding": "gzip"} if self.path == "/gzip"
                                     else {}))
            self.wfile.write(data)
        elif self.path == "/deflate":
            data = zlib.compress(body)
            self._head(len(data), Content_Encoding="deflate")
            self.wfile.write(data)
        elif self.path == "/bomb":  # 16 MB of spaces in 16 kB of gzip
            self._head(len(BOMB), Content_Encoding="gzip")
            self.wfile.write(BOMB)
        elif self.path == "/bad-gzip":
            self._head(20, Content_Encoding="gzip")
            self.wfile.write(b"\x1f\x8bnot gzip at all!!!!"[:20])
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def hostile_server():
    handler = type("Handler", (_Hostile,), {"body": rss().encode("utf-8")})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def fetch_items(url: str, timeout: float = 30.0, cap: int = 1024 * 1024) -> list[Item]:
    return list(iter_items([url], settings=Settings(fetch_timeout=timeout,
                                                    max_fetch_bytes=cap)))


@pytest.mark.parametrize(("path", "says"), [
    ("/cut", "feed cut off (the server closed the connection after"),
    ("/cut-chunked", "feed cut off"),
    ("/big", "feed larger than 1,048,576 bytes (KG_MAX_FETCH_BYTES)"),
    ("/big-declared", "feed larger than 1,048,576 bytes (KG_MAX_FETCH_BYTES)"),
    ("/bomb", "feed larger than 1,048,576 bytes (KG_MAX_FETCH_BYTES)"),
    ("/bad-gzip", "feed's compressed body is broken"),
])
def test_a_failing_feed_is_one_line(hostile_server, path, says):
    url = hostile_server + path
    (it,) = fetch_items(url)
    assert not it.ok
    assert it.error.startswith(f"{url}: {says}"), it.error
    assert "\n" not in it.error


def test_a_dripping_server_meets_the_total_deadline(hostile_server):
    url = hostile_server + "/drip"
    started = time.monotonic()
    (it,) = fetch_items(url, timeout=1.5)
    assert time.monotonic() - started < 6  # the server drips for 8 s
    assert it.error == f"{url}: feed too slow (not complete after 1.5 s)"


@pytest.mark.parametrize("path", ["/gzip", "/gzip-undeclared", "/deflate"])
def test_compressed_feeds_are_decoded(hostile_server, path):
    got = fetch_items(hostile_server + path)
    assert [i.ok for i in got] == [True, True], got
    assert "Foreign Minister" in got[0].article.text


def test_the_deadline_and_cap_come_from_the_environment(hostile_server, monkeypatch):
    drip, big = hostile_server + "/drip", hostile_server + "/feed.rss"
    monkeypatch.setenv("KG_FETCH_TIMEOUT", "1")
    assert only(drip).error == f"{drip}: feed too slow (not complete after 1 s)"
    monkeypatch.setenv("KG_MAX_FETCH_BYTES", "1000")
    assert only(big).error == f"{big}: feed larger than 1,000 bytes (KG_MAX_FETCH_BYTES)"
    monkeypatch.setenv("KG_FETCH_TIMEOUT", "soon")
    with pytest.raises(KGError, match="KG_FETCH_TIMEOUT='soon' is not a positive float"):
        Settings()


def test_bad_sources_fail_alone_and_the_run_goes_on(hostile_server, tmp_path):
    wire = tmp_path / "wire.jsonl"
    good = {"id": "ok", "text": article(1)[0]}
    wire.write_text("\n".join([
        json.dumps({"id": "lone", "text": article(2)[0] + " \ud800"}),  # as \ud800 escape
        json.dumps({"id": "bad\udfff-id", "text": article(3)[0]}),
        json.dumps({"id": "t", "title": "Talks\udcff", "text": article(4)[0]}),
        json.dumps(good),
    ]) + "\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    got = items(hostile_server + "/cut", wire, hostile_server + "/feed.rss", text)
    assert [i.ok for i in got] == [False, False, True, False, True, True, True, True]
    assert "feed cut off" in got[0].error
    assert got[1].error == (f"{wire}:1: field 'text': not valid Unicode (a lone surrogate "
                            f"U+D800 at character {len(article(2)[0]) + 1})")
    assert got[2].article.id == "bad\\udfff-id"  # an id is kept, as backslash escapes
    assert got[3].error.startswith(f"{wire}:3: field 'title': not valid Unicode")
    for it in got:
        str(it).encode("utf-8")  # printable, storable


def test_an_unforeseen_error_in_one_source_stays_with_it(tmp_path, monkeypatch, caplog):
    import kg.sources

    def broken(path, max_bytes, default_id=None):
        raise RuntimeError("parser bug")
        yield  # pragma: no cover

    monkeypatch.setitem(kg.sources._READERS, "feed", broken)
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(), encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    got = items(feed, text)
    assert got[0].error == f"{feed}: could not be read (RuntimeError: parser bug)"
    assert got[1].ok
    assert "parser bug" in caplog.text  # the traceback is logged for the bug report


def test_a_file_name_that_is_not_utf8_is_printable(tmp_path):
    import os

    name = os.fsdecode(b"caf\xe9.txt")  # a lone surrogate in the str
    (tmp_path / name).write_bytes(b"")
    (it,) = items(tmp_path)
    assert not it.ok and "empty" in it.error
    (it.key + it.ref + it.error).encode("utf-8")


def test_json_lines_with_fields_of_the_wrong_type_fail_alone(tmp_path):
    f = tmp_path / "wire.jsonl"
    text = article(1)[0]
    f.write_text("\n".join(json.dumps(r) for r in [
        {"text": text, "url": 1.5},  # was an AttributeError inside stable_id
        {"text": text, "title": ["a", "list"]},
        {"text": text, "published": 20250319},
        {"id": 7, "text": text},
    ]) + "\n", encoding="utf-8")
    got = items(f)
    assert [i.error for i in got[:3]] == [
        f"{f}:1: field 'url' should be a string, not float",
        f"{f}:2: field 'title' should be a string, not list",
        f"{f}:3: field 'published' should be a string, not int"]
    assert got[3].ok and got[3].key == "7"
