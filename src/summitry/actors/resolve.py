"""World knowledge applied to an article's people: honorifics trimmed, known office holders
recognised by name, family name or office, with their country and office at the date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from .countries import CountryMatch
from .known import Holder, as_date, equivalent_holder, holders_named, known_alone, known_person, tenures_of
from .gazetteer import place
from .lexicon import lexicon, load_yaml
from .offices import LEADER_RANKS, equivalent_offices, office_rank
from .names import fold, honorifics, strip_honorifics, venue_after
from .people import Intro, TOKEN_RE, _qualifier, _role_text, given_first, name_runs, stops

_PART_OF_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]")
_PREV_WORD = re.compile(r"([A-Z][\w'’.-]*)[ \t]+$")


def _part_of_name_before(text: str, pos: int) -> bool:
    """A capitalised word right before pos that is no title, honorific or function word."""
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    if not m:
        return False
    w = m.group(1)
    return not (w in stops() or w.lower() in lexicon().titles or w in honorifics())


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)[ \t]+$")
_LOC_BEFORE = re.compile(r"\b(?:in|at|to|from|into|near)[ \t]+$")
_LAST_WORD = re.compile(r"([\w-]+)[ \t]+$")
_INDEFINITE = re.compile(r"\b(?:a|an|any|every)\s+(?:[a-z][\w-]*\s+){1,2}$", re.I)  # "a sitting US president"
_NO_NAME_AFTER = re.compile(r"(?:['’]s)?(?:\s*[,.;:)!?]|\s+[a-z]|\s*$)")


@lru_cache(maxsize=1)
def _not_incumbent() -> frozenset[str]:
    return frozenset(load_yaml("titles.yaml")["not_incumbent"])


def trim_honorifics(it: Intro, text: str) -> Intro:
    """'Sheikh Tamim' -> 'Tamim', 'Mr Macron' -> 'Macron' (offsets moved accordingly); 'KAMIKAWA Yoko' ->
    'Yoko Kamikawa'."""
    name = text[it.start:it.end]
    bare = strip_honorifics(name)
    if bare != name:
        it.start = it.end - len(bare)
        it.name, it.honored = bare, True
    it.name = given_first(it.name)  # "Ms. KAMIKAWA Yoko": Yoko Kamikawa
    return it


def apply_known(it: Intro, when) -> None:
    """Country, office and canonical name of a known office holder. The country is taken
    unless the text gave one explicitly (adjective or appositive)."""
    h = titled = None
    if it.role and " " not in it.name:  # "King Abdullah", "Queen Camilla": a listed name form
        h = titled = known_person(f"{it.role.split()[-1].capitalize()} {it.name}", when)
    h = h or known_person(it.name, when, honored=it.honored or bool(it.role))
    if h is None and it.role and " " not in it.name and (day := as_date(when)):
        fits = {x.name: x for x in holders_named(it.name, day) if _office_fits(it.role, x.office)}
        h = titled = next(iter(fits.values())) if len(fits) == 1 else None  # "President Marcos": a common family name
    shared = bool(h and it.country and h.country and any({it.country, h.country} <= states
                                                            for states in lexicon().shared_demonyms))
    if h is None or (it.prio >= 3 and h.country and it.country != h.country and not shared):
        return  # unknown, or a namesake of another state
    if shared:
        it.country = h.country  # "Congolese President Denis Sassou Nguesso": of the Republic of the Congo
    if " " not in it.name and it.role and not titled and not _office_fits(it.role, h.office):
        return  # "Speaker Johnson" is no former prime minister Johnson
    it.canonical = as_written(it.name, h)
    it.org = h.org
    if (h.country or h.org) and it.prio < 3:  # an organisation's official is of no state
        it.country, it.prio = h.country, 3
        it.national = it.leader_of = False
        it.name_style = None
    qualified = it.role and it.role.split()[0].lower() in ("former", "acting", "interim", "deputy", "vice", "then")
    if not qualified and (not it.role or office_rank(it.role) is None or not _office_fits(it.role, h.office)):
        it.role = holder_role(h, when) or it.role  # "Prince Faisal" is the foreign minister


_SPELLING = 70  # rapidfuzz ratio from which two names of one person are spellings of one name


def as_written(name: str, h: Holder) -> str:
    """The name a known person is recorded under: as the text spells it where that is a listed
    spelling of the full name ("Sergei Lavrov" beside "Sergey Lavrov"), as records built from
    the article are read against it; else the listed name ("Joseph R. Biden Jr." is Joe Biden,
    "Joao Lourenco" is João Lourenço). Initials count as one word however they are spaced
    ("K P Sharma Oli" beside "KP Sharma Oli")."""
    if _plain(name) != _plain(h.name) and _words(name) == _words(h.name) and fold(name) in {fold(a) for a in h.aka} \
            and all(fuzz.ratio(a, b) >= _SPELLING for a, b in zip(_word_list(name), _word_list(h.name))):
        return name  # (not "Robert Prevost" for Leo XIV, nor "Joseph Biden" for Joe Biden: another name, not a spelling)
    return h.name


def _word_list(name: str) -> list[str]:
    """A name's words, folded, a run of initials as one ("K P" and "KP" alike)."""
    return fold(_INITIALS.sub(lambda m: re.sub(r"[\s.]", "", m.group()), name)).split()


