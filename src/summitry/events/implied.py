"""Trips that meetings imply.

A meeting of two states held in one of them means the other state's people travelled there:
"Orban met Xi in Beijing" tells of Orban's trip to China as surely as "Orban visited China".
Analysts record that trip; the article may never name it.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import EventMention, Person
from .facts import dates_near
from .lexicon import lexicon

_GATHERINGS = ("summit", "forum")


def implied_visits(mentions: list[EventMention]) -> list[EventMention]:
    """The visits the article's meetings imply and it does not tell. For each dated meeting of
    two states held in one of them, the guests' trip to the host, on the meeting's days and at
    its place; one trip per guest state and time. A plan implies none: a planned trip is told
    ("will travel to"), and a planned meeting's venue may change. None is implied by a meeting
    of a recurring series (its delegations' trips are part of it), by one beside a gathering
    (the guests came for the gathering), or by one with no named guest or only guests posted
    there (an ambassador)."""
    visits = [m for m in mentions if m.kind == "visit"]
    gatherings = [m for m in mentions if m.kind in _GATHERINGS and m.location]
    found: list[EventMention] = []
    for m in mentions:
        if m.kind != "meeting" or not m.location or m.status != "held" or not m.date or m.series \
                or len(set(m.countries)) != 2 or m.location.country not in m.countries:
            continue
        host = m.location.country
        guest = next(c for c in m.countries if c != host)
        travellers = [p for p in m.participants if p.country == guest and not _posted_there(p)]
        if not travellers or _beside_gathering(m) \
                or any(g.location.country == host and dates_near(g.date, m.date, 3) for g in gatherings):
            continue
        if any(host in v.countries and guest in v.countries and dates_near(v.date, m.date, 3) for v in visits + found):
            continue
        found.append(replace(m, kind="visit", type="CONSULT", format=None, ordinal=None,
                             countries=[guest, host], participants=travellers))
    return found


def _beside_gathering(m: EventMention) -> bool:
    """Whether the meeting is told as held on the sidelines of something."""
    venue = lexicon().syntax["venue_nouns"]
    return any(w.strip(".,;:").lower() in venue for e in m.evidence for w in e.sentence.split())


def _posted_there(p: Person) -> bool:
    role = (p.role or "").lower()
    return any(r in role for r in lexicon().resident_roles)

