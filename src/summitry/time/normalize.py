"""Normalization: from a rule's match to TIMEX3 type and value, relative to the context.

Each handler takes the match and a Context and returns the expressions found (usually one,
two for "March 3 and 9"), or None to reject the match (a name, a verb, a count).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta

from summitry.time import anchor
from summitry.time.lexicon import lexicon
from summitry.time.recognize import recognizer
from summitry.time.tense import DIRECTION, FUTURE, PRESENT

# (start, end, type, value, end_value, mod)
Found = tuple[int, int, str, str, str | None, str | None]
_PREVIOUS_WORD = re.compile(r"([\w.'-]+)[ \t]*$")
_NEXT_WORD = re.compile(r"[ \t]*([\w.]+(?:[ \t]+[A-Z]\w*)?)")
_SEASONS = ("SP", "SU", "FA", "WI")
_SENTENCE_END = re.compile(r"[.!?:\"”]\s*$|^\s*$")
# A count of units or of times right before "a day", "a week": "24 hours a day", "three times a year".
# "three-quarters of its food", "two quarters of the votes": a fraction of something.
_FRACTION_OF = re.compile(r"\s+of\s+(?i:the|its|their|his|her|our|all|a|an|those|these)\b")
# The two words after a possessive: "today's [young] generation".
_GENERIC_POSSESSIVE = re.compile(r"['’]s[ \t]+([A-Za-z]+)\b(?:[ \t]+([A-Za-z]+)\b)?")
# "the leaders of tomorrow", "the world of today" (but "as of today" is the day).
_GENERIC_OF = re.compile(r"(?<![Aa]s)[ \t]+of[ \t]+$")
_YEAR_NUMBER = re.compile(r"1[6-9]\d\d|2[01]\d\d")
_RATE_AFTER = re.compile(r"[ \t]+(?i:a|per)[ \t]+(?i:day|week|month|year)(?!\w)")
_RATE_BEFORE = re.compile(r"(?i:(?:second|minute|hour|day|week|month)s|times)[ \t]+$")


@lru_cache(maxsize=1)
def _amount_before() -> re.Pattern:
    """An amount of money or goods right before "a year": "$2 million a year" is a rate (a SET)."""
    words = lexicon().amount_words
    return re.compile(rf"(?:[$€£¥][\d.,]+|\d[\d.,]*%?)(?:[ \t]+(?i:{'|'.join(map(re.escape, words))}))?[ \t]+$")


@lru_cache(maxsize=1)
def _count_before() -> re.Pattern:
    """A count of things right before "a week": "four flights a week", "hundreds of interviews a day"."""
    words = [w for w, v in lexicon().numbers.items() if w not in ("a", "an") and " " not in w]
    counts = "|".join(map(re.escape, [*words, "dozens", "hundreds", "thousands", "millions"]))
    return re.compile(rf"(?:\d[\d.,]*|\b(?i:{counts}))(?:[ \t]+[\w'-]+){{0,3}}?[ \t]+[a-zA-Z]+s[ \t]+$")


# A unit within a few words ahead: "in the past [four] years", "in the past decade".
_UNIT_AHEAD = re.compile(
    r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?i:(?:second|minute|hour|day|week|month|quarter|year|decade)s?|century|centuries)(?!\w)")


@dataclass(frozen=True)
class Context:
    """What a handler knows besides its match."""

    text: str
    dct: date | None
    tense: str | None
    anchor: date | None  # the last day-level date mentioned before, else the DCT
    local_anchor: date | None  # the same, but within the sentence; else the DCT
    recent: str | None = None  # the value of the last dated mention before, of any granularity
    quarter: str | None = None  # the quarter being reported (the latest quarter mentioned so far)
    span: str | None = None  # the reported period of several quarters (P9M), when no quarter came after it
    anchor_end: int | None = None  # where the mention of the anchor day ends in the text
    evening: bool = False  # the DCT is a time in the evening: that day's events are told
    year_lead: str | None = None  # the year opening the sentence before a comma ("Last year, ..."): its months'

    def month_antecedent(self) -> str | None:
        """The last dated mention when it names a month ("crossed out that same day" after "last
        October"): day-level phrases anchored on it can say only the month; else None."""
        r = self.recent
        return r if r and len(r) == 7 and r[4] == "-" and r[5:7].isdigit() else None

    @property
    def direction(self) -> int:
        return DIRECTION[self.tense]


def _one(m: re.Match, type_: str, value: str, end_value: str | None = None, mod: str | None = None,
         end: int | None = None, start: int | None = None) -> list[Found]:
    return [(m.start() if start is None else start, m.end() if end is None else end, type_, value, end_value, mod)]


def _previous_word(ctx: Context, pos: int) -> str:
    w = _PREVIOUS_WORD.search(ctx.text, max(0, pos - 40), pos)
    return w.group(1) if w else ""


def _next_words(ctx: Context, pos: int) -> str:
    w = _NEXT_WORD.match(ctx.text, pos, pos + 40)
    return w.group(1) if w else ""


def _pmod(m: re.Match) -> str | None:
    word = m.groupdict().get("pmod")
    return lexicon().period_mods.get(" ".join(word.lower().split())) if word else None


def _shift(word: str | None) -> int | None:
    return None if word is None else lexicon().shifts.get(word.lower(), 0)


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _iso(d: date) -> str:
    return d.isoformat()


def _place(month: int, day: int, year: str | None, ctx: Context, weekday: int | None = None) -> str | None:
    """The value of a month/day with an optional year, the year guessed from the context."""
    if year:
        return _iso(d) if (d := anchor.safe_date(int(year), month, day)) else None
    if ctx.dct is None:
        return f"XXXX-{month:02d}-{day:02d}" if anchor.safe_date(2000, month, day) else None
    if weekday is not None:
        fits = [d for y in range(ctx.dct.year - 1, ctx.dct.year + 2)
                if (d := anchor.safe_date(y, month, day)) and d.isoweekday() == weekday]
        if fits:
            return _iso(min(fits, key=lambda d: abs((d - ctx.dct).days)))
    d = anchor.month_day(month, day, ctx.dct, ctx.direction)
    return _iso(d) if d else None


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)  # "between 26 May and 4 June": one stretch of days


