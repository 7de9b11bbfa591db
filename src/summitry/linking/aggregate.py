"""An event's record, folded from the mentions that report it."""

from __future__ import annotations

import hashlib

from ..events.facts import LEVELS, add_people, interval, merge_date, merge_location
from ..model import Event, EventMention



def event_id(m: EventMention) -> str:
    """A stable id from the first mention: its article, place in it, and kind."""
    first = m.evidence[0] if m.evidence else None
    seed = f"{m.article}:{first.start if first else 0}:{m.kind}:{m.date}"
    return "ev-" + hashlib.sha1(seed.encode()).hexdigest()[:12]


def _series(e: Event) -> str | None:
    """A named mechanism, or the recurring format between a fixed set of states."""
    named = next((m.series for m in e.mentions if m.series), None)
    if named:
        return named
    if e.format in ("2+2", "trilateral", "ministerial") and len(e.countries) >= 2:
        return f"{'-'.join(sorted(e.countries))} {e.format} {e.kind}"
    return None


def title(e: Event) -> str:
    """A readable one-line title."""
    what = e.series or " ".join(x for x in (e.format, e.kind) if x)
    who = ", ".join(p.name for p in e.participants[:4]) or "-".join(e.countries)
    where = f" in {e.location.place or e.location.country}" if e.location else ""
    return f"{what[:1].upper()}{what[1:]}: {who}{where}"


def aggregate(eid: str, mentions: list[EventMention]) -> Event:
    """Fold mentions (any order) into the event they report; status follows the latest report."""
    ordered = sorted(mentions, key=lambda m: (m.published is None, m.published))
    first = ordered[0]
    e = Event(id=eid, type=first.type, kind=first.kind, status="", title="", mentions=ordered)
    for m in ordered:
        e.date = merge_date(e.date, m.date)
        e.location = merge_location(e.location, m.location)
        e.format = m.format if e.format in LEVELS | {None} and m.format else e.format
        e.mode = e.mode or m.mode
        e.ordinal = e.ordinal or m.ordinal
        add_people(e.participants, m.participants)
        e.countries.extend(c for c in m.countries if c not in e.countries)
        e.evidence.extend(m.evidence)
        if m.status:
            e.status = m.status
        if m.kind in ("summit", "forum") and e.kind == "meeting":
            e.kind = m.kind  # "the leaders meet ... the summit": the summit names it
    if not e.status:
        iv = interval(e.date)
        last = ordered[-1].published
        e.status = "scheduled" if iv and last and iv[0] > last.date() else "held"
    if e.kind == "meeting" and len(e.countries) == 3 and e.format in LEVELS | {None}:
        e.format = "trilateral"  # three states at one table
    e.series = _series(e)
    e.title = title(e)
    return e


def date_span(e: Event) -> tuple[str | None, str | None]:
    iv = interval(e.date)
    return (iv[0].isoformat(), iv[1].isoformat()) if iv else (None, None)


def reported_span(e: Event) -> tuple[str | None, str | None]:
    days = [m.published.isoformat(timespec="minutes") for m in e.mentions if m.published]
    return (min(days), max(days)) if days else (None, None)


__all__ = ["aggregate", "date_span", "event_id", "reported_span", "title"]
