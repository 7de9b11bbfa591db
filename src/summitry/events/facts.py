"""Event facts compared and combined: date intervals, compatibility, merging.

Used to join mentions of one event inside an article (events stage) and across
articles (linking stage).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from functools import lru_cache
from datetime import date, datetime, timedelta

from ..actors.known import known_person
from ..actors.organizations import organization
from ..actors.people import name_key
from ..actors.places import is_region, place_country, same_place
from ..model import Event, EventMention, Location, Person
from .lexicon import lexicon

KIND_GROUPS = {
    "meeting": "meeting", "summit": "summit", "forum": "meeting",
    "visit": "visit", "call": "call", "agreement": "agreement",
    "statement": "statement", "deployment": "deployment", "exercise": "exercise",
}

LEVELS = {"ministerial", "leaders'"}  # formats that say who meets, not how many: they fit any other

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@lru_cache(maxsize=4096)
def interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3-style date value (or start/end range) covers."""
    if not value:
        return None
    if "/" in value:
        a, b = (interval(v) for v in value.split("/", 1))
        return (a[0], b[1]) if a and b else None
    value = value.split("T", 1)[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
            y, size, n = int(m[1]), 3 if m[2] == "Q" else 6, int(m[3])
            first = (n - 1) * size + 1
            last = first + size - 1
            return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            y, (a, b) = int(m[1]), _SEASONS[m[2]]
            end = date(y + 1, 2, 28) if b > 12 else date(y, b, calendar.monthrange(y, b)[1])
            return date(y, a, 1), end
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{3})X?", value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None


def span_days(value: str | None) -> int:
    """How many days a date value covers (a large number when unknown)."""
    iv = interval(value)
    return (iv[1] - iv[0]).days + 1 if iv else 10**6


def dates_overlap(a: str | None, b: str | None) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def dates_near(a: str | None, b: str | None, days: int) -> bool:
    """Whether two dates can be of one trip: unknown, overlapping, or starting at most `days` apart."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1] or abs((ia[0] - ib[0]).days) <= days


def merge_date(old: str | None, new: str | None, keep_range: bool = True) -> str | None:
    """The more precise of two overlapping dates; a multi-day range keeps a day inside it
    (keep_range: a visit's or a summit's days, not the arrival day; a meeting told for "the
    end of the week" and then for Saturday was on Saturday)."""
    if not old or not new or old == new:
        return old or new
    if not dates_overlap(old, new):
        return old
    io, inew = interval(old), interval(new)
    if io is None or inew is None:
        return old if io else new
    for outer, inner in ((old, new), (new, old)):
        if keep_range and "/" in outer and span_days(outer) <= 14 and span_days(inner) == 1:
            return outer  # a visit of several days keeps its range, not the arrival day
    return new if span_days(new) < span_days(old) else old


_CALENDAR = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|[HQ]\d))?")


_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


def as_days(value: str) -> str:
    """A week or weekend the text names as the days it covers ("2024-W11" ->
    2024-03-11/2024-03-17, "2023-W19-WE" -> 2023-05-13/2023-05-14); other values unchanged."""
    m = _WEEK.fullmatch(value)
    if not m:
        return value
    try:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return value
    first = monday + timedelta(days=5) if m[3] else monday
    return f"{first.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def is_calendar(value: str | None) -> bool:
    """Is the value a calendar date a record can promise: a year, half, quarter, month or day,
    or a range of those (not XXXX-..., a week, a weekend or a season)?"""
    return bool(value) and all(_CALENDAR.fullmatch(part) for part in value.split("/")) and interval(value) is not None


def _nearest_year(month: int, day: int | None, anchor: tuple[date, date]) -> date | None:
    """The date of that month (and day) in the year that puts it nearest the anchor."""
    best = None
    for year in (anchor[0].year - 1, anchor[0].year, anchor[0].year + 1):
        try:
            d = date(year, month, day or 1)
        except ValueError:
            continue
        end = d if day else date(year, month, calendar.monthrange(year, month)[1])
        gap = max((anchor[0] - end).days, (d - anchor[1]).days, 0)
        if best is None or gap < best[0]:
            best = (gap, d)
    return best[1] if best else None


