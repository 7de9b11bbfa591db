"""Header lines of a scraped page: date lines ("Published: 14 June 2024, 18:20 | World") and
credits ("By Jane Roe - Reporter - Lima"), read into what the page says of itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from . import lines as ln
from .credits import agency, is_people, outlet
from .dates import FoundDate, Yearless, find_dates, find_yearless, labelled_time, leading_time
from .lexicon import lexicon

# A byline line: its label, then who ("By Jane Roe", "Text by: Example Desk"); the labels are in page.yaml.
BYLINE = lexicon().byline
EMAIL_TAIL = re.compile(r"\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?\s*$")
_MONTH_STAMP = re.compile(r"^(?:(?:date|published|posted)\s*:?\s*)?(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)$", re.I)
# A role and where the reporter works: "reporter at example news", "correspondent in lima", "reporter of
# example agency".
_ROLE_AT = re.compile(r"^(?P<role>[a-z][a-z ]{1,40}?)\s+(?:at|in|for|with|of)\s+\S")
_WORD = re.compile(r"[\w'’.-]+")
# A place name beside a date: one word ("Lima"), or a dateline's place in capitals ("ADDIS ABABA").
_PLACE_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’-]+|[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})$")
# What follows the name in a credit line that goes on to its date: "By Jane Roe in Politics on
# 6 May 2024" (the section, then "on"), "By Jane Roe on 6 May 2024".
# What a date in brackets leaves ("www.example.org (20.6.2024)"), and a site's web address beside a date.
_EMPTY_BRACKETS = re.compile(r"[(\[][\s.,]*[)\]]")
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", re.I)
_CREDIT_TAIL = re.compile(r"(?:\s+in\s+[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,2})?(?:\s+(?:on|at))?\s*$")


@dataclass
class Header:
    """What the lines before the article proper told us."""

    candidates: list[str] = field(default_factory=list)  # lines that may be the headline
    credited: bool = False  # a byline or date line came after the first candidate
    dates: list[tuple[int, FoundDate]] = field(default_factory=list)  # (rank, date)
    yearless: list[tuple[int, Yearless]] = field(default_factory=list)  # (rank, day) printed without a year
    byline: str | None = None
    source: str | None = None
    outlet: str | None = None


# One capitalised word after a reporter's name: the town the report was filed from ("Jane Roe, Paris").
_FILED_FROM = re.compile(r"^[A-Z][a-zà-ÿ'’-]+$")


def take_credit(who: str, head: Header) -> bool:
    """Record a "By ..." credit as a source (agency, outlet) or a byline; False if it is neither.

    "By Jane Roe, Reuters" and "By Jane Roe | AFP" give both.
    """
    if (named := _after_role(who)) is not None:
        return take_credit(named, head)  # "By political reporter Jane Roe in Lima"
    parts = [p.strip() for p in re.split(r"\s*[,|/]\s*|\s+[-–—]\s+", who) if p.strip()]
    if len(parts) > 1 and (kept := _without_roles(parts)) != parts:
        return bool(kept) and take_credit(", ".join(kept), head)
    if len(parts) == 2 and (agency(parts[1]) or outlet(parts[1])) and is_people(parts[0]):
        return take_credit(parts[1], head) and take_credit(parts[0], head)
    if len(parts) == 2 and _FILED_FROM.match(parts[1]) and is_people(parts[0]) and not is_people(parts[1]):
        return take_credit(parts[0], head)  # "By Jane Roe, Paris": the town she files from
    if found := agency(who):
        head.source = head.source or found
    elif found := outlet(who):
        head.outlet = head.outlet or found
    elif is_people(who):
        head.byline = head.byline or who
    else:
        return False
    return True


# The place a credit's reporter files from, closing it: "... in Lima", "... in Addis Ababa".
_FILED_IN = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _after_role(who: str) -> str | None:
    """The name in a credit that gives the reporter's role before it, in lower case ("political reporter
    Jane Roe in Lima" -> "Jane Roe"), where it names one person; else None."""
    lowered = who.lower()
    for role in sorted(lexicon().byline_roles, key=len, reverse=True):
        if lowered.startswith(role + " ") and who[: len(role)].islower():
            name = _FILED_IN.sub("", who[len(role) :].strip())
            return name if name[:1].isupper() and is_people(name) else None
    return None


