"""The publication time of a scraped page, from its date lines, dateline, URL and lead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .dates import FoundDate, date_from_url, find_dates, year_for
from .lexicon import lexicon


@dataclass(frozen=True)
class Published:
    value: datetime | None
    precision: str | None  # "minute", "day" or "month"
    timezone: str | None = None


def parse_published(value: str) -> FoundDate | None:
    """Read a publication date given as metadata (ISO 8601 or a printed date)."""
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = find_dates(value)
        return found[0] if found else None
    offset = dt.utcoffset()
    tz = None
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        tz = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    precision = "minute" if ("T" in value or " " in value) else "day"
    return FoundDate(dt.replace(tzinfo=None), precision, 0, len(value), tz)


def first_weekday(paragraphs: list[str]) -> int | None:
    """The first weekday the article names (0 = Monday), which in a lead is the dispatch's own."""
    lex = lexicon()
    m = re.search(rf"\b({lex.weekday_names})\b", "\n".join(paragraphs))
    return lex.weekdays[m.group(1).lower()] if m else None


def _best_of(dates: list[tuple[int, FoundDate]]) -> FoundDate:
    """Labelled "Published" first, then unlabelled, then "Updated"; the most precise among
    those of the best rank, and a day-only line refined by a timed one of the same day."""
    best_rank = min(rank for rank, _ in dates)
    ranked = [d for rank, d in dates if rank == best_rank]
    best = next((d for d in ranked if d.precision == "minute"), ranked[0])
    if best.precision == "day":
        same_day = [d for _, d in dates if d.precision == "minute" and d.value.date() == best.value.date()]
        best = same_day[0] if same_day else best
    return best


def choose_published(
    dates: list[tuple[int, FoundDate]],
    dateline_day: tuple[int, int, int | None] | None,
    url: str | None,
    paragraphs: list[str],
    warnings: list[str],
    today: datetime | None = None,
) -> Published:
    """The publication time, by the evidence a reader trusts most.

    The page's own date lines first; then the dateline's day ("LONDON, March 24 (AP) --"),
    its year from the page or the URL, else from the first weekday the article names; then
    a date in the URL; a month alone (a month-only stamp or URL) is refined by "today (23)"
    in the lead, else kept at month precision. None when nothing gives a year.
    """
    full = [(rank, d) for rank, d in dates if d.precision != "month"]
    if full:
        best = _best_of(full)
        return Published(best.value, best.precision, best.timezone)
    month = next((d.value for _, d in dates if d.precision == "month"), None)
    from_url = date_from_url(url)
    if dateline_day:
        mon, day, year = dateline_day
        near = month or (from_url[0] if from_url else None)
        year = year or year_for(mon, day, first_weekday(paragraphs), near, today or datetime.now())
        if year:
            try:
                return Published(datetime(year, mon, day), "day")
            except ValueError:
                pass
    if from_url and from_url[1] == "day" and (month is None or from_url[0].strftime("%Y-%m") == month.strftime("%Y-%m")):
        warnings.append("publication date taken from the URL")
        return Published(from_url[0], "day")
    month = month or (from_url[0] if from_url else None)
    if month:
        lead = "\n".join(paragraphs[:4])
        if m := lexicon().today_day.search(lead):
            try:
                return Published(month.replace(day=int(m.group("day"))), "day")
            except ValueError:
                pass
        return Published(month, "month")
    warnings.append("no publication date found")
    return Published(None, None)
