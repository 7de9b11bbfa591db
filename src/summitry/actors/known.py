"""Known office holders (officials.yaml): a name, a family name or an office resolves to
the person in office on the article's date."""

from __future__ import annotations

import re

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .lexicon import lexicon, load_yaml
from .names import core_name, family_core, fold, formal_first_names, particles
from .organizations import organization

FUZZY_MIN = 88  # rapidfuzz ratio for a spelling variant of a known full name
RECENT_YEARS = 6  # a former holder still answers to the family name alone this long


@dataclass(frozen=True)
class Holder:
    """One tenure of one office (a data row of officials.yaml)."""

    name: str
    office: str
    country: str | None  # ISO3; None for officials of an organisation
    org: str | None
    valid_from: date
    valid_to: date | None
    aka: tuple[str, ...] = ()

    def in_office(self, when: date) -> bool:
        return self.valid_from <= when and (self.valid_to is None or when < self.valid_to)

    def distance(self, when: date) -> int:
        """Days between when and the tenure (0 inside it)."""
        if when < self.valid_from:
            return (self.valid_from - when).days
        if self.valid_to is not None and when >= self.valid_to:
            return (when - self.valid_to).days
        return 0


@dataclass(frozen=True)
class _Index:
    holders: tuple[Holder, ...]
    full: dict[str, tuple[Holder, ...]]  # folded full name or multi-word aka -> tenures
    single: dict[str, tuple[Holder, ...]]  # folded family name or one-word aka -> tenures
    offices: dict[tuple[str, str], tuple[Holder, ...]]  # (country or org, office) -> tenures
    alone: frozenset[str]  # one-word akas: names the data says a person is known by alone


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def family_key(name: str) -> str:
    """The family name a person is called by alone: the last token ('Xi' for 'Xi Jinping'
    is handled by people.name_key), without an Arabic article ('al-Sisi' -> 'Sisi')."""
    return family_core(core_name(name).split()[-1])


@lru_cache(maxsize=1)
def _index() -> _Index:
    from .people import name_key  # family-first names (Korean, Chinese) need names.yaml

    data = load_yaml("officials.yaml")
    holders: list[Holder] = []
    for group, is_org in (("countries", False), ("organizations", True)):
        for owner, offices in (data.get(group) or {}).items():
            for office, rows in offices.items():
                for r in rows:
                    state = getattr(organization(owner), "party", None) if is_org else owner  # the EU's: EUU
                    holders.append(Holder(
                        r["name"], office, state, owner if is_org else None,
                        _day(r["valid_from"]), _day(r.get("valid_to")), tuple(r.get("aka") or ())))
    holders.sort(key=lambda h: h.valid_from)
    # common family names (Kim, Lee, Wang) and names that are some holder's given name
    # ("Ahmed", "Abbas", "Gabriel") name nobody alone unless listed as a one-word aka
    common = set(lexicon().family_first) | {h.name.split()[0] for h in holders if " " in h.name}
    common |= set(data.get("not_alone") or ())
    full: dict[str, list[Holder]] = {}
    single: dict[str, list[Holder]] = {}
    offices: dict[tuple[str, str], list[Holder]] = {}
    for h in holders:
        offices.setdefault((h.country or h.org, h.office), []).append(h)
        for form in (h.name,) + h.aka:
            if " " in form.strip():
                for f in {fold(form), fold(core_name(form))}:
                    full.setdefault(f, []).append(h)
            else:
                single.setdefault(fold(form), []).append(h)
        tokens = h.name.split()
        if len(tokens) > 1 and not any(t in ("bin", "bint", "ibn") for t in tokens):
            for key in {name_key(h.name), family_key(h.name)} - common:
                single.setdefault(fold(key), []).append(h)
    alone = frozenset(a for h in holders for a in h.aka if " " not in a.strip())
    return _Index(tuple(holders), {k: tuple(v) for k, v in full.items()},
                  {k: tuple(v) for k, v in single.items()}, {k: tuple(v) for k, v in offices.items()},
                  alone)