def _without_roles(parts: list[str]) -> list[str]:
    """A credit's parts without the reporter's role and what follows it ("Jane Roe - Reporter -
    Lima", "JANE ROE, Special Correspondent", "Jane Roe - Reporter at Example News - Lima", "Jane Roe -
    Example Agency Reporter - Lima") and without social handles ("@janeroe")."""
    roles = lexicon().byline_roles
    kept: list[str] = []
    for part in parts:
        role = _ROLE_AT.match(part.lower())
        if part.lower() in roles or (role and role["role"] in roles) or _employer_role(part, roles):
            break
        if not part.startswith("@"):
            kept.append(part)
    return kept


def _employer_role(part: str, roles: frozenset[str]) -> bool:
    """A role after where the reporter works ("Agência Brasil Reporter"): capitalised words, then a role."""
    words = part.split()
    return 2 <= len(words) <= 6 and any(
        " ".join(words[k:]).lower() in roles and all(w[:1].isupper() for w in words[:k]) for k in range(1, len(words)))


def _is_section_label(part: str) -> bool:
    """True for a section label standing beside a date ("Politics 16:48, 5 October 2023")."""
    part = lexicon().label_qualifiers.sub("", re.sub(r"\s+of$", "", part))  # "General News of Friday, 11 August
    # 2023": the section's news of that day
    words = part.split()
    return 0 < len(words) <= 3 and not re.search(r"\w", lexicon().section_words.sub(" ", part))


def leftover_is_empty(rest: str) -> bool:
    """True when what is left of a date line is only weekday names, time-zone abbreviations and signs."""
    lex = lexicon()
    for word in _WORD.findall(rest):
        bare = word.strip(".'’-")
        if (bare and bare.lower() not in lex.weekdays and not (bare.isupper() and len(bare) <= 4)
                and not (bare.isdigit() and len(bare) <= 2)):
            return False
    return True


def _without_calendar_words(part: str) -> str:
    """A part of a date line without the weekday names and time-zone abbreviations a date leaves
    beside it ("Nation  Tuesday,   MYT" -> "Nation")."""
    return " ".join(w for w in part.split() if not leftover_is_empty(w)).strip(ln.EDGE + " ,;")


# A field of the page's template its script never filled in ("{{hitsCtrl.values.hits}}" beside a date): no
# word of the line.
_TEMPLATE_FIELD = re.compile(r"\{\{[^{}]{0,80}\}\}")

PRINT_RANK = 4  # a print edition's date ranks below every date line of the page itself


def _rank(before: str) -> int:
    """0 for a date labelled as published, 2 for one labelled as updated, 4 for the print edition's, else 1."""
    lex = lexicon()
    if lex.print_edition_labels.search(before):
        return PRINT_RANK
    return 0 if lex.published_labels.search(before) else 2 if lex.updated_labels.search(before) else 1


_YEARLESS_LINE_MAX = 60
_PLACE_LEAD = re.compile(r"^\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*")  # "Lima, ", "Addis Ababa, "


def _is_calendar_word(text: str) -> bool:
    """True when a text names a weekday or a month ("Monday, "): no place."""
    lex = lexicon()
    return any(w.lower().strip(".,") in lex.weekdays or w.lower().strip(".,") in lex.months for w in text.split())


def _read_yearless(line: str, head: Header) -> bool:
    """Take the days of a date line that prints them without a year ("27.6. 14:05 • Updated
    27.6. 16:40", "Today, 3:15 pm", "Lima, Nov. 14"); True if the line is only that. A day with
    neither a time, a label nor a place ("23 December Monday" over the masthead) is the day the
    page was read; with the place it was filed from, it is the dateline of the article."""
    if (timed := leading_time(line)) and len(line) <= _YEARLESS_LINE_MAX:
        # "16:47 | Lima, Nov. 14.": the time opening the line is the time of the one day after it
        days = find_yearless(line[timed[2] :])
        if len(days) == 1 and days[0][2].hour is None:
            probe = Header()
            if _read_yearless(line[timed[2] :], probe) and len(probe.yearless) == 1:
                rank, day = probe.yearless[0]
                head.yearless.append((rank, replace(day, hour=timed[0], minute=timed[1])))
                return True
    found = find_yearless(line) if len(line) <= _YEARLESS_LINE_MAX else []
    place = _PLACE_LEAD.match(line) if found else None
    if place and (place.end() > found[0][0] or _is_calendar_word(place.group(0))):
        place = None  # "Monday, 23 December" names no place
    rest = line[place.end() :] if place else line
    for start, end, _ in found:
        rest = rest.replace(line[start:end], " ")
    if not found or not leftover_is_empty(lexicon().clutter_tokens.sub(" ", rest)):
        return False
    if all(day.hour is None for _, _, day in found) and _rank(line) == 1 and not place:
        return False
    head.yearless.extend((_rank(line[:start]), day) for start, _, day in found)
    return True