def _words(name: str) -> int:
    """The words of a name, a run of initials ("K P", "K.P.", "KP") counting as one."""
    return len(_INITIALS.sub("I", name).split())


_INITIALS = re.compile(r"\b[A-Z](?:\.?\s?[A-Z]\b\.?)+|\b[A-Z]{2,3}\b(?=\s+[A-Z][a-z])")


def _plain(name: str) -> str:
    """A name without its diacritics, even letters Unicode does not decompose ("Støre")."""
    return fold(name).translate(_PLAIN_LETTERS)


_PLAIN_LETTERS = str.maketrans({"ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"})


_COURTESY = ("Prince", "Princess")  # titles of rank, not offices: any office fits them


def _office_fits(role: str, office: str) -> bool:
    """Whether a title written before a family name can be the known holder's office."""
    role = role.split()[-1] if role.split()[-1] in _COURTESY else role
    if role in _COURTESY or office in equivalent_offices(role):
        return True
    rank, held = office_rank(role), office_rank(office)
    return rank is not None and (rank == held or (rank in LEADER_RANKS and held in LEADER_RANKS))


def tenure_years(text: str, month: int, day: int, years: range) -> set[int] | None:
    """The years among these in which a day printed without its year falls within the tenure of
    every known office holder the text names under that office's title ("Vietnamese President To
    Lam, June 17": 2024); None where no titled holder narrows the years, or where they disagree
    (a "former" or "then" title tells of no tenure at the day)."""
    lex = lexicon()
    every = set(years)
    allowed: set[int] | None = None
    for m in lex.title_regex.finditer(text):
        if any(w.lower() in _not_incumbent() for w in m.group("mods").split()) \
                or _NOT_NOW_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        role = _role_text(lex, m)[0]
        named = _tenures_after(text, m.end())
        # "President To Lam": that office's tenure, not his later one as party leader; "European Council
        # President Charles Michel": the council's, not his earlier one as a prime minister
        tenures = [h for h in named if h.office == role or h.office.startswith(f"{role} ")] \
            or [h for h in named if h.office in equivalent_offices(role)]
        fit = {y for y in years if any(h.in_office(d) for h in tenures if (d := _day_in(y, month, day)))}
        if not tenures or not fit or fit == every:
            continue
        allowed = fit if allowed is None else allowed & fit
        if not allowed:
            return None
    return allowed


def _tenures_after(text: str, pos: int) -> tuple[Holder, ...]:
    """The tenures of the known person whose name (its longest known form) follows pos."""
    of = _OF_STATE.match(text, pos)  # "President of Vietnam To Lam": the name after the state's
    run = _NAME_RUN.match(text, of.end() if of else pos)
    words = run.group(1).split() if run else []
    for first in range(0, min(len(words), 3) if of else 1):
        rest = words[first:]
        if found := next((f for k in range(len(rest), 0, -1) if (f := tenures_of(" ".join(rest[:k])))), ()):
            return found
    return ()


_OF_STATE = re.compile(r"[ \t]+of(?:[ \t]+the)?(?=[ \t]+[A-Z])")
_NAME_RUN = re.compile(r"[ \t]+([A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|bin|bint|ibn|al|el|de|da|van|von|der)){0,4})")
_NOT_NOW_BEFORE = re.compile(r"\b(?:former|then|late|ex|the\s+then)[\s-]+$", re.I)


