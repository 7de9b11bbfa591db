"""Read an HTML page: trafilatura finds the main text and metadata."""

from __future__ import annotations

import logging

from ..model import Article, RawDocument
from .scraped import CleaningError, clean_scraped

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


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
    published = raw.published or getattr(doc, "date", None)
    meta = [line for line in (f"By {doc.author}" if getattr(doc, "author", None) else None,) if line]
    # Paragraphs come one per line; keep the page's own byline for the cleaner to read.
    text = "\n\n".join(meta + [p for p in body.split("\n") if p.strip()])
    article = clean_scraped(
        RawDocument(raw.origin, text, "text", raw.url or getattr(doc, "url", None), title, published, raw.warnings)
    )
    if article.source is None and getattr(doc, "sitename", None):
        article.source = doc.sitename
    return article
