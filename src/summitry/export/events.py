"""The exported form of an event: summitry's record (see plover.py for PLOVER's)."""

from __future__ import annotations

from ..model import Event, Evidence
from .geo import located


def _evidence(e: Evidence) -> dict:
    return {"article": e.article, "sentence": e.sentence, "start": e.start, "end": e.end}


def _location(e: Event) -> dict | None:
    loc = located(e.location)
    if loc is None:
        return None
    return {"place": loc.place, "country": loc.country, "geonameid": loc.geonameid, "lat": loc.lat, "lon": loc.lon}


def event_record(e: Event) -> dict:
    """One event as summitry's JSON record."""
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "kind": e.kind,
        "title": e.title,
        "format": e.format,
        "series": e.series,
        "ordinal": e.ordinal,
        "countries": e.countries,
        "participants": [{"name": p.name, "role": p.role, "country": p.country, "org": p.org} for p in e.participants],
        "date": e.date,
        "location": _location(e),
        "status": e.status,
        "evidence": [_evidence(x) for x in e.evidence],
    }
