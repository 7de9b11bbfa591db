"""Read an HTML page: trafilatura finds the main text and metadata."""

from __future__ import annotations

import html
import logging
import re

from ..model import Article, RawDocument
from .lexicon import lexicon
from .scraped import CleaningError, clean_scraped, parse_published

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_TIME_TAG = re.compile(r"<time\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_JSON_LD_DATE = re.compile(r"""["']datePublished["']\s*:\s*["']([^"']{8,40})["']""")


def _attrs(tag: str) -> dict[str, str]:
    return {m[1].lower(): html.unescape(m[2] or m[3] or m[4] or "") for m in _ATTR.finditer(tag)}


def published_in_markup(page: str) -> str | None:
    """The publication time the page states in markup, at its best precision, else None.

    Read from <meta> tags (page.yaml published_meta, in that order), JSON-LD datePublished,
    then <time datetime>: the first that parses, refined by a timed one on the same day.
    """
    names = lexicon().published_meta
    ranked: list[tuple[int, str]] = []
    for tag in _META_TAG.findall(page):
        attrs = _attrs(tag)
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in names and attrs.get("content"):
            ranked.append((names.index(key), attrs["content"]))
    candidates = [value for _, value in sorted(ranked, key=lambda r: r[0])]
    candidates += _JSON_LD_DATE.findall(page)
    for tag in _TIME_TAG.findall(page):
        attrs = _attrs(tag)
        if attrs.get("datetime"):
            candidates.append(attrs["datetime"])
    found = [(value, parse_published(value)) for value in candidates]
    found = [(value.strip(), date) for value, date in found if date is not None]
    if not found:
        return None
    value, best = found[0]
    if best.precision == "day":
        timed = [v for v, d in found if d.precision == "minute" and d.value.date() == best.value.date()]
        value = timed[0] if timed else value
    return value


def clean_html(raw: RawDocument) -> Article:
    """Extract the article from an HTML page, then clean its text like a scraped page."""
    import trafilatura  # imported on first use: it is slow to load and most input is text

    doc = trafilatura.bare_extraction(
        raw.content, url=raw.url, with_metadata=True, include_comments=False,
        include_tables=False, favor_precision=True,
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise CleaningError("no article text found in the HTML page")
    title = raw.title or getattr(doc, "title", None)
    # The page's own markup keeps the minute; the extractor's date is the day only.
    published = raw.published or published_in_markup(raw.content) or getattr(doc, "date", None)
    meta = [line for line in (f"By {doc.author}" if getattr(doc, "author", None) else None,) if line]
    # Paragraphs come one per line; keep the page's own byline for the cleaner to read.
    text = "\n\n".join(meta + [p for p in body.split("\n") if p.strip()])
    article = clean_scraped(
        RawDocument(raw.origin, text, "text", raw.url or getattr(doc, "url", None), title, published, raw.warnings)
    )
    if article.source is None and getattr(doc, "sitename", None):
        article.source = doc.sitename
    return article
