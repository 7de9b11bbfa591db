"""Sources: files, directories, globs, stdin, JSON Lines, HTML files and URLs."""

from __future__ import annotations

import functools
import http.server
import io
import json
import sys
import threading
from pathlib import Path

import pytest

from summitry.model import Failure, RawDocument
from summitry.sources import Input, plan, read_input

TEXT = """Seoul, Tokyo to resume talks
Published : Oct. 28, 2024 - 09:46
South Korea and Japan agreed on Tuesday to resume regular talks between their foreign ministers, officials said.
The two ministers last met in Tokyo in March, and plan to meet again later this year in Seoul.
"""

HTML = """<!DOCTYPE html><html><head><title>Quad ministers meet in Tokyo</title>
<meta property="article:published_time" content="2020-10-06T21:05:00+09:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Quad ministers meet in Tokyo</h1>
<p>The foreign ministers of Japan, the United States, Australia and India met in Tokyo on Tuesday and agreed to meet regularly.</p>
<p>It was their first meeting since their inaugural ministerial talks in New York in September 2019.</p>
</article><footer>Example Daily</footer></body></html>
"""


def read_all(names: list[str], max_bytes: int = 5_000_000) -> list[RawDocument | Failure]:
    out: list[RawDocument | Failure] = []
    for item in plan(names):
        if isinstance(item, Failure):
            out.append(item)
        else:
            out.extend(read_input(item, max_bytes, timeout=5))
    return out


def test_single_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    [doc] = read_all([str(f)])
    assert isinstance(doc, RawDocument)
    assert (doc.origin, doc.format, doc.warnings) == (str(f), "text", [])
    assert doc.content == TEXT


def test_directory_is_read_recursively_in_order_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["z.txt", "b/a.txt", "b/deep/c.txt", ".git/config", ".hidden.txt"]:
        (tmp_path / rel).write_text(TEXT)
    items = plan([str(tmp_path)])
    assert [Path(i.name).relative_to(tmp_path).as_posix() for i in items] == ["b/a.txt", "b/deep/c.txt", "z.txt"]
    assert all(i.kind == "file" for i in items)


def test_glob(tmp_path):
    for name in ["a.txt", "b.txt", "c.html"]:
        (tmp_path / name).write_text(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(TEXT)
    assert [Path(i.name).name for i in plan([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]
    assert [Path(i.name).name for i in plan([str(tmp_path / "**" / "*.txt")])] == ["a.txt", "b.txt", "d.txt"]


def test_glob_matching_nothing_and_missing_path_are_failures(tmp_path):
    missing, pattern = str(tmp_path / "nope.txt"), str(tmp_path / "*.xyz")
    assert plan([missing, pattern]) == [
        Failure(missing, "no such file or directory"),
        Failure(pattern, "no file matches this pattern"),
    ]


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    [item] = plan(["-"])
    assert item == Input("-", "stdin")
    [doc] = read_input(item, 5_000_000)
    assert (doc.origin, doc.format, doc.content) == ("<stdin>", "text", TEXT)


def test_stdin_json_lines(monkeypatch):
    lines = "\n".join(json.dumps({"text": TEXT, "title": f"T{i}"}) for i in range(2)) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    docs = list(read_input(Input("-", "stdin"), 5_000_000))
    assert [(d.origin, d.title) for d in docs] == [("<stdin>:1", "T0"), ("<stdin>:2", "T1")]


def test_stdin_over_the_size_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 2000)))
    [failure] = read_input(Input("-", "stdin"), 1000)
    assert isinstance(failure, Failure) and "size limit" in failure.reason


def test_json_lines_with_one_bad_line(tmp_path):
    f = tmp_path / "feed.jsonl"
    good = {"text": TEXT, "title": "Seoul, Tokyo to resume talks", "url": "https://example.com/a",
            "published": "2024-10-28T09:46"}
    f.write_text("\n".join([
        json.dumps(good),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps({**good, "text": HTML, "title": None}),
    ]) + "\n", encoding="utf-8")
    out = read_all([str(f)])
    docs = [d for d in out if isinstance(d, RawDocument)]
    failures = [d for d in out if isinstance(d, Failure)]
    assert [d.origin for d in docs] == [f"{f}:1", f"{f}:5"]
    assert (docs[0].title, docs[0].url, docs[0].published, docs[0].format) == (
        "Seoul, Tokyo to resume talks", "https://example.com/a", "2024-10-28T09:46", "text")
    assert docs[1].format == "html" and docs[1].title is None
    assert [f_.origin for f_ in failures] == [f"{f}:2", f"{f}:4"]
    assert failures[0].reason.startswith("malformed JSON line")
    assert failures[1].reason == "JSON line has no 'text' string"
    assert all("\n" not in f_.reason for f_ in failures)


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"])
def test_html_file_detected_by_suffix_or_content(tmp_path, name):
    f = tmp_path / name
    f.write_text(HTML, encoding="utf-8")
    [doc] = read_all([str(f)])
    assert doc.format == "html"


