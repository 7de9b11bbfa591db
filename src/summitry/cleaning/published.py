"""The publication time of a scraped page, from its date lines, dateline, URL and lead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .dates import (FoundDate, Yearless, date_from_url, epoch_day_from_url, find_dates, weekday_days, weekday_month_days,
                    year_for, yearless_month_days)
from ..actors.resolve import tenure_years
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


_WEEKDAY_LEAD = 2  # paragraphs: a day named with its weekday this early dates a page known only to its month
_UPDATED = 2  # the rank of a date labelled as updated (meta._rank)
_STORY = 12  # paragraphs: the story whose dates settle which way a numeric day reads
_SAID_WITHIN = 4  # words between a verb of saying and "on <weekday>" ("said in a statement on Monday")


def first_weekday(paragraphs: list[str]) -> int | None:
    """The weekday of the dispatch (0 = Monday): the first one the article names right after a
    verb of saying ("the ministry announced on Saturday"), else the first it names at all."""
    return _first_weekday(paragraphs)[0]


def _first_weekday(paragraphs: list[str]) -> tuple[int | None, bool]:
    """The weekday of the dispatch as first_weekday reads it, and whether a verb of saying tells it."""
    lex = lexicon()
    text = "\n".join(paragraphs)
    said = re.search(rf"\b(?:{lex.reporting_verbs.pattern})\s+(?:[\w'’-]+\s+){{0,{_SAID_WITHIN}}}?on\s+"
                     rf"({lex.weekday_names})\b", text, re.I)
    m = said or re.search(rf"\b({lex.weekday_names})\b", text)
    return (lex.weekdays[m.group(1).lower()] if m else None), bool(said)


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


def _unambiguous(date: FoundDate, url: str | None, others: list[FoundDate] = (), paragraphs: list[str] = (),
                 dateline_day: tuple[int, int, int | None] | None = None) -> datetime:
    """A numeric day that reads both ways ("01/02/2023") in the reading another date line of the page
    gives in a form that reads one way only ("04/10/2024" over "April 10, 2024": the page writes its day
    twice), else in the reading the URL confirms (its day, its month alone, or a Unix time stamp in it),
    else, written with slashes (the one form month-first pages use; "02.03.2024" is day first), month
    first beside an American time zone ("03/08/22 11:02 AM ET"), else in the one reading whose day the
    lead's weekday names or falls just before, else in the reading whose month the story names with a
    day and the other's it does not ("12/02/2023" over "... the summit on December 7"), else day first."""
    if date.swapped is None:
        return date.value
    spelled = {d.value.date() for d in others if d.swapped is None or not d.slashed}
    if date.swapped.date() in spelled and date.value.date() not in spelled:
        return date.swapped  # (a day written with dots or dashes reads day first: "Date 10.07.2024")
    if dateline_day:  # "10/01/2025 01:25 PM ... PUTRAJAYA, Jan 10 (Bernama)": the dateline's month and day
        said = dateline_day[:2]
        if (date.swapped.month, date.swapped.day) == said != (date.value.month, date.value.day):
            return date.swapped
        if (date.value.month, date.value.day) == said:
            return date.value
    from_url = date_from_url(url)
    if from_url and from_url[1] == "month":
        month = from_url[0].strftime("%Y-%m")
        if date.swapped.strftime("%Y-%m") == month != date.value.strftime("%Y-%m"):
            return date.swapped
        if date.value.strftime("%Y-%m") == month != date.swapped.strftime("%Y-%m"):
            return date.value  # ("/2023-08/" over "07/08/2023": 7 August, whatever months the story names)
    for day in (from_url[0] if from_url and from_url[1] == "day" else None, epoch_day_from_url(url)):
        if day is not None and _near(date.swapped, day) and not _near(date.value, day):
            return date.swapped
        if day is not None and _near(date.value, day):
            return date.value
    if not date.slashed:
        return date.value
    if date.timezone in lexicon().month_first_zones:
        return date.swapped  # "03/08/22 11:02 AM ET": an American page's 8 March
    weekday, _ = _first_weekday(paragraphs[:_WEEKDAY_LEAD])
    if weekday is not None:  # "07/10/2024 ... met Nehammer in Vienna on Wednesday": 10 July, a Wednesday
        fits = [d for d in (date.value, date.swapped) if _closes_week(d.year, d.month, d.day, weekday)]
        if len(fits) == 1:
            return fits[0]
    named = {month for month, _ in yearless_month_days("\n".join(paragraphs[:_STORY]))}
    if date.swapped.month in named and date.value.month not in named:
        return date.swapped
    return date.value