@lru_cache(maxsize=4096)
def holders_named(family: str, when: date) -> tuple[Holder, ...]:
    """The office holders in office at the date whose family name is this word, common names
    too ("President Marcos", "Prime Minister Khan": the title narrows them down)."""
    key = fold(family)
    return tuple(h for h in _index().holders if h.in_office(when) and " " in h.name
                 and fold(family_key(h.name)) == key)


def tenures_of(name: str) -> tuple[Holder, ...]:
    """Every tenure of the one known person a name stands for, whatever the date; none where the
    name is unknown or stands for several people."""
    h = known_person(name)
    return tuple(x for x in _index().holders if x.name == h.name) if h else ()


def known_alone(word: str) -> bool:
    """Whether the data lists the word as a name a person is known by alone ('Xi', 'Lula'),
    so even a two-letter word may name that person."""
    return word in _index().alone


def as_date(when) -> date | None:
    if when is None:
        return None
    return when.date() if isinstance(when, datetime) else when


def _choose(cands: tuple[Holder, ...], when: date | None, recent: bool = True) -> Holder | None:
    """The one person among tenures: in office at when, else the one who left office most
    recently (within RECENT_YEARS) - only when it is a single person. A family name never
    names someone before they took office."""
    if not cands:
        return None
    if when is None:
        names = {h.name for h in cands}
        return cands[-1] if len(names) == 1 else None
    now = [h for h in cands if h.in_office(when)]
    if len({h.name for h in now}) == 1:
        return now[0]
    if now or not recent:
        return None
    near = [h for h in cands if h.valid_to is not None and h.valid_to <= when
            and (when - h.valid_to).days <= RECENT_YEARS * 366]  # former holders, never future ones
    if len({h.name for h in near}) == 1:
        return min(near, key=lambda h: h.distance(when))
    return None


def known_person(name: str, when=None, honored: bool = False) -> Holder | None:
    """The known office holder a name written in an article stands for, if any (see
    _known_person; cached, as articles repeat names)."""
    return _known_person(name, as_date(when), honored)


_LINEAGE = re.compile(r"\s+(?:bin|bint|ibn|Al|al)(?=\s)")  # where a father's or the family's name follows


