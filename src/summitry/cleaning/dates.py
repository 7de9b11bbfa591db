"""Publication dates as pages print them, and as URLs carry them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache

from .lexicon import lexicon


@dataclass(frozen=True)
class FoundDate:
    value: datetime
    precision: str  # "day" or "minute"
    start: int
    end: int
    timezone: str | None = None
    swapped: datetime | None = None  # the other reading of a numeric day both ways valid ("01/02/2023")
    slashed: bool = False  # written with slashes, the one form month-first pages use ("03/02/2024")


_DIGIT = re.compile(r"\d")
# "10:05", "10.05", and "19h20" as French and Portuguese pages write the hour; "09:30 p. m." as Spanish
# pages write the half of the day.
_TIME = r"(?P<h>\d{1,2})(?:[:.]|h(?=\d\d\b))(?P<mi>\d{2})(?::\d{2})?\s*(?P<ampm>[ap](?:\.?m\.?|\.\s+m\.))?"
# A time after a day may have a space astray after its colon ("23 Aug 2025, 19: 12"), and the hour's
# unit after it ("08:20 h", "08:20 hrs").
_TIME_AFTER = _TIME.replace(r"(?:[:.]|", r"(?:[:.]|:\s(?=\d\d(?![\d:.]))|", 1)
_HOUR_UNIT = r"(?:\s?(?:h|hs|hrs)\b)?"
_TZ = (r"(?P<tz>Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?(?!\d)"
       r"|\b(?:KST|JST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|ET|PT)\b)?")

# What may stand between a time and the day after it: "16:48, 5 October 2023", "7:14 am on 25 May 2022",
# "16:48 / 05.10.2023".
_BETWEEN = r"(?:(?:[,–—|•·/-]|on\b)\s*)?"
# A time alone on a line, as pages print it under a day: "4:12 AM MYT", "19:52 (GMT+3)".
_BARE_TIME = re.compile(rf"^\s*{_TIME}\s*(?:{_TZ}|\(?[A-Z]{{2,5}}\)?)?\s*$", re.I)


@lru_cache(maxsize=1)
def _local_stamp() -> re.Pattern:
    other = _TIME.replace("?P<h>", "?P<h2>").replace("?P<mi>", "?P<mi2>").replace("?P<ampm>", "?P<ampm2>")
    return re.compile(rf"^\s*{_TIME}\s*\(?(?:{lexicon().local_time_labels})\)?"
                      rf"(?:\s*[-–—,|/(]?\s*{other}\s*(?:GMT|UTC)\)?)?\s*$", re.I)


def _hour(h: str, mi: str, ampm: str | None) -> tuple[int, int] | None:
    hour, minute = int(h), int(mi)
    ampm = (ampm or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return (hour, minute) if hour <= 23 and minute <= 59 else None


def local_time_stamp(line: str) -> tuple[int, int, str | None] | None:
    """(hour, minute, offset or None) of a line that only gives a time of day labelled as local,
    with the same time in GMT after it or not ("21:42 LOCAL TIME 18:42 GMT": 21:42 at +03:00)."""
    m = _local_stamp().match(line)
    if not m or not (local := _hour(m["h"], m["mi"], m["ampm"])):
        return None
    offset = None
    if m["h2"] and (gmt := _hour(m["h2"], m["mi2"], m["ampm2"])):
        minutes = (local[0] * 60 + local[1]) - (gmt[0] * 60 + gmt[1])
        minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60  # -12:00 .. +11:59, across midnight
        offset = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return local[0], local[1], offset


# A wire's filing stamp under its story: the agency's initials, the time in four figures in GMT and the
# day ("AGENCY 1842 GMT 2022-12-04").
_FILING_STAMP = re.compile(r"^\s*(?:[A-Z]{2,6}\s+)?(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|UTC)\s+"
                           r"(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)\s*$")


def filing_stamp(line: str) -> datetime | None:
    """The time of a wire's filing stamp ("AGENCY 1842 GMT 2022-12-04" -> 2022-12-04 18:42), or None."""
    m = _FILING_STAMP.match(line)
    if not m:
        return None
    try:
        return datetime(int(m["y"]), int(m["mo"]), int(m["d"]), int(m["h"]), int(m["mi"]))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _labelled_time() -> re.Pattern:
    lex = lexicon()
    return re.compile(rf"^\s*(?:[,–—|•·/-]\s*)?(?P<label>{lex.published_labels.pattern}|{lex.updated_labels.pattern})"
                      rf"\s*:?\s*(?:at\s+)?{_TIME}\s*(?:{_TZ}|\(?[A-Z]{{2,5}}\)?)?\s*$", re.I)


