"""Feeds for `summitry watch`: the feed list (URLs, text files, OPML), conditional GET at a
per-host pace, and the page links an RSS/Atom feed or a sitemap lists."""

from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..model import Failure
from .read import _http_error, _unreachable

USER_AGENT = "summitry/0.1 (+news event extraction)"
MAX_SITEMAPS = 50  # sitemaps read from one sitemap index, in one pass
MAX_SITEMAP_BYTES = 50_000_000  # the sitemap protocol's limit for one uncompressed sitemap
_OPML = re.compile(rb"<opml\b", re.I)
_SITEMAP = re.compile(rb"<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b")
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def feed_urls(names: list[str]) -> tuple[list[str], list[Failure]]:
    """The feed URLs the user names: URLs, text files of URLs (one a line, # comments) and OPML
    files (each outline's xmlUrl); each name or line that gives none is a Failure."""
    urls: dict[str, None] = {}
    failures: list[Failure] = []
    for name in names:
        if _is_url(name):
            urls[name] = None
            continue
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            failures.append(Failure(name, f"cannot read: {exc.strerror or exc}"))
            continue
        if _OPML.search(data[:4096]):
            try:
                urls.update(dict.fromkeys(opml_urls(data)))
            except etree.XMLSyntaxError as exc:
                failures.append(Failure(name, f"malformed OPML: {exc}"))
            continue
        for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
            line = line.strip()
            if line and not line.startswith("#"):
                urls.update({line: None}) if _is_url(line) else failures.append(
                    Failure(f"{name}:{number}", "not an http(s) URL"))
    return list(urls), failures


def opml_urls(data: bytes) -> list[str]:
    """The feed URLs (xmlUrl) of an OPML document's outlines, nested or not, in order."""
    root = etree.fromstring(data, _XML)
    return [u.strip() for u in root.xpath("//outline/@xmlUrl") if _is_url(u.strip())]


class Pace:
    """A per-host rate limit: requests to one host start at least `delay` seconds apart."""

    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.delay, self.clock, self.sleep = delay, clock, sleep
        self._next: dict[str, float] = {}

    def wait(self, url: str) -> None:
        """Wait until the URL's host may be asked again, and book the next slot."""
        host = urllib.parse.urlsplit(url).netloc.lower()
        now = self.clock()
        ready = self._next.get(host, now)
        if ready > now:
            self.sleep(ready - now)
            now = ready
        self._next[host] = now + self.delay


@dataclass
class Response:
    """A feed's answer: 200 with its body and validators, or 304 (not modified)."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Fetcher:
    """Conditional GET with a timeout, a size limit and a per-host pace."""

    timeout: float
    max_bytes: int
    pace: Pace

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response | Failure:
        """GET url, sending the validators given; a 304 is a Response, any problem a Failure."""
        headers = {"User-Agent": USER_AGENT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self.pace.wait(url)
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=self.timeout) as r:
                body = r.read(self.max_bytes + 1)
                kind = r.headers.get_content_type() if r.headers.get("Content-Type") else None
                found = Response(200, body, kind, r.headers.get("ETag"), r.headers.get("Last-Modified"))
        except urllib.error.HTTPError as exc:
            exc.close()
            return Response(304, etag=etag, last_modified=last_modified) if exc.code == 304 else Failure(
                url, _http_error(exc))
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
            return Failure(url, _unreachable(exc))
        if len(found.body) > self.max_bytes:
            return Failure(url, f"over the size limit of {self.max_bytes} bytes")
        return found


@dataclass
class Listing:
    """The links of one feed or sitemap: article pages, and the sitemaps a sitemap index names."""

    pages: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def _page(base: str, link: str | None) -> str | None:
    if not link:
        return None
    url = urllib.parse.urldefrag(urllib.parse.urljoin(base, link.strip()))[0]
    return url if _is_url(url) else None


def _unique(links: list[str | None]) -> list[str]:
    return list(dict.fromkeys(link for link in links if link))


def read_listing(url: str, body: bytes, content_type: str | None = None) -> Listing | Failure:
    """The links of a sitemap or an RSS/Atom feed (either may be gzipped, as sitemap.xml.gz
    often is); malformed XML or no feed at all is a Failure."""
    if body.startswith(b"\x1f\x8b"):
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflate.decompress(body, MAX_SITEMAP_BYTES + 1)
        except zlib.error as exc:
            return Failure(url, f"damaged gzip file: {exc}")
        if len(body) > MAX_SITEMAP_BYTES:
            return Failure(url, f"over {MAX_SITEMAP_BYTES} bytes once uncompressed")
        if not inflate.eof:
            return Failure(url, "damaged gzip file: it ends too early")
    if _SITEMAP.search(body[:2048]):
        return _sitemap(url, body)
    import feedparser  # imported on first use, like trafilatura

    parsed = feedparser.parse(body, response_headers={"content-location": url,
                                                      "content-type": content_type or "application/xml"})
    if not parsed.get("version"):
        return Failure(url, "not an RSS/Atom feed or a sitemap")
    problem = parsed.get("bozo_exception")
    if parsed.bozo and not isinstance(problem, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
        return Failure(url, f"malformed feed: {' '.join(str(problem).split())}")
    links = [e.get("link") or (e.get("id") if _is_url(e.get("id") or "") else None) for e in parsed.entries]
    return Listing(pages=_unique([_page(url, link) for link in links]))


def _sitemap(url: str, body: bytes) -> Listing | Failure:
    try:
        root = etree.fromstring(body, _XML)
    except etree.XMLSyntaxError as exc:
        return Failure(url, f"malformed sitemap: {exc}")
    locs = _unique([_page(url, loc) for loc in root.xpath("./*/*[local-name()='loc']/text()")])
    return Listing(sitemaps=locs) if etree.QName(root).localname == "sitemapindex" else Listing(pages=locs)


@dataclass
class Listed:
    """A feed or sitemap that answered with content: its pages, and the validators to keep once
    they are all read."""

    url: str
    pages: list[str]
    etag: str | None
    last_modified: str | None


@dataclass
class Poll:
    """One feed checked: what it lists now (a sitemap index: each of its sitemaps), the feeds
    that answered 304 Not Modified, and the failures, each naming its URL."""

    listed: list[Listed] = field(default_factory=list)
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)


def poll(url: str, fetcher: Fetcher, known: Callable[[str], tuple[str | None, str | None]]) -> Poll:
    """Check a feed or sitemap by conditional GET with the validators known(url) gives, following
    a sitemap index to its sitemaps. An index itself keeps no validators: it is read each time,
    so that a sitemap it names is checked even when the index has not changed."""
    result, queue, visited = Poll(), [url], set()
    while queue and len(visited) < MAX_SITEMAPS:
        current = queue.pop(0)
        if current in visited:
            continue
        visited.add(current)
        response = fetcher.get(current, *known(current))
        if isinstance(response, Failure):
            result.failures.append(response)
            continue
        if response.status == 304:
            result.unchanged += 1
            continue
        found = read_listing(current, response.body, response.content_type)
        if isinstance(found, Failure):
            result.failures.append(found)
        elif found.sitemaps:
            queue.extend(found.sitemaps)
        else:
            result.listed.append(Listed(current, found.pages, response.etag, response.last_modified))
    return result