def _near(a: datetime, b: datetime) -> bool:
    """Within a day of each other (a time zone may move a time stamp across midnight)."""
    return abs((a.date() - b.date()).days) <= 1


def choose_published(
    dates: list[tuple[int, FoundDate]],
    dateline_day: tuple[int, int, int | None] | None,
    url: str | None,
    paragraphs: list[str],
    warnings: list[str],
    today: datetime | None = None,
    yearless: list[tuple[int, Yearless]] | None = None,
    caption_dates: list[FoundDate] | None = None,
    text_dates: list[FoundDate] | None = None,
    headline_date: FoundDate | None = None,
    notice_year: int | None = None,
    span_year: int | None = None,
) -> Published:
    """The publication time, by the evidence a reader trusts most.

    The page's own date lines first (where the only full date is a "Last updated" time, the day
    of a dateline or of a yearless date line before it, in the year of the update, comes first); then
    the dateline's day ("LONDON, March 24 (AP) --"), its year from the page, the URL or a nearby date in the text, else from the weekday of the
    dispatch; then a date in the URL; a month alone (a month-only stamp or URL) is refined by "today (23)"
    in the lead, or by the one day of that month the lead names with its weekday ("on Monday, 12
    February", the weekday agreeing), else kept at month precision. None when nothing gives a year.
    A date line without a year (``yearless``: "27.6. 14:05") ranks above the dateline and takes
    its year as a dateline does (a full date in a caption or the text counts as nearby); one
    naming its day by a word ("Today, 3:15 pm", said on the day the page was read, not the day it
    was published) takes the day from the URL, else from the latest full date of a caption (a
    photo of the day), at day precision.
    The one year of the page's copyright notice ("© 2023 Example Agency") places a yearless day
    where no month stamp or URL near it does: it outranks the weekday the text names, which may
    be the day of the event and not of the dispatch ("Madrid, Jan 18 - ... will sign on Thursday").
    Where nothing else dates the page, a full date closing its headline does ("Remarks at the
    briefing, Lima, April 3, 2023": the day of the briefing, transcript or statement the page is).
    """
    full = [(rank, d) for rank, d in dates if d.precision != "month"]
    month = next((d.value for _, d in dates if d.precision == "month"), None)
    dated_line = bool(dateline_day) or any(rank < _UPDATED for rank, _ in yearless or [])
    if full and dated_line and all(rank == _UPDATED for rank, _ in full):
        # only a "Last updated" time: the dateline's day before it, in the year of the update (the
        # update's time where it falls on that day)
        updated = max(d.value for _, d in full)
        found = _day_of(yearless, dateline_day, updated, url, paragraphs, today, caption_dates, text_dates,
                        notice_year, span_year)
        if found and found.value.date() < updated.date():
            return found
    if full:
        best = _best_of(full)
        value = _unambiguous(best, url, [d for _, d in full], paragraphs, dateline_day)
        if best.precision == "day" and (timed := _time_of_day(value, yearless)):
            return Published(timed, "minute", best.timezone)
        return Published(value, best.precision, best.timezone)
    found = _day_of(yearless, dateline_day, month, url, paragraphs, today, caption_dates, text_dates,
                    notice_year, span_year)
    if found:
        return found
    from_url = date_from_url(url)
    if from_url and from_url[1] == "day" and (month is None or from_url[0].strftime("%Y-%m") == month.strftime("%Y-%m")):
        warnings.append("publication date taken from the URL")
        return Published(from_url[0], "day")
    if headline_date:
        return Published(headline_date.value, headline_date.precision, headline_date.timezone)
    month = month or (from_url[0] if from_url else None)
    if month:
        lead = "\n".join(paragraphs[:4])
        if m := lexicon().today_day.search(lead):
            try:
                return Published(month.replace(day=int(m.group("day"))), "day")
            except ValueError:
                pass
        days = weekday_days("\n".join(paragraphs[:_WEEKDAY_LEAD]), month.year, month.month)
        if len(days) == 1:  # "on Monday, 12 February" in the lead of a page dated to February
            return Published(days.pop(), "day")
        return Published(month, "month")
    warnings.append("no publication date found")
    return Published(None, None)