# A credit by initials only ("By JT"): the paper's or a desk's, no person's name.
_INITIALS = re.compile(r"^[A-Z]{2,5}$")


def _credit(who: str) -> str:
    """A date line's credit without its e-mail address and the small word before the date it leaves
    ("By Jane Roe - <date> - Last updated at <date>" leaves "Jane Roe -  -  at": Jane Roe), and without
    the weekday and the time zone in brackets the date leaves beside it ("By Jane Roe  Sunday, <date>
    (GMT+7)" leaves "Jane Roe  Sunday,  (GMT+7)": Jane Roe)."""
    edge = ln.EDGE + " ,;"
    who = _ZONE_BRACKETS.sub(" ", EMAIL_TAIL.sub("", who)).strip(edge)
    words = who.split()
    while len(words) > 1 and words[-1].strip(".,").lower() in lexicon().weekdays:
        words.pop()
    return _CREDIT_TAIL.sub("", " ".join(words).strip(edge)).strip(edge)


# A time zone in brackets beside a date: "(GMT+7)", "(UTC+03:00)", "(GMT)".
_ZONE_BRACKETS = re.compile(r"[(\[]\s*(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d\d)?)?\s*[)\]]")


_SOURCE_SEPARATOR = re.compile(r"\s*,\s*")
_ACRONYM_PART = re.compile(r"^[A-Z]{2,6}$")
_SOURCE_PARTS = 4


def _sources_line(line: str, head: Header) -> bool:
    """Take a line that only lists who supplied the text, parted by commas ("AGENCY, example.com"):
    agencies or outlets by name, by their initials or by web address, one of them known by name or
    given as a web address (capitals alone, "NATO, EU", may head a headline's label). True if it is that."""
    parts = _SOURCE_SEPARATOR.split(line.strip())
    if not 2 <= len(parts) <= _SOURCE_PARTS:
        return False
    known = [p for p in parts if agency(p) or outlet(p) or _WEB_ADDRESS.fullmatch(p)]
    if not known or not all(p in known or _ACRONYM_PART.match(p) for p in parts):
        return False
    for part in parts:
        if agency(part) or outlet(part):
            take_credit(part, head)
    return True


_UPDATE_TIME_AND_PLACE = re.compile(r"\|\s*(?:(?:Last\s+)?Updated:?\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?"
                                    r"(?:\s+[-–]\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*$", re.I)
_AGENCY_INITIALS = re.compile(r"\(\s*[A-Z][A-Z-]{1,7}\s*\)\s*$")


