"""Events, mentions and evidence to and from rows."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from ..events.facts import interval
from ..model import Event, EventMention, Evidence, Location, Person


def people_json(people: list[Person]) -> str:
    return json.dumps([{"name": p.name, "role": p.role, "country": p.country, **({"org": p.org} if p.org else {})}
                       for p in people], ensure_ascii=False)


def people_from(text: str) -> list[Person]:
    return [Person(p["name"], p.get("role"), p.get("country"), p.get("org")) for p in json.loads(text)]


def _location(place: str | None, country: str | None) -> Location | None:
    return Location(place, country) if place or country else None


def mention_row(event_id: str, m: EventMention) -> tuple:
    return (
        event_id, m.article, _published(m),
        m.type, m.kind, m.status, m.mode, m.format, m.series, m.ordinal,
        json.dumps(m.countries), people_json(m.participants), m.date,
        m.location.place if m.location else None, m.location.country if m.location else None, m.trigger,
    )


MENTION_COLUMNS = (
    "event_id", "article_id", "published", "type", "kind", "status", "mode", "format", "series",
    "ordinal", "countries", "participants", "date", "place", "place_country", "trigger",
)


def _published(m: EventMention) -> str | None:
    """A report's publication as stored: ISO at its precision ("2024-01" for a month)."""
    if m.published is None:
        return None
    return m.published.strftime("%Y-%m") if m.published_precision == "month" else m.published.isoformat(timespec="minutes")


def mention_from(row: sqlite3.Row, evidence: list[Evidence]) -> EventMention:
    month = bool(row["published"]) and len(row["published"]) == 7
    return EventMention(
        article=row["article_id"],
        published=datetime.fromisoformat(row["published"] + "-01" if month else row["published"]) if row["published"] else None,
        published_precision="month" if month else None,
        type=row["type"], kind=row["kind"], status=row["status"], mode=row["mode"], format=row["format"],
        countries=json.loads(row["countries"]), participants=people_from(row["participants"]),
        date=row["date"], location=_location(row["place"], row["place_country"]),
        series=row["series"], ordinal=row["ordinal"], trigger=row["trigger"], evidence=evidence,
    )


EVENT_COLUMNS = (
    "id", "type", "kind", "status", "title", "mode", "format", "series", "ordinal", "countries",
    "participants", "date", "date_start", "date_end", "place", "place_country",
    "named_series", "reports", "first_reported", "last_reported", "status_reported",
)


def _time(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def event_row(e: Event) -> tuple:
    iv = interval(e.date)
    return (
        e.id, e.type, e.kind, e.status, e.title, e.mode, e.format, e.series, e.ordinal,
        json.dumps(e.countries), people_json(e.participants), e.date,
        iv[0].isoformat() if iv else None, iv[1].isoformat() if iv else None,
        e.location.place if e.location else None, e.location.country if e.location else None,
        e.named_series, e.reports, _time(e.first_reported), _time(e.last_reported), _time(e.status_reported),
    )


def event_from(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"], type=row["type"], kind=row["kind"], status=row["status"], title=row["title"],
        mode=row["mode"], format=row["format"], series=row["series"], ordinal=row["ordinal"],
        countries=json.loads(row["countries"]), participants=people_from(row["participants"]),
        date=row["date"], location=_location(row["place"], row["place_country"]),
        named_series=row["named_series"], reports=row["reports"],
        first_reported=_parse(row["first_reported"]), last_reported=_parse(row["last_reported"]),
        status_reported=_parse(row["status_reported"]),
    )