def _time_of_day(day: datetime, yearless: list[tuple[int, Yearless]] | None) -> datetime | None:
    """The day given the time of the one date line that prints that same day without its year, with a
    time of day ("16:47 | Lima, Nov. 14." over the article, "Published: 11/14/2024" under it), or None."""
    times = {(d.hour, d.minute) for _, d in yearless or []
             if d.month == day.month and d.day == day.day and d.hour is not None}
    if len(times) != 1:
        return None
    hour, minute = times.pop()
    return day.replace(hour=hour, minute=minute)


def _day_of(yearless: list[tuple[int, Yearless]] | None, dateline_day: tuple[int, int, int | None] | None,
            near: datetime | None, url: str | None, paragraphs: list[str], today: datetime | None,
            caption_dates: list[FoundDate] | None, text_dates: list[FoundDate] | None,
            notice_year: int | None = None, span_year: int | None = None) -> Published | None:
    """The publication day from a date line printed without a year, else from the dateline; a
    month stamp, an update time or the URL's date near it gives the year."""
    from_url = date_from_url(url)
    today = today or datetime.now()
    if yearless:
        found = _from_yearless(yearless, near, from_url, paragraphs, caption_dates or [], text_dates or [], today,
                               notice_year, span_year)
        if found:
            return found
    if dateline_day:
        mon, day, year = dateline_day
        page = [d.value for d in (caption_dates or []) + (text_dates or [])]
        year = year or _year_of(mon, day, [near, from_url[0] if from_url else None], paragraphs, today, page,
                                notice_year, span_year)
        if year:
            try:
                return Published(datetime(year, mon, day), "day")
            except ValueError:
                pass
    return None


