"""summitry watch: feeds and sitemaps served by a local HTTP server on 127.0.0.1.

The articles below are invented and written for these tests."""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import signal
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import SUMMITRY_BIN
from summitry.config import Settings
from summitry.interfaces.watching import run_pass, stop_on_signals
from summitry.sources.feeds import Pace, feed_urls
from summitry.store import Store
from summitry.store import feeds as memory

ARTICLES = {
    "/news/fisheries.html": (
        "Finland and Chile sign fisheries research accord", "2031-03-04T09:15:00+02:00",
        ["The foreign ministers of Finland and Chile met in Helsinki on Tuesday and signed an agreement "
         "to share research on fish stocks in the southern Pacific, officials from both ministries said.",
         "The accord sets up a joint committee that will meet every year, alternating between the two "
         "capitals, and funds three research voyages over the next five years.",
         "Chile's minister said the talks had lasted most of the morning and covered trade in seafood "
         "as well as the protection of coastal waters."]),
    "/news/state-visit.html": (
        "Kenyan president to visit Indonesia in April", "2031-03-05T11:40:00+03:00",
        ["Kenya's president will travel to Jakarta in April for a three-day state visit, the presidency "
         "announced on Wednesday, the first such visit by a Kenyan leader in two decades.",
         "The two governments are expected to sign agreements on port management and agricultural "
         "training during the trip, according to a statement released in Nairobi.",
         "Indonesian officials said the president would also address a business forum in the capital "
         "before flying on to the island of Sulawesi."]),
    "/news/dialogue.html": (
        "Portugal and Vietnam hold first strategic dialogue", "2031-03-06T16:05:00+00:00",
        ["Senior diplomats from Portugal and Vietnam held their first strategic dialogue in Lisbon on "
         "Thursday, discussing maritime security, education and investment.",
         "The Portuguese delegation was led by the deputy foreign minister, who said the meeting would "
         "become an annual event and that the next round would take place in Hanoi.",
         "Both sides agreed to set up a working group on university exchanges before the end of the year."]),
    "/news/phone-call.html": (
        "Canadian and Moroccan ministers discuss trade by phone", "2031-03-07T08:30:00-05:00",
        ["Canada's trade minister spoke by telephone with her Moroccan counterpart on Friday about "
         "fertiliser supplies and a long-delayed agreement on investment protection.",
         "A readout from Ottawa said the two ministers had asked their negotiators to settle the "
         "remaining questions within three months.",
         "Morocco's ministry described the conversation as constructive and said a visit to Rabat by "
         "the Canadian minister was being considered for the summer."]),
}
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Harbour Ledger</title>
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer><p>&copy; 2031 The Harbour Ledger. All rights reserved.</p></footer></body></html>"""
NO_ARTICLE = ("<!DOCTYPE html><html><head><title>The Harbour Ledger</title></head><body>"
              "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
              "<footer>&copy; 2031 The Harbour Ledger</footer></body></html>")
LAST_MODIFIED = "Tue, 04 Mar 2031 10:00:00 GMT"


def page(path: str) -> str:
    title, published, paragraphs = ARTICLES[path]
    return PAGE.format(title=title, published=published, paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))


def rss(*paths: str, cut: bool = False) -> str:
    items = "".join(f"<item><title>{ARTICLES.get(p, ('Item',))[0]}</title><link>{p}</link></item>" for p in paths)
    body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>The Harbour Ledger</title>'
            f"<link>/</link><description>World news</description>{items}</channel></rss>")
    return body[: body.index("</item>") + 20] if cut else body  # cut: the feed breaks inside its second item


def atom(base: str, *paths: str) -> str:
    entries = "".join(f'<entry><title>{ARTICLES[p][0]}</title><link href="{base}{p}"/><id>tag:ledger,2031:{p}</id>'
                      "<updated>2031-03-07T12:00:00Z</updated></entry>" for p in paths)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Ledger diplomacy</title><id>tag:ledger,2031:feed</id><updated>2031-03-07T12:00:00Z</updated>"
            f"{entries}</feed>")


def sitemap(base: str, *paths: str) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


@dataclass
class Route:
    body: str | bytes
    kind: str
    status: int = 200
    delay: float = 0.0


class Site:
    """What the test server serves, and every request it got: (path, headers, status sent)."""

    def __init__(self, base: str):
        self.base = base
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict, int]] = []
        self.validate = True  # answer 304 to a matching If-None-Match / If-Modified-Since

    def add(self, path: str, body: str | bytes, kind: str = "text/html; charset=utf-8", **kw) -> str:
        self.routes[path] = Route(body, kind, **kw)
        return self.base + path

    def paths(self) -> list[str]:
        return [path for path, _, _ in self.requests]


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        site: Site = self.server.site
        route = site.routes.get(self.path)
        status = 404 if route is None else route.status
        if route and route.delay:
            time.sleep(route.delay)
        body = (route.body if isinstance(route.body, bytes) else route.body.encode()) if route else b""
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        tag, since = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if status == 200 and site.validate and (tag == etag if tag else since == LAST_MODIFIED):
            status = 304  # If-None-Match, when sent, decides (RFC 9110)
        site.requests.append((self.path, dict(self.headers), status))
        self.send_response(status)
        if status == 200:
            self.send_header("Content-Type", route.kind)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that timed out has hung up: nothing to report


@pytest.fixture
def site():
    server = Server(("127.0.0.1", 0), Handler)
    server.site = Site(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


CONF = Settings(url_timeout=2.0)  # generous: a loaded machine answers a local page late
RSS, XML, ATOM = "application/rss+xml", "application/xml", "application/atom+xml"


def serve_articles(site: Site, *paths: str) -> None:
    for path in paths or ARTICLES:
        site.add(path, page(path))


def once(store: Store, *feeds: str, pace: Pace | None = None, stop: threading.Event | None = None):
    return run_pass(store, list(feeds), CONF, pace or Pace(0), stop)


def test_new_items_of_rss_atom_and_sitemap_are_ingested(site, store):
    serve_articles(site)
    paths = list(ARTICLES)
    feeds = [site.add("/rss.xml", rss(paths[0], paths[1]), RSS), site.add("/atom.xml", atom(site.base, paths[2]), ATOM),
             site.add("/sitemap.xml", sitemap(site.base, paths[3]), XML)]
    report = once(store, *feeds)
    assert report.failures == []
    assert (report.feeds, report.pages, report.stored) == (3, 4, 4)
    assert report.events > 0
    stored = {a.url: a for a in store.articles()}
    assert set(stored) == {site.base + p for p in paths}
    assert stored[site.base + paths[0]].title == ARTICLES[paths[0]][0]
    assert memory.seen_pages(store) == sorted((u, a.id, "stored") for u, a in stored.items())


def test_second_pass_is_conditional_and_fetches_nothing(site, store):
    serve_articles(site)
    paths = list(ARTICLES)
    feeds = [site.add("/rss.xml", rss(*paths[:2]), RSS), site.add("/atom.xml", atom(site.base, paths[2]), ATOM),
             site.add("/sitemap.xml", sitemap(site.base, paths[3]), XML)]
    once(store, *feeds)
    site.requests.clear()
    report = once(store, *feeds)
    assert (report.unchanged, report.pages, report.stored) == (3, 0, 0)
    assert sorted(site.paths()) == ["/atom.xml", "/rss.xml", "/sitemap.xml"]
    for _, headers, status in site.requests:
        assert headers.get("If-None-Match", "").startswith('"') and headers.get("If-Modified-Since") == LAST_MODIFIED
        assert status == 304
    assert store.count_articles() == 4


def test_sitemap_index_is_followed_and_read_again_each_pass(site, store):
    serve_articles(site)
    paths = list(ARTICLES)
    children = [site.add("/sitemap-march.xml", sitemap(site.base, *paths[:2]), XML),
                site.add("/sitemap-april.xml", sitemap(site.base, paths[2]), XML)]
    index = "".join(f"<sitemap><loc>{url}</loc></sitemap>" for url in children)
    feed = site.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                    f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>', XML)
    assert once(store, feed).stored == 3
    site.add("/sitemap-april.xml", sitemap(site.base, paths[2], paths[3]), XML)  # the index itself is unchanged
    site.requests.clear()
    report = once(store, feed)
    assert (report.unchanged, report.stored) == (1, 1)
    assert [(path, status) for path, _, status in site.requests] == [
        ("/sitemap.xml", 200), ("/sitemap-march.xml", 304), ("/sitemap-april.xml", 200), (paths[3], 200)]


def test_gzipped_sitemap_is_read_and_a_damaged_one_reported(site, store):
    serve_articles(site)
    first = list(ARTICLES)[0]
    packed = gzip.compress(sitemap(site.base, first).encode())
    feeds = [site.add("/sitemap.xml.gz", packed, "application/gzip"),
             site.add("/damaged.xml.gz", packed[:30] + b"\xff" * 30, "application/gzip"),
             site.add("/cut.xml.gz", packed[:-12], "application/gzip")]
    report = once(store, *feeds)
    assert report.stored == 1
    assert [(f.origin, f.reason.split(":")[0]) for f in report.failures] == [(feeds[1], "damaged gzip file"),
                                                                            (feeds[2], "damaged gzip file")]


def test_same_article_in_two_feeds_is_fetched_and_stored_once(site, store):
    serve_articles(site)
    first, second = list(ARTICLES)[:2]
    site.add("/mirror/state-visit.html", page(second))  # the same article at another address
    feeds = [site.add("/rss.xml", rss(first, second), RSS), site.add("/atom.xml", atom(site.base, first), ATOM),
             site.add("/sitemap.xml", sitemap(site.base, first, "/mirror/state-visit.html"), XML)]
    report = once(store, *feeds)
    assert site.paths().count(first) == 1
    assert (report.stored, report.duplicates, store.count_articles()) == (2, 1, 2)
    outcomes = {url: (article, outcome) for url, article, outcome in memory.seen_pages(store)}
    assert outcomes[site.base + "/mirror/state-visit.html"] == (outcomes[site.base + second][0], "duplicate")


def test_broken_feeds_are_logged_and_do_not_stop_the_rest(site, store, caplog):
    serve_articles(site)
    first, second, third = list(ARTICLES)[:3]
    broken = [site.add("/cut.xml", rss(first, second, cut=True), RSS),  # malformed XML mid-way
              site.add("/error.xml", rss(first), RSS, status=500),
              site.add("/slow.xml", rss(first), RSS, delay=3.0),  # answers after the timeout
              site.add("/not-a-feed.html", page(first)),
              site.add("/bad-sitemap.xml", sitemap(site.base, first)[:-12], XML),
              site.add("/empty.xml", "", RSS)]
    good = site.add("/rss.xml", rss(third), RSS)
    with caplog.at_level(logging.WARNING, logger="summitry.watch"):
        report = once(store, *broken, good)
    reasons = {f.origin: f.reason for f in report.failures}
    assert reasons[broken[0]].startswith("malformed feed")
    assert reasons[broken[1]] == "HTTP 500: Internal Server Error"
    assert "timed out" in reasons[broken[2]]
    assert reasons[broken[3]] == "not an RSS/Atom feed or a sitemap"
    assert reasons[broken[4]].startswith("malformed sitemap")
    assert reasons[broken[5]] == "not an RSS/Atom feed or a sitemap"
    assert [a.url for a in store.articles()] == [site.base + third]
    assert first not in site.paths()  # a broken feed is skipped whole
    assert all(any(url in message for message in caplog.messages) for url in broken)
    assert memory.validators(store, broken[0]) == (None, None)  # it is read again next pass


def test_a_bug_on_one_feed_or_page_is_a_failure_naming_it(site, store, monkeypatch):
    import summitry.interfaces.watching as command
    import summitry.sources.feeds as feeds

    serve_articles(site)
    first, second = list(ARTICLES)[:2]
    buggy = site.add("/buggy.xml", rss(first), RSS)
    good = site.add("/rss.xml", rss(first, second), RSS)
    listing, read = feeds.read_listing, command.read_input

    def read_listing(url, body, kind=None):
        if url == buggy:
            raise RuntimeError("a bug")
        return listing(url, body, kind)

    def read_input(item, *args):
        if item.name.endswith(first):
            raise RuntimeError("another bug")
        return read(item, *args)

    monkeypatch.setattr(feeds, "read_listing", read_listing)
    monkeypatch.setattr(command, "read_input", read_input)
    report = once(store, buggy, good)
    assert [f.origin for f in report.failures] == [buggy, site.base + first]
    assert "internal error" in report.failures[0].reason and "another bug" in report.failures[1].reason
    assert [a.url for a in store.articles()] == [site.base + second]


def test_page_without_article_is_reported_skipped_and_not_fetched_again(site, store, caplog):
    serve_articles(site)
    first, second = list(ARTICLES)[:2]
    site.add("/news/index.html", NO_ARTICLE)
    feed = site.add("/rss.xml", rss("/news/index.html", first), RSS)
    with caplog.at_level(logging.WARNING, logger="summitry.watch"):
        report = once(store, feed)
    assert [(f.origin, f.reason) for f in report.failures] == [(site.base + "/news/index.html",
                                                               "no article text found in the HTML page")]
    assert any(site.base + "/news/index.html" in m for m in caplog.messages)
    assert report.stored == 1
    site.add("/rss.xml", rss("/news/index.html", first, second), RSS)  # the feed gets a new item
    site.requests.clear()
    report = once(store, feed)
    assert (report.pages, report.stored, report.failures) == (1, 1, [])
    assert site.paths() == ["/rss.xml", second]


def test_restart_remembers_the_pages_it_has_read(site, db_path):
    serve_articles(site)
    feed = site.add("/rss.xml", rss(*ARTICLES), RSS)
    with Store(db_path) as store:
        assert once(store, feed).stored == 4
    site.validate = False  # the server now sends the whole feed every time
    site.requests.clear()
    with Store(db_path) as store:
        report = once(store, feed)
        assert (report.pages, report.stored, store.count_articles()) == (0, 0, 4)
    assert site.paths() == ["/rss.xml"]


def test_page_that_failed_to_load_is_tried_again_next_pass(site, store):
    serve_articles(site)
    first, second = list(ARTICLES)[:2]
    site.add(second, page(second), status=503)
    feed = site.add("/rss.xml", rss(first, second), RSS)
    report = once(store, feed)
    assert (report.stored, [f.origin for f in report.failures]) == (1, [site.base + second])
    assert memory.validators(store, feed) == (None, None)  # not validated while a page is missing
    site.add(second, page(second))
    site.requests.clear()
    report = once(store, feed)
    assert (report.stored, report.failures) == (1, [])
    assert site.paths() == ["/rss.xml", second]
    assert once(store, feed).unchanged == 1


def test_store_locked_by_another_process_leaves_the_page_for_the_next_pass(site, store, db_path):
    serve_articles(site)
    first = list(ARTICLES)[0]
    feed = site.add("/rss.xml", rss(first), RSS)
    store.db.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock for the whole pass
    try:
        report = once(store, feed)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [(f.origin, f.reason.startswith("store busy")) for f in report.failures] == [(site.base + first, True)]
    assert store.count_articles() == 0 and memory.validators(store, feed) == (None, None)
    assert once(store, feed).stored == 1


def test_stop_finishes_the_current_article_and_leaves_the_rest_for_next_time(site, store):
    serve_articles(site)
    feed = site.add("/rss.xml", rss(*ARTICLES), RSS)
    stop = threading.Event()

    class StopOnFirstPage(Pace):
        def wait(self, url: str) -> None:
            if "/news/" in url:
                stop.set()  # as a signal arriving while the first article is read
            super().wait(url)

    report = once(store, feed, pace=StopOnFirstPage(0), stop=stop)
    assert report.stopped and report.stored == 1 and store.count_articles() == 1
    assert memory.validators(store, feed) == (None, None)
    report = once(store, feed)
    assert (report.stored, store.count_articles()) == (3, 4)


def test_log_lines_hold_no_control_characters_from_the_web(site, store, caplog):
    feed = site.add("/rss.xml", rss("/news/\u202elmth.exe"), RSS)  # a right-to-left override in a link
    with caplog.at_level(logging.INFO, logger="summitry.watch"):
        report = once(store, feed)
    assert [f.origin for f in report.failures] == [site.base + "/news/\u202elmth.exe"]
    assert [m for m in caplog.messages if "failed: " + site.base + "/news/ lmth.exe" in m]
    assert not any("\u202e" in m for m in caplog.messages)


def test_feed_list_from_urls_text_files_and_opml(tmp_path):
    listing = tmp_path / "feeds.txt"
    listing.write_text("# world news\nhttp://127.0.0.1:1/a.xml\n\nftp://example.invalid/b\nhttp://127.0.0.1:1/c.xml\n")
    opml = tmp_path / "feeds.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
                    '<outline text="World"><outline text="A" type="rss" xmlUrl="http://127.0.0.1:1/a.xml"/></outline>'
                    '<outline text="D" type="rss" xmlUrl="http://127.0.0.1:1/d.xml"/></body></opml>')
    urls, failures = feed_urls(["http://127.0.0.1:1/z.xml", str(listing), str(opml), str(tmp_path / "none.txt")])
    assert urls == ["http://127.0.0.1:1/z.xml", "http://127.0.0.1:1/a.xml", "http://127.0.0.1:1/c.xml",
                    "http://127.0.0.1:1/d.xml"]
    assert [f.origin for f in failures] == [f"{listing}:4", str(tmp_path / "none.txt")]


def test_pace_spaces_requests_to_each_host():
    now, slept = [100.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pace = Pace(2.0, clock=lambda: now[0], sleep=sleep)
    pace.wait("http://a.example/1")
    pace.wait("http://b.example/1")  # another host: no wait
    pace.wait("http://a.example/2")
    now[0] += 5.0
    pace.wait("http://a.example/3")  # long enough since the last one
    assert slept == [2.0]


def test_cli_once_reads_an_opml_file(site, run_cli, tmp_path, db_path):
    serve_articles(site)
    feed = site.add("/rss.xml", rss(*list(ARTICLES)[:2]), RSS)
    opml = tmp_path / "feeds.opml"
    opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="{feed}"/></body></opml>')
    result = run_cli("watch", str(opml), "--once", "--delay", "0")
    assert result.exit_code == 0, result.output
    assert "pass 1: 1 feed(s) checked, 0 not modified; 2 new page(s): 2 stored" in result.stderr
    site.add("/broken.xml", "<rss><channel><item>", RSS)
    result = run_cli("watch", str(opml), site.base + "/broken.xml", "--once", "--delay", "0")
    assert result.exit_code == 1 and f"failed: {site.base}/broken.xml: malformed feed" in result.stderr
    with Store(db_path) as store:
        assert store.count_articles() == 2


def test_first_signal_asks_to_stop_and_a_second_acts_as_before():
    stop, before = threading.Event(), signal.getsignal(signal.SIGINT)
    with stop_on_signals(stop):
        signal.raise_signal(signal.SIGINT)
        assert stop.is_set()
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_watch_loop_stops_cleanly_on_a_signal(site, tmp_path, signum):
    serve_articles(site)
    feed = site.add("/rss.xml", rss(*ARTICLES), RSS)
    db = tmp_path / "watch.db"
    proc = subprocess.Popen([str(SUMMITRY_BIN), "watch", feed, "--db", str(db), "--interval", "0.2", "--delay", "0",
                             "--timeout", "5"],
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "SUMMITRY_DB": str(db)})
    lines = []
    try:
        for line in proc.stderr:  # wait for the end of the first pass
            lines.append(line)
            if "pass 1:" in line:
                break
        proc.send_signal(signum)
        _, rest = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, "".join(lines) + rest
    assert "stopping after the current article" in rest
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
        assert con.execute("SELECT count(*) FROM seen_pages WHERE outcome='stored'").fetchone()[0] == 4
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
