"""The exported forms of an event: summitry's record and a PLOVER record."""

from __future__ import annotations

from ..model import Event, Evidence


def _evidence(e: Evidence) -> dict:
    return {"article": e.article, "sentence": e.sentence, "start": e.start, "end": e.end}


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
        "participants": [{"name": p.name, "role": p.role, "country": p.country} for p in e.participants],
        "date": e.date,
        "location": {"place": e.location.place, "country": e.location.country} if e.location else None,
        "status": e.status,
        "evidence": [_evidence(x) for x in e.evidence],
    }


def plover_record(e: Event) -> dict:
    """One event under PLOVER's rules: future meetings are AGREE, a visit's host is the recipient."""
    future = e.status in ("proposed", "scheduled", "postponed")
    event_type = "AGREE" if future and e.type == "CONSULT" else e.type
    host = e.location.country if e.location and e.mode == "visit" else None
    actors = [c for c in e.countries if c != host] if host else list(e.countries)
    start, _, end = (e.date or "").partition("/")
    first = e.evidence[0] if e.evidence else None
    return {
        "id": e.id,
        "event_type": event_type,
        "mode": None if event_type == "AGREE" else e.mode,
        "context": ["diplomatic"],
        "actor": actors,
        "recipient": [host] if host else [],
        "date": start or None,
        "end_date": end or None,
        "location": {"place": e.location.place, "country": e.location.country} if e.location else None,
        "aux_mode": "future" if future else None,
        "status": e.status,
        "sentence": first.sentence if first else None,
        "span": [first.start, first.end] if first else None,
    }