@lru_cache(maxsize=65536)
def _known_person(name: str, when: date | None, honored: bool) -> Holder | None:
    """The known office holder a name written in an article stands for, if any.

    A full name or a listed variant ('Joseph R. Biden Jr.' -> Joe Biden), a close spelling of
    a full name with the same first name ('Olaf Schulz' -> Olaf Scholz), an initial and a
    family name ('N Modi'), or a family name alone when it names one person at that date.
    """
    idx = _index()
    core = core_name(name)
    f = fold(core)
    # the full name; else a known name heading it, followed by the line of fathers ("Mohammed bin
    # Salman bin Abdulaziz Al Saud") or by a second family name ("Nicolas Maduro Moros")
    heads = [f] + [fold(core[: cut.start()]) for cut in reversed(list(_LINEAGE.finditer(core)))]
    heads += [fold(core.rsplit(" ", 1)[0])] if len(core.split()) >= 3 else []
    if len(core.split()) >= 3 and core.split()[0] in formal_first_names():
        heads.append(fold(core.split(" ", 1)[1]))  # "Muhammad Shehbaz Sharif": Shehbaz Sharif
    if head := next((h for h in heads if h in idx.full and (h == f or " " in h)), None):
        return _choose(idx.full[head], when, recent=False) or _latest(idx.full[head], when)
    words = core.split()
    if len(words) == 3 and when is not None and (short := fold(f"{words[0]} {words[-1]}")) in idx.full \
            and (holder := _choose(idx.full[short], when, recent=False)):
        return holder  # "Asaad Hassan al-Shaibani": a middle name the known form leaves out, of one in office then
    tokens = core.split()
    if len(tokens) == 2 and (turned := fold(f"{tokens[1]} {tokens[0]}")) in idx.full:
        return _choose(idx.full[turned], when, recent=False) or _latest(idx.full[turned], when)  # "Kishida Fumio": home order
    while len(tokens) > 1 and tokens[0] in particles():  # "von der Leyen"
        tokens = tokens[1:]
    if len(tokens) == 1:
        hit = _choose(idx.single.get(fold(family_core(tokens[0])), ()), when)
        if hit is None and honored:
            given = _arabic_given().get(tokens[0], ())
            hit = _choose(given, when)
        return hit
    last = fold(family_core(tokens[-1]))
    cands = idx.single.get(last, ())
    if len(tokens[0].rstrip(".")) == 1:  # "N Modi", "S. Jaishankar"
        hits = tuple(h for h in cands if fold(h.name)[:1] == tokens[0][0].lower())
        return _choose(hits, when)
    if family_first(tokens):
        return None  # Korean and Chinese given names differ by a syllable between people
    first, family = fold(tokens[0]), fold(tokens[-1]).split()[-1]  # ("al-Sharaa": the name after its article)
    best, score = None, 0.0
    for key, tenures in _full_by_family_initial().get(family[:1], ()):
        if abs(len(key) - len(f)) > 3 or fuzz.ratio(key.split()[0], first) < FUZZY_MIN - 8:
            continue
        known_family = key.split()[-1]
        if known_family[:1] != family[:1] or Levenshtein.distance(known_family, family) > 1:
            continue  # one slip in the family name ("Schulz"), not another family ("Perry")
        s = fuzz.ratio(f, key)
        if s >= FUZZY_MIN and s > score:
            best, score = tenures, s
    if best and (when is None or any(h.in_office(when) for h in best)):
        return _choose(best, when, recent=False) or _latest(best, when)
    return None  # a misspelling is read as a known person only while they hold office


@lru_cache(maxsize=1)
def _full_by_family_initial() -> dict[str, tuple[tuple[str, tuple[Holder, ...]], ...]]:
    """The full names of _index() by the first letter of their family name, in index order
    (a spelling variant never differs there, so the others need no fuzzy comparison)."""
    out: dict[str, list[tuple[str, tuple[Holder, ...]]]] = {}
    for key, tenures in _index().full.items():
        out.setdefault(key.split()[-1][:1], []).append((key, tenures))
    return {k: tuple(v) for k, v in out.items()}


def family_first(tokens: list[str]) -> bool:
    """Whether a name is written family name first (see people.family_first)."""
    from .people import family_first as style

    return style(tokens)


@lru_cache(maxsize=1)
def _arabic_given() -> dict[str, tuple[Holder, ...]]:
    """Given name -> holders with an Arabic-style name ('Faisal' -> Faisal bin Farhan)."""
    from .people import arabic_style

    out: dict[str, list[Holder]] = {}
    for h in _index().holders:
        if arabic_style(h.name):
            out.setdefault(h.name.split()[0], []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _latest(cands: tuple[Holder, ...], when: date | None) -> Holder | None:
    """For a full name (one person), the tenure nearest to when."""
    if len({h.name for h in cands}) != 1:
        return None
    if when is None:
        return cands[-1]
    return min(cands, key=lambda h: h.distance(when))


def office_holder(owner: str, office: str, when) -> Holder | None:
    """Who held an office of a country (ISO3) or organisation on a date, if known."""
    when = as_date(when)
    if when is None:
        return None
    now = [h for h in _index().offices.get((owner, office), ()) if h.in_office(when)]
    return now[0] if len(now) == 1 else None



def equivalent_holder(owner: str, role: str, when) -> Holder | None:
    """The holder of a role or of its equivalent office in that state ("foreign minister"
    of the USA is the Secretary of State)."""
    from .offices import equivalent_offices

    for office in equivalent_offices(role):
        h = office_holder(owner, office, when)
        if h is not None:
            return h
    return None
