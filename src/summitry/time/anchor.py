"""Calendar arithmetic: placing underspecified dates relative to a reference date.

direction is -1 (past context: the most recent such date), +1 (future context: the next one)
or 0 (no cue: the nearer one, with a bias to the past as news mostly reports).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# How much nearer a future candidate must be than a past one to be chosen without a cue.
_FUTURE_BIAS = 2.0
# Year-less dates: how far on the wrong side of the reference date the current year still holds.
_WRONG_SIDE_DAYS = 60
_PAST_AHEAD_DAYS = 90
_NO_CUE_DAYS = 240


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None if it does not exist."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def pick(past: date | None, future: date | None, ref: date, direction: int) -> date | None:
    if past is None or future is None:
        return past or future
    if direction < 0:
        return past
    if direction > 0:
        return future
    return future if (future - ref).days * _FUTURE_BIAS < (ref - past).days else past


def month_day(month: int, day: int, ref: date, direction: int) -> date | None:
    """The year-less date month/day placed around ref.

    News style leaves the year out for dates of the current year, so that year is kept unless
    the date lies well on the wrong side of ref for the tense, or far from it without a cue.
    """
    this = safe_date(ref.year, month, day)
    if this is None:
        return None
    gap = (this - ref).days
    if direction > 0 and gap < -_WRONG_SIDE_DAYS:
        return safe_date(ref.year + 1, month, day)
    if direction < 0 and gap > _PAST_AHEAD_DAYS:
        return safe_date(ref.year - 1, month, day)
    if direction == 0 and abs(gap) > _NO_CUE_DAYS:
        return safe_date(ref.year + (1 if gap < 0 else -1), month, day)
    return this


def month_year(month: int, ref: date, direction: int, shift: int | None = None) -> int:
    """The year of a year-less month; shift -1/+1 for last/next, 0 for this."""
    if shift == 0:
        return ref.year
    if shift is not None:
        if shift < 0:
            return ref.year if month < ref.month else ref.year - 1
        return ref.year if month > ref.month else ref.year + 1
    gap = month - ref.month
    if direction > 0 and gap < -1:
        return ref.year + 1
    if direction < 0 and gap > 1:
        return ref.year - 1
    if direction == 0 and abs(gap) > 6:
        return ref.year + (1 if gap < 0 else -1)
    return ref.year


def weekday(iso_weekday: int, ref: date, direction: int, shift: int | None = None) -> date:
    """The date of a weekday: the reference day itself if it falls on it, unless shifted."""
    back = (ref.isoweekday() - iso_weekday) % 7
    ahead = (iso_weekday - ref.isoweekday()) % 7
    if shift is not None and shift < 0:
        return ref - timedelta(days=back or 7)
    if shift is not None and shift > 0:
        return ref + timedelta(days=ahead or 7)
    if back == 0:
        return ref
    if direction > 0 or shift == 0 and direction == 0:
        return ref + timedelta(days=ahead)  # "this Wednesday": the coming one, unless told in the past
    if direction < 0:
        return ref - timedelta(days=back)
    return ref + timedelta(days=ahead) if ahead < back else ref - timedelta(days=back)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved n months."""
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def week_value(d: date) -> str:
    """The ISO week of a date as a TIMEX3 value (2021-W11)."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def season_index(d: date) -> tuple[int, int]:
    """(year, season 0-3 for SP, SU, FA, WI) of a date; January and February are last year's winter."""
    if d.month in (1, 2):
        return d.year - 1, 3
    return d.year, (d.month - 3) // 3 if d.month < 12 else 3


def nth_weekday(year: int, month: int, iso_weekday: int, nth: int) -> date:
    """The nth (1-based, -1 = last) given weekday of a month."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - iso_weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(iso_weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)
