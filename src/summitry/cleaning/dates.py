"""Publication dates as pages print them, and as URLs carry them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from .lexicon import lexicon


@dataclass(frozen=True)
class FoundDate:
    value: datetime
    precision: str  # "day" or "minute"
    start: int
    end: int
    timezone: str | None = None


_DIGIT = re.compile(r"\d")
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?"
_TZ = r"(?P<tz>Z|[+-]\d{2}:?\d{2}|\b(?:KST|JST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST)\b)?"


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern]:
    month = rf"(?P<mon>{lexicon().month_names})\.?"
    sep = r"\s*(?:-|–|—|,|at|\|)?\s*"
    return [
        # 2024-10-28T09:46:00+09:00, 2024-10-28 09:46, 2021/03/05
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d\d)[-/.](?P<d>\d\d)(?!\d)(?:[T ]{_TIME})?\s*{_TZ}", re.I),
        # 09:46 May 14, 2021
        re.compile(rf"(?<![\d:]){_TIME}\s*(?:{_TZ}\s*)?(?:,\s*)?{month}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
        # March 5, 2021 - 10:16 ; Oct. 28, 2024
        re.compile(rf"\b{month}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b(?:{sep}{_TIME}\s*{_TZ})?", re.I),
        # 14 May 2021 10:16
        re.compile(rf"\b(?P<d>\d{{1,2}})\s+{month}\s+(?P<y>(?:19|20)\d\d)\b(?:{sep}{_TIME}\s*{_TZ})?", re.I),
    ]


def normalize_tz(tz: str | None) -> str | None:
    """One form for a time zone: an offset as '+09:00' ('Z' is '+00:00'), a name upper-cased."""
    if not tz:
        return None
    tz = tz.strip()
    if tz.upper() == "Z":
        return "+00:00"
    if tz[0] in "+-" and len(tz) == 5:  # +0900
        return f"{tz[:3]}:{tz[3:]}"
    return tz.upper()


def _build(m: re.Match) -> FoundDate | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else lexicon().months.get(g["mon"].lower().rstrip("."))
    try:
        day = datetime(int(g["y"]), month, int(g["d"]))
    except (TypeError, ValueError):
        return None
    if g.get("h") is None:
        return FoundDate(day, "day", m.start(), m.end())
    hour, minute = int(g["h"]), int(g["mi"])
    ampm = (g.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return FoundDate(day, "day", m.start(), m.end())
    return FoundDate(day.replace(hour=hour, minute=minute), "minute", m.start(), m.end(), normalize_tz(g.get("tz")))


def find_dates(line: str) -> list[FoundDate]:
    """Every full date (with its time, where given) in a line, left to right."""
    if not _DIGIT.search(line):  # every form has a year
        return []
    found: list[FoundDate] = []
    for pattern in _patterns():
        for m in pattern.finditer(line):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            date = _build(m)
            if date:
                found.append(date)
    return sorted(found, key=lambda f: f.start)


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-]?(\d\d)[/-]?(\d\d)")


def date_from_url(url: str | None) -> datetime | None:
    """A publication day written into a URL (/2021/03/05/, -20210305-, AEN20210305...)."""
    if not url:
        return None
    for m in _URL_DATE.finditer(url):
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
    return None