def resolve_value(value: str | None, anchor: tuple[date, date]) -> str | None:
    """A value without its year (XXXX-10-18, XXXX-03, XXXX-WXX-3: a Wednesday) placed against
    the dates of the event it reports: the year that puts it nearest, or the weekday nearest
    a date of at most a week; None when it cannot be placed."""
    if not value or "XXXX" not in value:
        return value
    if "/" in value:
        a, b = (resolve_value(v, anchor) for v in value.split("/", 1))
        if not (a and b and interval(a) and interval(b)):
            return None
        if interval(b)[0] < interval(a)[0] and b[:4] == a[:4]:
            b = str(int(b[:4]) + 1) + b[4:]  # December 30 to January 2
        return f"{a}/{b}"
    if m := re.fullmatch(r"XXXX-(\d{2})-(\d{2})", value):
        d = _nearest_year(int(m[1]), int(m[2]), anchor)
        return d.isoformat() if d else None
    if m := re.fullmatch(r"XXXX-(\d{2})", value):
        d = _nearest_year(int(m[1]), None, anchor)
        return f"{d:%Y-%m}" if d else None
    if m := re.fullmatch(r"XXXX-WXX-([1-7])", value):
        if (anchor[1] - anchor[0]).days > 6:
            return None
        days = [anchor[0] + timedelta(days=k) for k in range(-3, (anchor[1] - anchor[0]).days + 4)]
        fits = [d for d in days if d.isoweekday() == int(m[1])]
        inside = [d for d in fits if anchor[0] <= d <= anchor[1]]
        return (inside or fits)[0].isoformat() if fits else None
    if m := re.fullmatch(r"XXXX-(SP|SU|FA|WI)", value):
        return f"{anchor[0].year - (m[1] == 'WI' and anchor[0].month <= 2)}-{m[1]}"
    return None


def plausible_window(mention: EventMention) -> tuple[date, date] | None:
    """Where an undated mention's event can lie, from its status and publication day."""
    if mention.published is None:
        return None
    day = mention.published.date() if isinstance(mention.published, datetime) else mention.published
    last = interval(day.strftime("%Y-%m"))[1] if mention.published_precision == "month" else day  # any day of it
    if mention.status in ("scheduled", "proposed", "postponed"):
        return day - timedelta(days=3), last + timedelta(days=400)
    if mention.status == "cancelled":  # a plan called off: past, or days or weeks ahead
        return day - timedelta(days=400), last + timedelta(days=90)
    return day - timedelta(days=400), last + timedelta(days=1)


def merge_location(old: Location | None, new: Location | None) -> Location | None:
    """Keep the more specific place when the two agree on the country."""
    if old is None or new is None:
        return old or new
    if old.country == new.country and new.place and (old.place is None or is_region(old.place) and not is_region(new.place)):
        return new  # "a summit in California", then "in Woodside, California": the town
    return old


@lru_cache(maxsize=8192)
def _spelling(name: str) -> str:
    """A name blind to case, accents, spaces and hyphens ("Kim Jong-un", "Kim Jong Un")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[\s\-\u2010\u2011.]+", "", bare).casefold()


def same_person(a: str, b: str) -> bool:
    """"Biden" and "Joe Biden" are one person, as are "Kim Jong-un" and "Kim Jong Un";
    "Kim Man-ki" and "Kim Yong-hyun" are two."""
    if a == b or _spelling(a) == _spelling(b):
        return True
    short, full = (a, b) if len(a.split()) < len(b.split()) else (b, a)
    return len(short.split()) == 1 and name_key(full) == short or _one_known_person(a, b)


@lru_cache(maxsize=65536)
def _one_known_person(a: str, b: str) -> bool:
    """Two listed spellings of one known person's full name ("Sergei Lavrov", "Sergey Lavrov")."""
    if len(a.split()) < 2 or len(b.split()) < 2 or a.split()[0][:1] != b.split()[0][:1]:
        return False  # spellings of one name begin alike; most pairs of people do not
    ha, hb = known_person(a), known_person(b)
    return ha is not None and hb is not None and ha.name == hb.name


def _within(small: list[Person], big: list[Person]) -> bool:
    return all(any(same_person(p.name, q.name) for q in big) for p in small)


def names_compatible(a: list[Person], b: list[Person]) -> bool:
    """Participants agree when one list holds the other (or one is empty)."""
    return not a or not b or _within(a, b) or _within(b, a)


def names_overlap(a: list[Person], b: list[Person]) -> bool:
    """Participants agree when one list holds the other, or when they share two people: two
    reports of one meeting often each name someone the other leaves out, while one person
    shared with different others is that person at another meeting."""
    shared = sum(any(same_person(p.name, q.name) for q in b) for p in a)
    return names_compatible(a, b) or shared >= 2


def add_people(target: list[Person], people: list[Person]) -> None:
    """Add people not already there; a fuller name replaces a bare family name."""
    for p in people:
        at = next((i for i, q in enumerate(target) if same_person(p.name, q.name)), None)
        if at is None:
            target.append(p)
        elif len(p.name.split()) > len(target[at].name.split()):
            target[at] = p