def labelled_time(text: str) -> tuple[str, int, int] | None:
    """(label, hour, minute) of a text that is only a time of day under a label, as a date line gives
    it after the day ("| Updated 5:17 PM", "- Published: 09:40 GMT"), or None."""
    m = _labelled_time().match(text)
    if not m or not (hm := _hour(m["h"], m["mi"], m["ampm"])):
        return None
    return m["label"], hm[0], hm[1]


def is_bare_time(line: str) -> bool:
    """True for a line that only gives a time of day ("4:12 AM MYT")."""
    return bool(_BARE_TIME.match(line))


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern]:
    month = rf"(?P<mon>{lexicon().month_names})\.?"
    dated_month = rf"(?P<mon>{lexicon().dated_month_names})\.?"
    # "April 25, 2025, at 5:12 p.m.", "19 januari 2023 kl 14.32"
    sep = rf"\s*(?:(?:-|–|—|,|\||•|·|/)\s*)?(?:(?:{lexicon().time_joiners})(?!\w)\s*)?"
    # "26. Aug. 2024.": Central European pages close a day and a year with an ordinal's full stop
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th|\.(?=\s))?"
    weekday = rf"(?:(?:{lexicon().weekday_forms})\.?,?\s*)?"
    # A year ends at a word boundary, or runs into a time or a repeated day ("20243:15 PM", "20245 Mar").
    # A time after the day, bracketed or not: "10.07.2025 [19:52]", "March 5, 2021 - 10:16".
    # "06 December 2023: 09:44 PM": a colon after the year before its time
    # "23 Aug 2025, 19: 12" (a space astray after the colon of a time under a day) and "12 Nov 2024 |
    # 08:20 h" (the hour's unit after the time, as Spanish and Portuguese pages print it)
    # "07.06.2022 , Tuesday 17:33": the weekday may stand between the day and its time
    time_after = (rf"(?:(?:\s*[\[(]\s*|\.\s+|:\s+|{sep})(?:(?:{lexicon().weekday_forms})\.?,?\s+)?"
                  rf"{_TIME_AFTER}{_HOUR_UNIT}\s*{_TZ}\s*[\])]?)?")
    year_end = rf"(?:\b|(?=\d{{1,2}}:\d\d)|(?=\d{{1,2}}\s+(?:{lexicon().month_names})\b))"
    return [
        # 2024-10-28T09:46:00+09:00, 2024-10-28 09:46, 2021/03/05, 2021/03/05-09:46 (a hyphen before the time);
        # 2024.02.21. (year, month and day in dots, the day closed with an ordinal's full stop as Central
        # European pages write it)
        # 2024-06-12 | 10:47:31 (a bar or a comma before the time); 2024/3/23 10:14 (month and day unpadded
        # between slashes or hyphens)
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)(?:[-/.](?P<m>\d\d)[-/.](?P<d>\d\d)|(?P<us>[-/])(?P<m1>\d{{1,2}})(?P=us)(?P<d1>\d{{1,2}}))"
                   rf"(?!\d)(?:(?<=\.\d\d)\.(?=\s|$))?"
                   rf"(?:(?:[T ]|\s*[-–|,·]\s*(?=\d{{1,2}}:\d\d)){_TIME})?\s*{_TZ}", re.I),
        # 09:46 May 14, 2021 ; 5:08 PM – Tuesday, October 17, 2023
        re.compile(rf"(?<![\d:]){_TIME}\s*(?:{_TZ}\s*)?{_BETWEEN}{weekday}{month}\s+{day},?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
        # 16:48, 5 October 2023 (the time first, then the day before its month)
        re.compile(rf"(?<![\d:]){_TIME}\s*(?:{_TZ}\s*)?{_BETWEEN}{weekday}{day}\s+{month},?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
        # March 5, 2021 - 10:16 ; Oct. 28, 2024 ; Oct 17,2023 (the comma may stand without its space);
        # Aug - 12 - 2023 , 09:15 and January 11/2025 (month, day and year joined by hyphens or a slash)
        re.compile(rf"\b{month}(?:\s+|\s*[-/]\s*(?=\d{{1,2}}\s*[-/]\s*(?:19|20)\d\d)){day}(?:,\s*|\s+|/|\s*[-/]\s*)"
                   rf"(?P<y>(?:19|20)\d\d)"
                   rf"{year_end}{time_after}", re.I),
        # 14 May 2021 10:16 ; 07th November, 2022 ; 12 de março de 2024 ; 06 December ,2023 (the comma
        # astray before the year)
        # 4 AGO 2024 (a Spanish or Portuguese month's abbreviation, read only here between day and year)
        # "Sunday 11, May 2025, 19:05" (a comma astray after the day)
        re.compile(rf"\b{day}(?:\s+|,\s+)(?:de\s+)?{dated_month}(?:,?\s+|\s+,\s*)(?:de\s+)?(?P<y>(?:19|20)\d\d){year_end}{time_after}", re.I),
        # 2024. July 8. – 11:26 AM (the year first, closed by its full stop, then the month by name and the
        # day with its ordinal's stop, as Hungarian pages write a date)
        re.compile(rf"(?<![\d.])(?P<y>(?:19|20)\d\d)\.\s+{month}\s+(?P<d>\d{{1,2}})\.(?=\s|$){time_after}", re.I),
        # 19:05 05.12.2023 ; 19:05, 05/12/2023 (the time first)
        re.compile(rf"(?<![\d:.]){_TIME}\s*(?:{_TZ}\s*)?{_BETWEEN}(?P<d>\d{{1,2}})(?P<s>[-./])(?P<m>\d{{1,2}})(?P=s)"
                   rf"(?P<y>(?:19|20)\d\d)(?![\d./-])", re.I),
        # 12-Jun-2023, 18:36, 12-Jun-2023 (a day, its month abbreviated and the year, joined by hyphens)
        re.compile(rf"(?:(?<![\d:]){_TIME}\s*(?:{_TZ}\s*)?,?\s*)?(?<![\d-])(?P<d>\d{{1,2}})-{month}-(?P<y>(?:19|20)\d\d)\b", re.I),
        # 24-03-2023 ; 24.03.2023 10:15 ; 24/03/2023 (day first, as most of the world writes it)
        re.compile(rf"(?<![\d./-])(?P<d>\d{{1,2}})(?P<s>[-./])(?P<m>\d{{1,2}})(?P=s)(?P<y>(?:19|20)\d\d)"
                   rf"(?:(?<=\d)\.(?=\s|$))?(?![\d./-])"
                   rf"{time_after}", re.I),
        # 03.25.24, 17:40 ; 08/28/23 2:31 PM ET (a two-digit year, read only before a time)
        re.compile(rf"(?<![\d./-])(?P<d>\d{{1,2}})(?P<s>[./])(?P<m>\d{{1,2}})(?P=s)(?P<yy>\d\d)(?![\d./-])"
                   rf",?\s+{_TIME}\s*{_TZ}", re.I),
        # Juche113.6.20, Juche 112(2023).9.14. (a year of a national calendar's era, the Western year in
        # brackets or not, then month and day)
        re.compile(rf"\b(?P<era>{'|'.join(map(re.escape, lexicon().calendar_eras))})\s*(?P<ey>\d{{1,3}})"
                   rf"(?:\s*\(\s*(?:19|20)\d\d\s*\))?[./-]"
                   rf"(?P<m>\d{{1,2}})[./-](?P<d>\d{{1,2}})(?!\d)", re.I),
        # Juche 112 (2023) October 20, Friday (an era's year, the Western year in brackets, the month
        # by name, its day and the weekday after it)
        re.compile(rf"\b(?P<era>{'|'.join(map(re.escape, lexicon().calendar_eras))})\s*(?P<ey>\d{{1,3}})\s*"
                   rf"(?:\(\s*(?:19|20)\d\d\s*\)\s*)?{month}\s+{day}\b(?:,?\s*(?:{lexicon().weekday_forms})\b\.?)?",
                   re.I),
    ]


def normalize_tz(tz: str | None) -> str | None:
    """One form for a time zone: an offset as '+09:00' ('Z' is '+00:00', 'GMT+3' is '+03:00'), a name
    upper-cased."""
    if not tz:
        return None
    tz = tz.strip()
    if tz.upper() == "Z":
        return "+00:00"
    if tz[0] in "+-" and len(tz) == 5:  # +0900
        return f"{tz[:3]}:{tz[3:]}"
    if m := re.match(r"(?i)(?:GMT|UTC)([+-])(\d{1,2}):?(\d\d)?$", tz):  # GMT+3
        return f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}"
    return tz.upper()


