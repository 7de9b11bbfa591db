"""Places for event locations: GeoNames cities and places.yaml venues (see gazetteer.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Location
from .gazetteer import find_place_names, place, place_any_case, small_town
from .lexicon import lexicon, load_yaml, trie_pattern

_HERE = re.compile(r"\bhere\b")
_AT_HOME_TAIL = r"\s+ministry(?:'s\s+[\w-]+)?|\b(?:at|in)\s+the\s+presidential\s+office\b"


@lru_cache(maxsize=1)
def _at_home() -> re.Pattern:
    """"at the foreign ministry", "in the finance ministry": any portfolio of titles.yaml."""
    forms = {f for fs in load_yaml("titles.yaml")["portfolios"].values() for f in fs}
    return re.compile(r"\b(?:at|in)\s+the\s+(?:" + trie_pattern(sorted(forms)) + ")" + _AT_HOME_TAIL, re.I)


_LOC_PREP = re.compile(r"(?:\b(?:in|at|to|into|from|visit|visits|visited|visiting|toward|towards|for|inside)\s+(?:the\s+)?)$")


def find_places(text: str, countries: bool = False) -> list[tuple[int, int, str | None, str]]:
    """(start, end, place, ISO3) for gazetteer places in text, in order.

    With countries=True, country names used as places ("visit South Korea", "travel to
    Canada") are included too, as (start, end, None, ISO3). Remembered for recent texts
    (a sentence is asked about by the actors and again by the events).
    """
    return list(_find_places(text, countries))


_NEXT_NAME_WORD = re.compile(r" [A-Z][\w'’-]+")


@lru_cache(maxsize=2048)
def _find_places(text: str, countries: bool) -> tuple[tuple[int, int, str | None, str], ...]:
    from .countries import find_countries

    out: list[tuple[int, int, str | None, str]] = []
    names = find_place_names(text)
    states = find_countries(text) if names or countries else []
    for s, e, p in names:
        if (longer := _NEXT_NAME_WORD.match(text, e)) and (town := small_town(text[s : longer.end()])):
            out.append((s, longer.end(), town.name, town.country))
            continue  # "Victoria Falls": the town of that name, not Victoria and a word after it
        if p.word and not _LOC_PREP.search(text, 0, s):
            continue  # "Reading", "Nice": places only after a preposition of place or motion
        if _landmark_words().match(text, e) and not p.within:
            continue  # "in the Phoenix Park", "the Miraflores palace": a landmark named after a town, not the town
            # (not a venue of its own: "the Quirinale palace" is the Quirinale)
        seat = p.within and any(c.kind == "institution" and c.start <= s and e <= c.end for c in states)
        if seat and not _LOC_PREP.search(text, 0, s):
            continue  # "the White House said": the government speaking, no place
        if not seat and any(c.start <= s and e <= c.end and c.end - c.start > e - s for c in states):
            continue  # "Salvador" in "El Salvador"
        out.append((s, e, p.within if seat else p.name, p.country))  # "at the White House": in Washington
    if re.search(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z]", text):
        states = states or find_countries(text)
        out.extend(_placed_towns(text, out, states))
        out.extend(_small_towns_in(text, out, states))
        out.sort()
    if countries:
        for c in states:
            if c.kind != "name" or len(c.codes) != 1:
                continue
            if any(not (c.end <= s or c.start >= e) for s, e, *_ in out):
                continue
            if _LOC_PREP.search(text, 0, c.start) and not re.match(r"['’]s?\b", text[c.end:]):
                out.append((c.start, c.end, None, c.codes[0]))
        out.sort()
    return tuple(out)


@lru_cache(maxsize=1)
def _landmark_words() -> re.Pattern:
    """A landmark's word after a town's name, in capitals or not ("the Miraflores (presidential) palace")."""
    data = load_yaml("places.yaml")
    return re.compile(r"\s+(?:(?:" + "|".join(data["landmark_adjectives"]) + r")\s+)?(?:"
                      + "|".join(data["landmark_words"]) + r")\b", re.I)


@lru_cache(maxsize=1)
def _placed_by_context() -> tuple[re.Pattern, frozenset[str]]:
    data = load_yaml("places.yaml")["placed_by_context"]
    word = r"[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*"
    pattern = re.compile(
        r"\b(?:in|at|near)\s+(?P<name>" + word + r"(?:\s+" + word + r"){0,2}?)"
        r"(?:\s+(?:" + "|".join(data["area_words"]) + r"))?"
        r"(?:,\s*|\s+in\s+(?:the\s+)?|\s+(?:" + "|".join(re.escape(r) for r in data["relations"]) + r")\s+)(?=[A-Z])")
    return pattern, frozenset(data["never_towns"])


def _placed_towns(text: str, known: list[tuple[int, int, str | None, str]], states) -> list[tuple[int, int, str, str]]:
    """Towns the gazetteer does not hold, placed by the known place or state written right
    after them ("in Woodside, California", "in Al-Ula Governorate in Saudi Arabia")."""
    pattern, never = _placed_by_context()
    taken = [(s, e) for s, e, *_ in known] + [(c.start, c.end) for c in states]
    out = []
    for m in pattern.finditer(text):
        s, e = m.span("name")
        if m.group("name").split()[0] in never or any(a < e and s < b for a, b in taken):
            continue
        after = m.end()
        town = next((name for a, _, name, _ in known if a == after and name and not is_region(name)), None)
        where = next((iso for a, _, _, iso in known if a == after), None) or next(
            (c.codes[0] for c in states if c.start == after and c.kind == "name" and len(c.codes) == 1), None)
        if town and re.fullmatch(r",\s*|\s+in\s+(?:the\s+)?", text[e:after]):
            out.append((s, e, town, where))  # "at State House, Nairobi": a venue of the town, recorded as the town
        elif where:
            known_town = small_town(m.group("name"))  # "Al Ula" as GeoNames spells it
            out.append((s, e, known_town.name if known_town and known_town.country == where else m.group("name"), where))
    return out


_IN_TOWN = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}(?:town|city|village|oasis|resort|port)\s+of\s+)?"
                      r"([A-Z][\w`‘’'-]*(?:\s+[A-Z][\w`‘’'-]*)?)")  # "in AlUla", "in the Saudi desert town of AlUla"


def _small_towns_in(text: str, known: list[tuple[int, int, str | None, str]], states) -> list[tuple[int, int, str, str]]:
    """Small towns after "in" or "at" in a state the sentence names ("the summit in AlUla"
    beside "Saudi Arabia's crown prince")."""
    named = {c.codes[0] for c in states if len(c.codes) == 1}
    taken = [(s, e) for s, e, *_ in known] + [(c.start, c.end) for c in states]
    out = []
    for m in _IN_TOWN.finditer(text) if named else ():
        for name in dict.fromkeys((m[1], m[1].split()[0])):
            s, e = m.start(1), m.start(1) + len(name)
            p = small_town(name)
            if p and p.country in named and not any(a < e and s < b for a, b in taken):
                out.append((s, e, p.name, p.country))
                break
    return out


def same_place(a: str, b: str) -> bool:
    """Whether two place names can name one event's venue: the same place, or a venue and
    the city it stands in ("Buckingham Palace" and "London")."""
    if a == b:
        return True
    pa, pb = place(a), place(b)
    return bool(pa and pa.within == b or pb and pb.within == a)


def is_region(name: str) -> bool:
    """Whether a place name names a region of a country ("California") rather than a town."""
    p = place(name)
    return bool(p and p.region)


def town_of(name: str) -> str | None:
    """The town a place name stands in: a venue's city ("Casa Rosada" -> "Buenos Aires"),
    a town itself; None for a region or an unknown name."""
    p = place(name)
    if p is None or p.region:
        return None
    return p.within or p.name


def place_country(name: str) -> str | None:
    """ISO3 of a gazetteer place ("Anchorage" -> "USA"), if known."""
    hit = lexicon().places.get(name.strip())
    return hit[1] if hit else None


def capital(iso3: str) -> str | None:
    """The capital (seat of government) of a country."""
    return lexicon().capitals.get(iso3)


def home_location(home: str | None = None, dateline: str | None = None) -> Location | None:
    """The outlet's home place: the dateline city if it is a known place, else the capital."""
    lex = lexicon()
    if dateline:
        town, *region = [part.strip() for part in dateline.split(",")]
        p = place_any_case(town)
        if p is not None:
            return Location(p.name, p.country)
        within = place_any_case(region[0]) if region else None  # "Woodside, California": a town of that state
        if within is not None and within.region:
            return Location(town.title() if town.isupper() else town, within.country)
    if home:
        return Location(lex.capitals.get(home), home)
    return None


def find_locations(
    text: str, home_place: Location | None = None, countries: bool = True
) -> list[tuple[int, int, Location]]:
    """Location phrases in text, as Locations.

    Gazetteer places and (with countries=True) country names after a preposition or verb of
    motion; "here" and "at the foreign ministry" resolve to home_place (the dateline city or
    home capital, see home_location) when given.
    """
    out: list[tuple[int, int, Location]] = []
    for s, e, name, iso in find_places(text, countries=countries):
        out.append((s, e, Location(name, iso)))
    if home_place:
        for m in _HERE.finditer(text):
            out.append((m.start(), m.end(), home_place))
        for m in _at_home().finditer(text):
            out.append((m.start(), m.end(), home_place))
    out.sort(key=lambda x: x[0])
    return out
