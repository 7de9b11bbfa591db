"""Articles to and from rows of the articles table."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from ..model import Article

COLUMNS = (
    "id", "origin", "file", "url", "title", "published", "published_precision", "timezone",
    "source", "byline", "dateline", "paragraphs", "captions", "warnings",
)


def to_row(a: Article) -> tuple:
    return (
        a.id, a.origin, a.file, a.url, a.title,
        a.published.isoformat(timespec="minutes") if a.published else None,
        a.published_precision, a.timezone, a.source, a.byline, a.dateline,
        json.dumps(a.paragraphs, ensure_ascii=False), json.dumps(a.captions, ensure_ascii=False),
        json.dumps(a.warnings, ensure_ascii=False),
    )


def from_row(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"], origin=row["origin"], title=row["title"],
        paragraphs=json.loads(row["paragraphs"]), url=row["url"],
        published=datetime.fromisoformat(row["published"]) if row["published"] else None,
        published_precision=row["published_precision"], timezone=row["timezone"],
        source=row["source"], byline=row["byline"], dateline=row["dateline"],
        captions=json.loads(row["captions"]), warnings=json.loads(row["warnings"]),
    )