def _day_in(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February
        return None


def holder_role(h: Holder, when) -> str | None:
    """The office as a role at the date: 'President', 'former President' after the tenure,
    None before it (the person is known, but not yet in that office)."""
    d = as_date(when)
    if d is not None and d < h.valid_from:
        return None
    if d is not None and h.valid_to is not None and d >= h.valid_to:
        return f"former {h.office}"
    return h.office


def known_intros(sentence: int, text: str, taken: list[tuple[int, int]], when) -> list[Intro]:
    """Runs of two or more name tokens that are a known person's full name ('Vladimir
    Putin', 'Joseph R. Biden', 'Olaf Schulz'), wherever they stand."""
    out = []
    for s, e in name_runs(text):
        name = text[s:e]
        if " " not in name or any(not (e <= a or s >= b) for a, b in taken):
            continue
        if known_person(name, when) is not None:
            out.append(Intro(sentence, s, e, name))
    return out


def with_known_tail(it: Intro, text: str, when) -> Intro:
    """An introduced name that a capitalised common word after it completes into a known
    person's name ("prime minister Theresa" + "May"): the whole name."""
    word = _WORD_AFTER.match(text, it.end)
    name = text[it.start : word.end()] if word else ""
    if word and (h := known_person(name, when)) is not None and name in (h.name, *h.aka):
        return replace(it, end=word.end(), name=name)
    return it


_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b")


def known_singles(text: str, taken: list[tuple[int, int]], when) -> list[tuple[int, int, Holder]]:
    """One-word references to known people not introduced in the article ('Erdogan',
    'Lula', 'Sisi'): a family name or short name that names one person at the date."""
    out = []
    for m in TOKEN_RE.finditer(text):
        s, e = m.start(), m.end()
        if any(not (e <= a or s >= b) for a, b in taken) or (len(m.group()) < 3 and not known_alone(m.group())):
            continue
        if m.group() in stops() or m.group() in lexicon().forms:  # "May", "Jordan"
            continue
        if _PART_OF_NAME_AFTER.match(text, e) or _part_of_name_before(text, s) or venue_after().match(text, e):
            continue  # "Charles University", "Hunter Biden", "Al-Salam royal palace": part of another name
        if _ARTICLE_BEFORE.search(text, max(0, s - 8), s):
            continue  # "the Moon", "a Bush": no reference to a person
        if place(m.group()) is not None and _LOC_BEFORE.search(text, max(0, s - 12), s):
            continue  # "in Austin": the city
        h = known_person(m.group(), when)
        if h is not None:
            out.append((s, e, h))
    return out


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_GENERIC_PLURALS = frozenset({"leaders"})  # "the leaders of Egypt, Jordan and the Gulf states": whoever each sends
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def _unnamed_offices(text: str, countries: list[CountryMatch], taken: list[tuple[int, int]]):
    """A state's office named without a name ("the Chinese president", "Ghana's foreign
    minister"): (start, end, ISO3, role, free), free when no other mention covers the span;
    a plural title gives one for each state before it ("the Russian and Turkish presidents")."""
    lex = lexicon()
    for m in lex.title_regex.finditer(text):
        qual = _qualifier(text, m.start(), countries)
        if qual is None and (title := lex.titles[m.group("core").lower()]).country and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) \
                and not m.group("mods") and _NO_NAME_AFTER.match(text, m.end()):
            yield m.start(), m.end(), title.country, _role_text(lex, m)[0], not any(
                not (m.end() <= a or m.start() >= b) for a, b in taken)  # "the Foreign Secretary": Britain's
            continue
        if qual is None and m.group("core").lower() in lex.plural_titles - _GENERIC_PLURALS \
                and (of := _OF_THE.match(text, m.end())):
            role, pos = _role_text(lex, m)[0], of.end()  # "the foreign ministers of Saudi Arabia and Iran": each state's
            for c in sorted(countries, key=lambda c: c.start):
                if c.start == pos and len(c.codes) == 1:
                    yield c.start, c.end, c.codes[0], role, True
                    pos = (gap.end() if (gap := _LIST_GAP.match(text, c.end)) else -1)
            continue
        if qual is None or len(qual.codes) != 1 or not _NO_NAME_AFTER.match(text, m.end()):
            continue
        s, e = qual.start, m.end()
        before = _LAST_WORD.search(text, max(0, s - 30), s)
        if before and before.group(1).lower() in _not_incumbent() or _INDEFINITE.search(text, max(0, s - 40), s):
            continue  # "the next US president", "a Chinese premier", "a sitting US president"
        role = _role_text(lex, m)[0]
        office_state = lex.titles[m.group("core").lower()].country or qual.codes[0]  # "the Argentine pope": the pope
        yield s, e, office_state, role, not any(not (e <= a or s >= b) for a, b in taken
                                                if not (a == qual.start and b == qual.end))
        if m.group("core").lower() in lex.plural_titles:
            for c in countries:
                if len(c.codes) == 1 and c.end < s and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", text[c.end:s]):
                    yield c.start, c.end, c.codes[0], role, True


def office_refs(text: str, countries: list[CountryMatch], taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Offices named without a name, (start, end, ISO3, role), for the person the article
    introduced in that office ("the Angolan president")."""
    return [(s, e, code, role) for s, e, code, role, free in _unnamed_offices(text, countries, taken) if free]


def office_mentions(text: str, countries: list[CountryMatch], taken: list[tuple[int, int]],
                    when) -> list[tuple[int, int, Holder, str]]:
    """'the Chinese president', 'the US secretary of state': a state's office named
    without a name, resolved to its holder at the date. (start, end, holder, role)."""
    if when is None:
        return []
    out = []
    for s, e, code, role, free in _unnamed_offices(text, countries, taken):
        if free and (h := equivalent_holder(code, role, when)) is not None:
            out.append((s, e, h, h.office))
    return out

