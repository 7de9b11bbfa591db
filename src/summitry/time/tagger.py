"""The temporal tagger: recognition, then normalization of each expression in its context."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from summitry.model import Timex
from summitry.time.lexicon import lexicon
from summitry.time.normalize import HANDLERS, Context
from summitry.time.recognize import recognizer
from summitry.time.tense import TenseMap
from summitry.time.validate import is_valid_value


_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_HALF = re.compile(r"\d{4}-H[12]")
# Reporting periods of several quarters ("the first nine months", "the six months ended June 30").
_SEVERAL_QUARTERS = frozenset({"P6M", "P9M", "P2Q", "P3Q"})


def _ended(part: str, reference: date | None) -> bool:
    """True if the quarter or half (1989-Q3, 1989-H1) is over by the reference date: a report is
    about a finished period, and a forecast for a coming half is no reporting period."""
    year, n = int(part[:4]), int(part[-1])
    months = 6 if part[5] == "H" else 3
    return reference is None or (year, months * n) < (reference.year, reference.month)


def _day(value: str) -> date | None:
    """The date of a day-level value (2021-03-17, 2021-03-17T18:30), else None."""
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit() and value[8:10].isdigit():
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


_EVENING = 18  # from this hour a DCT's own day is told in the past: its weekday ahead is next week's


def tag(text: str, dct: date | datetime | None = None) -> list[Timex]:
    """Temporal expressions of text, sorted and non-overlapping, normalized against dct.

    Each expression is resolved with the tense of its own sentence; with dct None, relative
    expressions get X placeholders or PRESENT_REF/PAST_REF/FUTURE_REF.
    """
    reference = dct.date() if isinstance(dct, datetime) else dct
    evening = isinstance(dct, datetime) and dct.hour >= _EVENING
    tenses = TenseMap(text)
    rec = recognizer()
    found: list[Timex] = []
    last_day: tuple[int, int, date] | None = None  # start, end and date of the last day-level mention
    recent: str | None = None  # value of the last dated mention (a year, month, week or day)
    quarter: str | None = None  # the latest quarter mentioned: the one a business report is about
    span: str | None = None  # the reporting period of several quarters last mentioned (P9M), if no quarter since
    year_lead: tuple[int, str] | None = None  # a year opening its sentence before a comma ("In 2023, ...")
    pos = 0
    for start in rec.openings(text):
        if start < pos:
            continue
        matches = rec.matches_at(text, start)
        results = None
        for name, m in matches:
            previous = last_day[2] if last_day else reference
            local = last_day[2] if last_day and last_day[0] >= tenses.sentence(start)[0] else reference
            lead = year_lead if year_lead and year_lead[0] >= tenses.sentence(start)[0] else None
            ctx = Context(text, reference, tenses.tense(m.start(), m.end()), previous, local, recent, quarter, span,
                          last_day[1] if last_day else None, evening, lead[1] if lead else None)
            try:
                results = HANDLERS[name](m, ctx)
            except (ValueError, OverflowError):  # calendar arithmetic past year 1 or 9999
                results = None
            if results:
                break
        if not results:
            pos = start + 1
            continue
        for s, e, type_, value, end_value, mod in results:
            if not is_valid_value(value) or (end_value is not None and not is_valid_value(end_value)):
                continue
            found.append(Timex(s, e, text[s:e], type_, value, end_value, mod))
            if (d := _day(end_value or value)) is not None:
                last_day = (s, e, d)
            if type_ in ("DATE", "TIME") and value[:4].isdigit():
                recent = end_value or value
            if type_ == "DATE" and len(value) == 4 and value.isdigit() and end_value is None \
                    and _FRONTED.fullmatch(text, tenses.sentence(s)[0], s) and text.startswith(",", e):
                year_lead = (s, value)  # "Last year, X visited Washington in May": that year's May
            if _QUARTER.fullmatch(value) and (quarter is None or value >= quarter) and _ended(value, reference):
                quarter, span = value, None
            elif value in _SEVERAL_QUARTERS or (_HALF.fullmatch(value) and _ended(value, reference)):
                quarter = None  # "for the nine months": a report's comparisons now span that period, not a quarter
                span = value if value in _SEVERAL_QUARTERS else None
        pos = max(start + 1, results[-1][1])
    return _dated_weekdays(text, found)


_FRONTED = re.compile(r"\W*(?:(?:in|during|throughout|earlier|later)\s+)?", re.I)  # before a sentence's opening year
_APPOSITION = re.compile(r"\s*(?:\(|,)\s*")


def _dated_weekdays(text: str, found: list[Timex]) -> list[Timex]:
    """A weekday with its date beside it ("on Thursday (6 October)", "Thursday, October 6")
    is that date, whichever way the tense would have turned the weekday."""
    weekdays = lexicon().weekdays
    out = list(found)
    for i, (t, nxt) in enumerate(zip(found, found[1:])):
        day = _day(nxt.value)
        if day is not None and len(nxt.value) == 10 and weekdays.get(t.text.lower()) == day.isoweekday() \
                and _APPOSITION.fullmatch(text, t.end, nxt.start):
            out[i] = replace(t, value=nxt.value)
    return out
