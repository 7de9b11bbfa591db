"""An event's record, folded report by report from the mentions that report it.

Folding is incremental: a new report updates the stored record without reading the
earlier ones, so linking cost does not grow with how often an event has been reported.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from ..events.facts import LEVELS, interval, merge_facts
from ..model import Event, EventMention


def event_id(m: EventMention) -> str:
    """A stable id from the first mention: its article, place in it, and kind."""
    first = m.evidence[0] if m.evidence else None
    seed = f"{m.article}:{first.start if first else 0}:{m.kind}:{m.date}"
    return "ev-" + hashlib.sha1(seed.encode()).hexdigest()[:12]


def title(e: Event) -> str:
    """A readable one-line title."""
    what = e.series or " ".join(x for x in (e.format, e.kind) if x)
    who = ", ".join(p.name for p in e.participants[:4]) or "-".join(e.countries)
    where = f" in {e.location.place or e.location.country}" if e.location else ""
    return f"{what[:1].upper()}{what[1:]}: {who}{where}"


def fold(e: Event | None, m: EventMention, eid: str | None = None) -> Event:
    """The event after one more report; status follows the latest report that gives one."""
    if e is None:
        e = Event(id=eid or event_id(m), type=m.type, kind=m.kind, status="", title="")
    merge_facts(e, m)
    e.named_series = e.named_series or m.series
    if m.kind in ("summit", "forum") and e.kind == "meeting":
        e.kind = m.kind  # "the leaders meet ... the summit": the summit names it
    if m.status and (e.status_reported is None or m.published is None or m.published >= e.status_reported):
        e.status, e.status_reported = m.status, m.published or datetime.min
    if m.published:
        e.first_reported = min(filter(None, (e.first_reported, m.published)))
        e.last_reported = max(filter(None, (e.last_reported, m.published)))
    e.reports += 1
    return _finish(e)


def _finish(e: Event) -> Event:
    """What follows from the facts: a status read from the date, the series, the title."""
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
    e.title = title(e)
    return e


def aggregate(eid: str, mentions: list[EventMention]) -> Event:
    """Fold mentions (any order) into the event they report."""
    e = None
    for m in sorted(mentions, key=lambda m: (m.published is None, m.published)):
        e = fold(e, m, eid)
        e.evidence.extend(m.evidence)
        e.mentions.append(m)
    return e