def _build(m: re.Match) -> FoundDate | None:
    g = m.groupdict()
    if g.get("m1"):  # 2024/3/23
        g["m"], g["d"] = g["m1"], g["d1"]
    month = int(g["m"]) if g.get("m") else lexicon().dated_months.get(g["mon"].lower().rstrip("."))
    d = int(g["d"])
    if g.get("s") and month > 12 >= d:  # 03/24/2023: the month came first
        month, d = d, month
    year = lexicon().calendar_eras[g["era"].lower()] + int(g["ey"]) if g.get("era") else \
        2000 + int(g["yy"]) if g.get("yy") else int(g["y"])
    try:
        day = datetime(year, month, d)
    except (TypeError, ValueError):
        return None
    swapped = day.replace(month=d, day=month) if g.get("s") and month != d and d <= 12 else None
    slashed = g.get("s") == "/"
    if g.get("h") is None:
        return FoundDate(day, "day", m.start(), m.end(), swapped=swapped, slashed=slashed)
    hour, minute = int(g["h"]), int(g["mi"])
    ampm = (g.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return FoundDate(day, "day", m.start(), m.end(), swapped=swapped, slashed=slashed)
    return FoundDate(day.replace(hour=hour, minute=minute), "minute", m.start(), m.end(), normalize_tz(g.get("tz")),
                     swapped.replace(hour=hour, minute=minute) if swapped else None, slashed)


@lru_cache(maxsize=1)
def _weekday_before() -> re.Pattern:
    return re.compile(rf"\b(?P<wd>{lexicon().weekday_forms})\.?,?\s*$", re.I)


def _by_weekday(date: FoundDate, before: str) -> FoundDate:
    """A numeric day that reads both ways ("Sunday, 9/10/2023") in the reading whose weekday is the
    one printed before it (10 September 2023 was a Sunday, 9 October a Monday)."""
    if date.swapped is None or not (m := _weekday_before().search(before)):
        return date
    weekday = lexicon().weekdays.get(m["wd"].lower())
    if date.swapped.weekday() == weekday != date.value.weekday():
        return replace(date, value=date.swapped, swapped=None)
    if date.value.weekday() == weekday != date.swapped.weekday():
        return replace(date, swapped=None)
    return date


def find_dates(line: str) -> list[FoundDate]:
    """Every full date (with its time, where given) in a line, left to right."""
    if not _DIGIT.search(line):  # every form has a year
        return []
    line = line.replace("\u060c", ",")  # the Arabic comma ("4 February، 2025") parts a date as a comma does
    found: list[FoundDate] = []
    for pattern in _patterns():
        for m in pattern.finditer(line):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            date = _build(m)
            if date:
                found.append(_by_weekday(date, line[: m.start()]))
    spelled = {f.value.date() for f in found if f.swapped is None}
    found = [replace(f, value=f.swapped, swapped=None) if f.swapped and f.swapped.date() in spelled
             and f.value.date() not in spelled else f for f in found]  # "05/06/2025 May 6, 2025": the line's own reading
    return sorted(found, key=lambda f: f.start)


# /2021/03/05/, /2023/4/6/, -20210305-, AEN20210305...; then a month alone: /2025/02/slug, /2023-01/
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:([/-])(\d{1,2})\2(\d{1,2})(?!\d)|(\d\d)(\d\d))")  # not "/2025/04/1202461/"
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})(?=/)")
# A day written day first as three segments of the path, the year last ("/16/08/2024/").
_URL_DAY_FIRST = re.compile(r"/(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?=/)")


