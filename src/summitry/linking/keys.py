"""Blocking keys and the canonical order of mentions.

A mention is filed under keys made of who (each pair of its countries, its one country,
its series name) and when (each month its time frame covers). Two mentions are neighbours
when they share a key, so a mention is compared only with the events of the same parties
at the same time, and cost per mention stays flat as the store grows.

A report without a publication date (an "undated" report) gives values such as
`XXXX-10-18` or `XXXX-WXX-3`: it is filed under the month of the year its values (or its
article's other values) name, `JPN+KOR|m10`, and looks up the events of its parties in
that month of any year; it is also filed under its own article, whose other reports are
of its time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import combinations

from ..events.facts import interval, plausible_window
from ..model import Event, EventMention

_MAX_MONTHS = 30  # a time frame longer than this is filed once, under "coarse"
_UNDATED_REACH = 400  # days around its report an undated mention of no status can lie
_MONTH = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})(?:-|$)")
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")


def reported_by(m: EventMention) -> datetime | None:
    """The latest time a report can have been published: the end of its month for a report
    dated to its month only (it is read after the dated reports of that month)."""
    if m.published is None or m.published_precision != "month":
        return m.published
    return datetime.combine(interval(m.published.strftime("%Y-%m"))[1], datetime.max.time())


def canonical_key(m: EventMention) -> tuple:
    """The order mentions are linked and folded in, whatever order they arrive in: by
    publication (undated reports last), article, and place in the article; in an undated
    article, mentions naming a month come first (they anchor it in time)."""
    first = m.evidence[0] if m.evidence else None
    month_first = 0 if m.published or month_hints([m.date]) else 1
    people = tuple((p.name, p.role or "", p.country or "") for p in m.participants)
    place = (m.location.place or "", m.location.country or "") if m.location else ("", "")
    return (m.published is None, m.published or datetime.min, m.article, month_first,
            first.start if first else 0, first.end if first else 0, m.kind, m.trigger, m.type, m.status,
            m.date or "", tuple(m.countries), people, place, m.series or "", m.format or "", m.mode or "",
            m.ordinal or 0, tuple((x.start, x.end) for x in m.evidence))


def who(m: EventMention) -> list[str]:
    """Party keys: each pair of countries (or the one country), the series name; a summit
    or forum is also filed under each of its countries, where one-country gatherings are;
    a meeting or visit of three or more states under its host (the country of its place),
    where a report naming the host alone ("the leaders came to Kyiv to meet Zelensky") is.
    Pairs are of eight states at most: the host and the first seven others."""
    host = m.location.country if m.location and m.kind in ("meeting", "visit") else None
    return list(_who(tuple(m.countries), m.kind in ("summit", "forum"), m.series, host))


@lru_cache(maxsize=4096)
def _who(countries: tuple[str, ...], gathering: bool, series: str | None, host: str | None = None) -> tuple[str, ...]:
    codes = sorted(set(countries))
    hosted = host in codes
    paired = sorted([host] * hosted + [c for c in codes if c != host][:8 - hosted])  # a large group keeps its host
    keys = codes if len(codes) == 1 else ["+".join(pair) for pair in combinations(paired, 2)]
    if len(codes) > 1 and gathering:
        keys += codes
    elif len(codes) >= 3 and hosted:
        keys.append(host)
    return tuple(keys + ([f"series:{series}"] if series else []))


@lru_cache(maxsize=4096)
def _months(start: date, end: date) -> tuple[str, ...]:
    return tuple(months(start, end))


def months(start: date, end: date) -> list[str]:
    """The months from start to end (YYYY-MM), or ["coarse"] when there are too many."""
    out, y, mo = [], start.year, start.month
    while (y, mo) <= (end.year, end.month):
        out.append(f"{y:04d}-{mo:02d}")
        if len(out) > _MAX_MONTHS:
            return ["coarse"]
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def month_hints(values: list[str | None]) -> list[int]:
    """The months of the year some date values name (XXXX-10-18 and 2023-10 name October)."""
    found = {int(m[1]) for v in values if v for part in v.split("/") if (m := _MONTH.match(part))}
    return sorted(x for x in found if 1 <= x <= 12)


def around(months_: list[int]) -> list[int]:
    """The months named and those next to them: a weekday in an article that names
    October lies in late September to early November."""
    return sorted({(x + d - 1) % 12 + 1 for x in months_ for d in (-1, 0, 1)})


def day_hints(values: list[str | None]) -> list[int]:
    """The weekdays some undated values name (XXXX-WXX-5: Friday), and the days next to
    them: what an article that names Friday reports without a date of its own ("his
    arrival in the capital") lies on Thursday to Saturday of that week."""
    named = {int(wd[1]) for v in values if v and (wd := _WEEKDAY.fullmatch(v))}
    return sorted({(x + d - 1) % 7 + 1 for x in named for d in (-1, 0, 1)})


def anchored(m: EventMention) -> bool:
    """Does the mention say when it is: a publication date, or a date value with its year?"""
    return m.published is not None or interval(m.date) is not None


def time_frame(m: EventMention) -> tuple[date, date] | None:
    """The days an anchored mention's event can lie in."""
    iv = interval(m.date) or (plausible_window(m) if m.status else None)
    if iv is None and m.published:
        pub = m.published.date()
        iv = (pub - timedelta(days=_UNDATED_REACH), pub + timedelta(days=_UNDATED_REACH))
    return iv


def keys(m: EventMention, article_hints: list[int] = (), article_days: list[int] = ()) -> list[str]:
    """Where a mention is filed, and where it looks (the same keys: a symmetric relation).
    article_hints: months named elsewhere in an undated mention's article; article_days:
    weekdays it names (day_hints), for a mention that gives a place but no date at all."""
    parties = who(m)
    if anchored(m):
        when = list(_months(*time_frame(m))) + _weekday_keys(m.date)
    else:  # the month of the year it names, and its own article (reports of one time)
        named = month_hints([m.date]) or article_hints
        when = [f"m{x:02d}" for x in named] + [f"article:{m.article}"]
        if not named and (wd := _WEEKDAY.fullmatch(m.date or "")):
            when.append(f"uwd{wd[1]}")  # "on Saturday" in a report that names no month nor year
        elif not named and not m.date and m.location and m.location.place:
            when += [f"uwd{d}" for d in article_days]  # no date but a place: the days its article names
    return [f"{w}|{t}" for w in parties for t in when]


def _weekday_keys(value: str | None) -> list[str]:
    """A dated day is also filed under its weekday (`P|wd6`), where an undated report's
    "Saturday" (`P|uwd6`) looks when nothing in its article names a month. Dated reports
    never look there (see looking_keys): a weekday spans all the years."""
    iv = interval(value)
    return [f"wd{iv[0].isoweekday()}"] if iv and iv[0] == iv[1] else []


def looking_keys(filed: list[str]) -> list[str]:
    """The keys a mention filed under these looks under: all but a dated day's weekday."""
    return [k for k in filed if "|wd" not in k]


def month_patterns(m: EventMention, article_hints: list[int] = (), article_days: list[int] = ()) -> list[str]:
    """For an undated mention, GLOB patterns of the dated keys in the months it names."""
    if anchored(m):
        return []
    filed = keys(m, article_hints, article_days)
    return [k.replace("|m", "|[0-9][0-9][0-9][0-9]-") for k in filed if "|m" in k] + [
        k.replace("|uwd", "|wd") for k in filed if "|uwd" in k]  # the dated days of that weekday


def reaches(looking: list[str], filed: list[str]) -> bool:
    """Does a mention with keys `looking` see one filed under `filed`? An undated key
    (`P|m10`) also sees the dated keys of its parties in that month (`P|2023-10`)."""
    filed_set = set(filed)
    for k in looking:
        if k in filed_set:
            return True
        party, _, when = k.rpartition("|")
        if when.startswith("m") and any(f.startswith(party + "|") and f.endswith("-" + when[1:]) for f in filed):
            return True
        if when.startswith("uwd") and f"{party}|{when[1:]}" in filed_set:
            return True
    return False


def undated_forms(filed: list[str]) -> list[str]:
    """The undated keys that see these dated keys (`P|2023-10` -> `P|m10`, `P|wd6` -> `P|uwd6`)."""
    out = set()
    for k in filed:
        party, _, when = k.rpartition("|")
        if len(when) == 7 and when[4] == "-" and when[:4].isdigit():
            out.add(f"{party}|m{when[5:]}")
        elif when.startswith("wd"):
            out.add(f"{party}|u{when}")
    return sorted(out)


def blocking_keys(e: Event) -> list[str]:
    """Where an event is filed: under the keys of each of its mentions."""
    out: dict[str, None] = {}
    for m in e.mentions:
        values = [x.date for x in e.mentions if x.article == m.article]
        out.update(dict.fromkeys(keys(m, around(month_hints(values)), day_hints(values))))
    return list(out)