def _year_of(month: int, day: int, near: list[datetime | None], paragraphs: list[str], today: datetime,
             page: list[datetime] | None = None, notice_year: int | None = None,
             span_year: int | None = None) -> int | None:
    """The year of a day printed without one: that of a month stamp or the URL's date within two
    months of it; else by the dispatch's weekday, in the year of a date of the page (a caption's,
    the text's) within two months where it fits, else in the latest year it fits; else the year of
    such a page date (the text may recall another year's day: the weekday outranks it); else the
    year that brings the day within four months of a date of the page (a dispatch of 13 January that
    recalls 11 October 2024 is of 2025); a date half a year off could lie in either year: no year.
    A weekday no verb of saying tells, where the text names one other day of that week by its month
    and day, is that day's weekday (see _year_of_named_day).
    The year of the page's copyright notice comes after the month stamp and the URL, where no date
    of the page within two months of the day speaks for another year."""
    for when in near:
        if when is not None and (year := year_for(month, day, None, when, today)):
            return year
    if page and (year := _year_after_gap(month, day, paragraphs, max(page))):
        return year
    allowed = _possible_years(month, day, paragraphs, today, page or [])
    if allowed is not None and len(allowed) == 1:
        return allowed.pop()
    if year := _year_of_weekday_date(month, day, paragraphs, today, allowed):
        return year
    fits_all = lambda y: y is not None and (allowed is None or y in allowed)  # noqa: E731
    years = [y for when in page or [] if fits_all(y := year_for(month, day, None, when, today))]
    if notice_year and (not years or notice_year in years) and datetime(notice_year, 1, 1) <= today and fits_all(notice_year):
        return notice_year
    weekday, said = _first_weekday(paragraphs)
    if span_year and weekday is not None and _closes_week(span_year, month, day, weekday) and datetime(span_year, 1, 1) <= today \
            and fits_all(span_year):
        return span_year  # "VLADIVOSTOK, September 17 ... on Sunday", "© 2014-2023": the notice's last year, where
        # the text's weekday is the dispatch's day or one of the two before it
    if weekday is not None:
        fits = [y for y in years if _weekday(y, month, day) == weekday]
        if fits:
            return fits[0]
        named = None if said else _year_of_named_day(month, day, weekday, paragraphs, today)
        if fits_all(year := named or year_for(month, day, weekday, None, today)):
            return year
        if allowed and said and (year := max((y for y in allowed if _closes_week(y, month, day, weekday)), default=None)):
            return year  # ("said on Tuesday", a dispatch of Wednesday 5 April: 2023, of those Sunak was prime minister in)
    if years:
        return years[0]
    return year if fits_all(year := _nearest_year(month, day, page or [])) else None


def _year_of_weekday_date(month: int, day: int, paragraphs: list[str], today: datetime, allowed: set[int] | None) -> int | None:
    """The latest year up to today in which the days the text names with their weekday, within a week
    of the dispatch's day, fall on those weekdays ("MOSCOW, November 26 ... On Thursday, November 28":
    2024); None where the text names no such day, or its days agree on no year."""
    years = set(allowed or range(today.year - 27, today.year + 1))
    told = False
    for weekday, m2, d2, in_year in weekday_month_days("\n".join(paragraphs)):
        if in_year is not None:
            continue
        fits, near = set(), False
        for y in years:
            own = _day_or_none(y, month, day)
            for other in (_day_or_none(y + shift, m2, d2) for shift in (-1, 0, 1)):
                if own and other and abs((other - own).days) <= _WEEK_DAYS + 1:
                    near = True  # (a day far from the dispatch's tells nothing of its year)
                    if other.weekday() == weekday:
                        fits.add(y)
        if near:
            told, years = True, years & fits
    return max((y for y in years if (d := _day_or_none(y, month, day)) and d <= today), default=None) if told else None


_AHEAD_DAYS = 3 * 366  # how far past its dispatch a day a text names with its year may lie ("the deadline of 31 December 2025")


def _possible_years(month: int, day: int, paragraphs: list[str], today: datetime, page: list[datetime]) -> set[int] | None:
    """The years a day printed without one can be of: none more than _AHEAD_DAYS before a day the text
    names with its year ("the previous summit was held on October 31, 2022": not 2018), and within the
    tenure of each known office holder the text names under that title ("President To Lam": 2024).
    None where nothing narrows them."""
    years = range(today.year - 27, today.year + 1)
    latest = max(page, default=None)
    bound = {y for y in years if latest is None or (d := _day_or_none(y, month, day)) is None
             or (latest - d).days <= _AHEAD_DAYS}
    held = tenure_years("\n".join(paragraphs), month, day, years)
    allowed = bound & held if held is not None else bound
    if not allowed or allowed == set(years):
        return None  # (titled holders and named days at odds: neither is taken)
    return allowed


