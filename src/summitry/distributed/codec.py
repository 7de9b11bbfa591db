"""Articles and event mentions as JSON text (one Parquet cell each), and back, losslessly."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime

from ..model import Article, EventMention, Evidence, Location, Person


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def article_json(a: Article) -> str:
    """An article as JSON."""
    return json.dumps({**asdict(a), "published": _time(a.published)}, ensure_ascii=False)


def article_from(text: str) -> Article:
    """The article article_json wrote."""
    fields = json.loads(text)
    return Article(**{**fields, "published": _parse(fields["published"])})


def mentions_json(mentions: list[EventMention]) -> str:
    """An article's event mentions as one JSON list."""
    return json.dumps([{**asdict(m), "published": _time(m.published)} for m in mentions], ensure_ascii=False)


def mentions_from(text: str) -> list[EventMention]:
    """The mentions mentions_json wrote."""
    out = []
    for m in json.loads(text):
        location = m["location"]
        out.append(EventMention(**{
            **m,
            "published": _parse(m["published"]),
            "participants": [Person(**p) for p in m["participants"]],
            "location": Location(**location) if location else None,
            "evidence": [Evidence(**e) for e in m["evidence"]],
        }))
    return out
