"""Validation of TIMEX3 values."""

from __future__ import annotations

import calendar
import re

_YEAR = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)"
_CALENDAR = re.compile(
    rf"(?P<y>{_YEAR})(?:-(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?)?"
    r"(?:T(?:(?P<h>\d\d):(?P<mi>\d\d)(?::\d\d)?|MO|AF|EV|NI|DT))?"
)
_WEEK = re.compile(rf"{_YEAR}-W(?P<w>\d\d|XX)(?:-(?:[1-7](?:T(?:MO|AF|EV|NI))?|WE))?")
_PART = re.compile(rf"{_YEAR}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)")
_SHORT = re.compile(r"\d{2,3}")  # century (20) or decade (199)
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(
    rf"P(?:{_NUM}(?:DE|CE|Q)|(?:{_NUM}Y)?(?:{_NUM}M)?(?:{_NUM}W)?(?:{_NUM}D)?"
    rf"(?:T(?=.)(?:{_NUM}H)?(?:{_NUM}M)?(?:{_NUM}S)?)?)"
)
_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def is_valid_value(value: str) -> bool:
    """True if value is a well-formed TIMEX3 value (calendar dates must exist)."""
    if not isinstance(value, str) or not value:
        return False
    if value in _REFS or _SHORT.fullmatch(value) or _PART.fullmatch(value):
        return True
    if m := _WEEK.fullmatch(value):
        return m["w"] == "XX" or 1 <= int(m["w"]) <= 53
    if value.startswith("P"):
        return len(value) > 1 and _DURATION.fullmatch(value) is not None and not value.endswith("T")
    m = _CALENDAR.fullmatch(value)
    if m is None:
        return False
    month, day = m["m"], m["d"]
    if month not in (None, "XX") and not 1 <= int(month) <= 12:
        return False
    if day not in (None, "XX"):
        last = 31
        if month not in (None, "XX") and m["y"].isdigit():
            last = calendar.monthrange(int(m["y"]), int(month))[1]
        if not 1 <= int(day) <= last:
            return False
    if m["h"] is not None and not (int(m["h"]) <= 24 and int(m["mi"]) <= 59):
        return False
    return True