def _day_or_none(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:  # 29 February
        return None


_WEEK_DAYS = 6
_TOLD_WITHIN = 2  # days before a dispatch that a weekday in its text most often names ("talks on Friday", filed Saturday)


def _closes_week(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether the weekday is the dispatch's day in that year or one of the _TOLD_WITHIN days before it."""
    try:
        dispatch = datetime(year, month, day)
    except ValueError:
        return False
    return any((dispatch - timedelta(days=k)).weekday() == weekday for k in range(_TOLD_WITHIN + 1))


def _year_of_named_day(month: int, day: int, weekday: int, paragraphs: list[str], today: datetime) -> int | None:
    """The year of a dispatch's day by the weekday its text names (not after a verb of saying, which tells
    the day of the dispatch: "the ministry said on Friday"), where the text also names, by month and
    day, one other day within the week of the dispatch ("ROME, June 5 - ... talks on Thursday ... On June 6,
    the talks ..."): the weekday is that day's, the day the text tells of, not the dispatch's own; the
    year is the latest in which that day fell on it. None where the text names no such day, or several."""
    others = set()
    for other in yearless_month_days("\n".join(paragraphs)):
        try:  # the gap in a leap year, so 29 February counts
            gap = abs((datetime(2000, *other) - datetime(2000, month, day)).days)
        except (TypeError, ValueError):
            continue
        if 0 < gap <= _WEEK_DAYS:
            others.add(other)
    if len(others) != 1:
        return None
    return year_for(*others.pop(), weekday, None, today)


_SEASON_DAYS = 122  # four months: less than half a year, so one year at most can fit


def _nearest_year(month: int, day: int, page: list[datetime]) -> int | None:
    """The year in which a day falls nearest to one of the page's dates, within four months, or None."""
    fits = []
    for when in page:
        for year in (when.year - 1, when.year, when.year + 1):
            try:
                gap = abs((datetime(year, month, day) - when).days)
            except ValueError:
                continue
            if gap <= _SEASON_DAYS:
                fits.append((gap, year))
    return min(fits)[1] if fits else None


def _year_after_gap(month: int, day: int, paragraphs: list[str], latest: datetime) -> int | None:
    """ "The first talks ... in almost two years": the day falls about that many years after the
    latest date the page names (the last time), in the year that brings it closest."""
    lex = lexicon()
    m = lex.gap_phrase.search("\n".join(paragraphs))
    years = lex.number_words.get(m["n"].lower()) if m else None
    if years is None:
        return None
    try:
        target = latest.replace(year=latest.year + years)
    except ValueError:  # 29 February
        target = latest.replace(year=latest.year + years, day=28)
    fits = []
    for year in (target.year - 1, target.year, target.year + 1):
        try:
            when = datetime(year, month, day)
        except ValueError:
            continue
        if when > latest:
            fits.append((abs((when - target).days), year))
    return min(fits)[1] if fits else None


def _weekday(year: int, month: int, day: int) -> int | None:
    return d.weekday() if (d := _day_or_none(year, month, day)) else None


def _from_yearless(yearless: list[tuple[int, Yearless]], month: datetime | None,
                   from_url: tuple[datetime, str] | None, paragraphs: list[str],
                   caption_dates: list[FoundDate], text_dates: list[FoundDate], today: datetime,
                   notice_year: int | None = None, span_year: int | None = None) -> Published | None:
    """The publication time from the best-ranked date line that prints no year, or None."""
    best_rank = min(rank for rank, _ in yearless)
    stamp = next(d for rank, d in yearless if rank == best_rank)
    url_day = from_url[0] if from_url and from_url[1] == "day" else None
    latest = max((d.value for d in caption_dates), default=None)
    if stamp.day is None:  # "Today, 3:15 pm"
        base = url_day or latest
        if base is None:
            return None
        return Published(datetime(base.year, base.month, base.day), "day")
    page = [d.value for d in caption_dates + text_dates]
    year = _year_of(stamp.month, stamp.day, [month, from_url[0] if from_url else None], paragraphs, today, page,
                    notice_year, span_year)
    if year is None:
        return None
    try:
        day = datetime(year, stamp.month, stamp.day)
    except ValueError:
        return None
    if stamp.hour is None:
        return Published(day, "day")
    return Published(day.replace(hour=stamp.hour, minute=stamp.minute), "minute")