def test_file_over_the_size_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text(TEXT * 100)
    [failure] = read_all([str(f)], max_bytes=1000)
    assert isinstance(failure, Failure)
    assert "over the size limit" in failure.reason and "--max-bytes" in failure.reason


# --- URLs ----------------------------------------------------------------------------

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def http_site(tmp_path):
    """A local web server on 127.0.0.1 serving tmp_path/site, stopped after the test."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_text(HTML, encoding="utf-8")
    (site / "article.txt").write_text(TEXT, encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    server.timeout = 1
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_url_html_page(http_site):
    url = f"{http_site}/article.html"
    [item] = plan([url])
    assert item == Input(url, "url")
    [doc] = read_input(item, 5_000_000, timeout=5)
    assert isinstance(doc, RawDocument)
    assert (doc.origin, doc.url, doc.format) == (url, url, "html")
    assert "Quad ministers meet in Tokyo" in doc.content


def test_url_over_the_size_limit(http_site):
    [failure] = read_input(Input(f"{http_site}/article.html", "url"), 100, timeout=5)
    assert isinstance(failure, Failure) and "size limit" in failure.reason


def test_url_not_found_is_a_failure(http_site):
    url = f"{http_site}/missing.html"
    [failure] = read_input(Input(url, "url"), 5_000_000, timeout=5)
    assert isinstance(failure, Failure) and failure.origin == url
    assert "\n" not in failure.reason


def test_url_http_error_reason_names_the_status(http_site):
    [failure] = read_input(Input(f"{http_site}/missing.html", "url"), 5_000_000, timeout=5)
    assert "404" in failure.reason
    assert not failure.reason.startswith("unreachable")


class _Status(http.server.BaseHTTPRequestHandler):
    """Answers /<code> with that HTTP status, /slow after a long pause."""

    def do_GET(self):
        if self.path == "/slow":
            import time
            time.sleep(3)
        code = int(self.path.strip("/")) if self.path.strip("/").isdigit() else 200
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"server message\n")

    def log_message(self, *args):
        pass


@pytest.fixture
def status_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Status)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize(("code", "reason"), [
    (404, "HTTP 404: Not Found"), (500, "HTTP 500: Internal Server Error"), (403, "HTTP 403: Forbidden"),
])
def test_url_http_error_statuses(status_site, code, reason):
    [failure] = read_input(Input(f"{status_site}/{code}", "url"), 5_000_000, timeout=5)
    assert isinstance(failure, Failure) and failure.reason == reason


def test_url_timeout_is_unreachable(status_site):
    [failure] = read_input(Input(f"{status_site}/slow", "url"), 5_000_000, timeout=0.5)
    assert failure.reason == "unreachable: timed out"


def test_unreachable_url_is_a_one_line_failure():
    url = "http://127.0.0.1:9/article.html"  # the discard port: nothing listens there
    [failure] = read_input(Input(url, "url"), 5_000_000, timeout=5)
    assert isinstance(failure, Failure)
    assert failure.origin == url
    assert failure.reason.startswith("unreachable:")
    assert "\n" not in failure.reason


def test_url_plain_text_page_is_read_as_text(http_site):
    from summitry.pipeline import to_article

    [doc] = read_input(Input(f"{http_site}/article.txt", "url"), 5_000_000, timeout=5)
    assert doc.format == "text"
    article = to_article(doc)
    assert not isinstance(article, Failure), article
    assert article.title == "Seoul, Tokyo to resume talks"


@pytest.mark.parametrize(("name", "content_type", "fmt"), [
    ("story", "text/plain; charset=utf-8", "text"),
    ("story.txt", None, "text"),
    ("story.txt", "application/octet-stream", "text"),
    ("story.txt", "text/html", "text"),  # labelled HTML, but no markup at all
    ("page.txt", "text/plain", "html"),  # a .txt holding an HTML page
    ("story", "text/html", "html"),
    ("story", None, "html"),
])
def test_url_format_follows_content_type_suffix_and_content(tmp_path, name, content_type, fmt):
    body = HTML if name == "page.txt" or fmt == "html" else TEXT

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.end_headers()
            self.wfile.write(body.encode("utf-8"))

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        [doc] = read_input(Input(f"http://127.0.0.1:{server.server_address[1]}/{name}", "url"), 5_000_000, timeout=5)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert isinstance(doc, RawDocument), doc
    assert doc.format == fmt


# --- JSON Lines streamed record by record ---------------------------------------------

def test_large_json_lines_feed_is_streamed_with_the_limit_per_record(tmp_path):
    import tracemalloc

    f = tmp_path / "feed.jsonl"
    record = json.dumps({"text": TEXT + "x" * 2000}) + "\n"
    n = 10_000_000 // len(record) + 1
    with open(f, "w", encoding="utf-8") as fh:
        for _ in range(n):
            fh.write(record)
    assert f.stat().st_size > 10_000_000
    tracemalloc.start()
    try:
        count = 0
        for doc in read_input(Input(str(f), "file"), 5_000_000):
            assert isinstance(doc, RawDocument), doc
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n
    assert peak < 2_000_000  # one record at a time, not the 10 MB file


def test_json_lines_record_over_the_limit_is_one_failure(tmp_path):
    f = tmp_path / "feed.jsonl"
    small = json.dumps({"text": TEXT})
    big = json.dumps({"text": TEXT + "y" * 5000})
    f.write_text("\n".join([small, big, small, big]), encoding="utf-8")  # no newline at the very end
    out = read_all([str(f)], max_bytes=2000)
    assert [type(d).__name__ for d in out] == ["RawDocument", "Failure", "RawDocument", "Failure"]
    assert [d.origin for d in out] == [f"{f}:{i}" for i in range(1, 5)]
    assert "over the size limit of 0.0 MB" in out[1].reason and "--max-bytes" in out[1].reason
    assert out[2].content == TEXT


def test_json_lines_record_exactly_at_the_limit_is_read(tmp_path):
    f = tmp_path / "feed.jsonl"
    line = json.dumps({"text": TEXT})
    f.write_bytes((line + "\r\n" + line + "\n").encode("utf-8"))
    docs = read_all([str(f)], max_bytes=len(line) + 1)
    assert [d.origin for d in docs if isinstance(d, RawDocument)] == [f"{f}:1", f"{f}:2"]


def test_json_lines_bom_crlf_and_a_latin1_record(tmp_path):
    f = tmp_path / "feed.jsonl"
    good = json.dumps({"text": TEXT}, ensure_ascii=False)
    latin = json.dumps({"text": "Séoul " + TEXT}, ensure_ascii=False)
    f.write_bytes(b"\xef\xbb\xbf" + good.encode() + b"\r\n\r\n" + latin.encode("latin-1") + b"\r\n")
    docs = read_all([str(f)])
    assert [d.origin for d in docs] == [f"{f}:1", f"{f}:3"]
    assert docs[0].warnings == [] and docs[0].content == TEXT
    assert docs[1].content.startswith("Séoul") and docs[1].warnings[0].startswith("not valid UTF-8")


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b"\n  \n", "empty file"),
                                              (bytes(range(256)) * 8, "binary file, not text")])
def test_empty_or_binary_json_lines_file_is_one_failure(tmp_path, data, reason):
    f = tmp_path / "feed.jsonl"
    f.write_bytes(data)
    assert read_all([str(f)]) == [Failure(str(f), reason)]


# --- the store beside the articles ------------------------------------------------------

STORE_FILES = ["summitry.db", "summitry.db-wal", "summitry.db-shm", "summitry.db-journal", "old.sqlite",
               "x.sqlite3", "UPPER.DB"]


def test_directory_and_glob_expansion_skip_database_files(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(TEXT)
    for name in STORE_FILES:
        (tmp_path / name).write_bytes(b"SQLite format 3\x00" + bytes(100))
        (tmp_path / "sub" / name).write_bytes(b"SQLite format 3\x00" + bytes(100))
    (tmp_path / "notes.dbx").write_text(TEXT)  # only the database suffixes are skipped
    assert [Path(i.name).relative_to(tmp_path).as_posix() for i in plan([str(tmp_path)])] == [
        "a.txt", "notes.dbx", "sub/b.txt"]
    assert [Path(i.name).name for i in plan([str(tmp_path / "*")])] == ["a.txt", "notes.dbx"]
    assert [Path(i.name).name for i in plan([str(tmp_path / "**" / "*")])] == ["a.txt", "notes.dbx", "b.txt"]
    assert plan([str(tmp_path / "*.db")]) == [Failure(str(tmp_path / "*.db"), "no file matches this pattern")]


def test_database_file_named_explicitly_is_read_and_fails_as_binary(tmp_path):
    db = tmp_path / "summitry.db"
    db.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    assert plan([str(db)]) == [Input(str(db), "file")]
    [failure] = read_all([str(db)])
    assert failure == Failure(str(db), "binary file, not text")


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"text\x01" * 100, b"text\x1b[0m " * 10,
                                  b"plain text\twith tabs\r\nand lines\x0c\n" * 50, b"x" * 1000 + b"\x02" * 49,
                                  b"x" * 1000 + b"\x02" * 60])
def test_binary_check_counts_control_bytes_like_the_plain_rule(data):
    from summitry.sources.read import ReadError, decode

    head = data[:8192]
    expected_binary = b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.05
    try:
        decode(data)
        binary = False
    except ReadError:
        binary = True
    assert binary == expected_binary