def read_meta(line: str, head: Header) -> bool:
    """Take dates, byline and credit from a header line; True if it is a date or credit line.

    Dates are kept only from lines that hold nothing else (besides a byline), so a date in a
    caption or a sentence is never taken for the publication date.
    """
    lex = lexicon()
    if m := _MONTH_STAMP.match(line.strip()):
        if 1 <= int(m["m"]) <= 12:
            head.dates.append((3, FoundDate(datetime(int(m["y"]), int(m["m"]), 1), "month", 0, len(line))))
            return True
    found = find_dates(line)
    if not found and (_read_yearless(line, head) or _sources_line(line, head)):
        return True
    rest = line
    for date in sorted(found, key=lambda d: d.start, reverse=True):  # by place: one date can hold another's words
        rest = rest[: date.start] + " " + rest[date.end :]
    labelled = any(lex.published_labels.search(line[: d.start]) or lex.updated_labels.search(line[: d.start])
                   for d in found)
    if found:  # "19 February 2025 - 20 Sha'ban 1446 H": the same day in another calendar
        rest = _EMPTY_BRACKETS.sub(" ", lex.other_calendar_date.sub(" ", rest))
        rest = _AGENCY_INITIALS.sub(" ", rest)  # "Skopje, 17 March 2023 (MIA)": the agency after the place and day
        rest = lex.zone_in_brackets.sub(" ", rest)  # "8 Ago, 2023 | 17:34 (hora de Colombia)": the time's zone
    rest = lex.relative_time_any.sub(" ", lex.clutter_tokens.sub(" ", _TEMPLATE_FIELD.sub(" ", rest)))
    if found:  # "September 20, 2023 11:49 PM  2 min read": the reading time beside the date
        rest = lex.clutter_any.sub(" ", rest)
        # "September 15, 2023 10:21 pm | Updated 10:35 pm IST - Jerusalem": the day's update time and the place
        rest = _UPDATE_TIME_AND_PLACE.sub(" ", rest)
    by = lex.byline_in_line.search(rest)
    # the credit ends at the next bar: what stands past it is another part of the line
    # ("Section | Edited by Example Desk | Updated: <date>")
    # or at a wide gap between columns ("By Desk     Date 14 November 2023     Category: News")
    gap = re.search(r"\||\s·\s|\s{3,}|\t", by.group(1)) if by else None
    credit_end = by.start(1) + gap.start() if gap else len(rest)
    before_by = rest[: by.start()] + rest[credit_end:] if by else rest
    parts = [p.strip(ln.EDGE + " ,;") for p in re.split(r"\||\s[/·]\s", before_by)]
    names = []
    for part in parts:
        if leftover_is_empty(part) or (len(parts) > 1 and len(part.split()) <= 4 and not is_people(part)):
            continue  # nothing, or a section label between bars ("| All, World")
        core = _without_calendar_words(part)  # "Nation Tuesday, ... MYT": the weekday and zone beside the label
        if found and (_is_section_label(part) or (len(parts) == 1 and _PLACE_WORD.match(part))
                      or (core != part and (_is_section_label(core) or (len(parts) == 1 and _PLACE_WORD.match(core))))
                      or _WEB_ADDRESS.fullmatch(part)):  # "www.example.org (Juche113.6.20.)": the site's stamp
            continue  # "Politics 16:48, 5 October 2023", "Lima, 14 June 2024, 18:20", "ANKARA Sep 13, 2023"
        if found and (agency(part) or outlet(part)):
            names.append(part)  # "Example Daily / 11:48 PM January 4, 2023"
            continue
        if found and core != part and agency(core):
            names.append(core)  # "APA-Niamey (Niger)   Thursday, 4 July 2024 at 17:41": the agency's desk, the weekday
            continue
        name = " ".join(w for w in part.split() if w.lower() not in lex.weekdays).strip(ln.EDGE + " ,;")
        if found and is_people(name):
            names.append(name)  # "Jane Roe Updated: Wednesday Jan 6, 2021"
        elif not (found and labelled and len(part.split()) <= 8 and ". " not in part):
            return False  # a caption or a sentence with a date in it; a desk credit before a label is fine
    if not found and not by:
        return False
    who = _credit(rest[by.start(1) : credit_end]) if by else ""
    desk = labelled and credit_end < len(rest)
    if by and not take_credit(who, head) and not (found and (_INITIALS.match(who) or desk)):
        return False  # ("By AB - 17 Oct 2023": initials credit a desk or the paper, no one we can name;
        # so does a desk's name between bars before a labelled date: "Edited by Example Desk | Updated: ...")
    for name in names:
        take_credit(name, head)
    head.dates.extend((_rank(line[: date.start]), date) for date in found)
    if len(found) == 1 and found[0].precision == "day" and (timed := labelled_time(line[found[0].end :])):
        # "Thursday, June 12, 2025 | Updated 5:17 PM": the day's time, under its label
        label, hour, minute = timed
        date = found[0]
        head.dates.append((_rank(label), FoundDate(date.value.replace(hour=hour, minute=minute), "minute",
                                                   date.start, len(line))))
    return True
