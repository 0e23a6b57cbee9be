"""Source kinds and bad inputs, read into Items (no model needed)."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from texts import article

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
