"""Incremental linking against the store, blocked by country pairs and date window.

A new mention is compared only with the events that share a pair of its countries (or its
one country) and whose dates can overlap its own, so cost grows with the size of a block,
not with the number of events stored.
"""

from __future__ import annotations

from itertools import combinations

from ..events.facts import dates_overlap, facts_compatible, interval, plausible_window
from ..model import Event, EventMention
from ..store import Store
from .aggregate import aggregate, date_span, event_id, reported_span


def blocking_keys(countries: list[str], series: str | None = None) -> list[str]:
    """Where an event is filed: one key per pair of its countries (its one country when
    there is one), and its series when it has a name."""
    codes = sorted(set(countries))
    keys = codes if len(codes) == 1 else ["+".join(pair) for pair in combinations(codes[:8], 2)]
    return keys + ([f"series:{series}"] if series else [])


def lookup_keys(m: EventMention) -> list[str]:
    """Where to look for a mention's event: its pairs, each of its countries (events of
    one country, such as a forum, are filed under it alone), and its series."""
    singles = sorted(set(m.countries)) if len(set(m.countries)) > 1 else []
    return blocking_keys(m.countries, m.series) + singles


def _window(m: EventMention) -> tuple[str | None, str | None]:
    iv = interval(m.date) or plausible_window(m) if m.status else interval(m.date)
    return (iv[0].isoformat(), iv[1].isoformat()) if iv else (None, None)


def _as_mention(e: Event) -> EventMention:
    return EventMention(
        article="", published=None, type=e.type, kind=e.kind, status=e.status, mode=e.mode, format=e.format,
        countries=e.countries, participants=e.participants, date=e.date, location=e.location,
        series=e.series if e.series and not e.series.endswith(f"{e.format} {e.kind}") else None,
        ordinal=e.ordinal,
    )


def _fits_window(e: Event, m: EventMention) -> bool:
    """An undated mention joins only an event in its time frame (a plan is not a past event)."""
    if m.date or not e.date or not m.status:
        return dates_overlap(e.date, m.date)
    window = plausible_window(m)
    iv = interval(e.date)
    return window is None or iv is None or (iv[0] <= window[1] and window[0] <= iv[1])


def _score(e: Event, m: EventMention) -> float:
    people = {p.name for p in e.participants} & {p.name for p in m.participants}
    same_series = 1.0 if m.series and m.series == e.series else 0.0
    same_format = 0.5 if m.format and m.format == e.format else 0.0
    dated = 1.0 if m.date and e.date and dates_overlap(m.date, e.date) else 0.0
    overlap = len(set(e.countries) & set(m.countries)) / max(1, len(set(e.countries) | set(m.countries)))
    return same_series + same_format + dated + overlap + 0.5 * len(people)


def link(store: Store, mentions: list[EventMention]) -> list[str]:
    """Attach each mention to the event it reports, creating events as needed; returns event ids."""
    ids: list[str] = []
    for m in mentions:
        keys = lookup_keys(m)
        start, end = _window(m)
        candidates = [
            e for e in store.candidates(keys, start, end)
            if e.id not in ids and facts_compatible(_as_mention(e), m) and _fits_window(e, m)
        ]
        best = max(candidates, key=lambda e: _score(e, m), default=None)
        eid = best.id if best else event_id(m)
        store.add_mention(eid, m)
        event = aggregate(eid, store.mentions_of(eid))
        named = event.series if event.series and any(x.series == event.series for x in event.mentions) else None
        store.save_event(event, date_span(event), reported_span(event), blocking_keys(event.countries, named))
        if event.series:
            store.refresh_series(event.series)
        ids.append(eid)
    return ids
