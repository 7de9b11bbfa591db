"""Article cleaning: raw page text or HTML in, a clean Article with metadata out."""

from ..model import Article, RawDocument
from .html import clean_html
from .scraped import CleaningError, clean_scraped, parse_published

__all__ = ["clean", "clean_html", "clean_scraped", "parse_published", "CleaningError"]


def clean(raw: RawDocument) -> Article:
    """Clean one raw document, HTML or text (raises CleaningError when there is no article)."""
    return clean_html(raw) if raw.format == "html" else clean_scraped(raw)
