"""An event's record, folded from scratch from the mentions that report it.

Mentions are folded in their canonical order (publication, article, place), so the
record is the same whatever order the reports arrived in: the status is the latest
dated report's, a value without its year (XXXX-10-18, a Wednesday) is placed against the
dates the earlier reports give, and the record's date is a calendar value or None.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime

from ..events.status import later_stage
from ..events.facts import LEVELS, as_days, interval, is_calendar, merge_facts, resolve_value
from ..model import Event, EventMention
from .keys import canonical_key, reported_by


def event_id(m: EventMention) -> str:
    """A stable id from the event's first mention in canonical order: its article, place in
    it and facts (two events first reported in one sentence get two ids)."""
    seed = repr(canonical_key(m)[2:])
    return "ev-" + hashlib.sha1(seed.encode()).hexdigest()[:12]


def title(e: Event) -> str:
    """A readable one-line title."""
    what = e.series or " ".join(x for x in (e.format, e.kind) if x)
    who = ", ".join(p.name for p in e.participants[:4]) or "-".join(e.countries)
    where = f" in {e.location.place or e.location.country}" if e.location else ""
    return f"{what[:1].upper()}{what[1:]}: {who}{where}"


def placed(m: EventMention, anchor: str | None) -> EventMention:
    """The mention with a value lacking its year placed against the event's date (or
    dropped when it cannot be placed)."""
    if not m.date or "XXXX" not in m.date:
        return m
    iv = interval(anchor) if is_calendar(anchor) else None
    return replace(m, date=resolve_value(m.date, iv) if iv else None)


def fold(e: Event | None, m: EventMention, eid: str | None = None) -> Event:
    """The event after one more report, reports coming in canonical order: the status is
    the latest dated report's; reports of the same day (or of a month, for a report dated to
    its month only), and an undated report (it comes last), only move it on to a later stage
    of the event's life ("was scheduled for Thursday" beside "has been postponed": postponed)."""
    if e is None:
        e = Event(id=event_id(m) if eid is None else eid, type=m.type, kind=m.kind, status="", title="", date=m.date)
    if _under_way(e, m):
        m = replace(m, status="held")
    merge_facts(e, placed(m, e.date))
    e.named_series = e.named_series or m.series
    if m.kind in ("summit", "forum") and e.kind == "meeting":
        e.kind = m.kind  # "the leaders meet ... the summit": the summit names it
    same_day = m.published is not None and e.status_reported is not None and (
        m.published == e.status_reported  # one day's news: its latest stage
        or m.published_precision == "month" and m.published.strftime("%Y-%m") == e.status_reported.strftime("%Y-%m"))
    if m.status and (later_stage(m.status, e.status) or not same_day and (m.published is not None or e.status_reported is None)):
        e.status, e.status_reported = m.status, m.published or e.status_reported or datetime.min
    elif not m.status and e.status == "scheduled" and m.published and (iv := interval(e.date)) \
            and iv[1] < m.published.date():
        e.status, e.status_reported = "held", m.published  # told after its days with no word of a plan: it took place
    if m.published:
        e.first_reported = min(filter(None, (e.first_reported, m.published)))
        e.last_reported = max(filter(None, (e.last_reported, m.published)))
    e.reports += 1
    return _finish(e)


def _under_way(e: Event, m: EventMention) -> bool:
    """A visit whose first day, told before, is past when a report gives a later day of it
    still to come ("the visit concludes on Thursday"): it is under way, so held."""
    begun, told = interval(e.date), interval(m.date)
    return (m.status == "scheduled" and e.kind == m.kind == "visit" and m.published is not None
            and begun is not None and told is not None and len(e.date) >= 10 and len(m.date) >= 10
            and begun[0] < m.published.date() <= told[0] and begun[0] < told[0])


def _finish(e: Event) -> Event:
    """What follows from the facts: a status read from the date, the mode, the series."""
    if e.status_reported is None:
        iv = interval(e.date)
        last = e.last_reported
        e.status = "scheduled" if iv and last and iv[0] > last.date() else "held"
    if e.kind == "meeting" and len(e.countries) == 3 and e.format in LEVELS | {None}:
        e.format = "trilateral"  # three states at one table
    if e.type == "CONSULT" and e.mode in (None, "multilateral", "third-party"):
        host = e.location.country if e.location else None
        if e.kind == "meeting" and host and e.countries and host not in e.countries:
            e.mode = "third-party"  # PLOVER: hosted by a state that is not a party
        elif e.kind in ("forum", "summit") and (len(e.countries) != 2 or e.named_series) or len(e.countries) >= 3:
            e.mode = "multilateral"  # PLOVER: within a grouping or among several states
        else:
            e.mode = None
    if e.named_series:
        e.series = e.named_series
    elif e.format in ("2+2", "trilateral", "ministerial") and len(e.countries) >= 2:
        e.series = f"{'-'.join(sorted(e.countries))} {e.format} {e.kind}"
    else:
        e.series = None
    return e


def state(mentions: list[EventMention], eid: str = "") -> Event:
    """The event the mentions (already in canonical order) report, its date as folded; a
    report dated to its month only is folded after the dated reports of that month."""
    e = None
    for m in sorted(mentions, key=lambda m: (m.published is None, reported_by(m) or datetime.min)):
        e = fold(e, m, eid)
    return e


def aggregate(eid: str, mentions: list[EventMention], anchors: dict[str, tuple[date, date, bool]] | None = None) -> Event:
    """Fold mentions (any order) into the event they report; a date that is no calendar
    value is kept aside in unresolved_date. anchors: the time of undated articles, learnt
    from their other reports (first day, last day, named by a weekday): their yearless
    values are placed near it, their weekdays only near a week a weekday of theirs named."""
    ordered = sorted(mentions, key=canonical_key)
    e = state(ordered, eid)
    if anchors and not is_calendar(e.date):
        for m in ordered:
            first, last, week = anchors.get(m.article, (None, None, False))
            usable = first is not None and m.date and (week or "WXX" not in m.date)  # a weekday needs the week
            value = resolve_value(m.date, (first, last)) if usable else None
            if is_calendar(value):
                e.date = value
                _finish(e)
                break
    e.mentions = ordered
    e.evidence = [x for m in ordered for x in m.evidence]
    e.title = title(e)
    if e.date and not is_calendar(e.date):
        days = as_days(e.date)  # "last week": the days of that week
        e.unresolved_date, e.date = (None, days) if is_calendar(days) else (e.date, None)
    return e
