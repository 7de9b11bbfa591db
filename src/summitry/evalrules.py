"""The matching rules and field checks of gold/README.md ("Scoring"), one function each.

Gold values are read as the README defines them; system records are seen through
`SystemEvent`, which knows the numbers (`NN_...`) of the article files its evidence
comes from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .actors.names import strip_accents
from .events.facts import interval
from .model import Article, Evidence, Event

MEETING_KINDS = frozenset({"meeting", "summit", "forum"})
# Calendar values: a year, month, day, quarter or half-year (no weeks, weekends, seasons, X digits).
_CALENDAR = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|[HQ]\d))?")
_FILE_NUMBER = re.compile(r"(\d+)_")
_SPELT = re.compile(r"\bspel(?:t|led)\s+([^)]*?)(?:\s+in\s+\d+)?(?:\)|$)", re.I)
_WORD = re.compile(r"[^\W_]+")


def _text(value: Any) -> str | None:
    """A YAML scalar as the string the gold file wrote (dates and years load as objects)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _number(value: Any) -> int | None:
    """A source or file number: '08', 8 and '008_x.txt' are all 8."""
    m = re.match(r"\d+", str(value))
    return int(m.group()) if m else None


def file_number(name: str) -> int | None:
    """The number of an article file named `NN_...`, else None."""
    m = _FILE_NUMBER.match(name)
    return int(m.group(1)) if m else None


def fold(text: str) -> str:
    """Lower case without accents; every run of other characters than letters and digits is a space."""
    return " ".join(_WORD.findall(strip_accents(text).lower()))


def calendar_interval(value: str | None) -> tuple[date, date] | None:
    """First and last day of a calendar date value or range; None for no date or a
    non-calendar value (XXXX-WXX-2, 2023-W30, a weekend, a season)."""
    if not value:
        return None
    parts = value.split("/")
    if len(parts) > 2 or not all(_CALENDAR.fullmatch(p.split("T", 1)[0]) for p in parts):
        return None
    return interval(value)


# --- the two sides ---------------------------------------------------------------


@dataclass
class People:
    """The gold `people`: canonical names, with the spellings their notes give ("spelt 'Berne' in 03")."""

    words: dict[str, set[str]] = field(default_factory=dict)  # canonical name -> its words and variants

    @classmethod
    def of(cls, entries: list[dict]) -> People:
        out = cls()
        for p in entries:
            words = set(fold(p["name"]).split())
            for m in _SPELT.finditer(str(p.get("role") or "")):
                words.update(fold(m.group(1)).split())
            out.words[p["name"]] = words
        return out

    def canonical(self, name: str, context: list[str]) -> str:
        """The gold name a system name stands for: all its words belong to one person (first
        among `context`, the gold event's participants, then among everyone); else itself."""
        words = set(fold(name).split())
        if not words:
            return name
        for pool in (context, list(self.words)):
            fits = [p for p in pool if words <= self.words.get(p, set(fold(p).split()))]
            if len(fits) == 1:
                return fits[0]
        return name


@dataclass
class GoldEvent:
    """A gold event with its values normalised (dates as strings, sources as numbers)."""

    id: str
    type: str
    kind: str
    countries: list[str]
    need: set[str]  # match_countries, default all countries
    participants: list[str]
    date: str | None
    dates: list[str | None]  # date, then accept_dates
    locations: list[dict | None]  # location, then accept_location
    statuses: list[str]  # status, then accept_status
    sources: set[int]
    optional: bool
    raw: dict

    @classmethod
    def of(cls, g: dict) -> GoldEvent:
        countries = list(g.get("countries") or [])
        date_ = _text(g.get("date"))
        return cls(
            id=str(g.get("id")), type=g.get("type") or "", kind=g.get("kind") or "",
            countries=countries, need=set(g.get("match_countries") or countries),
            participants=list(g.get("participants") or []), date=date_,
            dates=[date_] + [_text(v) for v in g.get("accept_dates") or []],
            locations=[g.get("location")] + list(g.get("accept_location") or []),
            statuses=[g.get("status")] + list(g.get("accept_status") or []),
            sources={n for n in map(_number, g.get("sources") or []) if n is not None},
            optional=bool(g.get("optional")), raw=g,
        )

    def summary(self) -> str:
        place = self.locations[0]
        where = f"{place.get('place') or '-'}, {place.get('country')}" if place else "-"
        people = "; ".join(self.participants) or "-"
        return (f"{self.id} ({self.type} {self.kind} {','.join(self.countries)} {self.date or 'undated'} "
                f"{where} {self.statuses[0]}; {people})")


