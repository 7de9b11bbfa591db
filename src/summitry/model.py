"""The one typed data model passed between summitry's stages.

Data flows: sources -> RawDocument -> cleaning -> Article -> language (Sentence) ->
actors (ActorMention) and time (Timex) -> events (EventMention) -> linking (Event) -> store.
Every object here is plain data: stages build them, the store persists them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class RawDocument:
    """What a source yields before cleaning: text or HTML plus what the source knows."""

    origin: str  # path, URL, "<stdin>" or "path:line" for JSON Lines
    content: str
    format: str = "text"  # "text" or "html"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given by the source (JSON Lines), parsed in cleaning
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or cleaned: where, and why, in one line."""

    origin: str
    reason: str


@dataclass
class Article:
    """A cleaned news article with its metadata."""

    id: str
    origin: str
    title: str | None
    paragraphs: list[str]
    url: str | None = None
    published: datetime | None = None  # naive local time of the outlet
    published_precision: str | None = None  # "minute", "day" or "month"
    timezone: str | None = None
    source: str | None = None  # credited outlet or agency
    byline: str | None = None
    dateline: str | None = None
    dateline_day: str | None = None  # "XXXX-09-04": the dateline's day (the day the news was made)
    captions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The clean body, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def file(self) -> str | None:
        """Base name of the source file, if the article came from one."""
        if self.origin.startswith(("http://", "https://", "<")):
            return None
        return self.origin.split(":", 1)[0].replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def published_iso(self) -> str | None:
        """Publication date-time in ISO 8601 at its precision."""
        if self.published is None:
            return None
        if self.published_precision == "minute":
            return self.published.strftime("%Y-%m-%dT%H:%M")
        if self.published_precision == "month":
            return self.published.strftime("%Y-%m")
        return self.published.strftime("%Y-%m-%d")


def content_id(title: str | None, body: str) -> str:
    """Stable article id: a hash of the clean title and body, blind to whitespace."""
    norm = " ".join(f"{title or ''}\n{body}".split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article's body or captions, with offsets into that text."""

    index: int
    start: int
    end: int
    text: str
    section: str = "body"  # "body" or "caption"


@dataclass(frozen=True)
class Timex:
    """A TIMEX3-style temporal expression with character offsets into its text.

    value is a TIMEX3 value (2021-03-18, 2021-03, 2021-H2, P3D, PAST_REF, ...).
    For a range (March 17-18), value is the start and end_value the end.
    mod is a TIMEX3 modifier (START, MID, END, APPROX, ...), if any.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    end_value: str | None = None
    mod: str | None = None

    @property
    def interval(self) -> str:
        """value, or value/end_value for a range."""
        return f"{self.value}/{self.end_value}" if self.end_value else self.value


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    org: str | None = None  # an organisation's official: its code ("EU", "NATO"); such a person has no country


@dataclass(frozen=True)
class ActorMention:
    """A reference to an actor in a sentence: a country, organization, person or group."""

    start: int
    end: int
    text: str
    kind: str  # "country", "organization", "person", "group"
    code: str | None = None  # ISO3 for countries, short code for organizations
    person: Person | None = None
    members: tuple[str, ...] = ()  # ISO3 codes a group or collective reference stands for


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: article id, sentence text and its offsets in the article."""

    article: str
    sentence: str
    start: int
    end: int
    field: str | None = None  # which fact it supports ("date", "location", ...), or None


@dataclass(frozen=True)
class Location:
    """Where an event takes place; GeoNames id and coordinates where the gazetteer knows the place."""

    place: str | None
    country: str | None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class EventMention:
    """One report of an event in one article."""

    article: str
    published: datetime | None
    type: str  # PLOVER type: CONSULT, AGREE, THREATEN, ...
    kind: str  # meeting, visit, call, summit, forum, agreement, statement, ...
    status: str  # proposed, scheduled, held, postponed, cancelled
    mode: str | None = None
    format: str | None = None  # 2+2, trilateral, multilateral, ministerial, ...
    countries: list[str] = field(default_factory=list)
    participants: list[Person] = field(default_factory=list)
    date: str | None = None  # TIMEX3 value or start/end
    location: Location | None = None
    series: str | None = None
    ordinal: int | None = None
    trigger: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    published_precision: str | None = None  # "month" when the report is dated to its month only


@dataclass
class Event:
    """One real-world event, merged from all the mentions that report it."""

    id: str
    type: str
    kind: str
    status: str
    title: str
    mode: str | None = None
    format: str | None = None
    series: str | None = None
    ordinal: int | None = None
    countries: list[str] = field(default_factory=list)
    participants: list[Person] = field(default_factory=list)
    date: str | None = None
    location: Location | None = None
    evidence: list[Evidence] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)
    named_series: str | None = None  # a name the text gives ("Shangri-La Dialogue"), not a derived one
    reports: int = 0  # mentions linked to it
    first_reported: datetime | None = None
    last_reported: datetime | None = None
    status_reported: datetime | None = None  # when the report that set the status appeared; None: inferred
    unresolved_date: str | None = None  # the best value known when no calendar one is (XXXX-WXX-3, 2023-W30); date is then None
