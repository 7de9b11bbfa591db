"""Calendar dates of an event for interchange: a TIMEX3 value becomes start, end and precision."""

from __future__ import annotations

import calendar
import re
from datetime import date

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_ORDER = ("day", "month", "year")


def _span(value: str) -> tuple[str, str, str] | None:
    if _DAY.match(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return None
        return value, value, "day"
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return f"{value}-01", f"{value}-{calendar.monthrange(y, mo)[1]:02d}", "month"
        return None
    if _YEAR.match(value):
        return f"{value}-01-01", f"{value}-12-31", "year"
    return None


def calendar_span(value: str | None) -> tuple[str | None, str | None, str | None]:
    """(date, enddate, precision) in YYYY-MM-DD for a day, month or year value or a range of
    them ("2023-05" -> 2023-05-01, 2023-05-31, "month"); enddate is None for a single day.
    Anything else (weeks, quarters, seasons, unknown digits XXXX) gives (None, None, None)."""
    if not value:
        return None, None, None
    first, _, last = value.partition("/")
    a, b = _span(first), _span(last or first)
    if a is None or b is None or b[1] < a[0]:
        return None, None, None
    precision = max(a[2], b[2], key=_ORDER.index)
    end = b[1] if b[1] != a[0] else None
    return a[0], end, precision