def _month_day(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    month = lex.months[m["month"]]
    weekday = lex.weekdays.get(m["weekday"].lower()) if m["weekday"] else None
    value = _place(month, _day_number(m["day"]), m["year"], ctx, weekday)
    if value is None:
        return None
    if not m["day2"]:
        if not m["year"] and (that := _THAT_YEAR.match(ctx.text, m.end())) and ctx.recent and ctx.recent[:4].isdigit():
            return _one(m, "DATE", f"{ctx.recent[:4]}{value[4:]}", end=that.end())  # "on April 7 that year"
        return _one(m, "DATE", value)
    month2 = lex.months[m.groupdict().get("month2") or m["month"]]
    day2 = _day_number(m["day2"])
    year = value[:4]
    end_value = None
    if year != "XXXX":
        end = anchor.safe_date(int(year) + (month2 < month), month2, day2)
        if end is not None and 0 < (end - date.fromisoformat(value)).days <= 62:
            end_value = _iso(end)
    elif anchor.safe_date(2000, month2, day2) and (month2, day2) > (month, _day_number(m["day"])):
        end_value = f"XXXX-{month2:02d}-{day2:02d}"
    consecutive = end_value is not None and (
        year == "XXXX" or (date.fromisoformat(end_value) - date.fromisoformat(value)).days == 1)
    if end_value is None:
        return None
    if (m.groupdict().get("conj") or "-").lower() == "and" and not consecutive and not _BETWEEN.search(ctx.text, max(0, m.start() - 20), m.start()):
        return [(m.start(), m.end("day"), "DATE", value, None, None),
                (m.start("day2") if not m.groupdict().get("month2") else m.start("month2"),
                 m.end(), "DATE", end_value, None, None)]
    return _one(m, "DATE", value, end_value)


def _numeric_date(m: re.Match, ctx: Context) -> list[Found] | None:
    d = anchor.safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if d is None:
        return None
    if m.groupdict().get("hour"):
        return _one(m, "TIME", f"{_iso(d)}T{m['hour']}:{m['minute']}")
    return _one(m, "DATE", _iso(d))


def _month_year(m: re.Match, ctx: Context) -> list[Found] | None:
    year = m["year"] or _spoken(m)  # "January nineteen ninety-seven", as a broadcast says it
    return _one(m, "DATE", f"{year}-{lexicon().months[m['month']]:02d}", mod=_pmod(m))


def _month(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    word = m["month"]
    if len(word) <= 4 and not word.endswith(".") and lex.months.get(word + ".") is not None:
        return None  # Jan, Dec: names rather than months when alone
    if word in lex.ambiguous_months and not m["pmod"] and not m["shift"]:
        if _previous_word(ctx, m.start()).lower() not in lex.month_cues:
            return None
    month = lex.months[word]
    shift = _shift(m["shift"])
    if ctx.dct is None:
        return _one(m, "DATE", f"XXXX-{month:02d}", mod=_pmod(m))
    if m["yshift"]:
        year = ctx.dct.year + lex.shifts[m["yshift"].lower()]
    elif (that := _THAT_YEAR.match(ctx.text, m.end())) and ctx.recent and ctx.recent[:4].isdigit() and not shift:
        return _one(m, "DATE", f"{ctx.recent[:4]}-{month:02d}", mod=_pmod(m), end=that.end())  # "in August that year"
    elif not shift and ctx.year_lead:
        year = int(ctx.year_lead)  # "Last year, X made a visit to Washington in May": that year's May
    elif not shift and (later := _DATED_AFTER.match(ctx.text, m.end())) and (month2 := lex.months.get(later["month"])):
        year2 = int(later["year"]) if later["year"] else ctx.dct.year + lex.shifts[later["yshift"].lower()]
        year = year2 - (month > month2)  # "in August and again in September 2020", "in late October and early
        # November last year": that year's
    else:
        year = anchor.month_year(month, ctx.dct, ctx.direction, shift)
    return _one(m, "DATE", f"{year}-{month:02d}", mod=_pmod(m))


# a month joined to a later one that has its year ("in August and again in September 2020", "in
# October and November last year")
_DATED_AFTER = re.compile(r"\s+(?:and|or|to|through|until|till)\s+(?:(?:again|then|later|once\s+more)\s+)?(?:in\s+)?"
                          r"(?:(?:early|late|mid)[\s-]+)?(?P<month>[A-Z][a-z]+\.?)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+"
                          r"(?:(?P<year>\d{4})|(?P<yshift>last|next|this)\s+year)\b")
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.I)


def _year(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    if m["decade"]:
        return _one(m, "DATE", m["decade"][:3], mod=_pmod(m))  # a decade is its first three digits (199)
    if m["decade2"]:
        # "the '80s"
        return _one(m, "DATE", f"{_decade_century(int(m['decade2']), ctx)}{m['decade2'][0]}", mod=_pmod(m))
    if _previous_word(ctx, m.start("year")) in lex.year_blocking_preceders:
        return None
    if m.start() == m.start("year") and _in_name(ctx, m.start()):
        return None  # "a venture called Orion 1980", "Euro 2004": the year ends a name
    following = _next_words(ctx, m.end()).split()
    if following and following[0].lower() in lex.year_blocking_followers:
        return None
    if m["prepost"]:  # "post-1959 politics"
        return _one(m, "DATE", m["year"], mod="AFTER" if m["prepost"].lower() == "post" else "BEFORE")
    return _one(m, "DATE", m["year"], mod=_pmod(m))


@lru_cache(maxsize=1)
def _name_breakers() -> frozenset[str]:
    """Capitalized words a year may follow outside a name (In 1990, Since 1990, Spring 1998, Fiscal 1990)."""
    lex = lexicon()
    return frozenset(w.lower() for table in (lex.function_words, lex.month_cues, lex.months, lex.seasons, lex.weekdays,
                                             lex.fiscal_words, lex.holidays_fixed, lex.holidays_nth, lex.holidays_easter)
                     for w in table)


def _in_name(ctx: Context, pos: int) -> bool:
    """True if the word before pos is a capitalized word inside a sentence that is no time word
    or preposition: a year after it closes a name."""
    w = _PREVIOUS_WORD.search(ctx.text, max(0, pos - 40), pos)
    if not w or not (w.group(1).istitle() and w.group(1).isalpha()) or w.group(1).lower() in _name_breakers():
        return False
    before = ctx.text[max(0, w.start(1) - 5):w.start(1)].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n\"“'‘`(-_—,"


def _week_of(m: re.Match, ctx: Context) -> list[Found] | None:
    value = _place(lexicon().months[m["month"]], _day_number(m["day"]), None, ctx)
    if value is None or value.startswith("X"):
        return None
    return _one(m, "DATE", anchor.week_value(date.fromisoformat(value)))


def _weekday_direction(ctx: Context, possessive: bool = False, pos: int = 0) -> int:
    """Present tense with a weekday is a schedule ("the vote is Tuesday"): it points ahead.
    A possessive ("Wednesday's ruling") names something that already happened, unless the clause
    looks ahead to it ("will attend Tuesday's summit", "is in town for Tuesday's meeting")."""
    if possessive:
        ahead = ctx.tense == FUTURE and _WILL_BEFORE.search(ctx.text, max(0, pos - 80), pos) \
            or ctx.tense in (PRESENT, FUTURE) and _AWAITING.search(ctx.text, max(0, pos - 20), pos)
        return 1 if ahead else -1
    return 1 if ctx.tense == PRESENT else ctx.direction


_WILL_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:\w+\s+)?(?!not\b|have\b)\w+\b[^.;!?]*$", re.I)  # "will open X on"
_AWAITING = re.compile(r"\b(?:for|ahead\s+of|in\s+the\s+run-up\s+to)\s+$", re.I)  # "for Tuesday's meeting"


def _weekday_value(iso_weekday: int, ctx: Context, shift: int | None, possessive: bool = False,
                   pos: int = 0) -> date | None:
    if ctx.dct is None:
        return None
    if ctx.evening and shift is None and not possessive and iso_weekday == ctx.dct.isoweekday() \
            and _WILL_BEFORE.search(ctx.text, max(0, pos - 80), pos):
        return ctx.dct + timedelta(days=7)  # "will open the meeting on Friday", posted on a Friday night: next week's
    return anchor.weekday(iso_weekday, ctx.dct, _weekday_direction(ctx, possessive, pos), shift)


def _weekday(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    following = _next_words(ctx, m.end())
    if any(following.startswith(w) for w in lex.weekday_name_followers):
        return None
    if _previous_word(ctx, m.start()) in lex.weekday_name_preceders:
        return None
    wd = lex.weekdays[m["weekday"].lower()]
    shift = _shift(m["shift"])
    if m["weekday2"]:
        wd2 = lex.weekdays[m["weekday2"].lower()]
        gap = (wd2 - wd) % 7
        conj = m["conj"].lower()
        if conj == "or" or (conj == "and" and gap != 1) or gap == 0:
            first = _weekday(_Sub(m, m.start(), m.end("weekday")), ctx)
            second = _weekday(_Sub(m, m.start("weekday2"), m.end(), prefix="weekday2"), ctx)
            return (first or []) + (second or []) or None
        if ctx.dct is None:
            return _one(m, "DATE", f"XXXX-WXX-{wd}", f"XXXX-WXX-{wd2}")
        if ctx.tense == PRESENT and shift is None and (ctx.dct.isoweekday() - wd) % 7 <= gap:
            start = ctx.dct - timedelta(days=(ctx.dct.isoweekday() - wd) % 7)  # "is on a visit from Saturday
            end = start + timedelta(days=gap)  # to Tuesday", told on a Tuesday: the stay under way
        elif _weekday_direction(ctx) > 0 or (shift or 0) > 0:
            start = anchor.weekday(wd, ctx.dct, 1, shift)
            end = start + timedelta(days=gap)
        else:
            end = anchor.weekday(wd2, ctx.dct, ctx.direction, shift)
            start = end - timedelta(days=gap)
        return _one(m, "DATE", _iso(start), _iso(end))
    if m["ashift"]:  # "the previous Friday": the one before the day last mentioned
        base = ctx.anchor
        d = anchor.weekday(wd, base, 0, -1 if m["ashift"].lower() != "following" else 1) if base else None
    else:
        d = _weekday_value(wd, ctx, shift, possessive=bool(m["possessive"]), pos=m.start())
    # "Friday night" is dated to the day, as the events stage reads it and as AQUAINT does about
    # half the time (TimeBank keeps the part, 2000-01-07TNI); "last night" or "this morning" keep it.
    # An evening is kept ("Friday evening" is 2000-01-07TEV): a time of that day, as both corpora
    # write it (lexicon: weekday_kept_parts).
    # The possessive ending is no part of the expression: "Wednesday's ruling" tags "Wednesday".
    end = m.start("possessive") if m["possessive"] and not m["part"] else None
    part = (m["part"] or "").lower()
    if d is not None and part in lex.weekday_kept_parts:
        return _one(m, "TIME", f"{_iso(d)}T{lex.day_parts[part]}")
    return _one(m, "DATE", f"XXXX-WXX-{wd}" if d is None else _iso(d), end=end)


class _Sub:
    """A view of part of a weekday match, so one conjunct can be normalized alone."""

    def __init__(self, m: re.Match, start: int, end: int, prefix: str = "weekday") -> None:
        self._m, self._start, self._end = m, start, end
        self._groups = {"weekday": m[prefix], "weekday2": None, "conj": None, "possessive": None,
                        "shift": m["shift"] if prefix == "weekday" else None,
                        "ashift": m["ashift"] if prefix == "weekday" else None,
                        "part": m["part"] if prefix == "weekday2" else None}

    def __getitem__(self, name: str) -> str | None:
        return self._groups[name]

    def start(self, *_: str) -> int:
        return self._start

    def end(self, *_: str) -> int:
        return self._end


def _day_word(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    word = m["word"].lower()
    if _title_case_inside_sentence(m, ctx):
        return None
    if word == "today" and (g := _GENERIC_POSSESSIVE.match(ctx.text, m.end())) and lex.generic_today_nouns & {
            w.lower() for w in g.groups() if w}:
        return None  # "today's youth": the present age, no day (news annotation leaves it out)
    if _GENERIC_OF.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "the people of tomorrow": an age, not a day
    offset = lex.day_words[word]
    ref = "PRESENT_REF" if offset == 0 else "PAST_REF" if offset < 0 else "FUTURE_REF"
    return _with_part(m, ctx.dct + timedelta(days=offset) if ctx.dct else None, ref)


def _with_part(m: re.Match, day: date | None, fallback: str) -> list[Found]:
    """A day with the part of the day said after it ("Friday night" is that Friday's night)."""
    part = m.groupdict().get("part")
    if day is None:
        return _one(m, "DATE", fallback)
    if not part:
        return _one(m, "DATE", _iso(day))
    return _one(m, "TIME", f"{_iso(day)}T{lexicon().day_parts[part.lower()]}")


def _this_part(m: re.Match, ctx: Context) -> list[Found] | None:
    last = m["shift"].lower() == "last"
    day = ctx.dct - timedelta(days=1 if last else 0) if ctx.dct else None
    return _with_part(m, day, "PAST_REF" if last else "PRESENT_REF")


def _clock(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    hour, minute = int(m["hour"]), int(m.groupdict().get("minute") or 0)
    meridiem = lex.meridiems.get((m.groupdict().get("mer") or "").lower())
    if m.groupdict().get("part"):
        meridiem = "am" if m["part"].lower() == "morning" else "pm"
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    day: date | None = ctx.local_anchor
    groups = m.groupdict()
    weekday = groups.get("weekday")
    said_day = weekday or groups.get("word") or groups.get("cmonth")
    end = None
    if groups.get("paren") and said_day:
        end = m.end("zone") if groups.get("zone") else m.end("mer")  # "10:35 a.m. (0735 GMT) Friday": two expressions
    elif not said_day and (p := _paren_weekday().match(ctx.text, m.end())):
        weekday = p["weekday"]  # "at 4 in the morning (4 a.m. EDT Thursday)": the same moment, its day said inside
    if weekday:
        day = _weekday_value(lex.weekdays[weekday.lower()], ctx, None)
    elif groups.get("word") and ctx.dct is not None:
        day = ctx.dct + timedelta(days=lex.day_words[m["word"].lower()])
    elif groups.get("cmonth"):  # "5 p.m. EST Nov. 9"
        value = _place(lex.months[m["cmonth"]], _day_number(m["cday"]), None, ctx)
        day = _day(value) if value and value[0].isdigit() else None
    prefix = _iso(day) if day else "XXXX-XX-XX"
    return _one(m, "TIME", f"{prefix}T{hour:02d}:{minute:02d}", end=end)


@lru_cache(maxsize=1)
def _paren_weekday() -> re.Pattern:
    """A parenthesis right after a time that ends with a weekday: "(4 a.m. EDT Thursday)"."""
    names = "|".join(map(re.escape, sorted(lexicon().weekdays, key=len, reverse=True)))
    return re.compile(rf"[ \t]*\([^()\n]{{0,25}}?\b(?P<weekday>(?i:{names}))\)")


def _part_of_day(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "mid-afternoon", "late morning Friday": a part of the day in context, with its modifier."""
    lex = lexicon()
    day: date | None = ctx.local_anchor
    if m["weekday"]:
        day = _weekday_value(lex.weekdays[m["weekday"].lower()], ctx, None)
    elif m["word"] and ctx.dct is not None:
        day = ctx.dct + timedelta(days=lex.day_words[m["word"].lower()])
    prefix = _iso(day) if day else "XXXX-XX-XX"
    return _one(m, "TIME", f"{prefix}T{lex.day_parts[m['part'].lower()]}", mod=_pmod(m))


def _day_time(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    if _previous_word(ctx, m.start()).lower() in lex.day_time_idiom_preceders:
        return None  # "high noon" is a figure of speech
    clock = lex.day_times[m["word"].lower()]
    day = _weekday_value(lex.weekdays[m["weekday"].lower()], ctx, None) if m["weekday"] else ctx.local_anchor
    prefix = _iso(day) if day else "XXXX-XX-XX"
    return _one(m, "TIME", f"{prefix}T{clock}")


def _period(unit: str, shift: int, ctx: Context, weekend_direction: int = 0) -> str:
    """The value of this/last/next week, month, year, ... around the DCT."""
    if ctx.dct is None:
        return "PRESENT_REF" if shift == 0 else "PAST_REF" if shift < 0 else "FUTURE_REF"
    d = ctx.dct
    if unit == "week":
        return anchor.week_value(d + timedelta(weeks=shift))
    if unit == "weekend":
        saturday = d + timedelta(days=6 - d.isoweekday())
        if shift == 0 and weekend_direction < 0 and d.isoweekday() < 6:
            shift = -1
        return anchor.week_value(saturday + timedelta(weeks=shift)) + "-WE"
    if unit == "month":
        y, mo = anchor.add_months(d.year, d.month, shift)
        return f"{y}-{mo:02d}"
    if unit == "quarter":
        y, mo = anchor.add_months(d.year, d.month, 3 * shift)
        return f"{y}-Q{(mo - 1) // 3 + 1}"
    if unit == "decade":
        return f"{d.year // 10 + shift}"
    if unit == "century":
        return f"{d.year // 100 + shift}"
    return str(d.year + shift)


def _antecedent(ctx: Context, unit: str) -> date | None:
    """A date within the period last mentioned, if it is precise enough for unit, else the last
    day mentioned (or the DCT): "in 1994 ... the following year", "on May 3 ... the following week"."""
    r = ctx.recent or ""
    if unit == "week" and re.fullmatch(r"\d{4}-W\d\d", r):  # "next week and the following week"
        try:
            return date.fromisocalendar(int(r[:4]), int(r[6:8]), 1)
        except ValueError:
            return ctx.anchor
    need = {"year": 4, "decade": 4, "century": 4, "quarter": 7, "month": 7}.get(unit, 10)
    if len(r) >= need and r[:4].isdigit() and (need == 4 or (r[4] == "-" and r[5:7].isdigit())):
        if need == 10:
            return _day(r) or ctx.anchor
        same_period = ctx.anchor is not None and _iso(ctx.anchor)[:need] == r[:need]
        if not same_period:
            return anchor.safe_date(int(r[:4]), int(r[5:7]) if need == 7 else 1, 1)
    return ctx.anchor


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _title_case_inside_sentence(m: re.Match, ctx: Context) -> bool:
    """True for "This Week" or "Today" capitalized in mid-sentence: the title of a show or paper."""
    words = m.group().split()
    if not all(w[:1].isupper() for w in words):
        return False
    before = ctx.text[max(0, m.start() - 3):m.start()].rstrip(" \t")
    after = ctx.text[m.end():m.end() + 3]
    if before[-1:] in ("\"", "“", "`", "'", "‘") and (any(q in after for q in "\"”'’")
                                                   or _next_words(ctx, m.end())[:1].isupper()):
        return True  # a quoted title: on "This Week," he said; on "This Week With David Brinkley"
    return bool(before) and before[-1] not in ".!?:\n\"“'‘`(-_"


def _relative(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    if _title_case_inside_sentence(m, ctx):
        return None
    unit = m["unit"].lower()
    shift_word = m["shift"].lower()
    pmod = (m["pmod"] or "").lower()
    if shift_word == "the" and not pmod and unit != "weekend":
        return None
    shift = lex.shifts.get(shift_word, 0)
    if m["the"] and shift_word in lex.anchored_shifts and not pmod and unit != "weekend" and ctx.anchor is not None:
        # "the following week", "the previous year": the period next to the one last mentioned
        return _one(m, "DATE", _period(unit, shift, replace(ctx, dct=_antecedent(ctx, unit))))
    if m["the"] and shift_word != "the" and not pmod and unit in ("decade", "century"):
        # "the past decade": a stretch of ten years; "the past year" is last year, "the next month" next month
        code, factor = lex.units[unit] if unit != "weekend" else ("D", 2)
        return _one(m, "DURATION", f"P{factor}{code}")
    mod = _pmod(m)
    if unit == "week" and shift_word == "this" and not pmod and ctx.dct and ctx.dct.isoweekday() == 7 and ctx.direction >= 0:
        shift = 1  # "this week" in Sunday's paper: the week that begins the next day
    return _one(m, "DATE", _period(unit, shift, ctx, ctx.direction), mod=mod)


def _amount(m: re.Match) -> float | str:
    lex = lexicon()
    num = m["num"]
    amount: float | str = float(num) if num[0].isdigit() else lex.number(num)
    if amount != "X" and (m["half"] or m["andhalf"] or m["andhalf2"]):
        amount = float(amount) + 0.5
    return amount


# A fraction of a unit is said in the next smaller unit: 2 1/2 years is P2Y6M, 1 1/2 hours PT1H30M.
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "TM": ("S", 60)}


def _duration(amount: float | str, unit: str) -> str:
    code, factor = lexicon().units[unit]
    time = unit in lexicon().time_units
    if amount != "X":
        amount = float(amount) * factor
        key = "TM" if time and code == "M" else code
        if amount != int(amount) and key in _SMALLER:
            small, per = _SMALLER[key]
            whole, rest = int(amount), round((amount - int(amount)) * per)
            head = f"{whole}{code}" if whole else ""
            if key == "D":  # days and hours: P1DT12H
                return f"P{head}T{rest}{small}"
            return f"{'PT' if time else 'P'}{head}{'T' if key == 'H' and not time else ''}{rest}{small}"
    return f"{'PT' if time else 'P'}{_number(amount)}{code}"


def _number(amount: float | str) -> str:
    if amount == "X":
        return "X"
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def _shifted(base: date, amount: float, unit: str) -> str:
    """The value of base moved by amount units, at that unit's granularity."""
    code, factor = lexicon().units[unit]
    n = round(amount * factor)
    if unit in lexicon().time_units or unit == "day":
        return _iso(base + timedelta(days=n if unit == "day" else 0))
    if unit == "week":
        return anchor.week_value(base + timedelta(weeks=n))
    if code == "M":
        y, mo = anchor.add_months(base.year, base.month, n)
        return f"{y}-{mo:02d}"
    return str(base.year + n)


_THAN = re.compile(r"\s+than\b", re.I)


def _quantity(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    unit = lex.unit(m["unit"])
    num = m["num"].lower()
    if unit in lex.units_needing_numeral and num in ("a", "an", "one"):
        return None
    if num == "one" and unit == "day" and not (m["tail"] or m["qmod"] or m["the"] or m["dir"]) \
            and _previous_word(ctx, m.start()).lower() in lex.modal_words:
        return _one(m, "DATE", "FUTURE_REF")  # "Islam will one day be ...": some day to come
    if unit in lex.units_needing_numeral and _FRACTION_OF.match(ctx.text, m.end("unit")):
        return None  # "three-quarters of its food": a fraction
    tail = " ".join((m["tail"] or "").lower().split())
    if tail == "old" or (m["the"] and not m["dir"] and _YEAR_NUMBER.fullmatch(num)):
        return None  # "the 1988 quarter" is a year's quarter, not 1988 of them
    if num in ("a", "an") and not tail and not m["qmod"] and _amount_before().search(ctx.text, max(0, m.start() - 40), m.start()):
        return _one(m, "SET", _duration(1, unit))  # "$2 million a year": a rate, one per year
    if not tail and _RATE_AFTER.match(ctx.text, m.end()):
        return None  # "24 hours a day": a rate (all the time), not a period
    if num in ("a", "an") and not tail and _RATE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "24 hours a day", "seven days a week": a rate, not a period of one unit
    if num in ("a", "an") and not tail and not m["qmod"] and _count_before().search(ctx.text, max(0, m.start() - 50), m.start()):
        return _one(m, "SET", _duration(1, unit))  # "four flights a week": so many per week
    amount = _amount(m)
    qmod = " ".join(m["qmod"].lower().split()) if m["qmod"] else None
    start = None
    if qmod in lex.prepositional_mods and m["the"]:
        qmod, start = None, m.start("the")  # "over the past two years": a preposition, not "more than"
    mod = lex.quantity_mods.get(qmod) if qmod else None
    if tail in ("earlier", "later") and _THAN.match(ctx.text, m.end()):
        return _one(m, "DURATION", _duration(amount, unit), mod=mod, start=start)  # "a day later than planned": a delay
    if tail in ("ago", "from now") or (tail in ("earlier", "later") and unit not in lex.time_units):
        sign = -1 if tail in ("ago", "earlier") else 1
        base = ctx.dct if tail in ("ago", "from now") else ctx.anchor
        if base is None or amount == "X":
            return _one(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, start=start)
        if ctx.quarter and sign < 0 and unit == "year" and amount == 1:
            return _one(m, "DATE", _year_before(ctx.quarter), mod=mod, start=start)  # a quarterly report's "a year ago"
        return _one(m, "DATE", _shifted(base, sign * float(amount), unit), mod=mod, start=start)
    end = m.end("andhalf2") if m["andhalf2"] else m.end("unit")
    if (ctx.tense == FUTURE and ctx.dct is not None and amount != "X" and not (qmod or m["the"] or m["dir"] or tail)
            and unit not in lex.time_units and _previous_word(ctx, m.start()).lower() == "in"
            and not lex.span_openers.search(ctx.text, max(0, m.start() - 120), m.start())):
        return _one(m, "DATE", _shifted(ctx.dct, float(amount), unit), end=end)  # "will be redeemed in five years"
    return _one(m, "DURATION", _duration(amount, unit), mod=mod, end=end, start=start)


def _vague(m: re.Match, ctx: Context) -> list[Found] | None:
    # "recent years", "the coming weeks", "the months ahead": an unspecified stretch of units
    return _one(m, "DURATION", _duration("X", lexicon().unit(m["unit"] or m["unit2"])))


def _year_end(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "by year-end": the end of the DCT's year; "since year-end", the end of the one before."""
    if ctx.dct is None:
        return None
    since = _previous_word(ctx, m.start()).lower() == "since"
    return _one(m, "DATE", str(ctx.dct.year - since), mod="END")


def _spoken_decade(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "the nineties": the decade of that name nearest the DCT (199 in 1998)."""
    tens = int(lexicon().numbers[m["tens"].lower()[:-3] + "y"])
    return _one(m, "DATE", f"{_decade_century(tens, ctx)}{tens // 10}", mod=_pmod(m))


# A decade that begins this close after the DCT is meant ("the nineties", said in 1989).
_COMING_DECADE_YEARS = 2


def _decade_century(tens: int, ctx: Context) -> int:
    """The century of a decade named without one: the latest begun by the DCT, or one about to begin."""
    year = ctx.dct.year if ctx.dct else 2030
    century = year // 100
    start = century * 100 + tens
    if start > year + _COMING_DECADE_YEARS:
        century -= 1
    return century


def _bare_units(m: re.Match, ctx: Context) -> list[Found] | None:
    if m["unit3"]:
        return _one(m, "DURATION", _duration(1, lexicon().unit(m["unit3"])))
    return _one(m, "DURATION", _duration("X", lexicon().unit(m["unit"] or m["unit2"] or m["unit4"])))


def _set(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    if m["adj"]:
        word = _previous_word(ctx, m.start())
        if (m["adj"].lower() in lex.publication_sets and m["adj"][0].isupper() and word[:1].isupper()
                and not _SENTENCE_END.search(ctx.text, max(0, m.start() - 4), m.start())):
            return None  # "China Daily", "People's Daily": a newspaper's name, not a recurrence
        following = [w.rstrip(".") for w in _next_words(ctx, m.end()).split()]
        if (m["adj"].lower() in lex.classifying_sets and following and following[0].isalpha()
                and following[0].lower() not in lex.function_words):
            return None  # "the annual meeting", "a quarterly dividend", "the annual March for Life": a kind of thing
        if following[:1] == ["of"] and word.lower() in lex.set_noun_preceders:
            return None  # "its initial quarterly of five cents": a dividend
        return _one(m, "SET", lex.sets[m["adj"].lower()])
    if m["freq"]:
        return _one(m, "SET", _duration(1, lex.unit(m["funit"])))
    if m["weekday"]:
        return _one(m, "SET", f"XXXX-WXX-{lex.weekdays[m['weekday'].lower()]}")
    if m["smonth"]:  # "every July"
        return _one(m, "SET", f"XXXX-{lex.months[m['smonth']]:02d}")
    if m["pweekday"]:  # "Tuesday nights": that part of every Tuesday
        part = lex.day_parts[m["ppart"].lower()]
        found = _one(m, "SET", f"XXXX-WXX-{lex.weekdays[m['pweekday'].lower()]}T{part}", start=m.start("pweekday"))
        if m["pfirst"]:  # "Monday and Tuesday nights": the plural part goes with both days
            found.insert(0, (m.start(), m.end("pfirst"), "SET", f"XXXX-WXX-{lex.weekdays[m['pfirst'].lower()]}T{part}",
                             None, None))
        return found
    if m["weekdays"]:  # "on Tuesdays"
        return _one(m, "SET", f"XXXX-WXX-{lex.weekdays[m['weekdays'][:-1].lower()]}")
    amount: float | str = lex.number(m["num"]) if m["num"] else 1
    if m["other"]:
        amount = 2
    if amount == "X":
        return None
    return _one(m, "SET", _duration(amount, lex.unit(m["unit"])))


_QUARTER = re.compile(r"(\d{4})-Q([1-4])")


def _year_before(quarter: str) -> str:
    """The same quarter one year before (1989-Q3 -> 1988-Q3)."""
    return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}"


def _part_year(n: int, half: bool, ctx: Context) -> int:
    """The year of a year-less quarter or half: the DCT's, unless the part has not begun by the
    DCT and the sentence is not about the future (a January report on "the fourth quarter")."""
    assert ctx.dct is not None
    first_month = (n - 1) * (6 if half else 3) + 1
    return ctx.dct.year - 1 if first_month > ctx.dct.month and ctx.direction <= 0 else ctx.dct.year


def _part_of_year(m: re.Match, ctx: Context) -> list[Found] | None:
    if m["code"] or m["code2"]:
        return _one(m, "DATE", f"{m['year2'] or m['year3']}-{m['code'] or m['code2']}")
    lex = lexicon()
    half = m["part"].lower() == "half"
    ordinal = m["ord"].lower()
    n = (2 if half else 4) if ordinal in ("final", "last") else lex.ordinals[ordinal]
    if n > (2 if half else 4):
        return None
    if m["year"] or m["pyear"]:
        year = m["year"] or m["pyear"]
    elif ctx.dct is None:
        year = "XXXX"
    elif m["shift"] or m["yshift"]:
        year = str(ctx.dct.year + lex.shifts.get((m["shift"] or m["yshift"]).lower(), 0))
    elif m["cmp"]:  # "the year-ago third quarter": a year before the one being reported
        year = str((int(ctx.quarter[:4]) if ctx.quarter else _part_year(n, half, ctx)) - 1)
    else:
        year = str(_part_year(n, half, ctx))
    return _one(m, "DATE", f"{year}-{'H' if half else 'Q'}{n}")


def _two_quarters(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "the second and fourth quarters": those quarters of the year said after; without a year, of
    every year in the present tense ("business is usually done in ..."), else of the story's year."""
    lex = lexicon()
    n1, n2 = lex.ordinals[m["ord1"].lower()], lex.ordinals[m["ord2"].lower()]
    if n1 > 4 or n2 > 4:
        return None
    if m["year"]:
        years = [m["year"]] * 2
    elif ctx.dct is None or (not m["shift"] and ctx.direction == 0):
        return [(m.start(), m.end("ord1"), "SET", f"XXXX-Q{n1}", None, None),
                (m.start("ord2"), m.end(), "SET", f"XXXX-Q{n2}", None, None)]
    elif m["shift"]:
        years = [str(ctx.dct.year + lex.shifts[m["shift"].lower()])] * 2
    else:
        years = [str(_part_year(max(n1, n2), False, ctx))] * 2  # one year for both: the later must have begun
    return [(m.start(), m.end("ord1"), "DATE", f"{years[0]}-Q{n1}", None, None),
            (m.start("ord2"), m.end(), "DATE", f"{years[1]}-Q{n2}", None, None)]


def _first_half(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "the first two quarters of 1990": the first half of that year."""
    qmod = " ".join(m["qmod"].lower().split()) if m["qmod"] else None
    return _one(m, "DATE", f"{m['year']}-H1", mod=lexicon().quantity_mods.get(qmod) if qmod else None)


def _last_quarter(d: date) -> str:
    """The last quarter completed before d."""
    y, mo = anchor.add_months(d.year, d.month, -3)
    return f"{y}-Q{(mo - 1) // 3 + 1}"


def _reporting_period(m: re.Match, ctx: Context) -> list[Found] | None:
    """Periods of business reports: "the quarter", "the latest period", "the year-ago quarter"."""
    q = ctx.quarter
    if m["adj"]:  # "year-ago results": the reported quarter a year before, else last year
        if q:
            return _one(m, "DATE", _year_before(q))
        return _one(m, "DATE", str(ctx.dct.year - 1)) if ctx.dct else None
    noun = m["noun"].lower()
    if m["noun"][0].isupper() and not (m["the"] or m["that"] or m["lastyear"]):
        return None
    if m["that"]:
        if noun != "quarter":
            return None
        if m["that"].lower() == "that":  # the quarter just mentioned
            r = ctx.recent or ""
            return _one(m, "DATE", r) if _QUARTER.fullmatch(r) else None
    if m["pyear"]:  # "the 1988 period": the reported quarter in that year
        return _one(m, "DATE", f"{m['pyear']}{q[4:]}") if q else None
    if m["cmp"] or m["tail"] or m["lastyear"]:
        if q is None and ctx.span and noun == "period":  # "the year-earlier period" after "the nine months"
            return _one(m, "DURATION", ctx.span)
        return _one(m, "DATE", _year_before(q)) if q else None
    if not (m["the"] or m["that"]) or (noun != "quarter" and not m["latest"]):
        return None  # a bare noun, or "the period" of anything
    if q is None and noun == "quarter" and (closing := _closing_quarter(m.end(), ctx)) is not None:
        return _one(m, "DATE", closing)
    if q:
        return _one(m, "DATE", q)
    if ctx.dct is not None:  # "the quarter", "the latest period": the last one completed
        return _one(m, "DATE", _last_quarter(ctx.dct))
    return None


# The middle of a quarter, back from the day it ended: the calendar quarter it falls in names it.
_QUARTER_MIDDLE_DAYS = 45


def _closing_quarter(pos: int, ctx: Context) -> str | None:
    """ "the quarter ended July 31": the three months up to that day, named by the calendar quarter
    holding most of them (2021-Q2); None unless an end word and a month and day follow. Used when
    no quarter is being reported yet: after "the fiscal first quarter" the quarter keeps that name."""
    following = _END_DATE.match(ctx.text, pos)
    if following is None or following["word"].lower() not in lexicon().period_end_words:
        return None
    for name, found in recognizer().matches_at(ctx.text, following.end()):
        if name not in ("month_day", "day_month"):
            continue
        try:
            results = HANDLERS[name](found, ctx)
        except (ValueError, OverflowError):
            results = None
        if results and (day := _day(results[0][3])) is not None and len(results[0][3]) == 10:
            middle = day - timedelta(days=_QUARTER_MIDDLE_DAYS)
            return f"{middle.year}-Q{(middle.month - 1) // 3 + 1}"
    return None


_END_DATE = re.compile(r"[ \t]+(?P<word>[a-z]+)[ \t]+")


def _the_year(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "the year", "the full year", "the fiscal year": the current year of the report, or a
    twelve-month period when its end is given ("the year ended June 30")."""
    following = _next_words(ctx, m.end()).lower().rstrip(".").split()[:1]
    if following and following[0] in lexicon().period_end_words:
        return _one(m, "DURATION", "P1Y")
    if following and following[0] in ("before", "after", "earlier", "later"):
        return None  # "the year before": a year next to another, not the current one
    if ctx.dct is None:
        return None
    full = " ".join((m["full"] or "").lower().split())
    return _one(m, "DATE", str(ctx.dct.year - (1 if full.startswith("latest") else 0)))


def _spoken_year(m: re.Match, ctx: Context) -> list[Found] | None:
    """A year said in words: "nineteen ninety-six", "the year two thousand"."""
    lex = lexicon()
    if m["thousand"]:
        return _one(m, "DATE", str(2000 + (int(lex.numbers[m["ones2"].lower()]) if m["ones2"] else 0)))
    return _one(m, "DATE", _spoken(m))


def _spoken(m: re.Match) -> str:
    """The year of a match's spoken-year groups (cent, then tens and ones or a teen)."""
    lex = lexicon()
    rest = lex.numbers[m["teen"].lower()] if m["teen"] else lex.numbers[m["tens"].lower()]
    if m["ones"]:
        rest = int(rest) + int(lex.numbers[m["ones"].lower()])
    return f"{lex.spoken_centuries[m['cent'].lower()] * 100 + int(rest):04d}"


def _season(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    word = m["season"]
    bare = not (m["pmod"] or m["shift"] or m["year"] or m["cent"] or m["the"])
    previous = _previous_word(ctx, m.start())
    if bare and (word.lower() == "fall" or previous.lower() not in ("in", "by", "until", "since", "during")):
        return None
    if word[0].isupper() and previous[:1].isupper() and not m["shift"] and not m["the"]:
        return None
    if word[0].isupper() and not (m["year"] or m["cent"]) and re.match(r"[A-Z][a-z]", _next_words(ctx, m.end())):
        return None  # a name: "the Summer Davos forum", "the Winter Olympics"
    if m["the"] and word.lower() == "fall" and _next_words(ctx, m.end()).startswith("of ") and not (m["year"] or m["cent"]):
        return None
    code = lex.seasons[word.lower()]
    if m["year"] or m["cent"]:
        return _one(m, "DATE", f"{m['year'] or _spoken(m)}-{code}", mod=_pmod(m))
    if ctx.dct is None:
        return _one(m, "DATE", f"XXXX-{code}", mod=_pmod(m))
    year, current = anchor.season_index(ctx.dct)
    target = _SEASONS.index(code)
    shift = _shift(m["shift"])
    if shift is None:
        shift = 0 if target == current else (-1 if ctx.direction < 0 else 1 if ctx.direction > 0 else 0)
    if shift < 0:
        year = year if target < current else year - 1
    elif shift > 0:
        year = year if target > current else year + 1
    elif target < current and not (target == 3 and ctx.dct.month in (1, 2)):
        year = ctx.dct.year
    return _one(m, "DATE", f"{year}-{code}", mod=_pmod(m))


def _holiday_date(name: str, year: int) -> date:
    lex = lexicon()
    if name in lex.holidays_fixed:
        month, day = lex.holidays_fixed[name].split("-")
        return date(year, int(month), int(day))
    if name in lex.holidays_easter:
        return anchor.easter(year) + timedelta(days=lex.holidays_easter[name])
    month, weekday, nth = lex.holidays_nth[name]
    if nth == "election":
        return anchor.nth_weekday(year, month, 1, 1) + timedelta(days=1)
    return anchor.nth_weekday(year, month, weekday, nth)


def _holiday(m: re.Match, ctx: Context) -> list[Found] | None:
    found = _holiday_day(m, ctx)
    if found is None or not m["hweek"]:
        return _one(m, "DATE", "XXXX-XX-XX" if found is None else _iso(found))
    return _one(m, "DATE", anchor.week_value(found))  # "Easter week": the week of the holiday


# A holiday this close to the reference date is this year's whatever the tense.
_HOLIDAY_NEAR_DAYS = 7


def _holiday_day(m: re.Match, ctx: Context) -> date | None:
    name = m["name"]
    if m["year"]:
        return _holiday_date(name, int(m["year"]))
    if ctx.dct is None:
        return None
    shift = _shift(m["shift"])
    direction = ctx.direction if shift is None else shift
    this = _holiday_date(name, ctx.dct.year)
    if shift == 0 or (shift is None and abs((this - ctx.dct).days) <= _HOLIDAY_NEAR_DAYS):
        return this
    dates = [_holiday_date(name, y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    past = max(d for d in dates if d <= ctx.dct) if shift is None or shift < 0 else None
    future = min(d for d in dates if d >= ctx.dct) if shift is None or shift > 0 else None
    return anchor.pick(past, future, ctx.dct, direction)


def _anchored(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    phrase = " ".join(m["phrase"].lower().split())
    if phrase in lex.anchored_periods:  # "later that year": the period of the last dated mention
        unit = lex.anchored_periods[phrase]
        recent = ctx.recent if ctx.recent and ctx.recent[:4].isdigit() else None
        if recent is None and ctx.anchor is not None:
            recent = _iso(ctx.anchor)
        if recent is None or (unit == "month" and not (len(recent) >= 7 and recent[4] == "-" and recent[5:7].isdigit())):
            return None
        return _one(m, "DATE", recent[:4] if unit == "year" else recent[:7])
    if ctx.anchor is None:
        return None
    if phrase.endswith(("before", "after")) and _next_words(ctx, m.end()).split(" ")[0].lower().endswith("ing"):
        return None  # "later in the day before returning home": the preposition heads the event
    offset = lex.anchored_days[phrase]
    if phrase in lex.day_around:
        if (found := _day_around(m, ctx, offset)) is not None:
            return found
        if ctx.anchor_end is not None and _APPOSITION.fullmatch(ctx.text, ctx.anchor_end, m.start()):
            return _one(m, "DATE", _iso(ctx.anchor))  # "on Oct. 12, the day before the crash": Oct. 12 itself
    if (month := ctx.month_antecedent()) is not None:
        return _one(m, "DATE", f"{month}-XX")  # "that same day" after "last October"
    return _one(m, "DATE", _iso(ctx.anchor + timedelta(days=offset)))


_APPOSITION = re.compile(r",[ \t]*")
_SPACES = re.compile(r"[ \t]+")


_THE = re.compile(r"the\s+(?=[A-Z0-9])")  # "the November 5 election": a date heading a noun


def _day_around(m: re.Match, ctx: Context, offset: int) -> list[Found] | None:
    """ "the day before last Tuesday's hearing", "the day after the November 5 election": the day
    next to the date said right after."""
    if not (space := _SPACES.match(ctx.text, m.end())):
        return None
    start = space.end()
    if (article := _THE.match(ctx.text, start)) is not None:
        start = article.end()
    for name, following in recognizer().matches_at(ctx.text, start):
        try:
            results = HANDLERS[name](following, ctx)
        except (ValueError, OverflowError):
            results = None
        if results and results[0][0] == start and (day := _day(results[0][3])) is not None and \
                results[0][2] == "DATE" and len(results[0][3]) == 10:
            return _one(m, "DATE", _iso(day + timedelta(days=offset)), end=results[0][1])
    return None


def _century(m: re.Match, ctx: Context) -> list[Found] | None:
    n = int(m["cnum"]) if m["cnum"] else lexicon().century_ordinals[" ".join(m["cword"].lower().replace("-", " ").split())]
    if not 1 <= n <= 22:
        return None
    return _one(m, "DATE", f"{n - 1:02d}")  # "the 20th century" is 19 (the 1900s)


def _reference(m: re.Match, ctx: Context) -> list[Found] | None:
    lex = lexicon()
    word = " ".join(m["ref"].lower().split())
    if m["ref"] == "Now":
        return None  # a sentence opening "Now ..." is discourse, not time (TimeML leaves it out)
    if word == "in the past" and _UNIT_AHEAD.match(ctx.text, m.end()):
        return None  # "in the past four years": the period "the past four years" is the expression
    start = None
    if word in lex.graded_references and _previous_word(ctx, m.start()).lower() in lex.degree_words:
        if _date_follows(ctx, m.end()):
            return None  # "most recently last October", "as recently as 1998": the date is elsewhere
        start = _PREVIOUS_WORD.search(ctx.text, max(0, m.start() - 40), m.start()).start(1)  # "More recently"
    if word in lex.vague_futures and (_next_words(ctx, m.end()).split()[:1] == ["of"]
                                      or _previous_word(ctx, m.start()).lower() in ("a", "an")):
        return None  # "the future of the alliance", "a future in which ...": prospects, not a time
    if word in lex.time_of_reference and _next_words(ctx, m.end()).split()[:1] == ["of"]:
        return None  # "at the time of its founding": the time is the event's
    if word == "current":
        following = _next_words(ctx, m.end()).split()
        if following and following[0].lower() in lex.current_non_temporal:
            return None
    if word.startswith(("in the ", "at the ")):  # the preposition is no part of it: "in [the past]"
        return _one(m, "DATE", lex.references[word], start=m.start() + m.group().lower().index("the"))
    return _one(m, "DATE", lex.references[word], start=start)


def _date_follows(ctx: Context, pos: int) -> bool:
    """True if a date expression follows pos, after at most a preposition ("as recently as 1998")."""
    p = _LEADING_PREPOSITION.match(ctx.text, pos)
    return bool(recognizer().matches_at(ctx.text, p.end()))


_LEADING_PREPOSITION = re.compile(r"[ \t]*(?:(?:as|in|on|at|during|since)[ \t]+)?")


def _verdict_day(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "it was a great day for Poland": the day last mentioned (else the DCT), unless a day word
    already names it ("Today is a sad day")."""
    if ctx.anchor is None or _DAY_WORD_SUBJECT.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    return _one(m, "DATE", _iso(ctx.anchor), start=m.start("day"))


def _nth_day(m: re.Match, ctx: Context) -> list[Found] | None:
    """ "today is the eighth day of the operation": the story's day; told in the past ("Friday
    was the second day of the strike"), the day last mentioned in the sentence, else the story's."""
    past = ctx.text[max(0, m.start() - 7):m.start()].rstrip().lower().endswith(("was", "marked"))
    day = ctx.local_anchor if past else ctx.dct
    if ctx.anchor_end is not None and _COPULA_AFTER.fullmatch(ctx.text, ctx.anchor_end, m.start()):
        day = ctx.anchor  # "Monday is the first day of the summit": the day said before
    if day is None:
        return None
    return _one(m, "DATE", _iso(day))


_COPULA_AFTER = re.compile(r"[ \t]+(?:is|was|marks|marked)[ \t]+")
_DAY_WORD_SUBJECT = re.compile(r"\b(?i:today|tonight|yesterday|tomorrow)[ \t]+\w+[ \t]+$")


def _day_of_month(m: re.Match, ctx: Context) -> list[Found] | None:
    """"on the 17th": that day of the article's month, or of the next or last month when the
    tense points past the article's day by more than a few days."""
    if ctx.dct is None:
        return None
    day, ref = int(m["day"]), ctx.dct
    month_shift = 0
    if ctx.direction > 0 and day < ref.day - 3:
        month_shift = 1
    elif ctx.direction < 0 and day > ref.day + 3:
        month_shift = -1
    y, mo = divmod(ref.year * 12 + ref.month - 1 + month_shift, 12)
    d = anchor.safe_date(y, mo + 1, day)
    return _one(m, "DATE", _iso(d)) if d else None


HANDLERS: dict[str, Callable[[re.Match, Context], list[Found] | None]] = {
    "iso": _numeric_date,
    "slash": _numeric_date,
    "month_day": _month_day,
    "day_month": _month_day,
    "day_month_range": _month_day,
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "week_of": _week_of,
    "weekday": _weekday,
    "day_word": _day_word,
    "this_part": _this_part,
    "clock": _clock,
    "clock24": _clock,
    "clock_part": _clock,
    "part_of_day": _part_of_day,
    "day_time": _day_time,
    "relative": _relative,
    "quantity": _quantity,
    "vague": _vague,
    "year_end": _year_end,
    "spoken_decade": _spoken_decade,
    "bare_units": _bare_units,
    "set": _set,
    "first_half": _first_half,
    "two_quarters": _two_quarters,
    "part_of_year": _part_of_year,
    "period": _reporting_period,
    "the_year": _the_year,
    "spoken_year": _spoken_year,
    "season": _season,
    "holiday": _holiday,
    "century": _century,
    "anchored": _anchored,
    "day_of_month": _day_of_month,
    "reference": _reference,
    "verdict_day": _verdict_day,
    "nth_day": _nth_day,
}
