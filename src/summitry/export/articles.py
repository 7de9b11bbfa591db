"""The exported form of an article."""

from __future__ import annotations

from ..model import Article


def article_record(a: Article) -> dict:
    """One article as a flat JSON-ready dict."""
    return {
        "id": a.id,
        "file": a.file,
        "url": a.url,
        "title": a.title,
        "published": a.published_iso,
        "timezone": a.timezone,
        "source": a.source,
        "byline": a.byline,
        "dateline": a.dateline,
        "text": a.text,
        "captions": a.captions,
        "warnings": a.warnings,
    }
