"""summitry's Python API: extract the events of one article, or open a store and query it.

>>> import summitry
>>> db = summitry.open(":memory:")
>>> db.events()
[]
>>> db.close()

Heavy parts (spaCy, trafilatura, the pipeline) are imported when first used, not on
`import summitry`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .export.articles import article_record
from .export.geo import located
from .model import Article, Event
from .store import EventFilter, Store


@dataclass(frozen=True)
class Participant:
    name: str
    role: str | None
    country: str | None
    org: str | None = None  # an organisation's official: its code ("EU", "NATO")


@dataclass(frozen=True)
class Place:
    """An event's place, with GeoNames id and coordinates where the gazetteer knows it."""

    place: str | None
    country: str | None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class EvidenceSentence:
    article: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class EventRecord:
    """One real-world event, with the fields of summitry's export."""

    id: str
    type: str
    kind: str
    status: str
    title: str
    mode: str | None
    format: str | None
    series: str | None
    ordinal: int | None
    countries: tuple[str, ...]
    participants: tuple[Participant, ...]
    date: str | None
    location: Place | None
    evidence: tuple[EvidenceSentence, ...]
    reports: int = 0
    first_reported: datetime | None = None
    last_reported: datetime | None = None

    @classmethod
    def of(cls, e: Event) -> EventRecord:
        loc = located(e.location)
        return cls(
            id=e.id, type=e.type, kind=e.kind, status=e.status, title=e.title, mode=e.mode, format=e.format,
            series=e.series, ordinal=e.ordinal, countries=tuple(e.countries),
            participants=tuple(Participant(p.name, p.role, p.country, p.org) for p in e.participants), date=e.date,
            location=Place(loc.place, loc.country, loc.geonameid, loc.lat, loc.lon) if loc else None,
            evidence=tuple(EvidenceSentence(x.article, x.sentence, x.start, x.end) for x in e.evidence),
            reports=e.reports, first_reported=e.first_reported, last_reported=e.last_reported,
        )

    def to_dict(self) -> dict:
        return asdict(self)

    def plover(self) -> dict:
        """This event as a PLOVER record (see the README's Formats)."""
        from .export.plover import plover_record

        return plover_record(self)


@dataclass(frozen=True)
class ArticleRecord:
    """One stored article, with the fields of summitry's export."""

    id: str
    file: str | None
    url: str | None
    title: str | None
    published: str | None
    timezone: str | None
    source: str | None
    byline: str | None
    dateline: str | None
    text: str
    captions: tuple[str, ...]
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, a: Article) -> ArticleRecord:
        r = article_record(a)
        return cls(**{**r, "captions": tuple(r["captions"]), "warnings": tuple(r["warnings"])})

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SeriesRecord:
    """A series of events (a recurring dialogue or summit): its first and last known dates."""

    name: str
    countries: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    events: int

    def to_dict(self) -> dict:
        return asdict(self)


class Records(list):
    """A list of records that turns into a pandas DataFrame or an Arrow table."""

    def _events(self) -> bool:
        return bool(self) and isinstance(self[0], EventRecord)

    def to_arrow(self):
        """A pyarrow Table, one row per record; events as the flat events table of the
        Parquet export (needs pyarrow: pip install 'summitry[analysis]')."""
        pa = _optional("pyarrow")
        if self._events():
            from .export.tables import EVENT_COLUMNS, arrow_table, event_row

            return arrow_table([event_row(r) for r in self], EVENT_COLUMNS)
        return pa.Table.from_pylist([r.to_dict() for r in self])

    def to_pandas(self):
        """A pandas DataFrame, one row per record (needs pandas: pip install 'summitry[analysis]')."""
        _optional("pandas")
        return self.to_arrow().to_pandas()


def _optional(name: str):
    """An optional analysis library, or an ImportError that says how to install it."""
    from importlib import import_module

    try:
        return import_module(name)
    except ImportError:
        raise ImportError(f"{name} is not installed: pip install 'summitry[analysis]'") from None


def _published(value: str | date | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def extract(text: str, published: str | date | datetime | None = None, url: str | None = None,
            title: str | None = None) -> Records:
    """The events one article reports, as full event records, without a store.

    text is the article's text (or its HTML, if it starts with '<'); published its
    publication date-time, which anchors relative dates ("on Tuesday")."""
    from .linking.aggregate import aggregate, event_id
    from .model import RawDocument
    from .pipeline import to_article, to_mentions

    fmt = "html" if text.lstrip().startswith("<") else "text"
    raw = RawDocument("<text>", text, fmt, url=url, title=title, published=_published(published))
    article = to_article(raw)
    if not isinstance(article, Article):
        raise ValueError(article.reason)
    mentions = to_mentions(article)
    if not isinstance(mentions, list):
        raise RuntimeError(mentions.reason)
    return Records(EventRecord.of(aggregate(event_id(m), [m])) for m in mentions)


def _matches(e: Event, needle: str) -> bool:
    hay = [e.title, e.series or "", e.location.place or "" if e.location else ""]
    hay += [p.name for p in e.participants] + [x.sentence for x in e.evidence]
    return any(needle in h.casefold() for h in hay)


class Database:
    """A summitry store opened for the Python API (see summitry.open)."""

    def __init__(self, path: str | Path, create: bool = True):
        self.store = Store(path, create=create)

    def ingest(self, paths: Iterable[str | Path] | str | Path):
        """Read, clean, extract and store articles (files, folders, globs, URLs); returns the
        IngestReport (stored, unchanged, events, failures, warnings)."""
        from .config import settings
        from .pipeline import ingest
        from .sources import plan

        names = [str(paths)] if isinstance(paths, (str, Path)) else [str(p) for p in paths]
        return ingest(self.store, plan(names), settings())

    def events(self, country: str | Iterable[str] | None = None, status: str | None = None,
               since: str | None = None, until: str | None = None, series: str | None = None,
               type: str | None = None, text: str | None = None, limit: int | None = None,
               offset: int = 0) -> Records:
        """Stored events by date, filtered: country (ISO3, or several that must all take
        part), status, since/until (YYYY[-MM[-DD]]), series (substring), PLOVER type, and
        text (case-blind, in the title, series, place, participants or evidence)."""
        countries = (country,) if isinstance(country, str) else tuple(country or ())
        where = EventFilter(countries, type, status, since, until, series)
        if not text:
            return Records(map(EventRecord.of, self.store.events_with_evidence(where, limit, offset)))
        needle = text.casefold()
        found = (e for e in self.store.events_with_evidence(where) if _matches(e, needle))
        out = Records()
        for i, e in enumerate(found):
            if i >= offset + (limit if limit is not None else float("inf")):
                break
            if i >= offset:
                out.append(EventRecord.of(e))
        return out

    def event(self, event_id: str) -> EventRecord | None:
        """One event with all its evidence, or None."""
        e = self.store.event(event_id)
        return EventRecord.of(e) if e else None

    def series(self) -> Records:
        """Every series known to the store."""
        import json

        return Records(SeriesRecord(r["name"], tuple(json.loads(r["countries"])), r["first_date"], r["last_date"],
                                    r["events"]) for r in self.store.series())

    def articles(self, limit: int | None = None, offset: int = 0) -> Records:
        """Stored articles by publication time."""
        return Records(map(ArticleRecord.of, self.store.articles(limit, offset)))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def open(path: str | Path, create: bool = True) -> Database:  # noqa: A001 - summitry.open reads well
    """Open (or, with create=True, create) the store at path."""
    return Database(path, create=create)