# A Unix time stamp standing as a number of its own in a URL ("/1672653011-talks-resume"): seconds
# since 1970, between 2011 and 2033.
_URL_EPOCH = re.compile(r"(?<![\w])1[3-9]\d{8}(?![\w])")


def epoch_day_from_url(url: str | None) -> datetime | None:
    """The day of a Unix time stamp written into a URL (UTC), or None."""
    m = _URL_EPOCH.search(url or "")
    return datetime.fromtimestamp(int(m[0]), tz=timezone.utc).replace(tzinfo=None) if m else None


@lru_cache(maxsize=1)
def _url_named_day() -> re.Pattern:
    """/2025/Mar/17/, /2025/march/17/: a day in a URL with its month by name."""
    return re.compile(rf"/((?:19|20)\d\d)/({lexicon().month_names})/(\d{{1,2}})(?=/|$)", re.I)


@lru_cache(maxsize=1)
def _url_named_month() -> re.Pattern:
    """/2025/Jan/, /2025/january/: a month in a URL by its name, with no day after it."""
    return re.compile(rf"/((?:19|20)\d\d)/({lexicon().month_names})(?=/)", re.I)


def date_from_url(url: str | None) -> tuple[datetime, str] | None:
    """A publication day (or month) written into a URL, with its precision ("day" or "month")."""
    if not url:
        return None
    for m in _url_named_day().finditer(url):
        try:
            return datetime(int(m[1]), lexicon().months[m[2].lower()], int(m[3])), "day"
        except ValueError:
            continue
    for m in _URL_DAY.finditer(url):
        month, day = (m[3], m[4]) if m[2] else (m[5], m[6])
        try:
            return datetime(int(m[1]), int(month), int(day)), "day"
        except ValueError:
            continue
    for m in _URL_DAY_FIRST.finditer(url):
        # the day first, as most of the world writes it; where the first number cannot be a month
        # that is certain, and where the second cannot be one the path is written month first
        first, second = int(m[1]), int(m[2])
        day, month = (second, first) if second > 12 >= first else (first, second)
        if first <= 12 and second <= 12 and first != second:
            continue  # ("/03/04/2024/": either reading)
        try:
            return datetime(int(m[3]), month, day), "day"
        except ValueError:
            continue
    for m in _URL_MONTH.finditer(url):
        if 1 <= int(m[2]) <= 12:
            return datetime(int(m[1]), int(m[2]), 1), "month"
    if m := _url_named_month().search(url):
        return datetime(int(m[1]), lexicon().months[m[2].lower()], 1), "month"
    return None