def countries_compatible(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return True
    return sa <= sb or sb <= sa or len(sa & sb) >= 2 and len(sa ^ sb) <= 1


def same_delegation(a: EventMention, b: EventMention) -> bool:
    """Two reports of one delegation's visit, each listing some of its states: a traveller
    makes one visit to a place at a time, so the same place, host and a traveller named in
    both (with his state) make one visit, whichever fellow travellers each report lists."""
    if not (a.kind == b.kind == "visit" and a.location and b.location and a.location.place and b.location.place):
        return False
    host, shared = a.location.country, set(a.countries) & set(b.countries)
    return host in shared and any(p.country and p.country != host and p.country in shared
                                  and any(same_person(p.name, q.name) for q in b.participants) for p in a.participants)


def _same_day_and_place(a: EventMention, b: EventMention) -> bool:
    """Two meetings told alike (held, or planned) on one single day in one named town: "the
    Strategic Dialogue" and "talks" of the same people there that day are one meeting."""
    ia, ib = interval(a.date), interval(b.date)
    return bool(a.kind == b.kind == "meeting" and a.status == b.status and ia and ib and ia[0] == ia[1] == ib[0] == ib[1]
                and a.location and b.location and a.location.place and b.location.place
                and same_place(a.location.place, b.location.place))


def same_gathering(a: EventMention, b: EventMention) -> bool:
    """Two days of one named summit or forum: same name, dates within a week."""
    if not (a.series and a.series == b.series and {a.kind, b.kind} <= {"summit", "forum"}):
        return False
    ia, ib = interval(a.date), interval(b.date)
    return bool(ia and ib and abs((ia[0] - ib[0]).days) <= 7)


def one_stay(a: EventMention, b: EventMention) -> bool:
    """Two dated reports of a visit a few days apart ("arrived in Budapest on Wednesday",
    "the visit concludes on Friday"; an arrival on the eve of the official days): one stay."""
    ia, ib = interval(a.date), interval(b.date)
    if not (a.kind == b.kind == "visit" and ia and ib):
        return False
    return 0 < (ib[0] - ia[1]).days <= lexicon().stay_days or 0 < (ia[0] - ib[1]).days <= lexicon().stay_days


def within_stay(arrival: str | None, day: str | None) -> bool:
    """Whether a day falls in the first days of a stay dated by its arrival day alone ("will arrive
    in Accra on Sunday", then "met the president in Accra on Monday")."""
    a, d = interval(arrival), interval(day)
    return bool(a and d and a[0] == a[1] and d[0] == d[1] and 0 < (d[0] - a[1]).days <= lexicon().stay_days)


def is_leader(p: Person) -> bool:
    return p.role is None or p.role.lower().endswith(lexicon().leader_roles)


def _all_members_meet(series: str, meeting: EventMention) -> bool:
    """Whether the meeting's states are every member of the grouping that names the series
    ("Johnson will host Biden, Suga, Macron, Merkel, Draghi and Trudeau": the G7 summit)."""
    org = organization(series.rsplit(" ", 1)[0])
    members = set(org.members_at(meeting.published)) if org else set()
    return bool(members) and members <= set(meeting.countries)


def _place_named(series: str) -> bool:
    """"The Sochi summit": a gathering named only by its place, as any meeting there may be."""
    words = series.split()
    return len(words) >= 2 and place_country(" ".join(words[:-1])) is not None


def kinds_compatible(a: EventMention, b: EventMention, anaphoric: bool = False) -> bool:
    """Same kind group; a meeting is a summit only when it is one of leaders, or when it
    refers back to one ("the gathering of the seven nations")."""
    ga, gb = KIND_GROUPS.get(a.kind), KIND_GROUPS.get(b.kind)
    if ga == gb:
        return True
    if {ga, gb} == {"meeting", "summit"}:
        meeting, summit = (a, b) if ga == "meeting" else (b, a)
        if anaphoric:  # "the summit of the Community of ...": a name refers to its own gathering
            return not (summit is b and summit.series and not meeting.series and not _place_named(summit.series))
        if summit.series and meeting.series:
            return same_series(summit.series, meeting.series)  # "the GCC meeting" and "the GCC summit"
        if summit.series:  # a grouping's named summit is not a meeting of some of its leaders, only of all
            return _all_members_meet(summit.series, meeting)
        return len(meeting.participants) >= 2 and all(is_leader(p) for p in meeting.participants)
    return False


def roles_fit(fmt: str | None, people: list[Person]) -> bool:
    """Whether people of these roles can be at an event of this format (a 2+2 is for
    ministers); any people fit a format that reserves nothing."""
    rule = lexicon().format_roles.get(fmt or "")
    if not rule:
        return True
    roles, excluded = rule
    return all(p.role is None or any(r in p.role.lower() for r in roles) and not any(x in p.role.lower() for x in excluded)
               for p in people)


def _words(name: str) -> list[str]:
    """A series name's words in any order, the states of a pair apart ("UK-France")."""
    return sorted(re.split(r"[\s\-–]+", name.casefold()))


def same_series(a: str, b: str) -> bool:
    """Whether two series names name one series: equal, the same with a word or two before it
    (its states, its town), or one grouping's gathering called a summit in one report and a
    meeting or forum in another ("APEC forum", "APEC summit")."""
    if a.casefold() == b.casefold() or _words(a) == _words(b):  # "UK-France Summit", "France-UK summit"
        return True
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long_ = sorted((wa, wb), key=len)
    if len(short) >= 3 and len(long_) - len(short) <= 2 and long_[-len(short):] == short:
        return True  # "Pakistan-Türkiye High-Level Strategic Cooperation Council" and the same without its states
    heads = lexicon().syntax["gathering_heads"]
    if not (len(wa) == len(wb) == 2 and wa[1] in heads and wb[1] in heads):
        return False
    return wa[0] == wb[0] or _first_word_of(wa[0], wb[0]) or _first_word_of(wb[0], wa[0])


def _first_word_of(word: str, grouping: str) -> bool:
    """Whether a word names a grouping by the first word of its name ("the Arab summit" of the
    Arab League, "the Gulf summit" of the Gulf Cooperation Council)."""
    org = organization(grouping)
    return org is not None and any(len(n.split()) >= 2 and n.split()[0].casefold() == word for n in org.names)


def facts_compatible(a: EventMention, b: EventMention, anaphoric: bool = False, overlap: bool = False) -> bool:
    """Could the two mentions report one event? anaphoric: b only refers back to a;
    overlap: participants need only share someone (two reports of one event)."""
    if a.type != b.type or not kinds_compatible(a, b, anaphoric):
        return False
    if not (roles_fit(a.format, b.participants) and roles_fit(b.format, a.participants)):
        return False
    if not dates_overlap(a.date, b.date) and not same_gathering(a, b) and not one_stay(a, b):
        return False
    if a.location and b.location and a.location.country != b.location.country:
        return False
    if a.location and b.location and a.location.place and b.location.place \
            and not same_place(a.location.place, b.location.place) \
            and not (is_region(a.location.place) or is_region(b.location.place)) \
            and not (a.kind == b.kind == "visit" and interval(a.date) and interval(b.date)
                     and set(a.countries) == set(b.countries)):
        return False  # other towns are other events; a dated trip's legs in one state ("Chongqing, then Shanghai") are one
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False
    if anaphoric:
        if a.series and KIND_GROUPS.get(a.kind) in ("summit", "meeting") \
                and (b.kind in ("summit", "forum") or b.trigger.lower() in lexicon().syntax["gathering_words"]) \
                and (not b.series or same_series(a.series, b.series)):
            return True  # "the summit" after "the GCC's session": a grouping's gathering, whoever is named at it
        return names_compatible(a.participants, b.participants) and countries_compatible(a.countries, b.countries)
    if a.format and b.format and a.format != b.format and not {a.format, b.format} & LEVELS:
        return False
    if a.series and b.series and not same_series(a.series, b.series):
        return False
    # a dated summit's reports each name some of its many attendees, and not always its name
    gathering = {a.kind, b.kind} <= {"summit", "forum"} and bool(interval(a.date) and interval(b.date))
    if (a.series is None) != (b.series is None) and (a.participants and b.participants) and not gathering \
            and not _same_day_and_place(a, b):
        return False  # a named event and an unnamed one, each with its own people (unless on one day, in one place)
    if {a.kind, b.kind} <= {"summit", "forum"} and a.series and b.series \
            and (gathering or a.location and b.location and a.location.place and b.location.place):
        return True  # one named summit, dated or placed alike: each report lists some of the states there
    people = names_overlap if overlap else names_compatible
    return (gathering or people(a.participants, b.participants)) and (
        countries_compatible(a.countries, b.countries) or overlap and same_delegation(a, b))


def merge_facts(target: EventMention | Event, other: EventMention) -> None:
    """Fold the facts of one report into a mention or event of the same real event:
    the finer date, the more specific place, a format over a level, everyone taking part."""
    target.date = merge_date(target.date, other.date, keep_range=target.kind not in ("meeting", "call"))
    target.location = merge_location(target.location, other.location)
    target.format = other.format if target.format in LEVELS | {None} and other.format else target.format
    target.ordinal = target.ordinal or other.ordinal
    target.mode = target.mode or other.mode
    add_people(target.participants, other.participants)
    target.countries.extend(c for c in other.countries if c not in target.countries)


def absorb(target: EventMention, other: EventMention) -> None:
    """Fold other's facts into target (both report the same event, in one article)."""
    merge_facts(target, other)
    target.series = target.series or other.series
    have = set(target.evidence)  # a set: an event reported in many sentences stays linear
    target.evidence.extend(e for e in other.evidence if e not in have)