@dataclass
class SystemEvent:
    """A system record as the scorer sees it: the event, its article numbers and evidence."""

    event: Event
    numbers: set[int]
    files: dict[str, str]  # article id -> file name (or the id when the article has none)

    @classmethod
    def of(cls, e: Event, articles: dict[str, Article]) -> SystemEvent:
        ids = [x.article for x in e.evidence] + [m.article for m in e.mentions]
        files = {i: (articles[i].file if i in articles and articles[i].file else i) for i in ids}
        return cls(e, {n for n in map(file_number, files.values()) if n is not None}, files)

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def type(self) -> str:
        return self.event.type

    @property
    def kind(self) -> str:
        return self.event.kind

    @property
    def status(self) -> str:
        return self.event.status

    @property
    def countries(self) -> list[str]:
        return self.event.countries

    @property
    def date(self) -> str | None:
        return self.event.date

    @property
    def title(self) -> str:
        return self.event.title

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.event.participants]

    def location_value(self) -> str:
        loc = self.event.location
        return f"{loc.place or '-'}, {loc.country}" if loc else "-"

    def summary(self) -> str:
        e = self.event
        return (f"{e.id} ({e.type} {e.kind} {','.join(e.countries)} {e.date or 'undated'} {self.location_value()} "
                f"{e.status}; {'; '.join(self.names) or '-'}) {e.title}")

    def evidence(self, only: set[int] | None = None) -> list[tuple[str, Evidence]]:
        """(file, evidence) pairs without repeats, from the articles numbered `only` if given."""
        seen, out = set(), []
        for x in self.event.evidence:
            file = self.files.get(x.article, x.article)
            if only is not None and file_number(file) not in only:
                continue
            if (file, x.sentence) not in seen:
                seen.add((file, x.sentence))
                out.append((file, x))
        return out


def load_gold(gold: dict) -> tuple[list[GoldEvent], People]:
    """The gold events and people of a parsed gold file."""
    return [GoldEvent.of(g) for g in gold.get("events") or []], People.of(gold.get("people") or [])


# --- rule 1: can a record fill a gold event's slot? ------------------------------


def kind_fits(gold: str, system: str) -> bool:
    """Equal kinds, or both among meeting, summit and forum."""
    return gold == system or (gold in MEETING_KINDS and system in MEETING_KINDS)


def countries_fit(g: GoldEvent, countries: list[str]) -> bool:
    """All of `match_countries` and at most one more; a country the gold lists is never one more."""
    have = set(countries)
    return g.need <= have and len(have - g.need - set(g.countries)) <= 1


def blocking_rule(g: GoldEvent, s: SystemEvent, people: People) -> str | None:
    """The first rule of README 1(a)-(f) the record fails for this gold event, or None."""
    if s.type != g.type:
        return f"(a) type {s.type} is not {g.type}"
    if not kind_fits(g.kind, s.kind):
        return f"(b) kind {s.kind} does not fit {g.kind}"
    if not s.numbers & g.sources:
        return "(c) no evidence from an article that reports it"
    if not countries_fit(g, s.countries):
        return f"(d) countries {','.join(s.countries)} do not fit {','.join(sorted(g.need))}"
    if g.participants and s.names:
        named = {people.canonical(n, g.participants) for n in s.names}
        if not named & set(g.participants):
            return f"(e) no shared participant ({'; '.join(s.names)})"
    if not date_overlaps(g, s.date):
        return f"(f) date {s.date} does not overlap {g.date}"
    return None


def date_overlaps(g: GoldEvent, system: str | None) -> bool:
    """Rule 1(f): true unless both dates are calendar values and none of the gold's (its date
    or an accepted one, which is never blocked) overlaps the system's."""
    si = calendar_interval(system)
    if si is None or calendar_interval(g.date) is None:
        return True
    return any((gi := calendar_interval(v)) and gi[0] <= si[1] and si[0] <= gi[1] for v in g.dates)


# --- rule 4: field accuracy --------------------------------------------------------


def date_right(gold: str | None, system: str | None) -> bool:
    """Exact at the gold value's granularity: the system's first and last day fall in the
    gold's first and last unit; a null gold wants a null system value."""
    if gold is None or system is None:
        return gold is None and system is None
    g_parts = gold.split("/")
    s_parts = system.split("/")
    if calendar_interval(system) is None or calendar_interval(gold) is None:
        return False
    g_first, g_last = interval(g_parts[0]), interval(g_parts[-1])
    s_first, s_last = interval(s_parts[0]), interval(s_parts[-1])
    if len(g_parts) == 1:  # a single unit: the whole system span lies inside it
        return g_first[0] <= s_first[0] and s_last[1] <= g_first[1]
    return (g_first[0] <= s_first[0] and s_first[1] <= g_first[1]
            and g_last[0] <= s_last[0] and s_last[1] <= g_last[1])