# "March 24", "Sept. 14", "26 October", "07th November" (a dateline's day, often without a year;
# "December 12/2024" with one)
@lru_cache(maxsize=1)
def _month_day() -> re.Pattern:
    months = lexicon().month_names
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?:(?P<m1>{months})\.?\s+(?P<d1>{day})|(?P<d2>{day})\s+(?P<m2>{months})\b\.?)(?!\d),?"
        rf"(?:(?:\s+|/)(?P<y>(?:19|20)\d\d)\b)?", re.I)


def month_day(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of the first month-and-day date in a short text."""
    m = _month_day().search(text)
    if not m:
        return None
    day = int(re.match(r"\d+", m["d1"] or m["d2"]).group())
    month = lexicon().months.get((m["m1"] or m["m2"]).lower().rstrip("."))
    if not month or not 1 <= day <= 31:
        return None
    return month, day, int(m["y"]) if m["y"] else None


def yearless_month_days(text: str) -> list[tuple[int, int]]:
    """(month, day) of every month-and-day date of a text that gives no year ("On June 6")."""
    out = []
    for m in _month_day().finditer(text):
        month = lexicon().months.get((m["m1"] or m["m2"]).lower().rstrip("."))
        if not m["y"] and month:
            out.append((month, int(re.match(r"\d+", m["d1"] or m["d2"]).group())))
    return out


@lru_cache(maxsize=1)
def _weekday_lead() -> re.Pattern:
    return re.compile(rf"\b(?P<wd>{lexicon().weekday_names}),?\s+")


def weekday_days(text: str, year: int, month: int) -> set[datetime]:
    """The days of a month a text names with their weekday ("on Monday, 12 February", "Monday, Feb. 12", and
    the day's number in brackets after the weekday, "this Monday (12)", "on Monday morning (12)"), where the
    weekday agrees with the calendar of that year."""
    lex = lexicon()
    found = set()
    for m in lex.weekday_day.finditer(text):
        try:
            when = datetime(year, month, int(m["day"]))
        except ValueError:
            continue
        if when.weekday() == lex.weekdays[m["wd"].lower()]:
            found.add(when)
    for weekday, mon, day, in_year in weekday_month_days(text):
        if mon != month or (in_year and in_year != year):
            continue
        try:
            when = datetime(year, month, day)
        except ValueError:
            continue
        if when.weekday() == weekday:
            found.add(when)
    return found


def weekday_month_days(text: str) -> list[tuple[int, int, int, int | None]]:
    """The days a text names by weekday, month and day ("On Thursday, November 28"): (weekday, month,
    day, year or None) each."""
    found = []
    for m in _weekday_lead().finditer(text):
        md = _month_day().match(text, m.end())
        if md and (day := month_day(md.group(0))):
            found.append((lexicon().weekdays[m["wd"].lower()], *day))
    return found


def year_for(month: int, day: int, weekday: int | None, near: datetime | None, today: datetime) -> int | None:
    """The year of a yearless day: the year of a nearby known date (within two months), else the
    latest year up to today in which that day fell on the weekday the text names, else None."""
    if near is not None:
        for year in (near.year, near.year - 1, near.year + 1):
            try:
                if abs((datetime(year, month, day) - near).days) <= 62:
                    return year
            except ValueError:
                continue
    if weekday is None:
        return None
    for year in range(today.year, today.year - 28, -1):
        try:
            when = datetime(year, month, day)
        except ValueError:
            continue
        if when <= today and when.weekday() == weekday:
            return year
    return None


@dataclass(frozen=True)
class Yearless:
    """A date line's day without its year ("27.6. 14:05"), or a time on a day it names by a word
    ("Today, 3:15 pm": month and day None)."""

    month: int | None
    day: int | None
    hour: int | None = None
    minute: int | None = None


@lru_cache(maxsize=1)
def _yearless_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon().stamp_days)
    months = lexicon().month_names
    # ("Nov. 14." may close on a full stop, not on a decimal: "June 14.5")
    named = (rf"\b(?P<mon1>{months})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|\.\d)"
             rf"|(?<![\d.:])(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{months})\b\.?")
    # "06/07 - 18:40": a day and month joined by a slash, only with a time after them
    slashed = r"(?<![\d/])(?P<sd>\d{1,2})/(?P<sm>\d{1,2})(?![\d/])(?=\s*[-–—,|•·]?\s*\d{1,2}[:.]\d\d)"
    return re.compile(rf"(?<![\d.])(?:(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.(?![\d.])|{slashed}|\b(?P<word>{words})\b"
                      rf"|{named})(?:\s*[-–—,|•·]?\s*(?:at\s+)?{_TIME})?", re.I)


# A time of day opening a date line, before the day it belongs to: "16:47 | Lima, Nov. 14."
_LEADING_TIME = re.compile(rf"^\s*{_TIME}\s*[-–—,|•·]\s*(?=\S)", re.I)


def leading_time(line: str) -> tuple[int, int, int] | None:
    """(hour, minute, end) of a time of day that opens a line before a separator ("16:47 | ..."), or None."""
    m = _LEADING_TIME.match(line)
    if not m or not (hm := _hour(m["h"], m["mi"], m["ampm"])):
        return None
    return hm[0], hm[1], m.end()


def find_yearless(line: str) -> list[tuple[int, int, Yearless]]:
    """Each day printed without a year in a line, as (start, end, Yearless): a numeric day and
    month ("27.6.", "27.6. 14:05"), a named month and day ("June 27, 2:05 PM", "27 June 14:05"),
    or a day word with a time ("Today, 3:15 pm")."""
    found = []
    for m in _yearless_pattern().finditer(line):
        hour, minute = (int(m["h"]), int(m["mi"])) if m["h"] else (None, None)
        ampm = (m["ampm"] or "").lower()
        if hour is not None and ampm.startswith("p") and hour < 12:
            hour += 12
        elif hour is not None and ampm.startswith("a") and hour == 12:
            hour = 0
        if hour is not None and (hour > 23 or minute > 59):
            hour = minute = None
        if m["word"]:
            if hour is None:
                continue  # "today" alone dates nothing
            found.append((m.start(), m.end(), Yearless(None, None, hour, minute)))
            continue
        month = int(m["mm"] or m["sm"]) if m["mm"] or m["sm"] else \
            lexicon().months.get((m["mon1"] or m["mon2"]).lower().rstrip("."))
        day = int(m["dd"] or m["sd"] or m["d1"] or m["d2"])
        if month and 1 <= month <= 12 and 1 <= day <= 31:
            found.append((m.start(), m.end(), Yearless(month, day, hour, minute)))
    return found
