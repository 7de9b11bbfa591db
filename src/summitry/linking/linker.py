"""Incremental linking against the store, blocked by parties, series and month.

An event is filed under keys made of who (each pair of its countries, its one country, or
its series name) and when (each month its date covers; an undated event under the month
it was last reported). A new mention looks only under the keys of its own parties and of
the months it can fall in, so the events it is compared with are those of the same
parties at the same time: cost per mention stays flat as the store grows.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

from ..events.facts import dates_overlap, facts_compatible, interval, plausible_window
from ..model import Event, EventMention
from ..store import Store
from .aggregate import event_id, fold

_MAX_MONTHS = 30  # a date coarser than this is filed once, under "coarse"
_UNDATED_REACH = 400  # days an undated event stays a candidate around its last report


def _who(countries: list[str], series: str | None) -> list[str]:
    codes = sorted(set(countries))
    keys = codes if len(codes) == 1 else ["+".join(pair) for pair in combinations(codes[:8], 2)]
    return keys + ([f"series:{series}"] if series else [])


def _months(start: date, end: date) -> list[str]:
    months, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append(f"{y:04d}-{m:02d}")
        if len(months) > _MAX_MONTHS:
            return ["coarse"]
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _when(value: str | None, reported: date | None) -> list[str]:
    """Time buckets an event is filed under."""
    iv = interval(value)
    if iv:
        return _months(*iv)
    return [f"u{reported:%Y-%m}"] if reported else ["undated"]


def blocking_keys(e: Event) -> list[str]:
    """Where an event is filed: its parties (or series) crossed with its months."""
    reported = e.last_reported.date() if e.last_reported else None
    return [f"{who}|{when}" for who in _who(e.countries, e.named_series) for when in _when(e.date, reported)]


def lookup_keys(m: EventMention) -> list[str]:
    """Where a mention's event can be filed: the keys of its parties (and of each of its
    countries alone, where one-country events such as forums are filed), for the months it
    can fall in, plus undated events last reported around then."""
    who = _who(m.countries, m.series) + (sorted(set(m.countries)) if len(set(m.countries)) > 1 else [])
    iv = interval(m.date) or (plausible_window(m) if m.status else None)
    pub = m.published.date() if m.published else None
    if iv is None and pub:
        iv = (pub - timedelta(days=_UNDATED_REACH), pub + timedelta(days=_UNDATED_REACH))
    if iv is None:
        return [f"{w}|{t}" for w in who for t in ("undated", "coarse")]
    months = _months(*iv)
    around = (iv[0] - timedelta(days=_UNDATED_REACH), iv[1] + timedelta(days=31))
    undated = ["u" + x for x in _months(*around)] if _months(*around) != ["coarse"] else []
    return [f"{w}|{t}" for w in who for t in sorted(set(months + ["coarse", "undated"] + undated))]


def _as_mention(e: Event) -> EventMention:
    return EventMention(
        article="", published=None, type=e.type, kind=e.kind, status=e.status, mode=e.mode, format=e.format,
        countries=e.countries, participants=e.participants, date=e.date, location=e.location,
        series=e.named_series, ordinal=e.ordinal,
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
    same_series = 1.0 if m.series and m.series == e.named_series else 0.0
    same_format = 0.5 if m.format and m.format == e.format else 0.0
    dated = 1.0 if m.date and e.date and dates_overlap(m.date, e.date) else 0.0
    overlap = len(set(e.countries) & set(m.countries)) / max(1, len(set(e.countries) | set(m.countries)))
    return same_series + same_format + dated + overlap + 0.5 * len(people)


def link(store: Store, mentions: list[EventMention]) -> list[str]:
    """Attach each mention to the event it reports, creating events as needed; returns event ids."""
    ids: list[str] = []
    for m in mentions:
        candidates = [
            e for e in store.candidates(lookup_keys(m))
            if e.id not in ids and facts_compatible(_as_mention(e), m) and _fits_window(e, m)
        ]
        best = max(candidates, key=lambda e: _score(e, m), default=None)
        before = (best.series, best.date) if best else None
        event = fold(best, m, None if best else event_id(m))
        store.add_mention(event.id, m)
        store.save_event(event, blocking_keys(event))
        if event.series and before != (event.series, event.date):
            store.refresh_series(event.series)
        ids.append(event.id)
    return ids