def place_right(gold: str, system: str | None) -> bool:
    """Lenient place names: case, accents and punctuation ignored; a qualifier after the
    name ("Washington, D.C.") is allowed either way."""
    if not system:
        return False
    a, b = fold(gold).split(), fold(system).split()
    if "".join(a) == "".join(b):
        return True
    short, long_ = sorted((a, b), key=len)
    return bool(short) and long_[: len(short)] == short


def location_right(options: list[dict | None], s: SystemEvent) -> bool:
    """The record's location equals one of the gold options (country, and place where named)."""
    loc = s.event.location
    for option in options:
        if option is None:
            if loc is None:
                return True
            continue
        if loc is None or loc.country != option.get("country"):
            continue
        if option.get("place") and not place_right(option["place"], loc.place):
            continue
        return True
    return False


def participants_f1(g: GoldEvent, s: SystemEvent, people: People) -> float:
    """F1 of participant names after canonicalisation (1.0 when neither names anyone)."""
    gold = set(g.participants)
    system = {people.canonical(n, g.participants) for n in s.names}
    if not gold and not system:
        return 1.0
    hit = len(gold & system)
    if not hit:
        return 0.0
    p, r = hit / len(system), hit / len(gold)
    return 2 * p * r / (p + r)


def field_checks(g: GoldEvent, s: SystemEvent, people: People) -> dict[str, float]:
    """Scores of date, location, status and participants for a matched pair."""
    return {
        "date": float(any(date_right(v, s.date) for v in g.dates)),
        "location": float(location_right(g.locations, s)),
        "status": float(s.status in g.statuses),
        "participants": participants_f1(g, s, people),
    }


def agreement(g: GoldEvent, s: SystemEvent, people: People) -> float:
    """How well a record agrees with a gold event: countries (Jaccard), date, participants."""
    have, want = set(s.countries), set(g.countries)
    countries = len(have & want) / max(1, len(have | want))
    if any(date_right(v, s.date) for v in g.dates):
        when = 1.0
    else:
        when = 0.5 if calendar_interval(g.date) and calendar_interval(s.date) and date_overlaps(g, s.date) else 0.0
    return countries + when + participants_f1(g, s, people)


# --- rule 6: articles --------------------------------------------------------------

DATELINE_MAX = 40
FRAGMENT_MAX = 12


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def body_starts_right(gold: str, body: str) -> bool:
    """The gold words open the body, or follow a dateline of at most 40 characters."""
    gold, body = _squash(gold), _squash(body)
    at = body.find(gold, 0, DATELINE_MAX + 1 + len(gold))
    if at < 0:
        return False
    return at == 0 or (len(body[:at].rstrip()) <= DATELINE_MAX and not body[at - 1].isalnum())


def body_ends_right(gold: str, body: str, truncated: bool) -> bool:
    """The gold words close the body; a truncated excerpt may leave a fragment of at most
    12 letters after them."""
    gold, body = _squash(gold), _squash(body)
    if body.endswith(gold):
        return True
    if not truncated:
        return False
    at = body.rfind(gold)
    if at < 0:
        return False
    tail = body[at + len(gold):]
    return tail[:1] == " " and len(tail.strip()) <= FRAGMENT_MAX and tail.strip().isalpha()


def published_right(gold: str, article: Article | None) -> bool:
    """Equal to the gold value at its precision (a month, a day, or a day and a time)."""
    system = article.published_iso if article else None
    return system is not None and system.startswith(gold)


def article_checks(gold: dict, a: Article | None) -> dict[str, tuple[str, str | None, bool]]:
    """Per scored article field (gold value not null): (gold, system, right)."""
    out: dict[str, tuple[str, str | None, bool]] = {}
    body = a.text if a else ""
    if gold.get("title") is not None:
        system = a.title if a else None
        out["title"] = (str(gold["title"]), system, system is not None and fold(system) == fold(str(gold["title"])))
    if gold.get("published") is not None:
        value = _text(gold["published"])
        out["published"] = (value, a.published_iso if a else None, published_right(value, a))
    if gold.get("body_starts") is not None:
        value = str(gold["body_starts"])
        out["body_starts"] = (value, _squash(body)[:len(value) + DATELINE_MAX] if a else None,
                              a is not None and body_starts_right(value, body))
    if gold.get("body_ends") is not None:
        value = str(gold["body_ends"])
        out["body_ends"] = (value, _squash(body)[-(len(value) + FRAGMENT_MAX):] if a else None,
                            a is not None and body_ends_right(value, body, bool(gold.get("truncated"))))
    return out
